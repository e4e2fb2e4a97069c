"""Claims across articles: a ``Claim`` is one claim however many articles state it; its
claim annotations link to it, and its verdict, given once by a curator, is theirs.

The verdict is copied onto every linked annotation through the ORM (a version bump and a
``verdict`` event each), so the reader's highlights, the annotation panel, the entity page,
the live poll and the W3C JSON, which all read the annotation, show the claim's verdict
with nothing more to join. Linking copies the claim's verdict onto the annotation;
unlinking puts it back to unreviewed (the verdict was the claim's, not this text's). Each
is an event in the annotation's history. Locks: the claim first, then its annotations in
id order, as every write here takes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from annotations import claim_matching
from annotations.models import (
    Annotation,
    AnnotationEvent,
    Claim,
    ProposedChange,
)
from annotations.permissions import can_curate, require
from annotations.registry import visible_annotations
from annotations.tag_rules import LIMITS, AnnotationError, check_verdict
from annotations.writes import GoneError, record_event, snapshot

Verdict = Annotation.Verdict


# --- reading ---------------------------------------------------------------------------


def visible_claims(user) -> QuerySet[Claim]:
    """Every claim to curators; to others, claims stated by an annotation they may see."""
    if can_curate(user):
        return Claim.objects.all()
    shown = visible_annotations(user).filter(claim=OuterRef("pk"))
    return Claim.objects.filter(Exists(shown))


def linked_annotations(claim: Claim, user) -> list[Annotation]:
    """The claim's annotations ``user`` may see, with their articles, newest article first."""
    return list(
        visible_annotations(user)
        .filter(claim=claim)
        .select_related("article", "article__publication", "claimant", "author")
        .order_by("-article__created_at", "article__id", "start")
    )


@dataclass(frozen=True)
class Suggestion:
    annotation: Annotation
    score: float


def suggestions(claim: Claim, *, limit: int = 10) -> list[Suggestion]:
    """Claim annotations not linked to any claim whose text is like this claim's (or any
    of its annotations'): the newest ``MAX_CANDIDATES`` are compared, so the work is
    bounded however large the archive grows (a curator's page, so every live one counts)."""
    texts = [
        claim.text,
        *claim.annotations.filter(deleted_at__isnull=True).values_list("exact", flat=True)[:4],
    ]
    candidates = (
        Annotation.objects.live()
        .filter(kind=Annotation.Kind.CLAIM, claim__isnull=True)
        .order_by("-created_at")
        .values_list("pk", "exact")[: claim_matching.MAX_CANDIDATES]
    )
    found = claim_matching.similar(dict.fromkeys(texts), candidates, limit=limit)
    rows = Annotation.objects.select_related("article", "claimant").in_bulk([m.id for m in found])
    return [Suggestion(rows[m.id], m.score) for m in found if m.id in rows]


# --- writing ---------------------------------------------------------------------------


def _locked_claim(claim_id: int) -> Claim:
    return Claim.objects.select_for_update().get(pk=claim_id)


def _locked_annotations(**filters) -> list[Annotation]:
    return list(
        Annotation.objects.live()
        .select_for_update(of=("self",))
        .select_related("entity", "speaker", "claimant")
        .filter(**filters)
        .order_by("pk")
    )


def _set_verdict(
    annotation: Annotation, claim: Claim | None, verdict: str, note: str, user, action, extra=None
):
    """``annotation`` given ``verdict`` (and linked to ``claim``), through the ORM, with
    its event; an edit of it awaiting review follows, so accepting that edit later cannot
    bring an old verdict back."""
    before = snapshot(annotation)
    annotation.claim = claim
    annotation.verdict, annotation.verdict_note = verdict, note
    annotation.version += 1
    annotation.save(update_fields=["claim", "verdict", "verdict_note", "version", "modified_at"])
    ProposedChange.objects.filter(annotation=annotation, kind=Annotation.Kind.CLAIM).update(
        verdict=verdict, verdict_note=note, modified_at=timezone.now()
    )
    record_event(annotation, user, action, before, {**snapshot(annotation), **(extra or {})})


def _claim_annotation(annotation_id) -> Annotation:
    annotation = _locked_annotations(pk=annotation_id)
    if not annotation:
        if Annotation.objects.filter(pk=annotation_id).exists():
            raise GoneError("This annotation was deleted.")
        raise Annotation.DoesNotExist
    if annotation[0].kind != Annotation.Kind.CLAIM:
        raise AnnotationError("Only claims link to a claim page.", field="annotation")
    return annotation[0]


@transaction.atomic
def claim_create(*, annotation_id, user) -> Claim:
    """A claim page for a claim annotation not linked yet: its text, claimant and verdict
    become the claim's, and it is linked."""
    require(can_curate(user), "Only curators open claim pages.")
    annotation = _claim_annotation(annotation_id)
    if annotation.claim_id is not None:
        raise AnnotationError("This claim already has its claim page.", field="annotation")
    verdict = annotation.verdict or Verdict.UNREVIEWED
    reviewed = verdict != Verdict.UNREVIEWED
    claim = Claim.objects.create(
        text=annotation.exact,
        claimant=annotation.claimant,
        verdict=verdict,
        explanation=annotation.verdict_note,
        reviewer=user if reviewed else None,
        reviewed_at=timezone.now() if reviewed else None,
        created_by=user,
    )
    _set_verdict(
        annotation,
        claim,
        verdict,
        annotation.verdict_note,
        user,
        AnnotationEvent.Action.CLAIM_LINKED,
    )
    return claim


@transaction.atomic
def claim_set_verdict(*, claim_id: int, user, verdict: str, explanation: str) -> Claim:
    """A curator's verdict on the claim: recorded with its reviewer and time, and copied
    onto every live annotation linked to it, each with a ``verdict`` event."""
    require(can_curate(user), "Only curators give verdicts.")
    claim = _locked_claim(claim_id)
    explanation = explanation.strip()
    if len(explanation) > LIMITS["verdict_note"]:
        raise AnnotationError(
            f"Ensure the explanation has at most {LIMITS['verdict_note']} characters.",
            field="explanation",
        )
    if verdict not in Verdict.values:
        raise AnnotationError("Choose a verdict from the list.", field="verdict")
    if (verdict, explanation) == (claim.verdict, claim.explanation):
        return claim
    check_verdict(claim.verdict, verdict, explanation, field="explanation")
    annotations = _locked_annotations(claim=claim)
    if not annotations:
        raise AnnotationError(
            "No article states this claim now: link an annotation to it first.", field="verdict"
        )
    claim.verdict, claim.explanation = verdict, explanation
    claim.reviewer, claim.reviewed_at = user, timezone.now()
    claim.save(update_fields=["verdict", "explanation", "reviewer", "reviewed_at"])
    # The same moment on every event marks them as one decision (the claim page's history).
    decision = {"reviewed_at": claim.reviewed_at.isoformat()}
    for annotation in annotations:
        _set_verdict(
            annotation, claim, verdict, explanation, user, AnnotationEvent.Action.VERDICT, decision
        )
    return claim


@transaction.atomic
def claim_link(*, claim_id: int, annotation_id, user) -> Annotation:
    """Link a claim annotation (of another article, say) to the claim: it takes the
    claim's verdict. One linked to another claim must be unlinked from it first."""
    require(can_curate(user), "Only curators link claims.")
    claim = _locked_claim(claim_id)
    annotation = _claim_annotation(annotation_id)
    if annotation.claim_id == claim.pk:
        return annotation
    if annotation.claim_id is not None:
        raise AnnotationError(
            "This annotation is linked to another claim: unlink it there first.",
            field="annotation",
        )
    _set_verdict(
        annotation,
        claim,
        claim.verdict,
        claim.explanation,
        user,
        AnnotationEvent.Action.CLAIM_LINKED,
    )
    return annotation


@transaction.atomic
def claim_unlink(*, claim_id: int, annotation_id, user) -> Annotation:
    """Unlink an annotation from the claim: the claim's verdict no longer applies to it,
    so it is unreviewed again (its history keeps the verdict it had)."""
    require(can_curate(user), "Only curators unlink claims.")
    claim = _locked_claim(claim_id)
    annotation = _claim_annotation(annotation_id)
    if annotation.claim_id != claim.pk:
        raise AnnotationError("This annotation is not linked to this claim.", field="annotation")
    _set_verdict(
        annotation,
        None,
        Verdict.UNREVIEWED,
        "",
        user,
        AnnotationEvent.Action.CLAIM_UNLINKED,
    )
    return annotation


# --- history ---------------------------------------------------------------------------

CLAIM_ACTIONS = (
    AnnotationEvent.Action.VERDICT,
    AnnotationEvent.Action.CLAIM_LINKED,
    AnnotationEvent.Action.CLAIM_UNLINKED,
)


@dataclass(frozen=True)
class ClaimEvent:
    label: str
    actor: str
    created_at: object
    verdict: str  # the verdict's label, for a verdict given
    explanation: str
    annotation: Annotation


def claim_history(claim: Claim, user) -> list[ClaimEvent]:
    """What happened to the claim, newest first: its verdicts (one line per decision,
    however many articles it reached) and every link and unlink."""
    events = (
        AnnotationEvent.objects.filter(action__in=CLAIM_ACTIONS[:2], after__claim=claim.pk)
        | AnnotationEvent.objects.filter(
            action=AnnotationEvent.Action.CLAIM_UNLINKED, before__claim=claim.pk
        )
    ).select_related("actor", "annotation", "annotation__article")
    curator = can_curate(user)
    shown = set(
        visible_annotations(user)
        .values_list("pk", flat=True)
        .filter(pk__in=events.values("annotation_id"))
    )
    entries, decisions = [], set()
    for event in events.order_by("-created_at", "-id"):
        after = event.after or {}
        if not curator and event.annotation_id not in shown:
            continue
        if event.action == AnnotationEvent.Action.VERDICT:
            if after.get("reviewed_at") in decisions:
                continue
            decisions.add(after.get("reviewed_at"))
        verdict = after.get("verdict", "")
        entries.append(
            ClaimEvent(
                label=event.get_action_display(),
                actor=event.actor.get_username() if event.actor else "",
                created_at=event.created_at,
                verdict=Verdict(verdict).label if verdict in Verdict.values else "",
                explanation=after.get("verdict_note", ""),
                annotation=event.annotation,
            )
        )
    return entries
