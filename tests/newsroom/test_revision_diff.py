"""Two revisions compared block by block (newsroom/text/revision_diff.py): pure, no database."""

from __future__ import annotations

import pytest

from newsroom.text.document import PhotoText, compile_document, photo_texts
from newsroom.text.revision_diff import (
    ADDED,
    CHANGED,
    DELETE,
    EQUAL,
    INSERT,
    KIND,
    REMOVED,
    Segment,
    Unchanged,
    compare,
    counts,
    fold,
    mark_words,
)

PLEDGE = "More than two dozen countries have pledged to join a force to deploy in Ukraine."
ANNOUNCED = "Leaders announced the plan on Thursday after a summit in Paris."
MACRON = "“We have today 26 countries who have formally committed,” Macron told reporters."
UNCLEAR = "However, the American contribution remains unclear."


def doc(headline="Coalition of Willing Commits to Force", body=(), photos=None):
    content = {"headline": headline, "body": [{"kind": k, "text": t} for k, t in body]}
    return compile_document(content, photos or {})


def statuses(rows):
    return [row.status for row in rows]


def test_the_same_document_is_all_equal():
    document = doc(body=[("paragraph", PLEDGE), ("paragraph", UNCLEAR)])
    rows = compare(document, document)
    assert statuses(rows) == [EQUAL, EQUAL, EQUAL]
    assert counts(rows) == {CHANGED: 0, KIND: 0, ADDED: 0, REMOVED: 0}


def test_a_changed_headline_marks_the_words_inserted():
    old = doc("Coalition of Willing Commits", [("paragraph", PLEDGE)])
    new = doc("Coalition of the Willing Commits to Force", [("paragraph", PLEDGE)])
    rows = compare(old, new)
    assert statuses(rows) == [CHANGED, EQUAL]
    assert rows[0].kind == "headline"
    assert rows[0].segments == (
        Segment("Coalition of "),
        Segment("the ", INSERT),
        Segment("Willing Commits"),
        Segment(" to Force", INSERT),
    )


def test_a_split_paragraph_is_one_block_changed_and_one_added():
    old = doc(body=[("paragraph", f"{PLEDGE} {ANNOUNCED}"), ("paragraph", UNCLEAR)])
    new = doc(body=[("paragraph", PLEDGE), ("paragraph", ANNOUNCED), ("paragraph", UNCLEAR)])
    rows = compare(old, new)
    assert statuses(rows) == [EQUAL, CHANGED, ADDED, EQUAL]
    changed, added = rows[1], rows[2]
    assert changed.segments == (Segment(PLEDGE), Segment(f" {ANNOUNCED}", DELETE))
    assert added.new.text == ANNOUNCED and added.old is None


def test_a_paragraph_made_a_subhead_is_a_kind_change():
    old = doc(body=[("paragraph", "First concrete step"), ("paragraph", PLEDGE)])
    new = doc(body=[("subhead", "First concrete step"), ("paragraph", PLEDGE)])
    rows = compare(old, new)
    assert statuses(rows) == [EQUAL, KIND, EQUAL]
    assert (rows[1].old.kind, rows[1].new.kind) == ("paragraph", "subhead")
    assert rows[1].kind_changed


def test_a_changed_kind_and_text_is_one_changed_row_naming_both_kinds():
    old = doc(body=[("paragraph", PLEDGE)])
    new = doc(body=[("inset", PLEDGE.replace("Ukraine", "Ukraine soon"))])
    [_, row] = compare(old, new)
    assert row.status == CHANGED and row.kind_changed
    assert Segment(" soon", INSERT) in row.segments


def test_unrelated_blocks_are_removed_and_added_not_paired():
    old = doc(body=[("paragraph", PLEDGE), ("paragraph", MACRON)])
    new = doc(body=[("paragraph", PLEDGE), ("paragraph", UNCLEAR)])
    rows = compare(old, new)
    assert statuses(rows) == [EQUAL, EQUAL, REMOVED, ADDED]
    assert rows[2].old.text == MACRON and rows[3].new.text == UNCLEAR


def test_a_block_added_between_others():
    old = doc(body=[("paragraph", PLEDGE), ("paragraph", UNCLEAR)])
    new = doc(body=[("paragraph", PLEDGE), ("inset", MACRON), ("paragraph", UNCLEAR)])
    assert statuses(compare(old, new)) == [EQUAL, EQUAL, ADDED, EQUAL]


def test_a_caption_changed_names_its_photo():
    old = doc(body=[("paragraph", PLEDGE)], photos={0: PhotoText("Leaders in Paris.", "AFP")})
    new = doc(
        body=[("paragraph", PLEDGE)], photos={0: PhotoText("European leaders in Paris.", "AFP")}
    )
    rows = compare(old, new)
    [caption] = [row for row in rows if row.status != EQUAL]
    assert caption.status == CHANGED
    assert (caption.old.kind, caption.old.photo, caption.new.photo) == ("caption", 0, 0)


@pytest.mark.parametrize(
    ("old", "new", "segments"),
    [
        (
            "the quick brown fox jumps",
            "the slow red fox leaps",
            [
                ("the ", EQUAL),
                ("quick brown", DELETE),
                ("slow red", INSERT),
                (" fox ", EQUAL),
                ("jumps", DELETE),
                ("leaps", INSERT),
            ],
        ),
        (
            'He said "yes".',
            "He said “yes”.",
            [
                ("He said ", EQUAL),
                ('"', DELETE),
                ("“", INSERT),
                ("yes", EQUAL),
                ('"', DELETE),
                ("”", INSERT),
                (".", EQUAL),
            ],
        ),
        ("<b>bold</b> & co", "<b>bold</b> and co", None),
    ],
)
def test_words_are_marked_and_every_character_kept(old, new, segments):
    marked = mark_words(old, new)
    if segments is not None:
        assert [(s.text, s.op) for s in marked] == segments
    assert "".join(s.text for s in marked if s.op != INSERT) == old
    assert "".join(s.text for s in marked if s.op != DELETE) == new


@pytest.mark.parametrize(
    ("text", "framed"),
    [(" to Force", (" ", "to Force", "")), ("the ", ("", "the", " ")), ("\n\n", ("", "\n\n", ""))],
)
def test_a_mark_frames_the_words_not_the_space_beside_them(text, framed):
    assert Segment(text, INSERT).framed() == framed


def test_long_unchanged_runs_fold_with_context_beside_each_change():
    body = [("paragraph", f"Paragraph {n} of the story.") for n in range(10)]
    changed = list(body)
    changed[5] = ("paragraph", "Paragraph 5 of the whole story.")
    items = fold(compare(doc(body=body), doc(body=changed)), context=1)
    kinds = [type(item).__name__ if isinstance(item, Unchanged) else item.status for item in items]
    # headline + paragraphs 0-3 folded; 4 kept; 5 changed; 6 kept; 7-9 folded
    assert kinds == ["Unchanged", EQUAL, CHANGED, EQUAL, "Unchanged"]
    assert len(items[0].rows) == 5 and len(items[-1].rows) == 3


def test_nothing_changed_folds_whole():
    document = doc(body=[("paragraph", PLEDGE), ("paragraph", UNCLEAR)])
    [item] = fold(compare(document, document))
    assert isinstance(item, Unchanged) and len(item.rows) == 3


def test_a_very_large_rewrite_is_shown_removed_and_added():
    old = doc(body=[("paragraph", f"Old paragraph {n} here.") for n in range(60)])
    new = doc(body=[("paragraph", f"Old paragraph {n} there.") for n in range(60)])
    rows = compare(old, new)
    assert counts(rows) == {CHANGED: 0, KIND: 0, ADDED: 60, REMOVED: 60}


def test_photo_texts_are_read_from_the_documents_blocks():
    document = doc(
        body=[("paragraph", PLEDGE)],
        photos={
            0: PhotoText("Leaders in Paris.", ""),
            1: PhotoText("", ""),
            2: PhotoText("", "AFP"),
        },
    )
    assert photo_texts(document) == [
        PhotoText("Leaders in Paris.", ""),
        PhotoText("", ""),
        PhotoText("", "AFP"),
    ]
    # Photos the revision did not have get empty texts.
    assert photo_texts(document, at_least=4)[3] == PhotoText("", "")
    assert photo_texts(doc(body=[("paragraph", PLEDGE)])) == []
