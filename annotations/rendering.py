"""Overlapping annotation spans -> flat, non-overlapping segments of a document's text.

Annotations nest (a quote inside a claim), overlap, abut and cross block boundaries, but HTML
elements must nest properly. So the text is cut at every span edge into segments, each
carrying the set of spans that cover it; a template (or ``render_html``) then wraps each
covered segment in one ``<mark>``. A page renders block by block: ``lo``/``hi`` clip to one
block, so a span crossing "\\n\\n" shows in both blocks.

Pure Python; no Django here (a test checks).
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable
from itertools import pairwise
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
      to hold no whitespace; the app uses UUIDs);
    - ``data-depth``: how many spans cover the segment (nesting depth, for shading);
    - ``data-first``: only on a segment where some spans begin, their keys: the place to
      put focus for an annotation. A span continued from before ``lo`` does not begin here.

    Text and every attribute value are escaped. "\\n" inside a block is kept as it is; the
    template decides how to show it.
    """
    out: list[str] = []
    for segment in segments(text, spans, lo, hi):
        body = html.escape(text[segment.start : segment.end], quote=False)
        if not segment.spans:
            out.append(body)
            continue
        kinds = sorted({span.kind for span in segment.spans if span.kind})
        classes = " ".join(["hl", *(f"hl-{kind}" for kind in kinds)])
        keys = " ".join(span.key for span in segment.spans)
        first = " ".join(span.key for span in segment.spans if span.start == segment.start)
        attributes = [
            f'class="{html.escape(classes)}"',
            f'data-annotations="{html.escape(keys)}"',
            f'data-depth="{len(segment.spans)}"',
        ]
        if first:
            attributes.append(f'data-first="{html.escape(first)}"')
        out.append(f"<mark {' '.join(attributes)}>{body}</mark>")
    return "".join(out)
