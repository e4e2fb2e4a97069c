"""Character damage of the kind OCR and text conversion leave behind.

Two families: damage a cleaner must repair (margin glyphs, stray tokens, "|" for "I",
ligatures, spaces before punctuation, mojibake, broken quotes, long s) is applied to raw
lines only, so the expected text stays clean; character errors a cleaner cannot undo
("tbe", "rn" for "m") are applied to the clean words first, so expected keeps them.
"""

from __future__ import annotations

import random
import re

MARGIN_GLYPHS = ("° ", "¦ ", "!| ", "_ ", "~ ", "| ", "• ", "■ ", "' ", "; ")
STRAY_TOKENS = ("%¢", "~", "•", "■", "|", "¦", "°", "_", "»", "'", ";")
NOISE_LINES = ("' , i", "—", ".:;", "' .", "- -", "·", ",", "i '", ":", "_ _", "' '")
LIGATURES = (("ffi", "ﬃ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ"))
# Substitutions real OCR of newsprint makes; a cleaner keeps them (it does not spell-correct).
CHAR_ERRORS = (
    ("the", "tbe"),
    ("he", "bo"),
    ("m", "rn"),
    ("rn", "m"),
    ("l", "1"),
    ("e", "c"),
    ("h", "b"),
    ("u", "n"),
    ("n", "u"),
    ("i", "l"),
    ("o", "e"),
    ("c", "e"),
    ("s", "a"),
    ("ll", "U"),
    ("f", "t"),
    ("a", "n"),
    ("y", "v"),
    ("S", "B"),
)
_QUOTE_CHARS = "“”„‚‘’«»‹›\"'"
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


def char_errors(text: str, rng: random.Random, rate: float) -> str:
    """Damage about ``rate`` of the words; the result is what expected keeps."""
    if rate <= 0:
        return text

    def damage(m: re.Match[str]) -> str:
        word = m.group(0)
        if rng.random() >= rate:
            return word
        for _ in range(4):
            src, dst = CHAR_ERRORS[rng.randrange(len(CHAR_ERRORS))]
            pos = word.find(src, 1)
            if pos > 0:
                return word[:pos] + dst + word[pos + len(src) :]
        return word

    return _WORD.sub(damage, text)


def margin_glyph(line: str, rng: random.Random) -> str:
    return rng.choice(MARGIN_GLYPHS) + line.lstrip()


def stray_token(line: str, rng: random.Random) -> str:
    words = line.split(" ")
    if len(words) < 3:
        return line + " " + rng.choice(STRAY_TOKENS)
    pos = rng.choice((len(words), rng.randrange(1, len(words))))
    words.insert(pos, rng.choice(STRAY_TOKENS))
    return " ".join(words)


def bar_for_i(line: str) -> str:
    return re.sub(r"(?<= )I(?= )", "|", line)


def ligatures(line: str, rng: random.Random) -> str:
    for plain, lig in LIGATURES:
        if plain in line and rng.random() < 0.7:
            line = line.replace(plain, lig)
    return line


def space_before_punct(line: str, rng: random.Random) -> str:
    return re.sub(
        r"(?<=\w)([,.;])(?= |$)",
        lambda m: " " + m.group(1) if rng.random() < 0.5 else m.group(1),
        line,
    )


def double_spaces(line: str, rng: random.Random) -> str:
    return re.sub(r"(?<=\S) (?=\S)", lambda m: "  " if rng.random() < 0.12 else " ", line)


def long_s(line: str, rng: random.Random) -> str:
    """Fraktur-ish long s: every s that does not end a syllable-final word position."""
    return re.sub(r"s(?=[a-zäöüß])", lambda m: "ſ" if rng.random() < 0.85 else "s", line)


def mojibake(line: str) -> str:
    """UTF-8 read as cp1252: 'é' becomes 'Ã©'. A line that cannot round-trip stays as it
    was (latin-1 would bring C1 controls, some of which other tools take for line ends)."""
    try:
        return line.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return line


_BROKEN_DOUBLE = ('"', '""', "''", "'\"", "\"'", "„", ",,", "«", "»", "“", "”", "``")
_BROKEN_SINGLE = ("'", "`", "‚", "‹", "›", "´")


def break_quotes(line: str, rng: random.Random, style: str) -> str:
    """Replace the house quotes by what OCR and copy-paste make of them."""
    if style == "straight":
        table = {c: '"' for c in "“”„«»"} | {c: "'" for c in "‘’‚‹›"}
        return "".join(table.get(c, c) for c in line)

    def repl(m: re.Match[str]) -> str:
        c = m.group(0)
        if rng.random() < 0.5:
            return c
        if c in "“”„«»":
            return rng.choice(_BROKEN_DOUBLE)
        if c == "’" and style == "dropped" and rng.random() < 0.5:
            return " "
        return rng.choice((*_BROKEN_SINGLE, "'"))

    return re.sub(r"[“”„«»‘’‚‹›]", repl, line)


def has_quotes(text: str) -> bool:
    return any(c in _QUOTE_CHARS for c in text)
