"""Finished text for each item: lines joined and de-hyphenated, spacing and apostrophes
mended and quotes repaired in the style of the text's language, every change recorded
against the raw lines it came from."""

from __future__ import annotations

import re
from dataclasses import replace

from .captions import split_credit, standalone_credit
from .header import inset_label, strip_headline_specks, strip_line_bars
from .lines import Line, Vocabulary, join_lines, line_at, wordset
from .model import Block, Change
from .prose import repair_prose, shift
from .quotes import continuation_marks, repair_quotes, strip_continuation_mark
from .stories import Item, item_lines
from .unicode import drop_leading_mark

# The label a web page sets before a caption's words ("Image caption, …", the BBC's).
_CAPTION_LEAD = re.compile(r"(?i:image|media|video) caption\s*[,:]\s*")
# An inset title line ending in one of these runs on to the next line.
_RUN_ON_WORDS = wordset("a an the of to in on for and or with from by at as")


class Assembler:
    """Turns lines into finished text, recording each change it makes."""

    def __init__(self, vocab: Vocabulary, changes: list[Change], language: str = "en") -> None:
        self.vocab = vocab
        self.changes = changes
        self.language = language  # ISO 639-1: how quotes look, how hyphens are judged

    def text(self, lines: list[Line]) -> str:
        lines = self._leading_marks(self._continuation_marks(lines))
        joined, starts = join_lines(lines, self.vocab, self.changes, self.language)
        if len(lines) > 1:
            self.changes.append(
                Change(
                    "joined", lines[0].no, lines[-1].no, "\n".join(ln.text for ln in lines), joined
                )
            )
        return self.quotes(joined, starts)

    def _continuation_marks(self, lines: list[Line]) -> list[Line]:
        """Lines without the mark old type set at the start of each line of a quote, which
        is no new quote (and, left in, would keep a word broken over the lines apart)."""
        marked = continuation_marks([ln.text for ln in lines], self.language)
        if not marked:
            return lines
        lines = list(lines)
        for k in marked:
            line = lines[k]
            bare = strip_continuation_mark(line.text, self.language)
            self.changes.append(Change("quotes", line.no, line.no, line.text, bare))
            lines[k] = replace(line, text=bare)
        return lines

    def _leading_marks(self, lines: list[Line]) -> list[Line]:
        """Lines of running text without the speck of punctuation the column's edge left
        before their first word (", Secretary Lansing", "; visit those places"). Asked only
        of text: on a line of noise the mark is part of what marks it as noise."""
        out = lines
        for k, line in enumerate(lines):
            bare, mark = drop_leading_mark(line.text)
            if mark is None or self._wrapped_french_mark(lines, k, mark):
                continue
            if out is lines:
                out = list(lines)
            self.changes.append(
                Change("removed", line.no, line.no, line.text, bare, "margin noise")
            )
            out[k] = replace(line, text=bare)
        return out

    def _wrapped_french_mark(self, lines: list[Line], k: int, mark: str) -> bool:
        """French sets a space before "!", so the line above may end on a word and its
        sentence's mark wrap to this line ("Quel pied" / "! Oh putain !"): the next
        sentence, or the quote's end, follows. (A speck stands before the sentence going
        on: "difficile" / "! à atteindre".)"""
        after = lines[k].text[1:].lstrip()[:1]
        return (
            self.language == "fr"
            and mark == "!"
            and k > 0
            and lines[k - 1].text[-1:].isalnum()
            and (after.isupper() or after in ("»", "”", '"'))
        )

    def quotes(self, text: str, starts: list[tuple[int, int]]) -> str:
        """Spacing, apostrophes and quotes of one block's text."""
        text, fixes = repair_prose(
            text, self.language, self.vocab.spaced_marks, self.vocab.stray_spaces
        )
        if fixes:
            for fix in fixes:
                no = line_at(starts, fix.offset)
                self.changes.append(Change(fix.kind, no, no, fix.before, fix.after, fix.reason))
            starts = shift(starts, fixes)
        fixed, marks = repair_quotes(text, self.language, self.vocab.guillemets)
        for offset, before, after, reason in marks:
            no = line_at(starts, offset)
            kind = "removed" if reason else "quotes"
            self.changes.append(Change(kind, no, no, before, after, reason))
        return fixed

    def line(self, line: Line) -> str:
        return self.quotes(line.text, [(0, line.no)])

    def headline(self, lines: list[Line]) -> str:
        """The headline's lines joined, without the bars OCR makes of the rules around it
        and the specks it leaves around and between the words."""
        bare_lines = []
        for line, text in zip(lines, strip_headline_specks([ln.text for ln in lines]), strict=True):
            bare = strip_line_bars(text)
            if bare != line.text:
                if _only_dropped(line.text.split(), bare.split()):
                    change = Change("removed", line.no, line.no, line.text, bare, "margin noise")
                else:  # a lone ",," read as the quote mark it is
                    change = Change("quotes", line.no, line.no, line.text, bare)
                self.changes.append(change)
                line = replace(line, text=bare)
            bare_lines.append(line)
        return self.text(bare_lines)

    def figure(self, item: Item) -> Block:
        joined, starts = join_lines(item.lines, self.vocab, self.changes, self.language)
        if item.credit_line is not None:
            credit_text = item.credit_line.text
            caption, credit = joined, standalone_credit(credit_text) or credit_text
        else:
            caption, credit = split_credit(joined, loose=True)
        if caption and (label := _CAPTION_LEAD.match(caption)):
            # "Image caption, Lava fountains lit up …": the page's label, not the caption's.
            self.changes.append(
                Change(
                    "removed",
                    item.lines[0].no,
                    item.lines[0].no,
                    caption,
                    caption[label.end() :],
                    "page control",
                )
            )
            caption = caption[label.end() :]
            starts = [(max(0, offset - label.end()), no) for offset, no in starts]
        caption = self.quotes(caption, starts) if caption else ""
        shown = item_lines(item)
        first, last = shown[0], shown[-1]
        before = "\n".join(ln.text for ln in shown)
        after = caption if credit is None else f"{caption}\n[credit] {credit}"
        self.changes.append(Change("caption", first.no, last.no, before, after))
        return Block("figure", caption, credit, (first.no, last.no))

    def inset(self, item: Item) -> Block:
        lines = item.lines
        n_title = _title_lines(lines)
        text = self.text(lines[:n_title])
        if lines[n_title:]:
            text = f"{text}\n{self.text(lines[n_title:])}"
        first, last = lines[0], lines[-1]
        before = "\n".join(ln.text for ln in lines)
        self.changes.append(Change("inset", first.no, last.no, before, text))
        return Block("inset", text, None, (first.no, last.no))

    def table(self, item: Item) -> Block:
        """Rows of a table or listing stay rows: one paragraph, a line each."""
        rows = [self.line(line) for line in item.lines]
        return Block("paragraph", "\n".join(rows), None, (item.lines[0].no, item.lines[-1].no))

    def block(self, item: Item) -> Block:
        if item.kind == "figure":
            return self.figure(item)
        if item.kind == "inset":
            return self.inset(item)
        if item.kind == "table":
            return self.table(item)
        first, last = item.lines[0], item.lines[-1]
        return Block(item.kind, self.text(item.lines), None, (first.no, last.no))


def _only_dropped(before: list[str], after: list[str]) -> bool:
    """Whether ``after`` is ``before`` with some words left out and none changed but for
    specks dropped before it (";SYDNEY" -> "SYDNEY")."""
    remaining = iter(before)

    def kept(was: str, word: str) -> bool:
        cut = len(was) - len(word)
        return was.endswith(word) and not any(c.isalnum() for c in was[:cut])

    return all(any(kept(was, word) for was in remaining) for word in after)


def _title_lines(lines: list[Line]) -> int:
    """How many lines an inset's label and title take: one, unless it plainly runs on or
    the label stands alone above the title."""
    if len(lines) == 1:
        return 1
    label = inset_label(lines[0].text)
    if label is None:
        return 1
    last_word = lines[0].text.rsplit(" ", 1)[-1]
    runs_on = last_word.endswith("-") or last_word.lower() in _RUN_ON_WORDS
    return 2 if runs_on or not label.group("rest") else 1
