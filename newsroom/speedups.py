"""The speed-ups the product keeps, each measured, and the only in-process caches.

A speed-up stays only if it buys at least 10% on a figure a benchmark in ``bench/``
prints; everything else is the plain, documented way. Medians on a shared, busy 2-core
machine, each pair measured in the same run or in runs back to back:

  speed-up                          saves                           measured by
  --------------------------------  ------------------------------  ---------------------------
  HIGHLIGHTS: each block's marked-  article page, 1,000             bench/article_render.py,
  up text, kept under a             annotations, annotator:         "warm" (cached) against
  fingerprint of the text, its      44.6-46.3 ms instead of         "cold" (emptied before
  blocks and every span             75.6-78.2 ms (about 40%);       every request)
  SIDEBAR_LISTS: the sidebar's      anonymous reader: 26.2-27.2 ms
  list items, kept under a          instead of 34.8-39.7 ms (25-
  fingerprint of the rows           30%); both caches together
  render_html escapes only what     "render_html, whole text":      bench/anchoring.py's
  needs it and names classes once   9.8 ms instead of 16.1 ms       workload, against the plain
  per call (it stays in             (39%); block by block as the    renderer the tests compare
  annotations/rendering.py: there   page does it, 22-24%            it with
  is one renderer)
  annotation_create validates the   API creates: 64.0 req/s instead bench/api_create.py, "api"
  annotation's fields and clean()   of 27.0 (api/bare 0.19 against  median, runs back to back
  but not what PostgreSQL checks    0.07); in-process 26 ms a       with a full full_clean(); and
  as the row goes in (its           create instead of 68 (the rest  the test client posting to
  constraints, a new uuid's         costs a query per constraint    the API, the two alternating
  uniqueness, rows just read)       and related row)
  AGREEMENT: the agreement figures  agreement dashboard, 100         bench/agreement.py, "warm"
  of every article and pooled,      articles, 10,000 annotations:    (kept) against "cold"
  kept under a fingerprint of the   86-146 ms instead of 1.7-3.6 s   (emptied before every
  texts and every span compared     (over 90%)                       request)
  The review queue's selects as     /curate/, 100 articles, 10,000  bench/curate_queue.py, "app
  plain options, made once in       annotations, first page, quotes CPU median" of each page, two
  annotations.queue.filter_options  only and page 40: app CPU 29.0- runs alternating with the
  (not rendered by the form's       30.8 ms instead of 34.6-36.4    change's parent commit
  widgets, a template per option)   (about 16%)
  Each queue row's values worked    the same: 26.6-28.3 ms instead  the same
  out in annotations.queue.rows     of 30.1-32.3 ms (about 12%)
  (names, labels, addresses, each
  event), not looked up by the
  row's template
  Each story of a page asked its    clean() of 5 MB: 10.3-11.4 s    bench/cleaning.py's input,
  language on 500 characters, on    CPU instead of 12.0-13.8 s      the two ways alternating
  2,000 only when found foreign     (14-17%); of 1 MB: 6-13%; the   in one process, four runs
  (stays in newsroom/cleaning/      benchmark's 10 MB, against the  each; and the benchmark
  language.py, story_language:      parent commit: 10% and 12%      run against the parent
  the same answer as 2,000 on 450   faster, once 4% slower (the     commit, three times
  readings of the cases)            shared machine's noise)         alternating
  The line recognisers the rules    clean() of 3 MB: 0.62-0.68 MB/s bench/cleaning.py --size-mb 3
  ask of most lines skip each       instead of 0.55-0.62 (CPU 4.46- against the parent commit,
  regular expression whose mark     4.86 s instead of 4.90-5.52 s;  four runs each, alternating
  the line lacks (split_credit:     9-16% a pair, 12% on average);
  each form's mark; run_in_title:   of 0.3 MB: 8-14%
  a dash; dateline_end: a capital
  and a day near the start;
  dateline_credit: a bracket or
  "par service")
  The structure rules make their    clean() of 1 MB: 1.50-1.70 s    bench/cleaning.py's 1 MB input
  cheap tests first: the split      CPU instead of 1.79-2.00 s      and its pages one at a time,
  rule asks the model before        (median 15%); page by page      five runs each alternating
  anything else of a paragraph,     (221 pages, 0.79 MB): 2.47-     with the parent commit; the
  the heading-over-dateline rule    2.68 s instead of 2.72-3.01 s   outputs of 522 pages compared
  reads a dateline's credit only    (median 8%)                     equal
  for a short line after a closed
  sentence, the kicker and ears'
  rules look at a kicker or a
  tagline only where their labels
  are, and the pull-quote rule
  reads each line's words once
  (all in cleaning/structure.py)

No longer a cache: a revision's text with its typography folded, once kept here while its
annotations were located (90% of "revised (60 edits)" locate in bench/anchoring.py). Now
annotations.anchoring.locate_all folds the text once for all of a revision's annotations,
which buys the same without keeping anything, and also for a text too big for any cache
(a 20 MB article was folded again for every annotation that had moved).

Measured and dropped: the reverse() of each API route kept per process (about 0.25 ms of
a create's 8-25 ms; under 10% of every printed figure). Dropped as unsupported, whatever
they bought (bench/api_create.py before and after is in the change that dropped them):
hand-written SQL for sessions, users, permissions and creation, the article "as this
process last saw it", the page's SQL built once with a placeholder spliced in, and HTML
passed through templates as NUL-marked markers. The per-process copy of revision texts
went with them: the create reads its revision row in the query that locks the article.

Caches hold only values that are a pure function of their key, so none can go stale and
two processes can never disagree (the rule against in-process state is about state; these
hold none). Each is bounded by the bytes of its keys and values, least recently used out
first. Pure Python, as the cores it serves must stay (a test checks it imports no
Django).
"""

from __future__ import annotations

import hashlib
import marshal
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
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, tuple | list | set | frozenset):
            stack.extend(obj)
        elif hasattr(obj, "__dict__") and not isinstance(obj, type):
            stack.extend(vars(obj).values())
    return total


def fingerprint(*parts: Any) -> bytes:
    """A key standing for everything a value is made of (strings, numbers, None, and
    tuples of them): their BLAKE2b digest. Small to keep and quick to make (a thousand
    annotations' rows in about a millisecond), where the parts themselves would be
    bigger than the value they key."""
    return hashlib.blake2b(marshal.dumps(parts), digest_size=32).digest()


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


HIGHLIGHTS = Cache(
    "each block's marked-up text",
    max_bytes=32 * MB,
    fresh="keyed by a fingerprint of the text, its blocks and every span drawn",
)
SIDEBAR_LISTS = Cache(
    "the sidebar's list items",
    max_bytes=32 * MB,
    fresh="keyed by a fingerprint of every row shown and the link around each id",
)
AGREEMENT = Cache(
    "agreement figures of every article and pooled",
    max_bytes=16 * MB,
    fresh="keyed by a fingerprint of every article's text and every span compared",
)
CACHES = (HIGHLIGHTS, SIDEBAR_LISTS, AGREEMENT)


def clear_all() -> None:
    """Empty every cache (for measuring cold figures; they never need it to stay right)."""
    for cache in CACHES:
        cache.clear()
