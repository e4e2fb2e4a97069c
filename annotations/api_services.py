"""Writes behind the annotation API: a parsed W3C annotation in, an Annotation saved.

Entities a client names by Wikidata IRI or by name may be created on the way; that
happens in the same transaction as the annotation, so a refused annotation leaves no
new entity behind. The rules are ``tag_rules``: ``check_tag`` and ``check_selection`` judge
what the API sends as they judge the reader UI's form.
"""

from __future__ import annotations

from django.db import transaction

from annotations.entities import entity_get_or_create
from annotations.models import Annotation, Entity, normalise_name
from annotations.tag_rules import AnnotationError, Tag
from annotations.w3c import EntityRef, ParsedAnnotation
from annotations.writes import annotation_create, annotation_update
from newsroom.models import Article


def _entity(ref: EntityRef | None, *, user, default_kind: str) -> Entity | None:
    if ref is None:
        return None
    if ref.entity_id is not None:
        entity = Entity.objects.filter(pk=ref.entity_id).first()
        if entity is None:
            raise AnnotationError(f"There is no entity {ref.entity_id}.", field=ref.field)
        return entity.survivor  # a merged duplicate's IRI names its survivor
    if ref.wikidata_id:
        known = Entity.objects.filter(wikidata_id=ref.wikidata_id)
        if ref.kind:
            known = known.filter(kind=ref.kind)
        entity = known.order_by("pk").first()
        if entity is not None:
            return entity.survivor
        if not (ref.name and ref.kind):
            raise AnnotationError(
                f"We do not know Wikidata's {ref.wikidata_id} yet: "
                "give its schema:name and type to add it.",
                field=ref.field,
            )
    kind = ref.kind
    if not kind:  # a speaker or claimant given by name only: a person unless we know better
        kind = (
            Entity.objects.filter(
                normalised_name=normalise_name(ref.name), kind__in=Entity.SPEAKER_KINDS
            )
            .order_by("kind")
            .values_list("kind", flat=True)
            .first()
            or default_kind
        )
    try:
        entity, _ = entity_get_or_create(
            user=user, name=ref.name, kind=kind, wikidata_id=ref.wikidata_id
        )
    except AnnotationError as error:
        raise AnnotationError(error.message, field=ref.field, code=error.code) from error
    return entity


def _tag(parsed: ParsedAnnotation, *, user) -> Tag:
    """The parsed bodies as a service ``Tag``; ``check_tag`` holds it to its kind's rules,
    as it does the reader UI's form. A describing person is a claim's claimant, else a
    speaker (which only quotes have)."""
    person = "claimant" if parsed.kind == Annotation.Kind.CLAIM else "speaker"
    return Tag(
        kind=parsed.kind,
        entity=_entity(parsed.entity, user=user, default_kind=Entity.Kind.OTHER),
        quote_cue=parsed.quote_cue,
        quote_type=parsed.quote_type,
        verdict=parsed.verdict,
        verdict_note=parsed.verdict_note,
        note=parsed.note,
        **{person: _entity(parsed.person, user=user, default_kind=Entity.Kind.PERSON)},
    )


def w3c_annotation_create(*, article: Article, user, parsed: ParsedAnnotation) -> Annotation:
    if parsed.entity is None and parsed.person is None:
        # No entity can be created on the way: annotation_create's own transaction is
        # all there is (and a savepoint less for the commonest create).
        return _create(article=article, user=user, parsed=parsed)
    with transaction.atomic():
        return _create(article=article, user=user, parsed=parsed)


def _create(*, article: Article, user, parsed: ParsedAnnotation) -> Annotation:
    return annotation_create(
        article=article,
        user=user,
        tag=_tag(parsed, user=user),
        start=parsed.start,
        end=parsed.end,
        exact=parsed.exact,
        prefix=parsed.prefix,
        suffix=parsed.suffix,
        canonical=parsed.canonical,
        via=parsed.via,
    )


@transaction.atomic
def w3c_annotation_update(
    *, annotation: Annotation, user, version: int | None, parsed: ParsedAnnotation
) -> Annotation:
    """A new body for an annotation; its target stays where it is."""
    moved = parsed.exact != annotation.exact or (
        parsed.start is not None
        and (parsed.start, parsed.end) != (annotation.start, annotation.end)
    )
    if moved:
        raise AnnotationError(
            "The target of an annotation cannot be changed; create a new annotation instead.",
            field="target",
            code="target_fixed",
        )
    return annotation_update(
        annotation_id=annotation.pk, user=user, version=version, tag=_tag(parsed, user=user)
    )
