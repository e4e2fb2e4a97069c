"""Reader pages: list, article, original; drafts for staff only; constant queries."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from newsroom.text.document import PhotoText
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_list_shows_newest_first_with_publication_and_opening(client):
    older = make_article(headline="Older story about summits")
    newer = make_article(headline="Newer story about deminers")
    response = client.get(reverse("article-list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(newer.headline) < html.index(older.headline)
    assert "The Moscow Times" in html
    assert "More than two dozen countries have pledged" in html


def test_home_is_the_list(client, article):
    response = client.get("/")
    assert response.status_code == 200 and article.headline in response.content.decode()


def test_list_is_paginated(client):
    for i in range(21):
        make_article(headline=f"Story number {i:02d}")
    first = client.get(reverse("article-list")).content.decode()
    assert "Story number 20" in first and "Story number 00" not in first
    # Pages are keyset pages (newsroom/listing.py): the next one starts after the last row.
    following = re.search(r'<a rel="next" href="(\?after=[^"]+)"', first).group(1)
    second = client.get(reverse("article-list") + following).content.decode()
    assert "Story number 00" in second and "Story number 01" not in second
    assert 'rel="next"' not in second and 'rel="prev"' in second


def test_article_page_renders_every_block(client, article):
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="headline" class="block headline"' in html
    assert "European leaders holding a summit in Paris." in html
    assert 'class="block credit"' in html and "president.gov.ua" in html
    assert '<h2 class="block subhead"' in html and "‘First concrete step’" in html
    assert '<aside class="block inset"' in html
    assert "photo-placeholder" in html  # no image file: a placeholder, not a broken image


def test_block_offsets_point_into_the_document_text(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    for block in article.blocks:
        assert f'data-start="{block["start"]}" data-end="{block["end"]}"' in html


def test_user_text_is_escaped(client):
    article = make_article(
        headline="<script>alert(1)</script> headline",
        body=[{"kind": "paragraph", "text": "<img src=x onerror=alert(2)> body"}],
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html


def test_original_shows_the_raw_text_unchanged(client):
    raw = "The\n\n%¢ Moscow Times\nA \"reassurance force' <b>raw</b>\n"
    article = make_article(raw_text=raw)
    html = client.get(reverse("article-original", args=[article.slug])).content.decode()
    assert "%¢ Moscow Times" in html
    assert "A &quot;reassurance force&#x27; &lt;b&gt;raw&lt;/b&gt;" in html


@pytest.mark.parametrize("name", ["article-detail", "article-original"])
def test_drafts_are_404_for_anonymous_and_annotators(client, draft, annotator, name):
    url = reverse(name, args=[draft.slug])
    assert client.get(url).status_code == 404
    client.force_login(annotator)
    assert client.get(url).status_code == 404


def test_drafts_are_visible_to_staff(client, draft, curator):
    client.force_login(curator)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200 and "Draft" in response.content.decode()
    assert draft.headline in client.get(reverse("article-list")).content.decode()


def test_drafts_are_not_listed_for_anonymous(client, draft):
    assert draft.headline not in client.get(reverse("article-list")).content.decode()


def test_unknown_article_is_404(client, db):
    assert client.get("/articles/no-such-story/").status_code == 404


def test_writes_are_refused_on_reader_pages(client, article):
    assert client.post(article.get_absolute_url()).status_code == 405


def test_article_page_query_count_is_constant(client, django_assert_max_num_queries):
    small = make_article(photos=[])
    big = make_article(
        body=[{"kind": "figure", "photo": i} for i in range(6)]
        + [{"kind": "paragraph", "text": f"Paragraph {i}."} for i in range(200)],
        photos=[PhotoText(f"Caption {i}", "AP") for i in range(6)],
    )
    counts = []
    for article in (small, big):
        with django_assert_max_num_queries(5) as captured:
            assert client.get(article.get_absolute_url()).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


def test_login_page_is_styled_like_the_site(client, db):
    html = client.get(reverse("login")).content.decode()
    assert 'class="site-header"' in html and 'name="username"' in html
    assert "csrfmiddlewaretoken" in html


def test_kicker_and_deck_are_shown_around_the_headline_and_can_be_annotated(client, annotator):
    from tests.factories import make_annotation

    article = make_article(kicker="Ukraine war", deck=["Twenty-six countries pledge troops"])
    annotation = make_annotation(article, annotator, "pledge troops")
    html = client.get(article.get_absolute_url()).content.decode()
    kicker = html.index('<p class="block story-kicker"')
    headline = html.index('<h1 id="headline"')
    deck = html.index('<p class="block deck" role="doc-subtitle"')
    assert kicker < headline < deck
    block = next(b for b in article.blocks if b["kind"] == "deck")
    assert block["start"] <= annotation.start < annotation.end <= block["end"]
    assert f'data-start="{block["start"]}" data-end="{block["end"]}"' in html
