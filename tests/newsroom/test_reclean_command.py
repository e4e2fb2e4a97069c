"""``manage.py reclean``: the admin's "Re-clean from raw" for a selection named on the
command line."""

from __future__ import annotations

import dataclasses
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from newsroom import ingest
from newsroom.cleaning import Block, CleaningError, clean
from newsroom.ingest import ingest_text
from newsroom.models import Article
from tests.newsroom.bad_input import SAMPLE
from tests.newsroom.pages import FIRST, SECOND, SECOND_STARTS, two_stories

pytestmark = pytest.mark.django_db
NOTE = "Editor’s note: this story was updated."


def reclean(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("reclean", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def sample():
    return ingest_text(SAMPLE.read_text(), publication_name="The Moscow Times").article


@pytest.fixture
def other():
    return ingest_text("Another Headline Entirely\n\nA short body of text.\n").article


@pytest.fixture
def two():
    return ingest_text(two_stories(), story_starts=[SECOND_STARTS]).articles


@pytest.fixture
def improved_cleaner(monkeypatch):
    """A cleaner that now also finds an editor's note at the top of every story, and
    counts how often it was run."""
    runs = []

    def improved(raw, *, story_starts=None):
        runs.append(raw)
        page = clean(raw, story_starts=story_starts)
        stories = [
            dataclasses.replace(s, body=[Block("paragraph", NOTE, None, s.lines), *s.body])
            for s in page.stories
        ]
        return dataclasses.replace(page, stories=stories)

    monkeypatch.setattr(ingest, "clean", improved)
    return runs


def revision(article: Article) -> int:
    article.refresh_from_db()
    return article.revision


def test_nothing_is_recleaned_without_a_selection(sample, improved_cleaner):
    with pytest.raises(CommandError, match="Say which articles"):
        reclean()
    assert revision(sample) == 1


def test_the_named_articles_are_recleaned_and_reported(sample, other, improved_cleaner):
    out, err = reclean("--slug", sample.slug)
    assert out.splitlines() == [
        f"“{sample.headline}”: new revision 2.",
        "Re-cleaned 1 article: 1 with a new revision, 0 unchanged; 0 could not be re-cleaned.",
    ]
    assert err == ""
    assert NOTE in Article.objects.get(pk=sample.pk).text
    assert sample.revisions.get(number=2).reason == "re-cleaned from raw"
    assert revision(other) == 1


def test_slugs_may_be_repeated_or_listed(sample, other):
    out, _ = reclean("--slug", sample.slug, "--slug", other.slug)
    assert "Re-cleaned 2 articles: 0 with a new revision, 2 unchanged" in out
    out, _ = reclean("--slug", sample.slug, other.slug)
    assert f"“{other.headline}”: unchanged (revision 1)." in out.splitlines()


def test_a_publication_selects_its_articles(sample, other, improved_cleaner):
    out, _ = reclean("--publication", sample.publication.slug)
    assert out.splitlines()[0] == f"“{sample.headline}”: new revision 2."
    assert (revision(sample), revision(other)) == (2, 1)


def test_all_recleans_every_article_and_cleans_each_page_once(other, two, improved_cleaner):
    first, second = two
    out, _ = reclean("--all")
    assert sorted(out.splitlines()[:-1]) == sorted(
        f"“{headline}”: new revision 2." for headline in (FIRST, SECOND, other.headline)
    )
    assert "Re-cleaned 3 articles: 3 with a new revision" in out
    assert len(improved_cleaner) == 2  # two pages
    assert (revision(first), revision(second), revision(other)) == (2, 2, 2)


def test_unknown_names_are_refused_before_anything_is_done(sample, improved_cleaner):
    with pytest.raises(CommandError, match="No article with the slug no-such-story"):
        reclean("--slug", sample.slug, "--slug", "no-such-story")
    with pytest.raises(CommandError, match="No publication with the slug no-such-paper"):
        reclean("--publication", "no-such-paper")
    assert revision(sample) == 1


def test_an_article_that_fails_is_named_and_the_others_are_recleaned(sample, other, monkeypatch):
    def failing_on_the_sample(raw, *, story_starts=None):
        if "Moscow" in raw:
            raise CleaningError("No readable text was found, only stray symbols.")
        page = clean(raw, story_starts=story_starts)
        story = dataclasses.replace(page.story, body=[Block("paragraph", NOTE, None, (1, 1))])
        return dataclasses.replace(page, stories=[story])

    monkeypatch.setattr(ingest, "clean", failing_on_the_sample)
    out = StringIO()
    err = StringIO()
    with pytest.raises(CommandError, match="1 article not re-cleaned"):
        call_command("reclean", "--all", stdout=out, stderr=err)
    assert err.getvalue().strip() == (
        f"“{sample.headline}”: not re-cleaned — No readable text was found, only stray symbols."
    )
    assert f"“{other.headline}”: new revision 2." in out.getvalue()
    assert "1 with a new revision, 0 unchanged; 1 could not be re-cleaned." in out.getvalue()
    assert (revision(sample), revision(other)) == (1, 2)
