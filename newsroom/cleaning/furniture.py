"""Page furniture: the masthead at the top, running heads and page numbers further down.

Nothing here knows any particular publication. A masthead is recognised by its shape: a
short title-case name that ends in a newspaper noun or follows a logo glyph, with a
standalone "The", an anniversary badge, a tagline or a date around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import FRENCH_ELIDED, Line, ends_sentence, wordset
from .running import running_line

# Nouns newspapers are named with ("The Morning Ledger", "Valley Courier").
PUBLICATION_NOUNS = wordset(
    """
    times post herald tribune gazette chronicle journal courier dispatch ledger
    telegraph observer guardian express news mail star sun record review standard press
    examiner globe mirror bulletin advertiser argus register inquirer enquirer sentinel
    courant leader echo banner monitor independent messenger reporter citizen statesman
    mercury clarion beacon pioneer gleaner nation democrat republican intelligencer
    patriot telegram daily weekly world gazette-times post-dispatch
    """
)
# The masthead recogniser knows the nouns French and German papers are named with too
# ("Le Courrier du Sud", "Rheinische Rundschau"); the structure model's features keep the
# English list they were trained with.
_NAME_NOUNS = PUBLICATION_NOUNS | wordset(
    """
    courrier journal gazette tribune nouvelliste quotidien écho progrès dépêche presse
    liberté populaire parisien figaro temps matin soir messager impartial indépendant
    républicain
    patriote nouvelles réveil éclair moniteur siècle phare
    zeitung tagblatt tageblatt anzeiger generalanzeiger rundschau kurier bote
    nachrichten blatt volksblatt wochenblatt abendblatt morgenpost tagespost beobachter
    merkur volksstimme landeszeitung allgemeine
    """
)
# A name may name its place after its noun: "Courrier du Sud", "Journal de Genève".
_OF_PLACE = wordset("of de du des von")
# Words of taglines and section strips ("Independent news from ...", "News · Opinion").
FURNITURE_WORDS = wordset(
    """
    independent news established est since daily weekly edition founded opinion culture paper
    sport sports business free serving volume vol price online years anniversary
    politics analysis comment weather issue late final newspaper journalism local voice
    journal quotidien hebdomadaire indépendant indépendante républicain républicaine
    matin soir information régional régionale région organe fondé fondée
    zeitung tageszeitung heimatzeitung wochenzeitung tagblatt wochenblatt abendblatt
    morgenblatt amtsblatt unabhängig unabhängige überparteilich überparteiliche gegründet
    """
)
_CONNECTORS = wordset("of the and & de la le du des del of-the on upon l d")
_SMALL_WORDS = _CONNECTORS | wordset(
    "from for in to a an et en pour au aux für und der die das des dem den von vom im am zu"
)
_PHRASE_END = re.compile(r"[.!]\s+|[.!]$")
# (A word in small letters after the mark goes on a phrase the mark only interrupts: "Internal
# | emails expose" holds a speck of the scan, not a separator.)
_SEPARATED = re.compile(r"\S\s+[·•|◆♦■/]\s+(?![^\W\d_A-ZÀ-Þ])\S")
_FOUNDED = re.compile(
    r"\b(?:established|est\.?|since|founded|gegründet|gegr\.|fondée?|depuis)"
    r"\s+(?:in\s+|en\s+|im\s+jahre?\s+)?\d{4}\b",
    re.I,
)
# How often the paper comes out, opening a tagline of ten words at most: "Published every
# Friday", "Erscheint täglich mit Ausnahme der Sonn- und Feiertage", "Paraît le jeudi".
_PUBLISHED = re.compile(
    r"^(?:published|issued|appears)\s+(?:every|each|daily|weekly|twice|on)\b"
    r"|^erscheint\s+(?:täglich|wöchentlich|jeden|jede|zweimal|dreimal|am|an)\b"
    r"|^para[îi]t\s+(?:le|les|tous|chaque|quotidiennement|deux)\b",
    re.I,
)
_VOLUME = re.compile(
    r"\b(?:vol(?:ume)?\.?\s*[ivxlc\d]+|no\.\s*\d+|nr\.\s*\d+)\b|\bn[°º]\s*\d+"
    # the paper's year: "44. Jahrgang", "TENTH YEAR", "QUARANTIÈME ANNÉE", "Année 12"
    r"|\b(?:\d+\.\s*)?jahrg(?:ang|\.)|^[\w-]+(?:th|st|nd|rd)\s+year\W*$|^\w+i[eè]me\s+ann[ée]e\b"
    r"|\bann[ée]e\s+\d+",
    re.I,
)
# What a copy costs: "PRICE ONE PENNY", "Prix : 15 centimes", "Preis 20 Pfennig".
_COST = r"(?:\d+|one|two|three|four|five|six|ten|twelve|un|deux|cinq|dix|zehn|zwanzig)"
_PRICE = re.compile(
    rf"\b(?:price|prix|preis|le num[ée]ro)\s*[:.]?\s*{_COST}\b|^\W*{_COST}\s*"
    r"(?:centimes?|cents?|pfennig|pf\.|penny|pence|sous|rappen|heller|kreuzer)\W*$",
    re.I,
)
# Which edition: "ÉDITION DE PARIS", "Dernière édition", "Zweites Morgenblatt",
# "Abend-Ausgabe", or the word alone on its line ("ÉDITION" / "DE CINQ HEURES").
_EDITION = re.compile(
    r"\b(?:[ée]dition|ausgabe)\s+(?:de|du|des|of|the|für)\b"
    r"|\b(?:morgen|mittag|abend|nacht|sonntags|wochenend)-?ausgabe\b"
    r"|^\W*(?:[ée]dition|ausgabe)\W*$"
    r"|\b(?:derni[èe]re|premi[èe]re|deuxi[èe]me|late|final|early|city|morning|evening)"
    r"\s+[ée]dition\b|\b[ée]dition\s+(?:du\s+soir|du\s+matin|sp[ée]ciale)\b"
    r"|\b(?:erstes|zweites|drittes|viertes)\s+(?:morgen|mittag|abend)blatt\b",
    re.I,
)
_BADGE = re.compile(r"\d{1,3}(?:th)?\s+(?:years?|anniversary)\b", re.I)
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|pg\.?)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?", re.I
)
_DIGITS = re.compile(r"\d+")
_WORDISH = re.compile(r"[^\W\d_]{2}")


@dataclass
class Masthead:
    count: int  # how many of the leading non-blank lines it takes
    publication: str | None
    dateline: str | None
    date_line: int = 0  # raw number of the line the dateline was read from (0: none)


# The label a page sets over an advertisement, or that copied text keeps where one stood:
# "Advertisement", "ANZEIGE", "Publicité", "Story continues below advertisement", "Lesen
# Sie nach der Anzeige weiter", "La suite après cette publicité".
_AD = r"(?:advertisement|advertising|anzeige|werbung|publicit[ée]|annonce)"
_ADVERTISEMENT = re.compile(
    rf"(?i:[-—–*\s]*(?:(?:skip )?{_AD}|sponsored(?: content)?|paid (?:post|content)|supported by"
    rf"|(?:the )?(?:story|article|text) continues (?:below|after) (?:the |this )?(?:{_AD}|ad)"
    rf"|(?:lesen sie |weiter(?:lesen)? )nach (?:der|dieser) {_AD}(?: weiter(?:lesen)?)?"
    rf"|la suite (?:de l[’']article )?apr[èe]s (?:cette|la) {_AD}"
    rf"|continue reading(?: the main story)?)[-—–*\s.:]*)"
)


_NETWORK = (
    "(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|messenger|telegram"
    "|bluesky|threads|mastodon)"
)
# What copied text keeps of the web page's buttons and prompts around an article: "Share
# this article", "Sign up for our newsletter", "Artikel teilen", "Partager cet article",
# its reading times, comment counts and paywall notices ("5 min read", "Lecture 2 min.",
# "62 Kommentare", "Article réservé aux abonnés").
_PAGE_CONTROL = re.compile(
    r"(?i:[-—–*•|\s]*(?:share(?: this)?(?: article| story| on (?:facebook|twitter|x|linkedin"
    r"|whatsapp))?|tweet|copy link|print(?: this)?(?: article| page)?|e-?mail(?: this)?"
    r"(?: article| story)?|save(?: article| story)?|(?:view |show |read )?comments"
    r"|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletters?"
    r"|follow us on (?:facebook|twitter|x|instagram)|artikel (?:teilen|drucken|merken)|teilen"
    # the share buttons, named alone or in a row ("Facebook", "Twitter | LinkedIn | Email")
    rf"|{_NETWORK}(?:[\s|•·,/]+(?:{_NETWORK}|x|e-?mail))*"
    r"|drucken|kommentare|link kopieren|partager(?: cet article| sur (?:facebook|twitter|x))?"
    r"|imprimer(?: cet article)?|commenter|copier le lien|share full article"
    r"|offrir(?: cet article)?|[ée]couter(?: cet article)?|skip to (?:main )?content"
    r"|gift(?: this)? article|comments?\s*\d+|artikel (?:anhören|vorlesen)|vorlesen"
    r"|bildbeschreibung (?:einblenden|ausblenden)|zur merkliste|merken"
    r"|\d+\s*(?:comments?|kommentare?|commentaires?)"
    # reading times and paywall notices
    r"|(?:\d+\s*)?min(?:ute)?s?\.? read|(?:reading time|temps de lecture|lecture|lesezeit"
    r"|lesedauer)\s*:?\s*"
    r"\d+\s*min(?:ute[ns]?)?\.?|listen to (?:this )?article(?:\W+[\d:]+\s*min)?(?:\W+learn more)?"
    r"|(?:article )?réservé aux abonnés|(?:nur )?für abonnenten|subscribers? only|zur startseite)"
    r"[-—–*•|\s.:!]*)"
)


# A web page's breadcrumb trail: "Home > News > Local", "News › UK › Politics",
# "Startseite / Politik / Ausland" (after a slash only from the site's home: a slash joins
# words in a sentence too).
# Each crumb opens on a capital, and the marks between stand apart ("l›étude" is an
# apostrophe misread).
_CRUMB = r"[A-ZÀ-Þ][\w'’&.-]*(?: [\w'’&.-]+){0,2}"
_BREADCRUMB = re.compile(
    rf"{_CRUMB}(?: [>›] {_CRUMB}){{1,5}}|(?i:home|startseite|accueil)(?: / {_CRUMB}){{1,5}}"
)


def copied_label(text: str) -> str | None:
    """The removal reason of a line that is only the label of an advertisement
    ("advertisement label") or a button, prompt or breadcrumb trail of the web page the
    text came from ("page control"), or None."""
    if _ADVERTISEMENT.fullmatch(text):
        return "advertisement label"
    if _PAGE_CONTROL.fullmatch(text) or _BREADCRUMB.fullmatch(text.strip()):
        return "page control"
    return None


def _words(text: str) -> list[str]:
    """The line's words, a French elision taken off ("l’information": "information")."""
    return [_ELIDED.sub("", w.strip(".,:;!?")) for w in text.split()]


_ELIDED = re.compile(rf"^{FRENCH_ELIDED}[’']", re.IGNORECASE)


def names_an_edition(text: str) -> bool:
    """Whether the line names the paper's edition ("Abend-Ausgabe", "Dernière édition")."""
    return _EDITION.search(text) is not None


def is_tagline(line: Line) -> bool:
    text = line.fixed.strip()
    words = _words(text.lower())
    if not words or len(words) > 10 or text.endswith(("!", "?")):
        return False
    if _SEPARATED.search(text) or _VOLUME.search(text):
        return True
    if _PRICE.search(text) or _EDITION.search(text):
        return True
    if _PUBLISHED.search(text) is not None:
        return True
    founded = _FOUNDED.search(text)
    if founded is not None:
        # "Established 1872", "Serving the city since 1901": a few words with the paper's
        # founding; a headline tells of something since a year ("GM posts first annual
        # loss since 1992").
        around = _words(f"{text[: founded.start()]} {text[founded.end() :]}".lower())
        return sum(w not in _SMALL_WORDS for w in around) <= _FOUNDED_WORDS
    if ends_sentence(text):
        return False
    # A headline may hold a word or two of these ("Late Goal Sends Rovers Into Cup Final");
    # a tagline is mostly made of them.
    content = [w for w in words if w not in _SMALL_WORDS]
    hits = sum(w in FURNITURE_WORDS for w in content)
    return hits >= 2 and 2 * hits >= len(content)


# A tagline holds this many words besides the paper's founding, at most.
_FOUNDED_WORDS = 3


def _name_shaped(text: str) -> bool:
    """Short, capitalised, unpunctuated: how a newspaper's name is set."""
    words = text.split()
    if not 1 <= len(words) <= 6 or text.endswith((".", "!", "?", ",", ":")):
        return False
    if not all(w[0].isupper() or w.lower() in _CONNECTORS for w in words if w[0].isalpha()):
        return False
    return words[0][0].isupper()


# Specks OCR left before a line's first word ("' MÄRKISCHE RUNDSCHAU").
_LEADING_SPECKS = re.compile(r"^(?:[^\w\s]+\s+)+")


_ELISIONS = frozenset(("l", "d"))
_NAME_AND_PLACE = 4  # words of a name whose place follows its noun


def _is_name(text: str, logo: bool) -> bool:
    text = _LEADING_SPECKS.sub("", text)
    if not _name_shaped(text):
        return False
    # (a French article elided before the noun: "L'Écho des Alpes")
    words = [_ELIDED.sub("", w.lower().strip(".,")) for w in text.split()]
    # (and one whose apostrophe OCR lost: "Le Républicain de l Est")
    words = [w for w in words if w not in _ELISIONS] or words
    if logo or words[-1] in _NAME_NOUNS:
        return True
    # "LE COURRIER DU SUD": the noun, then "of" and one word for the place; "Le Phare
    # Charentais", "Le Républicain Lorrain": the noun, then its place's adjective.
    return (len(words) >= 3 and words[-3] in _NAME_NOUNS and words[-2] in _OF_PLACE) or (
        2 <= len(words) <= _NAME_AND_PLACE and words[-2] in _NAME_NOUNS and words[-1].isalpha()
    )


def _name_on(line: Line) -> str | None:
    """The newspaper's name on a line: all of it, or the part before a separator
    ("THE WEEKLY CLARION • Since 1956")."""
    m = _SEPARATED.search(line.fixed)
    if m is not None:
        # Separators and logo glyphs are dropped from line.text, so the name is cut from
        # the line as printed, without them.
        words = line.fixed[: m.start() + 1].split()
        head = " ".join(w for w in words if any(c.isalnum() for c in w))
        if _is_name(head, _led_by_logo(line)) and is_tagline(line):
            return head
    return line.text if _is_name(line.text, _led_by_logo(line)) else None


# Of the glyphs a line may open on (``unicode.GARBAGE_GLYPHS``), the ones a paper prints as
# its logo before its name ("■ Valley Courier"); the others are the margin's rules and
# specks ("¦ Closure Puts").
_LOGO_GLYPHS = frozenset("¢■□▪▫●◆◇♦•·¤")


def _led_by_logo(line: Line) -> bool:
    """Whether a glyph a paper prints as its logo leads the line ("■ Valley Courier"), not
    a speck or rule of the margin ("¦ Closure Puts")."""
    return line.logo and line.fixed.lstrip()[:1] in _LOGO_GLYPHS


def nameplate(lines: list[Line]) -> bool:
    """Whether lines set one under the other are a paper's nameplate by its ornaments: a
    "The" alone or an anniversary badge among them ("The" / "10 YEARS" / "Valley Voice"),
    a line set as a paper's name is set, and every other line set so too or read as a
    tagline or a slogan ("NEWS FOR THE NORTH SHORE"). A headline holds no such line."""
    kinds = [_ornament(line.text) for line in lines]
    named = [_name_shaped(line.text) for line, ornament in zip(lines, kinds, strict=True)]
    return (
        any(kinds)
        # the name itself: a "The" alone over a word is a headline broken ("THE" / "" /
        # "CHURCHES.")
        and any(name and not ornament for name, ornament in zip(named, kinds, strict=True))
        and all(
            ornament or name or is_tagline(line) or caps_slogan(line)
            for line, ornament, name in zip(lines, kinds, named, strict=True)
        )
    )


def _ornament(text: str) -> bool:
    return text.lower() == "the" or _BADGE.fullmatch(text) is not None


def names_a_paper(lines: list[Line]) -> bool:
    """Whether lines set one under the other make a newspaper's name: the last reads as
    one ("DAILY COURIER", "OBSERVER"), and the lines above it are set as a name is ("THE
    NORTHAM" / "DAILY COURIER", "THE WEEKLY" / "OBSERVER")."""
    if not lines or _name_on(lines[-1]) is None:
        return False
    return all(_name_shaped(line.text) for line in lines[:-1])


def named_over_taglines(names: list[Line], taglines: list[Line]) -> bool:
    """Whether lines in capitals set as a paper's name is set, whatever their words, stand
    over lines that are all a paper's tagline ("HEIMATKLÄNGE" / "Unabhängige
    Tageszeitung"): the tagline says what the name is. (A headline in Title Case over an
    issue's line, "Harbour Board Votes" / "Vol. 9 — No. 7359", is too seldom a name.)"""
    texts = [_LEADING_SPECKS.sub("", line.text) for line in names]
    return (
        bool(names and taglines)
        and all(_is_caps(text) and _name_shaped(text) for text in texts)
        and all(is_tagline(line) for line in taglines)
    )


def _kind(line: Line, name_found: bool) -> tuple[str | None, str | None]:
    """What a line of the masthead is, and the name or date it gives."""
    text = line.text
    if text.lower() == "the":
        return "article", None
    if _BADGE.fullmatch(text) or (_BADGE.match(text) and len(text.split()) <= 4):
        return "badge", None
    running = running_line(line.fixed, top=True)
    if running is not None:
        return ("date" if running.only_date else "running"), running.date
    if not name_found and (name := _name_on(line)):
        return "name", name
    if is_tagline(line) or (name_found and caps_slogan(line)):
        return "tagline", None
    return None, None


def caps_slogan(line: Line) -> bool:
    """Under a newspaper's name, a line of capitals about news ("NEWS FROM THE CITY",
    "YOUR TOWN. YOUR NEWS.")."""
    text = line.text
    words = _words(text.lower())
    # ("EST" is French for "is" and "east": "ASIE DE L'EST : ALERTE AU TYPHON"; the
    # founding's "EST. 1872" says so by its year.)
    if (
        not _is_caps(text)
        or len(words) > 8
        or (
            not any(w in FURNITURE_WORDS and w != "est" for w in words)
            and _FOUNDED.search(text) is None
        )
    ):
        return False
    if not ends_sentence(text):
        return True
    # Stops only between clipped phrases of a few words each, not after a sentence.
    phrases = [p for p in _PHRASE_END.split(text) if p.strip()]
    return len(phrases) >= 2 and all(len(p.split()) <= 3 for p in phrases)


def read_masthead(lines: list[Line]) -> Masthead:
    """The newspaper's name and date in lines known to be its masthead.

    A name may be set over two lines ("THE NORTHERN" / "GAZETTE"): name-shaped lines right
    above the one that reads as the name are part of it.
    """
    kinds: list[str | None] = []
    values: list[str | None] = []
    name_found = False
    for line in lines:
        kind, value = _kind(line, name_found)
        if kind is None and _name_shaped(line.text):
            kind, value = "shaped", line.text
        name_found = name_found or kind == "name"
        kinds.append(kind)
        values.append(value)
    masthead = Masthead(len(lines), None, None)
    at = kinds.index("name") if "name" in kinds else None
    if at is None and "shaped" in kinds:
        at = kinds.index("shaped")
    if at is not None:
        first = at
        while first > 0 and kinds[first - 1] in ("shaped", "article") and _adjacent(lines, first):
            first -= 1
        words = [lines[k].text for k in range(first, at)] + [values[at] or lines[at].text]
        name = " ".join(words)
        if "article" in kinds[:first] and not name.lower().startswith("the "):
            # "The" set on a line of its own above the name, a badge between them.
            name = f"{lines[kinds.index('article')].text} {name}"
        # ("© RIVER CHRONICLE", "' MÄRKISCHE RUNDSCHAU": the name without the marks
        # before it)
        masthead.publication = _LEADING_SPECKS.sub("", name) or name
    for line, kind, value in zip(lines, kinds, values, strict=True):
        if kind in ("date", "running") and value:
            masthead.dateline, masthead.date_line = value, line.no
            break
    return masthead


def _adjacent(lines: list[Line], k: int) -> bool:
    return lines[k].no - lines[k - 1].no <= 2


def page_number(text: str) -> bool:
    return len(text) <= 16 and bool(_PAGE_NUMBER.fullmatch(text))


def _is_caps(text: str) -> bool:
    return text.upper() == text and text.lower() != text
