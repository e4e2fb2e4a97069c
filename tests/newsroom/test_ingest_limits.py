"""Text longer than the column it fills: cut where it must be, said in the flags, never an
error; a limit the text cannot meet is refused with a message."""

from __future__ import annotations

import pytest
from django.urls import reverse

from newsroom.ingest import ingest_text
from newsroom.models import Article, Publication
from newsroom.revisions import article_recompile
from newsroom.text.document import PhotoText
from tests.factories import make_article
from tests.newsroom.pages import two_stories

pytestmark = pytest.mark.django_db

# A masthead the cleaner reads as a name 294 characters long.
LONG_NAME = "THE RIVERSIDE " + "COURIER" * 40
BODY = (
    "The council met on Tuesday and voted to approve the bridge. It will open next year, "
    "officials said.\n\nMore residents came than expected, and several spoke against it.\n"
)
# The cleaner reads the first line as a headline of 734 characters, the second as a
# byline of 449.
LONG_HEADLINE_PAGE = (
    "Council " + "approves " * 80 + "bridge\n\nBy " + "Jane Doe " * 50 + "\n\n" + BODY
)


def flags(article: Article) -> dict:
    return article.revisions.get(number=article.revision).flags


def test_a_masthead_name_too_long_is_cut_and_the_story_flagged():
    raw = two_stories().replace("THE RIVERSIDE COURIER", LONG_NAME)
    result = ingest_text(raw, status=Article.Status.PUBLISHED)
    publication = Publication.objects.get()
    assert len(publication.name) == 200 and publication.name.endswith("…")
    assert LONG_NAME.startswith(publication.name[:-1])
    article = result.article
    assert article.publication == publication
    assert article.needs_review and article.status == Article.Status.DRAFT
    assert flags(article)["cut"] == {"publication": len(LONG_NAME)}
    assert (
        f"The publication's name is {len(LONG_NAME)} characters long; it was cut to 200."
        in flags(article)["weaknesses"]
    )


def test_the_same_long_name_again_finds_the_publication_it_made():
    raw = two_stories().replace("THE RIVERSIDE COURIER", LONG_NAME)
    first = ingest_text(raw).article
    second = ingest_text(raw.replace("Dana Whitfield", "Dana Whitfield Jr.")).article
    assert first.publication == second.publication


def test_a_headline_and_byline_too_long_are_cut_in_lists_and_whole_in_the_text():
    article = ingest_text(LONG_HEADLINE_PAGE).article
    headline = "Council " + "approves " * 80 + "bridge"
    assert len(article.headline) == 500 and article.headline.endswith("…")
    assert article.text.startswith(headline)
    assert len(article.byline) == 300
    assert article.needs_review
    cut = flags(article)["cut"]
    assert cut["headline"] == len(headline) and cut["byline"] > 300
    assert (
        f"The headline is {len(headline)} characters long; lists show its first 500 "
        "(the article's text keeps it whole)." in flags(article)["weaknesses"]
    )


def test_the_staff_page_shows_the_cut_before_saving(client, curator):
    client.force_login(curator)
    html = client.post(reverse("ingest"), {"text": LONG_HEADLINE_PAGE}).content.decode()
    assert "The headline is 734 characters long; lists show its first 500" in html
    saved = client.post(reverse("ingest"), {"text": LONG_HEADLINE_PAGE, "action": "draft"})
    assert saved.status_code == 302
    assert Article.objects.get().needs_review


def test_a_photo_credit_of_any_length_is_kept_whole():
    credit = "Photo: " + ", ".join(["Ann Lee / Reuters"] * 30)
    article = make_article(photos=[PhotoText("Leaders at the summit.", credit)])
    assert article.photos.get().credit == credit
    assert credit in article.text


def test_an_editor_changing_the_byline_keeps_the_whole_headline_in_the_text():
    article = ingest_text(LONG_HEADLINE_PAGE).article
    article.byline = "Jane Doe"
    article.save()
    revision = article_recompile(article=article, reason="edited in admin")
    assert revision is not None
    article.refresh_from_db()
    assert article.text.startswith("Council " + "approves " * 80 + "bridge")
    assert article.content["byline"] == "Jane Doe"
    assert len(article.headline) == 500
