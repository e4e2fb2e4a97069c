"""Anchoring's work is bounded whatever the text and the selector: context is cut to
MAX_CONTEXT, at most MAX_SCORED occurrences are scored, and the context still picks the
right one of many (pure: no database)."""

from __future__ import annotations

import pytest

from annotations import anchoring
from annotations.anchoring import (
    MAX_CONTEXT,
    TextPositionSelector,
    TextQuoteSelector,
    describe,
    find,
    locate,
)

SENTENCE = "The minister said the coalition would expand its force before the winter. "


@pytest.fixture
def scored(monkeypatch) -> list[int]:
    """Each place whose context is scored, in order."""
    places: list[int] = []
    score = anchoring._context_score

    def counting(text, start, end, quote):
        places.append(start)
        return score(text, start, end, quote)

    monkeypatch.setattr(anchoring, "_context_score", counting)
    return places


def huge(times: int = 20_000) -> str:
    return SENTENCE * times


@pytest.mark.parametrize("search", [find, locate], ids=["find", "locate"])
def test_a_quote_everywhere_with_context_nowhere_scores_few_places(search, scored):
    text = huge()
    quote = TextQuoteSelector("e", "q" * 1_000, "z" * 1_000)
    assert text.count("e") > 100_000

    assert search(text, quote).orphaned
    assert len(scored) <= 64  # a few dozen places (MAX_SCORED), of 20,000 or more


@pytest.mark.parametrize("search", [find, locate], ids=["find", "locate"])
def test_near_matches_everywhere_score_few_places(search, scored):
    # Every sentence reads like the selector but for one letter: all are near matches.
    text = huge()
    quote = TextQuoteSelector("coalition", "The minister said thе ", " would expand its force")
    assert text.count(quote.exact) == 20_000

    search(text, quote)
    assert len(scored) <= 64  # a few dozen places (MAX_SCORED), of 20,000 or more


@pytest.mark.parametrize("search", [find, locate], ids=["find", "locate"])
def test_the_context_still_picks_the_one_place_among_thousands(search):
    middle = SENTENCE.replace("the winter", "the spring")
    text = huge(10_000) + middle + huge(10_000)
    at = len(SENTENCE) * 10_000 + middle.index("the spring")
    quote, _ = describe(text, at, at + len("the"))

    anchor = search(text, quote)
    assert (anchor.start, anchor.end, anchor.method) == (at, at + 3, "quote")


def test_an_edited_neighbourhood_is_found_near_the_old_place():
    # "the" is everywhere; beside the annotated one a word changed on each side, and the
    # text did not move: the old place is among the places scored, and wins.
    before = huge(500) + "Yesterday the minister said the coalition would grow. " + huge(500)
    at = before.index("Yesterday the") + len("Yesterday ")
    quote, position = describe(before, at, at + 3)
    after = before.replace("Yesterday the minister", "Yesterdai the ministor")

    anchor = locate(after, quote, position)
    assert (anchor.start, anchor.end) == (at, at + 3)


def test_context_longer_than_the_limit_is_cut_nearest_the_quote_first():
    text = huge(50) + "Only here the ceasefire held. " + huge(50)
    at = text.index("ceasefire")
    prefix = "nothing like this is in the text " * 40 + text[at - MAX_CONTEXT : at]
    quote = TextQuoteSelector("ceasefire", prefix, text[at + 9 : at + 9 + 2 * MAX_CONTEXT])
    assert len(quote.prefix) > MAX_CONTEXT

    anchor = find(text, quote, TextPositionSelector(at, at + 9))
    assert (anchor.start, anchor.method) == (at, "position")
