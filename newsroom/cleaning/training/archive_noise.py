"""OCR damage of old newspaper scans, stronger than ``ocr_noise``'s and tied to the lines.

Old pages lose line-end hyphens ("ap" / "propriated"), split words ("repre sented"), garble
whole lines ("lesti'idny A binni u nf tim"), read the column rule as "|", "}" or "j" at a line
end, and print a Fraktur hyphen as "⸗", "=" or "¬". A cleaner keeps what OCR made of the
words (it does not spell-correct): garbled and split words stay in the expected text, so
the damage is done on the set lines and the paragraph's expected text is rebuilt from them.
Hyphen glyphs and column debris are fixed by a cleaner and touch the raw lines only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import archive_lexicon as ax

# What a printed line's last token does with the next line's first.
SPACE, SOFT, HARD = " ", "soft", "hard"


@dataclass(frozen=True)
class ArchiveStyle:
    head_mode: str  # archive.HEAD_MODES
    tesseract: bool  # a Tesseract reading: blank lines between the blocks of the page
    garble: float  # share of body lines OCR made hard to read
    lost_hyphen: float  # share of line-end hyphens OCR did not see
    split_words: float  # chance per line that a word is cut by a space
    debris: float  # share of lines with column-rule debris at an end
    hyphen: str  # what a line-end hyphen is read as
    junk_lines: float  # chance per body line that a line of scan junk follows it
    head_garble: float  # share of a headline's capitals read as other glyphs

    @classmethod
    def sample(cls, rng: random.Random, lang: str) -> ArchiveStyle:
        modes = {
            "en": ("stack",) * 9 + ("stop",) * 6 + ("title",) * 3 + ("as",) * 2,
            "de": ("as",) * 6 + ("stop",) * 2 + ("stack",) * 2,
            "fr": ("as",) * 4 + ("stack",) * 3 + ("stop",) * 3,
        }[lang]
        hyphens = {
            "en": ("-",) * 6 + ("¬",),
            "de": ("-", "-", "¬", "¬", "⸗", "=", "—"),
            "fr": ("-", "-", "-", "¬"),
        }[lang]
        return cls(
            head_mode=rng.choice(modes),
            tesseract=rng.random() < 0.25,
            garble=rng.choice((0.0, 0.0, 0.01, 0.02, 0.04, 0.08, 0.15)),
            lost_hyphen=rng.choice((0.0, 0.2, 0.7, 1.0) if lang == "en" else (0.0, 0.0, 0.3)),
            split_words=rng.choice((0.0, 0.0, 0.01, 0.03)),
            debris=rng.choice((0.0, 0.0, 0.02, 0.05, 0.1)),
            hyphen=rng.choice(hyphens),
            junk_lines=rng.choice((0.0, 0.0, 0.005, 0.015, 0.03)),
            head_garble=rng.choice((0.0, 0.0, 0.0, 0.05, 0.12, 0.25)),
        )


def _segments(lines: list[str], text: str) -> list[tuple[list[str], list[str]]]:
    """Each line's tokens and how each token joins the next (SPACE, SOFT or HARD)."""
    words = text.split()
    wi, rest = 0, None
    out = []
    for line in lines:
        toks, joins = line.split(), []
        for tok in toks:
            cur = rest if rest is not None else words[wi]
            if tok == cur:
                joins.append(SPACE)
                rest, wi = None, wi + 1
            elif tok.endswith("-") and cur.startswith(tok):
                joins.append(HARD)  # a compound broken at its own hyphen
                rest = cur[len(tok) :]
            elif tok.endswith("-") and cur.startswith(tok[:-1]):
                joins.append(SOFT)
                rest = cur[len(tok) - 1 :]
            else:
                raise ValueError(f"line {line!r} does not follow {text[:60]!r}")
        out.append((toks, joins))
    return out


def _join(segments: list[tuple[list[str], list[str]]]) -> str:
    out = ""
    for toks, joins in segments:
        for tok, join in zip(toks, joins, strict=True):
            out += tok[:-1] if join == SOFT else tok if join == HARD else tok + " "
    return out.strip()


def garble_word(word: str, rng: random.Random, strength: float) -> str:
    """A word read off a worn or blotted page: letters taken for others, dropped, specks
    read as stops and commas, a capital where there was none."""
    out = []
    for c in word:
        low = c.lower()
        if low in ax.GARBLE and rng.random() < strength:
            sub = rng.choice(ax.GARBLE[low])
            out.append(sub.upper() if c.isupper() and rng.random() < 0.5 else sub)
        elif c.isalpha() and rng.random() < strength / 6:
            continue
        elif c.islower() and rng.random() < strength / 8:
            out.append(c.upper())
        else:
            out.append(c)
        if rng.random() < strength / 5:
            out.append(rng.choice(ax.SPECKS))
    # a speck read as a hyphen at the word's end would pass for a line-end hyphen
    garbled = "".join(out).rstrip("-") if not word.endswith("-") else "".join(out)
    return garbled or word


def para_damage(style, rng: random.Random, lines: list[str], text: str) -> tuple[list[str], str]:
    """Damage a set paragraph's lines; returns them and the paragraph's expected text."""
    arc = style.archive
    if not (arc.garble or arc.lost_hyphen or arc.split_words or arc.hyphen != "-"):
        return lines, text
    segs = _segments(lines, text)
    out = list(lines)
    burst = False  # a blotted patch of the scan spoils a few lines in a row
    for k, (toks, joins) in enumerate(segs):
        changed = False
        if rng.random() < (0.5 if burst else arc.garble):
            strength = rng.uniform(0.2, 0.5)
            for i, tok in enumerate(toks):
                keep = "-" if joins[i] != SPACE else ""
                core = tok[:-1] if keep else tok
                toks[i] = garble_word(core, rng, strength) + keep
            for i in range(len(toks) - 2, -1, -1):
                if joins[i] == SPACE and rng.random() < strength / 4:
                    # two words read as one
                    toks[i : i + 2] = [toks[i] + toks[i + 1]]
                    joins[i : i + 2] = [joins[i + 1]]
            changed = burst = True
            style.note("garbled lines")
        else:
            burst = False
        if rng.random() < arc.split_words:
            inner = [i for i, t in enumerate(toks) if len(t) >= 7 and joins[i] == SPACE]
            if inner:
                i = rng.choice(inner)
                cut = rng.randint(3, len(toks[i]) - 3)
                toks[i : i + 1] = [toks[i][:cut], toks[i][cut:]]
                joins[i : i + 1] = [SPACE, SPACE]
                changed = True
                style.note("words split by a space")
        if joins and joins[-1] != SPACE and k + 1 < len(segs) and rng.random() < arc.lost_hyphen:
            toks[-1] = toks[-1][:-1]
            joins[-1] = SPACE  # "ap" / "propriated": two words, as printed
            changed = True
            style.note("line-end hyphens lost")
        if changed:
            lead = lines[k][: len(lines[k]) - len(lines[k].lstrip())]
            out[k] = lead + " ".join(toks)
    expected = _join(segs)
    if arc.hyphen != "-" and any(ln.endswith("-") for ln in out[:-1]):
        out = [
            ln[:-1] + arc.hyphen if ln.endswith("-") and ln[-2:-1].isalpha() else ln for ln in out
        ]
        style.note(f"line-end hyphen read as {arc.hyphen}")
    return out, expected


_DEBRIS_END = (" |", " |", " }", " ]", " !", " ¦", " j", " I", " l", " ,", " ;")
_DEBRIS_START = ("| ", "' ", ". ", "; ", ", ", "! ")


def debris(line: str, rng: random.Random) -> str:
    """Column-rule debris at one end of a printed line (raw only)."""
    if rng.random() < 0.6:
        ends_hyphen = line.rstrip()[-1:] in "-¬⸗=—"
        pick = _DEBRIS_END[:6] if ends_hyphen else _DEBRIS_END
        return line.rstrip() + rng.choice(pick)
    return rng.choice(_DEBRIS_START) + line.lstrip()


def junk_line(rng: random.Random) -> str:
    """A line of scan junk: specks and broken letters, no word in it."""
    n = rng.choice((1, 1, 2, 2, 3, 4))
    toks = []
    for _ in range(n):
        size = rng.choice((1, 1, 2, 3, 4))
        tok = "".join(rng.choice(ax.JUNK_CHARS) for _ in range(size))
        toks.append(tok)
    text = " ".join(toks).strip()
    return text or "'"
