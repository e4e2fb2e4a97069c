"""The top of the article: headline (possibly over several lines), byline, dateline, and a
photo caption printed right under the headline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .captions import has_caption_label, split_credit, standalone_credit
from .lines import Line, ends_sentence, wordset
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
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]*)*\.?")
# "By Aroha Ngata | Reporter": a bar or dash between the name and the job.
_BYLINE_SEPARATOR = re.compile(r"\s+[|·•—–]\s+")
# The writer's job, printed under a byline, ends in one of these ("Courts Reporter").
_ROLE_NOUNS = wordset(
    """
    writer writers reporter correspondent editor columnist contributor critic photographer
    journalist chief producer analyst intern freelancer stringer staff
    """
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
    m = _BYLINE.fullmatch(_BYLINE_SEPARATOR.sub(", ", text.strip()))
    if not m:
        return None
    name = m.group("name").strip(" ,.")
    # Names are capitalised; "by the river" is a sentence, not a byline.
    words = [w for w in name.replace(",", " ").split() if w.lower() not in ("and", "&")]
    if not words or not all(w[0].isupper() for w in words):
        return None
    return name


def role_line(text: str) -> bool:
    """A line naming the writer's job under a byline: "Staff Writer", "Courts Reporter"."""
    words = text.strip().rstrip(".").split()
    if not 1 <= len(words) <= 5:
        return False
    if not all(w[0].isupper() or w in ("of", "for", "the", "and") for w in words):
        return False
    return words[-1].lower() in _ROLE_NOUNS


def _name_line(text: str) -> bool:
    """A person's name alone on a line: two to four capitalised words of letters."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    return all(w[0].isupper() and _NAME_WORD.fullmatch(w) for w in words)


def take_byline(lines: list[Line]) -> tuple[str | None, int]:
    """The byline at the start of lines, and how many lines it takes (0 when none).

    "By Maria Lopez", a "By" alone above the name, or a name with the writer's job on the
    line under it; the job line, printed under any of these, belongs to the byline.
    """
    if not lines:
        return None, 0
    first = lines[0].text
    name, used = byline_name(first), 1
    if name is None and first.lower() in ("by", "by:") and len(lines) > 1:
        name, used = (lines[1].text, 2) if _name_line(lines[1].text) else (None, 1)
    if name is None:
        if len(lines) > 1 and _name_line(first) and role_line(lines[1].text):
            return f"{first}, {lines[1].text}", 2
        return None, 0
    if "," not in name:
        name = _set_off_role(name)
    if used < len(lines) and "," not in name and role_line(lines[used].text):
        return f"{name}, {lines[used].text}", used + 1
    return name, used


def _set_off_role(name: str) -> str:
    """ "Maria Lopez Staff Writer" (its separator lost as a stray glyph) -> "Maria Lopez,
    Staff Writer"."""
    words = name.split()
    for i in range(2, len(words)):
        if role_line(" ".join(words[i:])):
            return f"{' '.join(words[:i])}, {' '.join(words[i:])}"
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
    byline_lines: list[Line] = field(default_factory=list)
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
    prev = strip_bars(head[-1].text)
    words = text.split()
    if sum(len(h.text.split()) for h in head) + len(words) > 25:
        return False
    if prev.endswith((".", "?", "!")) or (ends_sentence(prev) and not prev.endswith(":")):
        return False
    if byline_name(text) or inset_label(text) or is_date(text) or has_caption_label(text):
        return False
    if split_credit(text)[1] or standalone_credit(text):
        return False
    if take_byline([line] if nxt is None else [line, nxt])[1]:
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
        byline, used = take_byline(rest) if header.byline is None else (None, 0)
        running = running_line(rest[0].fixed, top=True) if header.dateline is None else None
        if byline:
            header.byline, header.byline_lines = byline, rest[:used]
            rest = rest[used:]
        elif running is not None and running.date:
            header.dateline, header.dateline_line = running.date, rest[0]
            rest = rest[1:]
        else:
            break
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
