"""Entities: search-as-you-type over names and aliases, and get-or-create by name."""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction
from django.db.models import Case, IntegerField, Value, When

from annotations.models import Entity, normalise_name
from annotations.permissions import can_annotate, require
from annotations.tag_rules import AnnotationError

WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")


def entity_search(query: str, *, kinds=None, limit: int = 10):
    """Names and aliases containing the query, case- and accent-insensitively."""
    needle = normalise_name(query)
    entities = Entity.objects.all()
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
    return entities[:limit]


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
    if len(name) > 200:
        raise AnnotationError("An entity name can be at most 200 characters.", field="name")
    if kind not in Entity.Kind.values:
        raise AnnotationError(
            f"Unknown entity kind {kind!r}; use person, organization, place, event or other.",
            field="entity_kind",
        )
    wikidata_id = (wikidata_id or "").strip().upper()
    if wikidata_id and not WIKIDATA_ID.fullmatch(wikidata_id):
        raise AnnotationError("A Wikidata id looks like Q7747.", field="wikidata_id")
    lookup = {"kind": kind, "normalised_name": normalise_name(name)}
    existing = Entity.objects.filter(**lookup).first()
    if existing is not None:
        return existing, False
    entity = Entity(
        name=name,
        kind=kind,
        aliases=aliases or [],
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
