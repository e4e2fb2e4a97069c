"""What an export is made of: articles and their annotations as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class EntityRecord:
    id: int
    name: str
    kind: str  # person, organization, place, event, other
    wikidata_id: str = ""


@dataclass(frozen=True)
class AnnotationRecord:
    """One annotation; ``start``/``end`` index the article's current ``text`` (None: an
    orphan, which only its quote still describes)."""

    id: str
    kind: str  # claim, entity, quote
    start: int | None
    end: int | None
    exact: str
    prefix: str = ""
    suffix: str = ""
    status: str = "proposed"
    origin: str = "human"
    entity: EntityRecord | None = None
    speaker: EntityRecord | None = None
    claimant: EntityRecord | None = None
    quote_cue: str = ""
    quote_type: str = ""
    verdict: str = ""
    verdict_note: str = ""
    note: str = ""
    author: str = ""
    created: datetime | None = None
    modified: datetime | None = None

    @property
    def person(self) -> EntityRecord | None:
        """Who said it: a quote's speaker or a claim's claimant."""
        return self.speaker or self.claimant


@dataclass(frozen=True)
class ArticleRecord:
    """An article's current document text and the annotations exported with it."""

    slug: str
    iri: str
    text: str
    headline: str = ""
    publication: str = ""
    published_on: date | None = None
    revision: int = 1
    annotations: list[AnnotationRecord] = field(default_factory=list)

    @property
    def anchored(self) -> list[AnnotationRecord]:
        """The annotations with a place in the text (orphans have none)."""
        return [a for a in self.annotations if a.start is not None]
