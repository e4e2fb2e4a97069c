"""The one highlight renderer: its shortcuts change nothing, and the sidebar says each row."""

from __future__ import annotations

import html
import random
import re
from html import escape

import pytest

from annotations.highlights import Highlighter, Row, density_html, items_html
from annotations.rendering import Span, render_blocks, render_html, segments
from newsroom.text.document import Block, Document

TEXT = (
    "“We have today 26 countries who have formally committed,” Macron told reporters "
    "<b>&amp; not</b> 'all' of them.\n\nZelensky hailed the move. " * 3
)


def plainly(text: str, spans, lo: int, hi: int) -> str:
    """render_html's markup written the plain way: everything escaped, every time."""
    out = []
    for segment in segments(text, spans, lo, hi):
        body = html.escape(text[segment.start : segment.end], quote=False)
        if not segment.spans:
            out.append(body)
            continue
        kinds = sorted({span.kind for span in segment.spans if span.kind})
        keys = " ".join(span.key for span in segment.spans)
        first = " ".join(span.key for span in segment.spans if span.start == segment.start)
        attributes = [
            f'class="{html.escape(" ".join(["hl", *(f"hl-{kind}" for kind in kinds)]))}"',
            f'data-annotations="{html.escape(keys)}"',
            f'data-depth="{len(segment.spans)}"',
        ]
        if first:
            attributes.append(f'data-first="{html.escape(first)}"')
        out.append(f"<mark {' '.join(attributes)}>{body}</mark>")
    return "".join(out)


def random_spans(seed: int, count: int, keys: str = "hex") -> list[Span]:
    rng = random.Random(seed)
    spans = []
    for _ in range(count):
        start = rng.randrange(0, len(TEXT) - 1)
        end = min(len(TEXT), start + rng.randint(1, 90))
        key = f"{rng.getrandbits(48):012x}"
        if keys == "markup":
            key = rng.choice(["<k>", "a&b", 'q"', "it's"]) + key
        spans.append(Span(key, start, end, rng.choice(["claim", "entity", "quote", ""])))
    return spans


@pytest.mark.parametrize("keys", ["hex", "markup"])
@pytest.mark.parametrize("seed", range(25))
@pytest.mark.parametrize("count", [0, 1, 5, 60])
def test_shortcuts_change_nothing(seed, count, keys):
    spans = random_spans(seed, count, keys)
    rng = random.Random(seed)
    lo = rng.randrange(0, len(TEXT) // 2)
    hi = rng.randrange(lo, len(TEXT) + 1)
    assert render_html(TEXT, spans, lo, hi) == plainly(TEXT, spans, lo, hi)


def test_nested_and_abutting_spans():
    spans = [
        Span("aaaaaaaaaaaa", 0, 40, "quote"),
        Span("bbbbbbbbbbbb", 15, 27, "claim"),
        Span("cccccccccccc", 27, 40, "entity"),
        Span("dddddddddddd", 15, 27, "claim"),
    ]
    assert render_html(TEXT, spans, 0, 60) == plainly(TEXT, spans, 0, 60)
    assert "&lt;b&gt;" in render_html(TEXT, [Span("eeeeeeeeeeee", 80, 100, "claim")], 0, 120)


def test_blocks_render_as_their_own_ranges():
    spans = random_spans(3, 60)
    ranges = [(0, 60), (60, 61), (62, 200), (200, len(TEXT))]
    assert render_blocks(TEXT, ranges, spans) == [
        render_html(TEXT, spans, lo, hi) for lo, hi in ranges
    ]


def row(**fields) -> Row:
    base = {
        "pk": "0f8e4b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
        "kind": "quote",
        "start": 0,
        "end": 10,
        "exact": "We have today",
        "status": "proposed",
        "author": "ana",
        "entity": None,
        "entity_kind": None,
        "speaker": "Macron",
        "claimant": None,
        "verdict": "unreviewed",
        "quote_type": "direct",
        "key": "0f8e4b2a1c3d",
    }
    return Row(**{**base, **fields})


def test_each_list_item_says_its_own_row():
    """Summaries are worked out once per distinct set of fields: rows differing in any one
    of them still get their own."""
    variants = [
        row(),
        row(kind="claim", claimant="<i>Kremlin</i>", verdict="false"),
        row(kind="claim", claimant="<i>Kremlin</i>", verdict="mostly_true"),
        row(kind="entity", entity="Paris", entity_kind="place"),
        row(kind="entity", entity="Paris", entity_kind="organization"),
        row(speaker="Zelensky"),
        row(quote_type="indirect"),
        row(author="ben"),
        row(status="accepted"),
    ]
    html = items_html(variants)
    metas = re.findall(r'<span class="ann-meta">(.*?)</span>', html)
    assert metas == [escape(r.summary()) for r in variants]
    assert len(set(metas)) == len(variants)
    assert "&lt;i&gt;Kremlin&lt;/i&gt;" in html


def test_highlights_follow_the_spans_they_are_made_of():
    document = Document(TEXT, (Block("paragraph", 0, 60), Block("paragraph", 62, 120)))
    first = row(start=3, end=20, kind="claim", key="aaaaaaaaaaaa")
    moved = first._replace(end=25)
    before = Highlighter([first])(document, document.blocks[0])
    assert Highlighter([first])(document, document.blocks[0]) is before  # again: cached
    after = Highlighter([moved])(document, document.blocks[0])
    marks = render_html(TEXT, [Span("aaaaaaaaaaaa", 3, 25, "claim")], 0, 60)
    assert after == density_html(1) + marks != before
    assert Highlighter([])(document, document.blocks[1]) == escape(TEXT[62:120], quote=False)
