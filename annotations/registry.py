"""The entity registry: what an entity page shows, and the curators' writes on entities
(edit, merge a duplicate into a survivor, undo a merge).

A merge re-points every tag naming the duplicate (as entity, speaker or claimant, and in
edits awaiting review) at the survivor, one ORM save and one ``entity-merged`` event per
annotation, and keeps the duplicate as a row marked ``merged_into`` the survivor. The
``EntityMerge`` row says exactly which annotations moved and which aliases and Wikidata id
the survivor gained, so an undo points exactly those annotations back (the ones still on
the survivor) and takes back exactly what was added.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from annotations import duplicates
from annotations.entities import MAX_ALIAS, MAX_WIKIDATA_ID, WIKIDATA_ID
from annotations.models import (
    Annotation,
    AnnotationEvent,
    Entity,
    EntityMerge,
    ProposedChange,
    normalise_name,
    sees_every_annotation,
)
from annotations.permissions import can_curate, require
from annotations.tag_rules import AnnotationError
from annotations.writes import record_event, snapshot
from newsroom.models import Article

ROLES = ("entity", "speaker", "claimant")


# --- reading ---------------------------------------------------------------------------


def visible_annotations(user) -> QuerySet[Annotation]:
    """Annotations ``user`` may see, on articles they may see (the reader's rules)."""
    return Annotation.objects.visible_to(user).filter(article__in=Article.objects.visible_to(user))


def visible_entities(user) -> QuerySet[Entity]:
    """Current entities; to readers, only those a tag they may see names."""
    entities = Entity.objects.current()
    if sees_every_annotation(user):
        return entities
    shown = visible_annotations(user)
    named = Q()
    for role in ROLES:
        named |= Q(Exists(shown.filter(**{role: OuterRef("pk")})))
    return entities.filter(named)


# Each list on an entity's page shows at most this many tags, newest articles first, so a
# much-quoted person's page stays one quick page.
PER_SECTION = 200


@dataclass(frozen=True)
class Section:
    tags: list[Annotation]
    more: bool  # more tags than shown


def _section(tags: QuerySet[Annotation]) -> Section:
    shown = list(tags[: PER_SECTION + 1])
    return Section(shown[:PER_SECTION], len(shown) > PER_SECTION)


@dataclass(frozen=True)
class EntityPage:
    mentions: Section
    quotes: Section
    claims: Section


def entity_page(entity: Entity, user) -> EntityPage:
    """Every tag naming ``entity`` that ``user`` may see, newest article first."""
    shown = (
        visible_annotations(user)
        .select_related("article", "article__publication")
        .annotate(article_date=Coalesce("article__published_on", "article__created_at__date"))
        .order_by("-article_date", "article__id", "start")
    )
    none = Section([], False)
    return EntityPage(
        mentions=_section(shown.filter(entity=entity)),
        quotes=_section(shown.filter(speaker=entity)) if entity.can_speak else none,
        claims=_section(shown.filter(claimant=entity)) if entity.can_speak else none,
    )


# --- editing ---------------------------------------------------------------------------


def clean_aliases(aliases: list[str], *, name: str = "") -> list[str]:
    """Aliases with spacing tidied, each once (as search compares them), never the name."""
    seen = {normalise_name(name)} if name else set()
    kept = []
    for alias in aliases:
        alias = " ".join(alias.split())
        key = normalise_name(alias)
        if not key or key in seen:
            continue
        if len(alias) > MAX_ALIAS:
            raise AnnotationError(
                f"Each alias can be at most {MAX_ALIAS} characters.", field="aliases"
            )
        seen.add(key)
        kept.append(alias)
    return kept


def _used_as_speaker(entity_id: int) -> bool:
    tagged = Q(speaker_id=entity_id) | Q(claimant_id=entity_id)
    return (
        Annotation.objects.filter(tagged).exists() or ProposedChange.objects.filter(tagged).exists()
    )


@transaction.atomic
def entity_update(
    *, entity_id: int, user, kind: str, aliases: list[str], wikidata_id: str
) -> Entity:
    """A curator's edit of an entity's kind, aliases and Wikidata id."""
    require(can_curate(user), "Only curators can edit entities.")
    entity = Entity.objects.select_for_update().get(pk=entity_id, merged_into__isnull=True)
    if kind not in Entity.Kind.values:
        raise AnnotationError("Choose a kind from the list.", field="kind")
    if kind not in Entity.SPEAKER_KINDS and _used_as_speaker(entity.pk):
        raise AnnotationError(
            "This entity is a speaker or claimant, so it stays a person or an organization.",
            field="kind",
        )
    wikidata_id = (wikidata_id or "").strip().upper()
    if wikidata_id and not (
        len(wikidata_id) <= MAX_WIKIDATA_ID and WIKIDATA_ID.fullmatch(wikidata_id)
    ):
        raise AnnotationError("A Wikidata id looks like Q7747.", field="wikidata_id")
    entity.kind = kind
    entity.aliases = clean_aliases(aliases, name=entity.name)
    entity.wikidata_id = wikidata_id
    try:
        with transaction.atomic():
            entity.save(update_fields=["kind", "aliases", "wikidata_id"])
    except IntegrityError as clash:
        raise AnnotationError(
            "Another entity of that kind has this name: merge the two instead.", field="kind"
        ) from clash
    return entity


# --- merging ---------------------------------------------------------------------------


def _repoint(annotation: Annotation, roles: list[str], old: Entity, new: Entity, user, action):
    before = snapshot(annotation)
    for role in roles:
        if getattr(annotation, f"{role}_id") == old.pk:
            setattr(annotation, role, new)
    annotation.version += 1
    annotation.save(update_fields=[*roles, "version", "modified_at"])
    record_event(annotation, user, action, before, snapshot(annotation))


def _tags_naming(model, entity_id: int):
    return model.objects.filter(
        Q(entity_id=entity_id) | Q(speaker_id=entity_id) | Q(claimant_id=entity_id)
    )


@transaction.atomic
def entity_merge(*, survivor_id: int, loser_id: int, user) -> EntityMerge:
    """Merge the duplicate ``loser_id`` into ``survivor_id``."""
    require(can_curate(user), "Only curators can merge entities.")
    if survivor_id == loser_id:
        raise AnnotationError("Choose two different entities.", field="loser")
    # Locked in id order, so two merges of the same pair cannot deadlock.
    locked = {
        e.pk: e
        for e in Entity.objects.select_for_update()
        .filter(pk__in=[survivor_id, loser_id])
        .order_by("pk")
    }
    if len(locked) != 2:
        raise Entity.DoesNotExist
    survivor, loser = locked[survivor_id], locked[loser_id]
    if survivor.merged_into_id or loser.merged_into_id:
        raise AnnotationError("One of these entities was already merged.", field="loser")
    if survivor.kind != loser.kind:
        raise AnnotationError(
            "Only entities of the same kind merge: edit one's kind first.", field="loser"
        )

    repointed: dict[str, list[str]] = defaultdict(list)
    annotations = (
        _tags_naming(Annotation, loser.pk).select_for_update(of=("self",)).select_related(*ROLES)
    )
    for annotation in annotations.order_by("pk"):
        roles = [r for r in ROLES if getattr(annotation, f"{r}_id") == loser.pk]
        for role in roles:
            repointed[role].append(str(annotation.pk))
        _repoint(annotation, roles, loser, survivor, user, AnnotationEvent.Action.ENTITY_MERGED)
    repointed_changes: dict[str, list[str]] = defaultdict(list)
    for change in _tags_naming(ProposedChange, loser.pk).select_for_update().order_by("pk"):
        roles = [r for r in ROLES if getattr(change, f"{r}_id") == loser.pk]
        for role in roles:
            repointed_changes[role].append(str(change.pk))
            setattr(change, role, survivor)
        change.save(update_fields=[*roles, "modified_at"])

    known = {normalise_name(a) for a in [survivor.name, *survivor.aliases]}
    added = [
        alias
        for alias in clean_aliases([loser.name, *loser.aliases])
        if normalise_name(alias) not in known
    ]
    adopted = "" if survivor.wikidata_id else loser.wikidata_id
    survivor.aliases = [*survivor.aliases, *added]
    survivor.wikidata_id = survivor.wikidata_id or loser.wikidata_id
    survivor.save(update_fields=["aliases", "wikidata_id"])
    loser.merged_into = survivor
    loser.save(update_fields=["merged_into"])
    return EntityMerge.objects.create(
        survivor=survivor,
        loser=loser,
        actor=user,
        repointed=dict(repointed),
        repointed_changes=dict(repointed_changes),
        added_aliases=added,
        adopted_wikidata_id=adopted,
    )


@transaction.atomic
def merge_undo(*, merge_id: int, user) -> EntityMerge:
    """Undo a merge: the duplicate is its own entity again, and exactly the annotations
    the merge moved (those still on the survivor) point back at it."""
    require(can_curate(user), "Only curators can undo a merge.")
    merge = EntityMerge.objects.select_for_update().get(pk=merge_id)
    if merge.undone:
        raise AnnotationError("This merge was already undone.")
    entities = {
        e.pk: e
        for e in Entity.objects.select_for_update()
        .filter(pk__in=[merge.survivor_id, merge.loser_id])
        .order_by("pk")
    }
    survivor, loser = entities[merge.survivor_id], entities[merge.loser_id]
    if survivor.merged_into_id:
        raise AnnotationError(
            f"{survivor.name} was since merged into another entity: undo that merge first."
        )

    by_annotation: dict[str, list[str]] = defaultdict(list)
    for role, ids in merge.repointed.items():
        for annotation_id in ids:
            by_annotation[annotation_id].append(role)
    annotations = (
        Annotation.objects.select_for_update(of=("self",))
        .select_related(*ROLES)
        .filter(pk__in=list(by_annotation))
        .order_by("pk")
    )
    for annotation in annotations:
        roles = [
            r
            for r in by_annotation[str(annotation.pk)]
            if getattr(annotation, f"{r}_id") == survivor.pk
        ]
        if roles:
            _repoint(annotation, roles, survivor, loser, user, AnnotationEvent.Action.MERGE_UNDONE)
    changes_by_annotation: dict[str, list[str]] = defaultdict(list)
    for role, ids in merge.repointed_changes.items():
        for annotation_id in ids:
            changes_by_annotation[annotation_id].append(role)
    for change in (
        ProposedChange.objects.select_for_update()
        .filter(pk__in=list(changes_by_annotation))
        .order_by("pk")
    ):
        roles = [
            r
            for r in changes_by_annotation[str(change.pk)]
            if getattr(change, f"{r}_id") == survivor.pk
        ]
        for role in roles:
            setattr(change, role, loser)
        if roles:
            change.save(update_fields=[*roles, "modified_at"])

    taken_back = {normalise_name(a) for a in merge.added_aliases}
    survivor.aliases = [a for a in survivor.aliases if normalise_name(a) not in taken_back]
    if merge.adopted_wikidata_id and survivor.wikidata_id == merge.adopted_wikidata_id:
        survivor.wikidata_id = ""
    survivor.save(update_fields=["aliases", "wikidata_id"])
    loser.merged_into = None
    loser.save(update_fields=["merged_into"])
    merge.undone_at = timezone.now()
    merge.undone_by = user
    merge.save(update_fields=["undone_at", "undone_by"])
    return merge


# --- duplicates ------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicatePair:
    first: Entity
    second: Entity
    score: float
    why: str


def duplicate_suggestions(*, limit: int = 50) -> list[DuplicatePair]:
    """Likely duplicates among the current entities, most alike first."""
    rows = Entity.objects.current().values_list("pk", "kind", "search_text")
    candidates = [
        duplicates.Candidate(pk, kind, tuple(search_text.splitlines()))
        for pk, kind, search_text in rows
    ]
    found = duplicates.suggest(candidates, limit=limit)
    entities = Entity.objects.in_bulk({i for s in found for i in (s.first, s.second)})
    return [DuplicatePair(entities[s.first], entities[s.second], s.score, s.why) for s in found]
