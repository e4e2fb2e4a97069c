"""What each person sees of an annotation: its accepted tag or the edit awaiting review,
and its history with what only some may read.

Rules, applied on the server wherever an annotation or its history is shown (the panel,
the API, the live poll through the reader's rows):

- An annotator's edit of an accepted annotation (``ProposedChange``) is seen by its
  author and by curators; everyone else sees the accepted tag, so no reader ever sees
  unreviewed text as accepted. In the history, the edit's fields are theirs alone too.
- Deleted text is gone from public view: a deleted reply's text, a reply's text before
  it was edited, and a deleted annotation's fields are shown to curators only. The
  history itself stays whole in the database (append-only); this is a rule of display.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from annotations.highlights import event_changes, snapshot_changes
from annotations.models import Annotation, AnnotationEvent
from annotations.permissions import can_curate, can_see_change
from annotations.writes import snapshot, with_change

Action = AnnotationEvent.Action
REPLY_ACTIONS = (Action.REPLIED, Action.REPLY_EDITED, Action.REPLY_DELETED)
CHANGE_ACTIONS = (Action.CHANGE_PROPOSED, Action.CHANGE_WITHDRAWN, Action.CHANGE_REJECTED)


def as_seen_by(annotation: Annotation, user) -> Annotation:
    """The annotation as ``user`` may see it: with the edit awaiting review, for its
    author and curators, marked proposed (``select_related("pending")`` spares a query)."""
    change = annotation.change
    if change is None or not can_see_change(user, annotation):
        return annotation
    shown = with_change(annotation, change)
    shown.status = Annotation.Status.PROPOSED  # as a new annotation's: awaiting review
    return shown


def pending_changes(annotation: Annotation, user) -> list[tuple[str, str, str]] | None:
    """(field, accepted, proposed) of the edit awaiting review, if ``user`` may see it."""
    change = annotation.change
    if change is None or not can_see_change(user, annotation):
        return None
    return snapshot_changes(snapshot(annotation), snapshot(with_change(annotation, change)))


@dataclass(frozen=True)
class HistoryEntry:
    action: str
    label: str
    actor: str  # a username, or "" for the system
    created_at: datetime
    changes: list[tuple[str, str, str]]
    quote: str  # a reply's text, when it may be shown
    withheld: str  # why something is not shown, or ""


def history(annotation: Annotation, user, events: list[AnnotationEvent]) -> list[HistoryEntry]:
    """``events`` (the annotation's, oldest first, actors loaded) as ``user`` may read them."""
    curator = can_curate(user)
    sees_change = can_see_change(user, annotation)
    # Every reply's fate is in the events: its text now, or its deletion.
    deleted_replies, reply_texts = set(), {}
    for event in events:
        if event.action == Action.REPLY_DELETED:
            deleted_replies.add((event.before or {}).get("reply"))
        elif event.action in (Action.REPLIED, Action.REPLY_EDITED):
            reply_texts[(event.after or {}).get("reply")] = (event.after or {}).get("text")
    entries = []
    for event in events:
        changes, quote, withheld = event_changes(event), "", ""
        if event.action == Action.REPLIED:
            quote = (event.after or {}).get("text", "")
        if event.action in REPLY_ACTIONS and not curator:
            reply = (event.after or event.before or {}).get("reply")
            if reply in deleted_replies:
                quote, withheld = "", "The reply was deleted; its text is kept for curators."
            elif quote and quote != reply_texts.get(reply):
                # Edited away is deleted too: only the reply's text as it stands is public.
                quote, withheld = "", "The reply was edited; its first text is kept for curators."
        if event.action in CHANGE_ACTIONS and not sees_change:
            changes = []
        if annotation.is_deleted and not curator:
            changes, quote = [], ""
        entries.append(
            HistoryEntry(
                action=event.action,
                label=event.get_action_display(),
                actor=event.actor.get_username() if event.actor else "",
                created_at=event.created_at,
                changes=changes,
                quote=quote,
                withheld=withheld,
            )
        )
    return entries
