"""Finished text for each block: lines joined and de-hyphenated, spacing and apostrophes
mended and quotes repaired in the style of the text's language, every change recorded
against the raw lines it came from."""

from __future__ import annotations

from .body import Item
from .captions import split_credit, standalone_credit
from .header import strip_bars
from .lines import Line, Vocabulary, join_lines, line_at
from .model import Block, Change
from .prose import repair_prose, shift
from .quotes import repair_quotes


class Assembler:
    """Turns lines into finished text, recording each change it makes."""

    def __init__(self, vocab: Vocabulary, changes: list[Change], language: str = "en") -> None:
        self.vocab = vocab
        self.changes = changes
        self.language = language  # ISO 639-1: how quotes look, how hyphens are judged

    def text(self, lines: list[Line]) -> str:
        joined, starts = join_lines(lines, self.vocab, self.changes, self.language)
        if len(lines) > 1:
            self.changes.append(
                Change(
                    "joined", lines[0].no, lines[-1].no, "\n".join(ln.text for ln in lines), joined
                )
            )
        return self.quotes(joined, starts)

    def quotes(self, text: str, starts: list[tuple[int, int]]) -> str:
        """Spacing, apostrophes and quotes of one block's text."""
        text, fixes = repair_prose(text, self.language, self.vocab.spaced_marks)
        if fixes:
            for fix in fixes:
                no = line_at(starts, fix.offset)
                self.changes.append(Change(fix.kind, no, no, fix.before, fix.after))
            starts = shift(starts, fixes)
        fixed, marks = repair_quotes(text, self.language)
        for offset, before, after in marks:
            no = line_at(starts, offset)
            self.changes.append(Change("quotes", no, no, before, after))
        return fixed

    def byline(self, text: str | None, lines: list[Line]) -> str | None:
        if not text:
            return None
        return self.quotes(text, [(0, lines[0].no)] if lines else [])

    def headline(self, lines: list[Line]) -> str:
        text = self.text(lines)
        bare = strip_bars(text)
        if bare != text:
            self.changes.append(
                Change("removed", lines[0].no, lines[-1].no, text, bare, "margin noise")
            )
        return bare

    def figure(self, item: Item, loose: bool = False) -> Block:
        joined, starts = join_lines(item.lines, self.vocab, self.changes, self.language)
        if item.credit_line is not None:
            caption, credit = joined, standalone_credit(item.credit_line.text)
        else:
            caption, credit = split_credit(joined, loose=loose)
        caption = self.quotes(caption, starts)
        shown = item.lines if item.credit_line is None else [*item.lines, item.credit_line]
        last = shown[-1]
        before = "\n".join(ln.text for ln in shown)
        after = caption if credit is None else f"{caption}\n[credit] {credit}"
        self.changes.append(Change("caption", item.lines[0].no, last.no, before, after))
        return Block("figure", caption, credit, (item.lines[0].no, last.no))

    def block(self, item: Item) -> Block:
        if item.kind == "figure":
            return self.figure(item)
        first, last = item.lines[0], (item.teaser or item.lines)[-1]
        if item.kind == "inset":
            text = self.text(item.lines)
            if item.teaser:
                text = f"{text}\n{self.text(item.teaser)}"
            before = "\n".join(ln.text for ln in [*item.lines, *item.teaser])
            self.changes.append(Change("inset", first.no, last.no, before, text))
            return Block("inset", text, None, (first.no, last.no))
        return Block(item.kind, self.text(item.lines), None, (first.no, last.no))
