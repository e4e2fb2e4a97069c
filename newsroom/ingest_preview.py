"""What the staff page shows before and after saving: each text's stories, the page's
removals and outside material, and the story boundaries a curator is moving.

The boundaries travel with the form: ``SplitRequest`` is what the form says (the
boundaries of the preview on screen, numbers typed over them, an edit button pressed),
``resolve`` turns it into the boundaries to clean with, and ``preview_upload`` cleans.
Saving uses the boundaries on screen, never ones the person has not seen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsroom.cleaning import CleanedArticle, CleanedPage
from newsroom.cleaning.decode import Replaced
from newsroom.cleaning.model import REMOVAL_REASONS
from newsroom.forms import SplitRequest, Upload
from newsroom.ingest import (
    IngestError,
    check_story_starts,
    decode_checked,
    flags_json,
    ingest_text,
    line_count,
    page_articles,
    preview,
    stored,
    story_lines,
)
from newsroom.models import Article, Page, raw_digest
from newsroom.text import story_bounds as boundaries
from newsroom.text.changes import split_lines
from newsroom.text.flags import FlagRow, describe
from newsroom.text.original_page import KINDS

# A preview is for checking the structure; a 20 MB text would be a page nobody reads.
PREVIEW_BLOCKS = 300
# Blocks of each story shown at once; the rest are a click away.
OPENING_BLOCKS = 3


@dataclass(frozen=True)
class Resolved:
    starts: list[int] | None  # None: the cleaner's own boundaries
    notice: str = ""
    error: str = ""


def auto_starts(page: CleanedPage, raw_text: str) -> list[int]:
    lines = line_count(raw_text)
    return [story_lines(s, lines)[0] for s in page.stories[1:]]


def resolve(raw_text: str, request: SplitRequest | None) -> Resolved:
    """The boundaries to clean ``raw_text`` with, from what the form says."""
    if request is None:
        return Resolved(None)
    # No digest: nothing was previewed yet, so an edit applies to the cleaner's split.
    same_text = not request.digest or request.digest == raw_digest(raw_text)
    notice = ""
    if not same_text:
        notice = "The text changed since the last preview, so the cleaner split it afresh."
    shown = request.shown if same_text else None
    current = shown if same_text and request.by_curator else None
    if not same_text or not request.changed:
        return Resolved(current, notice)

    base = list(shown) if shown is not None else auto_starts(preview(raw_text), raw_text)
    wanted = request.typed if request.typed is not None and request.typed != base else base
    if request.edit:
        edit = boundaries.parse_edit(request.edit)
        if edit is None:
            return Resolved(current, error="That change to the stories is not one this page makes.")
        if edit.kind == "split" and request.split_at is None:
            return Resolved(current, error="Give the line the new story starts at.")
        edited = boundaries.apply(edit, wanted, split_lines(raw_text), at=request.split_at)
        if edited is None:
            return Resolved(current, error=_refused(edit, request.split_at))
        wanted = edited
    try:
        return Resolved(check_story_starts(raw_text, wanted))
    except IngestError as exc:
        return Resolved(current, error=str(exc))


def _refused(edit: boundaries.Edit, at: int | None) -> str:
    if edit.kind == "split":
        return (
            f"A new story cannot start at line {at}: it is not a line of the text, or a "
            "story starts there already."
        )
    if edit.kind == "merge":
        return f"Story {edit.story} has no next story to merge with."
    direction = "up" if edit.kind == "up" else "down"
    return (
        f"The start of story {edit.story} cannot move {direction}: a story would be left "
        "without text."
    )


@dataclass(frozen=True)
class RemovalView:
    lines: tuple[int, int]
    text: str
    reason: str

    @property
    def reason_words(self) -> str:
        return REMOVAL_REASONS.get(self.reason, self.reason or "no reason was recorded")

    @property
    def text_shown(self) -> str:
        return self.text.replace("\n", " ⏎ ")

    @property
    def lines_label(self) -> str:
        first, last = self.lines
        return f"line {first}" if first == last else f"lines {first}–{last}"


@dataclass(frozen=True)
class StoryPreview:
    number: int
    story: CleanedArticle
    lines: tuple[int, int]
    start: int  # the line the story starts at (the boundary a curator moves)
    start_text: str  # that raw line, so the person sees where the cut is
    up_to: int | None  # where "up" moves the start; None when it cannot move up
    down_to: int | None
    last: bool
    flags: list[FlagRow] = field(default_factory=list)
    weaknesses: list[str] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return bool(self.weaknesses)

    @property
    def opening(self):
        return self.story.body[:OPENING_BLOCKS]

    @property
    def rest(self):
        return self.story.body[OPENING_BLOCKS:PREVIEW_BLOCKS]

    @property
    def more_blocks(self) -> int:
        return max(0, len(self.story.body) - PREVIEW_BLOCKS)

    @property
    def counts(self) -> list[tuple[str, int]]:
        counts = Counter(c.kind for c in self.story.changes)
        order = [*KINDS, *sorted(set(counts) - set(KINDS))]
        return [(KINDS.get(k, (k.capitalize(),))[0], counts[k]) for k in order if counts[k]]


@dataclass(frozen=True)
class Preview:
    upload: Upload
    page: CleanedPage | None = None
    note: str = ""
    error: str = ""
    existing: Page | None = None
    existing_articles: tuple[Article, ...] = ()
    stories: tuple[StoryPreview, ...] = ()
    removed: tuple[RemovalView, ...] = ()
    starts: tuple[int, ...] = ()  # the boundaries shown
    by_curator: bool = False
    digest: str = ""
    line_count: int = 0
    editable: bool = False  # boundary controls are offered (a single text)
    notice: str = ""
    split_error: str = ""

    @property
    def cleaned(self) -> CleanedArticle | None:
        """The first story (the only one, on most pages)."""
        return self.page.stories[0] if self.page else None

    @property
    def changes(self) -> int:
        return sum(len(s.story.changes) for s in self.stories)

    @property
    def review_count(self) -> int:
        return sum(1 for s in self.stories if s.needs_review)

    @property
    def starts_value(self) -> str:
        return ",".join(str(s) for s in self.starts)


def _stories(
    page: CleanedPage, raw_text: str, replaced: Sequence[Replaced] = ()
) -> tuple[StoryPreview, ...]:
    lines = split_lines(raw_text)
    count = line_count(raw_text)
    ranges = [story_lines(s, count) for s in page.stories]
    starts = [r[0] for r in ranges[1:]]
    filled = boundaries.nonblank(lines)
    out = []
    for number, (story, span) in enumerate(zip(page.stories, ranges, strict=True), 1):
        flags = flags_json(story, story.publication, replaced)
        out.append(
            StoryPreview(
                number=number,
                story=story,
                lines=span,
                start=span[0],
                start_text=lines[span[0] - 1].strip() if span[0] <= len(lines) else "",
                up_to=boundaries.moved(starts, number, -1, filled) if number > 1 else None,
                down_to=boundaries.moved(starts, number, 1, filled) if number > 1 else None,
                last=number == len(page.stories),
                flags=describe(flags),
                weaknesses=list(flags.get("weaknesses") or []),
            )
        )
    return tuple(out)


def preview_upload(upload: Upload, split: SplitRequest | None = None) -> Preview:
    """Clean one text for the preview; ``split`` (a single text only) carries the
    boundaries the person is working on."""
    try:
        decoded = decode_checked(upload.read())
    except IngestError as exc:
        return Preview(upload, error=str(exc))
    text, note = decoded.text, decoded.note or ""
    resolved = resolve(text, split) if split is not None else Resolved(None)
    try:
        page = preview(text, resolved.starts)
    except IngestError as exc:
        return Preview(upload, error=str(exc), note=note)
    existing = stored(raw_digest(text))
    stories = _stories(page, text, decoded.replaced)
    return Preview(
        upload,
        page,
        note,
        existing=existing,
        existing_articles=page_articles(existing) if existing else (),
        stories=stories,
        removed=tuple(RemovalView(tuple(r.lines), r.text, r.reason) for r in page.removed),
        starts=tuple(s.start for s in stories[1:]),
        by_curator=resolved.starts is not None,
        digest=raw_digest(text),
        line_count=line_count(text),
        editable=split is not None,
        notice=resolved.notice,
        split_error=resolved.error,
    )


@dataclass(frozen=True)
class Saved:
    upload: Upload
    articles: tuple[Article, ...] = ()
    created: bool = False
    held_back: tuple[Article, ...] = ()
    error: str = ""

    @property
    def article(self) -> Article | None:
        return self.articles[0] if self.articles else None


def save_upload(upload: Upload, split: SplitRequest | None = None, **options) -> Saved:
    """Save one text with the boundaries on screen (the cleaner's own when none were set)."""
    try:
        decoded = decode_checked(upload.read())
        text = decoded.text
        starts = None
        if split is not None and split.by_curator:
            if split.digest != raw_digest(text):
                raise IngestError(
                    "The text changed since its preview; preview it again to check how it "
                    "splits into stories, then save."
                )
            starts = split.shown
        result = ingest_text(
            text,
            decode_note=decoded.note or "",
            replaced=decoded.replaced,
            source_name=upload.name,
            story_starts=starts,
            **options,
        )
    except IngestError as exc:
        return Saved(upload, error=str(exc))
    return Saved(upload, result.articles, result.created, result.held_back)
