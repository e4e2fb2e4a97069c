"""The cleaner's public data types: what it returns and what it raises."""

from __future__ import annotations

from dataclasses import dataclass, field

BLOCK_KINDS = ("paragraph", "subhead", "inset", "figure")
CHANGE_KINDS = (
    "removed",
    "joined",
    "dehyphenated",
    "repaired",
    "quotes",
    "caption",
    "inset",
    "whitespace",
    "dateline",
)


class CleaningError(ValueError):
    """The input cannot be cleaned; the message is meant for the person who supplied it."""


@dataclass(frozen=True)
class Block:
    """One body item, in reading order."""

    kind: str
    text: str
    credit: str | None = None
    # Raw line range (1-based, inclusive) so an editor can show where the item came from.
    lines: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Change:
    """One thing the cleaner did, with enough context for a reader to check it."""

    kind: str
    line_start: int
    line_end: int
    before: str
    after: str


@dataclass
class CleanedArticle:
    publication: str | None
    headline: str
    byline: str | None
    dateline: str | None
    body: list[Block] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    @property
    def captions(self) -> list[Block]:
        return [b for b in self.body if b.kind == "figure"]

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.body if b.kind == "paragraph"]

    @property
    def subheads(self) -> list[str]:
        return [b.text for b in self.body if b.kind == "subhead"]

    @property
    def insets(self) -> list[str]:
        return [b.text for b in self.body if b.kind == "inset"]

    def to_json(self) -> dict:
        return {
            "publication": self.publication,
            "headline": self.headline,
            "byline": self.byline,
            "dateline": self.dateline,
            "captions": [{"text": b.text, "credit": b.credit} for b in self.captions],
            "subheads": self.subheads,
            "paragraphs": self.paragraphs,
            "insets": self.insets,
        }
