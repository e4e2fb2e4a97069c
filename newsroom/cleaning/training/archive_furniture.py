"""The top of an old newspaper's front page as OCR reads it: a nameplate in blackletter
that comes out as junk ("jti X x x J. 4 iL"), ears either side of it ("FULL LEASED" /
"WIRE DISPATCHES"), price, year and volume lines ("VOL. XIII. NO. 164. TACOMA, WASH.,
WEDNESDAY, JUNE 28, 1916. 1c A COPY"), specks read as punctuation between them."""

from __future__ import annotations

import random

from . import archive_lexicon as ax
from . import lexicon as lx
from .archive_noise import garble_word, junk_line
from .furniture import PageDate, paper_name

Labelled = tuple[str, str]


def roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += numeral
            n -= value
    return out


def _year_ordinal(rng: random.Random) -> str:
    tens = rng.randrange(len(ax.TENS))
    unit = rng.choice(ax.ORDINALS[:9])
    return f"{ax.TENS[tens]}-{unit}" if ax.TENS[tens] else rng.choice(ax.ORDINALS)


def _long_date(lang: str, date: PageDate, caps: bool) -> str:
    day = lx.DAYS[lang][date.weekday]
    month = lx.MONTHS[lang][date.month - 1]
    if lang == "en":
        text = f"{day}, {month} {date.day}, {date.year}"
    elif lang == "de":
        text = f"{day}, den {date.day}. {month} {date.year}"
    else:
        text = f"{day} {date.day} {month} {date.year}"
    return text.upper() if caps else text


def _furniture_lines(lang: str, rng: random.Random, date: PageDate) -> list[str]:
    """Price, year, volume and date lines; a few of them, in no fixed order."""
    caps = lang == "en" or rng.random() < 0.5
    town, state = rng.choice(ax.TOWNS[lang])
    price = rng.choice(ax.PRICES[lang]).format(p=rng.choice((1, 2, 5)))
    vol, no = rng.randint(2, 90), rng.randint(1, 365)
    if lang == "en":
        place = f"{town}, {state}" if state else town
        pool = [
            price,
            f"{_year_ordinal(rng)} YEAR",
            f"{place}, {_long_date(lang, date, caps)}",
            f"VOL. {roman(vol)}. NO. {no}. {place}, {_long_date(lang, date, True)}. {price}",
            f"VOLUME {roman(vol)}, NO. {no}.",
            f"{roman(vol)}— No. {no}",
            f"VOL. {vol}. NO. {no}.",
        ]
    elif lang == "de":
        pool = [
            price,
            f"{vol}. Jahrgang.",
            f"Nr. {no}. {town}, {_long_date(lang, date, False)}. {vol}. Jahrgang.",
            f"{rng.choice(('Erstes', 'Zweites'))} {rng.choice(('Morgenblatt', 'Abendblatt'))}",
            f"Nr. {no}.",
        ]
    else:
        pool = [
            price,
            f"{rng.choice(ax.FRENCH_YEARS)} ANNÉE. — N° {no}",
            f"{town.upper()}, {_long_date(lang, date, True)}",
            f"N° {no}. — {_long_date(lang, date, False)}",
        ]
    out = rng.sample(pool, rng.randint(1, min(3, len(pool))))
    if rng.random() < 0.35:
        # the small print, worn and read badly
        strength = rng.uniform(0.1, 0.4)
        for line in rng.sample(ax.IMPRINTS[lang], rng.randint(1, 3)):
            line = line.format(town=town.title(), paper=rng.choice(lx.PAPER_NOUNS[lang]))
            out.append(" ".join(garble_word(w, rng, strength) for w in line.split()))
    return out


def _nameplate(lang: str, rng: random.Random) -> tuple[list[str], str | None]:
    """Printed nameplate lines and the publication, None when OCR left nothing legible."""
    name = paper_name(lang, rng)
    if rng.random() < 0.45:
        shown = name.upper() if rng.random() < 0.7 else name
        if rng.random() < 0.3 and " " in shown:
            head, _, tail = shown.rpartition(" ")
            junk = garble_word("ornament", rng, 0.8)
            return [f"{head} {junk} {tail}"], shown
        return [shown], shown
    lines = []
    for _ in range(rng.choice((1, 2, 2, 3))):
        words = [garble_word(w, rng, 0.7) for w in name.split()]
        text = " ".join(" ".join(c for c in w) if rng.random() < 0.4 else w for w in words)
        lines.append(text)
    return lines, None


def old_masthead(
    lang: str, rng: random.Random, date: PageDate
) -> tuple[list[Labelled], str | None]:
    """Labelled lines of an old front page's top and the publication it names, if legible."""
    out: list[Labelled] = []

    def specks() -> None:
        if rng.random() < 0.3:
            out.extend((junk_line(rng), "noise") for _ in range(rng.randint(1, 2)))

    ears = ax.EARS[lang]
    left, right = rng.sample(ears, 2) if rng.random() < 0.5 else (rng.choice(ears), None)
    if rng.random() < 0.5:
        out += [(ln.format(n=rng.choice((2000, 4000, 12000))), "masthead") for ln in left]
        specks()
    plate, publication = _nameplate(lang, rng)
    out += [(ln, "masthead") for ln in plate]
    specks()
    if right or rng.random() < 0.3:
        for ln in right or left:
            out.append((ln.format(n=rng.choice((3000, 5000, 20000))), "masthead"))
        specks()
    for ln in _furniture_lines(lang, rng, date):
        out.append((ln, "masthead"))
    specks()
    return out, publication
