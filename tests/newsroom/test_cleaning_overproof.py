"""The overProof articles: real library OCR scored against a person's correction of it."""

from __future__ import annotations

import gzip
import json

from newsroom.cleaning.training.overproof import DATA, cases, expected


def _row(corrected: str) -> dict:
    return {"id": "smh-1", "split": "tune", "raw": corrected, "corrected": corrected, "source": "x"}


def test_the_heading_lines_give_the_headline_and_its_decks():
    exp = expected(
        _row(
            "TWO MURDER\nCHARGES.\nBRIDGE INQUIRY.\nFORBES, Tuesday.\n"
            "The hearing of two charges of mur-\nder against Ronald Wells began.\n"
        )
    )
    # a headline line closing on no stop goes on; a dispatch's dateline opens the text
    assert exp["headline"] == "TWO MURDER CHARGES."
    assert exp["subheads"] == ["BRIDGE INQUIRY."]
    assert exp["paragraphs"] == [
        "FORBES, Tuesday. The hearing of two charges of murder against Ronald Wells began."
    ]
    assert exp["paragraph_boundaries"] == "unknown"


def test_a_headline_set_over_narrow_lines_goes_on_until_its_stop():
    # Washington Times, 1921 (overProof): four lines of one headline in a narrow column.
    raw = "AIR FORCES\nSEND SUB\nTO BOTTOM\nWITH BOMB.\nEXPLOSIVE DROPPED.\nThe test.\n"
    exp = expected(_row(raw))
    assert exp["headline"] == "AIR FORCES SEND SUB TO BOTTOM WITH BOMB."
    assert exp["subheads"] == ["EXPLOSIVE DROPPED."]
    # (SMH, 1949) one headline of a word a line, closing on no stop, over the text
    exp = expected(_row("ARTISTS\nIN\nFORCE\nJUST about all of the artists came.\n"))
    assert exp["headline"] == "ARTISTS IN FORCE"


def test_an_article_that_opens_on_no_heading_has_no_case():
    assert expected(_row("The surviving soldiers of the war of\n1812 meet to-day.\n")) is None


def test_a_third_of_the_articles_is_set_aside():
    with gzip.open(DATA, "rt", encoding="utf-8") as rows:
        splits = [json.loads(row)["split"] for row in rows]
    assert set(splits) == {"tune", "check"}
    assert 0.25 < splits.count("check") / len(splits) < 0.42
    tune, check = list(cases("tune")), list(cases("check"))
    assert len(tune) > 90 and len(check) > 45
    assert not {c.name for c in tune} & {c.name for c in check}
