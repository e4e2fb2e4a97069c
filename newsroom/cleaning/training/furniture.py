"""Page furniture: mastheads, running heads and feet, page numbers, jump lines, dates and
scan-noise lines. Each maker returns printed lines; the caller labels them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import lexicon as lx


@dataclass(frozen=True)
class PageDate:
    year: int
    month: int  # 1..12
    day: int
    weekday: int  # 0 = Monday

    @classmethod
    def sample(cls, rng: random.Random, old: bool) -> PageDate:
        year = rng.randint(1845, 1948) if old else rng.randint(1995, 2026)
        return cls(year, rng.randint(1, 12), rng.randint(1, 28), rng.randrange(7))

    def text(self, lang: str, rng: random.Random, with_day: bool | None = None) -> str:
        month = lx.MONTHS[lang][self.month - 1]
        day = lx.DAYS[lang][self.weekday]
        with_day = rng.random() < 0.6 if with_day is None else with_day
        if lang == "en":
            form = rng.randrange(4)
            core = (
                f"{month} {self.day}, {self.year}"
                if form < 2
                else f"{self.day} {month} {self.year}"
                if form == 2
                else f"{month[:3]}. {self.day}, {self.year}"
            )
            out = f"{day}, {core}" if with_day else core
        elif lang == "de":
            core = f"{self.day}. {month} {self.year}"
            out = f"{day}, {core}" if with_day else core
        else:
            core = f"{self.day} {month} {self.year}"
            out = f"{day} {core}" if with_day else core
        return out.upper() if rng.random() < 0.25 else out


def paper_name(lang: str, rng: random.Random) -> str:
    """An invented name: place + newspaper noun, a noun alone, or a name with no noun."""
    roll = rng.random()
    if roll < 0.18:
        return rng.choice(lx.PAPER_BARE[lang])
    noun = rng.choice(lx.PAPER_NOUNS[lang])
    place = rng.choice(lx.PAPER_PLACES[lang])
    if lang == "en":
        lead = rng.choice(("The ", "The ", "", "The Evening ", "The Daily ", "The Weekly "))
        name = f"{lead}{place} {noun}" if roll < 0.8 else f"{lead}{noun}"
    elif lang == "de":
        gender = {
            "Zeitung": "Die",
            "Rundschau": "Die",
            "Nachrichten": "Die",
            "Morgenpost": "Die",
            "Presse": "Die",
            "Landeszeitung": "Die",
            "Abendblatt": "Das",
            "Tageblatt": "Das",
            "Volksblatt": "Das",
        }.get(noun, "Der")
        name = f"{place} {noun}" if roll < 0.8 else f"{gender} {noun}"
    else:
        article = "Le " if not noun.startswith(("É", "I")) else "L’"
        small = "Petit " if rng.random() < 0.25 and article == "Le " else ""
        name = f"{article}{small}{noun} {place}" if roll < 0.85 else f"{article}{noun}"
    return name.strip()


def masthead(lang: str, rng: random.Random, date: PageDate) -> tuple[list[tuple[str, str]], str]:
    """0-3 lines of masthead proper plus a date line or two; returns (lines with labels,
    publication as the cleaner should report it)."""
    name = paper_name(lang, rng)
    lines: list[tuple[str, str]] = []
    publication = name
    caps = rng.random() < 0.3
    shown = name.upper() if caps else name
    if lang == "en" and name.startswith("The ") and rng.random() < 0.35:
        lines.append(("THE" if caps else "The", "masthead"))
        if rng.random() < 0.4:
            badge = rng.choice(lx.BADGES[lang]).format(
                n=rng.choice((10, 25, 30, 50, 75, 100, 150)), y=date.year - 60
            )
            lines.append((badge, "masthead"))
        shown = shown[4:]
    glyph = rng.choice(("%¢ ", "■ ", "", "", "", "© ", "★ "))
    lines.append((glyph + shown, "masthead"))
    publication = shown if lines[0][0] not in ("The", "THE") else f"{lines[0][0]} {shown}"
    if rng.random() < 0.5:
        lines.append((rng.choice(lx.TAGLINES[lang]), "masthead"))
    if rng.random() < 0.3:
        lines.append((_edition(lang, rng), "masthead"))
    return lines, publication


def _edition(lang: str, rng: random.Random) -> str:
    return rng.choice(lx.EDITIONS[lang]).format(
        v=rng.randint(2, 140), n=rng.randint(1, 9999), p=rng.choice((5, 10, 15, 20, 25))
    )


def page_number(lang: str, rng: random.Random) -> tuple[str, int]:
    n = rng.randint(2, 48)
    form = rng.randrange(7)
    if form == 0:
        return str(n), n
    if form == 1:
        return f"- {n} -", n
    if form == 2:
        return f"— {n} —", n
    if form == 3:
        return f"{lx.PAGE_WORD[lang]} {n}", n
    if form == 4:
        return f"{lx.PAGE_WORD[lang].upper()} {rng.choice('ABCD')}{n}", n
    if form == 5:
        return f"{n}", n
    return f"[{n}]", n


def running_head(lang: str, rng: random.Random, paper: str, date: PageDate) -> tuple[str, str]:
    """A running head or foot line; second item is its date text (may be '')."""
    num, _ = page_number(lang, rng)
    d = date.text(lang, rng)
    sect = rng.choice(lx.SECTIONS[lang])
    form = rng.randrange(8)
    sep = rng.choice((" · ", " | ", "   ", "  —  ", " • "))
    if form == 0:
        return f"{num.strip('-— []')} {paper.upper()}{sep}{d.upper()}", d.upper()
    if form == 1:
        return f"{sect} | {num.strip('-— []')}", ""
    if form == 2:
        return f"{d}{' ' * rng.randint(8, 40)}{num}", d
    if form == 3:
        return f"{paper}{sep}{d}{sep}{num}", d
    if form == 4:
        return f"{sect}{sep}{d}", d
    if form == 5:
        return f"{num.strip('-— []')}  {sect}", ""
    if form == 6:
        return f"{paper.upper()}, {d.upper()}.", d.upper()
    return f"{lx.PAGE_WORD[lang].upper()} {num.strip('-— []')}{sep}{sect}", ""


def jump_line(lang: str, rng: random.Random, keyword: str) -> str:
    return rng.choice(lx.JUMPS[lang]).format(n=rng.randint(2, 24), w=keyword.upper())


def noise_line(rng: random.Random) -> str:
    from .ocr_noise import NOISE_LINES

    return rng.choice(NOISE_LINES)
