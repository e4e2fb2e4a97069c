"""Story parts other than the running text: bylines, datelines, captions with credits,
decks, subheads, insets, tables and material outside any story. Each maker returns the
printed form and what the expected file says of it."""

from __future__ import annotations

import random
import re

from ..features import OPEN_WORDS
from . import lexicon as lx
from .furniture import PageDate
from .layout import recase, sentences


def person(lang: str, rng: random.Random) -> str:
    return f"{rng.choice(lx.FIRST[lang])} {rng.choice(lx.LAST[lang])}"


def byline(lang: str, rng: random.Random, paper: str, old: bool) -> tuple[list[str], str]:
    """Printed byline lines and the byline as expected (no leading "By", no final stop)."""
    name = person(lang, rng)
    if rng.random() < 0.15:
        joiner = {"en": "and", "de": "und", "fr": "et"}[lang]
        name = f"{name} {joiner} {person(lang, rng)}"
    caps = name.upper()
    by = rng.choice(lx.BY[lang])
    role = rng.choice(lx.ROLES[lang])
    forms = [
        ([f"{by} {name}"], name),
        ([f"{by} {caps}."], caps),
        ([f"{by} {caps}"], caps),
        ([f"{by} {name} | {role}"], f"{name}, {role}"),
        ([caps], caps),
        ([f"{name}, {role}"], f"{name}, {role}"),
        ([name, role], f"{name}, {role}"),
        ([f"{by} {name}", role], f"{name}, {role}"),
    ]
    if old or rng.random() < 0.2:
        corr = rng.choice(lx.CORRESPONDENT[lang])
        agency = rng.choice(lx.AGENCIES[lang])
        forms += [
            ([corr], re.sub(r"^(?:Von|VON|von) ", "", corr.strip("()"))),
            ([f"{by.upper()} {agency.upper()}."], agency.upper()),
            ([f"({by} {agency})"], agency),
            ([lx.SPECIAL_TO[lang].format(p=paper)], lx.SPECIAL_TO[lang].format(p=paper)),
        ]
    lines, expected = rng.choice(forms)
    return lines, expected


def signature(lang: str, rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(lx.FIRST[lang]), rng.choice(lx.LAST[lang])
    initials = f"{first[0]}. {last[0]}."
    form = rng.choice(lx.SIGN_OFFS[lang])
    printed = form.format(i=initials, N=f"{first} {last}".upper())
    expected = printed.strip("—() ").rstrip(".") if "{i}" not in form else initials
    return printed, expected


def dateline_prefix(lang: str, rng: random.Random, date: PageDate, old: bool) -> tuple[str, str]:
    """Text put before the first paragraph ("WASHINGTON, April 1.—") and its expected value."""
    place = rng.choice(lx.PLACES[lang])
    month = lx.MONTHS[lang][date.month - 1]
    if lang == "en":
        when = rng.choice(
            (f"{month} {date.day}", lx.DAYS[lang][date.weekday], f"{month[:3]}. {date.day}")
        )
        dash = rng.choice((".—", ". —", ".-", " —", ".—", ", "))
        return f"{place}, {when}{dash}", f"{place}, {when}"
    if lang == "de":
        place = place if rng.random() < 0.6 else place.upper()
        when = f"{date.day}. {month}"
        return f"{place}, {when}. ", f"{place}, {when}"
    when = f"{date.day} {month}"
    dash = rng.choice((". — ", ". – ", ". "))
    return f"{place}, {when}{dash}", f"{place}, {when}"


def credit(lang: str, rng: random.Random) -> tuple[str, str]:
    """Printed credit and credit as expected (no label word, no parentheses)."""
    name = person(lang, rng)
    agency = rng.choice(lx.AGENCY_CREDITS)
    forms = [
        (rng.choice(lx.CREDIT_LABELS[lang]) + name, name),
        (f"{name}/{agency}", f"{name}/{agency}"),
        (f"AP Photo/{name}", f"AP Photo/{name}"),
        (f"({agency} Photo/{name})", f"{agency} Photo/{name}"),
        (agency, agency),
        (rng.choice(lx.DOMAINS), None),
        (f"({name})", name),
        (f"({agency})", agency),
    ]
    printed, expected = rng.choice(forms)
    return printed, expected if expected is not None else printed


def caption_text(lang: str, rng: random.Random, paragraphs: tuple[str, ...]) -> str:
    if paragraphs and rng.random() < 0.35:
        short = [s for p in paragraphs[:3] for s in sentences(p) if 30 < len(s) < 140]
        if short:
            return rng.choice(short)
    return rng.choice(lx.CAPTION_TEMPLATES[lang]).format(
        name=person(lang, rng),
        name2=person(lang, rng),
        day=rng.choice(lx.DAYS[lang]),
        place=rng.choice(lx.PLACES[lang]).title(),
    )


def deck_lines(
    lang: str, rng: random.Random, paragraphs: tuple[str, ...], n: int, old: bool
) -> list[str]:
    """Banks under a headline, cut from sentences of the story (old papers repeat the news)."""
    pool = [s for p in paragraphs[1:6] for s in sentences(p) if 20 < len(s) < 200] or list(
        paragraphs[:1]
    )
    out = []
    for _ in range(n):
        words = rng.choice(pool).rstrip(".!?").split()
        k = min(len(words), rng.randint(3, min(10, max(3, len(words)))))
        # A bank is a phrase: it does not stop on "and", "of" or "a warm".
        while k > 2 and words[k - 1].lower().strip(",;:") in OPEN_WORDS:
            k -= 1
        text = " ".join(words[:k]).rstrip(",;:")
        mode = rng.choice(("caps", "caps", "sentence")) if old else rng.choice(("sentence", "as"))
        text = recase(text, mode, lang)
        if old and rng.random() < 0.6:
            text += "."
        out.append(text)
    return out


def subhead_text(lang: str, rng: random.Random, following: str, old: bool) -> str:
    words = re.findall(r"[^\s“”„«»‘’\"]+", following)[:12]
    if not words:
        return ""
    start = rng.randrange(max(1, len(words) - 3))
    text = " ".join(words[start : start + rng.randint(2, 5)]).strip(",;:.—")
    text = text[:1].upper() + text[1:]
    mode = rng.choice(("caps", "title", "as", "as"))
    text = recase(text, mode, lang)
    if old and rng.random() < 0.5:
        text += "."
    elif rng.random() < 0.12:
        text += "?"
    elif rng.random() < 0.12 and lang != "fr":
        q = {"en": ("‘", "’"), "de": ("‚", "‘")}[lang]
        text = f"{q[0]}{text}{q[1]}"
    return text


def table_rows(lang: str, rng: random.Random, date: PageDate) -> list[str]:
    kind = rng.randrange(3)
    n = rng.randint(2, 6)
    if kind == 0:  # results
        last = lx.LAST[lang]
        return [
            f"{rng.choice(last)} {rng.randint(0, 5)}, {rng.choice(last)} {rng.randint(0, 5)}"
            for _ in range(n)
        ]
    if kind == 1:  # weather by city
        pad = rng.choice((1, 2, 4))
        gap = " " * pad
        cities = [rng.choice(lx.PLACES[lang]).title() for _ in range(n)]
        return [f"{c}{gap}{rng.randint(-5, 34)}{gap}{rng.randint(-9, 20)}" for c in cities]
    goods = {
        "en": ["Wheat", "Oats", "Barley", "Wool", "Butter", "Copper"],
        "de": ["Weizen", "Roggen", "Hafer", "Gerste", "Butter", "Kupfer"],
        "fr": ["Blé", "Avoine", "Orge", "Laine", "Beurre", "Cuivre"],
    }[lang]
    rows = []
    for g in rng.sample(goods, min(n, len(goods))):
        move = rng.choice(("+", "-", "=")) + str(rng.randint(0, 9))
        rows.append(f"{g} {rng.randint(2, 90)}.{rng.randint(0, 99):02d} {move}")
    return rows


def outside_block(lang: str, rng: random.Random, date: PageDate) -> list[str]:
    kind = rng.randrange(3)
    if kind == 0:
        return rng.sample(lx.ADS[lang], rng.randint(1, 3))
    if kind == 1:
        size = rng.randint(4, 7)
        letters = "ABCDEFGHIKLMNOPRSTUE"
        return [" ".join(rng.choice(letters + "##") for _ in range(size)) for _ in range(size)]
    return table_rows(lang, rng, date)


def inset(
    lang: str, rng: random.Random, other_title: str, other_text: str
) -> tuple[list[str], str]:
    """A related-article box, a fact box or a pull quote: printed lines (unwrapped) and the
    expected string (header, then the teaser after a newline)."""
    kind = rng.random()
    teaser = (sentences(other_text) or [other_text])[0]
    if len(teaser) > 220:
        teaser = teaser[:220].rsplit(" ", 1)[0] + "."
    if kind < 0.65:
        label = rng.choice(lx.INSET_LABELS[lang])
        if label.isupper() and rng.random() < 0.6:
            return [label, other_title, teaser], f"{label} {other_title}\n{teaser}"
        if rng.random() < 0.3:
            return [f"{label} {other_title}"], f"{label} {other_title}"
        return [f"{label} {other_title}", teaser], f"{label} {other_title}\n{teaser}"
    if kind < 0.85:
        head = rng.choice(lx.FACT_TITLES[lang])
        facts = [s for s in sentences(other_text) if len(s) < 120][:3] or [teaser]
        return [head, *facts], head + "\n" + "\n".join(facts)
    q = {"en": ("“", "”"), "de": ("„", "“"), "fr": ("« ", " »")}[lang]
    quote = f"{q[0]}{teaser.rstrip('.')}{q[1]}"
    return [quote], quote
