"""Pages of several stories: one stored page, one article per story, all or nothing."""

from __future__ import annotations

import dataclasses

import pytest

from newsroom import ingest
from newsroom.cleaning import CleanedPage, clean
from newsroom.ingest import IngestError, ingest_text
from newsroom.models import Article, ArticleRevision, Page, Photo
from tests.newsroom.bad_input import SAMPLE
from tests.newsroom.pages import FIRST, NO_ARTICLE, SECOND, SECOND_STARTS, two_stories

pytestmark = pytest.mark.django_db


def test_a_page_of_two_stories_makes_two_articles_sharing_one_page():
    result = ingest_text(two_stories(), source_name="courier.txt", story_starts=[SECOND_STARTS])
    assert result.created
    first, second = result.articles
    assert (first.headline, second.headline) == (FIRST, SECOND)
    assert first.page == second.page == result.page
    assert Page.objects.get().raw_text == two_stories()
    assert (first.line_start, first.line_end) == (1, 16)
    assert (second.line_start, second.line_end) == (18, 27)
    assert first.byline == "Dana Whitfield" and second.byline == "Sam Okafor"
    # Each article holds its own story only, and its lines lie in its range.
    assert "library" not in first.text.lower()
    assert "bridge" not in second.text.lower()
    for article in result.articles:
        for item in article.content["body"]:
            assert article.line_start <= item["lines"][0] <= item["lines"][1] <= article.line_end


def test_the_page_keeps_its_report_and_each_revision_its_flags():
    page = ingest_text(two_stories(), story_starts=[SECOND_STARTS]).page
    assert page.stories == [[1, 16], [18, 27]]
    assert page.story_starts == [SECOND_STARTS]
    assert page.source_name == "" and page.flags["several_stories"] is True
    # The date under the masthead is the dateline; the page number beside it is a running head.
    assert page.removed == [
        {"lines": [1, 1], "text": "THE RIVERSIDE COURIER", "reason": "masthead"},
        {"lines": [2, 2], "text": "Page 3", "reason": "running head"},
    ]
    revision = page.articles.get(line_start=1).revisions.get()
    assert revision.flags["several_stories"] is True
    assert revision.flags["needs_review"] is False
    removed = [(c["line_start"], c["reason"]) for c in revision.changes if c["kind"] == "removed"]
    assert removed == [(1, "masthead"), (2, "running head")]


def test_the_cleaners_own_split_needs_no_boundaries(finds_two_stories):
    result = ingest_text(two_stories())
    assert [a.headline for a in result.articles] == [FIRST, SECOND]
    assert result.page.story_starts is None  # the cleaner's, so a better cleaner may redo it


def test_the_same_text_twice_stores_nothing_new(finds_two_stories):
    first = ingest_text(two_stories())
    rows = (Page.objects.count(), Article.objects.count(), ArticleRevision.objects.count())
    again = ingest_text(two_stories(), status=Article.Status.PUBLISHED)
    assert not again.created
    assert again.page == first.page
    assert list(again.articles) == list(first.articles)
    assert (Page.objects.count(), Article.objects.count(), ArticleRevision.objects.count()) == rows
    assert rows == (1, 2, 2)


def test_stories_with_the_same_headline_get_slugs_of_their_own():
    text = (
        "Storm Warning for the Coast\n\n"
        "Forecasters said on Monday that the wind would rise all day\n"
        "across the region, with heavy rain from the west.\n\n"
        "Storm Warning for the Coast\n\n"
        "The storm will move in from the sea at night, forecasters said,\n"
        "and it may last until the weekend.\n"
    )
    first, second = ingest_text(text, story_starts=[6]).articles
    assert first.headline == second.headline == "Storm Warning for the Coast"
    assert first.slug == "storm-warning-for-the-coast"
    assert second.slug == "storm-warning-for-the-coast-2"


@pytest.mark.parametrize("starts", [[0], [99], [SECOND_STARTS, 400]])
def test_boundaries_outside_the_text_are_refused(starts):
    with pytest.raises(IngestError, match="the text has lines 1 to 28"):
        ingest_text(two_stories(), story_starts=starts)
    assert not Page.objects.exists()


def test_a_page_is_saved_whole_or_not_at_all(monkeypatch):
    real_create = ingest.article_create
    calls = []

    def second_fails(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_create(**kwargs)

    monkeypatch.setattr(ingest, "article_create", second_fails)
    with pytest.raises(RuntimeError):
        ingest_text(two_stories(), story_starts=[SECOND_STARTS])
    assert not Page.objects.exists()
    assert not Article.objects.exists()
    assert not ArticleRevision.objects.exists() and not Photo.objects.exists()


def test_a_doubted_story_is_a_draft_for_review_even_when_publishing_was_asked():
    # Cut the sample in the middle of its body: the second part prints no headline.
    result = ingest_text(SAMPLE.read_text(), story_starts=[41], status=Article.Status.PUBLISHED)
    confident, doubted = result.articles
    assert confident.status == Article.Status.PUBLISHED and not confident.needs_review
    assert doubted.status == Article.Status.DRAFT and doubted.needs_review
    assert result.held_back == (doubted,)
    flags = doubted.revisions.get().flags
    assert flags["headline_printed"] is False
    assert "No headline was printed" in flags["weaknesses"][0]


def test_a_doubted_story_is_not_held_back_when_a_draft_was_asked():
    result = ingest_text(SAMPLE.read_text(), story_starts=[41])
    assert result.articles[1].needs_review
    assert result.held_back == ()


@pytest.mark.parametrize("junk", ["ee", ";"])
def test_a_text_holding_no_article_is_refused_with_the_cleaners_message(junk_refused, junk):
    with pytest.raises(IngestError, match=NO_ARTICLE):
        ingest_text(junk)
    assert not Page.objects.exists()


def test_a_page_the_cleaner_finds_no_story_on_is_refused(monkeypatch):
    monkeypatch.setattr(ingest, "clean", lambda raw: CleanedPage(stories=[]))
    with pytest.raises(IngestError, match=r"No article was found in this text\."):
        ingest_text(two_stories())
    assert not Page.objects.exists()


def test_a_story_without_a_headline_is_named(monkeypatch):
    def second_headless(raw, *, story_starts=None):
        page = clean(raw, story_starts=story_starts)
        second = dataclasses.replace(page.stories[1], headline=" ")
        return dataclasses.replace(page, stories=[page.stories[0], second])

    monkeypatch.setattr(ingest, "clean", second_headless)
    with pytest.raises(IngestError, match="Story 2 \\(lines 18–27\\) has no headline"):
        ingest_text(two_stories(), story_starts=[SECOND_STARTS])
