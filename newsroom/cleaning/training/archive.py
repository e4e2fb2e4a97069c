"""Story headers as old newspapers set them (1850s-1950s), for the archive family of pages.

A caps headline stacked over short balanced lines, or one caps line ending in a full stop;
banks under it alternating title case and caps; bylines over a role line ("By PERRY
ARNOLD." / "United Press Staff Correspondent."), agency and correspondent lines; a dateline
on its own line or run into the first paragraph; portrait captions in caps and long
captions wrapped to a narrow column. Each maker returns what is printed and what the
expected file says of it, in house style.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from . import archive_lexicon as ax
from .archive_lexicon import words
from .layout import Setting, recase, sentences, split_headline, title_case, wrap
from .ocr_noise import char_errors

if TYPE_CHECKING:
    from .corpus import Article
    from .story import Line, PageStyle

# How a paper sets its headlines; one per page, as a paper keeps its house style.
HEAD_MODES = ("stack", "stop", "title", "as")


def old_name(lang: str, rng: random.Random, caps: bool = False, title: bool = True) -> str:
    first, last = rng.choice(ax.OLD_FIRST[lang]), rng.choice(ax.OLD_LAST[lang])
    if lang == "en" and rng.random() < 0.4:
        first = f"{first[0]}. {rng.choice('ABCDEFGHJLMRSTW')}."
    name = f"{first} {last}"
    if title and rng.random() < 0.5:
        name = f"{rng.choice(ax.TITLES[lang])} {name}"
    return name.upper() if caps else name


def _clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def headline(
    style: PageStyle, rng: random.Random, title: str, brief: bool, first: bool = True
) -> list[str]:
    """The printed headline lines; expected joins them with one space.

    Headline type is bigger than the body's, so a headline line holds fewer characters
    than a line of text; only a banner across a wide page comes near the column's.
    Down a column, a headline in the text's own case stays on one line: set over
    several it would read as prose, and the paper set those in capitals."""
    lang, mode = style.lang, style.archive.head_mode
    text = _clean_title(title)
    width = style.setting.width
    if mode in ("as", "title") and not first and len(text) > 0.8 * width:
        mode = "stack"
    if mode in ("stack", "stop"):
        text = recase(text, "caps", lang)
    elif mode == "title":
        text = title_case(text) if lang == "en" else text
    if mode == "stop" and not text.endswith((".", "?", "!")):
        text += "."
    elif mode == "stack" and text.endswith(".") and rng.random() < 0.6:
        text = text[:-1]
    if mode == "stack":
        measure = rng.randint(11, 20)
    elif width > 46 and rng.random() < 0.3:
        measure = int(width * 0.9)  # a banner across a wide page
    else:
        measure = int(width * rng.uniform(0.45, 0.8))
    n = 1 if len(text) <= measure + 2 else min(2 if brief else 4, -(-len(text) // measure))
    if mode != "stack" and n == 1 and len(text) > 22 and not brief and rng.random() < 0.3:
        n = 2
    lines = split_headline(text, n, max(measure, 14))
    if style.archive.head_garble:
        lines = [_garble_caps(ln, rng, style.archive.head_garble) for ln in lines]
    return lines


def _garble_caps(line: str, rng: random.Random, strength: float) -> str:
    """Big type on a worn page: letters of a headline read as others ("^fOHK", "TIIK")."""
    if rng.random() < 0.5:
        return line
    out = []
    for c in line:
        subs = ax.CAPS_GARBLE.get(c)
        out.append(rng.choice(subs) if subs and rng.random() < strength else c)
    return "".join(out)


# Words a bank does not end on: a phrase cut there reads as cut.
_DANGLING = frozenset(
    words(
        "a an the of to in on at for and or but by with as from that which who his her its "
        "their is was were be has had der die das den dem des ein eine und oder von zu mit "
        "im in auf le la les de du des un une et ou à au aux en par pour"
    )
)


def _phrase(rng: random.Random, pool: list[str], lo: int, hi: int) -> str:
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


def _sentences(art: Article) -> list[str]:
    pool = [s for p in art.paragraphs[1:6] for s in sentences(p) if 30 < len(s) < 240]
    return pool or [s for p in art.paragraphs[:2] for s in sentences(p)] or [art.title]


def split_title(art: Article) -> tuple[list[str], list[str]]:
    """The headline's printed lines and the decks, from the corpus's title and decks.

    The corpus took the capital lines at the top of an old article as a title and
    decks, line by line; a line the title runs on into ("THE RECENT EXTENSIVE" /
    "ROBBERIES.", "SENATE TO ACT" / "ON EXTENSION OF" / "D. C. RENT ACT") is still the
    headline: a headline line with no full stop goes on in the next."""
    head, rest = [art.title], list(art.deck)
    while rest and not head[-1].rstrip("”’»“").endswith((".", "?", "!")):
        if not rest[0].isupper() or len(head) == 4:
            break
        head.append(rest.pop(0))
    return head, rest


def join_lines(lines: list[str]) -> str:
    """Headline lines as one string: a line-end hyphen inside a word goes."""
    out = ""
    for line in lines:
        if out.endswith("-") and out[-2:-1].isalpha() and line[:1].isalpha():
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return out


def decks(style: PageStyle, rng: random.Random, art: Article) -> list[list[str]]:
    """Banks under the headline, each as printed lines. Adjacent banks differ in case or
    the first ends in a full stop, as on the page (that is how a reader tells them apart)."""
    lang = style.lang
    given = split_title(art)[1]
    if given and rng.random() < 0.6:
        # the corpus's caps lines: a new bank where one ends a sentence
        out = [[given[0]]]
        for d in given[1:4]:
            if out[-1][-1].endswith((".", "?", "!")) or len(out[-1]) > 1:
                out.append([d])
            else:
                out[-1].append(d)
        return out
    out = []
    pool = _sentences(art)
    if style.archive.head_mode == "stop" or lang != "en":
        # Sydney and German style: one or two short decks of a line each, with a stop.
        for k in range(rng.choice((1, 1, 2))):
            text = _phrase(rng, pool, 3, 6).rstrip(".") + "."
            caps = k % 2 == 1 or rng.random() < 0.3
            out.append([recase(text, "caps" if caps else "sentence", lang)])
        return out
    # caps banks under a caps stack only after a title-case one: a caps line straight
    # under the stack would be read as more headline
    caps = style.archive.head_mode != "stack" and rng.random() < 0.3
    for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
        if caps:
            text = recase(_phrase(rng, pool, 3, 6), "caps", lang)
            lines = split_headline(text, 1 if len(text) < 20 else 2, style.setting.width)
        else:
            text = title_case(_phrase(rng, pool, 5, 13))
            if rng.random() < 0.5:
                text += "."
            lines = _set_bank(style, rng, text)
        out.append(lines)
        caps = not caps
    return out


def _set_bank(style: PageStyle, rng: random.Random, text: str) -> list[str]:
    width = style.setting.width
    if width < 47 or rng.random() < 0.6:
        width = min(width, rng.randint(24, 36))
    return wrap(text, Setting(width, 0.0, False, rng.choice((0, 2))), rng)


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
        phrase = _phrase(rng, _sentences(art), 6, 24)
        tail = phrase[:1].lower() + phrase[1:] if not phrase[1:2].isupper() else phrase
    text = char_errors(f"{name}, {tail}.", rng, style.char_error_rate)
    width = min(style.setting.width, rng.randint(20, 30))
    lines = wrap(text, Setting(width, 0.8, False, 0), rng)
    return lines, text


def header(
    style: PageStyle,
    rng: random.Random,
    art: Article,
    exp: dict,
    brief: bool,
    first: bool = True,
    letter: bool = False,
) -> list[Line]:
    """The story header, labelled, filling ``exp`` (the ``story.build_story`` contract).
    ``first``: the story opens the excerpt; ``letter``: a letter to the editor."""
    lang = style.lang
    printed = split_title(art)[0]
    if len(printed) > 1 and max(map(len, printed)) <= style.setting.width:
        # set as the paper set it
        head = [char_errors(ln, rng, style.char_error_rate / 2) for ln in printed]
        if style.archive.head_garble:
            head = [_garble_caps(ln, rng, style.archive.head_garble) for ln in head]
    else:
        title = char_errors(join_lines(printed), rng, style.char_error_rate / 2)
        head = headline(style, rng, title, brief, first)
    exp["headline"] = join_lines(head)
    blocks: list[list[Line]] = [[(h, "head") for h in head]]
    if letter:
        deck = rng.choice(ax.LETTER_DECKS[lang])
        blocks.append([(deck, "deck")])
        exp["deck"].append(deck)
        exp["run_in"] = rng.choice(ax.LETTER_OPENINGS[lang])
        exp["letter"] = True
        style.note("letter to the editor")
    elif not brief:
        banks = decks(style, rng, art) if rng.random() < (0.75 if lang == "en" else 0.3) else []
        if rng.random() < (0.06 if lang == "en" else 0.03):
            banks.insert(rng.randint(0, len(banks)), [rng.choice(ax.WIRE_DECKS[lang])])
            style.note("wire deck ([BY TELEGRAPH.])")
        for bank in banks:
            blocks.append([(ln, "deck") for ln in bank])
            exp["deck"].append(" ".join(bank))
        if banks:
            style.note("old decks")
    if (not brief or rng.random() < 0.25) and rng.random() < (0.4 if lang == "en" else 0.2):
        printed, exp["byline"] = byline(style, rng)
        blocks.append([(ln, "byline") for ln in printed])
        style.note("old byline")
    if not brief and rng.random() < 0.15:
        printed, exp["dateline"] = dateline_line(style, rng)
        blocks.append([(printed, "date")])
        style.note("dateline on its own line")
    # Tesseract reads each block of the header apart and leaves a blank line between them.
    gap: list[Line] = [("", "")] if style.archive.tesseract else []
    lines: list[Line] = []
    for k, block in enumerate(blocks):
        lines += (gap if k and rng.random() < 0.7 else []) + block
    return lines + gap


def letter_end(style: PageStyle, rng: random.Random, exp: dict) -> list[Line]:
    """A letter's signature ("PERCY HUNTER."), then often where and when it was written."""
    name = old_name(style.lang, rng, caps=rng.random() < 0.7, title=False)
    exp["byline"] = name
    lines: list[Line] = [(name + rng.choice((".", ".", "")), "sig")]
    if rng.random() < 0.6 and not exp["dateline"]:
        printed, exp["dateline"] = dateline_line(style, rng)
        lines.append((printed, "date"))
    return lines


def run_in_header(
    style: PageStyle, rng: random.Random, art: Article, exp: dict, brief: bool
) -> list[Line]:
    """No header lines: the title is run into the first paragraph ("Cressier. — Le…"),
    whose text keeps it (as a dateline is kept)."""
    lang = style.lang
    title = rng.choice(ax.RUN_IN[lang]) if rng.random() < 0.5 else _short_title(art, lang)
    exp["headline"] = title
    exp["run_in"] = title + rng.choice((" — ", " — ", " —", " - "))
    style.note("run-in titles")
    return []


def _short_title(art: Article, lang: str) -> str:
    """A run-in title from the article's: a few words in sentence case, with a stop."""
    words = art.title.split()[:5]
    text = " ".join(words).rstrip(",;:-–— ")
    if text.isupper():
        text = recase(text, "sentence", lang)
    return text if text.endswith((".", "?", "!")) else text + "."


def country_header(
    style: PageStyle, rng: random.Random, art: Article, exp: dict, brief: bool
) -> list[Line]:
    """A country heading of an old foreign-news column; its text opens with a dateline."""
    heading = rng.choice(ax.COUNTRIES[style.lang])
    exp["headline"] = heading
    exp["force_dateline"] = True
    style.note("country headings")
    return [(heading, "head")]
