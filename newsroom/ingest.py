"""Raw OCR text in -> cleaned Article saved. The one path behind every entry point.

The management command, the staff upload page, the admin "re-clean" action and the
demo data all call these functions, so an article is cleaned the same way whichever
door it came in by.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.conf import settings
from django.db import transaction

from newsroom.cleaning import CleanedArticle, CleaningError, clean, decode_bytes
from newsroom.document import FIGURE, PhotoText
from newsroom.models import Article, ArticleRevision, raw_digest
from newsroom.services import article_create, article_revise, publication_get_or_create


class IngestError(Exception):
    """Input that cannot become an article; the message is meant for the person."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool  # False when the same raw text was already ingested
    cleaned: CleanedArticle | None = None


def content_from_cleaned(cleaned: CleanedArticle) -> tuple[dict, list[PhotoText]]:
    """Split a cleaned article into stored content and photo texts (by order)."""
    body: list[dict] = []
    photos: list[PhotoText] = []
    for block in cleaned.body:
        if block.kind == FIGURE:
            body.append({"kind": FIGURE, "photo": len(photos)})
            photos.append(PhotoText(block.text, block.credit or ""))
        else:
            body.append({"kind": block.kind, "text": block.text})
    content = {
        "publication": cleaned.publication,
        "headline": cleaned.headline,
        "byline": cleaned.byline,
        "dateline": cleaned.dateline,
        "body": body,
    }
    return content, photos


def changes_json(cleaned: CleanedArticle) -> list[dict]:
    return [asdict(change) for change in cleaned.changes]


def decode_upload(data: bytes) -> tuple[str, str]:
    """Bytes of an uploaded file -> (text, note); IngestError when it is not text."""
    if len(data) > settings.NEWSROOM_MAX_RAW_BYTES:
        limit = settings.NEWSROOM_MAX_RAW_BYTES // (1024 * 1024)
        raise IngestError(f"The file is larger than {limit} MB; split it into articles.")
    try:
        text, note = decode_bytes(data)
    except CleaningError as exc:
        raise IngestError(str(exc)) from exc
    return text, note or ""


def preview(raw_text: str) -> CleanedArticle:
    """Clean without saving (the staff page shows this before the article is stored)."""
    if len(raw_text.encode("utf-8")) > settings.NEWSROOM_MAX_RAW_BYTES:
        raise IngestError("The text is larger than 20 MB; split it into articles.")
    try:
        return clean(raw_text)
    except CleaningError as exc:
        raise IngestError(str(exc)) from exc


def ingest_text(
    raw_text: str,
    *,
    publication_name: str | None = None,
    source_name: str = "",
    decode_note: str = "",
    status: str = Article.Status.DRAFT,
    user=None,
) -> IngestResult:
    """Clean ``raw_text`` and save it as an article, unless the same text is stored."""
    existing = Article.objects.filter(raw_sha256=raw_digest(raw_text)).first()
    if existing is not None:
        return IngestResult(existing, created=False)
    cleaned = preview(raw_text)
    content, photos = content_from_cleaned(cleaned)
    with transaction.atomic():
        publication = publication_get_or_create(publication_name or cleaned.publication)
        article = article_create(
            raw_text=raw_text,
            content=content,
            photos=photos,
            changes=changes_json(cleaned),
            publication=publication,
            source_name=source_name,
            decode_note=decode_note,
            status=status,
            user=user,
        )
    return IngestResult(article, created=True, cleaned=cleaned)


def article_reclean(*, article: Article, user=None) -> ArticleRevision | None:
    """Clean the stored raw text again (after the cleaner improved): a new revision.

    Annotations follow through ``revision_created``: they are re-anchored, or kept as
    orphans with their quote, never dropped. Returns None if nothing changed.
    """
    cleaned = preview(article.raw_text)
    content, photos = content_from_cleaned(cleaned)
    return article_revise(
        article=article,
        content=content,
        photos=photos,
        changes=changes_json(cleaned),
        reason="re-cleaned from raw",
        user=user,
    )
