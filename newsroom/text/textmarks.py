"""Find where a reported change sits in a text and mark it there. Pure; no Django.

The cleaner reports a change as a short snippet before and after (``'so-called "coalition'``
-> ``'so-called “coalition'``). The changed characters are what differs between the two;
they are looked up in the raw line (or the cleaned block) with as much of the snippet's
context as still matches, so the right one of several quote marks is marked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def changed_part(before: str, after: str) -> tuple[int, int, int, int]:
    """Where ``before`` and ``after`` differ: (start, end in before, start, end in after)."""
    p = 0
    limit = min(len(before), len(after))
    while p < limit and before[p] == after[p]:
        p += 1
    s = 0
    while s < limit - p and before[-1 - s] == after[-1 - s]:
        s += 1
    return p, len(before) - s, p, len(after) - s


def find_change(haystack: str, snippet: str, core: tuple[int, int], cursor: int) -> tuple[int, int]:
    """The changed characters of ``snippet`` found in ``haystack``, or (-1, -1).

    Tries the snippet with its context, then the core with the context on one side, then
    the bare core, each from ``cursor`` (so repeated quote marks are found in turn).
    """
    start, end = core
    attempts = [
        (snippet, start),
        (snippet[start:], 0),
        (snippet[:end], start),
        (snippet[start:end], 0),
    ]
    for needle, offset in attempts:
        if not needle.strip():
            continue
        at = haystack.find(needle, cursor)
        if at < 0:
            at = haystack.find(needle)
        if at >= 0:
            return at + offset, at + offset + (end - start)
    return -1, -1


class Marks:
    """Marked character ranges per text, kept free of overlaps."""

    def __init__(self) -> None:
        self.ranges: dict[object, list[tuple[int, int, str, int]]] = {}
        self.cursors: dict[tuple[object, str], int] = {}

    def add(self, key, start: int, end: int, kind: str, number: int) -> None:
        if start < 0 or end <= start:
            return
        taken = self.ranges.setdefault(key, [])
        if any(start < e and s < end for s, e, _, _ in taken):
            return
        taken.append((start, end, kind, number))
        self.cursors[(key, kind)] = end

    def cursor(self, key, kind: str) -> int:
        return self.cursors.get((key, kind), 0)

    def spans(self, key, text: str, make: Callable[..., T]) -> tuple[T, ...]:
        """``text`` cut at the marks: ``make(text)`` or ``make(text, tag, number)``."""
        if key not in self.ranges:
            return (make(text),)
        spans, at = [], 0
        for start, end, tag, number in sorted(self.ranges[key]):
            if start > at:
                spans.append(make(text[at:start]))
            spans.append(make(text[start:end], tag, number))
            at = end
        if at < len(text) or not spans:
            spans.append(make(text[at:]))
        return tuple(spans)
