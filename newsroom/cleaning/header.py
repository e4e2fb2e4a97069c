"""The top of the article: headline (possibly over several lines), byline, dateline, and a
photo caption printed right under the headline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .captions import has_caption_label, split_credit, standalone_credit
from .lines import Line, ends_sentence
from .running import is_date, running_line

_BYLINE = re.compile(
    r"(?:(?:written|words|story|text|reporting)\s+)?by[:\s]\s*"
    r"(?P<name>[^\W\d_][\w.'’-]*(?:[\s,]+(?:and|&|[^\W\d_][\w.'’-]*)){0,7})\.?",
    re.IGNORECASE,
)
# The label, then a colon, bar or dash, then a title (capitalised) or nothing.
_INSET_LABEL = re.compile(
    r"(?P<label>(?i:related articles?|related stories|related|read more|read also|also read|"
    r"see also|more on this(?: story)?|more))\s*(?::|\||—|–|\s-)\s*(?P<rest>(?:[^a-z].*)?)"
)
# Stray bars that OCR makes of the rules boxing a headline: "I KURRI KURRI TROUBLES. I".
_BARS = frozenset("|Il1")


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def byline_name(text: str) -> str | None:
    """The name(s) in a byline such as "By Hamid Tehrani"; None when it is not one."""
    if len(text.split()) > 10:
        return None
    m = _BYLINE.fullmatch(text.strip())
    if not m:
        return None
    name = m.group("name").strip(" ,.")
    # Names are capitalised; "by the river" is a sentence, not a byline.
    words = [w for w in name.replace(",", " ").split() if w.lower() not in ("and", "&")]
    if not words or not all(w[0].isupper() for w in words):
        return None
    return name


def inset_label(text: str) -> re.Match[str] | None:
    return _INSET_LABEL.match(text)


def strip_bars(text: str) -> str:
    words = text.split()
    if len(words) >= 3 and words[0] in _BARS and words[-1] in _BARS:
        words = words[1:-1]
    elif len(words) >= 3 and words[-1] in _BARS and ends_sentence(words[-2]):
        words = words[:-1]
    return " ".join(words)


@dataclass
class Header:
    headline_lines: list[Line] = field(default_factory=list)
    byline: str | None = None
    dateline: str | None = None
    dateline_line: Line | None = None
    caption_lines: list[Line] = field(default_factory=list)
    credit_line: Line | None = None  # a credit printed on a line of its own
    loose_caption: bool = False  # known to be a caption by its place, not by a credit
    rest: list[Line] = field(default_factory=list)  # what is left of the headline block


def _headline_start(lines: list[Line], width: int) -> bool:
    text = lines[0].text
    words = text.split()
    if not words or len(words) > 20 or text[0].islower():
        return False
    if byline_name(text) or inset_label(text) or is_date(text):
        return False
    if len(lines) == 1 or is_caps(text) or len(text) <= 0.8 * width:
        return True
    # A long first line still heads a short block whose other lines are a caption or a
    # byline: body text does not come with those.
    return len(lines) <= 6 and any(_header_furniture(ln.text) for ln in lines[1:])


def _header_furniture(text: str) -> bool:
    return bool(
        byline_name(text)
        or has_caption_label(text)
        or standalone_credit(text)
        or split_credit(text)[1]
    )


def _continues_headline(head: list[Line], line: Line, nxt: Line | None, width: int) -> bool:
    text = line.text
    prev = head[-1].text
    words = text.split()
    if sum(len(h.text.split()) for h in head) + len(words) > 25:
        return False
    if prev.endswith((".", "?", "!")) or (ends_sentence(prev) and not prev.endswith(":")):
        return False
    if byline_name(text) or inset_label(text) or is_date(text) or has_caption_label(text):
        return False
    if split_credit(text)[1] or standalone_credit(text):
        return False
    if len(text) > 0.75 * width:
        # A long line is body text or a caption, unless the headline so far is a stub or
        # the caption or byline only starts after this line.
        stub = sum(len(h.text.split()) for h in head) < 4
        if not stub and not (nxt is not None and _header_furniture(nxt.text)):
            return False
    if is_caps(" ".join(h.text for h in head)) and not is_caps(text):
        return False
    # An indented line under the headline is usually a caption; a stray space on a short
    # continuation ("not to Vote") is not.
    return not (line.indent > head[-1].indent and len(words) >= 8)


def caption_extent(lines: list[Line], strong_only: bool = False) -> tuple[int, bool]:
    """How many leading lines form a caption ending in a credit (0 if none), and whether the
    last of them is a credit line on its own."""
    for k, line in enumerate(lines[:5]):
        if k and standalone_credit(line.text):
            return k + 1, True
        # A credit ends its line, so the line alone tells whether one is there.
        if split_credit(line.text, strong_only)[1]:
            return k + 1, False
    return 0, False


def read_header(lines: list[Line], width: int) -> Header | None:
    """Read the headline block; None when its first line does not look like a headline."""
    if not lines or not _headline_start(lines, width):
        return None
    header = Header(headline_lines=[lines[0]])
    i = 1
    while i < len(lines) and _continues_headline(
        header.headline_lines, lines[i], lines[i + 1] if i + 1 < len(lines) else None, width
    ):
        header.headline_lines.append(lines[i])
        i += 1
    rest = lines[i:]
    while rest:
        text = rest[0].text
        running = running_line(rest[0].fixed, top=True) if header.dateline is None else None
        if header.byline is None and byline_name(text):
            header.byline = byline_name(text)
        elif running is not None and running.date:
            header.dateline, header.dateline_line = running.date, rest[0]
        else:
            break
        rest = rest[1:]
    count, own_line = caption_extent(rest)
    if 0 < count < len(rest):
        # Body text follows with no blank line between: only an unmistakable credit makes
        # these lines a caption rather than the start of the story.
        count, own_line = caption_extent(rest, strong_only=True)
    if not count and 0 < len(rest) <= 3:
        # A short indented passage closing the headline block, or one that starts with
        # "Photo:" or the like, is a caption even when no credit can be told apart.
        n_words = sum(len(ln.text.split()) for ln in rest)
        if has_caption_label(rest[0].text) or (rest[0].indent and n_words >= 6):
            count = len(rest)
            header.loose_caption = True
    if count:
        header.caption_lines = rest[: count - 1] if own_line else rest[:count]
        header.credit_line = rest[count - 1] if own_line else None
        rest = rest[count:]
    header.rest = rest
    return header
