"""What the reader page shows: the layout of a document with each block's HTML.

The article page renders block by block. How a block's text becomes HTML is passed in,
so the annotations app can supply highlighted HTML while this module stays unaware of
annotations (dependencies point from annotations to newsroom, never back).

A long article is shown in parts of about ``PART_CHARS`` characters, each ending at a
block boundary, so a page's HTML and the time to its first byte stay bounded however
long the article is. Offsets stay the document's own: a block keeps its start and end.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.utils.safestring import SafeString, mark_safe

from newsroom.models import Article, Photo
from newsroom.text.document import Block, Document, LayoutItem, layout


@dataclass(frozen=True)
class ReaderBlock:
    block: Block
    index: int
    html: SafeString


@dataclass(frozen=True)
class ReaderItem:
    kind: str
    blocks: tuple[ReaderBlock, ...]
    photo: Photo | None = None

    def block_of(self, kind: str) -> ReaderBlock | None:
        return next((b for b in self.blocks if b.block.kind == kind), None)

    @property
    def caption(self) -> ReaderBlock | None:
        return self.block_of("caption")

    @property
    def credit(self) -> ReaderBlock | None:
        return self.block_of("credit")


PART_CHARS = 50_000
"""Characters of text a part of a long article holds at most: a part ends at the last
block boundary before this, and a photo with its caption and credit is never cut. Ten or
twenty screens of reading, and a page of 100-200 KB of HTML with its highlights."""


def parts(document: Document) -> list[tuple[LayoutItem, ...]]:
    """The document's layout in parts of at most ``PART_CHARS`` characters (one part for
    an ordinary article). A part only ends between layout items, so a single block
    longer than that is a part of its own."""
    groups: list[tuple[LayoutItem, ...]] = []
    current: list[LayoutItem] = []
    begun = 0
    for item in layout(document):
        if current and item.blocks[-1].end - begun > PART_CHARS:
            groups.append(tuple(current))
            current = []
        if not current:
            begun = item.blocks[0].start
        current.append(item)
    if current or not groups:
        groups.append(tuple(current))
    return groups


def reader_part(document: Document, number: object = None, *, at: int | None = None) -> Page:
    """The part to show (a Paginator page holding one part: ``page.object_list[0]`` are its
    layout items): the one holding offset ``at`` if given, else part ``number`` as a page
    number (a bad or missing one gives the first part, one past the end the last)."""
    groups = parts(document)
    if at is not None:
        starts = [group[0].blocks[0].start if group else 0 for group in groups]
        number = max(1, bisect_right(starts, at))
    return Paginator(groups, 1).get_page(number)


def part_blocks(items: Sequence[LayoutItem]) -> list[Block]:
    return [block for item in items for block in item.blocks]


def reader_items(
    article: Article,
    photos: list[Photo],
    block_html: Callable[[Document, Block], str],
    items: Sequence[LayoutItem] | None = None,
) -> list[ReaderItem]:
    """The reader's items, each block with its HTML: ``items`` (one part's) or every one."""
    document = article.document
    index = {block: i for i, block in enumerate(document.blocks)}
    by_order = {photo.order: photo for photo in photos}
    shown: list[ReaderItem] = []
    item: LayoutItem
    for item in layout(document) if items is None else items:
        blocks = tuple(
            ReaderBlock(b, index[b], mark_safe(block_html(document, b)))  # noqa: S308 - escaped by block_html
            for b in item.blocks
        )
        shown.append(ReaderItem(item.kind, blocks, by_order.get(item.photo)))
    return shown
