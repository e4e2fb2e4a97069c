"""What the structure model sees of each line: its form, its neighbours, and what the rules
say about it.

Every non-blank line becomes a list of feature strings. None of them names a publication
or a word of a particular article: they describe shape (length against the column, case,
indentation, the blank lines around it, how it ends), position on the page, and the
verdicts of the small recognisers the cleaner already has (a byline, a date, a running
head, a credit, an inset label...). The model learns from many pages how these combine;
the rules only have to be right about the line in front of them, not about the page.

Speed matters (the cleaner must run at 2 MB/s): the common line, a line of running text,
is told apart with string tests before any regular expression runs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .captions import has_caption_label, split_credit, standalone_credit
from .furniture import PUBLICATION_NOUNS, is_tagline, page_number
from .header import byline_name, inset_label, is_caps, role_line
from .lines import Line, ends_sentence, wordset
from .running import is_date, running_line

# First words that mean something for structure, in the languages newspapers come in.
# Anything else is described by its shape only.
_CUE_WORDS = wordset(
    """
    by von par de door af av por di from special to the le la les der die das el il
    photo photos foto fotos picture image credit illustration courtesy source bild
    related read see also more continued suite fortsetzung lesen lire voir mehr weiter
    page seite p pg no vol volume edition ausgabe numéro
    staff correspondent reporter writer editor korrespondent correspondant envoyé
    associated united reuters afp ap dpa upi
    """
)
# Last words that mean something: jobs under a byline, newspaper nouns in a masthead.
_END_WORDS = (
    wordset(
        """
        writer writers reporter correspondent editor columnist photographer staff
        korrespondent korrespondentin redakteur correspondant rédacteur envoyé spécial
        press presse agency page seite
        """
    )
    | PUBLICATION_NOUNS
)
_JUMP = re.compile(
    r"(?i:\(?\s*(?:continued|cont'?d|turn|see|suite|fortsetzung|weiter|lire la suite)\b"
    r".{0,40}\b(?:page|p\.|pg\.?|seite|s\.)\s*[a-z]?\d{1,3}\b.{0,20}\)?)"
)
_DATELINE_START = re.compile(
    r"[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’ -]{1,30},?\s*(?:\([A-Za-z. ]{2,20}\)\s*)?"
    r"(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Za-zéû]{3,9}|[A-Z][a-z]+day)?\.?\s*[-—–]"
)
_SIGNATURE = re.compile(r"[-—–]\s*[A-Z][\w.'’ -]{0,40}|[A-Z]\.\s*[A-Z]\.(?:\s*[A-Z]\.)?")
_WIDE_GAP = re.compile(r"\S(?: {3,}|\t)\S")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_DOT_LEADER = re.compile(r"\.{3,}|…{2,}|(?:\. ){3,}")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_CLOSERS = "\"'”’)]»“‘«"


@dataclass(slots=True)
class Page:
    """What is measured once per page and used for every line."""

    width: int  # the column width the text was wrapped at, near enough
    indent: int  # the indentation most lines have
    repeats: Counter[str]  # lines (digits folded) and how often each occurs


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    for i, edge in enumerate(edges):
        if value < edge:
            return i
    return len(edges)


def measure(lines: list[Line]) -> Page:
    texts = [ln for ln in lines if ln.text]
    lengths = sorted(len(ln.text) for ln in texts if ln.text.count(" ") >= 2)
    if lengths:
        width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
        if len(lengths) < 8:
            width = max(width, 60)
    else:
        width = 60
    indents = Counter(ln.indent for ln in texts)
    indent = indents.most_common(1)[0][0] if indents else 0
    repeats = Counter(_repeat_key(ln.text) for ln in texts if len(ln.text) <= 80)
    return Page(width, indent, repeats)


def _repeat_key(text: str) -> str:
    return re.sub(r"\d+", "0", text.lower())


def _case(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "none"
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "caps"
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) >= 2:
        upper = sum(w[0].isupper() for w in words)
        if upper == len(words):
            return "title"
        if upper * 10 >= len(words) * 7:
            return "mostly_title"
    first = text[0]
    if first.isupper():
        return "upper"
    if first.islower():
        return "lower"
    if first.isdigit():
        return "digit"
    if first in "\"'“‘„«»‚":
        return "quote"
    return "punct"


def _end(text: str) -> str:
    last = text[-1]
    if last.isalpha():
        return "lower" if last.islower() else "upper"
    if last.isdigit():
        return "digit"
    if last == "-" and len(text) > 1 and text[-2].isalpha():
        return "hyphen"
    if last in _CLOSERS:
        stripped = text.rstrip(_CLOSERS)
        return "q" + (stripped[-1] if stripped and not stripped[-1].isalnum() else "w")
    return last if last in ".,;:?!—–-)" else "other"


def _shape(word: str) -> str:
    word = word.strip(".,;:!?\"'“”‘’()«»„")
    if not word:
        return "p"
    low = word.lower()
    if low in _CUE_WORDS:
        return low
    if word.isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "X"
    if word[0].isupper():
        return "Xx"
    if word[0].islower():
        return "x"
    return "o"


def own(line: Line, index: int, total: int, page: Page, blank_before: int, blank_after: int):
    """Features of one line on its own (its neighbours' are added by ``sequence``)."""
    text = line.text
    n = len(text)
    words = text.split()
    width = page.width or 60
    rel = n / width
    case = _case(text)
    end = _end(text)
    sentence = ends_sentence(text)
    indent = line.indent - page.indent
    feats = [
        f"len={_bucket(n, (4, 11, 21, 36, 51, 71, 91))}",
        f"rel={_bucket(rel, (0.3, 0.5, 0.7, 0.85, 0.95, 1.1))}",
        f"words={_bucket(len(words), (2, 3, 4, 7, 11, 16))}",
        f"case={case}",
        f"end={end}",
        f"sent={sentence}",
        f"ind={_bucket(indent, (-1, 1, 3, 7))}",
        f"bb={min(blank_before, 2)}",
        f"ba={min(blank_after, 2)}",
        f"pos={_bucket(index, (1, 2, 3, 4, 7, 13, 25))}",
        f"rpos={_bucket(total - 1 - index, (1, 2, 4))}",
        f"w0={_shape(words[0])}",
        f"wl={_shape(words[-1])}",
        f"w0w1={_shape(words[0])}|{_shape(words[1]) if len(words) > 1 else '-'}",
        f"case_end={case}|{end}",
        f"rel_end={_bucket(rel, (0.5, 0.85, 0.95))}|{sentence}",
    ]
    if line.logo:
        feats.append("logo")
    if not _TWO_LETTERS.search(text):
        feats.append("noword")
    if page.repeats[_repeat_key(text)] >= 2 and n <= 80:
        feats.append("repeated")
    last = words[-1].lower().strip(".,:;")
    if last in _END_WORDS:
        feats.append(f"endword={last}")
    digits = sum(c.isdigit() for c in text)
    if digits:
        feats.append(f"digits={_bucket(digits / n, (0.1, 0.3, 0.6))}")
        if len(_NUMBER.findall(text)) >= 3:
            feats.append("numbers")
    if "  " in line.fixed.strip() and _WIDE_GAP.search(line.fixed):
        feats.append("gaps")
    if ("..." in text or "…" in text or ". . ." in text) and _DOT_LEADER.search(text):
        feats.append("leaders")
    if n <= 90:
        feats.extend(_short_line(line, text, words, case))
    if n <= 160:
        if _JUMP.fullmatch(text):
            feats.append("jump")
        if running_line(line.fixed, top=index < 4):
            feats.append("running")
    if _DATELINE_START.match(text):
        feats.append("dateline_start")
    if _may_end_in_credit(text):
        _caption, credit = split_credit(text, strong_only=True)
        if credit is not None:
            feats.append("credit_end")
    return feats


def _may_end_in_credit(text: str) -> bool:
    last = text[text.rfind(" ") + 1 :]
    return (
        "/" in last
        or "|" in text
        or "." in last.rstrip(".)")[1:]
        or ":" in text
        or last.endswith(")")
    )


def _short_line(line: Line, text: str, words: list[str], case: str) -> list[str]:
    """The recognisers for lines short enough to be a header, a credit or furniture."""
    feats = []
    if byline_name(text):
        feats.append("byline")
    if role_line(text):
        feats.append("role")
    if 2 <= len(words) <= 4 and case in ("caps", "title"):
        feats.append("name_like")
    if is_date(text):
        feats.append("date")
    if inset_label(text):
        feats.append("inset_label")
    if has_caption_label(text):
        feats.append("caption_label")
    if standalone_credit(text):
        feats.append("credit_alone")
    if page_number(text):
        feats.append("page_number")
    if is_tagline(line):
        feats.append("tagline")
    if text.lower() == "the":
        feats.append("the")
    if _SIGNATURE.fullmatch(text):
        feats.append("signature")
    if text[0] in "—–-" and len(words) <= 6:
        feats.append("dash_start")
    if is_caps(text) and any(len(w) >= 4 for w in words):
        feats.append("caps_words")
    return feats


# Features of a neighbour worth copying onto a line: the ones that say what the line next
# to it is, not how it is worded.
_SHARED = ("len=", "rel=", "case=", "end=", "sent=", "ind=", "bb=", "ba=")
_SHARED_FLAGS = frozenset(
    (
        "byline",
        "role",
        "date",
        "inset_label",
        "caption_label",
        "credit_alone",
        "credit_end",
        "running",
        "page_number",
        "tagline",
        "the",
        "noword",
        "repeated",
        "logo",
        "caps_words",
        "numbers",
        "gaps",
        "dateline_start",
    )
)


def _shared(feats: list[str]) -> list[str]:
    return [f for f in feats if f.startswith(_SHARED) or f in _SHARED_FLAGS]


def sequence(lines: list[Line]) -> tuple[list[Line], list[list[str]]]:
    """The non-blank lines of a page and each one's features, neighbours included."""
    page = measure(lines)
    items: list[Line] = []
    before: list[int] = []
    blank = 0
    for line in lines:
        if not line.text:
            blank += 1
            continue
        items.append(line)
        before.append(blank)
        blank = 0
    after = [*before[1:], min(blank, 2)]
    total = len(items)
    own_feats = [own(line, i, total, page, before[i], after[i]) for i, line in enumerate(items)]
    shared = [_shared(f) for f in own_feats]
    out: list[list[str]] = []
    width = page.width or 60
    for i, line in enumerate(items):
        feats = own_feats[i]
        if i:
            prev = items[i - 1].text
            feats.extend("-1" + f for f in shared[i - 1])
            first = line.text.split(" ", 1)[0]
            fits = len(prev) + 1 + len(first) <= width
            feats.append(f"fits={fits}|{ends_sentence(prev)}")
            feats.append(f"ind_vs_prev={_bucket(line.indent - items[i - 1].indent, (0, 1, 3))}")
        else:
            feats.append("first")
        if i > 1:
            feats.extend("-2" + f for f in shared[i - 2] if f.startswith(("case=", "end=", "bb=")))
        if i + 1 < total:
            feats.extend("+1" + f for f in shared[i + 1])
            nxt = items[i + 1].text
            feats.append(f"next_lower={nxt[:1].islower()}")
        else:
            feats.append("last")
        if i + 2 < total:
            feats.extend("+2" + f for f in shared[i + 2] if f.startswith(("case=", "end=", "bb=")))
        out.append(feats)
    return items, out
