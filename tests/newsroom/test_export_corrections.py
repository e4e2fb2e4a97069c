"""``manage.py export_corrections``: corrected articles become cleaning cases the evaluation
kit's scorer reads, their raw text byte for byte."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone

from newsroom.ingest import ingest_text
from newsroom.revisions import article_revise
from tests.newsroom.bad_input import SAMPLE
from tests.newsroom.pages import FIRST, SECOND_STARTS, two_stories

pytestmark = pytest.mark.django_db
# The kit's scorer, vendored unchanged (tests/fixtures/cleaning/README.md).
SCORER = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning" / "score.py"
PERFECT = ["head", "byline", "capF1", "credit", "subF1", "paraF1", "bndF1", "insF1", "quote"]
PERFECT += ["quote_f1", "quote_lenient"]


def export(*args: str) -> str:
    out = StringIO()
    call_command("export_corrections", *args, stdout=out)
    return out.getvalue()


def correct(article, user, headline: str):
    """What the structure editor does: a new revision with the operation in force."""
    content = {**article.content, "headline": headline}
    op = {"op": "text", "at": {"kind": "headline", "lines": [1, 1], "text": article.headline}}
    with transaction.atomic():
        article_revise(
            article=article,
            content=content,
            corrections=[{**op, "old": article.headline, "new": headline}],
            reason="corrected",
            user=user,
        )
    article.refresh_from_db()
    return article


@pytest.fixture
def crlf_sample(curator):
    """The sample (curly quotes, a caption with its credit) as a Windows file: CRLF line ends."""
    raw = SAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n")
    assert "\r\n" in raw and not raw.isascii()
    article = ingest_text(raw, source_name="moscow.txt").article
    return correct(article, curator, "Coalition of the Willing Commits to a Ukraine Force")


@pytest.fixture
def two_story_page(curator):
    """A page of two stories; an editor corrected the second one's headline."""
    first, second = ingest_text(two_stories(), story_starts=[SECOND_STARTS]).articles
    return first, correct(second, curator, "Library Opens on Weekends")


def test_each_corrected_page_is_written_as_a_case(tmp_path, crlf_sample, two_story_page):
    ingest_text("Nobody Corrected This Story\n\nIt is as the cleaner left it, word for word.\n")
    first, second = two_story_page

    out = export(str(tmp_path))

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        f"{slug}.{ext}"
        for slug in (crlf_sample.slug, first.slug)
        for ext in ("raw.txt", "expected.json")
    )
    assert "Wrote 2 cases (3 stories)" in out
    case = json.loads((tmp_path / f"{crlf_sample.slug}.expected.json").read_text("utf-8"))
    assert case["headline"] == "Coalition of the Willing Commits to a Ukraine Force"
    assert case["captions"][0]["credit"] == "president.gov.ua"
    assert "stories" not in case
    page = json.loads((tmp_path / f"{first.slug}.expected.json").read_text("utf-8"))
    assert [s["headline"] for s in page["stories"]] == [FIRST, "Library Opens on Weekends"]
    assert page["headline"] == FIRST
    assert page["source"]["articles"] == [
        {"slug": first.slug, "revision": 1},
        {"slug": second.slug, "revision": 2},
    ]


def test_the_raw_files_are_the_stored_text_byte_for_byte(tmp_path, crlf_sample, two_story_page):
    export(str(tmp_path))
    for article in (crlf_sample, two_story_page[0]):
        raw = (tmp_path / f"{article.slug}.raw.txt").read_bytes()
        assert raw == article.page.raw_text.encode("utf-8")
    assert b"\r\n" in (tmp_path / f"{crlf_sample.slug}.raw.txt").read_bytes()


def test_the_export_scores_perfectly_against_itself_with_the_kits_scorer(
    tmp_path, crlf_sample, two_story_page
):
    cases = tmp_path / "cases"
    export(str(cases))
    scores = tmp_path / "scores.json"
    subprocess.run(  # noqa: S603 - our own interpreter and the vendored scorer
        [sys.executable, str(SCORER), str(cases), "--cmd", "cat {expected}", "--json", str(scores)],
        check=True,
        capture_output=True,
        text=True,
    )
    summary = json.loads(scores.read_text("utf-8"))["summary"]
    assert summary["cases"] == 2 and summary["errors"] == 0
    assert {name: summary[name] for name in PERFECT} == dict.fromkeys(PERFECT, 1.0)
    assert summary["CER"] == 0 and summary["CER_micro"] == 0


def test_since_keeps_the_articles_corrected_from_that_day(tmp_path, crlf_sample):
    today = timezone.localdate()
    assert f"Wrote 1 case (1 story) to {tmp_path}" in export(str(tmp_path), "--since", str(today))
    later = tmp_path / "later"
    tomorrow = today + timedelta(days=1)
    assert "Wrote 0 cases (0 stories)" in export(str(later), "--since", str(tomorrow))
    assert list(later.iterdir()) == []


def test_an_article_whose_correction_was_undone_is_not_exported(tmp_path, curator, crlf_sample):
    with transaction.atomic():
        article_revise(article=crlf_sample, corrections=[], reason="undone", user=curator)
    assert "Wrote 0 cases" in export(str(tmp_path))


@pytest.mark.parametrize("since", ["yesterday", "2025-13-01", "01/02/2025"])
def test_a_bad_date_is_refused(tmp_path, since):
    with pytest.raises(CommandError, match="not a date; write it as YYYY-MM-DD"):
        export(str(tmp_path), "--since", since)


def test_a_folder_that_is_a_file_is_refused(tmp_path):
    path = tmp_path / "cases"
    path.write_text("not a folder")
    with pytest.raises(CommandError, match="exists and is not a folder"):
        export(str(path))
    with pytest.raises(CommandError, match="cannot make the folder"):
        export(str(path / "inside"))
