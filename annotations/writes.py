"""Every write of annotations, shared by the reader UI and the API.

Input is checked first (``annotations.tag_rules``); a change is written under a row lock
inside one transaction together with the AnnotationEvent that records it, so history and
state never disagree. Each write checks its permission
(``annotations.permissions``) itself, so no door can forget it. Replies and entities
have their own modules beside this one.
"""

from __future__ import annotations

import copy

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from annotations.anchoring import (
    TextPositionSelector,
    TextQuoteSelector,
    describe,
    locate_all,
)
from annotations.models import Annotation, AnnotationEvent, Entity, ProposedChange
from annotations.permissions import can_annotate, can_curate, can_edit, can_reattach, require
from annotations.tag_rules import (
    TAG_FIELDS,
    AnnotationError,
    Tag,
    check_claim_tag,
    check_selection,
    check_tag,
)
from newsroom.models import Article, ArticleRevision
from newsroom.search import config_for


class ConflictError(Exception):
    """An edit made on an older version; ``current`` is the newer state, left untouched."""

    def __init__(self, current: Annotation):
        super().__init__(
            f"This annotation was changed by someone else (now version {current.version})."
        )
        self.current = current


class GoneError(Exception):
    """The annotation was deleted (its history is kept)."""


# --- a tag's fields on an annotation ----------------------------------------------------


def _apply_tag(target: Annotation | ProposedChange, tag: Tag | ProposedChange) -> None:
    for name in TAG_FIELDS:
        setattr(target, name, getattr(tag, name))


def with_change(annotation: Annotation, change: ProposedChange) -> Annotation:
    """``annotation`` as ``change`` would make it: an unsaved copy, for showing."""
    changed = copy.copy(annotation)
    _apply_tag(changed, change)
    return changed


# --- history ---------------------------------------------------------------------------


def snapshot(annotation: Annotation) -> dict:
    def entity(e: Entity | None):
        return None if e is None else {"id": e.pk, "name": e.name, "kind": e.kind}

    return {
        "kind": annotation.kind,
        "start": annotation.start,
        "end": annotation.end,
        "exact": annotation.exact,
        "anchor_revision": annotation.anchor_revision,
        "entity": entity(annotation.entity),
        "speaker": entity(annotation.speaker),
        "quote_cue": annotation.quote_cue,
        "quote_type": annotation.quote_type,
        "claimant": entity(annotation.claimant),
        "verdict": annotation.verdict,
        "verdict_note": annotation.verdict_note,
        "claim": annotation.claim_id,
        "note": annotation.note,
        "status": annotation.status,
        "version": annotation.version,
        "deleted": annotation.deleted_at is not None,
    }


def record_event(annotation, actor, action, before=None, after=None) -> AnnotationEvent:
    return AnnotationEvent.objects.create(
        annotation=annotation, actor=actor, action=action, before=before, after=after
    )


# --- annotations -------------------------------------------------------------------------


@transaction.atomic
def annotation_create(
    *,
    article: Article,
    user,
    tag: Tag,
    start: int | None,
    end: int | None,
    exact: str | None,
    prefix: str = "",
    suffix: str = "",
    origin: str = Annotation.Origin.HUMAN,
    canonical: str = "",
    via: str = "",
) -> Annotation:
    """A new annotation on ``article``'s current revision, with its ``created`` event.

    Article.DoesNotExist when the user may no longer see the article."""
    require(can_annotate(user), "Only annotators can annotate.")
    tag = check_tag(tag)
    check_claim_tag(
        curator=can_curate(user), linked=False, before_kind=None, before=("", ""), tag=tag
    )
    revision = _current_revision(article.pk, user)
    selection = check_selection(
        revision.text, start=start, end=end, exact=exact, prefix=prefix, suffix=suffix
    )
    annotation = Annotation(
        article=revision.article,
        revision=revision,
        start=selection.start,
        end=selection.end,
        anchor_revision=revision.number,
        anchor_method=selection.method,
        exact=selection.quote.exact,
        prefix=selection.quote.prefix,
        suffix=selection.quote.suffix,
        author=user,
        origin=origin,
        status=Annotation.Status.ACCEPTED if can_curate(user) else Annotation.Status.PROPOSED,
        canonical=canonical,
        via=via,
    )
    _apply_tag(annotation, tag)
    # The related rows were just read (the entities by check_tag's callers), and
    # PostgreSQL checks the table's constraints as the row goes in: checking them here too
    # would cost a query each (measured in newsroom/speedups.py).
    annotation.full_clean(exclude=RELATED, validate_unique=False, validate_constraints=False)
    annotation.save(force_insert=True)
    record_event(annotation, user, AnnotationEvent.Action.CREATED, after=snapshot(annotation))
    return annotation


# What annotation writes read of an article (lists and lookups leave them out too).
ARTICLE_TEXTS = ("text", "content", "blocks")
RELATED = ("article", "revision", "author", "entity", "speaker", "claimant")
RELATED_TO_CHANGE = ("annotation", "entity", "speaker", "claimant")


def _current_revision(article_id, user) -> ArticleRevision:
    """The article's current revision, its article row locked until the transaction ends.

    A new revision locks that row for update and re-anchors the annotations it then
    finds: it either waits for this creation and carries the annotation along, or
    commits first, and then this reads the new revision.
    """
    return (
        ArticleRevision.objects.filter(
            article__in=Article.objects.visible_to(user).filter(pk=article_id),
            number=F("article__revision"),
        )
        .select_related("article")
        .only("number", "text", "article__slug", "article__revision")
        .select_for_update(of=("article",), no_key=True)
        .get()
    )


def locked_annotation(annotation_id) -> Annotation:
    annotation = (
        Annotation.objects.select_for_update(of=("self",))
        .select_related("entity", "speaker", "claimant")
        .filter(pk=annotation_id)
        .first()
    )
    if annotation is None:
        raise Annotation.DoesNotExist
    if annotation.deleted_at is not None:
        raise GoneError("This annotation was deleted.")
    return annotation


def _check_version(annotation: Annotation, version: int | None) -> None:
    if version is None:
        raise AnnotationError(
            "Say which version you edited (version, or an If-Match header).",
            field="version",
            code="version_required",
        )
    if version != annotation.version:
        raise ConflictError(annotation)


@transaction.atomic
def annotation_update(*, annotation_id, user, version: int | None, tag: Tag) -> Annotation:
    """Change an annotation's tag. An annotator's edit of an accepted annotation is held
    for review (``ProposedChange``): readers keep seeing the accepted tag until a curator
    accepts the change. A curator's edit is the accepted tag, and settles any change."""
    annotation = locked_annotation(annotation_id)
    require(can_edit(user, annotation), "Only its author or a curator can edit this annotation.")
    _check_version(annotation, version)
    tag = check_tag(tag)
    check_claim_tag(
        curator=can_curate(user),
        linked=annotation.claim_id is not None,
        before_kind=annotation.kind,
        before=(annotation.verdict, annotation.verdict_note),
        tag=tag,
    )
    change = _locked_change(annotation)
    if annotation.status == Annotation.Status.ACCEPTED and not can_curate(user):
        return _hold_for_review(annotation, change, user, tag)
    before = snapshot(annotation)
    _apply_tag(annotation, tag)
    after = snapshot(annotation)
    if _same_tag(after, before):
        if change is None:
            return annotation
        # A curator kept the accepted tag: the change awaiting review is rejected.
        return _review_change(annotation, change, user, accept=False)
    if change is not None:  # the curator's edit is the accepted tag now
        change.delete()
    annotation.version += 1
    annotation.save()
    record_event(annotation, user, AnnotationEvent.Action.EDITED, before, snapshot(annotation))
    return annotation


def _locked_change(annotation: Annotation) -> ProposedChange | None:
    """The edit awaiting review, locked; only an accepted annotation can have one."""
    if annotation.status != Annotation.Status.ACCEPTED:
        return None
    return (
        ProposedChange.objects.select_for_update(of=("self",))
        .select_related("entity", "speaker", "claimant")
        .filter(annotation=annotation)
        .first()
    )


def _hold_for_review(
    annotation: Annotation, change: ProposedChange | None, user, tag: Tag
) -> Annotation:
    """The edit as a change awaiting review; the annotation's accepted tag stays."""
    accepted = snapshot(annotation)
    before = snapshot(with_change(annotation, change)) if change is not None else accepted
    proposed = change if change is not None else ProposedChange(annotation=annotation)
    _apply_tag(proposed, tag)
    after = snapshot(with_change(annotation, proposed))
    if _same_tag(after, before):
        return annotation
    if _same_tag(after, accepted):  # edited back to what was accepted: nothing to review
        proposed.delete()
        action = AnnotationEvent.Action.CHANGE_WITHDRAWN
    else:
        proposed.full_clean(exclude=RELATED_TO_CHANGE, validate_unique=False)
        proposed.save()
        action = AnnotationEvent.Action.CHANGE_PROPOSED
    annotation.version += 1
    annotation.save(update_fields=["version", "modified_at"])
    after["version"] = annotation.version
    record_event(annotation, user, action, before, after)
    return annotation


def _same_tag(one: dict, other: dict) -> bool:
    return all(one[name] == other[name] for name in TAG_FIELDS)


@transaction.atomic
def annotation_delete(*, annotation_id, user, version: int | None) -> Annotation:
    """Soft delete: the row and its history stay; it leaves every view."""
    annotation = locked_annotation(annotation_id)
    require(can_edit(user, annotation), "Only its author or a curator can delete this annotation.")
    _check_version(annotation, version)
    before = snapshot(annotation)
    change = _locked_change(annotation)
    if change is not None:  # nothing left to review; the history keeps what it proposed
        change.delete()
    annotation.deleted_at = timezone.now()
    annotation.version += 1
    annotation.save(update_fields=["deleted_at", "version", "modified_at"])
    record_event(annotation, user, AnnotationEvent.Action.DELETED, before, snapshot(annotation))
    return annotation


@transaction.atomic
def annotation_set_status(
    *, annotation_id, user, status: str, version: int | None = None, reason: str = ""
) -> Annotation:
    """Accept or reject an annotation; while an edit of it awaits review, accept or
    reject that edit (the annotation stays accepted either way). ``reason``, if given,
    is kept in the history with the change."""
    annotation = locked_annotation(annotation_id)
    require(can_curate(user), "Only curators can accept or reject annotations.")
    if status not in Annotation.Status.values:
        raise AnnotationError(f"Unknown status {status!r}.", field="status")
    if version is not None:
        _check_version(annotation, version)
    change = _locked_change(annotation)
    if change is not None:
        if status == Annotation.Status.PROPOSED:
            raise AnnotationError(
                "An edit of this annotation awaits review: accept or reject it first.",
                field="status",
            )
        return _review_change(annotation, change, user, accept=status == Annotation.Status.ACCEPTED)
    if annotation.status == status:
        return annotation
    before = snapshot(annotation)
    annotation.status = status
    annotation.version += 1
    annotation.save(update_fields=["status", "version", "modified_at"])
    after = snapshot(annotation)
    if reason.strip():
        after["reason"] = reason.strip()
    record_event(annotation, user, AnnotationEvent.Action.STATUS, before, after)
    return annotation


def _review_change(
    annotation: Annotation, change: ProposedChange, user, *, accept: bool
) -> Annotation:
    """Accepted, the change becomes the annotation's tag (what readers see); rejected, the
    accepted tag stays. Either way the change is settled and the history says so."""
    accepted, proposed = snapshot(annotation), snapshot(with_change(annotation, change))
    if accept:
        _apply_tag(annotation, change)
    change.delete()
    annotation.version += 1
    annotation.save()
    if accept:
        action, before, after = (
            AnnotationEvent.Action.CHANGE_ACCEPTED,
            accepted,
            snapshot(annotation),
        )
    else:  # what was proposed stays in ``before``; nothing of it reached readers
        action, before, after = AnnotationEvent.Action.CHANGE_REJECTED, proposed, None
    record_event(annotation, user, action, before, after)
    return annotation


@transaction.atomic
def annotation_reattach(
    *,
    annotation_id,
    user,
    version: int | None,
    start: int | None,
    end: int | None,
    exact: str | None,
    prefix: str = "",
    suffix: str = "",
) -> Annotation:
    """Put an orphaned annotation, or one the last revision moved, on the text its author
    (or a curator) selected in the current revision; the selection must be there verbatim.

    Article.DoesNotExist when the user may no longer see the article."""
    article_id = (
        Annotation.objects.filter(pk=annotation_id).values_list("article_id", flat=True).first()
    )
    if article_id is None:
        raise Annotation.DoesNotExist
    # The article first, then the annotation: the order a new revision locks them in.
    revision = _current_revision(article_id, user)
    annotation = locked_annotation(annotation_id)
    require(
        can_reattach(user, annotation),
        "Only its author or a curator can re-attach this annotation.",
    )
    _check_version(annotation, version)
    if not (annotation.orphaned or annotation.moved):
        raise AnnotationError(
            "Only an orphaned annotation, or one the last revision moved, can be re-attached.",
            code="not_orphaned",
        )
    selection = check_selection(
        revision.text, start=start, end=end, exact=exact, prefix=prefix, suffix=suffix
    )
    before = snapshot(annotation)
    annotation.start, annotation.end = selection.start, selection.end
    annotation.exact = selection.quote.exact
    annotation.prefix, annotation.suffix = selection.quote.prefix, selection.quote.suffix
    annotation.anchor_revision = revision.number
    annotation.anchor_method = selection.method
    annotation.version += 1
    annotation.full_clean(exclude=RELATED, validate_unique=False, validate_constraints=False)
    annotation.save(update_fields=[*ANCHOR_FIELDS, "modified_at"])
    after = {**snapshot(annotation), "method": selection.method}
    record_event(annotation, user, AnnotationEvent.Action.REATTACHED, before, after)
    return annotation


# --- following a revision ----------------------------------------------------------------

# What placing an annotation in a text writes (re-anchoring, re-attaching).
ANCHOR_FIELDS = (
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "anchor_revision",
    "anchor_method",
    "version",
)


@transaction.atomic
def article_reanchor(*, article: Article, new_revision, user=None) -> dict[str, int]:
    """Move every live annotation into a new revision's text, or orphan it; never drop it.

    Called (through ``revision_created``) in the transaction that made the revision.
    Returns how many annotations were anchored by each method.
    """
    counts: dict[str, int] = {}
    annotations = list(
        Annotation.objects.live()
        .select_for_update(of=("self",))
        .filter(article=article)
        .exclude(anchor_revision=new_revision.number)
        .select_related("entity", "speaker", "claimant")
    )
    text = new_revision.text
    anchors = locate_all(
        text,
        [
            (
                TextQuoteSelector(annotation.exact, annotation.prefix, annotation.suffix),
                TextPositionSelector(annotation.start, annotation.end)
                if annotation.start is not None
                else None,
            )
            for annotation in annotations
        ],
    )
    changed, events = [], []
    config = config_for(article.language)
    for annotation, anchor in zip(annotations, anchors, strict=True):
        before = snapshot(annotation)
        annotation.anchor_revision = new_revision.number
        annotation.anchor_method = anchor.method
        if anchor.orphaned:
            annotation.start = annotation.end = None
            action = AnnotationEvent.Action.ORPHANED
        else:
            quote, _ = describe(text, anchor.start, anchor.end)
            annotation.start, annotation.end = anchor.start, anchor.end
            annotation.exact, annotation.prefix, annotation.suffix = (
                quote.exact,
                quote.prefix,
                quote.suffix,
            )
            action = AnnotationEvent.Action.REANCHORED
        counts[anchor.method] = counts.get(anchor.method, 0) + 1
        annotation.version += 1
        # bulk_update skips save(): the vector goes with the quote here (the language
        # may have changed with the revision, too).
        annotation.search_vector = annotation.vector(config)
        changed.append(annotation)
        events.append(
            AnnotationEvent(
                annotation=annotation,
                actor=user,
                action=action,
                before=before,
                after={**snapshot(annotation), "method": anchor.method, "score": anchor.score},
            )
        )
    Annotation.objects.bulk_update(changed, [*ANCHOR_FIELDS, "search_vector"], batch_size=500)
    AnnotationEvent.objects.bulk_create(events, batch_size=500)
    return counts
