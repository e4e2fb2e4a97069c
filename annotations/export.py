"""Exports, the Django side: which rows a selection names, read in chunks, as records.

The formats themselves are pure (``annotations.exports``); this selects the articles
and annotations, reads them with server-side cursors (``iterator(chunk_size=...)``),
two ordered streams joined on the article, so memory holds one article and its
annotations at a time, and hands each format what it takes. The command and the
curators' download both call ``export_stream``.

Visibility: an export is a staff tool. It holds every live annotation of the selection
(proposed, accepted and rejected, on drafts too); soft-deleted annotations are never
exported, and edits still awaiting review are not (the row's tag is the accepted one).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone

from annotations.exports.archive import zip_stream
from annotations.exports.brat import brat_files
from annotations.exports.claimreview import (
    AppearanceRecord,
    ClaimRecord,
    Newsroom,
    claimreview_chunks,
)
from annotations.exports.doccano import doccano_lines
from annotations.exports.records import AnnotationRecord, ArticleRecord, EntityRecord
from annotations.exports.table import csv_lines
from annotations.exports.w3c_pages import w3c_documents
from annotations.iris import Links
from annotations.models import Annotation, Claim, Entity
from annotations.tag_rules import RATINGS
from annotations.w3c import annotation_to_w3c
from newsroom.models import Article

# Rows fetched at a time: articles carry their whole text (up to the 20 MB an upload
# may be), annotations are small.
ARTICLE_CHUNK = 20
ANNOTATION_CHUNK = 1000
CLAIM_CHUNK = 200
W3C_PAGE_SIZE = 100  # annotations per AnnotationPage
FORMATS = ("w3c", "doccano", "brat", "csv", "claimreview")
# What each format is as a download: zips hold several files.
CONTENT_TYPES = {
    "w3c": "application/zip",
    "doccano": "application/jsonl; charset=utf-8",
    "brat": "application/zip",
    "csv": "text/csv; charset=utf-8",
    "claimreview": "application/ld+json; charset=utf-8",
}
EXTENSIONS = {
    "w3c": "w3c.zip",
    "doccano": "jsonl",
    "brat": "brat.zip",
    "csv": "csv",
    "claimreview": "claimreview.jsonld",
}


@dataclass(frozen=True)
class Selection:
    """What to export: one article, a publication, a range of publication dates, and
    the reviewed layer only or every live annotation."""

    article: str = ""  # slug
    publication: str = ""  # slug
    since: date | None = None  # the article's published_on, inclusive
    until: date | None = None
    reviewed: bool = False

    def describe(self) -> str:
        parts = [f"article {self.article}" if self.article else ""]
        parts.append(f"publication {self.publication}" if self.publication else "")
        if self.since or self.until:
            parts.append(f"published {self.since or '…'} to {self.until or '…'}")
        parts.append("reviewed layer" if self.reviewed else "")
        return ", ".join(p for p in parts if p) or "every article"


def reviewed_annotations(queryset):
    """The reviewed layer (``AnnotationQuerySet.reviewed_layer``): the accepted annotations
    of the articles a curator marked reviewed after adjudicating them."""
    return queryset.reviewed_layer()


def selected_annotations(selection: Selection):
    live = Annotation.objects.live()
    if selection.reviewed:
        live = reviewed_annotations(live)
    return live.filter(article__in=_articles(selection).values("pk"))


def _articles(selection: Selection):
    articles = Article.objects.all()
    if selection.article:
        articles = articles.filter(slug=selection.article)
    if selection.publication:
        articles = articles.filter(publication__slug=selection.publication)
    if selection.since:
        articles = articles.filter(published_on__gte=selection.since)
    if selection.until:
        articles = articles.filter(published_on__lte=selection.until)
    return articles


def selected_articles(selection: Selection):
    """The selection's articles that have an annotation to export."""
    exported = selected_annotations(selection).filter(article=OuterRef("pk"))
    return _articles(selection).filter(Exists(exported))


def _groups(selection: Selection) -> Iterator[tuple[Article, list[Annotation]]]:
    """Each article with its annotations in document order: two ordered streams (server-
    side cursors) joined on the article id, one article's annotations held at a time."""
    articles = (
        selected_articles(selection)
        .select_related("publication")
        .only("pk", "slug", "headline", "text", "revision", "published_on", "publication__name")
        .order_by("pk")
        .iterator(chunk_size=ARTICLE_CHUNK)
    )
    rows = (
        selected_annotations(selection)
        .select_related("author", "entity", "speaker", "claimant")
        .order_by("article_id", "start", "-end", "created_at", "pk")
        .iterator(chunk_size=ANNOTATION_CHUNK)
    )
    pending = next(rows, None)
    for article in articles:
        group = []
        while pending is not None and pending.article_id <= article.pk:
            if pending.article_id == article.pk:
                pending.article = article
                group.append(pending)
            pending = next(rows, None)
        if group:  # an annotation made between the two queries' snapshots may be missing
            yield article, group


def _entity(entity: Entity | None) -> EntityRecord | None:
    if entity is None:
        return None
    return EntityRecord(entity.pk, entity.name, entity.kind, entity.wikidata_id)


def annotation_record(a: Annotation) -> AnnotationRecord:
    return AnnotationRecord(
        id=str(a.pk),
        kind=a.kind,
        start=a.start,
        end=a.end,
        exact=a.exact,
        prefix=a.prefix,
        suffix=a.suffix,
        status=a.status,
        origin=a.origin,
        entity=_entity(a.entity),
        speaker=_entity(a.speaker),
        claimant=_entity(a.claimant),
        quote_cue=a.quote_cue,
        quote_type=a.quote_type,
        verdict=a.verdict,
        verdict_note=a.verdict_note,
        note=a.note,
        author=a.author.get_username(),
        created=a.created_at,
        modified=a.modified_at,
    )


def article_record(article: Article, group: list[Annotation], links: Links) -> ArticleRecord:
    return ArticleRecord(
        slug=article.slug,
        iri=links.article(article),
        text=article.text,
        headline=article.headline,
        publication=article.publication.name if article.publication else "",
        published_on=article.published_on,
        revision=article.revision,
        annotations=[annotation_record(a) for a in group],
    )


def selected_claims(selection: Selection):
    """Claims with a rating (not unreviewed or checking) that a live annotation of the
    selection is linked to."""
    stated = selected_annotations(selection).filter(claim=OuterRef("pk"))
    return Claim.objects.filter(verdict__in=RATINGS).filter(Exists(stated))


def newsroom(links: Links) -> Newsroom:
    """ClaimReview's author: the newsroom named in settings, at its own URL or this site's."""
    return Newsroom(settings.NEWSROOM_NAME, settings.NEWSROOM_URL or links.base + "/")


def claim_record(claim: Claim, links: Links) -> ClaimRecord:
    articles = {}  # the articles that state it, each once, in the order of publication
    for annotation in claim.stated_in:
        articles.setdefault(annotation.article_id, annotation.article)
    return ClaimRecord(
        url=links.claim(claim.pk),
        text=claim.text,
        verdict=claim.verdict,
        label=claim.get_verdict_display(),
        explanation=claim.explanation,
        reviewed_on=timezone.localdate(claim.reviewed_at) if claim.reviewed_at else None,
        claimant=_entity(claim.claimant),
        appearances=[
            AppearanceRecord(
                url=links.article(article),
                headline=article.headline,
                published_on=article.published_on,
                publication=article.publication.name if article.publication else "",
            )
            for article in articles.values()
        ],
    )


def _claims(selection: Selection) -> Iterator[Claim]:
    """The selection's claims, each with every live annotation linked to it in a
    published article (in any of them: the selection picks claims, and a review lists
    everywhere the claim is stated). A review is written to be published, and a draft's
    address is no appearance a reader could follow."""
    stated_in = (
        Annotation.objects.live()
        .filter(article__status=Article.Status.PUBLISHED)
        .select_related("article__publication")
        .only(
            "pk",
            "claim_id",
            "article__slug",
            "article__headline",
            "article__published_on",
            "article__publication__name",
        )
        .order_by("article__published_on", "article_id", "start", "pk")
    )
    return (
        selected_claims(selection)
        .select_related("claimant")
        .prefetch_related(Prefetch("annotations", queryset=stated_in, to_attr="stated_in"))
        .order_by("pk")
        .iterator(chunk_size=CLAIM_CHUNK)
    )


def export_stream(
    fmt: str,
    selection: Selection,
    links: Links,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[bytes]:
    """The export as bytes, made as it is read. ``progress(articles, annotations)`` is
    called after each article; for ClaimReview, ``progress(claims, appearances)`` after
    each claim."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    counts = [0, 0]

    if fmt == "claimreview":

        def claim_records() -> Iterator[ClaimRecord]:
            for claim in _claims(selection):
                record = claim_record(claim, links)
                yield record
                counts[0] += 1
                counts[1] += len(record.appearances)
                if progress is not None:
                    progress(*counts)

        for chunk in claimreview_chunks(claim_records(), newsroom(links)):
            yield chunk.encode("utf-8")
        return

    def groups() -> Iterator[tuple[Article, list[Annotation]]]:
        for article, group in _groups(selection):
            yield article, group
            counts[0] += 1
            counts[1] += len(group)
            if progress is not None:
                progress(*counts)

    def records() -> Iterator[ArticleRecord]:
        for article, group in groups():
            yield article_record(article, group, links)

    if fmt == "w3c":
        items = (annotation_to_w3c(a, links, embedded=True) for _, group in groups() for a in group)
        documents = w3c_documents(
            items,
            collection_id=f"urn:uuid:{uuid.uuid4()}",
            label=f"Newsroom annotations: {selection.describe()}",
            page_size=W3C_PAGE_SIZE,
        )
        yield from zip_stream(documents)
    elif fmt == "brat":
        yield from zip_stream(brat_files(records()))
    else:
        lines = doccano_lines(records()) if fmt == "doccano" else csv_lines(records())
        for line in lines:
            yield line.encode("utf-8")
