"""Raw lines + the cleaner's change report + cleaned blocks -> what the Original page shows.

Pure Python, no Django. The Original page sets every raw line beside the cleaned block it
became, so a reader can check the cleaning line by line: which lines were left out, which
were joined, where a word was de-hyphenated or a quote mark repaired, which lines went into
a caption or an inset. Blocks know their raw line range from the cleaner; the headline,
byline and dateline do not, so their lines are found by matching letters and digits only
(which survives joining, de-hyphenation and quote repair). A line that no block claims and
no change removed is flagged: the cleaner dropped it without saying so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from newsroom.text.original_page import (
    HEADER_KINDS,
    KINDS,
    LINE_KINDS,
    PAGE_LINES,
    BlockView,
    ChangeView,
    CleaningView,
    KindCount,
    LineView,
    Row,
    SourceBlock,
    Span,
)
from newsroom.text.textmarks import Marks, changed_part, find_change

__all__ = ["CleaningView", "SourceBlock", "build", "page_start", "source_blocks", "split_lines"]


def split_lines(raw: str) -> list[str]:
    """Raw text -> lines numbered as the cleaner numbers them (any newline convention)."""
    return raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def locate(text: str, keys: Sequence[str], free: Sequence[bool]) -> tuple[int, int] | None:
    """The first run of free lines whose letters and digits contain ``text`` (blank lines
    inside the run are passed over).

    ``keys[i]`` is line i+1 reduced by ``_alnum``. A run grows while it could still be part
    of the text, so a headline split over two lines, or "By Jane Doe" for byline "Jane
    Doe", is found.
    """
    target = _alnum(text)
    if not target:
        return None
    for i in range(len(keys)):
        if not (free[i] and keys[i]):
            continue
        run = ""
        for j in range(i, len(keys)):
            if not free[j]:
                break
            if not keys[j]:
                continue  # a blank line between a headline's lines
            run += keys[j]
            if target in run:
                return i + 1, j + 1
            if run not in target:
                break
    return None


def _lines_ok(lines: tuple[int, int] | None, n: int) -> bool:
    return bool(lines) and 1 <= lines[0] <= lines[1] <= n


def _parse_changes(
    changes: Iterable[Mapping], first: int, last: int
) -> tuple[list[ChangeView], list]:
    placed, loose = [], []
    for number, c in enumerate(changes, 1):
        view = ChangeView(
            number,
            str(c.get("kind", "")),
            int(c.get("line_start") or 0),
            int(c.get("line_end") or c.get("line_start") or 0),
            str(c.get("before") or ""),
            str(c.get("after") or ""),
            str(c.get("reason") or ""),
        )
        ok = first <= view.line_start <= view.line_end <= last
        (placed if ok else loose).append(view)
    return placed, loose


def _mark_raw(marks: Marks, lines: list[str], change: ChangeView) -> None:
    if change.kind in LINE_KINDS or (change.kind == "removed" and not change.after):
        return
    pieces = change.before.split("\n")
    if len(pieces) > 1 and len(pieces) == change.line_end - change.line_start + 1:
        # A multi-line snippet ("inde-\npendent"): each piece on its own line.
        for offset, piece in enumerate(pieces):
            no = change.line_start + offset
            line, piece = lines[no - 1], piece.strip()
            at = line.rfind(piece) if offset == 0 else line.find(piece)
            if piece and at >= 0:
                marks.add(no, at, at + len(piece), change.kind, change.number)
        return
    if change.kind == "removed":
        _mark_left_out(marks, lines, change)
        return
    b0, b1, _, _ = changed_part(change.before, change.after)
    for no in range(change.line_start, change.line_end + 1):
        cursor = marks.cursor(no, change.kind)
        start, end = find_change(lines[no - 1], change.before, (b0, b1), cursor)
        if start >= 0:
            marks.add(no, start, end, change.kind, change.number)
            return


def _mark_left_out(marks: Marks, lines: list[str], change: ChangeView) -> None:
    # Part of a line left out ("I KURRI KURRI LABOUR TROUBLES. I" -> "KURRI KURRI LABOUR
    # TROUBLES."): each run of characters that went is marked, wherever it stood.
    for no in range(change.line_start, change.line_end + 1):
        at = lines[no - 1].find(change.before)
        if at < 0:
            continue
        matcher = SequenceMatcher(None, change.before, change.after, autojunk=False)
        for tag, i1, i2, _, _ in matcher.get_opcodes():
            if tag in ("delete", "replace") and change.before[i1:i2].strip():
                marks.add(no, at + i1, at + i2, change.kind, change.number)
        return


def _mark_cleaned(marks: Marks, key: int, text: str, change: ChangeView) -> None:
    # What was left out is not in the cleaned text: nothing there to mark.
    if change.kind in LINE_KINDS or change.kind == "removed" or not change.after:
        return
    _, _, a0, a1 = changed_part(change.before, change.after)
    if change.kind == "dehyphenated":
        a0, a1 = 0, len(change.after)  # the whole word was mended, not one character
    start, end = find_change(text, change.after, (a0, a1), marks.cursor(key, change.kind))
    marks.add(key, start, end, change.kind, change.number)


def page_start(line: int, size: int = PAGE_LINES, origin: int = 1) -> int:
    """The first line of the page of lines that shows ``line``; pages count from ``origin``."""
    return (max(line, origin) - origin) // size * size + origin


def build(
    raw: str,
    changes: Iterable[Mapping],
    blocks: Sequence[SourceBlock],
    *,
    start: int = 1,
    size: int = PAGE_LINES,
    lines_range: tuple[int, int] | None = None,
    outside: Sequence[tuple[int, int]] = (),
) -> CleaningView:
    """The side-by-side view of one revision: ``changes`` as stored (dicts), ``blocks``
    the header fields and body items of the cleaned article in reading order.

    ``lines_range`` is the part of the page to show (1-based, inclusive; the whole text
    when None): a story's lines with whatever around them belongs to no other story.
    ``outside`` are the ranges in it that belong to no story. Rows are made for the ``size``
    raw lines from ``start`` only (a 20 MB text has hundreds of thousands); ownership and
    counts are worked out over the whole story.
    """
    lines = split_lines(raw)
    n = len(lines)
    first_line, last_line = lines_range or (1, n)
    first_line = min(max(first_line, 1), n)
    last_line = min(max(last_line, first_line), n)
    lo = page_start(min(max(start, first_line), last_line), size, first_line)
    hi = min(last_line, lo + size - 1)
    placed, loose = _parse_changes(changes, first_line, last_line)

    # Who owns each line: a block (smallest range first, so an inset that interrupts a
    # paragraph keeps its own lines), else found header fields, else a removal. Lines of
    # other stories on the page are nobody's here.
    owner: list[tuple | None] = [None] * (n + 1)
    for no in (*range(1, first_line), *range(last_line + 1, n + 1)):
        owner[no] = ("elsewhere",)
    ranges: dict[int, tuple[int, int]] = {}
    body = [i for i, b in enumerate(blocks) if b.kind not in HEADER_KINDS]
    known = [i for i in body if _lines_ok(blocks[i].lines, n)]
    for i in sorted(known, key=lambda i: blocks[i].lines[1] - blocks[i].lines[0]):
        first, last = blocks[i].lines
        ranges[i] = (first, last)
        for no in range(first, last + 1):
            owner[no] = owner[no] or ("block", i)
    free = [owner[no] is None for no in range(1, n + 1)]
    keys = [_alnum(line) if free[i] else "" for i, line in enumerate(lines)]
    for i, block in enumerate(blocks):
        if block.kind in HEADER_KINDS:
            found = block.lines if _lines_ok(block.lines, n) else locate(block.text, keys, free)
            if found:
                ranges[i] = found
                for no in range(found[0], found[1] + 1):
                    owner[no] = owner[no] or ("block", i)

    removed = [False] * (n + 1)
    for change in placed:
        if change.kind == "removed" and not change.after:
            for no in range(change.line_start, change.line_end + 1):
                removed[no] = bool(lines[no - 1].strip())
                if owner[no] is None and lines[no - 1].strip():
                    owner[no] = ("removed",)
    for first, last in outside:
        for no in range(max(first, first_line), min(last, last_line) + 1):
            if owner[no] is None and lines[no - 1].strip():
                owner[no] = ("outside",)
    previous: tuple | None = None
    for no in range(first_line, last_line + 1):
        if not lines[no - 1].strip():
            owner[no] = previous or ("blank",)  # a blank line goes with the line above
        elif owner[no] is None:
            owner[no] = ("unaccounted",)
        previous = owner[no]

    # Indexed by first line: a long article has tens of thousands of blocks and changes.
    starting: dict[int, list[ChangeView]] = {}
    for change in placed:
        starting.setdefault(change.line_start, []).append(change)
    raw_marks, clean_marks = Marks(), Marks()
    kinds_at: dict[int, list[str]] = {}
    joined: set[int] = set()
    for change in placed:
        if change.line_start > hi or change.line_end < lo:
            continue
        _mark_raw(raw_marks, lines, change)
        for no in range(max(lo, change.line_start), min(hi, change.line_end) + 1):
            kinds_at.setdefault(no, []).append(change.kind)
        if change.kind in ("joined", "dehyphenated"):
            joined.update(range(change.line_start, change.line_end))
    shown = {i for i, (first, last) in ranges.items() if first <= hi and last >= lo}
    for i in shown:
        first, last = ranges[i]
        for no in range(first, last + 1):
            for change in starting.get(no, ()):
                if change.line_end <= last:
                    _mark_cleaned(clean_marks, i, blocks[i].text, change)

    block_views = {
        i: BlockView(b.kind, clean_marks.spans(i, b.text, Span), b.credit, ranges.get(i))
        for i, b in enumerate(blocks)
        if i in shown or (i not in ranges and b.text.strip())
    }
    line_views = [
        LineView(
            no,
            raw_marks.spans(no, lines[no - 1], Span),
            tuple(dict.fromkeys(kinds_at.get(no, ()))),
            removed[no],
            no in joined,
        )
        for no in range(lo, hi + 1)
    ]
    counts = Counter(c.kind for c in (*placed, *loose))
    first_seen: dict[str, int] = {}
    for change in placed:
        first_seen[change.kind] = min(first_seen.get(change.kind, n), change.line_start)
    return CleaningView(
        rows=_rows(owner, line_views, blocks, block_views, ranges, starting),
        changes=tuple(placed),
        counts=tuple(
            KindCount(
                kind,
                *KINDS.get(kind, (kind.capitalize(), "")),
                counts[kind],
                first_seen.get(kind),
                page_start(first_seen.get(kind, first_line), size, first_line),
            )
            for kind in [*KINDS, *sorted(set(counts) - set(KINDS))]
            if counts[kind]
        ),
        unplaced=tuple(v for i, v in block_views.items() if i not in ranges),
        loose=tuple(loose),
        unaccounted=sum(
            1
            for no in range(first_line, last_line + 1)
            if owner[no] == ("unaccounted",) and lines[no - 1].strip()
        ),
        first_line=lo,
        last_line=hi,
        line_count=n,
        page_size=size,
        range_first=first_line,
        range_last=last_line,
    )


@dataclass
class _RowDraft:
    key: tuple
    lines: list[LineView] = field(default_factory=list)


def _rows(owner, line_views, blocks, block_views, ranges, starting) -> tuple[Row, ...]:
    drafts: list[_RowDraft] = []
    row_of: dict[int, int] = {}
    for view in line_views:
        key = owner[view.number]
        if not drafts or drafts[-1].key != key:
            drafts.append(_RowDraft(key))
        drafts[-1].lines.append(view)
        row_of[view.number] = len(drafts) - 1

    # A block is shown in the first row of its lines on the page; a block that owns no
    # line of its own (all claimed by a smaller one) joins the row where its range starts.
    # A block that began on an earlier page is not repeated: its rows say "continued".
    shown_in: dict[int, int] = {}
    for r, draft in enumerate(drafts):
        if draft.key[0] == "block" and ranges[draft.key[1]][0] >= drafts[0].lines[0].number:
            shown_in.setdefault(draft.key[1], r)
    for i, (first, _) in ranges.items():
        if first in row_of:
            shown_in.setdefault(i, row_of[first])
    by_row: dict[int, list[int]] = {}
    for i, r in sorted(shown_in.items(), key=lambda item: (item[1], item[0])):
        by_row.setdefault(r, []).append(i)

    rows = []
    for r, draft in enumerate(drafts):
        first, last = draft.lines[0].number, draft.lines[-1].number
        kind = blocks[draft.key[1]].kind if draft.key[0] == "block" else draft.key[0]
        rows.append(
            Row(
                kind=kind,
                lines=tuple(draft.lines),
                blocks=tuple(block_views[i] for i in by_row.get(r, [])),
                changes=tuple(c for no in range(first, last + 1) for c in starting.get(no, ())),
                continued=draft.key[0] == "block" and shown_in.get(draft.key[1]) != r,
            )
        )
    return tuple(rows)


def source_blocks(content: Mapping, photos: Mapping[int, tuple[str, str]]) -> list[SourceBlock]:
    """A revision's stored content (and its photos' caption, credit by order) as the
    blocks ``build`` takes: header fields first (each deck line its own), then the body in
    reading order."""
    blocks = []
    for kind in HEADER_KINDS:
        values = content.get(kind) or []
        for value in values if isinstance(values, list) else [values]:
            if str(value or "").strip():
                blocks.append(SourceBlock(kind, str(value)))
    for item in content.get("body") or []:
        lines = item.get("lines")
        lines = (int(lines[0]), int(lines[1])) if lines and len(lines) == 2 else None
        if item.get("kind") == "figure":
            caption, credit = photos.get(item.get("photo"), ("", ""))
            blocks.append(SourceBlock("figure", caption, credit, lines))
        else:
            text = str(item.get("text") or "")
            blocks.append(SourceBlock(str(item.get("kind")), text, "", lines))
    return blocks
