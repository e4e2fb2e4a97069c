"""Lines of the page, each repaired on its own: characters, stray glyphs, spacing."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from .lines import Line, Vocabulary
from .model import Change
from .unicode import (
    GARBAGE_GLYPHS,
    drop_garbage,
    drop_lone_end_mark,
    drop_trailing_letter,
    lines_needing_repair,
    repair_line,
    sets_marks_apart,
    tidy_whitespace,
)


def prepare_lines(
    text: str, changes: list[Change], language: str = "en", vocab: Vocabulary | None = None
) -> list[Line]:
    """Every line of the text, repaired, with what was changed reported in ``changes``."""
    lines: list[Line] = []
    damaged = lines_needing_repair(text)
    raws = text.split("\n")
    marks_set_apart = sets_marks_apart(text, language)
    # A page that sets its ; and : apart sets its spacing so on purpose (old English type);
    # French does too, but sets no space before a comma or a stop.
    spaced = vocab is not None and vocab.spaced_marks and language != "fr"
    for no, raw in enumerate(raws, 1):
        if not raw or raw.isspace():
            lines.append(Line(no, raw, raw, "", 0, False))
            continue
        fixed = raw
        if no - 1 in damaged:
            fixed = repair_line(raw, language, vocab)
            if fixed.strip() != raw.strip():
                changes.append(Change("repaired", no, no, raw.strip(), fixed.strip()))
        dropped, glyphs = drop_garbage(fixed, language)
        dropped, letter = drop_trailing_letter(dropped, language)
        if letter:
            glyphs = [*glyphs, letter]
        elif not marks_set_apart and dropped.rstrip()[-1:] in ",;!":
            dropped, mark = drop_lone_end_mark(dropped, language, _goes_on_small(raws, no))
            if mark:
                glyphs = [*glyphs, mark]
        stripped, _, squeezed = tidy_whitespace(dropped, language)
        if not spaced and (" ." in stripped or " ," in stripped):
            closed = _SPACED_STOP.sub("", stripped)
            squeezed = squeezed or closed != stripped
            stripped = closed
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
    _join_drop_caps(lines, changes)
    return lines


# A space OCR set between a word and its comma or full stop ("By FRANK GREEN .", "MRS .",
# "the Senate this week , the"): closed before the lines are read, so that a byline, a
# title's stop or a headline's close reads as it was printed. Not after a figure ("31 .
# DECEMBER", where a German ordinal's stop may stand apart), nor a spaced ellipsis.
_SPACED_STOP = re.compile(r"(?<=[^\W\d_]) (?=[,.](?:[\s\"'”’»)\]]|$))(?!\. \.)")


def _goes_on_small(raws: list[str], no: int) -> bool:
    """Whether the first line with text after line ``no`` (counted from 1) opens in small
    letters."""
    after = next((r.strip() for r in islice(raws, no, None) if r.strip()), "")
    return after[:1].islower()


# A drop cap OCR set on a line of its own ("E" / "wan Grant still wakes …"): a capital
# letter alone over a line that opens in small letters. ("A" and "I" are words too.)
_DROP_CAP = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZÀÂÉÈÊÎÔÛÄÖÜ")
# A line this long right above, its sentence open, is a paragraph's the letter stands in:
# a speck of the margin ("… sagte er," / "M" / "dass die Lage …"), no drop cap.
_RUNNING_LINE = 40


def _join_drop_caps(lines: list[Line], changes: list[Change]) -> None:
    """Set a drop cap back before the word it begins, the line it stood on left blank."""
    for k in range(len(lines) - 1):
        cap, below = lines[k], lines[k + 1]
        above = lines[k - 1].text if k else ""
        if (
            cap.text in _DROP_CAP
            and below.text[:1].islower()
            and below.text[:2].isalpha()
            and not (len(above) >= _RUNNING_LINE and above[-1:] not in ".!?:\"”»'’")
        ):
            joined = cap.text + below.text
            changes.append(
                Change("repaired", cap.no, below.no, f"{cap.text}\n{below.text}", joined)
            )
            lines[k + 1] = replace(below, fixed=cap.text + below.fixed.lstrip(), text=joined)
            lines[k] = replace(cap, fixed="", text="")
