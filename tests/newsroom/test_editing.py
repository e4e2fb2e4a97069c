"""The structure editor's core: content <-> blocks, and corrections that find their block
again in another cleaner's output (newsroom/text/editing.py, pure)."""

import pytest

from newsroom.text.document import PhotoText, compile_document
from newsroom.text.editing import (
    EDITOR_REMOVAL,
    REMOVED,
    EditBlock,
    NotApplicable,
    apply,
    at,
    blocks_from_content,
    content_from_blocks,
    describe,
    replay,
)

RAW = """THE NORTHERN GAZETTE
Harbour Bridge
Opens at Last
By Jane Doe
The bridge opened on Monday after
six years of work. Crowds lined the
quay. The mayor cut the ribbon.
Trade Hopes
Merchants expect more trade.
Page 4""".splitlines()

CONTENT = {
    "publication": "The Northern Gazette",
    "headline": "Harbour Bridge Opens at Last",
    "byline": "Jane Doe",
    "deck": [],
    "body": [
        {
            "kind": "paragraph",
            "text": "The bridge opened on Monday after six years of work. Crowds lined "
            "the quay. The mayor cut the ribbon.",
            "lines": [5, 7],
        },
        {"kind": "subhead", "text": "Trade Hopes", "lines": [8, 8]},
        {"kind": "paragraph", "text": "Merchants expect more trade.", "lines": [9, 9]},
    ],
}
REMOVALS = [
    {"kind": "removed", "line_start": 1, "line_end": 1, "before": RAW[0], "reason": "masthead"},
    {
        "kind": "removed",
        "line_start": 10,
        "line_end": 10,
        "before": "Page 4",
        "reason": "page number",
    },
]


def blocks():
    return blocks_from_content(CONTENT, {}, RAW, (1, 10), REMOVALS)


def test_blocks_carry_their_raw_lines_header_fields_found_by_their_letters():
    got = [(b.kind, b.lines) for b in blocks()]
    assert got == [
        (REMOVED, (1, 1)),
        ("headline", (2, 3)),
        ("byline", (4, 4)),
        ("paragraph", (5, 7)),
        ("subhead", (8, 8)),
        ("paragraph", (9, 9)),
        (REMOVED, (10, 10)),
    ]


def test_content_round_trips_through_blocks():
    content, photos = content_from_blocks(blocks(), CONTENT)
    assert content == {**CONTENT, "kicker": None, "dateline": None}
    assert photos == []


def test_photos_become_caption_and_credit_blocks_and_come_back():
    content = {
        **CONTENT,
        "body": [*CONTENT["body"], {"kind": "figure", "photo": 0, "lines": [9, 9]}],
    }
    photos = {0: PhotoText("The bridge at dawn.", "Photo: Ann Lee")}
    got = blocks_from_content(content, photos, RAW, (1, 10))
    assert [(b.kind, b.photo) for b in got[-2:]] == [("caption", 0), ("credit", 0)]
    again, texts = content_from_blocks(got, content, photo_orders=[0])
    assert texts == [PhotoText("The bridge at dawn.", "Photo: Ann Lee")]
    assert again["body"][-1] == {"kind": "figure", "photo": 0, "lines": [9, 9]}


def test_a_subhead_made_a_paragraph_and_a_paragraph_split_at_the_caret():
    start = blocks()
    ops = [
        {"op": "kind", "at": at(start[4]), "kind": "paragraph"},
        {
            "op": "split",
            "at": at(start[3]),
            "before": "The bridge opened on Monday after six years of work. ",
        },
    ]
    got, failed = replay(start, ops, RAW)
    assert failed == []
    body = [(b.kind, b.text, b.lines) for b in got if b.kind != REMOVED][2:]
    assert body == [
        ("paragraph", "The bridge opened on Monday after six years of work.", (5, 6)),
        ("paragraph", "Crowds lined the quay. The mayor cut the ribbon.", (6, 7)),
        ("paragraph", "Trade Hopes", (8, 8)),
        ("paragraph", "Merchants expect more trade.", (9, 9)),
    ]


def test_a_line_marked_as_furniture_is_removed_with_the_editors_reason_and_can_be_restored():
    start = blocks()
    removed = apply(start, {"op": "kind", "at": at(start[2]), "kind": REMOVED})
    assert (removed[2].kind, removed[2].reason) == (REMOVED, EDITOR_REMOVAL)
    content, _ = content_from_blocks(removed, CONTENT)
    assert content["byline"] is None
    restored = apply(removed, {"op": "kind", "at": at(removed[-1]), "kind": "paragraph"})
    assert (restored[-1].kind, restored[-1].text) == ("paragraph", "Page 4")


def test_corrections_find_their_block_again_in_another_cleaners_output():
    """A new cleaner got the byline wrong differently, and the page number right: the
    editor's fixes, made on the old output, still land on the same lines."""
    old = blocks()
    ops = [
        {"op": "text", "at": at(old[1]), "old": old[1].text, "new": "Harbour Bridge Opens"},
        {"op": "kind", "at": at(old[4]), "kind": "paragraph"},
    ]
    newer = [
        EditBlock("headline", "Harbour Bridge Opens at Last", (2, 3)),
        EditBlock("paragraph", "By Jane Doe", (4, 4)),
        *old[3:6],
    ]
    got, failed = replay(newer, ops, RAW)
    assert failed == []
    assert got[0].text == "Harbour Bridge Opens"
    assert got[3] == EditBlock("paragraph", "Trade Hopes", (8, 8))


def test_a_correction_that_no_longer_applies_says_why_and_the_others_still_do():
    old = blocks()
    ops = [
        {"op": "text", "at": at(old[3]), "old": old[3].text, "new": "Rewritten."},
        {"op": "kind", "at": at(old[4]), "kind": "paragraph"},
    ]
    newer = [
        b
        if b.kind != "paragraph" or b.lines != (5, 7)
        else EditBlock("paragraph", "The bridge opened on Tuesday.", (5, 7))
        for b in old
    ]
    got, failed = replay(newer, ops, RAW)
    assert len(failed) == 1 and failed[0][0] == ops[0]
    assert "now reads “The bridge opened on Tuesday.”" in failed[0][1]
    assert got[4].kind == "paragraph"


def test_a_merge_checks_the_block_it_joins():
    old = blocks()
    op = {"op": "merge", "at": at(old[4]), "next": at(old[5])}
    merged = apply(old, op)
    assert merged[4] == EditBlock("subhead", "Trade Hopes Merchants expect more trade.", (8, 9))
    moved = apply(old, {"op": "move", "at": at(old[5]), "by": -1})
    with pytest.raises(NotApplicable, match="no longer followed by"):
        apply(moved, op)


def test_set_types_a_header_field_in_whole_and_refuses_when_it_changed():
    got = apply(
        blocks(), {"op": "set", "kind": "byline", "old": "Jane Doe", "new": "Jane Doe, Staff"}
    )
    assert [b.text for b in got if b.kind == "byline"] == ["Jane Doe, Staff"]
    with pytest.raises(NotApplicable, match="now reads “Jane Doe”"):
        apply(blocks(), {"op": "set", "kind": "byline", "old": "John Roe", "new": "X"})
    added = apply(blocks(), {"op": "set", "kind": "dateline", "old": "", "new": "OSLO, May 1"})
    assert [b.kind for b in added[:4]] == [REMOVED, "headline", "byline", "dateline"]


def test_a_caption_of_no_photo_gets_a_photo_of_its_own():
    start = blocks()
    got = apply(start, {"op": "kind", "at": at(start[5]), "kind": "caption"})
    content, photos = content_from_blocks(got, CONTENT, photo_orders=[])
    assert photos == [PhotoText("Merchants expect more trade.", "")]
    assert content["body"][-1] == {"kind": "figure", "photo": 0, "lines": [9, 9]}
    document = compile_document(content, dict(enumerate(photos)))
    assert "Merchants expect more trade." in document.text


def test_every_correction_is_said_in_words():
    old = blocks()
    assert describe({"op": "kind", "at": at(old[4]), "kind": "paragraph"}) == (
        "“Trade Hopes” (line 8) is a paragraph"
    )
    assert describe({"op": "kind", "at": at(old[-1]), "kind": "paragraph"}) == (
        "“Page 4” (line 10) restored as paragraph"
    )


def test_set_gives_a_photo_its_caption_or_credit_where_the_cleaner_has_none():
    content = {**CONTENT, "body": [*CONTENT["body"], {"kind": "figure", "photo": 0}]}
    start = blocks_from_content(content, {0: PhotoText("The bridge at dawn.", "")}, RAW, (1, 10))
    op = {"op": "set", "kind": "credit", "photo": 0, "old": "", "new": "Photo: Ann Lee"}
    got = apply(start, op)
    _, photos = content_from_blocks(got, content, photo_orders=[0])
    assert photos == [PhotoText("The bridge at dawn.", "Photo: Ann Lee")]
    assert describe(op) == "Credit of photo 1 set to “Photo: Ann Lee”"
    with pytest.raises(NotApplicable, match=r"now reads “The bridge at dawn\.”"):
        apply(start, {"op": "set", "kind": "caption", "photo": 0, "old": "Dusk.", "new": "X"})
