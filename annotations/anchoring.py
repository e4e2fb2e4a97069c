"""W3C text selectors into a document's text, and finding them again after the text changes.

Every annotation points into one revision's compiled ``text`` with a TextPositionSelector
(start, end) and a TextQuoteSelector (exact, prefix, suffix). When a new revision is compiled,
``locate`` (``locate_all`` for many) finds the quoted words in the new text, in order of
decreasing certainty:

1. "position": the old offsets still hold the exact quote;
2. "quote": the exact quote occurs elsewhere and its surroundings agree with prefix/suffix;
3. "fuzzy": the quote was edited a little (a typo fixed, a word changed, quote marks
   re-cleaned) and an approximate match sits where the surroundings say it should;
4. "orphan": nothing trustworthy; the caller keeps the quote so nothing a user wrote is lost.

``find`` is the verbatim half, what a new selection is checked with: the old offsets, then
the exact quote elsewhere; no folding of typography, no fuzzy search.

Every search is bounded, whatever the text and the selector: a selector's context is cut to
``MAX_CONTEXT`` characters each side (a longer one is refused when a selection is made), and
at most ``MAX_SCORED`` occurrences of a quote are scored. A quote that occurs more often than
that (one letter, "the") says nothing by itself about where it is, so then only the places
that its context or its old place point at are scored.

Being wrong is worse than being lost: an orphan is visible and a curator can re-attach it,
whereas an annotation silently moved onto other words states something nobody said. So a
place is only accepted when enough of the whole selector (prefix + exact + suffix) is found
there, and a fuzzy match is only sought when the exact words are gone from the text.

Pure Python on strings and dataclasses; no Django here (a test checks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Indel, Opcode

CONTEXT = 32
"""Characters of prefix/suffix stored with a quote (the W3C/Hypothesis convention)."""

MAX_CONTEXT = 256
"""Most characters of prefix or suffix a selector may bring; longer context is cut to this,
nearest the quote first (a new selection with more is refused). Scoring a place compares
each side with the text there and may align the whole selector with it, so this bounds the
cost of each place looked at; 32 characters already tell places apart."""

MAX_SCORED = 32
"""Most occurrences of a quote whose context is scored (and at most ``_MAX_WINDOWS`` of them
aligned in detail). Beyond it, the occurrences with ``_BESIDE`` characters of context
reading on beside them, and those nearest the old place, are the ones scored."""

THRESHOLD = 0.8
"""Least similarity (Indel, 0..1) between the quote and a fuzzy match. At 0.8 a typo fix or
one changed word in a phrase still matches; "Putin" -> "Biden" (0.4) or "Putin said" ->
"Putin told" (0.7) do not. Typographic variants (“ " ’ ' — -) count as equal."""

SUPPORT_FLOOR = 0.75
"""Least share (0..1) of the selector found at a place the old position does not vouch for
(quote and context similarity, weighted by length). Measured on a real article: another
mention of the same word scores about 0.43 (p90 0.51), above 0.75 only in a phrase the article
repeats word for word; the true place with a word changed nearby scores 0.89-0.97; with one
side of its context rewritten outright, 0.69-0.77, mostly orphaned: that evidence is no better
than a stranger's whose other side happens to read the same."""

_SHORT = 5  # a shorter quote is found exactly or not at all: any edit makes another word
_RUN = 3  # shorter common runs of letters are coincidence, not evidence
_PINNED = 0.8  # context at least this similar beside a piece of the quote vouches for it
# Search bounds: they keep the fuzzy search linear in the text length however bad the input.
_PIECE = 10  # length of the fragments looked up verbatim to find candidate places
_MAX_PIECES = 12  # fragments taken from prefix + exact + suffix
_MAX_PIECE_HITS = 32  # a fragment found more often than this says nothing about place
_MAX_WINDOWS = 8  # candidate places aligned in detail
_BESIDE = 16  # context looked up verbatim beside a quote too common to score everywhere
_EDGE = 64  # a long quote is aligned closely only this far into each of its ends
# Re-cleaning swaps straight and curly quote marks, apostrophes and dashes: not an edit of
# anyone's words. Matching folds them (one character for one, so offsets stay valid).
_FOLD = str.maketrans("“”„‟«»″‘’‚‛′–—‒―\u00a0", '"""""""\'\'\'\'\'---- ')
Run = tuple[int, int]


@dataclass(frozen=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPositionSelector:
    start: int
    end: int


@dataclass(frozen=True)
class Anchor:
    start: int | None
    end: int | None
    method: str  # "position" | "quote" | "fuzzy" | "orphan"
    score: float  # 1.0 for the exact text; the quote's similarity if "fuzzy"; 0.0 if "orphan"

    @property
    def orphaned(self) -> bool:
        return self.start is None


ORPHAN = Anchor(None, None, "orphan", 0.0)


def describe(
    text: str, start: int, end: int, context: int = CONTEXT
) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """Selectors for ``text[start:end]``; ValueError unless ``0 <= start < end <= len(text)``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"[{start}, {end}) is not a non-empty range of a text of {len(text)}")
    if context < 0:
        raise ValueError("context must not be negative")
    prefix, suffix = text[max(0, start - context) : start], text[end : end + context]
    return TextQuoteSelector(text[start:end], prefix, suffix), TextPositionSelector(start, end)


def locate(
    text: str,
    quote: TextQuoteSelector,
    position: TextPositionSelector | None = None,
    *,
    threshold: float = THRESHOLD,
) -> Anchor:
    """Find ``quote`` in ``text`` (see the module docstring); ``position`` is only a hint.

    ValueError for an empty ``exact`` or a threshold outside (0, 1]. A place equal to the
    quote but for typography is "fuzzy" with score 1.0. Many selectors in one text (a new
    revision's annotations): ``locate_all``.
    """
    return locate_all(text, [(quote, position)], threshold=threshold)[0]


def locate_all(
    text: str,
    selectors: Iterable[tuple[TextQuoteSelector, TextPositionSelector | None]],
    *,
    threshold: float = THRESHOLD,
) -> list[Anchor]:
    """``locate`` each (quote, position) of ``selectors`` in the same ``text``. Folding the
    text's typography is a pass over all of it (seconds for 20 MB): it is done once here,
    and only if some selector's words are not found as they are."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")
    folded: list[str] = []

    def folded_text() -> str:
        if not folded:
            folded.append(text.translate(_FOLD))
        return folded[0]

    return [
        _locate_one(text, quote, position, threshold, folded_text) for quote, position in selectors
    ]


def _locate_one(
    text: str,
    quote: TextQuoteSelector,
    position: TextPositionSelector | None,
    threshold: float,
    folded_text: Callable[[], str],
) -> Anchor:
    quote = _bounded(quote)
    # The common case (text unchanged, or changed elsewhere): a few slice comparisons.
    if position is not None and _holds(text, quote, position.start, position.end):
        return Anchor(position.start, position.end, "position", 1.0)
    # The words themselves, found where their context supports them, need no folding.
    verbatim = _exactly(text, quote, position, verbatim=True)
    if verbatim is not None:
        return verbatim
    folded = TextQuoteSelector(*(part.translate(_FOLD) for part in astuple(quote)))
    anchor = _locate(folded_text(), folded, position, threshold)
    if anchor.method in ("position", "quote") and text[anchor.start : anchor.end] != quote.exact:
        return Anchor(anchor.start, anchor.end, "fuzzy", anchor.score)
    return anchor


def find(
    text: str, quote: TextQuoteSelector, position: TextPositionSelector | None = None
) -> Anchor:
    """``quote`` verbatim in ``text``: "position" if the old offsets hold it with its context,
    else "quote" at the occurrence its context supports, else the orphan. Nothing is folded
    and nothing approximate is sought, so the work is a few scans of the text at most.

    ValueError for an empty ``exact``.
    """
    quote = _bounded(quote)
    if position is not None and _holds(text, quote, position.start, position.end):
        return Anchor(position.start, position.end, "position", 1.0)
    return _exactly(text, quote, position, verbatim=True) or ORPHAN


def _bounded(quote: TextQuoteSelector) -> TextQuoteSelector:
    if not quote.exact:
        raise ValueError("a TextQuoteSelector needs a non-empty exact")
    if max(len(quote.prefix), len(quote.suffix)) <= MAX_CONTEXT:
        return quote
    return TextQuoteSelector(quote.exact, quote.prefix[-MAX_CONTEXT:], quote.suffix[:MAX_CONTEXT])


def _exactly(
    text: str,
    quote: TextQuoteSelector,
    position: TextPositionSelector | None,
    *,
    verbatim: bool = False,
) -> Anchor | None:
    """The exact quote where its context supports it; None if it is nowhere supported."""
    size, hint = len(quote.exact), position.start if position is not None else None
    occurrences = _occurrences(text, quote, hint, verbatim=verbatim)
    start = _best_occurrence(text, quote, occurrences, hint)
    if start is None:
        return None
    at_hint = position is not None and (start, start + size) == (position.start, position.end)
    return Anchor(start, start + size, "position" if at_hint else "quote", 1.0)


def _locate(
    text: str, quote: TextQuoteSelector, position: TextPositionSelector | None, threshold: float
) -> Anchor:
    size, hint = len(quote.exact), position.start if position is not None else None
    if position is not None and _holds(text, quote, position.start, position.end):
        return Anchor(position.start, position.end, "position", 1.0)
    found = _exactly(text, quote, position)
    if found is not None:
        return found
    if size < _SHORT or text.find(quote.exact) != -1:
        # The quoted words still exist, just nowhere the selector vouches for; settling on
        # some other, similar text instead would be settling on different words.
        return ORPHAN
    return _fuzzy(text, quote, hint, threshold) or ORPHAN


def _holds(text: str, quote: TextQuoteSelector, start: int, end: int) -> bool:
    """Whether [start, end) holds the exact quote with its context on both sides."""
    exact = quote.exact
    return start >= 0 and text[start:end] == exact and _sides(text, start, end, quote) == 2


def _reach(quote: TextQuoteSelector) -> int:
    """How far the context was meant to reach: a side shorter than the other was cut off by
    the start or end of the document, which is itself something to check."""
    return max(len(quote.prefix), len(quote.suffix))


def _around(text: str, start: int, end: int, reach: int) -> tuple[str, str]:
    return text[max(0, start - reach) : start], text[end : end + reach]


def _sides(text: str, start: int, end: int, quote: TextQuoteSelector) -> int:
    """How many sides of [start, end) read exactly as prefix/suffix (a selector without
    context agrees everywhere)."""
    before, after = _around(text, start, end, _reach(quote))
    return (before == quote.prefix) + (after == quote.suffix)


def _context_score(text: str, start: int, end: int, quote: TextQuoteSelector) -> float:
    """Similarity (0..1) of prefix and suffix with the text around [start, end), in windows
    of the full reach, so that a short side only agrees where the document starts or ends."""
    reach = _reach(quote)
    if not reach:
        return 1.0
    before, after = _around(text, start, end, reach)
    return (_similar(quote.prefix, before) + _similar(quote.suffix, after)) / 2


def _support(quote: TextQuoteSelector, similarity: float, context: float) -> float:
    """Share of the whole selector found at a place: quote and context, by length."""
    size, sides = len(quote.exact), 2 * _reach(quote)
    return (size * similarity + sides * context) / (size + sides)


def _find_all(text: str, needle: str, limit: int | None = None, start: int = 0) -> list[int]:
    """Start of every (overlapping) occurrence from ``start``; stops after ``limit`` + 1 hits."""
    hits: list[int] = []
    at = text.find(needle, start)
    while at != -1 and (limit is None or len(hits) <= limit):
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def _occurrences(
    text: str, quote: TextQuoteSelector, hint: int | None, *, verbatim: bool
) -> list[int]:
    """The occurrences of the exact quote worth scoring: all of them if there are at most
    ``MAX_SCORED``; else, ``MAX_SCORED`` at most, those with ``_BESIDE`` characters of
    context reading on at both sides, those nearest the old place and, unless ``verbatim``
    (a new selection, which must read as the text does), those with them at one side. Each
    of these looks costs a scan of the text at most."""
    exact, size = quote.exact, len(quote.exact)
    every = _find_all(text, exact, MAX_SCORED)
    if len(every) <= MAX_SCORED:
        return every
    share = MAX_SCORED // 4
    before, after = quote.prefix[-_BESIDE:], quote.suffix[:_BESIDE]
    found = {at + len(before) for at in _find_all(text, before + exact + after, share - 1)}
    if before and not verbatim:
        found.update(at + len(before) for at in _find_all(text, before + exact, share - 1))
    if after and not verbatim:
        found.update(_find_all(text, exact + after, share - 1))
    if hint is not None:
        found.update(_find_all(text, exact, share - 1, start=max(0, hint)))
        at = hint
        for _ in range(share):
            at = text.rfind(exact, 0, at + size - 1)
            if at == -1:
                break
            found.add(at)
    return sorted(found)


def _best_occurrence(
    text: str, quote: TextQuoteSelector, occurrences: list[int], hint: int | None
) -> int | None:
    """The trusted occurrence whose context agrees best, then the nearest to the old place."""
    size = len(quote.exact)

    def distance(at: int) -> int:
        return abs(at - hint) if hint is not None else at

    # Full agreement cannot be beaten; looking for it first keeps a shifted text cheap.
    perfect = [at for at in occurrences if _sides(text, at, at + size, quote) == 2]
    if perfect:
        return min(perfect, key=distance)
    found: list[tuple[tuple[float, bool, int], int]] = []
    for at in occurrences:
        if not _same_word_edges(text, quote, at):
            # An edit glued letters to the quote ("26" -> "2600"): part of another word.
            continue
        context = _context_score(text, at, at + size, quote)
        # At the old offset with one side intact, the text on that side did not move: this
        # is the same place with its other side edited.
        vouched = at == hint and _sides(text, at, at + size, quote) == 1
        if vouched or _support(quote, 1.0, context) >= SUPPORT_FLOOR:
            found.append(((context, vouched, -distance(at)), at))
    # Best first; only the first few are aligned in detail (each costs an alignment).
    found.sort(key=lambda item: (item[0], -item[1]), reverse=True)
    alignments = _MAX_WINDOWS
    for (_, vouched, _), at in found:
        if vouched or (alignments > 0 and _aligned_at(text, quote, at)):
            return at
        alignments -= 1
    return None


def _word_edge(before: str, after: str) -> bool:
    return not (before[-1:].isalnum() and after[:1].isalnum())


def _same_word_edges(text: str, quote: TextQuoteSelector, at: int) -> bool:
    """Whether the quote at ``at`` begins and ends a word where it did (or mid-word where
    it did): as its own context shows on each side."""
    end = at + len(quote.exact)
    return _word_edge(quote.prefix, quote.exact) == _word_edge(text[:at], quote.exact) and (
        _word_edge(quote.exact, quote.suffix) == _word_edge(quote.exact, text[end : end + 1])
    )


def _aligned_at(text: str, quote: TextQuoteSelector, at: int) -> bool:
    """Whether the selector, aligned with the text around ``at``, puts the quote there.
    Context similarity forgives shifts (it must, to forgive edits), so a repeat of the quote
    a few words on scores almost as well as the lost original; aligning tells them apart,
    because there the context claims the repeat as its own."""
    found = _align(text, quote, at, at + len(quote.exact))
    return found is not None and (found.start, found.end) == (at, at + len(quote.exact))


def _fuzzy(
    text: str, quote: TextQuoteSelector, hint: int | None, threshold: float
) -> Anchor | None:
    """Best approximate match of the quote at a place its context supports."""
    best: tuple[float, int, Anchor] | None = None
    for lo, hi in _candidate_windows(text, quote, hint):
        found = _align(text, quote, lo, hi)
        if found is None:
            continue
        start, end = _settle(text, quote, found)
        similarity = _similar(quote.exact, text[start:end])
        if start >= end or similarity < threshold:
            continue
        support = _support(quote, similarity, _context_score(text, start, end, quote))
        nearness = -abs(start - hint) if hint is not None else -start
        if support >= SUPPORT_FLOOR and (best is None or (support, nearness) > best[:2]):
            best = (support, nearness, Anchor(start, end, "fuzzy", similarity))
    return best[2] if best else None


def _candidate_windows(text: str, quote: TextQuoteSelector, hint: int | None) -> list[Run]:
    """Windows of the text likely to hold the edited quote, best supported first.

    Each verbatim hit of a short fragment of prefix + exact + suffix predicts where the quote
    starts (an edit rarely destroys every fragment); predictions that agree form a cluster,
    and more distinct fragments agreeing is more support. The work is bounded by the fragment
    and window limits, not by the length of the text.
    """
    selector = quote.prefix + quote.exact + quote.suffix
    lead, size = len(quote.prefix), len(quote.exact)
    slack = size // 2 + 8  # an Indel match >= 0.8 is at most 1.5x the quote's length
    piece = min(_PIECE, len(selector))
    last = len(selector) - piece
    count = min(_MAX_PIECES, last + 1)
    votes = [(hint, -1)] if hint is not None else []
    for index in range(count):
        offset = round(index * last / max(1, count - 1))
        hits = _find_all(text, selector[offset : offset + piece], _MAX_PIECE_HITS)
        if len(hits) <= _MAX_PIECE_HITS:
            votes.extend((at - offset + lead, index) for at in hits)
    clusters: list[list[tuple[int, int]]] = []
    for vote in sorted(votes):
        if clusters and vote[0] - clusters[-1][-1][0] <= slack:
            clusters[-1].append(vote)
        else:
            clusters.append([vote])
    clusters.sort(key=lambda c: (-len({i for _, i in c}), abs(c[0][0] - (hint or 0))))
    return [(c[0][0] - slack, c[-1][0] + size + slack) for c in clusters[:_MAX_WINDOWS]]


@dataclass(frozen=True)
class _Alignment:
    start: int  # the quote's first and last matched characters, in the text
    end: int
    floor: int  # the last character matched to the prefix ends here
    ceiling: int  # the first character matched to the suffix starts here


def _align(text: str, quote: TextQuoteSelector, lo: int, hi: int) -> _Alignment | None:
    """Where the quote lies in text[lo:hi], by aligning the whole selector with the window.

    The alignment takes the longest common runs first (difflib), not the most common letters
    (an edit distance's alignment scatters single letters wherever they repeat), and the
    context takes part, so it claims its own words: once "on More Zelensky" is deleted from
    "Macron More Zelensky is two Zelensky than", the suffix keeps the second "Zelensky" and
    the quote is left with "Macr", not a different mention.
    """
    reach, lead, size = _reach(quote), len(quote.prefix), len(quote.exact)
    lo, hi = max(0, lo - reach), min(len(text), hi + reach)
    if size <= 4 * _EDGE:
        parts = _runs(text, quote, (0, lead + size + len(quote.suffix)), (lo, hi))
    else:
        # difflib is quadratic on long strings, so a long quote is placed roughly with
        # rapidfuzz's fast alignment (long blocks only) and each end is matched closely.
        ops = Indel.opcodes(quote.prefix + quote.exact + quote.suffix, text[lo:hi])
        inside = [op for op in ops if op.tag == "equal" and _within(op, lead, size) >= _PIECE]
        if not inside:
            return None
        start = lo + inside[0].dest_start + lead - inside[0].src_start
        end = lo + inside[-1].dest_end + lead + size - inside[-1].src_end
        head = _runs(text, quote, (0, lead + _EDGE), (start - _EDGE - reach, start + 2 * _EDGE))
        tail_part = (lead + size - _EDGE, lead + size + reach)
        tail = _runs(text, quote, tail_part, (end - 2 * _EDGE, end + _EDGE + reach))
        if not head[1] or not tail[1] or head[1][-1][1] > tail[1][0][0]:
            return None
        parts = (head[0], [*head[1], (head[1][-1][1], tail[1][0][0]), *tail[1]], tail[2])
    # Letters matched one or two at a time are as likely a neighbour's as the selector's.
    before, after = ([r for r in part if _width(r) >= _RUN] for part in (parts[0], parts[2]))
    runs = [run for run in parts[1] if _width(run) >= min(_RUN, size)]

    # A run at an edge of the quote, apart from the rest by some letters, is kept only if the
    # context reads on beside it: that is an edit inside the quote ("join a force" -> "join
    # an international force"). Otherwise it is a neighbour's word that the edit brought near:
    # "...café join Putin for" must not take in the "in Putin" of "café joy in Putin Ukraine"
    # once "in Putin force announced Friedrich depl" is deleted. Punctuation between is cheap:
    # cleaning changes it.
    def stray(run: Run, other: Run, front: bool) -> bool:
        between = text[run[1] : other[0]] if front else text[other[1] : run[0]]
        side, beside = (quote.prefix, 0) if front else (quote.suffix, 1)
        letters = any(map(_word, between))
        return letters and _similar(side, _around(text, *run, reach)[beside]) < _PINNED

    while len(runs) > 1 and stray(runs[0], runs[1], front=True):
        runs.pop(0)
    while len(runs) > 1 and stray(runs[-1], runs[-2], front=False):
        runs.pop()
    if not runs:
        return None
    floor, ceiling = before[-1][1] if before else lo, after[0][0] if after else hi
    return _Alignment(runs[0][0], runs[-1][1], floor, ceiling)


def _runs(
    text: str, quote: TextQuoteSelector, part: Run, region: Run
) -> tuple[list[Run], list[Run], list[Run]]:
    """Runs of the selector's characters [part] matched in text[region] (longest runs
    first), as prefix, exact and suffix runs in text coordinates."""
    selector = quote.prefix + quote.exact + quote.suffix
    lead, size = len(quote.prefix), len(quote.exact)
    lo, hi = max(0, region[0]), min(len(text), region[1])
    matcher = SequenceMatcher(None, selector[part[0] : part[1]], text[lo:hi], autojunk=False)
    found: tuple[list[Run], list[Run], list[Run]] = ([], [], [])
    bounds = ((0, lead), (lead, lead + size), (lead + size, len(selector)))
    for i, j, n in matcher.get_matching_blocks():
        i += part[0]
        for runs, (first, last) in zip(found, bounds, strict=True):
            if max(i, first) < min(i + n, last):
                runs.append((lo + j + max(i, first) - i, lo + j + min(i + n, last) - i))
    return found


def _settle(text: str, quote: TextQuoteSelector, found: _Alignment) -> Run:
    """Widen an alignment over what its ends lost to the edit, never into characters the
    context claimed: to the whole word where the quote had whole words ("Zelensky" for a
    typo-fixed "Zelenksy" whose last letters no longer line up), and over a letter or two
    changed right beside intact context."""
    exact, start, end = quote.exact, found.start, found.end
    if not (quote.prefix and _word(quote.prefix[-1]) and _word(exact[0])):
        while start > found.floor and not _edge(text, start):
            start -= 1
    if not (quote.suffix and _word(exact[-1]) and _word(quote.suffix[0])):
        while end < found.ceiling and not _edge(text, end):
            end += 1
    if 0 < start - found.floor <= _RUN and not _spaced(text[found.floor : start]):
        start = found.floor
    if 0 < found.ceiling - end <= _RUN and not _spaced(text[end : found.ceiling]):
        end = found.ceiling
    # Spaces the alignment left at an end belong to the quote only if it had them there.
    while start < end and text[start].isspace() and not exact[0].isspace():
        start += 1
    while start < end and text[end - 1].isspace() and not exact[-1].isspace():
        end -= 1
    return start, end


def _similar(a: str, b: str) -> float:
    return Indel.normalized_similarity(a, b)


def _width(run: Run) -> int:
    return run[1] - run[0]


def _within(op: Opcode, lead: int, size: int) -> int:
    """How many characters of an alignment block fall inside the quote."""
    return min(op.src_end, lead + size) - max(op.src_start, lead)


def _spaced(chars: str) -> bool:
    return any(char.isspace() for char in chars)


def _word(char: str) -> bool:
    return char.isalnum()


def _edge(text: str, at: int) -> bool:
    """Whether ``at`` is a word boundary: not between two letters or digits, nor beside an
    apostrophe inside a word ("Ukraine’s" is one word)."""
    return not (_in_word(text, at - 1) and _in_word(text, at))


def _in_word(text: str, at: int) -> bool:
    if not 0 <= at < len(text):
        return False
    if text[at] in "'’":
        return 0 < at < len(text) - 1 and _word(text[at - 1]) and _word(text[at + 1])
    return _word(text[at])
