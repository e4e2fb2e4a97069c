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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.utils.safestring import SafeString, mark_safe

from newsroom.models import Article, Photo
from newsroom.text.document import PHOTO_KINDS, Block, Document, LayoutItem, layout


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


def parts(blocks: Sequence[Mapping]) -> list[range]:
    """The article's blocks (as stored: dicts with kind, start, end, photo) in parts of at
    most ``PART_CHARS`` characters, as ranges of block indices; one part for an ordinary
    article. A part ends only between layout items (``layout`` keeps a photo's blocks
    together), so a single block longer than that is a part of its own. Reads the stored
    offsets only: a page of a long article builds the blocks of its own part alone."""
    groups: list[range] = []
    first, begun = 0, 0
    for i, block in enumerate(blocks):
        if i > first and block["end"] - begun > PART_CHARS and not _same_photo(blocks, i):
            groups.append(range(first, i))
            first = i
        if i == first:
            begun = block["start"]
    groups.append(range(first, len(blocks)))
    return groups


def _same_photo(blocks: Sequence[Mapping], i: int) -> bool:
    before, block = blocks[i - 1], blocks[i]
    return (
        block["kind"] in PHOTO_KINDS
        and before["kind"] in PHOTO_KINDS
        and before.get("photo") == block.get("photo")
    )


def reader_part(article: Article, number: object = None, *, at: int | None = None) -> Page:
    """The part to show: a Paginator page holding one part, ``page.object_list[0]`` the
    range of its blocks' indices. The part holding offset ``at`` if given, else part
    ``number`` (a bad or missing number gives the first part, one past the end the last)."""
    groups = parts(article.blocks)
    if at is not None:
        starts = [article.blocks[group.start]["start"] if group else 0 for group in groups]
        number = max(1, bisect_right(starts, at))
    return Paginator(groups, 1).get_page(number)


def part_document(article: Article, part: range) -> Document:
    """The document with only the part's blocks (its text is still the whole text, so
    offsets are the article's own)."""
    return Document.from_json(article.text, article.blocks[part.start : part.stop])


def reader_items(
    article: Article,
    photos: list[Photo],
    block_html: Callable[[Document, Block], str],
    part: range | None = None,
) -> list[ReaderItem]:
    """The reader's items, each block with its HTML: the part's (a range of block indices,
    as ``reader_part`` gives) or every one."""
    if part is None:
        document, first = article.document, 0
    else:
        document, first = part_document(article, part), part.start
    index = {block: first + i for i, block in enumerate(document.blocks)}
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
