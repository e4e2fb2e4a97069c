"""Parts of an old story other than its headline: bylines over a role line ("By PERRY
ARNOLD." / "United Press Staff Correspondent."), agency and correspondent lines, datelines
on a line of their own or run into the first paragraph, portrait captions in caps, long
captions set to a narrow measure, a letter's signature. Each maker returns what is
printed and what the expected file says of it, in house style.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from . import archive_lexicon as ax
from .archive_lexicon import words
from .layout import Setting, sentences, wrap
from .ocr_noise import char_errors

if TYPE_CHECKING:
    from .corpus import Article
    from .story import Line, PageStyle


def old_name(lang: str, rng: random.Random, caps: bool = False, title: bool = True) -> str:
    first, last = rng.choice(ax.OLD_FIRST[lang]), rng.choice(ax.OLD_LAST[lang])
    if lang == "en" and rng.random() < 0.4:
        first = f"{first[0]}. {rng.choice('ABCDEFGHJLMRSTW')}."
    name = f"{first} {last}"
    if title and rng.random() < 0.5:
        name = f"{rng.choice(ax.TITLES[lang])} {name}"
    return name.upper() if caps else name


# Words a bank does not end on: a phrase cut there reads as cut.
_DANGLING = frozenset(
    words(
        "a an the of to in on at for and or but by with as from that which who his her its "
        "their is was were be has had der die das den dem des ein eine und oder von zu mit "
        "im in auf le la les de du des un une et ou à au aux en par pour"
    )
)


def phrase(rng: random.Random, pool: list[str], lo: int, hi: int) -> str:
    """A phrase of ``lo``-``hi`` words cut from a sentence of the story, which is used up
    (banks of one headline do not repeat each other)."""
    sentence = pool.pop(rng.randrange(len(pool))) if len(pool) > 1 else pool[0]
    words = sentence.rstrip(".!?").split()
    start = rng.randrange(max(1, len(words) - hi)) if rng.random() < 0.4 else 0
    words = words[start : start + rng.randint(lo, hi)]
    while len(words) > 2 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    text = " ".join(words).strip(",;:—-–(“”„«» ")
    return text[:1].upper() + text[1:]


def story_sentences(art: Article) -> list[str]:
    pool = [s for p in art.paragraphs[1:6] for s in sentences(p) if 30 < len(s) < 240]
    return pool or [s for p in art.paragraphs[:2] for s in sentences(p)] or [art.title]


def byline(style: PageStyle, rng: random.Random) -> tuple[list[str], str]:
    """Printed byline lines and the byline as expected (no "By"/"Von"/"Par", no final
    stop, no brackets; a role line joins the name after a comma)."""
    lang = style.lang
    roll = rng.random()
    if lang == "en":
        if roll < 0.3:
            caps = rng.random() < 0.7
            name = old_name(lang, rng, caps=caps, title=False)
            role = rng.choice(ax.ROLES["en"][:4])
            by = rng.choice(("By", "By", "BY"))
            printed_role = rng.choice((role, f"{role}.", f"({role}.)", f"({role})"))
            stop = rng.choice((".", "", ","))
            return [f"{by} {name}{stop}", printed_role], f"{name}, {role}"
        if roll < 0.45:
            name = old_name(lang, rng, caps=rng.random() < 0.6, title=False)
            return [f"By {name}" + rng.choice((".", ""))], name
        if roll < 0.75:
            agency = rng.choice(ax.AGENCIES["en"])
            form = rng.randrange(4)
            if form == 0:
                return [f"(By {agency}.)"], agency
            if form == 1:
                return [f"By {agency}"], agency
            if form == 2:
                return [f"BY {agency.upper()}."], agency.upper()
            return [f"By {agency}."], agency
        if roll < 0.92:
            text = rng.choice(ax.OWN_CORRESPONDENT["en"])
            return [text], text.strip("().").rstrip(".")
        if rng.random() < 0.5:
            return ["By A STAFF", "CORRESPONDENT"], "A STAFF CORRESPONDENT"
        return ["By a Special Correspondent."], "a Special Correspondent"
    if roll < 0.6:
        text = rng.choice(ax.OWN_CORRESPONDENT[lang])
        inner = text.strip("()").rstrip(".")
        expected = re.sub(r"^(Von|VON|von|Par|PAR|par) ", "", inner)
        return [text], expected
    name = old_name(lang, rng, caps=rng.random() < 0.5, title=False)
    by = {"de": "Von", "fr": "Par"}[lang]
    if rng.random() < 0.4:
        role = rng.choice(ax.ROLES[lang])
        return [f"{by} {name}", f"({role}.)"], f"{name}, {role}"
    return [f"{by} {name}."], name


def _when(lang: str, rng: random.Random, date, caps_place: bool) -> str:
    month = ax.MONTHS_SHORT[lang][date.month - 1]
    if lang == "en":
        if rng.random() < 0.35:
            from . import lexicon as lx

            day = lx.DAYS["en"][date.weekday]
            return day.upper() if caps_place and rng.random() < 0.5 else day
        return f"{month} {date.day}"
    if lang == "de":
        from . import lexicon as lx

        return f"{date.day}. {lx.MONTHS['de'][date.month - 1]}"
    return f"{date.day} {month.rstrip('.')}"


def dateline_line(style: PageStyle, rng: random.Random) -> tuple[str, str]:
    """A dateline on a line of its own ("LONDON, Oct. 11."): printed, expected."""
    lang = style.lang
    place = rng.choice(ax.DATELINE_PLACES[lang])
    caps = rng.random() < (0.6 if lang == "en" else 0.2)
    place = place.upper() if caps else place
    expected = f"{place}, {_when(lang, rng, style.date, caps)}"
    if rng.random() < 0.25:
        # OCR read the comma as a stop: expected keeps what was printed
        expected = expected.replace(", ", ". ", 1)
    return expected + ".", expected


def dateline_prefix(style: PageStyle, rng: random.Random) -> tuple[str, str]:
    """Text run into the first paragraph ("PIKEVILLE, Ky., Oct. 12.—") and the dateline."""
    lang = style.lang
    place = rng.choice(ax.DATELINE_PLACES[lang])
    caps = rng.random() < (0.5 if lang == "en" else 0.25)
    if caps:
        head, _, state = place.partition(", ")
        place = head.upper() + (f", {state}" if state else "")
    when = _when(lang, rng, style.date, caps)
    if lang == "fr" and rng.random() < 0.3:
        when = str(style.date.day)
    comma = "," if lang != "fr" or rng.random() < 0.7 else ""
    expected = f"{place}{comma} {when}"
    wire = ""
    if rng.random() < 0.2:
        wire = " " + rng.choice(ax.WIRES[lang])
    if lang == "en":
        dash = rng.choice((".—", ".—", ". —", ".-", ".", ".—", "—"))
        if wire:
            return f"{expected}.{wire}—", f"{expected}.{wire}"
        sep = "" if dash.endswith(("—", "-")) else " "
        return f"{expected}{dash}{sep}", expected
    if lang == "de":
        if wire:
            return f"{expected}.{wire} ", f"{expected}.{wire}"
        return f"{expected}. ", expected
    if wire:
        return f"{expected}{wire}. — ", f"{expected}{wire}"
    return f"{expected}. " + rng.choice(("— ", "— ", "", "– ")), expected


def portrait_caption(lang: str, rng: random.Random) -> str:
    """A caption under a portrait: the sitter's name in caps, mostly with a stop."""
    name = old_name(lang, rng, caps=True, title=True)
    if lang == "en" and rng.random() < 0.2:
        name = f"THE LATE {name}" if not name.startswith(("MR", "MRS", "MISS")) else name
    if ax.HONOURS[lang] and rng.random() < 0.2:
        name = f"{name}, {rng.choice(ax.HONOURS[lang])}"
    return name if name.endswith(".") or rng.random() < 0.25 else name + "."


def caption(style: PageStyle, rng: random.Random, art: Article) -> tuple[list[Line], dict]:
    """A caption inside the text: mostly the sitter's name under a portrait, with no
    credit; in the later papers a picture's caption with the studio's credit."""
    if rng.random() < 0.65:
        text = portrait_caption(style.lang, rng)
        style.note("portrait caption in the text")
        return [(text, "caption")], {"text": text, "credit": None}
    printed, text = long_caption(style, rng, art)
    lines: list[Line] = [(ln, "caption") for ln in printed]
    credit = None
    if rng.random() < 0.5:
        credit = f"{rng.choice(ax.OLD_LAST[style.lang])} {rng.choice(ax.STUDIOS[style.lang])}"
        form = rng.choice(ax.CREDIT_FORMS[style.lang])
        lines.append((form.format(c=credit), "credit"))
        style.note("old photo credit on its own line")
    style.note("long caption in the text")
    return lines, {"text": text, "credit": credit}


def long_caption(style: PageStyle, rng: random.Random, art: Article) -> tuple[list[str], str]:
    """A caption set to a narrow measure: name in caps, then what the picture shows."""
    lang = style.lang
    name = old_name(lang, rng, caps=True, title=True)
    tail = rng.choice(ax.CAPTION_TAILS[lang])
    if rng.random() < 0.5:
        cut = phrase(rng, story_sentences(art), 6, 24)
        tail = cut[:1].lower() + cut[1:] if not cut[1:2].isupper() else cut
    text = char_errors(f"{name}, {tail}.", rng, style.char_error_rate)
    width = min(style.setting.width, rng.randint(20, 30))
    lines = wrap(text, Setting(width, 0.8, False, 0), rng)
    return lines, text


def letter_end(style: PageStyle, rng: random.Random, exp: dict) -> list[Line]:
    """A letter's signature ("PERCY HUNTER."), then often where and when it was written."""
    name = old_name(style.lang, rng, caps=rng.random() < 0.7, title=False)
    exp["byline"] = name
    lines: list[Line] = [(name + rng.choice((".", ".", "")), "sig")]
    if rng.random() < 0.6 and not exp["dateline"]:
        printed, exp["dateline"] = dateline_line(style, rng)
        lines.append((printed, "date"))
    return lines
