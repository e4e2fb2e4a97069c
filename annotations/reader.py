"""The annotated reader: which annotations a page shows, their highlights and the sidebar.

Everything here works on one list of annotations loaded by a single query, so the page
costs the same number of queries with ten annotations or ten thousand.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from django.utils.safestring import mark_safe

from annotations import rendering
from annotations.models import Annotation, AnnotationEvent
from newsroom.document import FIGURE, Block, Document
from newsroom.models import Article
from newsroom.reader import ReaderBlock

# The entity pickers of the tag form: field -> (label, entity kinds allowed or None).
PICKERS = {
    "entity": ("Entity", None),
    "speaker": ("Speaker", ("person", "organization")),
    "claimant": ("Claimant", ("person", "organization")),
}


PLURALS = {"claim": "Claims", "entity": "Entities", "quote": "Quotes"}


@dataclass(frozen=True)
class Filters:
    """What the sidebar and the highlights are narrowed to: a kind, an author."""

    kind: str = ""
    author: str = ""

    @classmethod
    def from_data(cls, data) -> Filters:
        kind = data.get("show", "")
        return cls(
            kind=kind if kind in Annotation.Kind.values else "",
            author=(data.get("by") or "")[:150],
        )

    def keep(self, annotation: Annotation) -> bool:
        return (not self.kind or annotation.kind == self.kind) and (
            not self.author or annotation.author.get_username() == self.author
        )

    @property
    def active(self) -> bool:
        return bool(self.kind or self.author)


def load_annotations(article: Article, user) -> list[Annotation]:
    """Every annotation of the article the user may see, in document order: one query."""
    return list(
        Annotation.objects.visible_to(user)
        .filter(article=article)
        .select_related("author", "entity", "speaker", "claimant")
        .in_document_order()
    )


class Highlighter:
    """``block_html`` for ``newsroom.reader.reader_items``: a block's text with its marks."""

    def __init__(self, annotations: list[Annotation]):
        self.spans = sorted(
            (
                rendering.Span(str(a.pk), a.start, a.end, a.kind)
                for a in annotations
                if a.start is not None
            ),
            key=lambda span: span.start,
        )
        self.starts = [span.start for span in self.spans]

    def __call__(self, document: Document, block: Block) -> str:
        stop = bisect_left(self.starts, block.end)
        inside = [span for span in self.spans[:stop] if span.end > block.start]
        return rendering.render_html(document.text, inside, block.start, block.end)


def changed_blocks(
    article: Article, annotations: list[Annotation], start: int | None, end: int | None
) -> list[ReaderBlock]:
    """The rendered blocks a span touches, for out-of-band swaps after a change."""
    if start is None or end is None:
        return []
    document = article.document
    html = Highlighter(annotations)
    return [
        ReaderBlock(block, index, mark_safe(html(document, block)))  # noqa: S308 - escaped by render_html
        for index, block in enumerate(document.blocks)
        if block.kind != FIGURE and block.start < end and block.end > start
    ]


def summary(annotation: Annotation) -> str:
    """One line saying who tagged what, for tooltips and screen readers."""
    kind = annotation.get_kind_display()
    if annotation.kind == Annotation.Kind.ENTITY and annotation.entity:
        what = f"{kind}: {annotation.entity.name} ({annotation.entity.get_kind_display()})"
    elif annotation.kind == Annotation.Kind.QUOTE:
        who = annotation.speaker.name if annotation.speaker else "unknown speaker"
        what = f"{annotation.get_quote_type_display() or ''} {kind.lower()} by {who}".strip()
        what = what[:1].upper() + what[1:]
    else:
        what = f"{kind}, {annotation.get_verdict_display().lower()}"
        if annotation.claimant:
            what += f", by {annotation.claimant.name}"
    status = annotation.get_status_display().lower()
    return f"{what} — tagged by {annotation.author.get_username()} ({status})"


@dataclass(frozen=True)
class Sidebar:
    anchored: list[Annotation]
    orphans: list[Annotation]
    total: int
    shown: int
    kinds: list[tuple[str, str, int]]  # (kind, plural label, count)
    authors: list[tuple[str, int]]
    filters: Filters


def sidebar(annotations: list[Annotation], filters: Filters) -> Sidebar:
    kind_counts = Counter(a.kind for a in annotations)
    author_counts = Counter(a.author.get_username() for a in annotations)
    shown = [a for a in annotations if filters.keep(a)]
    for annotation in shown:
        annotation.summary = summary(annotation)
    return Sidebar(
        anchored=[a for a in shown if a.start is not None],
        orphans=[a for a in shown if a.start is None],
        total=len(annotations),
        shown=len(shown),
        kinds=[(kind, PLURALS[kind], kind_counts[kind]) for kind in Annotation.Kind.values],
        authors=sorted(author_counts.items()),
        filters=filters,
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
    before, after = event.before or {}, event.after or {}
    if not before or not after:
        return []
    return [
        (label, _shown(before.get(name)), _shown(after.get(name)))
        for name, label in FIELD_LABELS.items()
        if name in after and before.get(name) != after.get(name)
    ]
