"""Actions that write several article rows: store a page, create and revise articles.

Every change of an article's document goes through ``article_revise`` so that it is
recorded as an ArticleRevision and announced (``revision_created``) inside the same
transaction; the annotations app listens and re-anchors, so a revision can never land
without its annotations following it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from django.db import IntegrityError, OperationalError, models, transaction
from django.dispatch import Signal
from django.utils.text import Truncator, slugify

from newsroom.models import Article, ArticleRevision, Page, Photo, Publication, raw_digest
from newsroom.search import article_index
from newsroom.text.document import PhotoText, compile_document

# Sent inside the revising transaction with article, old_revision, new_revision
# (ArticleRevision instances; old_revision is None for the first one) and user.
revision_created = Signal()


def unique_slug(
    text: str, *, model=Article, max_length: int = 100, skip: Collection[str] = ()
) -> str:
    base = (slugify(text)[:max_length].strip("-")) or "article"
    slug, n = base, 2
    while slug in skip or model.objects.filter(slug=slug).exists():
        suffix = f"-{n}"
        slug = f"{base[: max_length - len(suffix)]}{suffix}"
        n += 1
    return slug


# A slug another transaction took between our look and our insert is looked for again.
# Each loss means another save committed that slug, so n people saving the same headline
# at once need up to n attempts; far more than anyone saves at once means something else
# is wrong.
SLUG_ATTEMPTS = 100


DEADLOCK = "40P01"  # PostgreSQL's SQLSTATE for deadlock_detected


def _create_with_slug(model: type[models.Model], slug_from: str, **fields) -> models.Model:
    given_up: set[str] = set()
    for attempt in range(1, SLUG_ATTEMPTS + 1):
        slug = unique_slug(slug_from, model=model, skip=given_up)
        try:
            # A savepoint, so the surrounding transaction survives a lost race.
            with transaction.atomic():
                return model.objects.create(slug=slug, **fields)
        except IntegrityError:
            # The unique index waited for the other transaction to commit, so its row is
            # visible now; anything else is not a slug race and is raised.
            if attempt == SLUG_ATTEMPTS or not model.objects.filter(slug=slug).exists():
                raise
        except OperationalError as exc:
            # Two pages saved at once, each holding a slug the other wants next (their
            # stories in a different order): PostgreSQL stops one statement, and that
            # save takes another slug, so both go on.
            if attempt == SLUG_ATTEMPTS or getattr(exc.__cause__, "sqlstate", None) != DEADLOCK:
                raise
            given_up.add(slug)
    raise AssertionError("unreachable")


def publication_named(name: str) -> Publication | None:
    return Publication.objects.filter(name__iexact=name).first()


def publication_get_or_create(name: str | None) -> Publication | None:
    name = _fit((name or "").strip(), Publication, "name")
    if not name:
        return None
    publication = publication_named(name)
    if publication is not None:
        return publication
    try:
        return _create_with_slug(Publication, name, name=name)
    except IntegrityError:
        # Created by a concurrent ingest between our look and our insert (the unique
        # index waited for it to commit): theirs stands.
        publication = publication_named(name)
        if publication is None:
            raise
        return publication


def page_create(
    *, raw_text: str, source_name: str = "", decode_note: str = "", report: dict | None = None
) -> Page:
    """Store a raw text as received. IntegrityError when the same text is already stored
    (``raw_sha256`` is unique), also when a concurrent transaction stored it first."""
    report = report or {}
    return Page.objects.create(
        raw_text=raw_text,
        raw_sha256=raw_digest(raw_text),
        source_name=source_name[:255],
        decode_note=decode_note[:255],
        stories=report.get("stories", []),
        story_starts=report.get("story_starts"),
        removed=report.get("removed", []),
        outside=report.get("outside", []),
        flags=report.get("flags", {}),
    )


def _photo_texts(article: Article) -> dict[int, PhotoText]:
    return {p.order: PhotoText(p.caption, p.credit) for p in article.photos.all()}


def _fit(value: str, model: type[models.Model], name: str) -> str:
    # The document keeps the whole text; the column holds what fits, marked as cut.
    return Truncator(value).chars(model._meta.get_field(name).max_length)


def _language(flags: dict | None) -> str:
    return str((flags or {}).get("language") or "und")[:8]


def _content_fields(content: dict) -> dict:
    return {
        name: _fit((content.get(name) or "").strip(), Article, name)
        for name in ("headline", "byline", "dateline")
    }


@transaction.atomic
def article_create(
    *,
    page: Page,
    lines: tuple[int, int],
    content: dict,
    photos: Sequence[PhotoText] = (),
    changes: list | None = None,
    flags: dict | None = None,
    needs_review: bool = False,
    publication: Publication | None = None,
    status: str = Article.Status.DRAFT,
    user=None,
    reason: str = "ingested",
) -> Article:
    """One story of ``page`` (raw ``lines``, 1-based, inclusive) as a new article."""
    photo_map = {order: photo for order, photo in enumerate(photos)}
    document = compile_document(content, photo_map)
    fields = _content_fields(content)
    article = _create_with_slug(
        Article,
        fields["headline"],
        publication=publication,
        page=page,
        line_start=lines[0],
        line_end=lines[1],
        needs_review=needs_review,
        content=content,
        text=document.text,
        blocks=document.blocks_json(),
        revision=1,
        status=status,
        language=_language(flags),
        **fields,
    )
    article_index(article)
    Photo.objects.bulk_create(
        Photo(article=article, order=order, caption=p.caption, credit=p.credit)
        for order, p in photo_map.items()
    )
    revision = ArticleRevision.objects.create(
        article=article,
        number=1,
        content=content,
        text=document.text,
        blocks=document.blocks_json(),
        changes=changes or [],
        flags=flags or {},
        reason=reason,
        created_by=user,
    )
    revision_created.send(
        sender=Article, article=article, old_revision=None, new_revision=revision, user=user
    )
    return article


@transaction.atomic
def article_revise(
    *,
    article: Article,
    content: dict | None = None,
    photos: Sequence[PhotoText] | None = None,
    changes: list | None = None,
    flags: dict | None = None,
    corrections: list | None = None,
    reason: str,
    user=None,
) -> ArticleRevision | None:
    """Make a new revision from new content and/or photo texts.

    ``photos``, when given, replaces the caption and credit of the photos by order and
    adds photos for new orders; photos beyond it are kept (they may carry an image an
    editor uploaded) and are still shown. ``changes`` and ``flags`` are the cleaner's
    report on the new document, ``corrections`` the editors' operations in force (the
    current revision's are kept when not given). Returns None when neither the document,
    the flags nor the corrections would change.
    """
    article = Article.objects.select_for_update().get(pk=article.pk)
    content = content if content is not None else article.content
    if photos is not None:
        existing = {p.order: p for p in article.photos.all()}
        for order, text in enumerate(photos):
            photo = existing.get(order)
            if photo is None:
                Photo.objects.create(
                    article=article, order=order, caption=text.caption, credit=text.credit
                )
            elif (photo.caption, photo.credit) != (text.caption, text.credit):
                photo.caption, photo.credit = text.caption, text.credit
                photo.save(update_fields=["caption", "credit"])
    document = compile_document(content, _photo_texts(article))
    old_revision = article.revisions.get(number=article.revision)
    same_document = document.text == article.text and document.blocks_json() == article.blocks
    same_corrections = corrections is None or corrections == old_revision.corrections
    if same_document and same_corrections and (flags is None or flags == old_revision.flags):
        if content != article.content:
            article.content = content
            article.save(update_fields=["content", "updated_at"])
        return None

    new_revision = ArticleRevision.objects.create(
        article=article,
        number=article.revision + 1,
        content=content,
        text=document.text,
        blocks=document.blocks_json(),
        changes=changes if changes is not None else old_revision.changes,
        flags=flags if flags is not None else old_revision.flags,
        corrections=corrections if corrections is not None else old_revision.corrections,
        reason=reason,
        created_by=user,
    )
    for name, value in _content_fields(content).items():
        setattr(article, name, value)
    article.content = content
    article.text = document.text
    article.blocks = document.blocks_json()
    article.revision = new_revision.number
    article.language = _language(new_revision.flags)
    article.save()
    article_index(article)
    revision_created.send(
        sender=Article,
        article=article,
        old_revision=old_revision,
        new_revision=new_revision,
        user=user,
    )
    return new_revision


def article_recompile(
    *, article: Article, reason: str, user=None, photo_changes: Sequence[dict] = ()
) -> ArticleRevision | None:
    """A new revision after an editor changed headline fields or photo captions.

    ``photo_changes`` are the captions and credits the editor changed, as corrections
    (``{"op": "set", "kind": "caption", "photo": N, "old": ..., "new": ...}``), kept with
    the others so that re-cleaning makes them again.
    """
    content = dict(article.content)
    corrections = list(article.revisions.get(number=article.revision).corrections)
    # A column cut to fit still stands for the whole text in the document: only a column
    # the editor changed replaces it. Each change is kept as a correction, so re-cleaning
    # makes it again (newsroom/text/editing.py, "set").
    for name, fitted in _content_fields(article.content).items():
        value = getattr(article, name)
        if value != fitted:
            old = article.content.get(name) or ""
            corrections.append({"op": "set", "kind": name, "old": old, "new": value})
            content[name] = value or None
    corrections.extend(dict(change) for change in photo_changes)
    return article_revise(
        article=article, content=content, corrections=corrections, reason=reason, user=user
    )
