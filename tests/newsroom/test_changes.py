"""The side-by-side view of raw lines and cleaned blocks (pure; no database)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsroom.text import changes as changes_module
from newsroom.text import original_page, textmarks
from newsroom.text.changes import SourceBlock, build, source_blocks, split_lines
from tests.purity import django_imports

RAW = (
    "THE DAILY LEDGER\n"  # 1
    "\n"  # 2
    "Coalition Commits\n"  # 3
    "to Force\n"  # 4
    "By Jane Doe\n"  # 5
    "\n"  # 6
    "More than two dozen coun-\n"  # 7
    'tries have "pledged" to join.\n'  # 8
    "\n"  # 9
    "Related article: Strike Kills 2\n"  # 10
)
CHANGES = [
    {"kind": "removed", "line_start": 1, "line_end": 1, "before": "THE DAILY LEDGER", "after": ""},
    {
        "kind": "joined",
        "line_start": 3,
        "line_end": 4,
        "before": "Coalition Commits\nto Force",
        "after": "Coalition Commits to Force",
    },
    {
        "kind": "dehyphenated",
        "line_start": 7,
        "line_end": 8,
        "before": "coun-\ntries",
        "after": "countries",
    },
    {"kind": "joined", "line_start": 7, "line_end": 8, "before": "…", "after": "…"},
    {
        "kind": "quotes",
        "line_start": 8,
        "line_end": 8,
        "before": 'have "pledged',
        "after": "have “pledged",
    },
    {"kind": "quotes", "line_start": 8, "line_end": 8, "before": 'ged" to', "after": "ged” to"},
    {"kind": "inset", "line_start": 10, "line_end": 10, "before": "…", "after": "…"},
]
BLOCKS = [
    SourceBlock("headline", "Coalition Commits to Force"),
    SourceBlock("byline", "Jane Doe"),
    SourceBlock("paragraph", "More than two dozen countries have “pledged” to join.", lines=(7, 8)),
    SourceBlock("inset", "Related article: Strike Kills 2", lines=(10, 10)),
]


def marked(spans) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in spans if s.kind]


@pytest.mark.parametrize("module", [changes_module, original_page, textmarks])
def test_the_view_model_imports_no_django(module):
    assert django_imports(module.__file__) == []


def test_rows_follow_the_raw_lines_and_name_what_each_became():
    view = build(RAW, CHANGES, BLOCKS)
    assert [(r.kind, r.first, r.last) for r in view.rows] == [
        ("removed", 1, 2),
        ("headline", 3, 4),
        ("byline", 5, 6),
        ("paragraph", 7, 9),
        ("inset", 10, 11),
    ]
    assert [b.kind for b in view.rows[1].blocks] == ["headline"]
    assert view.rows[3].blocks[0].lines == (7, 8)
    assert view.unaccounted == 0


def test_removed_lines_are_marked_removed():
    line = build(RAW, CHANGES, BLOCKS).rows[0].lines[0]
    assert line.removed and line.kinds == ("removed",)
    assert "".join(s.text for s in line.spans) == "THE DAILY LEDGER"


def test_characters_left_out_of_a_line_are_marked_there_alone():
    raw = "I KURRI KURRI LABOUR TROUBLES. I\n\nThe miners are out.\n"
    change = {
        "kind": "removed",
        "line_start": 1,
        "line_end": 1,
        "before": "I KURRI KURRI LABOUR TROUBLES. I",
        "after": "KURRI KURRI LABOUR TROUBLES.",
        "reason": "margin noise",
    }
    blocks = [
        SourceBlock("headline", "KURRI KURRI LABOUR TROUBLES.", lines=(1, 1)),
        SourceBlock("paragraph", "The miners are out.", lines=(3, 3)),
    ]
    row = build(raw, [change], blocks).rows[0]
    assert not row.lines[0].removed
    assert marked(row.lines[0].spans) == [("I ", "removed"), (" I", "removed")]
    assert marked(row.blocks[0].spans) == []  # the headline is all there


def test_joined_lines_point_to_the_next():
    rows = build(RAW, CHANGES, BLOCKS).rows
    assert [line.joined_to_next for line in rows[1].lines] == [True, False]
    assert [line.joined_to_next for line in rows[3].lines] == [True, False, False]


def test_dehyphenation_and_quotes_are_marked_on_both_sides():
    paragraph = build(RAW, CHANGES, BLOCKS).rows[3]
    first, second, _ = paragraph.lines
    assert marked(first.spans) == [("coun-", "dehyphenated")]
    assert marked(second.spans) == [("tries", "dehyphenated"), ('"', "quotes"), ('"', "quotes")]
    assert marked(paragraph.blocks[0].spans) == [
        ("countries", "dehyphenated"),
        ("“", "quotes"),
        ("”", "quotes"),
    ]


def test_counts_per_kind_and_detail_only_where_it_helps():
    view = build(RAW, CHANGES, BLOCKS)
    assert {c.kind: c.count for c in view.counts} == {
        "removed": 1,
        "joined": 2,
        "dehyphenated": 1,
        "quotes": 2,
        "inset": 1,
    }
    assert view.total == 7
    detailed = {c.kind for c in view.changes if c.detailed}
    assert detailed == {"dehyphenated", "quotes"}


def test_a_line_nobody_claims_is_flagged():
    raw = RAW + "stray words the cleaner dropped silently\n"
    view = build(raw, CHANGES, BLOCKS)
    assert view.rows[-1].kind == "unaccounted"
    assert view.unaccounted == 1


def test_an_inset_inside_a_paragraph_keeps_its_own_lines():
    raw = "One\ntwo\nRelated article: X\nthree\nfour"
    blocks = [
        SourceBlock("paragraph", "One two three four", lines=(1, 5)),
        SourceBlock("inset", "Related article: X", lines=(3, 3)),
    ]
    rows = build(raw, [], blocks).rows
    assert [(r.kind, r.first, r.last, r.continued) for r in rows] == [
        ("paragraph", 1, 2, False),
        ("inset", 3, 3, False),
        ("paragraph", 4, 5, True),
    ]
    assert [len(r.blocks) for r in rows] == [1, 1, 0]


def test_blocks_and_changes_without_lines_are_listed_apart():
    blocks = [*BLOCKS, SourceBlock("publication", "The Evening Star")]
    changes = [*CHANGES, {"kind": "repaired", "line_start": 99, "line_end": 99}]
    view = build(RAW, changes, blocks)
    assert [b.kind for b in view.unplaced] == ["publication"]
    assert [c.kind for c in view.loose] == ["repaired"]
    assert view.total == 7  # placed changes; the loose one is counted per kind
    assert {c.kind: c.count for c in view.counts}["repaired"] == 1


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\r\nb\r\nc", ["a", "b", "c"]),
        ("a\rb", ["a", "b"]),
        ("a\n\nb\n", ["a", "", "b", ""]),
        ("a\x0cb\u2028c", ["a\x0cb\u2028c"]),  # only newlines split, as the cleaner does
    ],
)
def test_lines_are_numbered_as_the_cleaner_numbers_them(raw, expected):
    assert split_lines(raw) == expected


def test_old_articles_without_line_ranges_still_show_every_line():
    view = build(RAW, [], [SourceBlock("paragraph", "Text")])
    assert sum(len(r.lines) for r in view.rows) == len(split_lines(RAW))
    assert [b.kind for b in view.unplaced] == ["paragraph"]


change = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["removed", "joined", "dehyphenated", "quotes", "repaired", "x"]),
        "line_start": st.integers(-1, 8),
        "line_end": st.integers(-1, 8),
        "before": st.text(max_size=12),
        "after": st.text(max_size=12),
    }
)
block = st.builds(
    SourceBlock,
    st.sampled_from(["headline", "byline", "paragraph", "subhead", "inset", "figure"]),
    st.text(max_size=30),
    st.text(max_size=5),
    st.one_of(st.none(), st.tuples(st.integers(-1, 8), st.integers(-1, 8))),
)


@given(raw=st.text(alphabet="ab \"'-\n\r", max_size=60), changes=st.lists(change, max_size=8))
def test_every_raw_line_is_shown_exactly_once_whatever_the_report(raw, changes):
    view = build(raw, changes, [])
    shown = [line for row in view.rows for line in row.lines]
    assert [line.number for line in shown] == list(range(1, len(split_lines(raw)) + 1))
    assert ["".join(s.text for s in line.spans) for line in shown] == split_lines(raw)


@given(
    raw=st.text(alphabet="ab \"'-\n", max_size=60),
    changes=st.lists(change, max_size=8),
    blocks=st.lists(block, max_size=6),
)
def test_every_cleaned_block_is_shown_whatever_the_report(raw, changes, blocks):
    view = build(raw, changes, blocks)
    shown = [b for row in view.rows for b in row.blocks] + list(view.unplaced)
    expected = [b for b in blocks if b.text.strip() or b.lines]
    assert len(shown) >= len([b for b in expected if b.text.strip()])
    for b in shown:
        assert "".join(s.text for s in b.spans) in {x.text for x in blocks}


def test_stored_content_becomes_blocks_with_their_lines():
    content = {
        "publication": "The Daily Ledger",
        "headline": "Coalition Commits to Force",
        "byline": None,
        "dateline": "",
        "body": [
            {"kind": "figure", "photo": 0, "lines": [3, 4]},
            {"kind": "paragraph", "text": "More.", "lines": [7, 8]},
            {"kind": "subhead", "text": "Old article, no lines"},
        ],
    }
    blocks = source_blocks(content, {0: ("Leaders in Paris.", "president.gov.ua")})
    assert blocks == [
        SourceBlock("headline", "Coalition Commits to Force"),
        SourceBlock("publication", "The Daily Ledger"),
        SourceBlock("figure", "Leaders in Paris.", "president.gov.ua", (3, 4)),
        SourceBlock("paragraph", "More.", "", (7, 8)),
        SourceBlock("subhead", "Old article, no lines"),
    ]


def test_the_legend_points_to_the_first_line_of_each_kind():
    counts = {c.kind: c.first_line for c in build(RAW, CHANGES, BLOCKS).counts}
    assert counts == {"removed": 1, "joined": 3, "dehyphenated": 7, "quotes": 8, "inset": 10}


def test_a_long_text_is_shown_a_page_of_lines_at_a_time():
    view = build(RAW, CHANGES, BLOCKS, start=5, size=4)
    assert (view.first_line, view.last_line, view.line_count) == (5, 8, 11)
    assert (view.previous_page, view.next_page) == (1, 9)
    assert [(r.kind, r.first, r.last, r.continued) for r in view.rows] == [
        ("byline", 5, 6, False),
        ("paragraph", 7, 8, False),
    ]
    later = build(RAW, CHANGES, BLOCKS, start=9, size=4)
    assert [(r.kind, r.first, r.continued, len(r.blocks)) for r in later.rows] == [
        ("paragraph", 9, True, 0),
        ("inset", 10, False, 1),
    ]
    # Counts are the whole article's; legend links name the page of a kind's first line.
    assert view.total == 7
    assert {c.kind: c.first_page for c in later.counts}["quotes"] == 5
