"""Annotation <-> W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).

One module for both directions, so that what we write is what we read back.

Writing: ``annotation_to_w3c``. The kind is a TextualBody with purpose ``tagging``; an
entity tag adds a SpecificResource (purpose ``identifying``) whose source is the Wikidata
IRI when known, else our entity IRI; a quote's speaker and a claim's claimant are a
SpecificResource with purpose ``describing``; a claim's verdict is a TextualBody with
purpose ``assessing`` (its note as ``schema:ratingExplanation``, the claim page it
is linked to as ``schema:itemReviewed``); the note is a TextualBody
with purpose ``commenting`` and comes first, because generic clients show and edit the
first textual body as "the comment". Where W3C has no term we use schema.org terms with
the ``schema:`` prefix that the anno.jsonld context already defines, so the @context
stays the single string the model asks for.

Reading: ``parse_annotation`` checks the shape and returns a ``ParsedAnnotation`` with
entity references still unresolved (``api_services`` resolves them inside the write's
transaction). Server-managed properties (creator, created, modified, status) are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC

from annotations.iris import Links
from annotations.models import Annotation, Entity

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld"
MEDIA_TYPE = f'application/ld+json; profile="{ANNO_CONTEXT}"'

# The 13 motivations of model 3.3.5 (the anno.jsonld context defines each as a term).
MOTIVATIONS = frozenset(
    "assessing bookmarking classifying commenting describing editing highlighting "  # noqa: SIM905
    "identifying linking moderating questioning replying tagging".split()
)
MOTIVATION = {"claim": "tagging", "entity": "identifying", "quote": "describing"}
ENTITY_TYPES = {
    Entity.Kind.PERSON: "schema:Person",
    Entity.Kind.ORGANIZATION: "schema:Organization",
    Entity.Kind.PLACE: "schema:Place",
    Entity.Kind.EVENT: "schema:Event",
    Entity.Kind.OTHER: "schema:Thing",
}
KIND_OF_TYPE = {
    **{t: k for k, t in ENTITY_TYPES.items()},
    **{f"http://schema.org/{t[7:]}": k for k, t in ENTITY_TYPES.items()},
    **{f"https://schema.org/{t[7:]}": k for k, t in ENTITY_TYPES.items()},
}
WIKIDATA_IRI = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q[1-9][0-9]*)$")
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")
MAX_IRI = 2000


def timestamp(moment) -> str:
    """xsd:dateTime in UTC with a trailing Z, as the model requires (not isoformat's +00:00)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- writing ---------------------------------------------------------------------------


def agent(user, links: Links) -> dict:
    return {
        "id": links.person(user.pk),
        "type": "Person",
        "name": user.get_full_name() or user.get_username(),
        "nickname": user.get_username(),
    }


def entity_node(entity: Entity, links: Links) -> dict:
    node = {
        "id": entity.wikidata_url or links.entity(entity.pk),
        "type": ENTITY_TYPES.get(entity.kind, "schema:Thing"),
        "schema:name": entity.name,
    }
    if entity.wikidata_id:
        node["schema:sameAs"] = links.entity(entity.pk)
    return node


def _text(value: str, purpose: str, **extra) -> dict:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"} | (
        extra
    )


def annotation_to_w3c(annotation: Annotation, links: Links, *, embedded: bool = False) -> dict:
    """The annotation as JSON-LD; ``embedded`` drops @context (a page's context applies)."""
    a = annotation
    creator = agent(a.author, links)
    tag = _text(a.kind, "tagging", language="en", creator=creator, created=timestamp(a.created_at))
    if a.quote_type:
        tag["schema:additionalType"] = a.quote_type
    if a.quote_cue:
        tag["schema:description"] = a.quote_cue
    bodies = [_text(a.note, "commenting")] if a.note else []
    bodies.append(tag)
    if a.entity_id:
        bodies.append(_resource(a.entity, "identifying", links))
    if a.speaker_id:
        bodies.append(_resource(a.speaker, "describing", links))
    if a.claimant_id:
        bodies.append(_resource(a.claimant, "describing", links))
    if a.kind == Annotation.Kind.CLAIM and (a.verdict != "unreviewed" or a.verdict_note):
        verdict = _text(a.verdict, "assessing", language="en")
        if a.verdict_note:
            verdict["schema:ratingExplanation"] = a.verdict_note
        if a.claim_id:  # the claim across articles, whose verdict this is
            verdict["schema:itemReviewed"] = links.claim(a.claim_id)
        bodies.append(verdict)
    selectors = [
        {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix}
    ]
    if a.start is not None:
        selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
    data = {} if embedded else {"@context": ANNO_CONTEXT}
    data.update(
        {
            "id": links.annotation(a.pk),
            "type": "Annotation",
            "motivation": MOTIVATION[a.kind],
            "creator": creator,
            "created": timestamp(a.created_at),
            "modified": timestamp(a.modified_at),
            "body": bodies,
            "target": {
                "type": "SpecificResource",
                # The product reads and cleans English print; the cleaner's lexicon is English.
                "source": {
                    "id": links.article(a.article),
                    "type": "Text",
                    "format": "text/html",
                    "language": "en",
                },
                "selector": selectors if len(selectors) > 1 else selectors[0],
            },
            "schema:creativeWorkStatus": a.status,
        }
    )
    if a.canonical:
        data["canonical"] = a.canonical
    if a.via:
        data["via"] = a.via
    return data


def _resource(entity: Entity, purpose: str, links: Links) -> dict:
    return {"type": "SpecificResource", "purpose": purpose, "source": entity_node(entity, links)}


def entity_to_w3c(entity: Entity, links: Links) -> dict:
    """Our own description of an entity (what its IRI dereferences to)."""
    node = {
        "@context": ANNO_CONTEXT,
        "id": links.entity(entity.pk),
        "type": ENTITY_TYPES.get(entity.kind, "schema:Thing"),
        "schema:name": entity.name,
    }
    if entity.wikidata_id:
        node["schema:sameAs"] = entity.wikidata_url
    if entity.aliases:
        node["schema:alternateName"] = list(entity.aliases)
    if entity.description:
        node["schema:description"] = entity.description
    return node


# --- reading ---------------------------------------------------------------------------


class InvalidAnnotation(Exception):
    """A document we cannot take: 400 for a malformed shape, 422 for what we cannot do."""

    def __init__(self, message: str, *, field: str | None = None, status: int = 400):
        super().__init__(message)
        self.message, self.field, self.status = message, field, status
        self.code = "invalid" if status == 400 else "unprocessable"


@dataclass(frozen=True)
class EntityRef:
    """An entity named in a body: ours by id, Wikidata's by id, or new by name (+ kind)."""

    field: str
    entity_id: int | None = None
    wikidata_id: str = ""
    name: str = ""
    kind: str = ""


@dataclass(frozen=True)
class ParsedAnnotation:
    kind: str
    exact: str
    start: int | None = None
    end: int | None = None
    prefix: str = ""
    suffix: str = ""
    source: str | None = None  # the target's source IRI, if given
    entity: EntityRef | None = None
    person: EntityRef | None = None  # the speaker of a quote, the claimant of a claim
    quote_cue: str = ""
    quote_type: str = ""
    verdict: str = ""
    verdict_note: str = ""
    note: str = ""
    canonical: str = ""
    via: str = ""


def _fail(message: str, where: str | None = None, status: int = 400):
    raise InvalidAnnotation(message, field=where, status=status)


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _string(node: dict, key: str, where: str, *, required: bool = False) -> str:
    value = node.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        _fail(f"{where}.{key} must be a string.", f"{where}.{key}")
    return value


def _iri(value, where: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_IRI or not IRI.match(value):
        _fail(f"{where} must be an absolute IRI (at most {MAX_IRI} characters).", where)
    return value


def parse_annotation(data, links: Links) -> ParsedAnnotation:
    if not isinstance(data, dict):
        _fail("Send one annotation as a JSON object.")
    context = data.get("@context", ANNO_CONTEXT)
    if ANNO_CONTEXT not in _as_list(context):
        _fail(f"@context must include {ANNO_CONTEXT}.", "@context")
    if "Annotation" not in _as_list(data.get("type", "Annotation")):
        _fail("type must be Annotation.", "type")
    for motivation in _as_list(data.get("motivation", [])):
        if not isinstance(motivation, str) or not (
            motivation in MOTIVATIONS or IRI.match(motivation)
        ):
            _fail(f"Unknown motivation {motivation!r}.", "motivation")
    if "body" in data and "bodyValue" in data:
        _fail("Give body or bodyValue, not both.", "body")
    fields = _parse_bodies(data, links)
    selection = _parse_target(data.get("target"))
    canonical = _iri(data["canonical"], "canonical") if data.get("canonical") is not None else ""
    via = data.get("id", data.get("via"))
    via = _iri(_as_list(via)[0], "id") if via else ""
    return ParsedAnnotation(**fields, **selection, canonical=canonical, via=via)


def _bodies(data: dict) -> list[tuple[str, object]]:
    if "bodyValue" in data:
        return [("bodyValue", {"type": "TextualBody", "value": data["bodyValue"]})]
    body = data.get("body", [])
    if isinstance(body, list):
        return [(f"body[{i}]", item) for i, item in enumerate(body)]
    return [("body", body)]


def _parse_bodies(data: dict, links: Links) -> dict:
    out: dict = {}

    def put(key: str, value, where: str) -> None:
        if key in out:
            _fail(f"{where}: only one {key.replace('_', ' ')} per annotation.", where, 422)
        out[key] = value

    for where, body in _bodies(data):
        if not isinstance(body, dict):
            _fail(f"{where} must be an object (a TextualBody or a SpecificResource).", where)
        purposes = _as_list(body.get("purpose", "commenting"))
        if len(purposes) != 1 or not isinstance(purposes[0], str):
            _fail(f"{where}: give one purpose.", f"{where}.purpose")
        purpose = purposes[0]
        types = _as_list(body.get("type", "TextualBody" if "value" in body else ""))
        if "SpecificResource" in types or "source" in body:
            if purpose not in ("identifying", "describing"):
                _fail(
                    f"{where}: a SpecificResource body names an entity (purpose identifying) "
                    "or a speaker or claimant (purpose describing).",
                    f"{where}.purpose",
                    422,
                )
            key = "entity" if purpose == "identifying" else "person"
            put(key, _entity_ref(body.get("source"), f"{where}.source", key, links), where)
            continue
        if "TextualBody" not in types:
            _fail(f"{where}: bodies must be TextualBody or SpecificResource objects.", where, 422)
        value = _string(body, "value", where, required=True)
        if purpose == "tagging":
            put("kind", value.strip().lower(), where)
            out["quote_type"] = _string(body, "schema:additionalType", where)
            out["quote_cue"] = _string(body, "schema:description", where)
        elif purpose == "commenting":
            put("note", value, where)
        elif purpose == "assessing":
            put("verdict", value.strip().lower(), where)
            out["verdict_note"] = _string(body, "schema:ratingExplanation", where)
        elif purpose == "describing":  # a speaker or claimant by name, as in plain clients
            put("person", EntityRef(field="person", name=value), where)
        else:
            _fail(
                f"{where}: purpose {purpose!r} is not supported here; use tagging, "
                "commenting, assessing, describing or identifying.",
                f"{where}.purpose",
                422,
            )
    if "kind" not in out:
        _fail(
            "Add a TextualBody with purpose tagging and value claim, entity or quote.", "body", 422
        )
    return out


def _entity_ref(source, where: str, key: str, links: Links) -> EntityRef:
    if isinstance(source, str):
        source = {"id": source}
    if not isinstance(source, dict):
        _fail(f"{where} must be an entity IRI or an object.", where)
    name = _string(source, "schema:name", where).strip()
    kind = ""
    if "type" in source:
        kinds = [KIND_OF_TYPE.get(t) for t in _as_list(source["type"]) if isinstance(t, str)]
        kind = next((k for k in kinds if k), "")
        if not kind:
            _fail(
                f"{where}.type must be one of {', '.join(ENTITY_TYPES.values())}.",
                f"{where}.type",
                422,
            )
    iri = source.get("id")
    if iri is None:
        if not (name and kind):
            _fail(
                f"{where}: give the entity's IRI, or schema:name and type to create it.", where, 422
            )
        return EntityRef(field=key, name=name, kind=kind)
    iri = _iri(iri, f"{where}.id")
    wikidata = WIKIDATA_IRI.match(iri)
    if wikidata:
        return EntityRef(field=key, wikidata_id=wikidata.group(1), name=name, kind=kind)
    pk = links.entity_pk(iri)
    if pk is None:
        _fail(
            f"{where}.id {iri!r} is neither one of our entities nor a Wikidata entity.",
            f"{where}.id",
            422,
        )
    return EntityRef(field=key, entity_id=pk, name=name, kind=kind)


def _parse_target(target) -> dict:
    if target is None:
        _fail("An annotation needs a target: the article and the text selected in it.", "target")
    if isinstance(target, list):
        if len(target) != 1:
            _fail("Give exactly one target.", "target", 422)
        target = target[0]
    if not isinstance(target, dict):
        _fail("target must be a SpecificResource with a TextQuoteSelector.", "target", 422)
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    if source is not None:
        _iri(source, "target.source")
    out: dict = {"source": source}
    for i, selector in enumerate(_as_list(target.get("selector", []))):
        where = f"target.selector[{i}]"
        kind = selector.get("type") if isinstance(selector, dict) else None
        if kind == "TextQuoteSelector" and "exact" not in out:
            out["exact"] = _string(selector, "exact", where, required=True)
            out["prefix"] = _string(selector, "prefix", where)
            out["suffix"] = _string(selector, "suffix", where)
        elif kind == "TextPositionSelector" and "start" not in out:
            for key in ("start", "end"):
                value = selector.get(key)
                if type(value) is not int:
                    _fail(f"{where}.{key} must be an integer.", f"{where}.{key}")
                out[key] = value
        else:
            _fail(
                f"{where}: use one TextQuoteSelector and at most one TextPositionSelector.",
                where,
                422,
            )
    if "exact" not in out:
        _fail(
            "target needs a TextQuoteSelector with the exact text selected.", "target.selector", 422
        )
    return out
