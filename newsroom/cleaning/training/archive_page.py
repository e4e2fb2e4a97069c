"""Pages of the archive family: excerpts of old newspapers (1850s-1950s) as OCR and
Tesseract read them.

Most start straight at a headline (a clipping or a column cut out of a page); some carry
the junk an old nameplate becomes, a running head, or a long caption above the first
headline. The column is narrow and holds one story or several set one after another with
no blank line between them: caps headline stacks, briefs of a line of headline and one
paragraph, a section label printed once above several items, country headings of a
foreign-news column, run-in titles of a local column. Tesseract readings put blank lines
between the blocks of the page. Scan junk and stray lines of the next column fall between
the lines of the text.
"""

from __future__ import annotations

import random
from functools import cache, partial

from . import archive, archive_parts
from . import archive_lexicon as ax
from .archive_furniture import old_masthead
from .archive_noise import ArchiveStyle, debris, junk_line
from .corpus import Article, articles, pick
from .furniture import PageDate, page_number, running_head
from .layout import Setting, wrap
from .story import Line, PageStyle, build_story

# Paragraph marking of old prints as OCR gives them: no blank lines, a short last line or
# an indent OCR mostly drops, sometimes no visible break at all.
_PARA_MODES = (("shortlast", 0.6), ("none", 0.15), ("indent", 0.15), ("blank", 0.1))


@cache
def _pool(split: str, lang: str) -> tuple[Article, ...]:
    """Old articles where the language has enough of them, else all."""
    pool = articles(split, lang)
    old = tuple(a for a in pool if a.old)
    return old if len(old) >= 20 else pool


def _weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random() * sum(w for _, w in table)
    for name, w in table:
        roll -= w
        if roll < 0:
            return name
    return table[-1][0]


def _style(rng: random.Random, lang: str, paper: str) -> PageStyle:
    arc = ArchiveStyle.sample(rng, lang)
    mode = "blank" if arc.tesseract and rng.random() < 0.8 else _weighted(rng, _PARA_MODES)
    width = rng.randint(26, 46) if rng.random() < 0.75 else rng.randint(47, 66)
    setting = Setting(width, rng.choice((0.5, 0.8, 1.0)), False, rng.choice((0, 0, 1, 3)))
    style = PageStyle(
        lang=lang,
        old=True,
        para_mode=mode,
        setting=setting,
        char_error_rate=rng.choice((0.005, 0.01, 0.02, 0.04, 0.07)),
        paper=paper,
        date=PageDate.sample(rng, True),
        header_blank=0.0,
        indent=rng.choice((" ", "  ", "   ")),
        archive=arc,
    )
    reader = "Tesseract" if arc.tesseract else "OCR"
    style.note(f"archive page: {reader}, headlines {arc.head_mode}")
    style.note(f"paragraphs: {mode}")
    style.note(f"old setting, width {width}")
    style.note("character errors kept in expected")
    return style


def compose(rng: random.Random, lang: str, split: str, paper: str):
    """(labelled lines, [(article, expected story)], removed, outside, publication, style)."""
    pool = _pool(split, lang)
    used: set[str] = set()
    style = _style(rng, lang, paper)
    arc = style.archive
    lines: list[Line] = []
    removed: list[dict] = []
    outside: list[str] = []
    publication = None
    top = rng.random()
    if top < 0.22:
        mast, publication = old_masthead(lang, rng, style.date)
        lines += mast
        style.paper = publication or paper
        style.note("old masthead")
    elif top < 0.3:
        text, _ = running_head(lang, rng, paper, style.date)
        lines.append((text, "running"))
        style.note("running head at the top")
    elif top < 0.36:
        lines += [(junk_line(rng), "noise") for _ in range(rng.randint(1, 2))]
        style.note("scan junk at the top")
    if lines and arc.tesseract:
        lines.append(("", ""))
    stories = _column(style, rng, pool, used)
    for k, (_, result) in enumerate(stories):
        if k:
            lines += [("", "")] * (rng.random() < (0.8 if arc.tesseract else 0.12))
        lines += result.lines
        removed += result.removed
    if rng.random() < 0.1:
        text = rng.choice(ax.JUMPS[lang]).format(n=rng.randint(2, 12))
        lines.append((text, "jump"))
        removed.append({"text": text, "reason": "jump line"})
        style.note("old jump line at the end")
    elif rng.random() < 0.08:
        text, _ = page_number(lang, rng)
        lines += [("", "")] * arc.tesseract + [(text, "folio")]
    lines = _stray_lines(style, rng, lines, pool, used, outside)
    return lines, [(a, r.expected) for a, r in stories], removed, outside, publication, style


def _column(style: PageStyle, rng: random.Random, pool: tuple[Article, ...], used: set[str]):
    """The stories of the excerpt, set one after another."""
    lang = style.lang
    kind = _weighted(rng, (("single", 0.45), ("column", 0.33), ("foreign", 0.1), ("run_in", 0.12)))
    out = []
    if kind == "single":
        art = pick(rng, pool, used)
        letter = rng.random() < {"en": 0.12, "de": 0.04, "fr": 0.04}[lang]
        result = build_story(style, rng, art, header=partial(archive.header, letter=letter))
        if rng.random() < 0.06:
            label = rng.choice(ax.SECTIONS[lang])
            label = label if rng.random() < 0.7 else label.title()
            result.lines.insert(0, (label, "kicker"))
            result.expected["kicker"] = label
            style.note("kicker above an old headline")
        if rng.random() < 0.15:
            cap_lines, text = archive_parts.long_caption(style, rng, art)
            result.lines[:0] = [(ln, "caption") for ln in cap_lines]
            result.expected["captions"].insert(0, {"text": text, "credit": None})
            style.note("long caption above the headline")
        return [(art, result)]
    style.note(f"archive column: {kind}")
    n = rng.randint(2, 6) if kind in ("column", "run_in") else rng.randint(2, 4)
    maker = {"column": archive.header, "foreign": archive.country_header}.get(
        kind, archive.run_in_header
    )
    countries = rng.sample(ax.COUNTRIES[lang], n) if kind == "foreign" else []
    for k in range(n):
        art = pick(rng, pool, used)
        brief = kind != "foreign" and k > 0 and rng.random() < 0.5
        first_normal = kind == "run_in" and k == 0 and rng.random() < 0.3
        header = archive.header if first_normal else maker
        if header is archive.header:
            header = partial(header, first=k == 0)
        elif countries:
            header = partial(header, heading=countries[k])
        out.append((art, build_story(style, rng, art, brief=brief, header=header)))
    section = {"foreign": ax.FOREIGN_SECTIONS}.get(kind, ax.SECTIONS)[lang]
    if rng.random() < {"column": 0.15, "foreign": 0.6, "run_in": 0.5}[kind]:
        label = rng.choice(section)
        out[0][1].lines.insert(0, (label, "kicker"))
        out[0][1].expected["kicker"] = label
        style.note("section label above several items")
    return out


_BODY = ("pstart", "pcont")
_HYPHENS = ("-", "¬", "⸗", "=", "—")


def _stray_lines(
    style: PageStyle,
    rng: random.Random,
    lines: list[Line],
    pool: tuple[Article, ...],
    used: set[str],
    outside: list[str],
) -> list[Line]:
    """Scan junk between text lines, column-rule debris at line ends, and now and then a
    line or two of the next column read into this one between two paragraphs."""
    arc = style.archive
    out: list[Line] = []
    for k, (text, label) in enumerate(lines):
        if label in _BODY and arc.debris and rng.random() < arc.debris:
            text = debris(text, rng)
            style.note("column-rule debris at line ends")
        out.append((text, label))
        nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
        if label in _BODY and nxt in _BODY and rng.random() < arc.junk_lines:
            out.append((junk_line(rng), "noise"))
            style.note("scan junk between lines")
    if rng.random() < 0.1:
        starts = [k for k in range(1, len(out)) if out[k][1] == "pstart" and out[k - 1][1] in _BODY]
        if starts:
            at = rng.choice(starts)
            art = pick(rng, pool, used)
            words = art.paragraphs[-1].split()
            cut = rng.randrange(max(1, len(words) - 12))
            piece = " ".join(words[cut : cut + rng.randint(4, 12)])
            stray = wrap(piece, Setting(style.setting.width, 0.0, False, 0), rng)[:2]
            out[at:at] = [(ln, "outside") for ln in stray]
            outside.append(" ".join(" ".join(ln.split()) for ln in stray))
            style.note("lines of the next column between paragraphs")
    if arc.tesseract and rng.random() < 0.12:
        out = _merge_columns(style, rng, out, pool, used, outside)
    return out


def _merge_columns(
    style: PageStyle,
    rng: random.Random,
    lines: list[Line],
    pool: tuple[Article, ...],
    used: set[str],
    outside: list[str],
) -> list[Line]:
    """Tesseract took two columns for one: a run of lines each goes on with a line of the
    column beside it, after the column rule it read as "|" or "}" or a wide gap. The
    line keeps its label (a line takes the label of what it starts with); the other
    column's words belong to a story this excerpt does not hold."""
    body = [k for k, (_, label) in enumerate(lines) if label in _BODY]
    if len(body) < 6:
        return lines
    start = rng.choice(body[: len(body) - 3])
    end = start + rng.randint(3, 10)
    # a line that ends in a hyphen keeps its end: the word goes on in the next line
    run = [
        k
        for k in body
        if start <= k < end and not lines[k][0].rstrip(" |}]!¦,;").endswith(_HYPHENS)
    ]
    art = pick(rng, pool, used)
    words = " ".join(art.paragraphs[-1].split()[:80])
    beside = wrap(words, Setting(style.setting.width, 0.0, False, 2), rng)
    rule = rng.choice(("  ", "   ", " | ", " } ", " ¦ ", "  | "))
    out = list(lines)
    taken = []
    for k, other in zip(run, beside, strict=False):
        text, label = out[k]
        pad = " " * max(0, style.setting.width - len(text)) if rng.random() < 0.5 else ""
        out[k] = (f"{text}{pad}{rule}{other}", label)
        taken.append(other)
    outside.append(" ".join(" ".join(ln.split()) for ln in taken))
    style.note("two columns read as one")
    return out
