"""The speed-ups the product keeps, each measured, and the only in-process caches.

A speed-up stays only if it buys at least 10% on a figure a benchmark in ``bench/``
prints; everything else is the plain, documented way. Medians on a shared 2-core machine,
each pair measured in the same run, alternating:

  speed-up                          saves                           measured by
  --------------------------------  ------------------------------  ---------------------------
  FOLDED: a revision's text with    locate, revised text (60        bench/anchoring.py, "revised
  its typography folded, kept       edits): 665-719 ms instead of   (60 edits)" locate, with
  while its annotations are         7,518-8,107 ms (about 90%)      _folded cached and not
  located
  HIGHLIGHTS: each block's marked-  article page, 1,000             bench/article_render.py,
  up text, kept under the text,     annotations: WARM_COLD          "warm" (cached) against
  its blocks and every span                                         "cold" (emptied before
  SIDEBAR_LISTS: the sidebar's      (counted with HIGHLIGHTS)       every request)
  list items, kept under the rows
  render_html escapes only what     "render_html, whole text":      bench/anchoring.py's
  needs it and names classes once   9.8 ms instead of 16.1 ms       workload, against the plain
  per call (it stays in             (39%); block by block as the    renderer the tests compare
  annotations/rendering.py: there   page does it, 22-24%            it with
  is one renderer)

Measured and removed (under 10% on every printed figure): a process-wide reverse() of
each API route (about 0.25 ms of a create's 8-25 ms), a per-process copy of revision texts
and of where each article stood (the create reads its revision row anyway, under lock),
the page's SQL built once per visibility, hand-written SQL for sessions, users,
permissions and creation, and HTML passed around templates as markers.

Caches hold only values that are a pure function of their key, so none can go stale and
two processes can never disagree (the rule against in-process state is about state; these
hold none). Each is bounded by the bytes of its keys and values, least recently used out
first. Pure Python: the anchoring core uses this module (a test checks it imports no
Django).
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

V = TypeVar("V")

MB = 1024 * 1024


def size_of(*objects: Any) -> int:
    """Bytes held by the objects and everything they contain, each object counted once."""
    seen: set[int] = set()
    stack = list(objects)
    total = 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, str | bytes | int | float | bool) or obj is None:
            continue
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, tuple | list | set | frozenset):
            stack.extend(obj)
        elif hasattr(obj, "__dict__"):
            stack.extend(vars(obj).values())
    return total


class Cache:
    """Values made by a pure function of their key, least recently used out first, within
    ``max_bytes`` (keys included). A value bigger than the whole cache is not kept."""

    def __init__(self, name: str, *, max_bytes: int, fresh: str):
        self.name = name
        self.max_bytes = max_bytes
        self.fresh = fresh  # why a kept value can never be stale
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self.size = 0

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found[0]
        value = make()
        size = size_of(key, value)
        if size <= self.max_bytes:
            with self._lock:
                if key not in self._entries:
                    self._entries[key] = (value, size)
                    self.size += size
                    while self.size > self.max_bytes:
                        _, (_, dropped) = self._entries.popitem(last=False)
                        self.size -= dropped
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.size = 0

    def __len__(self) -> int:
        return len(self._entries)


FOLDED = Cache(
    "texts with typography folded",
    max_bytes=16 * MB,
    fresh="keyed by the text itself",
)
HIGHLIGHTS = Cache(
    "each block's marked-up text",
    max_bytes=32 * MB,
    fresh="keyed by the text, its blocks and every span (key, start, end, kind) drawn",
)
SIDEBAR_LISTS = Cache(
    "the sidebar's list items",
    max_bytes=32 * MB,
    fresh="keyed by every row shown and the link around each annotation's id",
)
CACHES = (FOLDED, HIGHLIGHTS, SIDEBAR_LISTS)


def clear_all() -> None:
    """Empty every cache (for measuring cold figures; they never need it to stay right)."""
    for cache in CACHES:
        cache.clear()
