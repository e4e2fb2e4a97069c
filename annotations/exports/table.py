"""CSV for spreadsheets: one row per annotation, every field.

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``,
or a tab or carriage return, which some read the same way) get a leading ``'``, as OWASP
advises against CSV injection: the text stays readable and nothing runs when the file is
opened. A number we write ourselves (offsets) is never text, so it is left as it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from annotations.exports.records import AnnotationRecord, ArticleRecord, EntityRecord

COLUMNS = (
    "id",
    "article",
    "article_iri",
    "publication",
    "published_on",
    "kind",
    "status",
    "origin",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "entity_id",
    "entity_name",
    "entity_kind",
    "entity_wikidata_id",
    "speaker_id",
    "speaker_name",
    "speaker_wikidata_id",
    "quote_type",
    "quote_cue",
    "claimant_id",
    "claimant_name",
    "claimant_wikidata_id",
    "verdict",
    "verdict_note",
    "note",
    "author",
    "created",
    "modified",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _entity(entity: EntityRecord | None, *, kind: bool = False) -> list:
    if entity is None:
        return ["", "", "", ""] if kind else ["", "", ""]
    if kind:
        return [entity.id, entity.name, entity.kind, entity.wikidata_id]
    return [entity.id, entity.name, entity.wikidata_id]


def _moment(value) -> str:
    return value.isoformat() if value is not None else ""


def row(article: ArticleRecord, a: AnnotationRecord) -> list:
    values = [
        a.id,
        article.slug,
        article.iri,
        article.publication,
        article.published_on.isoformat() if article.published_on else "",
        a.kind,
        a.status,
        a.origin,
        a.start,
        a.end,
        a.exact,
        a.prefix,
        a.suffix,
        *_entity(a.entity, kind=True),
        *_entity(a.speaker),
        a.quote_type,
        a.quote_cue,
        *_entity(a.claimant),
        a.verdict,
        a.verdict_note,
        a.note,
        a.author,
        _moment(a.created),
        _moment(a.modified),
    ]
    return [safe(v) for v in values]


def csv_lines(articles: Iterable[ArticleRecord]) -> Iterator[str]:
    """The header, then a row per annotation, each as text as it is made."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def take() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(COLUMNS)
    yield take()
    for article in articles:
        for annotation in article.annotations:
            writer.writerow(row(article, annotation))
            yield take()
