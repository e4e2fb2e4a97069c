"""Entities: search-as-you-type over names and aliases, and get-or-create by name."""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction
from django.db.models import Case, IntegerField, Value, When

from annotations.models import Entity, normalise_name
from annotations.permissions import can_annotate, require
from annotations.tag_rules import AnnotationError

WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
# The columns' limits (the normalised name has the name's).
MAX_NAME = Entity._meta.get_field("name").max_length
MAX_ALIAS = Entity._meta.get_field("aliases").base_field.max_length
MAX_WIKIDATA_ID = Entity._meta.get_field("wikidata_id").max_length


def entity_search(query: str, *, kinds=None, limit: int = 10, among=None):
    """Names and aliases containing the query, case- and accent-insensitively, best first;
    ``limit=None`` leaves the queryset unsliced (the registry pages it). Merged duplicates
    are left out: their names are their survivor's aliases."""
    return entity_matches(query, kinds=kinds, among=among)[:limit]


def entity_matches(query: str, *, kinds=None, among=None):
    needle = normalise_name(query)
    entities = (among if among is not None else Entity.objects).current()
    if kinds:
        entities = entities.filter(kind__in=kinds)
    if needle:
        entities = (
            entities.filter(search_text__contains=needle)
            .annotate(
                rank=Case(
                    When(normalised_name=needle, then=Value(0)),
                    When(normalised_name__startswith=needle, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
            .order_by("rank", "name")
        )
    return entities


@transaction.atomic
def entity_get_or_create(
    *,
    user,
    name: str,
    kind: str,
    aliases: list[str] | None = None,
    wikidata_id: str = "",
    description: str = "",
) -> tuple[Entity, bool]:
    """The entity of that kind and (normalised) name, created if new."""
    require(can_annotate(user), "Only annotators can create entities.")
    name = " ".join((name or "").split())
    if not name:
        raise AnnotationError("An entity needs a name.", field="name")
    if len(name) > MAX_NAME:
        raise AnnotationError(f"An entity name can be at most {MAX_NAME} characters.", field="name")
    normalised = normalise_name(name)
    if len(normalised) > MAX_NAME:
        # Search compares names case-folded and without accents, and that can lengthen
        # them (ß is ss, a ligature two letters): the stored form has the same limit.
        raise AnnotationError(
            f"This name is too long: as search reads it (ß as ss, ligatures as their "
            f"letters) it has {len(normalised)} characters, and at most {MAX_NAME} fit.",
            field="name",
        )
    aliases = [" ".join(alias.split()) for alias in aliases or []]
    if any(len(alias) > MAX_ALIAS for alias in aliases):
        raise AnnotationError(f"Each alias can be at most {MAX_ALIAS} characters.", field="aliases")
    if kind not in Entity.Kind.values:
        raise AnnotationError(
            f"Unknown entity kind {kind!r}; use person, organization, place, event or other.",
            field="entity_kind",
        )
    wikidata_id = (wikidata_id or "").strip().upper()
    if wikidata_id and not (
        len(wikidata_id) <= MAX_WIKIDATA_ID and WIKIDATA_ID.fullmatch(wikidata_id)
    ):
        raise AnnotationError(
            f"A Wikidata id looks like Q7747 (at most {MAX_WIKIDATA_ID} characters).",
            field="wikidata_id",
        )
    lookup = {"kind": kind, "normalised_name": normalised}
    existing = Entity.objects.filter(**lookup).first()
    if existing is not None:
        return existing.survivor, False  # a merged duplicate's name names its survivor
    entity = Entity(
        name=name,
        kind=kind,
        aliases=aliases,
        wikidata_id=wikidata_id,
        description=description,
        created_by=user,
    )
    try:
        with transaction.atomic():
            entity.save()
    except IntegrityError:
        # Someone created the same entity a moment ago: theirs is ours.
        return Entity.objects.get(**lookup), False
    return entity, True
