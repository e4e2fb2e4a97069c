"""clean(): raw OCR text of a printed page in, a structured article and a change report out.

Stages, in order: character repair of each line (unicode.py), page furniture (furniture.py),
the headline block (header.py), body blocks (body.py), then the text of each block is
assembled (assemble.py): lines joined and de-hyphenated (lines.py), quotes repaired
(quotes.py).
"""

from __future__ import annotations

import gc
import re
from collections import Counter

from .assemble import Assembler
from .body import Chunk, Found, Item, classify, leading_figure, merge_interrupted
from .furniture import find_masthead, furniture_lines, leading_noise, page_number
from .header import read_header
from .language import detect_language
from .lines import Line, Vocabulary, ends_sentence, wordset
from .model import Block, Change, CleanedArticle, CleanedPage, CleaningError, Flags, Removal
from .running import running_line
from .unicode import (
    GARBAGE_GLYPHS,
    drop_garbage,
    lines_needing_repair,
    prepare_text,
    repair_line,
    tidy_whitespace,
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s")
_HEADLINE_WORDS = 14
_LARGE = 1 << 18  # characters
_WEAK_ENDINGS = wordset("a an the of to in on for and or but with from by at as that which who")


def clean(raw: str, *, story_starts: list[int] | None = None) -> CleanedPage:
    """Clean the OCR text of one page.

    ``story_starts`` (raw line numbers, 1-based) cuts the page into stories there instead
    of where the cleaner would. Raises CleaningError, with a message meant for the person
    who supplied the text, when there is nothing to clean.
    """
    n_lines = raw.count("\n") + 1
    starts = sorted({s for s in story_starts or () if 1 < s <= n_lines})
    if not starts:
        return _page(raw, [_clean_large(raw)])
    raw_lines = raw.split("\n")
    stories = []
    for first, end in zip([1, *starts], [*starts, n_lines + 1], strict=True):
        # Lines before the part stay as blank lines, so line numbers keep their meaning.
        part = "\n" * (first - 1) + "\n".join(raw_lines[first - 1 : end - 1])
        if part.strip():
            stories.append(_clean_large(part))
    if not stories:
        raise CleaningError("The text is empty.")
    return _page(raw, stories)


def _page(raw: str, stories: list[CleanedArticle]) -> CleanedPage:
    changes = sorted(
        (c for s in stories for c in s.changes), key=lambda c: (c.line_start, c.line_end)
    )
    removed = [
        Removal((c.line_start, c.line_end), _removed_text(c), c.reason or "margin noise")
        for c in changes
        if c.kind == "removed"
    ]
    total = sum(ch.isalnum() for ch in raw) or 1
    share = sum(ch.isalnum() for r in removed for ch in r.text) / total
    for story in stories:
        story.removed = [r for r in removed if story.lines[0] <= r.lines[0] <= story.lines[1]]
        story.flags = Flags(
            headline_printed=story.flags.headline_printed if story.flags else True,
            byline_found=bool(story.byline),
            removed_share=share,
            unaccounted_lines=(),
            several_stories=len(stories) > 1,
            no_line_breaks="\n" not in raw.strip(),
            language=story.language,
        )
    first = stories[0]
    return CleanedPage(
        stories=stories,
        removed=removed,
        changes=changes,
        flags=first.flags,
        language=first.language,
    )


def _removed_text(change: Change) -> str:
    if not change.after:
        return change.before
    # Glyphs dropped from a line: what is gone is what the after text lacks.
    kept = change.after.split()
    return " ".join(w for w in change.before.split() if w not in kept)


def _clean_large(raw: str) -> CleanedArticle:
    if len(raw) < _LARGE:
        return _clean(raw)
    # A large input makes hundreds of thousands of small objects, none of them in a
    # reference cycle. Python's cycle collector would still walk them all again and again,
    # which makes the run time grow faster than the input; reference counting alone frees
    # everything here, so the collector is paused for the call.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _clean(raw)
    finally:
        if paused:
            gc.enable()


def _clean(raw: str) -> CleanedArticle:
    text = prepare_text(raw)
    if not text.strip():
        raise CleaningError("The text is empty.")
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        raise CleaningError("This looks like a binary file, not text.")

    changes: list[Change] = []
    language, vocab = detect_language(text), Vocabulary.of(text)
    lines = _prepare(text, changes, language, vocab)
    if not any(ln.text for ln in lines):
        raise CleaningError("No readable text was found, only stray symbols.")

    noise = leading_noise(lines)
    if noise and any(ln.text for ln in lines[noise:]):
        shown = [ln for ln in lines[:noise] if ln.text]
        if shown:
            changes.append(
                Change(
                    "removed",
                    shown[0].no,
                    shown[-1].no,
                    "\n".join(ln.text for ln in shown),
                    "",
                    "scan noise",
                )
            )
        lines = lines[noise:]
    masthead = find_masthead(lines)
    cut, lines = _split_at(lines, masthead.count)
    dropped = furniture_lines(lines, masthead.publication)
    chunks = _chunks(lines, dropped)
    width = _width(lines)
    found = Found()
    assembler = Assembler(vocab, changes, language)

    body: list[Block] = []
    above = leading_figure(chunks)
    if above is not None:
        body.append(assembler.figure(above))
        chunks = chunks[1:]
    header = read_header(chunks[0].lines, width) if chunks else None
    if header is not None:
        headline = assembler.headline(header.headline_lines)
        found.byline, found.byline_lines = header.byline, header.byline_lines
        found.dateline, found.dateline_line = header.dateline, header.dateline_line
        if header.caption_lines:
            figure = Item("figure", header.caption_lines, credit_line=header.credit_line)
            body.append(assembler.figure(figure, loose=header.loose_caption))
        chunks = ([Chunk(header.rest)] if header.rest else []) + chunks[1:]

    items = merge_interrupted(classify(chunks, width, _paragraph_indent(chunks), found))
    body.extend(assembler.block(item) for item in items)
    if header is None:
        headline = _derived_headline(body)
    byline = assembler.byline(found.byline, found.byline_lines)
    running = [lines[i] for i in sorted(dropped)]
    dateline = _dateline(found, cut, masthead.date_line, running, body)
    _report_removed(cut, running, dateline, changes)

    changes.sort(key=lambda c: (c.line_start, c.line_end))
    numbers = [ln.no for ln in [*cut, *lines] if ln.text]
    return CleanedArticle(
        publication=masthead.publication,
        headline=headline,
        byline=byline,
        dateline=dateline[0] if dateline else None,
        body=body,
        changes=changes,
        lines=(numbers[0], numbers[-1]) if numbers else (0, 0),
        language=language,
        flags=Flags(header is not None, bool(byline), 0.0, (), False, False, language),
    )


def _prepare(text: str, changes: list[Change], language: str, vocab: Vocabulary) -> list[Line]:
    lines: list[Line] = []
    damaged = lines_needing_repair(text)
    for no, raw in enumerate(text.split("\n"), 1):
        if not raw or raw.isspace():
            lines.append(Line(no, raw, raw, "", 0, False))
            continue
        fixed = raw
        if no - 1 in damaged:
            fixed = repair_line(raw, language, vocab)
            if fixed.strip() != raw.strip():
                changes.append(Change("repaired", no, no, raw.strip(), fixed.strip()))
        dropped, glyphs = drop_garbage(fixed)
        stripped, _, squeezed = tidy_whitespace(dropped, language)
        if glyphs:
            changes.append(Change("removed", no, no, fixed.strip(), stripped, "margin noise"))
        elif squeezed:
            changes.append(Change("whitespace", no, no, dropped.strip(), stripped))
        head = fixed.lstrip()
        logo = bool(glyphs) and head[:1] in GARBAGE_GLYPHS
        indent = len(fixed) - len(head)
        if logo:
            # A glyph stuck before the line takes one space with it; what is left is the
            # line's own indentation.
            after = dropped.lstrip()
            indent = max(0, len(dropped) - len(after) - 1)
        lines.append(Line(no, raw, fixed, stripped, indent, logo))
    return lines


def _split_at(lines: list[Line], count: int) -> tuple[list[Line], list[Line]]:
    """The lines up to the count-th non-blank one, and the rest."""
    seen = 0
    for i, line in enumerate(lines):
        seen += bool(line.text)
        if count and seen == count:
            return lines[: i + 1], lines[i + 1 :]
    return [], lines


def _dateline(
    found: Found, masthead: list[Line], date_line: int, running: list[Line], body: list[Block]
) -> tuple[str, Line] | None:
    """The dateline and the line it was read from.

    A date printed with the story (under the headline) wins over the masthead's; failing
    both, the date in a running line above the story's first paragraph.
    """
    if found.dateline and found.dateline_line is not None:
        return found.dateline, found.dateline_line
    for line in masthead:
        if line.no == date_line:
            date = running_line(line.fixed, top=True)
            return (date.date or line.text, line) if date else None
    first = next((b.lines[0] for b in body if b.kind == "paragraph"), None)
    for line in running:
        if first is not None and line.no > first:
            break
        date = running_line(line.fixed)
        if date is not None and date.date:
            return date.date, line
    return None


def _report_removed(
    masthead: list[Line],
    running: list[Line],
    dateline: tuple[str, Line] | None,
    changes: list[Change],
) -> None:
    """Report the masthead (a run of lines at a time) and the running lines as removed, and
    the line the dateline was read from as kept for it."""
    kept = dateline[1].no if dateline else 0
    run: list[Line] = []
    for line in [*masthead, None]:
        if line is None or line.no == kept:
            shown = [ln for ln in run if ln.text]
            if shown:
                before = "\n".join(ln.text for ln in shown)
                changes.append(Change("removed", shown[0].no, shown[-1].no, before, "", "masthead"))
            run = []
        else:
            run.append(line)
    for line in running:
        if line.no != kept:
            reason = "page number" if page_number(line.text) else "running head"
            changes.append(Change("removed", line.no, line.no, line.text, "", reason))
    if dateline:
        date, line = dateline
        changes.append(Change("dateline", line.no, line.no, line.text, date))


def _chunks(lines: list[Line], dropped: set[int]) -> list[Chunk]:
    chunks: list[Chunk] = []
    current: list[Line] = []
    gap = False
    for i, line in enumerate(lines):
        if i in dropped:
            gap = True
            continue
        if not line.text:
            if current:
                chunks.append(Chunk(current, after_gap=gap and bool(chunks)))
                current, gap = [], False
            continue
        current.append(line)
    if current:
        chunks.append(Chunk(current, after_gap=gap and bool(chunks)))
    return chunks


def _width(lines: list[Line]) -> int:
    """The column width the text was wrapped at, near enough."""
    lengths = sorted(len(ln.text) for ln in lines if ln.text.count(" ") >= 2)
    if not lengths:
        return 60
    p90 = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    # Too few lines to measure a column: assume a common one.
    return p90 if len(lengths) >= 8 else max(p90, 60)


def _paragraph_indent(chunks: list[Chunk]) -> int:
    """The indentation that marks a new paragraph, or 0 when blank lines mark them.

    Stray leading spaces are common OCR noise, but they land anywhere; paragraph indents
    land after the end of a sentence, and all have the same width.
    """
    indented = 0
    widths: Counter[int] = Counter()
    for chunk in chunks:
        first = chunk.lines[0]
        if first.indent and len(chunk.lines) > 1 and not chunk.lines[1].indent:
            # A block that starts indented and goes on flush left: a paragraph's first line.
            indented += 1
            widths[first.indent] += 1
        for prev, line in zip(chunk.lines, chunk.lines[1:], strict=False):
            if line.indent:
                indented += 1
                if ends_sentence(prev.text):
                    widths[line.indent] += 1
    marks = sum(widths.values())
    if marks < 2 or marks < 0.6 * indented:
        return 0
    return min(w for w, n in widths.items() if n >= 0.2 * marks) if widths else 0


def _derived_headline(body: list[Block]) -> str:
    """A headline for text that prints none: its first sentence, trimmed."""
    source = next((b.text for b in body if b.kind == "paragraph"), None)
    if source is None:
        source = body[0].text if body else ""
    first = _SENTENCE.split(source, maxsplit=1)[0].strip()
    words = first.split()
    if len(words) > _HEADLINE_WORDS:
        words = words[:_HEADLINE_WORDS]
        # Do not leave the cut hanging on "in", "the" or "and".
        while len(words) > 1 and words[-1].lower() in _WEAK_ENDINGS:
            words.pop()
        return " ".join(words).rstrip(",;:—-") + "…"
    return first
