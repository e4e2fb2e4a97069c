"""Story boundaries a curator moves, merges and adds (pure; no database)."""

from __future__ import annotations

import pytest

from newsroom.text import flags, story_bounds
from newsroom.text.story_bounds import Edit, apply, moved, nonblank, parse_edit
from tests.purity import django_imports

# Two stories: the second starts at line 6, after a blank line.
LINES = [
    "Council Approves New Bridge",  # 1
    "By Dana Whitfield",  # 2
    "",  # 3
    "The council voted on Monday.",  # 4
    "",  # 5
    "Library Extends Weekend Hours",  # 6
    "By Sam Okafor",  # 7
    "",  # 8
    "The library will stay open.",  # 9
    "",  # 10
]


@pytest.mark.parametrize("module", [story_bounds, flags])
def test_the_pure_cores_import_no_django(module):
    assert django_imports(module.__file__) == []


@pytest.mark.parametrize(
    "value, edit",
    [
        ("up-2", Edit("up", 2)),
        ("down-12", Edit("down", 12)),
        ("merge-1", Edit("merge", 1)),
        ("split", Edit("split")),
        ("sideways-2", None),
        ("up-", None),
        ("up-2; DROP TABLE", None),
        ("", None),
    ],
)
def test_edits_are_read_from_the_button_pressed(value, edit):
    assert parse_edit(value) == edit


def test_moving_a_start_skips_blank_lines():
    filled = nonblank(LINES)
    assert filled == [1, 2, 4, 6, 7, 9]
    assert moved([6], 2, -1, filled) == 4
    assert moved([6], 2, 1, filled) == 7
    assert apply(Edit("up", 2), [6], LINES) == [4]


def test_a_start_cannot_move_past_the_text_of_a_neighbour():
    filled = nonblank(LINES)
    # Story 1 would keep lines 1-3 after moving up from 4: fine; from 2, it would be empty.
    assert moved([2], 2, -1, filled) is None
    # Story 2 would have no text left if it started after its last line.
    assert moved([9], 2, 1, filled) is None
    assert apply(Edit("down", 2), [9], LINES) is None


def test_merge_takes_away_the_start_of_the_next_story():
    assert apply(Edit("merge", 1), [6], LINES) == []
    assert apply(Edit("merge", 2), [4, 6], LINES) == [4]
    assert apply(Edit("merge", 2), [6], LINES) is None  # the last story has no next


@pytest.mark.parametrize(
    "at, expected",
    [(6, [6]), (4, [4]), (11, None), (1, None), (None, None)],
)
def test_split_starts_a_new_story_at_a_line_of_the_text(at, expected):
    assert apply(Edit("split"), [], LINES, at=at) == expected


def test_a_split_where_a_story_starts_already_is_refused():
    assert apply(Edit("split"), [6], LINES, at=6) is None
