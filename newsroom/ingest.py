"""Raw OCR text in -> cleaned Article saved. The one path behind every entry point.

The management command, the staff upload page, the admin "re-clean" action and the
demo data all call these functions, so an article is cleaned the same way whichever
door it came in by, and bad input gets the same message at every door.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from newsroom.cleaning import CleanedArticle, CleanedPage, CleaningError, clean, decode_bytes
from newsroom.document import FIGURE, PhotoText
from newsroom.models import Article, ArticleRevision, raw_digest
from newsroom.services import article_create, article_revise, publication_get_or_create

logger = logging.getLogger(__name__)


class IngestError(Exception):
    """Input that cannot become an article; the message is meant for the person."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool  # False when the same raw text was already ingested
    cleaned: CleanedArticle | None = None


def content_from_cleaned(cleaned: CleanedArticle) -> tuple[dict, list[PhotoText]]:
    """Split a cleaned article into stored content and photo texts (by order).

    Each body item keeps the raw line range it came from (``lines``, when the cleaner
    knows it), so the Original page can set raw lines and cleaned blocks side by side.
    """
    body: list[dict] = []
    photos: list[PhotoText] = []
    for block in cleaned.body:
        if block.kind == FIGURE:
            item = {"kind": FIGURE, "photo": len(photos)}
            photos.append(PhotoText(block.text, block.credit or ""))
        else:
            item = {"kind": block.kind, "text": block.text}
        first, last = block.lines
        if first >= 1 and last >= first:
            item["lines"] = [first, last]
        body.append(item)
    content = {
        "publication": cleaned.publication,
        "headline": cleaned.headline,
        "byline": cleaned.byline,
        "dateline": cleaned.dateline,
        "body": body,
    }
    return content, photos


def changes_json(cleaned: CleanedArticle) -> list[dict]:
    # Spelled out rather than dataclasses.asdict, which deep-copies: a 20 MB text has
    # hundreds of thousands of changes.
    return [c.to_json() for c in cleaned.changes]


def _limit_mb() -> int:
    return settings.NEWSROOM_MAX_RAW_BYTES // (1024 * 1024)


def check_size(size: int, what: str = "file") -> None:
    if size > settings.NEWSROOM_MAX_RAW_BYTES:
        raise IngestError(f"The {what} is larger than {_limit_mb()} MB; split it into articles.")


def decode_upload(data: bytes) -> tuple[str, str]:
    """Bytes of an uploaded file -> (text, note); IngestError when it is not text."""
    check_size(len(data))
    try:
        text, note = decode_bytes(data)
    except CleaningError as exc:
        raise IngestError(str(exc)) from exc
    return text, note or ""


def clean_checked(raw_text: str) -> CleanedPage:
    """``clean`` with the checks every door needs; IngestError carries the message."""
    check_size(len(raw_text.encode("utf-8", "surrogatepass")), "text")
    if not raw_text.strip():
        raise IngestError("The text is empty.")
    if "\x00" in raw_text:
        # PostgreSQL cannot store NUL in text, and text with NULs is a binary file.
        raise IngestError("This looks like a binary file, not text.")
    try:
        return clean(raw_text)
    except CleaningError as exc:
        raise IngestError(str(exc)) from exc
    except Exception as exc:
        # A cleaner bug must not take a batch or a page down with it; it is logged with
        # its traceback and the person gets a message instead.
        logger.exception("The cleaner failed on a text of %d characters", len(raw_text))
        raise IngestError("The cleaner failed on this text (the error was logged).") from exc


def preview(raw_text: str) -> CleanedArticle:
    """Clean without saving (the staff page shows this before the article is stored)."""
    cleaned = clean_checked(raw_text).story
    if not (cleaned.headline or "").strip():
        raise IngestError(
            "No headline was found. Put the headline on the first line of the text and try again."
        )
    return cleaned


def stored(digest: str) -> Article | None:
    """The article already made from the raw text with this hash, if any."""
    return Article.objects.filter(raw_sha256=digest).first()


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
    digest = raw_digest(raw_text)
    existing = stored(digest)
    if existing is not None:
        return IngestResult(existing, created=False)
    cleaned = preview(raw_text)
    content, photos = content_from_cleaned(cleaned)
    try:
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
    except IntegrityError:
        # Someone ingested the same text between our lookup and our insert: theirs stands.
        existing = stored(digest)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    return IngestResult(article, created=True, cleaned=cleaned)


def ingest_bytes(data: bytes, **options) -> IngestResult:
    """An uploaded file's bytes -> article; ``options`` as for ``ingest_text``."""
    text, note = decode_upload(data)
    return ingest_text(text, decode_note=note, **options)


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
