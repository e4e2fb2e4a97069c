"""Replies to an annotation: written with the annotation's history, deleted softly."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from annotations.models import AnnotationEvent, Reply
from annotations.permissions import can_curate, can_reply, require
from annotations.tag_rules import AnnotationError
from annotations.writes import locked_annotation, record_event

MAX_REPLY = 10_000


def _check_reply_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise AnnotationError("Write something to reply.", field="text")
    if len(text) > MAX_REPLY:
        raise AnnotationError(f"A reply can be at most {MAX_REPLY:,} characters.", field="text")
    return text


@transaction.atomic
def reply_create(*, annotation_id, user, text: str) -> Reply:
    annotation = locked_annotation(annotation_id)
    require(can_reply(user), "Only annotators can reply.")
    reply = Reply.objects.create(annotation=annotation, author=user, text=_check_reply_text(text))
    record_event(
        annotation,
        user,
        AnnotationEvent.Action.REPLIED,
        after={"reply": str(reply.pk), "text": reply.text},
    )
    return reply


def _locked_reply(reply_id, user) -> Reply:
    reply = (
        Reply.objects.select_for_update().select_related("annotation").filter(pk=reply_id).first()
    )
    if reply is None or reply.deleted_at is not None:
        raise Reply.DoesNotExist
    require(
        can_curate(user) or (can_reply(user) and reply.author_id == user.pk),
        "Only its author or a curator can change this reply.",
    )
    return reply


@transaction.atomic
def reply_update(*, reply_id, user, text: str) -> Reply:
    reply = _locked_reply(reply_id, user)
    before = {"reply": str(reply.pk), "text": reply.text}
    reply.text = _check_reply_text(text)
    reply.save(update_fields=["text", "modified_at"])
    record_event(
        reply.annotation,
        user,
        AnnotationEvent.Action.REPLY_EDITED,
        before,
        {"reply": str(reply.pk), "text": reply.text},
    )
    return reply


@transaction.atomic
def reply_delete(*, reply_id, user) -> Reply:
    reply = _locked_reply(reply_id, user)
    reply.deleted_at = timezone.now()
    reply.save(update_fields=["deleted_at", "modified_at"])
    record_event(
        reply.annotation,
        user,
        AnnotationEvent.Action.REPLY_DELETED,
        {"reply": str(reply.pk), "text": reply.text},
        None,
    )
    return reply
