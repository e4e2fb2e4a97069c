"""The kit's and the probes' cases set again: their body paragraphs re-wrapped at another
column width and marked by blank lines, by indentation only, or not at all, everything else
as printed.

The same articles in other page styles, scored with their own expected files: a check that
the cleaner reads a page's form, not the cases' line lengths. Its cases are ones rules are
written against, so it measures robustness, never how well unseen pages fare.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

from ..unicode import GARBAGE_GLYPHS
from .align import align
from .cases import KIT, PROBE, Case, cases

MODES = ("blank", "indent", "none")
WIDTHS = (40, 60, 90)


def _without_margin(line: str) -> str:
    """The line without the specks its margins left ("que- ~", "~ noon"): set again, they
    would stand inside a line, where no margin made them."""
    return _MARGIN_END.sub("", _MARGIN_START.sub("", line.strip()))


_SPECKS = f"[{re.escape(GARBAGE_GLYPHS.replace('¬', ''))}]+"
_MARGIN_START = re.compile(rf"^(?:{_SPECKS}\s+)+")
_MARGIN_END = re.compile(rf"(?:\s+{_SPECKS})+$")


def _joined(lines: list[str], printed: str = "") -> str:
    """A paragraph's raw lines as one line, without their margins' specks, hyphens at the
    line ends closed up but those of a compound the expected text ``printed`` holds
    ("second-" / "year")."""
    text = ""
    for line in (_without_margin(ln) for ln in lines):
        if text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
            left = text[:-1].rsplit(None, 1)[-1]
            right = line.split(None, 1)[0].rstrip(".,;:!?\"'”’)")
            text = text + line if f"{left}-{right}" in printed else text[:-1] + line
        else:
            text = f"{text} {line}".strip()
    return text


def reset(raw: str, expected: dict, mode: str, width: int) -> str:
    lines, labels = align(raw, expected)
    printed = " ".join(expected.get("paragraphs") or [])
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if not para:
            return
        wrapped = textwrap.wrap(_joined(para, printed), width, break_on_hyphens=False)
        if mode == "indent":
            wrapped[0] = "   " + wrapped[0]
        out.extend(wrapped)
        if mode == "blank":
            out.append("")
        para.clear()

    for line, label in zip(lines, labels, strict=True):
        if label == "pstart":
            flush()
            para.append(line.raw)
        elif label == "pcont" and para:
            para.append(line.raw)
        elif not line.raw.strip() and para:
            continue  # the paragraph's own blank lines are the mode's to set
        else:
            flush()
            out.append(line.raw)
    flush()
    return "\n".join(out) + "\n"


def variants(widths: tuple[int, ...] = WIDTHS) -> Iterator[Case]:
    for case in (*cases(KIT), *cases(PROBE)):
        if case.expected.get("paragraph_boundaries") == "unknown":
            continue
        for mode in MODES:
            for width in widths:
                expected = dict(case.expected)
                if mode == "none":
                    expected["paragraph_boundaries"] = "unknown"
                raw = reset(case.raw, case.expected, mode, width)
                yield Case(f"{case.name}_{mode}{width}", raw, expected)
