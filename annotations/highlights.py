"""The annotated reader: which annotations a page shows, their highlights and the sidebar.

Everything here works on one list of annotations loaded by a single query, so the page
costs the same number of queries with ten annotations or ten thousand.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from html import escape
from operator import attrgetter
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, Left, Replace, Substr
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from annotations import rendering
from annotations.models import FUZZY, Annotation, AnnotationEvent, Entity
from newsroom.layout import ReaderBlock
from newsroom.models import Article
from newsroom.speedups import HIGHLIGHTS, SIDEBAR_LISTS, fingerprint
from newsroom.text.document import FIGURE, Block, Document

# The entity pickers of the tag form: field -> (label, entity kinds allowed or None).
PICKERS = {
    "entity": ("Entity", None),
    "speaker": ("Speaker", ("person", "organization")),
    "claimant": ("Claimant", ("person", "organization")),
}


PLURALS = {"claim": "Claims", "entity": "Entities", "quote": "Quotes"}


# What the status control offers; "" (the default) hides rejected annotations.
STATUSES = {
    "": "Proposed and accepted",
    "accepted": "Accepted",
    "proposed": "Proposed",
    "rejected": "Rejected",
    "all": "Every status",
}
# How highlights are drawn; "" chooses calm above CALM_ABOVE annotations in the part shown.
MARKS = {"": "Automatic", "tint": "Tinted", "calm": "Calm: underlines", "off": "Off"}
CALM_ABOVE = 100


@dataclass(frozen=True)
class Filters:
    """What the sidebar and the highlights are narrowed to (a kind, an author, a status,
    the viewer's own) and how the highlights are drawn."""

    kind: str = ""
    author: str = ""
    status: str = ""  # a key of STATUSES
    mine: str = ""  # the viewer's username, when only their own are shown
    marks: str = ""  # a key of MARKS
    statuses: bool = False  # whether the viewer has a status to choose (sees not only accepted)

    @classmethod
    def from_data(cls, data, viewer: str = "", statuses: bool = False) -> Filters:
        """``viewer``: the signed-in user's username ("" for anonymous readers, who have
        no own); ``statuses``: whether the user sees more than accepted annotations (the
        status control narrows what they may see, it never widens it)."""
        kind = data.get("show", "")
        # Not "status", which the accept/reject form (and the API) already name.
        status = data.get("state", "") if statuses else ""
        marks = data.get("marks", "")
        return cls(
            kind=kind if kind in Annotation.Kind.values else "",
            author=(data.get("by") or "")[:150],
            status=status if status in STATUSES else "",
            mine=viewer if viewer and data.get("mine") else "",
            marks=marks if marks in MARKS else "",
            statuses=statuses,
        )

    def keep(self, row: Row) -> bool:
        if self.kind and row.kind != self.kind:
            return False
        if self.author and row.author != self.author:
            return False
        if self.mine and row.author != self.mine:
            return False
        if not self.status:
            return row.status != REJECTED
        return self.status == "all" or row.status == self.status

    def marked(self, rows: list[Row]) -> list[Row]:
        """The rows the text highlights: those kept, or none with highlights off."""
        return [] if self.marks == "off" else [row for row in rows if self.keep(row)]

    def mode(self, count: int) -> str:
        """How the highlights are drawn, ``count`` annotations reaching into the text shown."""
        return self.marks or ("calm" if count > CALM_ABOVE else "tint")

    @property
    def active(self) -> bool:
        return bool(self.kind or self.author or self.mine or self.status)


REJECTED = Annotation.Status.REJECTED
KINDS = dict(Annotation.Kind.choices)
ENTITY_KINDS = dict(Entity.Kind.choices)
VERDICTS = dict(Annotation.Verdict.choices)
QUOTE_TYPES = dict(Annotation.QuoteType.choices)
EXACT_HEAD = 200  # characters of the quote the page needs (the list shows fewer)
KEY_LENGTH = 12


class Row(NamedTuple):
    """What the page needs of one annotation, read as plain values: building a thousand
    model instances, each with up to four related ones, cost more than the whole page."""

    pk: str
    kind: str
    start: int | None
    end: int | None
    exact: str
    status: str
    author: str
    entity: str | None
    entity_kind: str | None
    speaker: str | None
    claimant: str | None
    verdict: str
    quote_type: str
    key: str  # key_of(pk), worked out by the database
    method: str = "position"  # how the last revision found it (Annotation.anchor_method)

    @property
    def moved(self) -> bool:
        """As ``Annotation.moved``: found again on changed text, to be checked."""
        return self.start is not None and self.method == FUZZY

    def summary(self) -> str:
        """One line saying who tagged what, for tooltips, screen readers and the list."""
        if self.kind == Annotation.Kind.ENTITY:
            what = f"Entity: {self.entity} ({ENTITY_KINDS.get(self.entity_kind, '')})"
        elif self.kind == Annotation.Kind.QUOTE:
            quote_type = QUOTE_TYPES.get(self.quote_type, "")
            what = f"{quote_type} quote by {self.speaker or 'unknown speaker'}".strip()
        else:
            what = f"Claim, {VERDICTS.get(self.verdict, '').lower()}"
            if self.claimant:
                what += f", by {self.claimant}"
        return f"{what[:1].upper()}{what[1:]} — tagged by {self.author} ({self.status})"


# Where each of Row's fields comes from, in order.
ROW_COLUMNS = (
    "id_text",
    "kind",
    "start",
    "end",
    "exact_head",
    "status",
    "author_name",
    "entity__name",
    "entity__kind",
    "speaker__name",
    "claimant__name",
    "verdict",
    "quote_type",
    "key",
    "anchor_method",
)
assert len(ROW_COLUMNS) == len(Row._fields)


# Every field Row.summary reads.
_summarised = attrgetter(
    "kind",
    "status",
    "author",
    "entity",
    "entity_kind",
    "speaker",
    "claimant",
    "verdict",
    "quote_type",
)


def key_of(pk) -> str:
    """The short name of an annotation in the page's markup (``data-annotations``, list
    ids). A thousand full UUIDs, repeated on every overlapping segment, made megabytes."""
    return str(pk).replace("-", "")[:KEY_LENGTH]


def load_annotations(article: Article, user) -> list[Row]:
    """Every annotation of the article the user may see, in document order: one query."""
    username = f"author__{get_user_model().USERNAME_FIELD}"
    rows = (
        Annotation.objects.visible_to(user)
        .filter(article=article)
        .in_document_order()
        .annotate(
            # Text, not uuid.UUID objects: the page only ever prints them.
            id_text=Cast("id", CharField()),
            key=Left(Replace(Cast("id", CharField()), Value("-"), Value("")), KEY_LENGTH),
            exact_head=Substr("exact", 1, EXACT_HEAD),
            author_name=F(username),
        )
        .values_list(*ROW_COLUMNS)
    )
    return list(map(Row._make, rows))


class Highlighter:
    """``block_html`` for ``newsroom.layout.reader_items``: a block's text with its marks.

    The blocks the page shows (one part of a long article) are marked up together on the
    first call; ``blocks`` None means every block of the document. ``shown`` is then how
    many annotations reach into them (what the automatic display mode goes by)."""

    def __init__(self, rows: list[Row], blocks: Sequence[Block] | None = None):
        self.spans = tuple((r.key, r.start, r.end, r.kind) for r in rows if r.start is not None)
        self.blocks = None if blocks is None else tuple(blocks)
        self.marked: tuple[Document, dict[Block, str]] | None = None
        self.shown = 0

    def __call__(self, document: Document, block: Block) -> str:
        if self.marked is None or self.marked[0] is not document:
            blocks = self.blocks if self.blocks is not None else tuple(document.blocks)
            self.marked = (document, marked_blocks(document.text, blocks, self.spans))
            if blocks:
                lo, hi = min(b.start for b in blocks), max(b.end for b in blocks)
                self.shown = sum(1 for span in self.spans if span[1] < hi and span[2] > lo)
        return self.marked[1][block]


# The margin bar's shades: a block touched by up to 2 annotations is level 1, up to 6
# level 2, and so on; more than 24 is level 5 (500 tags on a 30-paragraph story are
# some 15 a paragraph, the middle of the scale).
DENSITY_LEVELS = (2, 6, 12, 24)


def density_html(count: int) -> str:
    """The margin bar of a block ``count`` annotations touch (none for none): an empty
    ``<i>``, not a span, which captions already are. Hidden from screen readers (the
    sidebar counts them), and it adds no text to the block, which the selection script
    reads; the stylesheet shows it in the calm mode."""
    if not count:
        return ""
    level = bisect.bisect_left(DENSITY_LEVELS, count) + 1
    noun = "annotation" if count == 1 else "annotations"
    return f'<i class="density density-{level}" aria-hidden="true" title="{count} {noun}"></i>'


def marked_blocks(text: str, blocks: tuple[Block, ...], spans: tuple) -> dict[Block, str]:
    """Each block's text with its marks (after its margin bar), kept under what it is made
    of (``newsroom.speedups.HIGHLIGHTS``): a page read again with the same annotations is
    not cut again, and any change is a new key. The key holds only the text the blocks
    cover and the spans reaching into it, so one part of a long article costs what it
    shows."""
    if not blocks:
        return {}
    lo, hi = min(block.start for block in blocks), max(block.end for block in blocks)
    spans = tuple(span for span in spans if span[1] < hi and span[2] > lo)

    def render() -> dict[Block, str]:
        ranges = [(block.start, block.end) for block in blocks]
        found = list(map(rendering.Span._make, spans))
        rendered = rendering.render_blocks(text, ranges, found)
        counts = rendering.touching(ranges, found)
        return {
            block: density_html(count) + html
            for block, html, count in zip(blocks, rendered, counts, strict=True)
        }

    shape = tuple((block.kind, block.start, block.end, block.photo) for block in blocks)
    return HIGHLIGHTS.get(fingerprint(text[lo:hi], shape, spans), render)


def changed_blocks(
    article: Article, rows: list[Row], spans: Iterable[tuple[int | None, int | None]]
) -> list[ReaderBlock]:
    """The rendered blocks any of the (start, end) spans touch, for out-of-band swaps
    after changes; orphans (no span) touch none."""
    spans = [(start, end) for start, end in spans if start is not None and end is not None]
    document = article.document
    touched = [
        (index, block)
        for index, block in enumerate(document.blocks)
        if block.kind != FIGURE
        and any(block.start < end and block.end > start for start, end in spans)
    ]
    html = Highlighter(rows, [block for _, block in touched])
    return [
        ReaderBlock(block, index, mark_safe(html(document, block)))  # noqa: S308 - escaped by render_html
        for index, block in touched
    ]


def forget_renders() -> None:
    """Empty the caches of marked-up text and sidebar lists (for measuring; they are keyed
    by content, so they never need emptying to stay right)."""
    HIGHLIGHTS.clear()
    SIDEBAR_LISTS.clear()


# The list is built here, not in a template loop: for a thousand annotations the template
# engine cost several times the rest of the page. Its links open in the panel through
# annotator.js (one listener, not a thousand hx-get attributes); without it they are pages.
LIST_EXACT = 110
OPENING_QUOTES = "“‘\"'«„‚"
NO_ID = "00000000-0000-0000-0000-000000000000"


def items_html(rows: list[Row], id_prefix: str = "ann-") -> SafeString:
    """The list items; ``id_prefix`` names them apart when a row is listed twice."""
    # The link's prefix is part of the key: it may differ under another script prefix.
    before, after = reverse("annotation-detail", args=[NO_ID]).split(NO_ID)
    rows = tuple(rows)
    key = fingerprint(tuple(map(tuple, rows)), before, after, id_prefix)
    return SIDEBAR_LISTS.get(key, lambda: _items_html(rows, before, after, id_prefix))


def _items_html(rows: tuple[Row, ...], before: str, after: str, id_prefix: str) -> SafeString:
    parts = []
    metas: dict[tuple, str] = {}  # a thousand rows have a few dozen different summaries
    for row in rows:
        exact = row.exact if len(row.exact) <= LIST_EXACT else f"{row.exact[: LIST_EXACT - 1]}…"
        if exact[:1] not in OPENING_QUOTES:  # a quote's own marks are not doubled
            exact = f"“{exact}”"
        said = _summarised(row)
        meta = metas.get(said)
        if meta is None:
            meta = metas[said] = escape(row.summary())
        parts.append(
            f'<li id="{id_prefix}{row.key}" class="ann-item kind-{row.kind} status-{row.status}">'
            f'<a href="{before}{row.pk}{after}"><span class="ann-exact">{escape(exact)}</span>'
            f'<span class="ann-meta">{meta}</span></a></li>'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped or an id


@dataclass(frozen=True)
class Sidebar:
    anchored: SafeString  # the list items
    orphans: SafeString
    orphan_count: int
    total: int
    shown: int
    kinds: list[tuple[str, str, int]]  # (kind, plural label, count)
    authors: list[tuple[str, int]]
    filters: Filters
    moved: SafeString  # the viewer's own annotations the last revision moved
    moved_count: int
    viewer: str = ""  # offered "Only mine" when signed in
    statuses: dict[str, str] | None = None
    marks: dict[str, str] | None = None


def sidebar(rows: list[Row], filters: Filters, viewer: str = "") -> Sidebar:
    """``viewer`` (a username) sees their own annotations the last revision moved
    listed apart as well, to check each still sits on the text they meant."""
    # The kinds' counts follow the other controls, so each says what choosing it shows.
    any_kind = replace(filters, kind="")
    every_kind = [r for r in rows if any_kind.keep(r)]
    kind_counts = Counter(r.kind for r in every_kind)
    shown = [r for r in every_kind if r.kind == filters.kind] if filters.kind else every_kind
    orphans = [r for r in shown if r.start is None]
    moved = [r for r in shown if viewer and r.author == viewer and r.moved]
    return Sidebar(
        anchored=items_html([r for r in shown if r.start is not None]),
        orphans=items_html(orphans),
        orphan_count=len(orphans),
        total=len(rows),
        shown=len(shown),
        kinds=[(kind, PLURALS[kind], kind_counts[kind]) for kind in Annotation.Kind.values],
        authors=sorted(Counter(r.author for r in rows).items()),
        filters=filters,
        moved=items_html(moved, "moved-"),
        moved_count=len(moved),
        viewer=viewer,
        statuses=STATUSES if filters.statuses else None,
        marks=MARKS,
    )


# --- history ---------------------------------------------------------------------------

FIELD_LABELS = {
    "kind": "kind",
    "entity": "entity",
    "speaker": "speaker",
    "quote_cue": "cue",
    "quote_type": "quote type",
    "claimant": "claimant",
    "verdict": "verdict",
    "verdict_note": "verdict note",
    "claim": "claim page",
    "note": "note",
    "status": "status",
    "start": "start",
    "end": "end",
    "exact": "text",
}


def _shown(value) -> str:
    if isinstance(value, dict):
        return value.get("name") or value.get("text") or ""
    return "—" if value in (None, "") else str(value)


def event_changes(event: AnnotationEvent) -> list[tuple[str, str, str]]:
    """(field, before, after) for what an event changed; empty for creations."""
    return snapshot_changes(event.before, event.after)


def snapshot_changes(before: dict | None, after: dict | None) -> list[tuple[str, str, str]]:
    """(field, before, after) for what differs between two snapshots of an annotation."""
    before, after = before or {}, after or {}
    if not before or not after:
        return []
    return [
        (label, _shown(before.get(name)), _shown(after.get(name)))
        for name, label in FIELD_LABELS.items()
        if name in after and before.get(name) != after.get(name)
    ]
