"""The change report: every change the cleaner makes can be found and checked by a reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.cleaning import Change
from newsroom.cleaning.model import CHANGE_KINDS
from tests.newsroom.cleaning_samples import BODY
from tests.newsroom.cleaning_util import clean_story

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning" / "seed_moscow_times.raw.txt"
DEV01 = SEED.with_name("dev01_gv_iran.raw.txt")


@pytest.fixture(scope="module")
def seed_changes() -> list[Change]:
    return clean_story(SEED.read_text(encoding="utf-8")).changes


def _raw_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def test_every_change_has_a_known_kind_and_a_valid_line_range(seed_changes):
    n_lines = len(_raw_lines(SEED))
    assert seed_changes
    for change in seed_changes:
        assert change.kind in CHANGE_KINDS
        assert 1 <= change.line_start <= change.line_end <= n_lines


def test_changes_come_in_reading_order(seed_changes):
    starts = [c.line_start for c in seed_changes]
    assert starts == sorted(starts)


def test_masthead_removal_is_reported_with_what_was_removed(seed_changes):
    masthead = next(c for c in seed_changes if c.kind == "removed" and c.after == "")
    assert (masthead.line_start, masthead.line_end) == (1, 7)
    assert masthead.before == "The\n30 YEARS\nMoscow Times\nINDEPENDENT NEWS FROM RUSSIA"


def test_split_headline_and_caption_are_reported(seed_changes):
    joined = [c for c in seed_changes if c.kind == "joined" and c.line_start == 9]
    assert joined[0].after == "Coalition of Willing Commits to Ukraine Force if Peace Agreed"
    caption = next(c for c in seed_changes if c.kind == "caption")
    assert (caption.line_start, caption.line_end) == (11, 12)
    assert caption.after.endswith("[credit] president.gov.ua")


def test_quote_repairs_point_at_the_raw_line_they_fix(seed_changes):
    lines = _raw_lines(SEED)
    quotes = [c for c in seed_changes if c.kind == "quotes"]
    assert len(quotes) > 20
    for change in quotes:
        raw_line = lines[change.line_start - 1]
        assert any(q in raw_line for q in "\"'")
    first = next(c for c in quotes if c.line_start == 18)
    assert '"reassurance' in first.before
    assert "“reassurance" in first.after


def test_inset_is_reported_with_its_lines(seed_changes):
    inset = next(c for c in seed_changes if c.kind == "inset")
    assert inset.before.startswith("Related article: Russian Strike Kills 2 Deminers")
    assert inset.after.startswith("Related article: Russian Strike Kills 2 Deminers")


def test_dehyphenation_and_garbage_are_reported():
    changes = clean_story(DEV01.read_text(encoding="utf-8")).changes
    dehyphenated = {(c.before, c.after) for c in changes if c.kind == "dehyphenated"}
    assert ("candi-\ndate,", "candidate,") in dehyphenated
    assert ("Nethe-\nrlands.", "Netherlands.") in dehyphenated
    removed = [c for c in changes if c.kind == "removed" and "%¢" in c.before]
    assert removed and all("%¢" not in c.after for c in removed)


def test_collapsed_spaces_are_reported():
    article = clean_story(
        "China:  A leaking dam?\n\nUsed in  conjunction with Internet Explorer.\n"
    )
    spaced = [c for c in article.changes if c.kind == "whitespace"]
    assert [(c.line_start, c.before, c.after) for c in spaced] == [
        (1, "China:  A leaking dam?", "China: A leaking dam?"),
        (
            3,
            "Used in  conjunction with Internet Explorer.",
            "Used in conjunction with Internet Explorer.",
        ),
    ]


def test_clean_text_reports_nothing_but_the_join():
    article = clean_story(f"Bridge to Stay Closed\n\n{BODY}")
    assert [c.kind for c in article.changes] == ["joined", "joined"]
