"""One story set in lines: header (kicker, headline, decks, attribution, byline, date,
captions), body (paragraphs in the page's paragraph-marking mode, subheads, insets,
tables, captions) and what the expected file says of it, line labels alongside."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..header import dateline_alone
from . import archive_noise, archive_parts, parts
from . import lexicon as lx
from .archive import join_lines, split_title
from .corpus import Article
from .furniture import PageDate, jump_line, page_number, running_head
from .layout import Setting, recase, sentences, split_headline, wrap
from .ocr_noise import char_errors

# How paragraphs are told apart on the page.
PARA_MODES = ("blank", "indent", "shortlast", "none", "oneline", "noline")

Line = tuple[str, str]  # printed text, label ("" for a blank line)


@dataclass
class PageStyle:
    lang: str
    old: bool
    para_mode: str
    setting: Setting
    char_error_rate: float
    paper: str
    date: PageDate
    header_blank: float  # chance of a blank line between header parts
    indent: str = "  "  # first-line indent in the "indent" paragraph mode
    degradations: list[str] = field(default_factory=list)
    archive: archive_noise.ArchiveStyle | None = None  # set like an old paper, read by OCR

    def note(self, what: str) -> None:
        if what not in self.degradations:
            self.degradations.append(what)


@dataclass
class StoryResult:
    lines: list[Line]
    expected: dict
    removed: list[dict]


def _blank(rng: random.Random, p: float) -> list[Line]:
    return [("", "")] * (1 + (rng.random() < 0.15)) if rng.random() < p else []


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _caption(style: PageStyle, rng: random.Random, art: Article) -> tuple[list[Line], dict]:
    if style.archive:
        return archive_parts.caption(style, rng, art)
    text = char_errors(
        parts.caption_text(style.lang, rng, art.paragraphs), rng, style.char_error_rate
    )
    lead = " " if rng.random() < 0.4 else ""
    where = rng.random()
    if where < 0.2:
        lines = [(lead + ln, "caption") for ln in wrap(text, style.setting, rng)]
        style.note("caption without credit")
        return lines, {"text": text, "credit": None}
    printed, credit = parts.credit(style.lang, rng)
    if where < 0.65:
        lines = [(lead + ln, "caption") for ln in wrap(f"{text} {printed}", style.setting, rng)]
        style.note("caption with credit at its end")
    else:
        lines = [(lead + ln, "caption") for ln in wrap(text, style.setting, rng)]
        lines.append((printed, "credit"))
        style.note("credit on its own line")
    return lines, {"text": text, "credit": credit}


def _page_break(
    style: PageStyle, rng: random.Random, keyword: str
) -> tuple[list[Line], list[dict]]:
    """Furniture printed where a story runs over a page or column edge."""
    out: list[Line] = []
    removed: list[dict] = []
    if rng.random() < 0.35:
        text = jump_line(style.lang, rng, keyword)
        out.append((text, "jump"))
        removed.append({"text": text, "reason": "jump line"})
    roll = rng.random()
    if roll < 0.45:
        text, _ = running_head(style.lang, rng, style.paper, style.date)
        out.append((text, "running"))
        removed.append({"text": text, "reason": "running head"})
    if roll > 0.3:
        text, _ = page_number(style.lang, rng)
        out.append((text, "folio"))
        removed.append({"text": text, "reason": "page number"})
    if not out:
        text, _ = page_number(style.lang, rng)
        out.append((text, "folio"))
        removed.append({"text": text, "reason": "page number"})
    style.note("page break inside a paragraph")
    pad = rng.random() < 0.6
    return ([("", "")] if pad else []) + out + ([("", "")] if pad else []), removed


def _header(
    style: PageStyle, rng: random.Random, art: Article, exp: dict, brief: bool
) -> list[Line]:
    lang, lines = style.lang, []
    hb = style.header_blank
    if not brief and not style.old and rng.random() < 0.07:
        cap_lines, cap = _caption(style, rng, art)
        lines += cap_lines + _blank(rng, hb)
        exp["captions"].append(cap)
        style.note("caption above the headline")
    if rng.random() < (0.12 if brief else 0.2):
        kicker = rng.choice(lx.SECTIONS[lang])
        kicker = kicker if rng.random() < 0.7 else kicker.title()
        lines += [(kicker, "kicker"), *_blank(rng, hb * 0.5)]
        exp["kicker"] = kicker
    mode = (
        rng.choice(("caps", "caps", "as"))
        if style.old
        else rng.choice(("caps", "title", "sentence", "as", "as"))
    )
    # The corpus split an old headline's printed lines into a title and decks; a line the
    # title runs on into ("AIR FORCES" / "SEND SUB" / "TO BOTTOM") is still the headline.
    head, given_decks = split_title(art)
    title = recase(join_lines(head), mode, lang)
    attrib = None
    if not brief and not style.old and rng.random() < 0.06:
        q = {"en": ("“", "”"), "de": ("„", "“"), "fr": ("« ", " »")}[lang]
        title = f"{q[0]}{title.rstrip('.')}{q[1]}"
        attrib = f"— {parts.person(lang, rng)}"
    n = 1 if brief else rng.choice((1, 1, 2, 2, 3, 4))
    head_lines = split_headline(title, n, max(style.setting.width, 20))
    exp["headline"] = _norm(" ".join(head_lines))
    boxed = rng.random() < 0.05
    spaced = len(head_lines) > 1 and rng.random() < 0.12
    for k, hl in enumerate(head_lines):
        if boxed:
            bar = rng.choice(("|", "I", "|"))
            hl = f"{bar} {hl} {bar}"
            style.note("headline boxed by bars")
        elif rng.random() < 0.15:
            hl = " " + hl
        lines.append((hl, "head"))
        if spaced and k < len(head_lines) - 1:
            lines.append(("", ""))
    if spaced:
        style.note("blank lines inside the headline")
    if attrib:
        lines.append((attrib, "attrib"))
        exp["deck"].append(attrib)
        style.note("attribution under a quoted headline")
    if not brief:
        n_deck = len(given_decks) if given_decks and rng.random() < 0.7 else 0
        decks = list(given_decks[:4]) if n_deck else []
        if not decks and rng.random() < (0.45 if style.old else 0.2):
            decks = parts.deck_lines(
                lang,
                rng,
                art.paragraphs,
                rng.choice((1, 1, 2, 3, 4)) if style.old else 1,
                style.old,
            )
        if decks:
            lines += _blank(rng, hb * 0.6)
            for d in decks:
                for ln in wrap(d, style.setting, rng) if len(d) > style.setting.width else [d]:
                    lines.append((ln, "deck"))
                exp["deck"].append(_norm(d))
                lines += _blank(rng, hb * 0.3)
            style.note(f"{len(decks)} deck(s)")
    order = rng.random()
    by_lines: list[Line] = []
    if rng.random() < (0.15 if brief else 0.35 if style.old else 0.7):
        printed, exp["byline"] = parts.byline(lang, rng, style.paper, style.old)
        by_lines = [(ln, "byline") for ln in printed]
    date_lines: list[Line] = []
    if not brief and rng.random() < 0.12:
        d = style.date.text(lang, rng)
        date_lines = [(d, "date")]
        exp["dateline"] = d
        style.note("date under the headline")
    cap_lines: list[Line] = []
    if not brief and not style.old and rng.random() < 0.3:
        cap_lines, cap = _caption(style, rng, art)
        exp["captions"].append(cap)
    blocks = (
        [by_lines + date_lines, cap_lines] if order < 0.6 else [cap_lines, date_lines + by_lines]
    )
    for block in blocks:
        if block:
            lines += _blank(rng, hb) + block
    return lines


def _lead_paragraphs(style: PageStyle, rng: random.Random, art: Article, brief: bool) -> list[str]:
    paras = list(
        art.paragraphs[:1] if brief else art.paragraphs[: rng.randint(1, rng.choice((3, 5, 8, 12)))]
    )
    paras = [char_errors(p, rng, style.char_error_rate) for p in paras]
    if not brief and len(paras) > 1 and rng.random() < 0.3:
        # a one-sentence paragraph: prose on a single short line, unlike a subhead
        k = rng.randrange(len(paras))
        sents = sentences(paras[k])
        # (a dateline opening the text is no sentence of its own: "BRISBANE, Monday.")
        if (
            len(sents) > 1
            and len(sents[0]) < style.setting.width - 6
            and not dateline_alone(sents[0])
        ):
            paras[k : k + 1] = [sents[0], " ".join(sents[1:])]
            style.note("one-line paragraph")
    return paras


def _body_items(
    style: PageStyle,
    rng: random.Random,
    art: Article,
    paras: list[str],
    exp: dict,
    other: Article | None,
) -> list[tuple]:
    items: list[tuple] = [("para", p) for p in paras]
    if style.para_mode in ("none", "noline"):
        return [("para", " ".join(paras))]
    if len(paras) > 2 and rng.random() < 0.3:
        for i in sorted(rng.sample(range(1, len(paras)), min(3, len(paras) - 1)), reverse=True):
            if rng.random() < 0.6 and (
                text := parts.subhead_text(style.lang, rng, paras[i], style.old)
            ):
                items.insert(i, ("sub", text))
        style.note("subheads")
    if rng.random() < (0.05 if style.archive else 0.0 if style.old else 0.2):
        items.insert(rng.randint(1, len(items)), ("caption",))
        style.note("caption between paragraphs")
    if rng.random() < 0.08:
        items.insert(
            rng.randint(1, len(items)), ("table", parts.table_rows(style.lang, rng, style.date))
        )
        style.note("table inside the story")
    if other is not None and rng.random() < 0.3:
        printed, text = parts.inset(style.lang, rng, other.title, other.paragraphs[0])
        cut = rng.random() < 0.35
        items.insert(rng.randint(1, len(items)), ("inset", printed, text, cut))
        style.note("inset cutting into a paragraph" if cut else "inset between paragraphs")
    return items


def _wrap_para(style: PageStyle, rng: random.Random, text: str, indent: str) -> list[str]:
    if style.para_mode in ("oneline", "noline"):
        return [indent + text]
    return wrap(text, style.setting, rng, first_indent=indent)


def build_story(
    style: PageStyle,
    rng: random.Random,
    art: Article,
    *,
    brief: bool = False,
    other: Article | None = None,
    header: Callable[..., list[Line]] | None = None,
) -> StoryResult:
    """``header(style, rng, art, exp, brief)`` sets the header lines and fills ``exp``;
    it may ask for a title run into the first paragraph (``exp["run_in"]``) or for a
    dateline opening it (``exp["force_dateline"]``); a dateline it printed on a line of
    its own over the text (``exp["dateline_over_text"]``) opens the first paragraph too."""
    exp: dict = {
        "kicker": None,
        "headline": "",
        "deck": [],
        "byline": None,
        "dateline": None,
        "captions": [],
        "subheads": [],
        "paragraphs": [],
        "insets": [],
    }
    removed: list[dict] = []
    lines = (header or _header)(style, rng, art, exp, brief)
    run_in, force = exp.pop("run_in", ""), exp.pop("force_dateline", False)
    over_text = exp.pop("dateline_over_text", "")
    letter = exp.pop("letter", False)
    paras = _lead_paragraphs(style, rng, art, brief)
    opens_dated = re.match(r"[A-ZÄÖÜ][\w .'-]{1,30}, [\w. ]{1,20}[.,] ?[-—–]?", paras[0])
    chance = 0.45 if style.archive else 0.4 if style.old else 0.12
    if run_in:
        paras[0] = run_in + paras[0]
    elif not exp["dateline"] and not opens_dated and (force or rng.random() < chance):
        if style.archive:
            prefix, exp["dateline"] = archive_parts.dateline_prefix(style, rng)
        else:
            prefix, exp["dateline"] = parts.dateline_prefix(style.lang, rng, style.date, style.old)
        paras[0] = prefix + paras[0]
        style.note("dateline opening the first paragraph")
    items = _body_items(style, rng, art, paras, exp, other)
    mode = style.para_mode
    indent = style.indent
    between = {
        "blank": 1.0,
        "indent": 0.0,
        "shortlast": 0.0,
        "none": 0.0,
        "oneline": rng.choice((0.0, 1.0)),
        "noline": 0.0,
    }[mode]
    lines += (
        [("", "")] * (1 + (rng.random() < 0.3))
        if rng.random() < max(style.header_blank, between)
        else []
    )
    pending_inset: tuple | None = None
    for k, item in enumerate(items):
        kind = item[0]
        if k:
            around = between if kind == "para" and items[k - 1][0] == "para" else max(between, 0.5)
            lines += _blank(rng, around)
        if kind == "para":
            text = item[1]
            body = _wrap_para(style, rng, text, indent if mode == "indent" else "")
            if style.archive:
                body, text = archive_noise.para_damage(style, rng, body, text)
            if over_text and not exp["paragraphs"]:
                text = f"{over_text} {text}"
            exp["paragraphs"].append(_norm(text))
            labelled = [(ln, "pstart" if j == 0 else "pcont") for j, ln in enumerate(body)]
            labelled = _interrupt(style, rng, labelled, removed, art, pending_inset)
            pending_inset = None
            lines += labelled
        elif kind == "sub":
            centred = " " * rng.randint(2, 12) if rng.random() < 0.2 else ""
            lines.append((centred + item[1], "sub"))
            exp["subheads"].append(_norm(item[1]))
        elif kind == "caption":
            cap_lines, cap = _caption(style, rng, art)
            lines += cap_lines
            exp["captions"].append(cap)
        elif kind == "table":
            lines += [(row, "table") for row in item[1]]
            exp["paragraphs"].append("\n".join(_norm(r) for r in item[1]))
        elif kind == "inset":
            exp["insets"].append(_inset_expected(item[1], item[2]))
            if item[3] and k + 1 < len(items) and items[k + 1][0] == "para":
                pending_inset = item
                continue
            lines += _inset_lines(style, rng, item[1])
    if letter:
        lines += archive_parts.letter_end(style, rng, exp)
    elif exp["byline"] is None and not brief and rng.random() < 0.2:
        printed, exp["byline"] = parts.signature(style.lang, rng)
        lines += [*_blank(rng, between * 0.5), (printed, "sig")]
        style.note("signature at the end")
    exp["subheads"] = exp["deck"] + exp["subheads"]
    return StoryResult(lines, exp, removed)


def _inset_expected(printed: list[str], text: str) -> str:
    return "\n".join(_norm(part) for part in text.split("\n"))


def _inset_lines(style: PageStyle, rng: random.Random, printed: list[str]) -> list[Line]:
    narrow = Setting(
        max(24, style.setting.width - rng.choice((0, 10, 20))), style.setting.hyphenate, False, 0
    )
    lead = rng.choice(("", "", "  ", "| "))
    out: list[Line] = []
    for part in printed:
        out += [(lead + ln, "inset") for ln in wrap(part, narrow, rng)]
    return out


def _interrupt(
    style: PageStyle,
    rng: random.Random,
    lines: list[Line],
    removed: list[dict],
    art: Article,
    inset: tuple | None,
) -> list[Line]:
    """Cut a paragraph with a page break, a column break or an inset; it goes on after."""
    if len(lines) < 3:
        if inset:
            return [*_inset_lines(style, rng, inset[1]), ("", ""), *lines]
        return lines
    j = rng.randrange(1, len(lines) - 1)
    if inset:
        return [*lines[:j], ("", ""), *_inset_lines(style, rng, inset[1]), ("", ""), *lines[j:]]
    roll = rng.random()
    if roll < 0.07:
        furniture, rem = _page_break(
            style, rng, art.title.split()[0] if art.title.split() else "NEWS"
        )
        removed.extend(rem)
        return lines[:j] + furniture + lines[j:]
    if roll < 0.16 and style.para_mode != "none":
        open_at = [
            i
            for i in range(1, len(lines) - 1)
            if not lines[i - 1][0].rstrip().endswith((".", "!", "?", ":", "”", "“", "»"))
        ]
        if open_at:
            j = rng.choice(open_at)
            style.note("column break inside a paragraph")
            return [*lines[:j], ("", ""), *lines[j:]]
    return lines
