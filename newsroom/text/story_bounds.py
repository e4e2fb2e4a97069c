"""Story boundaries on a page: what a curator moves, merges and adds before saving.

Pure Python, no Django. A page's boundaries are the raw line numbers (1-based) where each
story after the first starts, in order; line 1 always starts the first story. Every edit
keeps each story at least one non-blank line long; an edit that cannot is refused (None).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

_EDIT = re.compile(r"^(up|down|merge)-([0-9]{1,7})$|^split$")


@dataclass(frozen=True)
class Edit:
    kind: str  # "up", "down" (move a story's start by one non-blank line), "merge", "split"
    story: int = 0  # 1-based; "merge" joins this story with the next


def parse_edit(value: str) -> Edit | None:
    found = _EDIT.match(value or "")
    if found is None:
        return None
    if value == "split":
        return Edit("split")
    return Edit(found.group(1), int(found.group(2)))


def nonblank(lines: Sequence[str]) -> list[int]:
    """The numbers of the lines with something on them."""
    return [no for no, line in enumerate(lines, 1) if line.strip()]


def _has_text(filled: list[int], first: int, last: int) -> bool:
    """Whether a non-blank line lies in first..last (``filled`` sorted)."""
    i = bisect_left(filled, first)
    return i < len(filled) and filled[i] <= last


def moved(starts: Sequence[int], story: int, step: int, filled: list[int]) -> int | None:
    """Where story ``story``'s start goes when moved ``step`` (-1 up, +1 down) to the
    next non-blank line, or None when either story would be left without text."""
    index = story - 2
    if not 0 <= index < len(starts):
        return None
    start = starts[index]
    previous = starts[index - 1] if index > 0 else 1
    following = starts[index + 1] if index + 1 < len(starts) else (filled[-1] + 1 if filled else 1)
    if step < 0:
        i = bisect_left(filled, start) - 1
        target = filled[i] if i >= 0 else None
    else:
        i = bisect_right(filled, start)
        target = filled[i] if i < len(filled) else None
    if target is None:
        return None
    if not (_has_text(filled, previous, target - 1) and _has_text(filled, target, following - 1)):
        return None
    return target


def apply(edit: Edit, starts: Sequence[int], lines: Sequence[str], *, at: int | None = None):
    """The boundaries after ``edit`` (``at`` is the line a split starts the new story at),
    or None when the edit is not possible on these boundaries."""
    starts = sorted(set(starts))
    filled = nonblank(lines)
    if edit.kind in ("up", "down"):
        target = moved(starts, edit.story, -1 if edit.kind == "up" else 1, filled)
        if target is None:
            return None
        starts[edit.story - 2] = target
        return starts
    if edit.kind == "merge":
        # Story k and k+1 become one: the start of k+1 goes.
        if not 1 <= edit.story <= len(starts):
            return None
        del starts[edit.story - 1]
        return starts
    if edit.kind == "split":
        if at is None or not 1 < at <= len(lines) or at in starts:
            return None
        return sorted([*starts, at])
    return None
