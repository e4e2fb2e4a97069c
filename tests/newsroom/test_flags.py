"""The cleaner's confidence flags in words (pure; no database)."""

from __future__ import annotations

from newsroom.cleaning import Flags
from newsroom.text.flags import describe, needs_review, weaknesses


def flags(**changes) -> dict:
    fields = {
        "headline_printed": True,
        "byline_found": True,
        "removed_share": 0.02,
        "unaccounted_lines": (),
        "several_stories": False,
        "no_line_breaks": False,
        "language": "en",
    }
    return Flags(**{**fields, **changes}).to_json()


def rows(stored: dict) -> dict[str, tuple[str, bool]]:
    return {row.label: (row.value, row.weak) for row in describe(stored)}


def test_a_confident_result_is_described_without_doubts():
    described = rows(flags())
    assert described["Headline"] == ("printed on the page", False)
    assert described["Language"] == ("English (en)", False)
    assert not any(weak for _, weak in described.values())
    assert not needs_review(flags()) and weaknesses(flags()) == []


def test_each_weakness_is_named_in_words():
    stored = flags(
        headline_printed=False,
        removed_share=0.4,
        unaccounted_lines=tuple(range(3, 20)),
        no_line_breaks=True,
        language="und",
        several_stories=True,
        byline_found=False,
    )
    described = rows(stored)
    assert described["Headline"] == ("none printed; made from the first sentence", True)
    assert described["Removed"] == ("40% of the text, as page furniture or noise", True)
    assert described["Unaccounted lines"][0].startswith("17 (lines 3, 4, 5")
    assert described["Unaccounted lines"][0].endswith("and 5 more)")
    assert described["Line breaks"] == ("none: the structure is a guess", True)
    assert described["Language"] == ("could not be told", True)
    assert described["Several stories"] == ("yes: the page holds more than one", False)
    assert described["Byline"] == ("none found", False)
    assert needs_review(stored)
    assert "No headline was printed; one was made from the first sentence." in weaknesses(stored)


def test_articles_cleaned_before_flags_have_none_to_show():
    assert describe({}) == [] and describe(None) == []
    assert not needs_review({}) and weaknesses(None) == []
