from __future__ import annotations

import pytest

from annotations.rendering import Segment, Span, render_html, segments

SENTENCE = "Macron said “we have today 26 countries” on Thursday."
QUOTE = (SENTENCE.index("“"), SENTENCE.index("”") + 1)
TWO_BLOCKS = (
    "Zelensky hailed the move.\n\n“I think that today, for the first time in a long time, "
    "this is the first such serious concrete step,” he said."
)
BREAK = TWO_BLOCKS.index("\n\n")


def covered(text: str, found: list[Segment]) -> list[tuple[str, list[str]]]:
    return [(text[s.start : s.end], [span.key for span in s.spans]) for s in found]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param(
            [Span("claim", 0, len(SENTENCE), "claim"), Span("quote", *QUOTE, "quote")],
            [
                ("Macron said ", ["claim"]),
                ("“we have today 26 countries”", ["claim", "quote"]),
                (" on Thursday.", ["claim"]),
            ],
            id="quote nested in a claim",
        ),
        pytest.param(
            [Span("quote", *QUOTE, "quote"), Span("claim", 0, len(SENTENCE), "claim")],
            [
                ("Macron said ", ["claim"]),
                ("“we have today 26 countries”", ["claim", "quote"]),
                (" on Thursday.", ["claim"]),
            ],
            id="outermost first whatever the input order",
        ),
        pytest.param(
            [Span("who", 0, 6, "entity"), Span("said", 6, 11, "claim")],
            [("Macron", ["who"]), (" said", ["said"]), (SENTENCE[11:], [])],
            id="adjacent spans stay apart",
        ),
        pytest.param(
            [Span("a", 0, 11, "claim"), Span("b", 7, 20, "claim")],
            [
                ("Macron ", ["a"]),
                ("said", ["a", "b"]),
                (SENTENCE[11:20], ["b"]),
                (SENTENCE[20:], []),
            ],
            id="overlapping spans",
        ),
        pytest.param(
            [Span("long", 0, 20, "claim"), Span("short", 0, 6, "entity")],
            [("Macron", ["long", "short"]), (SENTENCE[6:20], ["long"]), (SENTENCE[20:], [])],
            id="same start: the longer is outer",
        ),
        pytest.param(
            [Span("empty", 5, 5), Span("backwards", 9, 3), Span("beyond", 200, 300)],
            [(SENTENCE, [])],
            id="empty and out-of-range spans are ignored",
        ),
        pytest.param(
            [Span("twice", 0, 6, "entity"), Span("twice", 0, 6, "entity")],
            [("Macron", ["twice"]), (SENTENCE[6:], [])],
            id="a span given twice counts once",
        ),
    ],
)
def test_segments(spans: list[Span], expected: list[tuple[str, list[str]]]) -> None:
    assert covered(SENTENCE, segments(SENTENCE, spans)) == expected


def test_span_crossing_blocks_shows_in_both() -> None:
    crossing = Span("c", TWO_BLOCKS.index("move"), TWO_BLOCKS.index("today"), "claim")
    first = segments(TWO_BLOCKS, [crossing], 0, BREAK)
    second = segments(TWO_BLOCKS, [crossing], BREAK + 2, len(TWO_BLOCKS))
    assert covered(TWO_BLOCKS, first) == [("Zelensky hailed the ", []), ("move.", ["c"])]
    assert covered(TWO_BLOCKS, second)[0] == ("“I think that ", ["c"])
    assert "data-first" in render_html(TWO_BLOCKS, [crossing], 0, BREAK)
    assert "data-first" not in render_html(TWO_BLOCKS, [crossing], BREAK + 2, len(TWO_BLOCKS))


def test_segments_of_an_empty_range() -> None:
    assert segments(SENTENCE, [Span("a", 0, 6)], 6, 6) == []


@pytest.mark.parametrize(("lo", "hi"), [(-1, 5), (5, 4), (0, len(SENTENCE) + 1)])
def test_segments_reject_a_range_outside_the_text(lo: int, hi: int) -> None:
    with pytest.raises(ValueError, match="not a range"):
        segments(SENTENCE, [], lo, hi)


def test_render_nested_quote_in_claim() -> None:
    spans = [
        Span("c1", 0, len(SENTENCE), "claim"),
        Span("q1", *QUOTE, "quote"),
        Span("e1", 0, 6, "entity"),
    ]
    assert render_html(SENTENCE, spans) == (
        '<mark class="hl hl-claim hl-entity" data-annotations="c1 e1" data-depth="2" '
        'data-first="c1 e1">Macron</mark>'
        '<mark class="hl hl-claim" data-annotations="c1" data-depth="1"> said </mark>'
        '<mark class="hl hl-claim hl-quote" data-annotations="c1 q1" data-depth="2" '
        'data-first="q1">“we have today 26 countries”</mark>'
        '<mark class="hl hl-claim" data-annotations="c1" data-depth="1"> on Thursday.</mark>'
    )


def test_render_leaves_uncovered_text_bare_and_keeps_newlines() -> None:
    text = "Related article\nMacron’s café visit"
    html = render_html(text, [Span("e", text.index("Macron"), text.index("’"), "entity")])
    assert html == (
        "Related article\n"
        '<mark class="hl hl-entity" data-annotations="e" data-depth="1" data-first="e">'
        "Macron</mark>’s café visit"
    )


def test_render_escapes_text_keys_and_kinds() -> None:
    text = 'Tom & Jerry <script>alert("x")</script>'
    html = render_html(text, [Span('k"1>', 0, 3, 'kind" onclick="x'), Span("k2", 6, 11)])
    assert "<script>" not in html
    assert "Tom</mark> &amp; <mark" in html
    assert "&lt;script&gt;" in html
    assert 'data-annotations="k&quot;1&gt;"' in html
    assert 'class="hl hl-kind&quot; onclick=&quot;x"' in html
    assert 'class="hl" data-annotations="k2"' in html  # no kind, no kind class


def test_render_a_block_only() -> None:
    html = render_html(TWO_BLOCKS, [Span("z", 0, 8, "entity")], 0, BREAK)
    assert html.endswith(" hailed the move.")
    assert "\n\n" not in html
