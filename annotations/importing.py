"""Imports: annotations from a W3C or doccano export onto the articles we have.

Every record goes through the API's own path (``w3c.parse_annotation`` for W3C,
``api_services.w3c_annotation_create`` for both), so an import is held to the rules of
every other write and writes the same history. The whole file is one transaction: each
record is tried in a savepoint, every bad one is reported with where it is (file, line
or record) and what is wrong, and if any is bad nothing is kept.

Matching: a W3C annotation's ``target.source`` is an article IRI; the article is the one
at that path here (``/articles/<slug>/``; the host may differ, an export from another
installation names its own). A doccano line is matched by its text: the article whose
current document text is exactly that text (its SHA-256 is in the message when none
is), the line's ``article`` slug choosing among identical texts. Entities: one of ours by
IRI when its name agrees, else by Wikidata id, else by name and kind (created if new).
Status: proposed, or accepted with ``accepted`` (curators only). A W3C record already
here (its id names a live annotation of ours, or the ``via`` of one an import made) is
refused, so the same file cannot be imported twice.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import Resolver404, resolve

from annotations import writes
from annotations.api_services import w3c_annotation_create
from annotations.exports import doccano
from annotations.iris import Links
from annotations.models import Annotation, Entity, normalise_name
from annotations.permissions import can_annotate, can_curate
from annotations.tag_rules import AnnotationError
from annotations.w3c import (
    ANNO_CONTEXT,
    EntityRef,
    InvalidAnnotation,
    ParsedAnnotation,
    parse_annotation,
)
from newsroom.models import Article

FORMATS = ("w3c", "doccano")


@dataclass(frozen=True)
class Problem:
    where: str  # "page-000000.jsonld, record 3" or "line 12"
    message: str
    order: tuple = ()  # where it is, for sorting: (file, record) or (line, label)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class ImportFailed(Exception):
    """The file was refused, nothing imported; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} bad record(s); nothing was imported.")
        self.problems = problems


@dataclass(frozen=True)
class Record:
    where: str
    parsed: ParsedAnnotation
    article: Article
    order: tuple = ()


def import_annotations(*, path: Path, fmt: str, user, accepted: bool = False) -> list[Annotation]:
    """Every record of the file as an annotation, or ``ImportFailed`` and none."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    if not can_annotate(user):
        raise PermissionDenied(f"{user.get_username()} may not annotate.")
    if accepted and not can_curate(user):
        raise PermissionDenied("Only curators can import annotations as accepted.")
    records, problems = (_w3c_records if fmt == "w3c" else _doccano_records)(path)
    made: list[Annotation] = []
    with transaction.atomic():
        for record in records:
            try:
                with transaction.atomic():
                    made.append(_create(record, user=user, accepted=accepted))
            except (AnnotationError, InvalidAnnotation) as error:
                problems.append(Problem(record.where, error.message, record.order))
            except (PermissionDenied, ValidationError, Article.DoesNotExist) as error:
                problems.append(Problem(record.where, _words(error, user), record.order))
        if problems:
            # Leaving the block rolls every record back.
            raise ImportFailed(sorted(problems, key=lambda p: p.order))
    return made


def _words(error: Exception, user) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(error.messages)
    if isinstance(error, Article.DoesNotExist):
        return f"{user.get_username()} may not annotate this article (they cannot see it)"
    return str(error)


def _already_here(via: str) -> Annotation | None:
    """The live annotation a W3C record already is: ours under that IRI (an export read
    back into the database it came from), or one an import made from it before."""
    if not via:
        return None
    here = Q(via=via)
    try:
        match = resolve(urlsplit(via).path)
    except (Resolver404, ValueError):
        match = None
    if match is not None and match.url_name == "annotation-api":
        here |= Q(pk=match.kwargs["pk"])
    return Annotation.objects.live().filter(here).first()


def _create(record: Record, *, user, accepted: bool) -> Annotation:
    existing = _already_here(record.parsed.via)
    if existing is not None:
        raise AnnotationError(f"This annotation is already here (annotation {existing.pk}).")
    parsed = replace(
        record.parsed,
        entity=_known(record.parsed.entity),
        person=_known(record.parsed.person),
    )
    annotation = w3c_annotation_create(article=record.article, user=user, parsed=parsed)
    if not accepted and annotation.status != Annotation.Status.PROPOSED:
        # A curator's annotation is accepted as it is made; an import is proposed
        # unless it says otherwise.
        annotation = writes.annotation_set_status(
            annotation_id=annotation.pk,
            user=user,
            status=Annotation.Status.PROPOSED,
            reason="Imported as proposed.",
        )
    return annotation


def _known(ref: EntityRef | None) -> EntityRef | None:
    """Our entity IRI names an entity here only when the names agree: an export from
    another database names its own ids. Otherwise the name (and kind) decide."""
    if ref is None or ref.entity_id is None:
        return ref
    entity = Entity.objects.filter(pk=ref.entity_id).first()
    if entity is not None and (
        not ref.name or normalise_name(entity.survivor.name) == normalise_name(ref.name)
    ):
        return ref
    if not ref.name:
        raise AnnotationError(f"There is no entity {ref.entity_id}, and no name to find it by.")
    return EntityRef(field=ref.field, name=ref.name, kind=ref.kind)


# --- W3C ---------------------------------------------------------------------------------


def _documents(path: Path) -> Iterator[tuple[str, bytes, bool]]:
    """(name, bytes, in a zip) of each JSON document: a zip's members, or the file."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                if name.endswith((".json", ".jsonld")):
                    yield name, archive.read(name), True
    else:
        yield path.name, path.read_bytes(), False


def _linked_pages_missing(data, in_zip: bool) -> bool:
    """A collection alone whose pages are linked, not embedded: they are not here."""
    if in_zip or not isinstance(data, dict) or not isinstance(data.get("first"), str):
        return False
    types = data.get("type", [])
    return "AnnotationCollection" in (types if isinstance(types, list) else [types])


def _items(data) -> list:
    """The annotations a document holds: a page's items, a collection's embedded first
    page (linked pages are documents of their own), a list, or one annotation."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return [data]
    types = data.get("type", [])
    types = types if isinstance(types, list) else [types]
    if "AnnotationCollection" in types:
        first = data.get("first")
        return _items(first) if isinstance(first, dict) else []
    if "AnnotationPage" in types:
        items = data.get("items", [])
        return items if isinstance(items, list) else [items]
    return [data]


def _base(item) -> str:
    """Scheme and host of the article IRI an item targets: its entity IRIs are that
    site's too."""
    target = item.get("target") if isinstance(item, dict) else None
    target = target[0] if isinstance(target, list) and target else target
    source = target.get("source") if isinstance(target, dict) else None
    source = source.get("id") if isinstance(source, dict) else source
    if not isinstance(source, str):
        return ""
    try:
        parts = urlsplit(source)
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


def _w3c_records(path: Path) -> tuple[list[Record], list[Problem]]:
    records, problems = [], []
    articles: dict[str, Article | None] = {}
    for name, raw, in_zip in _documents(path):
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as error:
            message = f"not UTF-8 ({error.reason} at byte {error.start})"
            problems.append(Problem(name, message, (name, 0)))
            continue
        except json.JSONDecodeError as error:
            where = f"{name}, line {error.lineno}, column {error.colno}"
            problems.append(Problem(where, f"not JSON: {error.msg}", (name, 0)))
            continue
        if _linked_pages_missing(data, in_zip):
            message = (
                f"the collection's pages are linked ({data['first']}), not in this file: "
                "import the whole export (the zip)"
            )
            problems.append(Problem(name, message, (name, 0)))
            continue
        for i, item in enumerate(_items(data), start=1):
            where, order = f"{name}, record {i}", (name, i)
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                where += f" ({item['id']})"
            if isinstance(item, dict) and "@context" not in item:
                item = {"@context": ANNO_CONTEXT, **item}  # the page's context applies
            try:
                parsed = parse_annotation(item, Links(_base(item)))
            except InvalidAnnotation as error:
                problems.append(Problem(where, error.message, order))
                continue
            article = _article_by_source(parsed.source, articles)
            if article is None:
                problems.append(
                    Problem(
                        where,
                        f"target.source {parsed.source!r} is none of our articles "
                        "(an IRI ending /articles/<slug>/ of an article here)",
                        order,
                    )
                )
                continue
            records.append(Record(where, parsed, article, order))
    return records, problems


def _article_by_source(source: str | None, seen: dict) -> Article | None:
    if not source:
        return None
    if source not in seen:
        slug = Links(_base({"target": {"source": source}})).article_slug(source)
        seen[source] = Article.objects.filter(slug=slug).first() if slug else None
    return seen[source]


# --- doccano -----------------------------------------------------------------------------


def _ref(values: dict, key: str, where: str, order: tuple, problems: list) -> EntityRef | None:
    """The entity ``fields`` names under ``key`` (entity, speaker, claimant), if any."""
    entity = values.get(key)
    if entity is None:
        return None
    if not (isinstance(entity, dict) and isinstance(entity.get("name"), str)):
        problems.append(Problem(where, f"fields.{key} must be an object with a name", order))
        return None
    return EntityRef(
        field="entity" if key == "entity" else "person",
        name=entity["name"],
        kind=str(entity.get("kind", "")),
        wikidata_id=str(entity.get("wikidata_id", "")),
    )


def _text_field(values: dict, key: str) -> str:
    value = values.get(key, "")
    return value if isinstance(value, str) else str(value)


def _doccano_records(path: Path) -> tuple[list[Record], list[Problem]]:
    try:
        with open(path, encoding="utf-8-sig") as stream:
            documents, found = doccano.parse_lines(stream)
    except UnicodeDecodeError as error:
        return [], [Problem(path.name, f"not UTF-8 ({error.reason} at byte {error.start})")]
    problems = [
        Problem(
            f"line {n}" if i is None else f"line {n}, label[{i}]",
            message,
            (n, -1 if i is None else i),
        )
        for n, i, message in found
    ]
    records = []
    for document in documents:
        article = _article_by_text(document, problems)
        if article is None:
            continue
        for i, span in enumerate(document.spans):
            where, order = f"line {document.line}, label[{i}]", (document.line, i)
            record = _doccano_record(document, span, where, order, problems)
            if record is not None:
                records.append(Record(where, record, article, order))
    return records, problems


def _doccano_record(
    document: doccano.Document, span: doccano.Span, where: str, order: tuple, problems: list
) -> ParsedAnnotation | None:
    values = span.fields
    exact = document.text[span.start : span.end]
    entity = person = None
    if span.kind == "entity":
        named = _ref(values, "entity", where, order, problems)
        if named and named.kind and named.kind != span.entity_kind:
            message = f"the label says {span.entity_kind}, fields.entity says {named.kind}"
            problems.append(Problem(where, message, order))
            return None
        entity = EntityRef(
            field="entity",
            name=named.name if named else exact,
            kind=span.entity_kind,
            wikidata_id=named.wikidata_id if named else "",
        )
    else:
        person = _ref(
            values, "speaker" if span.kind == "quote" else "claimant", where, order, problems
        )
    return ParsedAnnotation(
        kind=span.kind,
        exact=exact,
        start=span.start,
        end=span.end,
        entity=entity,
        person=person,
        quote_cue=_text_field(values, "quote_cue"),
        quote_type=_text_field(values, "quote_type"),
        verdict=_text_field(values, "verdict"),
        verdict_note=_text_field(values, "verdict_note"),
        note=_text_field(values, "note"),
    )


def _article_by_text(document: doccano.Document, problems: list) -> Article | None:
    where, order = f"line {document.line}", (document.line, -1)
    candidates = Article.objects.filter(text=document.text).only("pk", "slug")
    if document.article:
        named = candidates.filter(slug=document.article).first()
        if named is not None:
            return named
    matches = list(candidates[:2])
    if len(matches) == 1:
        return matches[0]
    digest = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    if not matches:
        problems.append(
            Problem(
                where,
                f"no article's current text is this text ({len(document.text)} characters, "
                f"SHA-256 {digest})",
                order,
            )
        )
    else:
        message = 'several articles have this text; name one with "article": SLUG'
        problems.append(Problem(where, message, order))
    return None
