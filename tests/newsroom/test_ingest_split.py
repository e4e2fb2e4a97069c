"""The staff page with a page of several stories: the split shown, moved, merged, saved."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from newsroom.models import Article, Page, raw_digest
from tests.newsroom.bad_input import SAMPLE
from tests.newsroom.pages import FIRST, NO_ARTICLE, SECOND, SECOND_STARTS, two_stories

pytestmark = pytest.mark.django_db
URL = reverse("ingest")
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def staff(client, curator):
    client.force_login(curator)
    return client


def shown(html: str) -> dict:
    """The split the preview shows: its hidden fields and the stories' headlines."""
    fields = dict(re.findall(r'<input type="hidden" name="(story_\w+)" value="([^"]*)"', html))
    fields["headlines"] = re.findall(r'<h4 class="preview-headline">.*?</span>(.*?)</h4>', html)
    fields["lines"] = re.findall(r'<span class="story-lines">lines (\d+)–(\d+)</span>', html)
    return fields


def post(client, text: str, **data) -> str:
    response = client.post(URL, {"text": text, **data}, **HTMX)
    assert response.status_code == 200
    return response.content.decode()


def _edit(client, text: str, page: dict, **data) -> dict:
    fields = {k: page[k] for k in ("story_starts", "story_by", "story_digest")}
    return shown(post(client, text, **fields, **data))


def split_at(client, text: str, line: int) -> dict:
    """Preview, merge what the cleaner split, then start a new story at ``line`` as a
    person would."""
    page = shown(post(client, text, action="preview"))
    while page["story_starts"]:
        page = _edit(client, text, page, starts=page["story_starts"].split(","), edit="merge-1")
    return _edit(client, text, page, edit="split", split_at=str(line))


def test_the_preview_shows_each_story_with_its_lines_flags_and_removals(staff, finds_two_stories):
    html = post(staff, two_stories(), action="preview")
    page = shown(html)
    assert page["headlines"] == [FIRST, SECOND]
    assert page["lines"] == [("1", "16"), ("18", "27")]
    assert page["story_starts"] == "18" and page["story_by"] == "cleaner"
    assert page["story_digest"] == raw_digest(two_stories())
    assert "This page holds <strong>2 stories</strong>, as the cleaner split it" in html
    assert "Dana Whitfield" in html and "Sam Okafor" in html
    assert "<dt>Several stories</dt><dd>yes: the page holds more than one" in html
    assert "<dt>Headline</dt><dd>printed on the page" in html
    assert "THE RIVERSIDE COURIER" in html
    assert "The newspaper&#x27;s name, tagline or edition lines" in html
    assert 'name="edit" value="merge-1"' in html
    assert 'id="start-2" name="starts" value="18"' in html
    assert "Line 18 reads: <code>Library Extends Weekend Hours</code>" in html
    assert not Page.objects.exists()


def test_a_curator_splits_a_page_the_cleaner_kept_whole(staff):
    page = split_at(staff, two_stories(), 17)  # the blank line above the headline
    assert page["headlines"] == [FIRST, SECOND]
    assert page["story_starts"] == "18" and page["story_by"] == "curator"


def test_moving_a_start_goes_one_non_blank_line_at_a_time(staff):
    page = split_at(staff, two_stories(), SECOND_STARTS)
    fields = {k: page[k] for k in ("story_starts", "story_by", "story_digest")}
    up = shown(post(staff, two_stories(), **fields, starts="18", edit="up-2"))
    assert up["story_starts"] == "16"  # line 17 is blank
    assert up["lines"] == [("1", "15"), ("16", "27")]
    fields = {k: up[k] for k in ("story_starts", "story_by", "story_digest")}
    down = shown(post(staff, two_stories(), **fields, starts="16", edit="down-2"))
    assert down["story_starts"] == "18"


def test_a_start_typed_as_a_number_is_applied(staff):
    page = split_at(staff, two_stories(), 12)
    fields = {k: page[k] for k in ("story_starts", "story_by", "story_digest")}
    typed = shown(post(staff, two_stories(), **fields, starts="18", action="preview"))
    assert typed["story_starts"] == "18" and typed["headlines"] == [FIRST, SECOND]


def test_merging_makes_one_story_again(staff):
    page = split_at(staff, two_stories(), SECOND_STARTS)
    fields = {k: page[k] for k in ("story_starts", "story_by", "story_digest")}
    merged = shown(post(staff, two_stories(), **fields, starts="18", edit="merge-1"))
    assert merged["headlines"] == [FIRST]
    assert merged["story_starts"] == "" and merged["story_by"] == "curator"


def test_saving_uses_exactly_the_boundaries_shown(staff):
    page = split_at(staff, two_stories(), 12)
    response = staff.post(
        URL,
        {
            "text": two_stories(),
            "action": "draft",
            "story_starts": page["story_starts"],
            "story_by": "curator",
            "story_digest": page["story_digest"],
            "starts": page["story_starts"],
        },
    )
    html = response.content.decode()
    assert response.status_code == 200  # several articles: a report, not a redirect
    first, second = Article.objects.order_by("line_start")
    assert (first.line_end, second.line_start) == (10, 12)  # line 11 is blank
    assert second.page.story_starts == [12]
    assert "2 stories, 2 articles" in html
    assert f'href="{first.get_absolute_url()}"' in html
    assert f'href="{second.get_absolute_url()}"' in html


def test_boundaries_changed_but_not_previewed_are_shown_before_anything_is_saved(staff):
    page = split_at(staff, two_stories(), SECOND_STARTS)
    html = post(
        staff,
        two_stories(),
        action="draft",
        story_starts=page["story_starts"],
        story_by="curator",
        story_digest=page["story_digest"],
        starts="12",
    )
    assert "Nothing was saved: you changed where the stories start." in html
    assert shown(html)["story_starts"] == "12"
    assert not Page.objects.exists()


def test_boundaries_shown_for_another_text_are_not_used(staff):
    page = split_at(staff, two_stories(), SECOND_STARTS)
    edited = two_stories().replace("Monday night", "Tuesday night")
    fields = {k: page[k] for k in ("story_starts", "story_by", "story_digest")}
    saved = staff.post(URL, {"text": edited, "action": "draft", **fields}).content.decode()
    assert "The text changed since its preview" in saved
    assert not Page.objects.exists()
    again = post(staff, edited, action="preview", **fields, starts="18")
    assert "The text changed since the last preview" in again
    assert shown(again)["story_by"] == "cleaner"  # the edited text's own split


@pytest.mark.parametrize(
    "data, message",
    [
        ({"starts": "400", "action": "preview"}, "A story cannot start at line 400"),
        ({"starts": "27", "edit": "down-2"}, "cannot move down: a story would be left"),
        ({"starts": "27", "edit": "merge-2"}, "Story 2 has no next story to merge with."),
        ({"starts": "27", "edit": "split", "split_at": "999"}, "A new story cannot start at"),
        ({"starts": "27", "edit": "split"}, "Give the line the new story starts at."),
    ],
)
def test_impossible_boundaries_get_a_message_and_keep_the_split(staff, data, message):
    page = split_at(staff, two_stories(), 27)  # story 2 is its last line only
    fields = {k: page[k] for k in ("story_starts", "story_by", "story_digest")}
    html = post(staff, two_stories(), **fields, **data)
    assert message in html
    assert shown(html)["story_starts"] == "27"


@pytest.mark.parametrize(
    "data",
    [
        {"story_starts": "18;DROP", "story_by": "curator"},
        {"starts": "eighteen"},
        {"edit": "sideways-2"},
        {"split_at": "-3", "edit": "split"},
        {"story_digest": "not-a-hash"},
    ],
)
def test_tampered_boundary_fields_are_refused_with_a_message(staff, data):
    html = post(staff, two_stories(), action="draft", **data)
    assert "Stories: " in html
    assert not Page.objects.exists()


def test_a_doubted_story_is_saved_for_review_and_the_person_is_told(staff):
    response = staff.post(
        URL, {"text": SAMPLE.read_text(), "action": "preview", "edit": "split", "split_at": "41"}
    )
    page = shown(response.content.decode())
    assert "Saved as a draft for review, even if you publish:" in response.content.decode()
    fields = {k: page[k] for k in ("story_starts", "story_by", "story_digest")}
    html = staff.post(
        URL, {"text": SAMPLE.read_text(), "action": "publish", **fields, "starts": "41"}
    ).content.decode()
    confident, doubted = Article.objects.order_by("line_start")
    assert confident.status == Article.Status.PUBLISHED
    assert doubted.status == Article.Status.DRAFT and doubted.needs_review
    assert "1 saved as draft for review" in html
    assert "not published: check it first" in html


def test_one_doubted_article_saved_alone_says_why_on_the_article_page(staff):
    text = "\n".join(SAMPLE.read_text().split("\n")[40:])  # the middle: no headline printed
    response = staff.post(URL, {"text": text, "action": "publish"}, follow=True)
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT and article.needs_review
    html = response.content.decode()
    assert "saved as a draft, not published, because it needs review." in html
    assert "No headline was printed" in html


def test_a_text_already_stored_lists_its_articles(staff, finds_two_stories):
    staff.post(URL, {"text": two_stories(), "action": "draft"})
    html = post(staff, two_stories(), action="preview")
    first, second = Article.objects.order_by("line_start")
    assert "This exact text is already stored, as" in html
    assert first.headline in html and second.headline in html
    saved = post(staff, two_stories(), action="draft")
    assert "0 created, 1 already there" in saved and "2 stories, 2 articles" in saved


@pytest.mark.parametrize("action", ["preview", "draft"])
def test_a_text_holding_no_article_is_refused_at_this_door(staff, junk_refused, action):
    html = post(staff, "ee", action=action)
    assert NO_ARTICLE in html
    assert not Page.objects.exists()


def test_several_files_keep_the_cleaners_split(staff, finds_two_stories):
    from django.core.files.uploadedfile import SimpleUploadedFile

    files = [
        SimpleUploadedFile("courier.txt", two_stories().encode()),
        SimpleUploadedFile("sample.txt", SAMPLE.read_bytes()),
    ]
    html = staff.post(URL, {"files": files, "action": "preview"}).content.decode()
    assert 'name="starts"' not in html and 'name="story_starts"' not in html
    assert "2 stories</span>" in html


def test_without_javascript_the_split_is_edited_by_plain_posts(staff):
    response = staff.post(URL, {"text": two_stories(), "edit": "split", "split_at": "12"})
    html = response.content.decode()
    assert "<html" in html  # the whole page, the text still in its textarea
    assert "state grant.\n</textarea>" in html
    assert shown(html)["headlines"][::2] == [FIRST, SECOND]
    assert shown(html)["story_starts"] == "12,18"
    assert shown(html)["story_by"] == "curator"
