"""Running lines: the date, page number, section and issue a page prints around a story.

"Tuesday, March 4, 2025      Page A3", "WORLD | 12", "SPORTS · C2", "Vol. XII No. 45",
"4 THE RIVER GAZETTE · FRIDAY, SEPTEMBER 5, 2025". Such a line is told by its form: parts
set apart by wide spaces or a separator, each of them a date, a page number, an issue
number or a short name, and at least one of them a date, page or issue number. The date in
it is the article's dateline; the rest is furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# German and French months ("5. Juni 1900", "samedi 5 février 2011"), with the short forms
# papers print; English shares the rest ("April", "September", "Nov.").
_MONTH_DE_FR = (
    r"(?:J[aä]n(?:uar|ner)?|Febr?(?:uar)?|M[aä]rz|Mai|Juni|Juli|Aug|Sept?|Okt(?:ober)?|"
    r"Dez(?:ember)?|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|"
    r"ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?"
)
# A month's name in any of the three languages, in any case ("Aug.", "MAI", "février"), as a
# word of its own ("Maison" and "Marché" hold none).
MONTH_NAME = re.compile(rf"\b(?:{_MONTH}|{_MONTH_DE_FR})(?![^\W\d_])", re.IGNORECASE)
_WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
# A day of a month as a dateline prints it ("7. Nov.", "March 4", "30. April", "12 février",
# and the French first of the month as OCR reads it: "ler avril", "Ier mai", "l er juin").
DAY_OF_MONTH = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th|er|d)?|(?<!\w)[lI] ?er)\.?\s*(?:{_MONTH}|{_MONTH_DE_FR})"
    rf"|(?:{_MONTH}|{_MONTH_DE_FR})\s*\d{{1,2}}(?!\d))(?![^\W\d_])"
)
WEEKDAY = rf"{_WEEKDAY}(?![^\W\d_])"
DATE = re.compile(
    rf"(?:(?:updated|published|posted)[:\s]+)?(?:{_WEEKDAY},?\s+)?(?:(?:le|den)\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:{_MONTH}|{_MONTH_DE_FR}),?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:[,\s]+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\.?",
    re.I,
)
# Parts of a running line are set apart by a run of spaces or a separator between spaces.
_SPLIT = re.compile(r"\s+[|·•◆♦■/—–-]\s+|\s{2,}")
# "Page A3", "PAGE 7", "p. 12", "A3", "C2", "12", "- 5 -", "Page 3 of 12", "Seite 42"
_PAGE = re.compile(
    r"[-–—]?\s*(?:(?:page|p\.|pg\.?|seite)\s*)?[A-Z]?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[-–—]?",
    re.I,
)
_PAGE_WORD = re.compile(r"(?:page|p\.|pg\.?|seite|section)\s*[A-Z]?\d{0,4}", re.I)
# "Vol. XII No. 45", "No. 1,204", "Issue 7", "Price 50 cents"
_ISSUE = re.compile(
    r"(?:vol(?:ume)?\.?\s*[ivxlcdm\d]+\.?,?\s*)?(?:(?:no|number|issue)\.?\s*[\d,]+)?", re.I
)
_PRICE = re.compile(r"price\s+[\w.$£€ ]{1,20}", re.I)
_VOLUME = re.compile(r"vol(?:ume)?\.?\s*[ivxlcdm\d]+\b|\b(?:no|issue)\.?\s*\d", re.I)
# A section or paper name: a few capitalised words ("WORLD", "ARTS & CULTURE", "Business").
# (a capital with its accent opens a name too: "13  ÉCONOMIE", "ÖSTERREICH")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|&|and|of|the|on)"
_NAME = re.compile(
    rf"(?:\d{{1,3}}\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+{_NAME_WORD}){{0,3}}(?:\s+\d{{1,3}})?"
)
# A name in capitals, a comma, and the rest of the line a date with its year.
_NAMED_DATE = re.compile(
    r"(?P<name>(?:THE |LE |LA |DER |DIE |DAS )?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
    r"(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,3}),\s+(?P<date>.*\d{4})\.?"
)
# What every running line but a bare date has: parts set apart, or a page or issue word.
# Plain substring tests first: this runs on every line of the text.
_SEPARATORS = tuple(f" {c} " for c in "|·•◆♦■/—–-")
_PAGE_IN = re.compile(r"\b[Pp][Aa][Gg][Ee]\s*[A-Z]?\d")
_LEAD = re.compile(r"[-–—]?\s*(?:page|seite|p\.|pg|vol|no\.|number|issue|price|section)\b", re.I)
_GLYPHS = re.compile(r"[%¢■□▪▫●◆◇♦•·~|¦¬¤^]+")


@dataclass(frozen=True)
class RunningLine:
    date: str | None  # the date printed in it, as printed
    only_date: bool  # nothing but a date


def _set_apart(text: str) -> bool:
    if "  " in text or "\t" in text or any(sep in text for sep in _SEPARATORS):
        return True
    return ("age" in text or "AGE" in text) and bool(_PAGE_IN.search(text))


def is_date(text: str) -> bool:
    return bool(DATE.fullmatch(text.strip()))


def _kind(part: str) -> str | None:
    if DATE.fullmatch(part):
        return "date"
    if _PAGE.fullmatch(part) or _PAGE_WORD.fullmatch(part):
        return "page"
    if (_VOLUME.search(part) and _ISSUE.fullmatch(part)) or _PRICE.fullmatch(part):
        return "issue"
    if _NAME.fullmatch(part) and not part.endswith((".", ",", ":", ";")):
        return "name"
    return None


def _parts(text: str) -> list[tuple[str, str]] | None:
    parts: list[tuple[str, str]] = []
    for part in _SPLIT.split(text):
        part = part.strip()
        if not part or _GLYPHS.fullmatch(part):
            continue
        kind = _kind(part)
        if kind is None:
            # A date run into what follows it with a single space: "March 4, 2025 Page A3".
            m = DATE.match(part)
            rest = part[m.end() :].strip() if m else ""
            if not m or not rest or _kind(rest) not in ("page", "issue"):
                return None
            parts += [(m.group().strip(), "date"), (rest, _kind(rest) or "")]
            continue
        parts.append((part, kind))
    return parts


# OCR sets a space before a date's comma or stop ("Mittwoch , 15. Oktober", "2 . APRIL").
_SPACE_BEFORE_MARK = re.compile(r"(?<=\w) +(?=[.,](?:\s|$))")
# A date inside a line of furniture, from the start of a word.
_DATE_IN = re.compile(rf"(?<!\w)(?:{DATE.pattern})", re.I)
_NOT_A_DATE = "'\"‘’‚,;:!|¦°_~ "


def close_up(text: str) -> str:
    """A date's text without the spaces OCR sets before its commas and stops."""
    return _SPACE_BEFORE_MARK.sub("", text)


def printed_date(fixed: str, text: str) -> str | None:
    """The date a line already known as furniture prints, for the page's dateline: read as
    a running line at the top of a page (``fixed``, the line as printed; a bare date
    counts), or else the first date in its text (``text``, without the scan's glyphs:
    "¦ November 3, 1876", "SONNTAG , 2. APRIL ° 1851", "32 LE PETIT JOURNAL DU NORD   11
    JUIN 2026", a paper's name longer than a running line's), closed up."""
    found = running_line(close_up(fixed), top=True)
    if found is not None:
        date = found.date or ""
    else:
        m = _DATE_IN.search(close_up(text))
        date = m.group() if m else ""
    # A margin glyph may stand before the date: "' Montag, 10. Oktober 2002"; the stop
    # after its year closes the line, not the date: "THE DAILY STANDARD, DECEMBER 22, 2007."
    return _YEAR_STOP.sub(r"\1", date.lstrip(_NOT_A_DATE).rstrip()) or None


_YEAR_STOP = re.compile(r"((?<!\d)\d{4})\.$")


def running_line(fixed: str, top: bool = False) -> RunningLine | None:
    """The line read as a running line, or None when it is not one.

    ``fixed`` is the line with its spacing as printed: wide gaps separate the parts. A bare
    date counts only at the top of the page (``top``); lower down it may be text.
    """
    text = fixed.strip()
    if not text or len(text) > 100:
        return None
    if (
        top
        and (named := _NAMED_DATE.fullmatch(text))
        and DATE.fullmatch(named["date"])
        and not DATE.fullmatch(text)  # (a date alone, its weekday before a comma)
    ):
        # the paper's name and the day's date run together after a comma, as a page's head
        # prints them: "THE SOUTHERN STANDARD, SATURDAY, MAR. 11, 1934."
        return RunningLine(named["date"], False)
    if not top and not (text[-1].isdigit() or text[text.rfind(" ") + 1 :][:1].isupper()):
        return None  # ends in neither a number nor a name, as every running line does
    if not (_set_apart(text) or _LEAD.match(text) or (top and DATE.match(text))):
        return None  # the common case, a line of text, told cheaply
    if len(text.split()) > 14:
        return None
    # (OCR's spaces before a date's marks: "SUNDAY, APRIL 25 , 1860")
    parts = _parts(close_up(text))
    if not parts:
        return None
    kinds = [k for _, k in parts]
    date = next((p for p, k in parts if k == "date"), None)
    if len(parts) == 1:
        kind = kinds[0]
        if kind == "date" and top:
            return RunningLine(date, True)
        if kind == "issue" or (kind == "page" and _PAGE_WORD.match(text)):
            return RunningLine(None, False)
        return None
    if not any(k in ("date", "page", "issue") for k in kinds):
        return None
    if kinds.count("date") > 1:
        return None
    return RunningLine(date, False)


# What a web page's time stamp says around its date: "Published March 20, 2024 at 2:15 p.m.
# ET", "Stand: 12.03.2024, 14:30 Uhr", "Publié le 12 mars 2024 à 14h30, mis à jour à 16h05",
# "March 20, 2024 7:12 AM GMT Updated 2 hours ago".
_STAMP_WORDS = re.compile(
    r"\b(?:first|last|published|updated|posted|modified|on|at|mon|tue|tues|wed|thu|thurs|fri|"
    r"sat|sun|"
    r"stand|veröffentlicht|aktualisiert|zuletzt|erstellt|am|um|uhr|"
    r"publié|mis|à|jour|modifié|actualisé|le|et|"
    # how long ago it was updated: "Updated 2 hours ago", "vor 3 Stunden", "il y a 2 heures"
    r"ago|hours?|hrs?|minutes?|mins?|days?|yesterday|today|vor|stunden?|minuten?|tagen?|"
    r"gestern|heute|il|y|a|heures?|jours?|hier)\b"
    r"|\b\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?(?=\W|$)"
    r"|\b(?:[ECMP][SD]?T|GMT|UTC|CES?T|MES?Z)\b",
    re.IGNORECASE,
)
_STAMP_REST = re.compile(r"[^\W\d_]")
_FIGURE = re.compile(r"\d")
_STAMP_LEAD = re.compile(r"^(?:(?:updated|published|posted)[:\s]+)?(?:(?:le|den)\s+)?", re.I)


def without_stamp_label(date: str) -> str:
    """A date without the label a time stamp sets before it: "Updated: 3 March 2025"."""
    return _STAMP_LEAD.sub("", date, count=1) or date


def relative_stamp(text: str) -> bool:
    """Whether a line is a web page's time stamp that gives no date, only the time or how
    long ago: "Publié aujourd'hui à 10h30, modifié à 11h45", "Updated 2 hours ago"."""
    if len(text) > _RELATIVE_CHARS or _STAMP_LABEL.match(text) is None:
        return False
    if _FIGURE.search(text) is None:
        return False
    return _STAMP_REST.search(_STAMP_WORDS.sub(" ", _TODAY.sub(" ", text))) is None


_RELATIVE_CHARS = 80
_STAMP_LABEL = re.compile(
    r"(?i:published|updated|posted|modified|publié|mis à jour|modifié|actualisé"
    r"|veröffentlicht|aktualisiert|stand)\b"
)
_TODAY = re.compile(r"(?i:aujourd[’']hui)")


def timestamp(text: str) -> str | None:
    """The date of a line that is a web page's time stamp and nothing else, or None."""
    if len(text) > 120 or _FIGURE.search(text) is None:
        return None  # every date has its figures
    m = DATE.search(text)
    if m is None:
        return None
    # "Updated March 5, 2024 at 4:42 p.m. EST|Published March 5, 2024 at 2:00 p.m. EST": a
    # stamp may give the date it was first published too.
    rest = _STAMP_WORDS.sub(" ", DATE.sub(" ", f"{text[: m.start()]} {text[m.end() :]}"))
    if _STAMP_REST.search(rest):
        return None
    return _STAMP_LEAD.sub("", m.group()).strip(" ,.")
