"""The cleaner's public data types: what it returns and what it raises.

``clean()`` returns a ``CleanedPage``: the stories printed on the page (usually one), each a
``CleanedArticle``; every raw line the stories leave out, as a ``Removal`` with its reason;
material that belongs to no story (``outside``); and ``Flags`` saying how far to trust it.
"""

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
# Why raw text was left out of the article. Only page furniture and noise are removed;
# tables, listings and short lines of real text always stay.
REMOVAL_REASONS = {
    "masthead": "the newspaper's name, tagline or edition lines",
    "running head": "a date, page or section line printed around the stories",
    "page number": "a page number",
    "jump line": "a pointer to another page (“Continued on Page 4”)",
    "advertisement label": "the label of an advertisement (“Advertisement”, “Anzeige”)",
    "page control": (
        "a button, prompt or breadcrumb trail of a web page (“Share this article”, “Home > News”)"
    ),
    "margin noise": "stray glyphs the scan made of rules, dirt or the margin",
    "scan noise": "a line with no words, made by the scanner",
    "misread label": "a label such as “By”, misread by OCR, left out as the label is",
}
# How much of a page's text may be removed before the result is doubted.
MUCH_REMOVED = 0.25


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
    """One thing the cleaner did, with enough context for a reader to check it.

    A removal (kind "removed") carries its reason, one of REMOVAL_REASONS.
    """

    kind: str
    line_start: int
    line_end: int
    before: str
    after: str
    reason: str = ""

    def to_json(self) -> dict:
        out = {
            "kind": self.kind,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "before": self.before,
            "after": self.after,
        }
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class Removal:
    """Raw text the cleaner left out, and why."""

    lines: tuple[int, int]
    text: str
    reason: str

    def to_json(self) -> dict:
        return {"lines": list(self.lines), "text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Flags:
    """The cleaner's confidence in one result (a story, or the whole page)."""

    headline_printed: bool  # False: no headline was printed, one was made from the text
    byline_found: bool
    removed_share: float  # of the letters and digits of the raw text, the share removed
    unaccounted_lines: tuple[int, ...]  # raw lines neither in the article nor removed
    several_stories: bool  # the page holds (or seems to hold) more than one story
    no_line_breaks: bool  # the input had no line breaks to read structure from
    language: str  # ISO 639-1 code, or "und" when it cannot be told

    def weaknesses(self) -> list[str]:
        """Why this result should be checked by a person (empty: nothing to say)."""
        weak = []
        if not self.headline_printed:
            weak.append("No headline was printed; one was made from the first sentence.")
        if self.removed_share > MUCH_REMOVED:
            weak.append(f"{self.removed_share:.0%} of the text was removed as page furniture.")
        if self.unaccounted_lines:
            weak.append(f"{len(self.unaccounted_lines)} raw lines are not accounted for.")
        if self.no_line_breaks:
            weak.append("The text has no line breaks, so its structure is a guess.")
        if self.language == "und":
            weak.append("The language could not be told.")
        return weak

    @property
    def needs_review(self) -> bool:
        return bool(self.weaknesses())

    def to_json(self) -> dict:
        return {
            "headline_printed": self.headline_printed,
            "byline_found": self.byline_found,
            "removed_share": round(self.removed_share, 4),
            "unaccounted_lines": list(self.unaccounted_lines),
            "several_stories": self.several_stories,
            "no_line_breaks": self.no_line_breaks,
            "language": self.language,
            "needs_review": self.needs_review,
            "weaknesses": self.weaknesses(),
        }


@dataclass
class CleanedArticle:
    """One story: its header fields, its body in reading order, and its share of the
    page's change report."""

    publication: str | None
    headline: str
    byline: str | None
    dateline: str | None
    body: list[Block] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    kicker: str | None = None
    deck: list[str] = field(default_factory=list)
    attribution: str | None = None  # under a headline that quotes someone: "— Name"
    headline_printed: bool = True  # False: the page printed none; it was made from the text
    # The raw line range (1-based, inclusive) the story was printed in.
    lines: tuple[int, int] = (0, 0)
    language: str = "und"
    flags: Flags | None = None
    removed: list[Removal] = field(default_factory=list)  # removals inside the story's lines

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
        out = {
            "publication": self.publication,
            "kicker": self.kicker,
            "headline": self.headline,
            "deck": list(self.deck),
            "attribution": self.attribution,
            "byline": self.byline,
            "dateline": self.dateline,
            "captions": [{"text": b.text, "credit": b.credit} for b in self.captions],
            # Decks first: evaluation kits list a headline's decks among its subheads.
            "subheads": [*self.deck, *self.subheads],
            "paragraphs": self.paragraphs,
            "insets": self.insets,
            "language": self.language,
            "lines": list(self.lines),
        }
        if self.flags is not None:
            out["flags"] = self.flags.to_json()
        return out


@dataclass
class CleanedPage:
    """A page: its stories in reading order, and what was left out of them."""

    stories: list[CleanedArticle]
    removed: list[Removal] = field(default_factory=list)
    # Material that belongs to no story (tables of results, advertisements, grids): kept
    # and reported, never glued into a story.
    outside: list[Block] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    flags: Flags | None = None
    language: str = "und"

    @property
    def story(self) -> CleanedArticle:
        """The first story (the only one, on most pages)."""
        return self.stories[0]

    def to_json(self) -> dict:
        """The page read as one article at the top level (the shape cleaning evaluations
        read; see ``page_as_one``), with ``stories`` listing every story when there are
        several."""
        stories = [s.to_json() for s in self.stories]
        out = page_as_one(stories)
        out["language"] = self.language
        if self.flags is not None:
            out["flags"] = self.flags.to_json()
        if len(stories) > 1:
            out["stories"] = stories
        out["outside"] = [{"lines": list(b.lines), "text": b.text} for b in self.outside]
        out["removed"] = [r.to_json() for r in self.removed]
        return out


def page_as_one(stories: list[dict]) -> dict:
    """The kit-shaped fields of a page read as one article, from its stories' JSON in
    reading order: the first story's heading fields (publication, kicker, headline, deck,
    byline, dateline); every story's captions, paragraphs and insets in order; and among the
    subheads, after the first story's own, each later story's kicker, printed headline and
    subheads (its decks first). A reader of the top level alone misses no story's text, and
    a page split where it should not have been costs its cut's headings, not the text after
    the cut. A label in capitals closed by its stop over the first story ("FOOTBALL." over
    "RUGBY UNION.", "COUNTRY NEWS." over "BRAIDWOOD, FRIDAY." …) heads the page read as one,
    the first story's printed headline then its first deck
    (``header.label_heads_its_story``)."""
    from .header import label_heads_its_story  # (header's imports reach this module)

    out = {**stories[0], "subheads": list(stories[0].get("subheads") or [])}
    for key in ("captions", "paragraphs", "insets"):
        out[key] = [item for story in stories for item in story.get(key) or []]
    for story in stories[1:]:
        heads = [story.get("kicker"), story.get("headline") if _printed(story) else None]
        out["subheads"] += [h for h in heads if h] + list(story.get("subheads") or [])
    first = stories[0]
    if _printed(first) and label_heads_its_story(first.get("kicker")):
        out["headline"], out["kicker"] = first["kicker"], None
        out["deck"] = [first["headline"], *(first.get("deck") or [])]
        out["subheads"] = [first["headline"], *out["subheads"]]
    if "lines" in out:  # a cleaner's result: the raw lines the page's stories span
        out["lines"] = [stories[0]["lines"][0], stories[-1]["lines"][-1]]
    return out


def _printed(story: dict) -> bool:
    """Whether the story's headline was printed (not made from its text)."""
    return (story.get("flags") or {}).get("headline_printed", True)
