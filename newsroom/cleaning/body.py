"""The article body: sort blocks of lines into paragraphs, subheads, insets and figures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .captions import has_caption_label, split_credit
from .header import byline_name, caption_extent, inset_label, is_caps, take_byline
from .lines import Line, ends_sentence, split_paragraphs, wordset
from .running import is_date

_DATELINE = re.compile(
    r"[A-Z][A-Za-z .'-]*,?\s+(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|to-?day|yesterday)\.?"
)
# Every credit split_credit(strong_only=True) finds has a slash, a bar, a dotted last word
# (a domain) or one of these labels.
_CREDIT_LABELS = ("photo", "picture", "image", "credit", "illustration", "courtesy", "source")
# A title line ending in one of these continues on the next line.
_RUN_ON_WORDS = wordset("a an the of to in on for and or with from by at as")


@dataclass
class Chunk:
    """Lines between blank lines."""

    lines: list[Line]
    after_gap: bool = False  # page furniture was removed just before it


@dataclass
class Item:
    kind: str  # paragraph | subhead | inset | figure
    lines: list[Line]
    # inset: the label/title lines, then the teaser lines
    teaser: list[Line] = field(default_factory=list)
    # figure: a credit printed on its own line
    credit_line: Line | None = None
    interrupts: bool = False  # an inset or figure cut into a paragraph here


@dataclass
class Found:
    """Header facts discovered while reading the body."""

    byline: str | None = None
    byline_lines: list[Line] = field(default_factory=list)
    dateline: str | None = None
    dateline_line: Line | None = None


def _is_subhead(line: Line, width: int) -> bool:
    text = line.text
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > min(80, 0.75 * width):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘`"):
        return False
    if inset_label(text) or byline_name(text) or has_caption_label(text):
        return False
    if _DATELINE.fullmatch(text):
        return False  # "PERTH, Thursday.": where the story was filed, part of its text
    if is_caps(text):
        return True
    stripped = text.rstrip("\"'”’)")
    if stripped.endswith(("?", "!")):
        return len(words) <= 5  # "What next?" heads a section; a longer question is prose
    return not stripped.endswith((".", ",", ";", ":"))


def _title_lines(lines: list[Line]) -> int:
    """How many lines an inset's label and title take: one, unless it plainly runs on or
    the label stands alone above the title."""
    label = inset_label(lines[0].text)
    last_word = lines[0].text.rsplit(" ", 1)[-1]
    runs_on = last_word.endswith("-") or last_word in _RUN_ON_WORDS
    runs_on = runs_on or (label is not None and not label.group("rest"))
    return 2 if runs_on and len(lines) > 1 else 1


def _sentence_end(lines: list[Line]) -> int:
    """Number of leading lines up to the first that ends a sentence (all when none does)."""
    for k, line in enumerate(lines):
        if ends_sentence(line.text):
            return k + 1
    return len(lines)


def classify(chunks: list[Chunk], width: int, para_indent: int, found: Found) -> list[Item]:
    items: list[Item] = []
    i = 0
    early = True  # still before the first paragraph: bylines and datelines live here
    while i < len(chunks):
        chunk = chunks[i]
        lines = chunk.lines
        i += 1
        if chunk.after_gap and items:
            items[-1].interrupts = True

        label_at = next((k for k, ln in enumerate(lines) if inset_label(ln.text)), None)
        if label_at is not None:
            i = _take_inset(lines, label_at, chunks, i, items, width, para_indent)
            continue

        if early and found.byline is None:
            byline, used = take_byline(lines)
            if byline:
                found.byline, found.byline_lines = byline, lines[:used]
                lines = lines[used:]
                if not lines:
                    continue
        if early and len(lines) == 1 and found.dateline is None and is_date(lines[0].text):
            found.dateline, found.dateline_line = lines[0].text, lines[0]
            continue

        figure = _figure(lines)
        if figure is not None:
            if items and items[-1].kind == "paragraph":
                items[-1].interrupts = True
            items.append(figure)
            continue

        # Deck lines: capitals under the headline, in papers that print no blank lines.
        while len(lines) > 1 and early and is_caps(lines[0].text) and _is_subhead(lines[0], width):
            items.append(Item("subhead", [lines[0]]))
            lines = lines[1:]
        if len(lines) == 1 and i < len(chunks) and _is_subhead(lines[0], width):
            items.append(Item("subhead", lines))
            continue
        if lines:
            items.extend(_paragraphs(lines, width, para_indent))
            early = False
    return items


def _take_inset(
    lines: list[Line],
    label_at: int,
    chunks: list[Chunk],
    i: int,
    items: list[Item],
    width: int,
    para_indent: int,
) -> int:
    """Lift the inset whose label is lines[label_at] out of the text around it.

    Its teaser is the rest of the block, or the next block when the label stands alone.
    Printed inside a paragraph, the teaser runs to the end of its first sentence and the
    paragraph resumes after it. Returns the index of the next block to read.
    """
    before, from_label = lines[:label_at], lines[label_at:]
    if before:
        items.extend(_paragraphs(before, width, para_indent))
    n_title = _title_lines(from_label)
    inset = Item("inset", from_label[:n_title])
    after = from_label[n_title:]
    if after:
        n_teaser = _sentence_end(after) if label_at else len(after)
        inset.teaser, after = after[:n_teaser], after[n_teaser:]
    elif i < len(chunks) and not inset_label(chunks[i].lines[0].text):
        inset.teaser = chunks[i].lines
        i += 1
    if items and items[-1].kind == "paragraph":
        items[-1].interrupts = True
    items.append(inset)
    if after:
        items.extend(_paragraphs(after, width, para_indent))
    return i


def _figure(lines: list[Line]) -> Item | None:
    if len(lines) > 5:
        return None
    count, own_line = caption_extent(lines)
    if count == len(lines):
        if own_line:
            return Item("figure", lines[:-1], credit_line=lines[-1])
        return Item("figure", lines)
    if len(lines) <= 3 and has_caption_label(lines[0].text):
        return Item("figure", lines)
    return None


def leading_figure(chunks: list[Chunk]) -> Item | None:
    """A photo caption printed above the headline: a block of its own, ending in a credit,
    with more blocks after it.

    A headline with its caption under it makes such a block too, so the first line must
    read as a caption's: indented or labelled as they are set, or a sentence carrying the
    credit itself.
    """
    if len(chunks) < 2:
        return None
    lines = chunks[0].lines
    figure = _figure(lines)
    if figure is None:
        return None
    first = lines[0]
    if first.indent or has_caption_label(first.text):
        return figure
    return figure if len(lines) == 1 and len(first.text.split()) >= 6 else None


def _paragraphs(lines: list[Line], width: int, para_indent: int) -> list[Item]:
    items: list[Item] = []
    run: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        # A subhead or a caption printed without blank lines around it still stands out:
        # between the end of one sentence and the start of another, a short line with no
        # closing punctuation, or a line or two ending in a credit.
        after_sentence = k == 0 or ends_sentence(lines[k - 1].text)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        caption = _inline_caption(lines, k) if after_sentence and len(lines) > 1 else 0
        if caption or (after_sentence and len(lines) > 1 and _inline_subhead(line, nxt, width)):
            items.extend(Item("paragraph", g) for g in split_paragraphs(run, width, para_indent))
            if caption:
                items.append(Item("figure", lines[k : k + caption]))
            else:
                items.append(Item("subhead", [line]))
            run = []
            k += caption or 1
            continue
        run.append(line)
        k += 1
    items.extend(Item("paragraph", g) for g in split_paragraphs(run, width, para_indent))
    return items


def _inline_caption(lines: list[Line], k: int) -> int:
    """How many lines from lines[k] are a caption set in the running text (0 if none).

    One or two lines, the last ending in a credit that prose does not end a line with
    (a domain, "Photo: …", "| …", "Name/Agency"), the caption itself a finished sentence,
    and a new paragraph, or nothing, after it.
    """
    for n in (1, 2):
        if k + n > len(lines) or (n == 2 and ends_sentence(lines[k].text)):
            return 0
        if not _may_hold_credit(lines[k + n - 1].text):
            continue  # most lines, told cheaply
        text = " ".join(ln.text for ln in lines[k : k + n])
        caption, credit = split_credit(text, strong_only=True)
        if credit is None:
            continue
        if not (ends_sentence(caption) or has_caption_label(caption)):
            return 0
        nxt = lines[k + n] if k + n < len(lines) else None
        starts = nxt is None or nxt.indent or nxt.text[:1].isupper() or nxt.text[:1] in "\"'“‘"
        return n if starts else 0
    return 0


def _may_hold_credit(text: str) -> bool:
    if "/" in text or "|" in text or "." in text[text.rfind(" ") + 1 :].rstrip(".)"):
        return True
    low = text.lower()
    return any(label in low for label in _CREDIT_LABELS)


def _caps_heading(text: str) -> bool:
    # Old papers print cross-heads in capitals with a full stop ("APPOINTMENT OF UMPIRES.");
    # a word of some length tells them from strings of initials.
    return is_caps(text) and any(len(w) >= 4 and w.isalpha() for w in text.split())


def _inline_subhead(line: Line, nxt: Line | None, width: int) -> bool:
    first = nxt.text[:1] if nxt is not None else "A"  # a block's last line: nothing follows
    return (
        len(line.text) <= 0.6 * width
        and (not ends_sentence(line.text) or _caps_heading(line.text))
        and _is_subhead(line, width)
        and (first.isupper() or first in "\"'“‘-–—")
    )


def merge_interrupted(items: list[Item]) -> list[Item]:
    """Put back together a paragraph that an inset, a figure or page furniture cut in two.

    The cut shows as a paragraph that stops mid-sentence right before the interruption;
    the next paragraph carries on with it. The interrupting items follow the mended one.
    """
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        i += 1
        if item.kind != "paragraph":
            out.append(item)
            continue
        between: list[Item] = []
        while item.interrupts and not ends_sentence(item.lines[-1].text):
            j = i
            while j < len(items) and items[j].kind in ("inset", "figure"):
                j += 1
            if j >= len(items) or items[j].kind != "paragraph":
                break
            between.extend(items[i:j])
            nxt = items[j]
            item = Item("paragraph", item.lines + nxt.lines, interrupts=nxt.interrupts)
            i = j + 1
        out.append(item)
        out.extend(between)
    return out
