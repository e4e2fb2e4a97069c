"""Properties of the pure cores, checked on generated news-like texts (hypothesis).

Anchoring's promise is "the same words or an orphan, never different words". "The same
words" is defined here from the two texts alone, independently of how ``locate`` works: an
anchor is right if some best character alignment of the old text with the new one (a longest
common subsequence) matches the anchor's characters only with characters of the quote; or, for
an edit that touched the quote, if it lies within the quote and the edit, widened to whole
words. When the quote's characters all survive, an exact anchor elsewhere is allowed only where
the selector's context agrees at least as well as where the quote went: the selector cannot
tell better, so nothing can.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel, LCSseq

from annotations.anchoring import THRESHOLD, Anchor, TextQuoteSelector, describe, locate
from annotations.rendering import Span, render_html, segments

NAMES = ["Zelensky", "Macron", "Putin", "Starmer", "Merz", "Trump", "Kyiv", "Moscow"]
VOCABULARY = """More than two dozen countries have pledged to join force deploy in Ukraine after
any eventual peace deal with Russia, aiming deter from again attacking its neighbor leaders
announced Thursday reassurance key pillar security guarantees coalition mainly European want
offer war ends ceasefire However there is also growing concern Russian President Vladimir now
showing no interest accord alarm high-profile visit Beijing this week Ukraine’s Putin’s “we ”he
café naïve Élysée Zürich 26 2022, hailed the move “I think that today first time long serious
concrete step,” said German Chancellor Friedrich urging more pressure cautious scope involvement"""
WORDS = list(dict.fromkeys(VOCABULARY.split()))
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n\n", " — "]
FOLD = str.maketrans("“”„‟«»″‘’‚‛′–—‒―\u00a0", '"""""""\'\'\'\'\'---- ')
CASES = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def prose(draw: st.DrawFn, min_words: int = 1, max_words: int = 30) -> str:
    """News-like text: words used once each, names at most twice (repeated mentions are
    where anchoring goes wrong), blocks separated by blank lines, typographic marks."""
    words = draw(
        st.lists(st.sampled_from(WORDS), unique=True, min_size=min_words, max_size=max_words)
    )
    tokens: list[str] = []
    for index, word in enumerate(words):
        if index:
            tokens.append(draw(st.sampled_from(SEPARATORS)))
        name = draw(st.sampled_from(NAMES)) if draw(st.integers(0, 3)) == 0 else None
        if name and tokens.count(name + " ") < 2:
            tokens.append(name + " ")
        tokens.append(word)
    return "".join(tokens)


@st.composite
def revisions(draw: st.DrawFn) -> tuple[str, int, int, str]:
    """A text, a quoted range (often whole words) and a new revision made by one replacement,
    usually at or near the quote, where anchoring has decisions to make."""
    text = draw(prose())
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 40)))
    if draw(st.booleans()):  # whole words, as a reader selects them
        start = max(0, text.rfind(" ", 0, start) + 1)
        end = max(
            start + 1, min(len(text), end if text.find(" ", end) < 0 else text.find(" ", end))
        )
    near = draw(st.booleans()) or draw(st.booleans())
    lo, hi = (max(0, start - 40), min(len(text), end + 40)) if near else (0, len(text))
    cut = draw(st.integers(lo, hi))
    stop = draw(st.integers(cut, min(len(text), cut + 40)))
    inserted = draw(st.one_of(prose(1, 4), st.just(""), st.text(max_size=5)))
    return text, start, end, text[:cut] + inserted + text[stop:]


def common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def cheapest_edits(old: str, new: str) -> list[tuple[int, int]]:
    """Every cheapest single replacement old[a:b] -> new[a:b + len(new) - len(old)]."""
    grown = len(new) - len(old)
    head, tail = common_prefix(old, new), common_prefix(old[::-1], new[::-1])
    options = []
    for a in range(head + 1):
        b = max(a, len(old) - tail, a - grown)
        options.append((2 * (b - a) + grown, a, b))
    least = min(cost for cost, _, _ in options)
    return [(a, b) for cost, a, b in options if cost == least]


def aligned_inside(old: str, new: str, start: int, end: int, x: int, y: int) -> bool:
    """Some longest common subsequence of old and new matches new[x:y] only within
    old[start:end]: the anchor holds none of the other words."""
    lcs, best = LCSseq.similarity, LCSseq.similarity(old, new)
    return any(
        lcs(old[:i], new[:x]) + lcs(old[i:j], new[x:y]) + lcs(old[j:], new[y:]) == best
        for i in range(start, end + 1)
        for j in range(i, end + 1)
    )


def word_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def word_end(text: str, at: int) -> int:
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


def placed(old: str, new: str, start: int, end: int, x: int, y: int) -> bool:
    """new[x:y] holds the quote's words (see the module docstring)."""
    if aligned_inside(old, new, start, end, x, y):
        return True
    grown = len(new) - len(old)
    for a, b in cheapest_edits(old, new):
        if b <= start or a >= end:
            continue  # this edit left the quote alone
        lo, hi = min(start, a), max(end, b) + grown  # the quote and the edit, in the new text
        touches = x < hi and y > lo if lo < hi else x <= lo <= y
        letters = [i for i in range(x, y) if new[i].isalnum()]
        if touches and (
            not letters or (word_start(new, lo) <= letters[0] and letters[-1] < word_end(new, hi))
        ):
            return True
    return False


def core(text: str, x: int, y: int) -> tuple[int, int] | None:
    """A fuzzy match's ends are estimates: where letters line up it may take in slivers, parts
    of words or words of up to three letters ("in", "the"). Its core runs from the first to
    the last whole word longer than that, and the core must be placed."""
    solid = [
        (x + m.start(), x + m.end())
        for m in re.finditer(r"[^\W_]+", text[x:y])
        if m.end() - m.start() > 3
        and (m.start() > 0 or x == 0 or not text[x - 1].isalnum())
        and (x + m.end() < y or y == len(text) or not text[y].isalnum())
    ]
    return (solid[0][0], solid[-1][1]) if solid else None


def agreement(text: str, x: int, y: int, quote: TextQuoteSelector) -> float:
    reach = max(len(quote.prefix), len(quote.suffix))
    before, after = text[max(0, x - reach) : x], text[y : y + reach]
    return (
        Indel.normalized_similarity(quote.prefix, before)
        + Indel.normalized_similarity(quote.suffix, after)
    ) / 2


@CASES
@given(prose(), st.data())
def test_unchanged_text_reanchors_every_selector_by_position(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote, position = describe(text, start, end)
    assert locate(text, quote, position) == Anchor(start, end, "position", 1.0)


# Revisions hypothesis once found to defeat earlier versions of locate(): (old text, the
# quote's prefix + exact as it stood, its exact, new text). Kept as regression examples.
FOUND = [
    ("Macron More", "M", "M", "MZelensky Moreacron More"),
    (
        "Chancellor Zelensky More than two",
        "Chancellor Z",
        "Chancellor Z",
        "Chancellor More Zelensky thanChancellor Zelensky More than two",
    ),
    (
        "Zelensky More Zelensky than Macron two dozen countries have",
        "Zelensky More Zelensky than Macron two ",
        "ron two ",
        "Zelensky More two dozen countries have",
    ),
    (
        "involvement reassurance Putin More Putin than",
        "involvement reassurance Putin Mor",
        "involvement reassurance Putin Mor",
        "involvement rea More Putin than",
    ),
    (
        "More peace than, two Merz neighbor Zelensky dozen",
        "More peace than, two Merz neighbor ",
        "or ",
        "More peace than, two r Zelensky dozen",
    ),
    (
        "More than two dozen Merz have Merz countries",
        "More than two dozen Merz have Merz",
        "e Merz",
        "More than two dozen Merz countries",
    ),
    ("Zelensky More Macron than", "Zelensky More Macr", "r", "Zelensky Moreon than"),
    (
        "Macron More than Zelensky dozen Zelensky two countries have pledged",
        "Macron More than Zelen",
        "Macron More than Zelen",
        "Macron dozen Zelensky two countries have pledged",
    ),
    (
        "More — Zelensky is, also",
        "More — ",
        " ",
        "there, Zelensky is, alsoMore — Zelensky is, also",
    ),
    (
        "pillar More two dozen, Merz than Zelensky countries",
        "pillar More two dozen, Me",
        "e",
        "pillar More tworz than Zelensky countries",
    ),
    (
        "to More than two Putin dozen Putin countries",
        "to More than two Puti",
        " Puti",
        "to More thain dozen Putin countries",
    ),
    (
        "Zelensky More Macron than two",
        "Zelensky More Macron",
        "Zelensky More Macron",
        "Zelensky More Macthan two",
    ),
    (
        "Zelensky More than have Macron two Putin dozen Macron countries",
        "Zelensky",
        "Zelensky",
        "Zelense two Putin dozen Macron countries",
    ),
    (
        "Zelensky More Macron than two dozen Macron countries have",
        "Zelensky ",
        "Zelensky ",
        "Zelensktwo dozen Macron countries have",
    ),
    (
        "Macron More Zelensky is two Zelensky than dozen countries have",
        "Macron More Zelensky",
        "Macron More Zelensky",
        "Macr two Zelensky than dozen countries have",
    ),
    (
        "than Macron More Zelensky dozen",
        "than Macron",
        "n",
        "Macron than More Zelensky dozenthan Macron More Zelensky dozen",
    ),
    (
        "Zelensky More Zelensky than two dozen countries have pledged to café join Putin force "
        "announced Friedrich deploy in Putin Ukraine after any",
        "dozen countries have pledged to café join Putin for",
        "ave pledged to café join Putin for",
        "Zelensky More Zelensky than two dozen countries have pledged to café joy in Putin Ukraine "
        "after any",
    ),
    (
        "Zelensky More Zelensky than two Macron dozen countries have pledged to join force Ukraine "
        "any naïve deploy in after eventual",
        "Macron dozen countries have pledged to join ",
        "on dozen countries have pledged to join ",
        "Zelensky More Zelensky than two Macron dozen countries have pledgey in after eventual",
    ),
    (
        "Zelensky More Zelensky than two dozen countries have pledged to any join Macron force "
        "deploy Ukraine the in Macron after eventual peace",
        "dozen countries have pledged to any join ",
        "ozen countries have pledged to any join ",
        "Zelensky More Zelensky than two dozen countries have pleaine the in Macron after "
        "eventual peace",
    ),
    (
        "visit Ukraine’s Zelensky More after any Ukraine than two dozen countries",
        "visit Ukrai",
        "it Ukrai",
        "y Ukraine than two dozen countries",
    ),
]


def found_examples(test: Callable[..., None]) -> Callable[..., None]:
    for old, located, exact, new in FOUND:
        end = old.index(located) + len(located)
        test = example((old, end - len(exact), end, new))(test)
    return test


@CASES
@found_examples
@given(revisions())
def test_revised_text_reanchors_the_same_words_or_orphans(
    revision: tuple[str, int, int, str],
) -> None:
    old, start, end, new = revision
    quote, position = describe(old, start, end)
    anchor = locate(new, quote, position)
    edits = cheapest_edits(old, new)
    if anchor.orphaned:
        # Only if every cheapest edit touched the quote or its context: a quote whose words
        # and context all survive must be found.
        assert any(
            a <= end + len(quote.suffix) and b >= start - len(quote.prefix) for a, b in edits
        )
        return
    got = new[anchor.start : anchor.end]
    if got != quote.exact:
        similarity = Indel.normalized_similarity(quote.exact.translate(FOLD), got.translate(FOLD))
        assert anchor.method == "fuzzy"
        assert anchor.score == similarity >= THRESHOLD
        inner = core(new, anchor.start, anchor.end)
        assert placed(old, new, start, end, anchor.start, anchor.end) or (
            inner is not None and placed(old, new, start, end, *inner)
        ), (got, inner)
        return
    if placed(old, new, start, end, anchor.start, anchor.end):
        return
    # An exact anchor elsewhere: only where the quote survived and the selector's context
    # agrees there at least as well as where it went.
    grown = len(new) - len(old)
    survivors = [start if a >= end else start + grown for a, b in edits if b <= start or a >= end]
    here = agreement(new, anchor.start, anchor.end, quote)
    assert any(here >= agreement(new, at, at + end - start, quote) for at in survivors), got


@CASES
@given(prose(min_words=3), st.data())
def test_quoted_words_replaced_by_other_words_orphan(text: str, data: st.DataObject) -> None:
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    first = data.draw(st.integers(0, len(bounds) - 1))
    last = data.draw(st.integers(first, min(len(bounds) - 1, first + 4)))
    start, end = bounds[first][0], bounds[last][1]
    other = data.draw(st.lists(st.integers(0, 9999).map(str), min_size=1, max_size=3))
    quote, position = describe(text, start, end)
    assert locate(text[:start] + " ".join(other) + text[end:], quote, position).orphaned


spans_strategy = st.lists(
    st.builds(
        Span,
        key=st.text(min_size=1, max_size=4),
        start=st.integers(-5, 60),
        end=st.integers(-5, 60),
        kind=st.sampled_from(["", "claim", "entity", "quote", 'x"<y']),
    ),
    max_size=12,
)
texts = st.text(alphabet=st.sampled_from(list("ab <&>\"'“”’é\n")), max_size=50)


@given(texts, spans_strategy, st.data())
def test_segments_cover_the_range_once_in_order(
    text: str, spans: list[Span], data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = segments(text, spans, lo, hi)
    if lo == hi:
        assert found == []
        return
    assert [s.start for s in found] == [lo, *(s.end for s in found[:-1])]
    assert found[-1].end == hi
    edges = {lo, hi} | {max(lo, min(hi, at)) for span in spans for at in (span.start, span.end)}
    for segment in found:
        assert segment.start < segment.end
        assert {segment.start, segment.end} <= edges
        covering = {
            span for span in spans if span.start <= segment.start and segment.end <= span.end
        }
        assert set(segment.spans) == covering
        assert len(segment.spans) == len(covering)
        assert list(segment.spans) == sorted(
            segment.spans, key=lambda s: (s.start, -s.end, s.key, s.kind)
        )
        assert segment.opened == tuple(s for s in segment.spans if s.start == segment.start)


@given(texts, spans_strategy, st.data())
def test_render_html_escapes_and_keeps_the_text(
    text: str, spans: list[Span], data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    rendered = render_html(text, spans, lo, hi)
    bare = re.sub(r"<mark [^<>]*>|</mark>", "", rendered)
    assert "<" not in bare and ">" not in bare
    assert html.unescape(bare) == text[lo:hi]
    assert rendered.count("<mark ") == sum(1 for s in segments(text, spans, lo, hi) if s.spans)
