"""What the Original page shows: raw lines, cleaned blocks and the changes between them.

The types ``newsroom.text.changes.build`` returns, and the words for each kind of change.
Pure Python, no Django.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsroom.cleaning.model import REMOVAL_REASONS

KINDS: dict[str, tuple[str, str]] = {
    "removed": ("Removed", "Masthead, page furniture or stray characters left out"),
    "joined": ("Joined", "Hard-wrapped lines joined into one paragraph"),
    "dehyphenated": ("De-hyphenated", "A word broken at a line end put back together"),
    "repaired": ("Repaired", "OCR character errors corrected"),
    "quotes": ("Quotes", "Straight, doubled or broken quote marks made typographic"),
    "caption": ("Caption", "Lines moved into a photo caption and its credit"),
    "inset": ("Inset", "Lines moved into an inset, such as a related-article box"),
    "whitespace": ("Whitespace", "Spacing tidied"),
    "dateline": ("Dateline", "A date line kept as the dateline, any page or section left out"),
}
# These mark whole lines; the others mark the characters that changed within a line.
LINE_KINDS = frozenset({"joined", "caption", "inset"})
HEADER_KINDS = ("kicker", "headline", "deck", "byline", "dateline", "publication")
PAGE_LINES = 2000  # raw lines per page of the Original view
ROW_LABELS = {
    "kicker": "Kicker",
    "headline": "Headline",
    "deck": "Deck",
    "byline": "Byline",
    "dateline": "Dateline",
    "publication": "Publication",
    "paragraph": "Paragraph",
    "subhead": "Subhead",
    "inset": "Inset",
    "figure": "Caption",
    "removed": "Left out",
    "outside": "In no story",
    "unaccounted": "Not in the cleaned article",
    "blank": "Blank",
}


@dataclass(frozen=True)
class SourceBlock:
    """A cleaned block as stored: ``lines`` is its raw range (1-based), None if unknown."""

    kind: str
    text: str
    credit: str = ""
    lines: tuple[int, int] | None = None


@dataclass(frozen=True)
class Span:
    text: str
    kind: str | None = None  # the change kind marked on this text, if any
    change: int | None = None  # ChangeView.number

    @property
    def label(self) -> str:
        return KINDS.get(self.kind or "", (self.kind or "",))[0]


@dataclass(frozen=True)
class ChangeView:
    number: int
    kind: str
    line_start: int
    line_end: int
    before: str
    after: str
    reason: str = ""  # why a removal was made, one of REMOVAL_REASONS

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, (self.kind.capitalize(), ""))[0]

    @property
    def reason_words(self) -> str:
        """The reason for a removal, as a reader would say it."""
        if self.kind != "removed":
            return ""
        return REMOVAL_REASONS.get(self.reason, self.reason or "no reason was recorded")

    @property
    def detailed(self) -> bool:
        """Worth showing before → after; the line kinds and whole-line removals would
        only repeat the lines beside them."""
        if self.kind in LINE_KINDS or (self.kind == "removed" and not self.after):
            return False
        return bool(self.before or self.after)

    @property
    def before_shown(self) -> str:
        return self.before.replace("\n", " ⏎ ")

    @property
    def after_shown(self) -> str:
        return self.after.replace("\n", " ⏎ ")

    @property
    def lines_label(self) -> str:
        if self.line_start == self.line_end:
            return f"line {self.line_start}"
        return f"lines {self.line_start}–{self.line_end}"


@dataclass(frozen=True)
class LineView:
    number: int
    spans: tuple[Span, ...]
    kinds: tuple[str, ...]  # kinds of the changes touching this line
    removed: bool  # the whole line was left out
    joined_to_next: bool

    @property
    def blank(self) -> bool:
        return not "".join(s.text for s in self.spans).strip()


@dataclass(frozen=True)
class BlockView:
    kind: str
    spans: tuple[Span, ...]
    credit: str
    lines: tuple[int, int] | None

    @property
    def label(self) -> str:
        return ROW_LABELS.get(self.kind, self.kind.capitalize())


@dataclass(frozen=True)
class Row:
    kind: str
    lines: tuple[LineView, ...]
    blocks: tuple[BlockView, ...]
    changes: tuple[ChangeView, ...]
    continued: bool = False  # more raw lines of a block shown in an earlier row

    @property
    def label(self) -> str:
        return ROW_LABELS.get(self.kind, self.kind.capitalize())

    @property
    def detailed(self) -> tuple[ChangeView, ...]:
        return tuple(c for c in self.changes if c.detailed)

    @property
    def removals(self) -> tuple[ChangeView, ...]:
        return tuple(c for c in self.changes if c.kind == "removed")

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    description: str
    count: int
    first_line: int | None = None  # where a reader can start looking
    first_page: int = 1  # the first line of the page that shows it


@dataclass(frozen=True)
class CleaningView:
    rows: tuple[Row, ...]
    changes: tuple[ChangeView, ...]
    counts: tuple[KindCount, ...]
    unplaced: tuple[BlockView, ...] = ()  # blocks whose raw lines are not known
    loose: tuple[ChangeView, ...] = ()  # changes whose lines are not in the raw text
    unaccounted: int = 0  # raw lines neither in the article nor reported removed
    first_line: int = 1  # the raw lines shown on this page
    last_line: int = 0
    line_count: int = 0
    page_size: int = 0
    range_first: int = 1  # the story's raw lines (the whole text for a one-story page)
    range_last: int = 0

    @property
    def total(self) -> int:
        return len(self.changes)

    @property
    def removals(self) -> tuple[ChangeView, ...]:
        return tuple(c for c in self.changes if c.kind == "removed")

    @property
    def whole_text(self) -> bool:
        return self.range_first == 1 and self.range_last >= self.line_count

    @property
    def paged(self) -> bool:
        return self.range_last - self.range_first + 1 > self.page_size

    @property
    def previous_page(self) -> int | None:
        if self.first_line <= self.range_first:
            return None
        return max(self.range_first, self.first_line - self.page_size)

    @property
    def next_page(self) -> int | None:
        return self.last_line + 1 if self.last_line < self.range_last else None
