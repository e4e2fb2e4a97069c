"""Labels for the lines of a hand-made case: which field of the expected result each raw line
went to.

The evaluation kit's cases and the real OCR texts come as a raw page and the cleaned result
a person wrote for it, not as labelled lines. Each raw line is found in the expected text
(letters and digits only, case folded, so that joins, de-hyphenation, quotes and repaired
characters do not matter; by a fuzzy match where the expected text is a human transcription
of noisy OCR), and takes the label of the field it was found in. A line found nowhere was
left out: its label says why, by the form of the line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz

from ..features import _JUMP
from ..furniture import page_number
from ..header import inset_label
from ..lines import Line, has_word
from ..prepare import prepare_lines
from ..running import running_line

_NOT_ALNUM = re.compile(r"[\W_]+")
_BYLINE_PREFIX = re.compile(r"^(?:by|von|par|de|door|af|av|por|di)(?=.)")
# Below this, a fuzzy match is chance.
_FUZZY = 72
_LOOSE = 50


def norm(text: str) -> str:
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass
class Field:
    kind: str  # kicker head deck byline date caption credit sub para table inset outside pub
    story: int
    text: str  # normalised
    credit_from: int = -1  # for captions: where the credit starts in text
    cursor: int = 0


def _fields(expected: dict) -> list[Field]:
    fields: list[Field] = []
    stories = expected.get("stories") or [expected]
    for k, story in enumerate(stories):
        deck = [norm(d) for d in story.get("deck") or []]

        def add(kind: str, text: str | None, k: int = k) -> None:
            if text and norm(text):
                fields.append(Field(kind, k, norm(text)))

        add("kicker", story.get("kicker"))
        add("head", story.get("headline"))
        for d in story.get("deck") or []:
            add("deck", d)
        add("byline", story.get("byline"))
        add("date", story.get("dateline"))
        for caption in story.get("captions") or []:
            text = norm(caption.get("text") or "")
            credit = norm(caption.get("credit") or "")
            if text or credit:
                fields.append(Field("caption", k, text + credit, len(text)))
        for sub in story.get("subheads") or []:
            if norm(sub) in deck:
                continue  # the kit lists decks among subheads too
            add("sub", sub)
        for para in story.get("paragraphs") or []:
            add("table" if "\n" in para.strip() else "para", para)
        for inset in story.get("insets") or []:
            add("inset", inset)
    for outside in expected.get("outside") or []:
        add("outside", outside if isinstance(outside, str) else outside.get("text"), -1)
    add("pub", expected.get("publication"), -1)
    return fields


# When a line is found in several fields, the likelier home wins.
_PRIORITY = {
    "head": 0,
    "kicker": 1,
    "deck": 2,
    "byline": 3,
    "caption": 4,
    "sub": 5,
    "inset": 6,
    "para": 7,
    "table": 7,
    "outside": 8,
    "date": 9,
    "pub": 10,
}


# Fields printed in display lines, which a short line may begin.
_HEADINGS = frozenset({"kicker", "head", "deck", "sub"})


def _exact(
    fields: list[Field], key: str, current: Field | None, following: str = ""
) -> tuple[Field, int] | None:
    if current is not None:
        at = current.text.find(key, current.cursor, current.cursor + len(key) + 4)
        if at >= 0:
            return current, at
    best = None
    for field in fields:
        if len(key) < 8:
            # A short line ("The", "He said.") is found anywhere; only a whole field counts,
            # or the start of a heading that the next line goes on with ("UNE DAME" /
            # "L'ÉNIGME DU …").
            rest = field.text[field.cursor :]
            whole = rest == key or (
                field.kind in _HEADINGS and following and rest.startswith(key + following)
            )
            at = field.cursor if whole else -1
        else:
            at = field.text.find(key, field.cursor)
        if at < 0:
            continue
        rank = (at != field.cursor, _PRIORITY[field.kind], at - field.cursor)
        if best is None or rank < best[0]:
            best = (rank, field, at)
    return (best[1], best[2]) if best else None


def _anywhere(fields: list[Field], key: str) -> tuple[Field, int] | None:
    for field in sorted(fields, key=lambda f: _PRIORITY[f.kind]):
        at = field.text.find(key)
        if at >= 0:
            return field, at
    return None


def _fuzzy(fields: list[Field], key: str, current: Field | None) -> tuple[Field, int, int] | None:
    """A line of noisy OCR found in a clean transcription: (field, start, end)."""
    candidates = [current] if current is not None else []
    candidates += [f for f in fields if f is not current]
    best = None
    for field in candidates:
        window = field.text[field.cursor : field.cursor + 3 * len(key) + 20]
        if not window:
            continue
        found = fuzz.partial_ratio_alignment(key, window, score_cutoff=_LOOSE)
        if found is None:
            continue
        if found.score < _FUZZY and not (field is current and found.dest_start <= 5):
            continue  # a garbled line is taken only where the text it continues goes on
        start = field.cursor + found.dest_start
        rank = (-found.score + (0 if field is current else 5), found.dest_start)
        if best is None or rank < best[0]:
            best = (rank, field, start, field.cursor + found.dest_end)
        if field is current and found.score >= 90:
            break
    return best[1:] if best else None


def _left_out(line: Line, before_story: bool) -> str:
    text = line.text
    if not has_word(text):
        return "noise"
    if page_number(text):
        return "folio"
    if _JUMP.fullmatch(text):
        return "jump"
    if before_story:
        return "masthead" if not running_line(line.fixed, top=True) else "running"
    return "running"


def _furniture(line: Line) -> bool:
    return (
        running_line(line.fixed) is not None
        or page_number(line.text)
        or _JUMP.fullmatch(line.text) is not None
    )


def align(raw: str, expected: dict) -> tuple[list[Line], list[str]]:
    """The page's lines and a label for each ("" for a blank line)."""
    lines = prepare_lines(raw, [])
    fields = _fields(expected)
    labels = [""] * len(lines)
    homes: list[tuple[Field, int] | None] = [None] * len(lines)
    current: Field | None = None
    for i, line in enumerate(lines):
        if not line.text:
            continue
        key = norm(line.text)
        if not key:
            labels[i] = "noise"
            continue
        following = _next_key(lines, i) if len(key) < 8 else ""
        found = _exact(fields, key, current, following)
        if found is None and (m := _BYLINE_PREFIX.match(key)):
            found = _exact([f for f in fields if f.kind == "byline"], key[m.end() :], None)
        if found is None and len(key) >= 12:
            # OCR of a page may print a piece of a story out of order: look behind too.
            found = _anywhere(fields, key)
        if found is None and (label := inset_label(line.text)):
            # Expected insets may leave their label out.
            rest = norm(label.group("rest"))
            found = _exact([f for f in fields if f.kind == "inset"], rest, None) if rest else None
        if found is not None:
            field, start = found
            end = start + len(key)
        else:
            fuzzy = _fuzzy(fields, key, current) if len(key) >= 8 else None
            if fuzzy is None:
                continue
            field, start, end = fuzzy
        field.cursor = max(field.cursor, end)
        homes[i] = (field, start)
        current = field if field.kind not in ("pub", "date") else current
    _interpolate(lines, homes)
    _label(lines, homes, labels)
    return lines, labels


def _next_key(lines: list[Line], i: int) -> str:
    """The next non-blank line, normalised ("" at the end of the page)."""
    for k in range(i + 1, len(lines)):
        if lines[k].text:
            return norm(lines[k].text)
    return ""


def _interpolate(lines: list[Line], homes: list[tuple[Field, int] | None]) -> None:
    """A line too garbled to be found, between two lines of the same field, is part of it
    (OCR noise in a paragraph the transcription has clean); not a line the furniture's
    recognisers know, a running head printed where the column broke ("… substations bef-"
    / "WORLD | 13" / "ore the end …"), a page number or a jump line."""
    found = [i for i, h in enumerate(homes) if h is not None]
    for a, b in pairwise(found):
        field, other = homes[a][0], homes[b][0]
        same = other is field and field.kind not in ("pub", "date")
        body = {field.kind, other.kind} <= {"para", "table"} and field.story == other.story
        if b - a > 1 and (same or body):
            for i in range(a + 1, b):
                if lines[i].text and has_word(lines[i].text) and not _furniture(lines[i]):
                    homes[i] = (field, homes[a][1] + 1)


def _label(lines: list[Line], homes: list[tuple[Field, int] | None], labels: list[str]) -> None:
    first_header = next(
        (i for i, h in enumerate(homes) if h and h[0].kind not in ("pub", "date", "outside")),
        len(lines),
    )
    seen_body: set[int] = set()  # stories whose body has begun
    last: Field | None = None
    for i, line in enumerate(lines):
        if not line.text or labels[i]:
            continue
        home = homes[i]
        if home is None:
            if line.text.lower() in ("by", "von", "par") and _next_is(homes, i, "byline"):
                labels[i] = "byline"
            else:
                labels[i] = _left_out(line, i < first_header)
            continue
        field, start = home
        kind = field.kind
        if kind == "pub":
            labels[i] = "masthead"
        elif kind == "date":
            labels[i] = "date" if start == 0 and i < first_header + 12 else "running"
        elif kind == "para":
            labels[i] = "pstart" if start == 0 and field is not last else "pcont"
            seen_body.add(field.story)
        elif kind == "table":
            labels[i] = "table"
            seen_body.add(field.story)
        elif kind == "caption":
            labels[i] = "credit" if 0 < field.credit_from <= start else "caption"
        elif kind == "byline":
            labels[i] = "sig" if field.story in seen_body else "byline"
        elif kind == "sub":
            # The kit lists decks among the subheads: before the body, a subhead is a deck.
            labels[i] = "sub" if field.story in seen_body else "deck"
        elif kind == "inset":
            labels[i] = "inset"
        else:
            labels[i] = kind
        last = field


def _next_is(homes: list[tuple[Field, int] | None], i: int, kind: str) -> bool:
    for home in homes[i + 1 : i + 3]:
        if home is not None:
            return home[0].kind == kind
    return False
