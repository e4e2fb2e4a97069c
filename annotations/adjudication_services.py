"""Adjudication of one article (the Django shell of ``annotations.adjudication``): what the
page shows, and the curator's decisions.

Every decision goes through ``annotations.writes`` (``annotation_set_status``,
``annotation_create``), so each change is checked, versioned and has its history event like
any other; one decision is one transaction, so a refused part (a version changed
meanwhile) leaves every annotation as it was.

The reviewed layer: once a curator marks an article reviewed (``ArticleReview``), its live
accepted annotations placed in the current text are its reviewed layer
(``Annotation.objects.reviewed_layer()``, ``reviewed_layer(article)``). Exports and
agreement take it as the reference.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import QuerySet

from annotations import adjudication, writes
from annotations.adjudication import FIELDS, Group, Version, overlap_groups, select
from annotations.models import Annotation, AnnotationEvent, ArticleReview, ProposedChange
from annotations.permissions import can_curate, require
from annotations.tag_rules import KINDS, AnnotationError, Tag
from newsroom.models import Article

CONTEXT_CHARS = 120  # of the article either side of a group's passage
MAX_PASSAGE = 1200
MAX_QUOTE = 400
LABELS = {
    "span": "Span",
    "kind": "Kind",
    "entity": "Entity",
    "speaker": "Speaker",
    "quote_type": "Quote type",
    "claimant": "Claimant",
    "verdict": "Verdict",
}
MERGED = AnnotationEvent.Action.MERGED


def reviewed_layer(article: Article) -> QuerySet[Annotation] | None:
    """``article``'s reviewed layer in document order, or None while no curator has marked
    it reviewed."""
    if not ArticleReview.objects.filter(article=article).exists():
        return None
    return Annotation.objects.reviewed_layer().filter(article=article).in_document_order()


# --- what the page shows ------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    name: str
    label: str
    value: str
    differs: bool


@dataclass
class VersionRow:
    n: int
    a: Annotation
    merged: bool  # made in adjudication from other versions
    fields: list[Shown] = field(default_factory=list)


@dataclass
class MergeField:
    name: str
    label: str
    options: list[tuple[VersionRow, str]]  # the standing versions that carry the field


@dataclass
class GroupRow:
    n: int
    group: Group
    before: str
    passage: str
    after: str
    versions: list[VersionRow]
    merge: list[MergeField]

    @property
    def state(self) -> str:
        return self.group.state

    @property
    def differences(self) -> list[str]:
        return [LABELS[name] for name in FIELDS if name in self.group.differences]

    @property
    def standing(self) -> list[VersionRow]:
        return [v for v in self.versions if v.a.status != Annotation.Status.REJECTED]


@dataclass
class Board:
    article: Article
    groups: list[GroupRow]
    total: int  # groups before the filters
    open: int  # groups still disagreeing, before the filters
    review: ArticleReview | None


def _version(a: Annotation) -> Version:
    def pk(entity_id):
        return None if entity_id is None else str(entity_id)

    return Version(
        id=str(a.pk),
        author=a.author.get_username(),
        kind=a.kind,
        start=a.start,
        end=a.end,
        status=a.status,
        entity=pk(a.entity_id),
        speaker=pk(a.speaker_id),
        quote_type=a.quote_type,
        claimant=pk(a.claimant_id),
        verdict=a.verdict,
    )


def _shown(a: Annotation, name: str) -> str:
    if name == "span":
        exact = a.exact if len(a.exact) <= MAX_QUOTE else a.exact[: MAX_QUOTE - 1] + "…"
        return f"“{exact}” ({a.start}–{a.end})"
    if name in ("entity", "speaker", "claimant"):
        entity = getattr(a, name)
        return entity.name if entity is not None else "not said"
    if name in ("kind", "quote_type", "verdict"):
        return getattr(a, f"get_{name}_display")() or "not said"
    raise KeyError(name)


def _words(text: str, *, keep_end: bool) -> str:
    """Context cut at a space, so no word is shown in part."""
    if keep_end:
        cut = text.find(" ")
        return text[cut + 1 :] if 0 <= cut < len(text) - 1 else text
    cut = text.rfind(" ")
    return text[:cut] if cut > 0 else text


def article_board(article: Article, *, kind: str = "", disagreements: bool = False) -> Board:
    """The article's live, placed annotations in overlap groups (three queries: the
    annotations, which were made by merging, the review mark)."""
    annotations = list(
        Annotation.objects.live()
        .filter(article=article, start__isnull=False)
        # "pending": whether an edit awaits review, read with the row.
        .select_related("author", "entity", "speaker", "claimant", "pending")
        .in_document_order()
    )
    by_id = {str(a.pk): a for a in annotations}
    merged = {
        str(pk)
        for pk in AnnotationEvent.objects.filter(
            annotation__in=annotations, action=MERGED
        ).values_list("annotation_id", flat=True)
    }
    # The article's annotators: whoever tagged it, but not the curator's merged versions.
    annotators = {a.author.get_username() for a in annotations if str(a.pk) not in merged}
    everything = overlap_groups([_version(a) for a in annotations], annotators)
    text = article.text
    rows = []
    for number, group in enumerate(everything, start=1):
        if not select([group], kind=kind, disagreements=disagreements):
            continue
        versions = []
        for n, version in enumerate(group.versions, start=1):
            a = by_id[version.id]
            shown = [
                Shown(name, LABELS[name], _shown(a, name), name in group.differences)
                for name in FIELDS
                if version.carries(name)
            ]
            versions.append(VersionRow(n, a, version.id in merged, shown))
        standing = [v for v in versions if v.a.status != Annotation.Status.REJECTED]
        merge = [
            MergeField(
                name,
                LABELS[name],
                [(v, _shown(v.a, name)) for v in standing if _version(v.a).carries(name)],
            )
            for name in FIELDS
            if name in group.differences
        ]
        passage = text[group.start : group.end]
        if len(passage) > MAX_PASSAGE:
            passage = passage[: MAX_PASSAGE - 1] + "…"
        before = text[max(0, group.start - CONTEXT_CHARS) : group.start]
        after = text[group.end : group.end + CONTEXT_CHARS]
        rows.append(
            GroupRow(
                number,
                group,
                _words(before, keep_end=True) if group.start > CONTEXT_CHARS else before,
                passage,
                _words(after, keep_end=False) if len(after) == CONTEXT_CHARS else after,
                versions,
                merge,
            )
        )
    disagreeing = sum(g.state == adjudication.DISAGREEMENT for g in everything)
    review = ArticleReview.objects.select_related("reviewer").filter(article=article).first()
    return Board(article, rows, len(everything), disagreeing, review)


# --- decisions ----------------------------------------------------------------------------


def _members(article: Article, versions: Mapping[str, int]) -> dict[str, Annotation]:
    """The posted versions, read and checked: live annotations of ``article``, at the
    version the curator saw, placed, with no edit awaiting review, overlapping as one
    group. Nothing is locked yet (the writes lock each, in their turn)."""
    found = {
        str(a.pk): a
        for a in Annotation.objects.filter(article=article, pk__in=list(versions)).select_related(
            "author", "entity", "speaker", "claimant"
        )
    }
    if len(found) != len(versions):
        raise Annotation.DoesNotExist
    for pk, a in found.items():
        if a.deleted_at is not None:
            raise writes.GoneError(f"{a.author.get_username()}'s version was deleted.")
        if a.version != versions[pk]:
            raise writes.ConflictError(a)
        if a.start is None:
            raise AnnotationError("An orphaned annotation cannot be adjudicated.")
    if ProposedChange.objects.filter(annotation__in=list(found.values())).exists():
        raise AnnotationError(
            "An edit of one of these versions awaits review: accept or reject it in the "
            "article first."
        )
    if len(overlap_groups([_version(a) for a in found.values()])) != 1:
        raise AnnotationError("These versions do not overlap: adjudicate them one passage apart.")
    return found


def _decide(user, a: Annotation, status: str, version: int, reason: str) -> Annotation:
    return writes.annotation_set_status(
        annotation_id=a.pk, user=user, status=status, version=version, reason=reason
    )


def _in_order(members: dict[str, Annotation]) -> list[Annotation]:
    # Locks taken in one order by every decision, so two curators cannot deadlock.
    return [members[pk] for pk in sorted(members)]


@transaction.atomic
def adjudicate_pick(*, user, article: Article, chosen: str, versions: Mapping[str, int]) -> None:
    """Keep ``chosen``'s version (accepted) and reject the group's others, each with a
    reason naming the version kept. ``versions``: every member's id and version seen."""
    require(can_curate(user), "Only curators adjudicate.")
    if chosen not in versions:
        raise AnnotationError("Choose one of the group's versions.", field="chosen")
    members = _members(article, versions)
    kept = members[chosen]
    name = kept.author.get_username()
    for a in _in_order(members):
        if a is kept:
            _decide(user, a, Annotation.Status.ACCEPTED, versions[chosen], "adjudicated: kept")
        else:
            reason = f"adjudicated: {name}'s version kept"
            _decide(user, a, Annotation.Status.REJECTED, versions[str(a.pk)], reason)


@transaction.atomic
def adjudicate_merge(
    *, user, article: Article, versions: Mapping[str, int], sources: Mapping[str, str]
) -> Annotation:
    """A new annotation, the curator's and accepted, taking each field from the version
    ``sources`` names (field -> annotation id; a field not named, the cue and the notes
    from the kind's version, and the kind, when not named, from the first standing
    version); its history says what came from where. The versions merged are rejected
    with a reason pointing to it."""
    require(can_curate(user), "Only curators adjudicate.")
    members = _members(article, versions)
    # In the order the page showed them: the first is where unnamed fields come from.
    standing = [members[pk] for pk in versions if members[pk].status != Annotation.Status.REJECTED]
    if not standing:
        raise AnnotationError("Every version here was rejected: nothing to merge.")
    first = str(standing[0].pk)
    chosen = {name: sources.get(name) or sources.get("kind") or first for name in FIELDS}
    if any(pk not in members or members[pk] not in standing for pk in chosen.values()):
        raise AnnotationError("Take every field from one of the group's standing versions.")
    if len(set(chosen.values())) == 1:  # every field from one version: that is a pick
        adjudicate_pick(user=user, article=article, chosen=chosen["kind"], versions=versions)
        return members[chosen["kind"]]
    base = members[chosen["kind"]]
    values: dict = {"kind": base.kind, "note": base.note}
    for name in KINDS[base.kind].fields:
        source = members[chosen.get(name, chosen["kind"])]
        if source.kind != base.kind:
            raise AnnotationError(
                f"{source.author.get_username()}'s version is a {source.get_kind_display()}"
                f" and has no {LABELS.get(name, name).lower()}: take it from a "
                f"{base.get_kind_display().lower()}.",
                field=name,
            )
        values[name] = getattr(source, name)
    span = members[chosen["span"]]
    merged = writes.annotation_create(
        article=article,
        user=user,
        tag=Tag(**values),
        start=span.start,
        end=span.end,
        exact=span.exact,
    )
    writes.record_event(
        merged,
        user,
        MERGED,
        after={"merged_from": sorted(set(chosen.values())), "fields": chosen},
    )
    reason = f"adjudicated: merged into {merged.pk}"
    for a in _in_order(members):
        _decide(user, a, Annotation.Status.REJECTED, versions[str(a.pk)], reason)
    return merged


@transaction.atomic
def adjudicate_reject(
    *, user, article: Article, annotation_id: str, version: int, reason: str = ""
) -> Annotation:
    """Reject one version alone."""
    require(can_curate(user), "Only curators adjudicate.")
    (a,) = _members(article, {annotation_id: version}).values()
    said = reason.strip()
    return _decide(
        user, a, Annotation.Status.REJECTED, version, f"adjudicated: {said or 'rejected'}"
    )


@transaction.atomic
def article_mark_reviewed(*, user, article: Article) -> ArticleReview:
    """Adjudication finished: the article's accepted annotations are its reviewed layer."""
    require(can_curate(user), "Only curators mark an article reviewed.")
    return ArticleReview.objects.create(article=article, reviewer=user)


def parse_members(values: Sequence[str]) -> dict[str, int]:
    """``id:version`` pairs as the page posts them; ValueError on anything else."""
    members: dict[str, int] = {}
    for value in values:
        pk, _, version = value.partition(":")
        members[str(uuid.UUID(pk))] = int(version)
    if not members:
        raise ValueError("no versions")
    return members
