"""Story headers as old newspapers set them (1850s-1950s), for the archive family of pages.

A caps headline stacked over short balanced lines, or one caps line ending in a full stop;
banks under it alternating title case and caps; then a byline, a dateline (see
``archive_parts``). Run-in titles of a local column and country headings of a foreign-news
column. Each maker returns what is printed and fills the expected story in house style.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from . import archive_lexicon as ax
from .archive_parts import byline, dateline_line, phrase, story_sentences
from .layout import Setting, recase, split_headline, title_case, wrap
from .ocr_noise import char_errors

if TYPE_CHECKING:
    from .corpus import Article
    from .story import Line, PageStyle


# How a paper sets its headlines; one per page, as a paper keeps its house style.
HEAD_MODES = ("stack", "stop", "title", "as")


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


# A line ending on an initial or a title's stop: the name goes on in the next line.
_NAME_GOES_ON = re.compile(r"(?:^|\s)(?:[A-Z]|MRS?|DR|REV|MESSRS)\.$", re.IGNORECASE)


def split_title(art: Article) -> tuple[list[str], list[str]]:
    """The headline's printed lines and the decks, from the corpus's title and decks.

    The corpus took the capital lines at the top of an old article as a title and
    decks, line by line; a line the title runs on into ("THE RECENT EXTENSIVE" /
    "ROBBERIES.", "SENATE TO ACT" / "ON EXTENSION OF" / "D. C. RENT ACT") is still the
    headline: a headline line with no full stop goes on in the next, and so does one
    whose stop is a name's initial or title's ("DEATH OF MRS. D. C." / "McLACHLAN.")."""
    head, rest = [art.title], list(art.deck)
    while rest and len(head) < 4:
        if _NAME_GOES_ON.search(head[-1]) is None and (
            head[-1].rstrip("”’»“").endswith((".", "?", "!")) or not rest[0].isupper()
        ):
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
    pool = story_sentences(art)
    if style.archive.head_mode == "stop" or lang != "en":
        # Sydney and German style: one or two short decks of a line each, with a stop.
        for k in range(rng.choice((1, 1, 2))):
            text = phrase(rng, pool, 3, 6).rstrip(".") + "."
            caps = k % 2 == 1 or rng.random() < 0.3
            out.append([recase(text, "caps" if caps else "sentence", lang)])
        return out
    # caps banks under a caps stack only after a title-case one: a caps line straight
    # under the stack would be read as more headline
    caps = style.archive.head_mode != "stack" and rng.random() < 0.3
    for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
        if caps:
            text = recase(phrase(rng, pool, 3, 6), "caps", lang)
            lines = split_headline(text, 1 if len(text) < 20 else 2, style.setting.width)
        else:
            text = phrase(rng, pool, 5, 13)
            # under a title-case headline a bank is set in the text's case, or it would
            # read as the headline going on
            titled = style.archive.head_mode != "title"
            text = title_case(text) if titled else text
            if rng.random() < (0.5 if titled else 0.8):
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
        # (the text keeps it, as printed, as it keeps a dateline run into it)
        exp["dateline_over_text"] = printed
        style.note("dateline on its own line")
    # Tesseract reads each block of the header apart and leaves a blank line between them.
    gap: list[Line] = [("", "")] if style.archive.tesseract else []
    lines: list[Line] = []
    for k, block in enumerate(blocks):
        lines += (gap if k and rng.random() < 0.7 else []) + block
    return lines + gap


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
    style: PageStyle,
    rng: random.Random,
    art: Article,
    exp: dict,
    brief: bool,
    heading: str = "",
) -> list[Line]:
    """A country heading of an old foreign-news column; its text opens with a dateline."""
    heading = heading or rng.choice(ax.COUNTRIES[style.lang])
    exp["headline"] = heading
    exp["force_dateline"] = True
    style.note("country headings")
    return [(heading, "head")]
