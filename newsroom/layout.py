"""What the reader page shows: the layout of a document with each block's HTML.

The article page renders block by block. How a block's text becomes HTML is passed in,
so the annotations app can supply highlighted HTML while this module stays unaware of
annotations (dependencies point from annotations to newsroom, never back).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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


def reader_items(
    article: Article,
    photos: list[Photo],
    block_html: Callable[[Document, Block], str],
) -> list[ReaderItem]:
    document = article.document
    index = {block: i for i, block in enumerate(document.blocks)}
    by_order = {photo.order: photo for photo in photos}
    items: list[ReaderItem] = []
    item: LayoutItem
    for item in layout(document):
        blocks = tuple(
            ReaderBlock(b, index[b], mark_safe(block_html(document, b)))  # noqa: S308 - escaped by block_html
            for b in item.blocks
        )
        items.append(ReaderItem(item.kind, blocks, by_order.get(item.photo)))
    return items
