"""Two revisions of an article, compared block by block.

Pure Python, no Django. The blocks of the older and the newer document are aligned on
their text (``difflib``); where some blocks were replaced by others, a removed and an
added block whose words mostly agree are paired as one changed block, its words marked
inserted or deleted. A block whose text stayed and whose kind did not (a paragraph made
a subhead) is a kind change. The segments are plain text: templates escape them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsroom.text.document import Document

EQUAL, CHANGED, KIND, ADDED, REMOVED = "equal", "changed", "kind", "added", "removed"
INSERT, DELETE = "insert", "delete"

# A removed and an added block count as one block changed when at least this share of
# their words agree (SequenceMatcher.ratio over words); below it they are unrelated.
PAIR_RATIO = 0.5
# Pairing compares every removed block of a stretch with every added one; a stretch
# larger than this (a re-clean that rewrote everything) is shown as removed and added.
MAX_PAIRINGS = 2500
# Words, runs of white space, and each punctuation mark on its own, so a changed comma
# or quote mark is marked alone and not the word it touches.
TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True)
class Segment:
    text: str
    op: str = EQUAL  # EQUAL, INSERT or DELETE

    def framed(self) -> tuple[str, str, str]:
        """The white space before and after the words of the segment, and the words: a
        mark drawn over the words alone reads better than one over a space beside them."""
        core = self.text.strip()
        if not core:
            return "", self.text, ""
        start = self.text.index(core)
        return self.text[:start], core, self.text[start + len(core) :]


@dataclass(frozen=True)
class Side:
    """One block of one revision, as the comparison names it."""

    kind: str
    text: str
    photo: int | None = None


@dataclass(frozen=True)
class DiffRow:
    status: str  # EQUAL, CHANGED, KIND, ADDED or REMOVED
    old: Side | None
    new: Side | None
    segments: tuple[Segment, ...] = ()  # the words marked, for CHANGED rows

    @property
    def kind_changed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.kind != self.new.kind

    @property
    def kind(self) -> str:
        side = self.new or self.old
        assert side is not None
        return side.kind


@dataclass(frozen=True)
class Unchanged:
    """A run of equal rows folded away between changes."""

    rows: tuple[DiffRow, ...]


def sides(document: Document) -> list[Side]:
    return [Side(b.kind, document.block_text(b), b.photo) for b in document.blocks]


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def mark_words(old: str, new: str) -> tuple[Segment, ...]:
    """``old`` into ``new`` as segments: kept, deleted and inserted words."""
    a, b = _tokens(old), _tokens(new)
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # A space alone kept between two changes would cut one edit into many small marks.
    merged: list[list] = []
    for i, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        between_edits = 0 < i < len(opcodes) - 1
        if tag == "equal" and between_edits and all(t.isspace() for t in a[i1:i2]):
            tag = "replace"
        if merged and merged[-1][0] != "equal" and tag != "equal":
            merged[-1][2], merged[-1][4] = i2, j2
        else:
            merged.append([tag, i1, i2, j1, j2])
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in merged:
        if tag == "equal":
            segments.append(Segment("".join(a[i1:i2])))
            continue
        if i2 > i1:
            segments.append(Segment("".join(a[i1:i2]), DELETE))
        if j2 > j1:
            segments.append(Segment("".join(b[j1:j2]), INSERT))
    return tuple(segments)


def _similarity(old: Side, new: Side) -> float:
    matcher = SequenceMatcher(None, _tokens(old.text), _tokens(new.text), autojunk=False)
    if matcher.real_quick_ratio() < PAIR_RATIO or matcher.quick_ratio() < PAIR_RATIO:
        return 0.0
    return matcher.ratio()


def _pairs(old: Sequence[Side], new: Sequence[Side]) -> list[tuple[int, int]]:
    """The removed and added blocks of one stretch to show as changed: in order, each
    pair similar enough, the most similarity in all (a longest-common-subsequence table
    weighted by similarity)."""
    if not old or not new or len(old) * len(new) > MAX_PAIRINGS:
        return []
    score = [[_similarity(o, n) for n in new] for o in old]
    best = [[0.0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            paired = best[i + 1][j + 1] + score[i][j] if score[i][j] >= PAIR_RATIO else -1.0
            best[i][j] = max(paired, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < len(old) and j < len(new):
        if score[i][j] >= PAIR_RATIO and best[i][j] == best[i + 1][j + 1] + score[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _stretch(old: Sequence[Side], new: Sequence[Side]) -> Iterable[DiffRow]:
    i = j = 0
    for pi, pj in [*_pairs(old, new), (len(old), len(new))]:
        # What lies before a pair: its removed blocks first, then its added ones.
        for side in old[i:pi]:
            yield DiffRow(REMOVED, side, None)
        for side in new[j:pj]:
            yield DiffRow(ADDED, None, side)
        if pi < len(old):
            o, n = old[pi], new[pj]
            yield DiffRow(CHANGED, o, n, mark_words(o.text, n.text))
        i, j = pi + 1, pj + 1


def compare(old: Document, new: Document) -> list[DiffRow]:
    """Every block of both revisions, in reading order, once each."""
    a, b = sides(old), sides(new)
    matcher = SequenceMatcher(None, [s.text for s in a], [s.text for s in b], autojunk=False)
    rows: list[DiffRow] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                DiffRow(EQUAL if o.kind == n.kind else KIND, o, n)
                for o, n in zip(a[i1:i2], b[j1:j2], strict=True)
            )
        else:
            rows.extend(_stretch(a[i1:i2], b[j1:j2]))
    return rows


def fold(rows: Sequence[DiffRow], *, context: int = 1) -> list[DiffRow | Unchanged]:
    """The rows with each long run of equal ones folded, keeping ``context`` rows beside
    every change; a comparison with no change at all is folded whole."""
    items: list[DiffRow | Unchanged] = []
    run: list[DiffRow] = []

    def flush(at_start: bool, at_end: bool) -> None:
        keep_before = 0 if at_start else context
        keep_after = 0 if at_end else context
        if len(run) <= keep_before + keep_after + 1:
            items.extend(run)
        else:
            items.extend(run[:keep_before])
            items.append(Unchanged(tuple(run[keep_before : len(run) - keep_after])))
            items.extend(run[len(run) - keep_after :])
        run.clear()

    for row in rows:
        if row.status == EQUAL:
            run.append(row)
            continue
        if run:
            flush(at_start=not items, at_end=False)
        items.append(row)
    if run:
        flush(at_start=not items, at_end=True)
    return items


def counts(rows: Iterable[DiffRow]) -> dict[str, int]:
    """How many rows of each status, for a summary line."""
    totals = dict.fromkeys((CHANGED, KIND, ADDED, REMOVED), 0)
    for row in rows:
        if row.status in totals:
            totals[row.status] += 1
    return totals
