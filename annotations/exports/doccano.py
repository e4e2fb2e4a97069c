"""doccano JSONL (sequence labelling): one line per article, read back for imports.

A line is doccano's documented shape, ``{"text": ..., "label": [[start, end, LABEL], ...]}``,
with the article's current document as the text and our offsets (character offsets into
it, end exclusive, as doccano's). Labels: ``CLAIM``, ``QUOTE``, and for entity tags
``ENTITY:KIND`` (``ENTITY:PERSON``, ``ENTITY:ORGANIZATION``, ``ENTITY:PLACE``,
``ENTITY:EVENT``, ``ENTITY:OTHER``): the ``entity:KIND`` convention in capitals, so an
entity is never mistaken for another kind of tag. doccano keeps other keys as the
document's metadata: ``article`` (our slug) and ``fields``, one object per label in the
same order, with what a label cannot say (the entity's name and Wikidata id, speaker,
claimant, verdict, note, ...), which an import reads back. Orphans have no offsets and
are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from annotations.exports.records import AnnotationRecord, ArticleRecord, EntityRecord

KINDS = ("claim", "entity", "quote")
ENTITY_KINDS = ("person", "organization", "place", "event", "other")
ENTITY_PREFIX = "ENTITY:"


def label(annotation: AnnotationRecord) -> str:
    if annotation.kind == "entity" and annotation.entity is not None:
        return ENTITY_PREFIX + annotation.entity.kind.upper()
    return annotation.kind.upper()


def _entity(entity: EntityRecord | None) -> dict | None:
    if entity is None:
        return None
    out = {"name": entity.name, "kind": entity.kind}
    if entity.wikidata_id:
        out["wikidata_id"] = entity.wikidata_id
    return out


def fields_of(annotation: AnnotationRecord) -> dict:
    values = {
        "id": annotation.id,
        "status": annotation.status,
        "entity": _entity(annotation.entity),
        "speaker": _entity(annotation.speaker),
        "claimant": _entity(annotation.claimant),
        "quote_type": annotation.quote_type,
        "quote_cue": annotation.quote_cue,
        "verdict": annotation.verdict,
        "verdict_note": annotation.verdict_note,
        "note": annotation.note,
    }
    return {key: value for key, value in values.items() if value}


def doccano_line(article: ArticleRecord) -> str:
    spans = sorted(article.anchored, key=lambda a: (a.start, -a.end, a.id))
    line = {
        "text": article.text,
        "label": [[a.start, a.end, label(a)] for a in spans],
        "article": article.slug,
        "fields": [fields_of(a) for a in spans],
    }
    return json.dumps(line, ensure_ascii=False) + "\n"


def doccano_lines(articles: Iterable[ArticleRecord]) -> Iterator[str]:
    for article in articles:
        yield doccano_line(article)


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    entity_kind: str = ""
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    line: int
    text: str
    spans: list[Span]
    article: str = ""  # the slug the line names, if any


def _kind(value) -> tuple[str, str] | None:
    """A label -> (kind, entity kind); a bare entity kind (``PERSON``) is an entity too."""
    if not isinstance(value, str):
        return None
    word = value.strip().lower()
    if word in ("claim", "quote"):
        return word, ""
    if word.startswith(ENTITY_PREFIX.lower()):
        word = word[len(ENTITY_PREFIX) :]
    return ("entity", word) if word in ENTITY_KINDS else None


Problem = tuple[int | None, str]  # (the label's index, or None for the whole line; message)


def parse_line(raw: str, number: int) -> tuple[Document | None, list[Problem]]:
    """One JSONL line -> its document, or the problems with it."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        return None, [(None, f"not JSON: {error.msg} at column {error.colno}")]
    if not isinstance(data, dict):
        return None, [(None, "a line must be a JSON object with text and label")]
    text = data.get("text")
    if not isinstance(text, str) or not text:
        return None, [(None, '"text" must be the article\'s text (a non-empty string)')]
    labels = data.get("label", [])
    extra = data.get("fields", [])
    problems: list[Problem] = []
    if not isinstance(labels, list):
        return None, [(None, '"label" must be a list of [start, end, LABEL]')]
    if not isinstance(extra, list) or (extra and len(extra) != len(labels)):
        problems.append((None, '"fields" must be a list with one object per label'))
        extra = []
    spans = []
    for i, item in enumerate(labels):
        if not (isinstance(item, list) and len(item) == 3):
            problems.append((i, "must be [start, end, LABEL]"))
            continue
        start, end, name = item
        if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(text):
            problems.append(
                (
                    i,
                    f"offsets {start!r}, {end!r} must be whole numbers with "
                    f"0 <= start < end <= {len(text)} (the text's length)",
                )
            )
            continue
        kind = _kind(name)
        if kind is None:
            problems.append(
                (
                    i,
                    f"unknown label {name!r}; use CLAIM, QUOTE or ENTITY:KIND "
                    f"(KIND one of {', '.join(k.upper() for k in ENTITY_KINDS)})",
                )
            )
            continue
        values = extra[i] if extra else {}
        if not isinstance(values, dict):
            problems.append((i, f"fields[{i}] must be an object"))
            continue
        spans.append(Span(start, end, kind[0], kind[1], values))
    article = data.get("article", "")
    if not isinstance(article, str):
        problems.append((None, '"article" must be a slug (a string)'))
    if problems:
        return None, problems
    return Document(number, text, spans, article), []


def parse_lines(lines: Iterable[str]) -> tuple[list[Document], list[tuple[int, int | None, str]]]:
    """Every line's document, and (line number, label index or None, problem) for every
    bad one; blank lines are skipped."""
    documents, problems = [], []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        document, found = parse_line(raw, number)
        problems.extend((number, index, problem) for index, problem in found)
        if document is not None:
            documents.append(document)
    return documents, problems
