"""The compile step: structured content -> one text + blocks (pure, no database)."""

from __future__ import annotations

import pytest

from newsroom.text.document import SEPARATOR, Document, PhotoText, compile_document, layout

CONTENT = {
    "headline": "Coalition of Willing Commits to Ukraine Force if Peace Agreed",
    "byline": "By Staff Reporter",
    "body": [
        {"kind": "figure", "photo": 0},
        {"kind": "paragraph", "text": "More than two dozen countries have pledged."},
        {"kind": "subhead", "text": "‘First concrete step’"},
        {"kind": "inset", "text": "Related article: A teaser\nSecond line."},
        {"kind": "paragraph", "text": "However, the contribution remains unclear."},
    ],
}
PHOTOS = {0: PhotoText("Leaders at a summit in Paris.", "president.gov.ua")}


def test_blocks_slice_their_own_text_out_of_the_document():
    document = compile_document(CONTENT, PHOTOS)
    texts = [(b.kind, document.block_text(b)) for b in document.blocks]
    assert texts == [
        ("headline", CONTENT["headline"]),
        ("byline", "By Staff Reporter"),
        ("caption", "Leaders at a summit in Paris."),
        ("credit", "president.gov.ua"),
        ("paragraph", "More than two dozen countries have pledged."),
        ("subhead", "‘First concrete step’"),
        ("inset", "Related article: A teaser\nSecond line."),
        ("paragraph", "However, the contribution remains unclear."),
    ]


def test_blocks_are_joined_by_one_separator_and_cover_the_text():
    document = compile_document(CONTENT, PHOTOS)
    rebuilt = SEPARATOR.join(document.block_text(b) for b in document.blocks)
    assert rebuilt == document.text
    assert document.blocks[0].start == 0
    assert document.blocks[-1].end == len(document.text)


def test_caption_and_credit_carry_their_photo():
    document = compile_document(CONTENT, PHOTOS)
    assert [b.photo for b in document.blocks if b.kind in ("caption", "credit")] == [0, 0]


def test_photo_not_placed_in_body_is_shown_after_byline():
    content = {**CONTENT, "body": [{"kind": "paragraph", "text": "Body."}]}
    document = compile_document(content, {3: PhotoText("Added by an editor.", "")})
    assert [b.kind for b in document.blocks] == ["headline", "byline", "caption", "paragraph"]


@pytest.mark.parametrize(
    ("dateline", "shown"),
    [
        # Printed in the text, as a dispatch sets it: shown there, once.
        ("FORBES, Tuesday", False),
        ("FORBES,  Tuesday", False),  # however the spaces fell
        # Only in the header (a date from the masthead, or a dateline set apart): a block.
        ("Monday, March 3, 1924", True),
    ],
)
def test_a_dateline_printed_in_the_text_is_no_block_of_its_own(dateline, shown):
    body = [{"kind": "paragraph", "text": "FORBES, Tuesday.-The hearing of two charges."}]
    document = compile_document({**CONTENT, "dateline": dateline, "body": body}, {})
    kinds = [b.kind for b in document.blocks]
    assert kinds == ["headline", "byline", *(["dateline"] if shown else []), "paragraph"]
    assert document.text.count("FORBES") == 1 + (dateline.startswith("FORBES") and shown)


def test_photo_without_caption_or_credit_keeps_an_empty_figure_marker():
    document = compile_document(CONTENT, {0: PhotoText("", "")})
    figure = [b for b in document.blocks if b.kind == "figure"]
    assert len(figure) == 1 and figure[0].start == figure[0].end and figure[0].photo == 0


@pytest.mark.parametrize("headline", ["", "   ", None])
def test_headline_is_required(headline):
    with pytest.raises(ValueError, match="headline"):
        compile_document({**CONTENT, "headline": headline}, PHOTOS)


def test_unknown_body_kind_is_refused():
    with pytest.raises(ValueError, match="Unknown body item kind"):
        compile_document({**CONTENT, "body": [{"kind": "sidebar", "text": "x"}]}, {})


def test_empty_blocks_are_left_out_and_whitespace_trimmed():
    content = {
        "headline": "  Title  ",
        "body": [{"kind": "paragraph", "text": "  "}, {"kind": "paragraph", "text": " Text. "}],
    }
    document = compile_document(content, {})
    assert document.text == "Title\n\nText."


def test_json_round_trip():
    document = compile_document(CONTENT, PHOTOS)
    assert Document.from_json(document.text, document.blocks_json()) == document


def test_layout_groups_caption_and_credit_into_one_figure():
    items = layout(compile_document(CONTENT, PHOTOS))
    kinds = [(item.kind, len(item.blocks)) for item in items]
    assert kinds == [
        ("headline", 1),
        ("byline", 1),
        ("figure", 2),
        ("paragraph", 1),
        ("subhead", 1),
        ("inset", 1),
        ("paragraph", 1),
    ]


def test_kicker_comes_before_the_headline_and_each_deck_line_after_it():
    content = {
        **CONTENT,
        "kicker": "Ukraine war",
        "deck": ["Twenty-six countries pledge troops", "  ", "Washington’s part unclear"],
    }
    document = compile_document(content, PHOTOS)
    texts = [(b.kind, document.block_text(b)) for b in document.blocks][:5]
    assert texts == [
        ("kicker", "Ukraine war"),
        ("headline", CONTENT["headline"]),
        ("deck", "Twenty-six countries pledge troops"),
        ("deck", "Washington’s part unclear"),
        ("byline", "By Staff Reporter"),
    ]
    assert [item.kind for item in layout(document)][:4] == ["kicker", "headline", "deck", "deck"]


def test_a_kicker_alone_is_no_headline():
    with pytest.raises(ValueError, match="headline"):
        compile_document({"kicker": "Analysis", "headline": " ", "body": []}, {})
