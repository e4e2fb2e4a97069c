"""The page's fast highlighter writes exactly what rendering.render_html writes."""

from __future__ import annotations

import random

import pytest

from annotations.reader import marks_html
from annotations.rendering import Span, render_html

TEXT = (
    "“We have today 26 countries who have formally committed,” Macron told reporters "
    "<b>&amp; not</b> 'all' of them.\n\nZelensky hailed the move. " * 3
)


def random_spans(seed: int, count: int) -> list[Span]:
    rng = random.Random(seed)
    spans = []
    for _ in range(count):
        start = rng.randrange(0, len(TEXT) - 1)
        end = min(len(TEXT), start + rng.randint(1, 90))
        key = f"{rng.getrandbits(48):012x}"
        spans.append(Span(key, start, end, rng.choice(["claim", "entity", "quote", ""])))
    return spans


@pytest.mark.parametrize("seed", range(25))
@pytest.mark.parametrize("count", [0, 1, 5, 60])
def test_marks_match_render_html(seed, count):
    spans = random_spans(seed, count)
    rng = random.Random(seed)
    lo = rng.randrange(0, len(TEXT) // 2)
    hi = rng.randrange(lo, len(TEXT) + 1)
    inside = [span for span in spans if span.start < hi and span.end > lo]
    assert marks_html(TEXT, inside, lo, hi) == render_html(TEXT, inside, lo, hi)


def test_nested_and_abutting_spans_match():
    spans = [
        Span("aaaaaaaaaaaa", 0, 40, "quote"),
        Span("bbbbbbbbbbbb", 15, 27, "claim"),
        Span("cccccccccccc", 27, 40, "entity"),
        Span("dddddddddddd", 15, 27, "claim"),
    ]
    assert marks_html(TEXT, spans, 0, 60) == render_html(TEXT, spans, 0, 60)
    assert "&lt;b&gt;" in marks_html(TEXT, [Span("eeeeeeeeeeee", 80, 100, "claim")], 0, 120)
