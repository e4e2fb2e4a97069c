"""Who may do what. Every write checks here, in the service that performs it."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from annotations.models import Annotation


def can_annotate(user) -> bool:
    return bool(
        user.is_authenticated and user.is_active and user.has_perm("annotations.add_annotation")
    )


def can_curate(user) -> bool:
    return bool(
        user.is_authenticated and user.is_active and user.has_perm("annotations.curate_annotation")
    )


def can_edit(user, annotation: Annotation) -> bool:
    return can_curate(user) or (can_annotate(user) and annotation.author_id == user.pk)


def can_reattach(user, annotation: Annotation) -> bool:
    """Putting an orphaned or moved annotation back on the text is its author's (who
    knows what they meant) or a curator's."""
    return can_edit(user, annotation)


def can_see_change(user, annotation: Annotation) -> bool:
    """An edit awaiting review is its author's and the curators' to see, no one else's."""
    return can_curate(user) or (user.is_authenticated and annotation.author_id == user.pk)


def can_reply(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm("annotations.add_reply"))


def can_finish(user, assignment) -> bool:
    """Marking an assignment done, or reopening it, is its annotator's."""
    return can_annotate(user) and assignment.annotator_id == user.pk


def require(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)
