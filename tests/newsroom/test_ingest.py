"""The ingestion service: raw text or bytes in, one cleaned article saved (or a message)."""

from __future__ import annotations

import dataclasses

import pytest
from django.contrib import admin
from django.forms.models import model_to_dict

from newsroom import ingest
from newsroom.cleaning import CleanedArticle, CleanedPage
from newsroom.cleaning.training.cases import REAL_TRAIN
from newsroom.ingest import IngestError, article_reclean, ingest_bytes, ingest_text
from newsroom.models import Article, ArticleRevision, Photo
from tests.newsroom.bad_input import ARTICLES, ERRORS, HEADLINE, SAMPLE, ids
from tests.newsroom.pages import SECOND_STARTS, two_stories

# The first story's headline as printed on the page of two stories (over two lines).
FIRST_PRINTED = "Council Approves New Bridge\nOver the Mill River"

pytestmark = pytest.mark.django_db


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def test_the_sample_becomes_an_article_with_its_change_report():
    result = ingest_text(sample_text(), source_name="sample.txt")
    article = result.article
    assert result.created
    assert article.headline == HEADLINE
    assert article.publication.name == "The Moscow Times"
    assert article.status == Article.Status.DRAFT
    assert article.page.raw_text == sample_text()
    assert (article.line_start, article.line_end) == (1, 107)
    revision = article.revisions.get()
    assert revision.number == 1
    assert {c["kind"] for c in revision.changes} >= {"removed", "joined", "quotes", "caption"}
    # Every body item remembers the raw lines it came from.
    assert all(len(item["lines"]) == 2 for item in article.content["body"])
    assert article.photos.get().credit == "president.gov.ua"


def test_the_same_text_twice_is_one_article():
    first = ingest_text(sample_text())
    again = ingest_text(sample_text(), status=Article.Status.PUBLISHED)
    assert not again.created
    assert again.article == first.article
    assert Article.objects.count() == 1
    assert again.article.status == Article.Status.DRAFT


def test_a_given_publication_wins_over_the_masthead():
    article = ingest_text(sample_text(), publication_name="Wire Copy").article
    assert article.publication.name == "Wire Copy"


@pytest.mark.parametrize("case", ERRORS, ids=ids(ERRORS))
def test_bad_input_is_refused_with_a_message_and_nothing_saved(case):
    with pytest.raises(IngestError, match=case.error):
        ingest_bytes(case.data, source_name=f"{case.id}.txt")
    assert not Article.objects.exists()
    assert not ArticleRevision.objects.exists()


@pytest.mark.parametrize("case", ARTICLES, ids=ids(ARTICLES))
def test_awkward_input_still_makes_a_sensible_article(case):
    article = ingest_bytes(case.data, source_name=f"{case.id}.txt").article
    assert article.headline.strip()
    if case.headline:
        assert article.headline == case.headline
    assert article.text.startswith(article.headline)


def test_text_that_is_not_utf8_is_decoded_and_says_so():
    case = next(c for c in ARTICLES if c.id == "not-utf8")
    article = ingest_bytes(case.data).article
    assert article.page.decode_note
    assert "café’s owner" in article.page.raw_text


def test_pasted_text_with_nul_characters_is_refused():
    with pytest.raises(IngestError, match="binary"):
        ingest_text("Headline\n\nBody\x00text")


def test_a_cleaner_crash_is_a_message_not_a_traceback(monkeypatch):
    def broken(raw):
        raise RuntimeError("index out of range")

    monkeypatch.setattr(ingest, "clean", broken)
    with pytest.raises(IngestError, match="cleaner failed"):
        ingest_text(sample_text())
    assert not Article.objects.exists()


def test_an_article_without_a_headline_is_refused(monkeypatch):
    blank = CleanedPage([CleanedArticle(None, "  ", None, None)])
    monkeypatch.setattr(ingest, "clean", lambda raw: blank)
    with pytest.raises(IngestError, match="No headline"):
        ingest_text(sample_text())
    assert not Article.objects.exists()


def test_a_failure_while_saving_leaves_nothing_half_saved(monkeypatch):
    real_create = ingest.article_create

    def create_then_fail(**kwargs):
        real_create(**kwargs)
        raise RuntimeError("disk full")

    monkeypatch.setattr(ingest, "article_create", create_then_fail)
    with pytest.raises(RuntimeError):
        ingest_text(sample_text())
    assert not Article.objects.exists()
    assert not Photo.objects.exists()
    assert not ArticleRevision.objects.exists()


def test_a_concurrent_ingest_of_the_same_text_returns_the_stored_article(monkeypatch):
    theirs = ingest_text(sample_text()).article
    answers = iter([None])  # our lookup runs before theirs commits
    real_stored = ingest.stored
    monkeypatch.setattr(ingest, "stored", lambda digest: next(answers, real_stored(digest)))
    result = ingest_text(sample_text())
    assert not result.created
    assert result.article == theirs


def test_reclean_with_an_unchanged_cleaner_makes_no_revision():
    article = ingest_text(sample_text()).article
    assert article_reclean(article=article).revision is None
    article.refresh_from_db()
    assert article.revision == 1


# --- a headline is words --------------------------------------------------------------------


def test_a_line_without_letters_is_no_headline_and_the_story_is_saved_for_review():
    # Two lines for two, so the second story still starts at its line.
    raw = two_stories().replace(FIRST_PRINTED, "...\n")
    article = ingest_text("\n".join(raw.split("\n")[: SECOND_STARTS - 1])).article
    assert article.headline.startswith("The town council voted 7-2 on Monday night")
    assert not article.revisions.get().flags["headline_printed"]
    assert article.needs_review


def test_a_story_whose_headline_has_no_letters_is_refused_with_what_was_found(monkeypatch):
    """The cleaner reads no line without letters as a headline; should a story still come
    with one, ingestion refuses the page and says which story and lines."""
    raw = two_stories().replace(FIRST_PRINTED, "...\n")
    real_clean = ingest.clean

    def headed_by_dots(text, **kwargs):
        page = real_clean(text, **kwargs)
        first = dataclasses.replace(page.stories[0], headline="...")
        return dataclasses.replace(page, stories=[first, *page.stories[1:]])

    monkeypatch.setattr(ingest, "clean", headed_by_dots)
    with pytest.raises(IngestError, match=r"Story 1 \(lines 1–16\) has a headline with no let"):
        ingest_text(raw, story_starts=[SECOND_STARTS])
    with pytest.raises(IngestError, match=r"The headline found, “\.\.\.”, has no letters"):
        ingest_text("\n".join(raw.split("\n")[: SECOND_STARTS - 1]))
    assert not Article.objects.exists()


@pytest.mark.parametrize("headline", ["...", "— 1914 —", "***"])
def test_the_admin_refuses_a_headline_without_letters(rf, curator, headline):
    article = ingest_text(sample_text()).article
    model_admin = admin.site.get_model_admin(Article)
    request = rf.post("/")
    request.user = curator
    form_class = model_admin.get_form(request, article, change=True)
    data = {**model_to_dict(article), "headline": headline}
    form = form_class(data, instance=article)
    assert not form.is_valid()
    assert form.errors["headline"] == [f"A headline needs letters; “{headline}” has none."]


def test_a_headline_in_another_alphabet_is_words():
    Article(headline="Выборы в Думу").full_clean(
        exclude=[f.name for f in Article._meta.fields if f.name != "headline"]
    )


# --- bytes that are not quite UTF-8 ---------------------------------------------------------


def test_a_mostly_utf8_file_is_saved_as_utf8_with_the_replaced_bytes_flagged():
    # One stray windows-1252 byte on line 16 ("leaders announced Thursday.").
    data = sample_text().encode("utf-8").replace(b"announced Thursday", b"announced Thursd\xe4y")
    result = ingest_bytes(data)
    assert result.page.decode_note == (
        "Mostly UTF-8: 1 byte that was not UTF-8 replaced with “\ufffd” (line 16, column 25)"
    )
    article = result.article
    assert "leaders announced Thursd\ufffdy." in article.text
    assert "“coalition of the willing.”" in article.text  # not read as windows-1250
    flags = article.revisions.get().flags
    assert flags["replaced_bytes"] == [{"line": 16, "column": 25, "bytes": "e4"}]
    assert article.needs_review
    assert (
        "1 byte that was not UTF-8 replaced with “\ufffd” (line 16, column 25)."
        in flags["weaknesses"]
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_ingested(encoding):
    result = ingest_bytes(sample_text().encode(encoding))
    assert result.article.headline == HEADLINE
    assert "no byte order mark" in result.page.decode_note


def test_a_page_whose_vote_figures_the_model_reads_as_a_headline_is_ingested():
    # "21;6", a row of a division's figures in a Commons report, read as a headline.
    raw = (REAL_TRAIN / "en_ncr_1890_latest_news.raw.txt").read_text("utf-8")
    result = ingest_text(raw)
    headlines = [article.headline for article in result.articles]
    assert "21;6" not in headlines
    assert all(any(c.isalpha() for c in headline) for headline in headlines)
