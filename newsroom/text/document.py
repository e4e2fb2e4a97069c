"""Structured article -> one document (text + blocks): the annotation coordinate space.

Pure Python, no Django. Every revision of an article compiles its structured content
(kicker, headline, deck, byline, dateline, photos with captions and credits, subheads,
paragraphs, insets) into one plain ``text``, the blocks joined by a blank line, plus the list of
``blocks`` saying which range of the text is what. Annotations anchor into ``text``
with W3C selectors; exports use the same offsets; the reader renders block by block.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SEPARATOR = "\n\n"

# Block kinds in the compiled document. "figure" is an empty marker for a photo that
# has neither caption nor credit, so the reader still knows where to show it.
# A kicker is the short label printed above a headline ("ANALYSIS", "Ukraine war"); a
# deck is a line of summary printed under it, each deck line its own block.
KICKER, HEADLINE, DECK = "kicker", "headline", "deck"
BYLINE, DATELINE = "byline", "dateline"
CAPTION, CREDIT, FIGURE = "caption", "credit", "figure"
PARAGRAPH, SUBHEAD, INSET = "paragraph", "subhead", "inset"
BODY_KINDS = (PARAGRAPH, SUBHEAD, INSET)
PHOTO_KINDS = (CAPTION, CREDIT, FIGURE)
BLOCK_KINDS = (KICKER, HEADLINE, DECK, BYLINE, DATELINE, *PHOTO_KINDS, *BODY_KINDS)


@dataclass(frozen=True)
class Block:
    kind: str
    start: int
    end: int
    photo: int | None = None  # Photo.order for caption, credit and figure blocks

    def to_json(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "photo": self.photo}


@dataclass(frozen=True)
class Document:
    text: str
    blocks: tuple[Block, ...]

    @classmethod
    def from_json(cls, text: str, blocks: Iterable[Mapping]) -> Document:
        return cls(
            text,
            tuple(Block(b["kind"], b["start"], b["end"], b.get("photo")) for b in blocks),
        )

    def blocks_json(self) -> list[dict]:
        return [block.to_json() for block in self.blocks]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None


@dataclass(frozen=True)
class PhotoText:
    caption: str = ""
    credit: str = ""


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.length = 0

    def add(self, kind: str, text: str | None, photo: int | None = None) -> bool:
        text = (text or "").strip()
        if not text:
            return False
        if self.parts:
            self.parts.append(SEPARATOR)
            self.length += len(SEPARATOR)
        self.parts.append(text)
        self.blocks.append(Block(kind, self.length, self.length + len(text), photo))
        self.length += len(text)
        return True

    def add_photo(self, order: int, photo: PhotoText) -> None:
        has_caption = self.add(CAPTION, photo.caption, order)
        has_credit = self.add(CREDIT, photo.credit, order)
        if not (has_caption or has_credit):
            self.blocks.append(Block(FIGURE, self.length, self.length, order))

    def document(self) -> Document:
        return Document("".join(self.parts), tuple(self.blocks))


def compile_document(content: Mapping, photos: Mapping[int, PhotoText]) -> Document:
    """Compile structured content and its photos into one document.

    ``content`` is the stored structured article: ``headline``, optional ``kicker``,
    ``deck`` (a list of lines), ``byline`` and ``dateline``, and ``body``, a reading-order
    list of ``{"kind": "paragraph" | "subhead" | "inset", "text": ...}`` and
    ``{"kind": "figure", "photo": order}`` items. ``photos`` maps Photo.order to its
    caption and credit. A photo the body does not place (added by an editor, say) is shown
    after the byline, so no caption is ever left out.
    """
    if not (content.get("headline") or "").strip():
        raise ValueError("An article needs a headline.")
    builder = _Builder()
    builder.add(KICKER, content.get("kicker"))
    builder.add(HEADLINE, content.get("headline"))
    for line in content.get("deck") or []:
        builder.add(DECK, line)
    builder.add(BYLINE, content.get("byline"))
    body = list(content.get("body") or [])
    if not _printed_in_the_text(content.get("dateline"), body):
        builder.add(DATELINE, content.get("dateline"))

    placed = {item.get("photo") for item in body if item.get("kind") == FIGURE}
    for order in sorted(set(photos) - placed):
        builder.add_photo(order, photos[order])
    for item in body:
        kind = item.get("kind")
        if kind == FIGURE:
            if item.get("photo") in photos:
                builder.add_photo(item["photo"], photos[item["photo"]])
        elif kind in BODY_KINDS:
            builder.add(kind, item.get("text"))
        else:
            raise ValueError(f"Unknown body item kind: {kind!r}")
    return builder.document()


@dataclass(frozen=True)
class LayoutItem:
    """What the reader renders as one unit: a block, or a photo's caption and credit."""

    kind: str
    blocks: tuple[Block, ...]
    photo: int | None = None


def layout(document: Document) -> list[LayoutItem]:
    items: list[LayoutItem] = []
    for block in document.blocks:
        if block.kind in PHOTO_KINDS:
            last = items[-1] if items else None
            if last is not None and last.kind == FIGURE and last.photo == block.photo:
                items[-1] = LayoutItem(FIGURE, (*last.blocks, block), block.photo)
            else:
                items.append(LayoutItem(FIGURE, (block,), block.photo))
        else:
            items.append(LayoutItem(block.kind, (block,)))
    return items


def photo_texts(document: Document, *, at_least: int = 0) -> list[PhotoText]:
    """The caption and credit of every photo as ``document`` printed them, by photo order
    (0 up to the last it names, and at least ``at_least`` of them): what restoring that
    revision gives each photo, empty for one it did not have."""
    captions: dict[int, str] = {}
    credits: dict[int, str] = {}
    for block in document.blocks:
        if block.photo is None:
            continue
        if block.kind == CAPTION:
            captions[block.photo] = document.block_text(block)
        elif block.kind == CREDIT:
            credits[block.photo] = document.block_text(block)
    photos = {block.photo for block in document.blocks if block.photo is not None}
    count = max(at_least, max(photos, default=-1) + 1)
    return [PhotoText(captions.get(n, ""), credits.get(n, "")) for n in range(count)]


def _printed_in_the_text(dateline: str | None, body: list) -> bool:
    """Whether the first paragraph opens with the dateline, as a dispatch prints it
    ("FORBES, Tuesday.—The hearing …"): the reader then shows it there, once."""
    dateline = " ".join((dateline or "").split())
    first = next((item for item in body if item.get("kind") == PARAGRAPH), None)
    text = " ".join(((first or {}).get("text") or "").split())
    return bool(dateline) and text.startswith(dateline)
