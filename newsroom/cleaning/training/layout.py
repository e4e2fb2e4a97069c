"""Setting clean text in lines: wrapping at a column, end-of-line hyphens (soft ones inside a
word, and real compounds broken at their own hyphen), justification, indents and case."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_VOWELS = set("aeiouyäöüéèàâêîôûAEIOUYÄÖÜÉ")


@dataclass(frozen=True)
class Setting:
    width: int
    hyphenate: float  # chance to break a long word that does not fit
    justify: bool
    ragged_jitter: int  # columns a ragged line may fall short by choice

    @classmethod
    def sample(cls, rng: random.Random, width: int | None = None) -> Setting:
        return cls(
            width=width or rng.choice((25, 32, 38, 45, 52, 60, 66, 72, 78, 86, 90, 96, 104, 110)),
            hyphenate=rng.choice((0.0, 0.3, 0.6, 0.9, 1.0)),
            justify=rng.random() < 0.25,
            ragged_jitter=rng.choice((0, 0, 3, 8)),
        )


def _soft_split(word: str, room: int, rng: random.Random) -> int:
    """Where to cut ``word`` so that the head plus a hyphen fits in ``room``; 0 if nowhere."""
    letters = re.match(r"[^\W\d_]+", word)
    if not letters or len(word) < 6:
        return 0
    end = min(len(word) - 3, room - 1, letters.end() - 2)
    cuts = [i for i in range(2, end + 1) if word[i - 1] in _VOWELS or word[i] not in _VOWELS]
    return rng.choice(cuts[-3:]) if cuts else 0


def wrap(text: str, setting: Setting, rng: random.Random, first_indent: str = "") -> list[str]:
    """Greedy wrap. A compound at the line end breaks after its own hyphen (the hyphen
    stays in expected); another long word may get a soft hyphen (expected drops it)."""
    words = text.split()
    lines: list[str] = []
    cur = first_indent
    limit = setting.width
    jitter = rng.randint(0, setting.ragged_jitter) if setting.ragged_jitter else 0
    i = 0
    while i < len(words):
        word = words[i]
        sep = "" if cur.strip() == "" else " "
        room = limit - jitter - len(cur) - len(sep)
        if len(word) <= room:
            cur += sep + word
            i += 1
            continue
        hyph = word.find("-", 1)
        if 0 < hyph < len(word) - 1 and hyph + 1 <= room and word[hyph + 1].isalpha():
            lines.append(cur + sep + word[: hyph + 1])
            words[i] = word[hyph + 1 :]
        elif (
            room >= 4 and rng.random() < setting.hyphenate and (cut := _soft_split(word, room, rng))
        ):
            lines.append(cur + sep + word[:cut] + "-")
            words[i] = word[cut:]
        elif cur.strip() == "":
            cur += word  # longer than the column: print it anyway
            i += 1
            continue
        else:
            lines.append(cur)
        cur = ""
        jitter = rng.randint(0, setting.ragged_jitter) if setting.ragged_jitter else 0
    if cur.strip():
        lines.append(cur)
    if setting.justify:
        lines = [_justify(ln, setting.width) for ln in lines[:-1]] + lines[-1:]
    return lines


def _justify(line: str, width: int) -> str:
    lead = len(line) - len(line.lstrip())
    words = line.split()
    gaps = len(words) - 1
    missing = width - len(line)
    if gaps < 1 or missing <= 0 or missing > gaps * 2:
        return line
    out = " " * lead
    for k, w in enumerate(words[:-1]):
        out += w + " " * (1 + (1 if k < missing else 0))
    return out + words[-1]


def title_case(text: str) -> str:
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "as"}
    out = []
    for k, w in enumerate(text.split()):
        low = w.lower()
        out.append(w if k and low in small else w[:1].upper() + w[1:])
    return " ".join(out)


def sentence_case(text: str, lang: str) -> str:
    """First word capitalised, the rest lower, acronyms kept (German nouns stay as they are)."""
    if lang == "de":
        return text
    words = text.split()
    if text.isupper():
        words = [w.lower() for w in words]
    out = [words[0][:1].upper() + words[0][1:]]
    for w in words[1:]:
        keep = sum(c.isupper() for c in w) > 1
        out.append(w if keep else w.lower())
    return " ".join(out)


def recase(text: str, mode: str, lang: str) -> str:
    if mode == "caps":
        return text.upper().replace("ß".upper(), "SS") if lang != "de" else text.upper()
    if mode == "title" and lang == "en":
        return title_case(text)
    if mode == "sentence":
        return sentence_case(text, lang)
    return text


def split_headline(text: str, n: int, width: int) -> list[str]:
    """Set a headline over at most ``n`` lines as a typesetter would: every line filled up
    to one measure, the measure as narrow as ``n`` lines allow (so the last line is the
    shortest or close to it), never wider than the column."""
    words = text.split()
    n = max(1, min(n, len(words)))
    if n == 1:
        return [text]
    measure = max(len(text) // n, max(len(w) for w in words))
    while True:
        lines, cur = [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > measure:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        lines.append(cur)
        if len(lines) <= n or measure >= max(width, len(text)):
            return lines
        measure += 1


_ABBREV = re.compile(
    r"(\b[A-Z]|\b(?:Mr|Mrs|Dr|St|Messrs|No|Nr|Rev|Capt|Col|Gen|Lt|Hon|Sgt|Prof|vs?|Co|Bd|Abs|Mme|MM))\.$"
)


def sentences(text: str) -> list[str]:
    """Sentences of ``text``; "Mr. J. W. Brown" and "No. 5" are not cut."""
    out: list[str] = []
    for part in re.split(r"(?<=[.!?])\s+(?=[A-Z„“«‘\"(ÀÉ])", text):
        if out and _ABBREV.search(out[-1]):
            out[-1] += " " + part
        elif part:
            out.append(part)
    return out
