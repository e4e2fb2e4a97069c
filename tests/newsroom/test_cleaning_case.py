"""Stored article content -> the expected JSON of a cleaning case (text/cleaning_case.py)."""

from __future__ import annotations

import pytest

from newsroom.text.cleaning_case import expected_case
from newsroom.text.document import PhotoText

CONTENT = {
    "publication": "The Riverside Courier",
    "kicker": "Town hall",
    "headline": " Council Approves New Bridge ",
    "deck": ["Work starts in May", "  "],
    "byline": "By Ana Ruiz",
    "dateline": "",
    "body": [
        {"kind": "paragraph", "text": "The council voted on Tuesday.", "lines": [5, 6]},
        {"kind": "figure", "photo": 1},
        {"kind": "subhead", "text": "‘A long wait’"},
        {"kind": "paragraph", "text": "“At last,” said the mayor."},
        {"kind": "inset", "text": "Related article: Library hours"},
        {"kind": "paragraph", "text": "   "},
    ],
}
PHOTOS = {
    1: PhotoText("The old ferry landing.", "(Marco Rossi)"),
    0: PhotoText("", "Photo | "),
    2: PhotoText("", ""),
}


def test_a_story_has_the_kit_fields_from_its_stored_content():
    case = expected_case([(CONTENT, PHOTOS)], language="en")
    assert case == {
        "publication": "The Riverside Courier",
        "kicker": "Town hall",
        "headline": "Council Approves New Bridge",
        "deck": ["Work starts in May"],
        "byline": "By Ana Ruiz",
        "dateline": None,
        # The photo the body does not place comes first, as the document shows it; a
        # photo with no words is nothing to find.
        "captions": [
            {"text": "", "credit": "Photo"},
            {"text": "The old ferry landing.", "credit": "Marco Rossi"},
        ],
        "subheads": ["Work starts in May", "‘A long wait’"],
        "paragraphs": ["The council voted on Tuesday.", "“At last,” said the mayor."],
        "insets": ["Related article: Library hours"],
        "language": "en",
        "outside": [],
        "removed": [],
    }


def test_a_page_of_several_stories_lists_them_and_reads_as_one_on_top():
    second = {"headline": "Library Extends Weekend Hours", "body": [], "publication": None}
    outside = [{"kind": "paragraph", "lines": [30, 31], "text": "WEATHER: fair"}]
    removed = [{"lines": [1, 1], "text": "PAGE 4", "reason": "page number"}]
    case = expected_case(
        [(second, {}), (CONTENT, PHOTOS)],
        outside=outside,
        removed=removed,
        source={"page": 7},
    )
    assert [s["headline"] for s in case["stories"]] == [
        "Library Extends Weekend Hours",
        "Council Approves New Bridge",
    ]
    assert case["headline"] == "Library Extends Weekend Hours"
    assert case["stories"][1]["captions"][1]["credit"] == "Marco Rossi"
    # The top level is the page read as one article: the second story's heading lines
    # are subheads in it, and its text follows the first story's.
    assert case["subheads"] == [
        "Town hall",
        "Council Approves New Bridge",
        "Work starts in May",
        "‘A long wait’",
    ]
    assert case["paragraphs"] == case["stories"][1]["paragraphs"]
    assert case["captions"] == case["stories"][1]["captions"]
    assert case["byline"] is None  # the first story's
    assert case["publication"] == "The Riverside Courier"  # the page's masthead
    assert case["language"] == "und"
    assert case["outside"] == [{"lines": [30, 31], "text": "WEATHER: fair"}]
    assert case["removed"] == removed
    assert case["source"] == {"page": 7}


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("Reuters", "Reuters"), ("(AP Photo/John Doe)", "AP Photo/John Doe"), ("| AFP", "AFP")],
)
def test_credits_are_written_without_the_brackets_the_scorer_strips(credit, expected):
    content = {"headline": "H", "body": [{"kind": "figure", "photo": 0}]}
    case = expected_case([(content, {0: PhotoText("A caption.", credit)})])
    assert case["captions"] == [{"text": "A caption.", "credit": expected}]


def test_a_case_needs_a_story():
    with pytest.raises(ValueError):
        expected_case([])
