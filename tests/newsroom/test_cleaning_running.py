"""Running lines (date, page, section, issue) and the dateline read from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.cleaning import clean
from newsroom.cleaning.running import is_date, printed_date, running_line
from tests.newsroom.cleaning_samples import BODY
from tests.newsroom.cleaning_util import clean_story


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("Tuesday, March 4, 2025                  Page A3", "Tuesday, March 4, 2025"),
        ("Tuesday, March 4, 2025 Page A3", "Tuesday, March 4, 2025"),
        ("SATURDAY, JANUARY 11, 2025 | PAGE A1", "SATURDAY, JANUARY 11, 2025"),
        ("Sunday, Oct. 5, 2025 · PAGE 7", "Sunday, Oct. 5, 2025"),
        ("4 THE RIVER GAZETTE · FRIDAY, SEPTEMBER 5, 2025", "FRIDAY, SEPTEMBER 5, 2025"),
        ("WORLD | 12", None),
        ("SPORTS · C2", None),
        ("ARTS & CULTURE | B4", None),
        ("PAGE 7", None),
        ("Vol. XII No. 45", None),
        ("Price 50 cents · No. 1,204", None),
        # a space OCR set before the date's comma
        ("PAGE D26 EXAMINER   SUNDAY, APRIL 25 , 1860", "SUNDAY, APRIL 25, 1860"),
        # the German page word
        ("SEITE 42 — INLAND", None),
        ("Seite 36", None),
        # a section's name opening on a capital with its accent
        ("13  ÉCONOMIE", None),
        ("ÉTRANGER | 4", None),
    ],
)
def test_running_lines_are_told_by_their_form(printed, date):
    running = running_line(printed)
    assert running is not None
    assert running.date == date


@pytest.mark.parametrize(
    "printed",
    [
        "Established 1998 · Independent daily",  # a tagline: no date, page or issue
        "NEWS • OPINION • CULTURE",
        "Round 2 | Final",
        "Apollo 11",
        "WHO PAYS?",
        "KURRI KURRI, Sunday.",
        "MARSEILLE, France (Reuters) — A wildfire fanned by strong winds",
        "Visitors view the restored murals. | Julia Berg",
        "September 5, 2025",  # a bare date is a running line only at the top of the page
    ],
)
def test_other_lines_are_not_running_lines(printed):
    assert running_line(printed) is None


@pytest.mark.parametrize(
    "printed",
    [
        "samedi 5 février 2011",
        "1er mai 2011",
        "lundi 4 juillet 2025",
        "Dienstag, 30. April 1918",
        "Samstag, den 3. März 1923",
        "5. Juni 1900",
        "TUESDAY, 16 APRIL 2005",
        "Friday, December 17, 2013",
    ],
)
def test_dates_in_english_german_and_french_are_dates(printed):
    assert is_date(printed)


@pytest.mark.parametrize("printed", ["mars 2011", "Mai 5 2011", "le 5", "Juni war heiß"])
def test_a_month_or_a_number_alone_is_no_date(printed):
    assert not is_date(printed)


def test_a_bare_date_at_the_top_of_the_page_is_one():
    assert running_line("Friday 14 February 2025", top=True).only_date


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("THE SOUTHERN STANDARD, SATURDAY, MAR. 11, 1934.", "SATURDAY, MAR. 11, 1934"),
        ("THE ISLAND STAR, 5 JANUARY 1848.", "5 JANUARY 1848"),
        # a date alone keeps its weekday
        ("TUESDAY, MARCH 19, 2010", "TUESDAY, MARCH 19, 2010"),
    ],
)
def test_a_papers_name_and_date_after_a_comma_head_the_page(printed, date):
    found = running_line(printed, top=True)
    assert found is not None and found.date == date


def test_the_headline_under_a_running_head_of_the_papers_name_and_date_is_the_headline():
    raw = (
        "THE SOUTHERN STANDARD, SATURDAY, MAR. 11, 1934.\nJAVANESE EXHIBITION.\n\n\n"
        "MARCH 11, 1934\n\nThe Consul-General of the Netherlands (Mr. P. E.\n"
        "Teppema), has received, for exhibition purposes, a complete sam-\n"
        "ple collection of Netherlands Indian export products, most of\n"
        "which is of interest to the Australian market. A special\n"
        "room has been set aside for the display at the Consulate,\n"
        "where merchants may inspect the goods by appointment.\n"
    )
    out = clean(raw).to_json()
    assert out["headline"] == "JAVANESE EXHIBITION."
    assert [r["reason"] for r in out["removed"]] == ["running head"]


@pytest.mark.parametrize(
    ("top", "publication", "dateline"),
    [
        (
            "THE DAILY HERALD\nTuesday, March 4, 2025                       Page A3\n",
            "THE DAILY HERALD",
            "Tuesday, March 4, 2025",
        ),
        (
            "%¢ Coastal Times\nYOUR TOWN. YOUR NEWS.\nSunday, Oct. 5, 2025 · PAGE 7\n",
            "Coastal Times",
            "Sunday, Oct. 5, 2025",
        ),
        (
            "■ Riverside Sentinel\nVol. XII No. 45\nFriday 14 February 2025\n",
            "Riverside Sentinel",
            "Friday 14 February 2025",
        ),
        ("THE WEEKLY CLARION • Since 1956\nSPORTS · C2\n", "THE WEEKLY CLARION", None),
        # a copyright sign before the name is no part of it
        ("© RIVER CHRONICLE\nLATE CITY EDITION\n", "RIVER CHRONICLE", None),
        ("Wednesday, April 2, 2025\nPAGE 7\n", None, "Wednesday, April 2, 2025"),
        ("WORLD | 12\n", None, None),
    ],
)
def test_masthead_and_running_lines_above_the_headline(top, publication, dateline):
    article = clean_story(f"{top}\nBridge to Stay Closed\n\n{BODY}")
    assert article.headline == "Bridge to Stay Closed"
    assert article.publication == publication
    assert article.dateline == dateline
    assert len(article.paragraphs) == 2


def test_the_dateline_is_reported_apart_from_the_masthead():
    top = "THE DAILY HERALD\nTuesday, March 4, 2025        Page A3\n"
    raw = f"{top}\nBridge to Stay Closed\n\n{BODY}"
    changes = clean_story(raw).changes
    masthead = next(c for c in changes if c.kind == "removed")
    assert (masthead.line_start, masthead.line_end, masthead.before) == (1, 1, "THE DAILY HERALD")
    dateline = next(c for c in changes if c.kind == "dateline")
    assert (dateline.line_start, dateline.line_end) == (2, 2)
    assert (dateline.before, dateline.after) == (
        "Tuesday, March 4, 2025 Page A3",
        "Tuesday, March 4, 2025",
    )


def test_a_date_and_page_line_under_the_headline_gives_the_dateline():
    article = clean_story(f"Bridge to Stay Closed\nSeptember 5, 2025 | Page 3\n\n{BODY}")
    assert article.dateline == "September 5, 2025"
    assert len(article.paragraphs) == 2
    assert any(c.kind == "dateline" and c.line_start == 2 for c in article.changes)


def test_a_headline_with_a_few_edition_words_is_not_a_tagline():
    # "Late" and "Final" name editions too; a headline is not made of such words alone.
    article = clean_story(f"Late Goal Sends Rovers Into Cup Final\nBy James O'Neill\n\n{BODY}")
    assert article.publication is None
    assert article.headline == "Late Goal Sends Rovers Into Cup Final"


def test_a_section_head_repeated_at_a_page_break_is_removed_and_the_word_mended():
    raw = (
        "WORLD | 12\n\nBridge to Stay Closed\n\n"
        "Officials said on Tuesday that the bridge would stay closed while engi-\n\n"
        "WORLD | 13\n\n"
        "neers inspect the damage left by the flood.\n"
    )
    article = clean_story(raw)
    assert article.subheads == []
    assert article.paragraphs == [
        "Officials said on Tuesday that the bridge would stay closed while engineers "
        "inspect the damage left by the flood."
    ]


def test_the_date_at_the_top_of_a_page_is_every_storys_dateline():
    raw = (
        Path(__file__).resolve().parents[1] / "fixtures/pages/riverside-courier-two-stories.raw.txt"
    ).read_text(encoding="utf-8")
    page = clean(raw)
    assert [s.headline for s in page.stories] == [
        "Council Approves New Bridge Over the Mill River",
        "Library Extends Weekend Hours",
    ]
    assert [s.dateline for s in page.stories] == ["Tuesday, March 4, 2025"] * 2


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Berlin, 30. Juni. Eine aufsehenerregende Entdeckung", "Berlin, 30. Juni"),
        ("SOFIA, 1er avril. Par service spécial. — Outre le cadeau", "SOFIA, 1er avril"),
        ("Budapest, Jan. 1. (Delayed.) The Hungarian cabinet", "Budapest, Jan. 1. (Delayed.)"),
        ("PITTSBURGH, August 26.? The strike of the", "PITTSBURGH, August 26"),
        ("WASHINGTON, April 1.—The Senate adopted", "WASHINGTON, April 1"),
        # No day: no dateline ("On Monday the …" opens a sentence), nor a place alone.
        ("On Monday the council met to consider", None),
        ("BERNE. — Le Conseil fédéral a nommé hier", None),
        ("PARIS (Reuters) — European leaders agreed", "PARIS (Reuters)"),
    ],
)
def test_the_place_and_day_opening_the_text_are_its_dateline(opening, dateline):
    """Where the page prints no date line, the place and day the story was filed from,
    opening its text, are its dateline; the paragraph keeps them."""
    article = clean_story(f"Bridge to Stay Closed\n\n{opening} {BODY}")
    assert article.dateline == dateline
    assert article.paragraphs[0].startswith(opening.split()[0])


@pytest.mark.parametrize(
    ("fixed", "text", "date"),
    [
        # A margin glyph before a bare date.
        ("¦ November 3, 1876", "November 3, 1876", "November 3, 1876"),
        # A paper's name longer than a running line's, then the date.
        (
            "32 LE PETIT JOURNAL DU NORD   11 JUIN 2026",
            "32 LE PETIT JOURNAL DU NORD 11 JUIN 2026",
            "11 JUIN 2026",
        ),
        # The spaces OCR set before the date's comma and stop, a speck inside it.
        ("SONNTAG , 2. APRIL ° 1851", "SONNTAG , 2. APRIL 1851", "SONNTAG, 2. APRIL 1851"),
        ("' Montag, 10. Oktober 2002", "' Montag, 10. Oktober 2002", "Montag, 10. Oktober 2002"),
        # A separator set apart by wide spaces.
        ("33 LE PHARE DU CENTRE  —  28 FÉVRIER 2014", "", "28 FÉVRIER 2014"),
        ("METRO | 44", "METRO | 44", None),
        # A date starts a word: "le" inside "Ville" opens none.
        ("Ville JUN. 4, 2026", "Ville JUN. 4, 2026", "JUN. 4, 2026"),
        # The stop after the year closes the line, not the date.
        (
            "THE DAILY STANDARD, DECEMBER 22, 2007.",
            "THE DAILY STANDARD, DECEMBER 22, 2007.",
            "DECEMBER 22, 2007",
        ),
    ],
)
def test_the_date_a_line_of_furniture_prints(fixed, text, date):
    assert printed_date(fixed, text) == date


def test_a_bare_date_removed_as_a_running_head_is_the_pages_dateline():
    raw = f"THE WEEKLY CAPITAL STANDARD\n¦ November 3, 1876\n\nBridge to Stay Closed\n\n{BODY}"
    article = clean_story(raw)
    assert article.headline == "Bridge to Stay Closed"
    assert article.dateline == "November 3, 1876"


def test_a_date_line_under_the_headline_is_closed_up():
    article = clean_story(f"Bridge to Stay Closed\nSaturday , Jan . 19 , 1922\n\n{BODY}")
    assert article.dateline == "Saturday, Jan. 19, 1922"
