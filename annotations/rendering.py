"""Overlapping annotation spans -> flat, non-overlapping segments of a document's text.

Annotations nest (a quote inside a claim), overlap, abut and cross block boundaries, but HTML
elements must nest properly. So the text is cut at every span edge into segments, each
carrying the set of spans that cover it; ``render_html`` then wraps each covered segment
in one ``<mark>``: the one renderer of highlights. A page renders block by block:
``lo``/``hi`` clip to one block, so a span crossing "\\n\\n" shows in both blocks.

Pure Python; no Django here (a test checks).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable
from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple


class Span(NamedTuple):
    # A tuple, not a frozen dataclass: made, hashed and compared by the thousand per page.
    key: str
    start: int
    end: int
    kind: str = ""  # "claim" | "entity" | "quote"


class Segment(NamedTuple):
    # A tuple, not a dataclass: a page with a thousand annotations makes thousands.
    start: int
    end: int
    spans: tuple[Span, ...]  # covering spans, outermost (earliest start, then longest) first
    opened: tuple[Span, ...] = ()  # those of them that begin here (not clipped), same order


def _outer_first(span: Span) -> tuple[int, int, str, str]:
    # Uses the span's own edges, not the clipped ones: nesting is a fact about the
    # annotations, and a block boundary should not change which one counts as outer.
    return (span.start, -span.end, span.key, span.kind)


def segments(text: str, spans: Iterable[Span], lo: int = 0, hi: int | None = None) -> list[Segment]:
    """Cut ``text[lo:hi]`` at every span edge; each piece lists the spans covering it.

    The segments cover [lo, hi) exactly once, in order, and have boundaries only at lo, hi
    and span edges. Spans are clipped to [lo, hi); spans that are empty or fall outside are
    ignored, and a span given twice counts once. For m spans: a sort and a bisection per
    edge, O(m log m) comparisons, plus the size of the output (each segment's tuple of
    covering spans) and slicing the text once.
    """
    hi = len(text) if hi is None else hi
    if not 0 <= lo <= hi <= len(text):
        raise ValueError(f"[{lo}, {hi}) is not a range of a text of {len(text)}")

    # Clip, drop what is empty, then index spans (with their outer-first sort keys, which
    # are unique: equal keys would be equal spans) by where they start and end.
    starts: dict[int, list[tuple[tuple[int, int, str, str], Span]]] = {}
    ends: dict[int, list[tuple[int, int, str, str]]] = {}
    for span in dict.fromkeys(spans):
        start, end = max(span.start, lo), min(span.end, hi)
        if start < end:
            key = _outer_first(span)
            starts.setdefault(start, []).append((key, span))
            ends.setdefault(end, []).append(key)

    edges = sorted({lo, hi, *starts, *ends})
    # The covering spans in outer-first order, with their sort keys in a parallel list.
    order: list[tuple[int, int, str, str]] = []
    active: list[Span] = []
    result: list[Segment] = []
    for left, right in pairwise(edges):
        for key in ends.get(left, ()):
            i = bisect.bisect_left(order, key)
            del order[i], active[i]
        opened: tuple[Span, ...] = ()
        opening = starts.get(left)
        if opening:
            opening.sort()
            for key, span in opening:
                i = bisect.bisect_left(order, key)
                order.insert(i, key)
                active.insert(i, span)
            opened = tuple([span for _, span in opening if span.start == left])
        result.append(Segment(left, right, tuple(active), opened))
    return result


def render_html(text: str, spans: Iterable[Span], lo: int = 0, hi: int | None = None) -> str:
    """``text[lo:hi]`` as HTML, each covered segment wrapped in one ``<mark>``.

    A covered segment becomes::

        <mark class="hl hl-claim hl-quote" data-annotations="k1 k2" data-depth="2"
              data-first="k2">text</mark>

    - ``class``: "hl" plus "hl-<kind>" once per distinct kind present, sorted;
    - ``data-annotations``: keys of the covering spans, outermost first (keys are expected
      to hold no whitespace; the app uses short hex ids);
    - ``data-depth``: how many spans cover the segment (nesting depth, for shading);
    - ``data-first``: only on a segment where some spans begin, their keys: the place to
      put focus for an annotation. A span continued from before ``lo`` does not begin here.

    Text and every attribute value are escaped. "\\n" inside a block is kept as it is; the
    template decides how to show it.

    The article page calls this for every block with up to thousands of spans, so what
    needs no escaping is not escaped: the text when it holds no markup (most blocks hold
    none), the keys when they hold none (the app's never do); and each distinct set of
    kinds gets its class names once per call.
    """
    hi = len(text) if hi is None else hi
    text_plain = _MARKUP.search(text, lo, hi) is None
    classes: dict[frozenset[str], str] = {}
    out: list[str] = []
    for segment in segments(text, spans, lo, hi):
        body = text[segment.start : segment.end]
        if not text_plain:
            body = html.escape(body, quote=False)
        covering = segment.spans
        if not covering:
            out.append(body)
            continue
        kinds = frozenset(map(_kind, covering))
        names = classes.get(kinds)
        if names is None:
            names = classes[kinds] = html.escape(
                " ".join(["hl", *(f"hl-{kind}" for kind in sorted(kinds) if kind)])
            )
        keys = " ".join(map(_key, covering))
        first = " ".join(map(_key, segment.opened))
        if _ATTRIBUTE.search(keys):  # ``first`` names some of the same keys
            keys, first = html.escape(keys), html.escape(first)
        first = f' data-first="{first}"' if first else ""
        out.append(
            f'<mark class="{names}" data-annotations="{keys}" '
            f'data-depth="{len(covering)}"{first}>{body}</mark>'
        )
    return "".join(out)


_MARKUP = re.compile("[&<>]")  # what html.escape(quote=False) changes
_ATTRIBUTE = re.compile("[&<>\"']")  # what html.escape changes
_kind, _key = attrgetter("kind"), attrgetter("key")


def render_blocks(text: str, blocks: Iterable[tuple[int, int]], spans: Iterable[Span]) -> list[str]:
    """``render_html`` of each (start, end) range of ``text``, each given only the spans
    that reach into it (found by bisection, not by a pass over every span per block)."""
    ordered = sorted(spans, key=_start)
    starts = [span.start for span in ordered]
    rendered = []
    for lo, hi in blocks:
        inside = [span for span in ordered[: bisect.bisect_left(starts, hi)] if span.end > lo]
        rendered.append(render_html(text, inside, lo, hi))
    return rendered


_start = attrgetter("start")


def touching(blocks: Iterable[tuple[int, int]], spans: Iterable[Span]) -> list[int]:
    """How many of the spans reach into each (start, end) range: those starting before its
    end less those ending at or before its start (which started before it too)."""
    spans = list(spans)
    starts = sorted(span.start for span in spans)
    ends = sorted(span.end for span in spans)
    return [bisect.bisect_left(starts, hi) - bisect.bisect_right(ends, lo) for lo, hi in blocks]
