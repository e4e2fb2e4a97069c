"""Assemble generated pages: sample a style, set one or more stories from the corpus,
add page furniture and material outside the stories, then damage the text like OCR.

A share of the pages (``ARCHIVE_SHARE``) is set as old newspapers read by OCR or
Tesseract instead (``archive_page``): clippings and columns of the 1850s-1950s.

``generate(seed, n, split)`` is deterministic: one ``random.Random`` per page, seeded from
the seed and the page's number, and no iteration over unordered collections.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import page_as_one
from . import archive_page, parts
from .corpus import Article, articles, pick
from .damage import damage
from .furniture import PageDate, masthead, noise_line, page_number, paper_name, running_head
from .layout import Setting
from .story import PARA_MODES, Line, PageStyle, build_story

LANG_WEIGHTS = (("en", 0.5), ("de", 0.25), ("fr", 0.25))


@dataclass
class GeneratedPage:
    name: str
    raw: str
    expected: dict
    labels: list[str]


def _choose_lang(rng: random.Random, split: str) -> str:
    langs = [(lang, w) for lang, w in LANG_WEIGHTS if articles(split, lang)]
    roll = rng.random() * sum(w for _, w in langs)
    for lang, w in langs:
        roll -= w
        if roll < 0:
            return lang
    return langs[-1][0]


def _style(rng: random.Random, lang: str, art: Article, paper: str) -> PageStyle:
    old = rng.random() < (0.75 if art.old else 0.12)
    modes = {
        "blank": 0.34,
        "indent": 0.2,
        "shortlast": 0.12,
        "none": 0.14,
        "oneline": 0.12,
        "noline": 0.08,
    }
    if old:
        modes["none"] += 0.15
    roll = rng.random() * sum(modes.values())
    para_mode = PARA_MODES[-1]
    for mode in PARA_MODES:
        roll -= modes[mode]
        if roll < 0:
            para_mode = mode
            break
    setting = Setting.sample(rng)
    if para_mode == "shortlast" and rng.random() < 0.6:
        setting = Setting(setting.width, setting.hyphenate, True, 0)
    rate = (
        rng.choice((0.0, 0.0, 0.0, 0.005, 0.01, 0.02, 0.04))
        if old
        else rng.choice((0.0,) * 6 + (0.01,))
    )
    style = PageStyle(
        lang=lang,
        old=old,
        para_mode=para_mode,
        setting=setting,
        char_error_rate=rate,
        paper=paper,
        date=PageDate.sample(rng, old),
        header_blank=rng.choice((0.0, 0.3, 0.8, 1.0)),
        indent=rng.choice(("  ", "   ", "    ", "     ", "      ", "\t")),
    )
    style.note(f"paragraphs: {para_mode}")
    style.note(
        f"{'old' if old else 'modern'} setting, width {setting.width}"
        + (", justified" if setting.justify else "")
    )
    if rate:
        style.note("character errors kept in expected")
    return style


# Share of pages set as old newspapers read by OCR (``archive_page``), by language: the
# old English and German articles are many, French has only modern text to set.
ARCHIVE_SHARE = {"en": 0.38, "de": 0.38, "fr": 0.25}


def _page(seed: int, index: int, split: str) -> GeneratedPage:
    rng = random.Random(f"{seed}:{index}:{split}")
    lang = _choose_lang(rng, split)
    # The family is drawn apart, so that a page of the other families stays as it was.
    family = random.Random(f"{seed}:{index}:{split}:family")
    if family.random() < ARCHIVE_SHARE[lang]:
        paper = paper_name(lang, family)
        lines, stories, removed, outside, publication, style = archive_page.compose(
            family, lang, split, paper
        )
        return _finish(
            seed, index, split, family, style, lines, stories, removed, outside, publication, None
        )
    pool = articles(split, lang)
    used: set[str] = set()
    first = pick(rng, pool, used)
    lines: list[Line] = []
    removed: list[dict] = []
    outside: list[str] = []
    paper = paper_name(lang, rng)
    style = _style(rng, lang, first, paper)
    publication = None
    top_date = None
    if rng.random() < 0.15:
        lines += [(noise_line(rng), "noise") for _ in range(rng.randint(1, 2))]
        style.note("scan noise at the top")
    if rng.random() < 0.55:
        mast, publication = masthead(lang, rng, style.date)
        style.paper = publication
        lines += mast
        if rng.random() < 0.6:
            top_date = style.date.text(lang, rng)
            if rng.random() < 0.4:
                num, _ = page_number(lang, rng)
                lines.append((f"{top_date}{' ' * rng.randint(3, 40)}{num}", "running"))
            else:
                lines.append((top_date, "running"))
        style.note("masthead")
    elif rng.random() < 0.4:
        text, top_date = running_head(lang, rng, paper, style.date)
        lines.append((text, "running"))
        top_date = top_date or None
        style.note("running head at the top")
    lines += [("", "")] * rng.choice((0, 1, 1, 2))
    n_stories = 1 if rng.random() < 0.75 else rng.randint(2, 8)
    stories = []
    for s in range(n_stories):
        art = first if s == 0 else pick(rng, pool, used)
        brief = s > 0 and (n_stories > 3 or rng.random() < 0.4)
        other = pick(rng, pool, used) if rng.random() < 0.5 else None
        result = build_story(style, rng, art, brief=brief, other=other)
        if s:
            lines += [("", "")] * rng.choice((0, 1, 1, 2, 3))
            if rng.random() < 0.12:
                block = parts.outside_block(lang, rng, style.date)
                lines += [(row, "outside") for row in block] + [("", "")]
                outside.append("\n".join(" ".join(r.split()) for r in block))
                style.note("material outside the stories")
        lines += result.lines
        removed += result.removed
        stories.append((art, result.expected))
    if n_stories > 1:
        style.note(f"{n_stories} stories")
    if rng.random() < 0.3:
        lines += [("", "")] * rng.choice((0, 1, 2))
        if rng.random() < 0.5:
            text, _ = running_head(lang, rng, style.paper, style.date)
            lines.append((text, "running"))
        else:
            text, _ = page_number(lang, rng)
            lines.append((text, "folio"))
        style.note("running foot or page number at the bottom")
    if rng.random() < 0.1:
        lines.append((noise_line(rng), "noise"))
    return _finish(
        seed, index, split, rng, style, lines, stories, removed, outside, publication, top_date
    )


def _finish(
    seed: int,
    index: int,
    split: str,
    rng: random.Random,
    style: PageStyle,
    lines: list[Line],
    stories: list[tuple[Article, dict]],
    removed: list[dict],
    outside: list[str],
    publication: str | None,
    top_date: str | None,
) -> GeneratedPage:
    """Damage the printed lines like OCR and write the expected file."""
    lang = style.lang
    reasons = {
        "masthead": "masthead",
        "running": "running head",
        "folio": "page number",
        "noise": "scan noise",
        "jump": "jump line",
    }
    top = [{"text": t, "reason": reasons[lab]} for t, lab in lines if lab in reasons]
    removed = [r for r in top if r not in removed] + removed
    raw_lines = damage(style, rng, lines)
    expected = _expected(style, stories, publication, top_date, outside, removed)
    name = f"gen{seed}_{split}_{index:05d}_{lang}"
    raw = "\n".join(raw_lines) + "\n"
    labels = [lab for _, lab in lines] + [""]
    return GeneratedPage(name=name, raw=raw, expected=expected, labels=labels)


def _expected(
    style: PageStyle,
    stories: list[tuple[Article, dict]],
    publication: str | None,
    top_date: str | None,
    outside: list[str],
    removed: list[dict],
) -> dict:
    first = dict(stories[0][1])
    if first["dateline"] is None and top_date:
        first["dateline"] = top_date
    each = [first] + [dict(exp) for _, exp in stories[1:]]
    out: dict = {"publication": publication}
    out.update(page_as_one(each))
    out["language"] = style.lang
    if style.para_mode in ("none", "noline"):
        out["paragraph_boundaries"] = "unknown"
    if len(each) > 1:
        out["stories"] = each
    out["outside"] = outside
    out["removed"] = removed
    arts = [art for art, _ in stories]
    out["source"] = {
        "kind": "generated page (newsroom.cleaning.training)",
        "text_from": "; ".join(f"{a.id}: {a.source}" for a in arts),
        "license": "; ".join(sorted({a.licence for a in arts})),
        "articles": [a.id for a in arts],
        "degradations": list(style.degradations),
        "notes": "expected = the articles' clean text as set on this page, in house style",
    }
    return out


def generate(seed: int, n: int, split: str = "train") -> Iterator[GeneratedPage]:
    """``n`` pages from ``split`` articles; the same seed gives the same pages, byte for byte."""
    for index in range(n):
        yield _page(seed, index, split)
