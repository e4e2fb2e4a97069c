"""Photo captions and their credits.

A credit is told by its form, not by a list of photographers: a web domain at the end
("… president.gov.ua"), a label ("Photo: …", "Credit: …"), a trailing "| …" or "(…)",
"Name/Agency", or one of the big picture agencies.
"""

from __future__ import annotations

import re

_TAIL = 120  # longest credit looked for, with its label
_DOMAIN = r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:/\S*)?"
# A name's word opens on a capital, accented ones too ("Élodie", "Øyvind").
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"(?:[{_CAPITAL}]\.|[{_CAPITAL}][\w'’&-]*)"
# The agencies that file news stories, and those that only sell photos; a photo's credit
# may name either.
NEWS_AGENCIES = (
    "AP|AFP|Reuters|TASS|Xinhua|PA|ANP|dpa|Sputnik|RIA Novosti|UPI|Bloomberg|"
    "Associated Press|Press Association|Kyodo|Yonhap|Anadolu"
)
PHOTO_AGENCIES = (
    "EPA|EPA-EFE|Getty Images|Getty|Shutterstock|Alamy|Wikimedia Commons|Flickr|Unsplash|"
    "iStock|Corbis"
)
AGENCIES = f"{NEWS_AGENCIES}|{PHOTO_AGENCIES}"
# After the slash of "Name/Agency": a name, or an agency however it writes itself ("dpa").
_AFTER_SLASH = rf"(?:{_NAME_WORD}|(?:{AGENCIES})\b)"
_CREDIT_LABEL = (
    r"(?:photo(?:graph)?s?|pictures?|images?|cr[eé]dits?|illustration|courtesy|source"
    r"|fotos?|bild(?:er)?)"  # German: "Foto: dpa", "Bild: Keystone"
)

_TRAILING = [
    # "… | Name"
    re.compile(r"\s*\|\s*(?P<credit>[^|]{2,80})$"),
    # the paper's own after a sentence: "… Staff Photo", "… Courier Photo by Jim Bell",
    # "… Herald Staff Photograph"
    re.compile(
        rf"(?<=[.!?”\"])\s+(?P<credit>(?:(?:{_NAME_WORD}\s+){{1,2}}|[Ss]taff\s+)"
        rf"[Pp]hoto(?:graph)?(?:\s+by\s+(?:{_NAME_WORD}\s){{0,3}}{_NAME_WORD})?)$"
    ),
    # "…. Photo: Name", "… Photo by Name", "… (Photo: Name)"
    re.compile(
        rf"(?:\s+\(?|\()\s*{_CREDIT_LABEL}(?:\s*:|\s+by\b)\s*(?P<credit>[^()]{{2,80}}?)\)?$",
        re.I,
    ),
    # "… example.org"
    re.compile(rf"\s+\(?(?P<credit>{_DOMAIN})\)?$"),
    # "… Name/Agency", "… AP Photo/Name", "… Tobias Becker/dpa"
    re.compile(
        rf"\s+(?P<credit>(?:{_NAME_WORD}\s){{0,3}}{_NAME_WORD}\s?/\s?{_AFTER_SLASH}"
        rf"(?:\s{_NAME_WORD}){{0,2}})$"
    ),
    # "… last week.Credit...Finbarr O'Reilly for The New York Times"
    re.compile(r"(?<=[.!?”\"])\s*Credit(?:\.{2,}|…)\s*(?P<credit>[^.].{1,80})$"),
    # "… Courtesy of the Muller family"
    re.compile(r"(?<=[.!?”\"])\s+\(?(?P<credit>[Cc]ourtesy\s+(?:of\s+)?[^()]{2,60}?)\)?$"),
    # "… Reuters", "… Photo AFP", "… © AFP"
    re.compile(rf"\s+(?:(?i:{_CREDIT_LABEL})\s+|©\s*)?(?P<credit>(?:{AGENCIES})(?:\s+Photo)?)$"),
    # "… lundi matin. Photo Jean Dupuis", "… am Kai. Foto Hans Meier": the label without
    # its colon, as French and German regional papers set it, then a name
    re.compile(
        rf"(?<=[.!?”\"»])\s+(?:Photos?|PHOTOS?|Fotos?|FOTOS?|Photograph|Bild)\s+"
        rf"(?P<credit>(?:{_NAME_WORD}\s){{0,3}}{_NAME_WORD})$"
    ),
]
# The first patterns are the strong forms (``split_credit(strong_only=True)``).
_STRONG = 5
# "… (Name Surname)": only when the parenthesis reads like a name or an agency, since
# captions also end in "(left)" or "(2019)".
_PAREN = re.compile(
    rf"\s*\((?P<credit>{_NAME_WORD}(?:[\s/,]+(?:{_NAME_WORD}|of|de|van))" r"{0,5})\)$"
)
_PAREN_ONE = re.compile(rf"\s*\((?P<credit>{AGENCIES}|{_DOMAIN})\)$")

# What each form cannot do without, in the order of the patterns, so that a tail with no
# such mark skips that pattern's search: most lines checked end on a capitalised word and
# bear none.
_AGENCY_ENDS = (*AGENCIES.split("|"), "Photo")
_CUES = (
    lambda tail: "|" in tail,
    lambda tail: "hoto" in tail,
    lambda tail: ":" in tail or "by" in tail.lower(),
    lambda tail: "." in tail,  # a domain's
    lambda tail: "/" in tail,
    lambda tail: "Credit" in tail,
    lambda tail: "ourtesy" in tail,
    lambda tail: tail.endswith(_AGENCY_ENDS),
    lambda tail: (
        "hoto" in tail or "HOTO" in tail or "oto " in tail or "OTO " in tail or "Bild " in tail
    ),
    lambda tail: tail.endswith(")"),
    lambda tail: tail.endswith(")"),
)
_FORMS = tuple(zip((*_TRAILING, _PAREN_ONE, _PAREN), _CUES, strict=True))
_STRONG_FORMS = _FORMS[:_STRONG]

_NAME_AFTER_SENTENCE = re.compile(
    rf"(?<=[.!?”\"])\s+(?P<credit>(?:[{_CAPITAL}][\w'’-]+\s){{0,3}}[{_CAPITAL}][\w'’-]+)$"
)
_CAPTION_LABEL = re.compile(
    r"(?:photo(?:graph)?|picture|image|illustration|caption|pictured|art(?:work)?|graphic|"
    r"chart|map|cartoon)(?:\s+by\b|\s*:)|(?:above|below|left|right|top|main)\s*:",
    re.I,
)
_STANDALONE_CREDIT = [
    re.compile(rf"\(?(?P<credit>{_DOMAIN})\)?"),
    # As the BBC's pages set it: "Image source, Getty Images".
    re.compile(r"(?i:image|media|photo|video) source\s*[,:]\s*(?P<credit>.{2,80})"),
    re.compile(rf"\(?\s*{_CREDIT_LABEL}(?:\s*:|\s+by\b)\s*(?P<credit>.{{2,80}}?)\)?", re.I),
    re.compile(
        rf"\(?(?P<credit>(?:{AGENCIES})(?:\s+Photo)?(?:\s?/\s?{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})?)\)?"
    ),
    re.compile(
        rf"\(?(?P<credit>(?:{_NAME_WORD}\s){{0,3}}{_NAME_WORD}\s?/\s?{_AFTER_SLASH}"
        rf"(?:\s{_NAME_WORD}){{0,2}})\)?"
    ),
]


def split_credit(
    text: str, strong_only: bool = False, loose: bool = False
) -> tuple[str, str | None]:
    """Split "caption credit" into its two parts; the credit is None when there is none.

    With strong_only, only forms that ordinary prose never ends a line with count: a web
    domain, a "Photo:" label, "| …" or "Name/Agency" (not "(Name)" nor a bare agency).
    With loose, for text already known to be a caption, a name after the last sentence
    ("… in Paris. Anna Petrova") counts too.
    """
    text = text.strip()
    if len(text) > 600 or not _may_end_in_credit(text):
        return text, None
    # Credits are short and every pattern is anchored at the end: scanning only the tail
    # keeps this cheap for the many paragraphs that are checked and are not captions.
    cut = max(0, len(text) - _TAIL)
    tail = text[cut:]
    for pattern, cue in _STRONG_FORMS if strong_only else _FORMS:
        if not cue(tail):
            continue  # the form's mark is not there: no need to search for it
        m = pattern.search(tail)
        if m and cut + m.start() > 0:
            caption = text[: cut + m.start()].rstrip(" |—–-,")
            if caption:
                return caption, m.group("credit").strip()
    if loose and (m := _NAME_AFTER_SENTENCE.search(tail)) and cut + m.start() > 0:
        return text[: cut + m.start()], m.group("credit")
    return text, None


def _may_end_in_credit(text: str) -> bool:
    """A cheap look at the last word, so that most paragraph lines skip the regexes."""
    last = text[text.rfind(" ") + 1 :]
    return (
        last[:1].isupper()
        or last.endswith(")")
        or "/" in last
        or "." in last.rstrip(".")[1:]
        or "|" in text
        or "ourtesy" in text[-80:]
        or ":" in text[-60:]  # "… Foto: dpa"
    )


def standalone_credit(text: str) -> str | None:
    """The credit, when a whole line is one ("commons.wikimedia.org", "Photo: AP")."""
    text = text.strip()
    if len(text.split()) > 8:
        return None
    for pattern in _STANDALONE_CREDIT:
        m = pattern.fullmatch(text)
        if m:
            return m.group("credit").strip()
    return None


def has_caption_label(text: str) -> bool:
    return bool(_CAPTION_LABEL.match(text))
