"""The page-level damage pass: each page draws which kinds of OCR damage it carries and
how strongly, then every printed line is damaged accordingly. Labels never change: a
margin glyph or mojibake is fixed inside a line, the line stays what it was."""

from __future__ import annotations

import random

from . import ocr_noise as dmg
from .story import Line, PageStyle


def damage(style: PageStyle, rng: random.Random, lines: list[Line]) -> list[str]:
    lang = style.lang
    strength = rng.choice((0.0, 0.02, 0.05, 0.1, 0.2))
    quotes = rng.choice(("keep", "keep", "straight", "mixed", "mixed", "dropped"))
    margin = rng.random() < 0.35
    stray = rng.random() < 0.3
    bar = lang == "en" and rng.random() < 0.2
    lig = rng.random() < 0.12
    punct = rng.random() < 0.15
    doubles = rng.random() < 0.15
    longs = lang == "de" and rng.random() < (0.6 if style.old else 0.05)
    some_mojibake = rng.random() < 0.08
    all_mojibake = not some_mojibake and rng.random() < 0.04
    spaced_blanks = rng.random() < 0.1
    for flag, what in (
        (quotes != "keep", f"broken quotes ({quotes})"),
        (margin and strength, "margin glyphs"),
        (stray and strength, "stray glyph tokens"),
        (bar, "| read for I"),
        (lig, "ligatures"),
        (punct, "spaces before punctuation"),
        (doubles, "double spaces"),
        (longs, "long s"),
        (some_mojibake, "mojibake in some lines"),
        (all_mojibake, "mojibake throughout"),
    ):
        if flag:
            style.note(what)
    out: list[str] = []
    for text, label in lines:
        if not label:
            out.append(" " * rng.randint(1, 3) if spaced_blanks and rng.random() < 0.3 else "")
            continue
        t = text
        if quotes != "keep":
            t = dmg.break_quotes(t, rng, quotes)
        if lig:
            t = dmg.ligatures(t, rng)
        if punct:
            t = dmg.space_before_punct(t, rng)
        if bar:
            t = dmg.bar_for_i(t)
        if longs:
            t = dmg.long_s(t, rng)
        if doubles:
            t = dmg.double_spaces(t, rng)
        if stray and rng.random() < strength:
            t = dmg.stray_token(t, rng)
        if margin and rng.random() < strength and not t.startswith((" ", "\t")):
            t = dmg.margin_glyph(t, rng)
        if some_mojibake and rng.random() < 0.2:
            t = dmg.mojibake(t)
        out.append(t)
    if all_mojibake:
        out = [dmg.mojibake(t) for t in out]
    return out
