"""Lines of the page: joining hard-wrapped lines and de-hyphenation."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import english_words
from .model import Change


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the raw input
    raw: str  # as supplied
    fixed: str  # after character repair, spacing untouched (masthead detection wants it)
    text: str  # fixed, garbage glyphs dropped, whitespace collapsed and stripped
    indent: int  # leading whitespace of the fixed line
    logo: bool  # a stray glyph led the line: mastheads print a logo before the title


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_HYPHENATED = re.compile(r"(?<![\w-])\w++(?:-\w++)+")
_TRAILING_PART = re.compile(r"(?<![^\W\d_])([^\W\d_]++)-$")
_LEADING_PART = re.compile(r"[^\W\d_]+")
# Fraktur type sets its hyphen as a double stroke, which OCR reads as "=" or "⸗"; some
# OCR engines give the line-end hyphen as "¬". At a line end all of them are hyphens.
_HYPHENS = "-=\u2e17\u00ac"
# The words after a hyphen that stands for a repeated part ("3- bis 4mal", "2- and
# 3-year-olds"), where the space stays.
_ELIDING = frozenset(("und", "oder", "bis", "and", "or", "to", "et", "ou", "à"))
# ... of them, those no word is broken before: after a word's hyphen, they join compounds
# ("Gewinn- und Verlustrechnung", "pre- and post-war"). ("to" and "à" may end a word:
# "pota-" / "to".)
_JOINING = frozenset(("und", "oder", "sowie", "bzw.", "and", "or", "et", "ou"))
# ... and those no word ends on either, alone on the next line of a narrow column
# ("Gewinn-" / "und" / "Verlustrechnung"; but "hon-" / "or", "brig-" / "and").
_JOINING_ALONE = frozenset(("und", "oder", "sowie", "bzw.", "et", "ou"))
# French words that follow a hyphen in a real compound: inverted pronouns (dit-il,
# a-t-elle), the demonstrative and reflexive tails (celui-ci, lui-même), peut-être.
_FRENCH_TAILS = frozenset(
    {"il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "t", "le", "la", "les"}
    | {"lui", "leur", "moi", "toi", "y", "en", "ci", "là", "même", "mêmes", "être", "dire"}
)
_FRENCH_SUBJECTS = frozenset(("il", "ils", "elle", "elles", "on"))
# A line opening on an initial, a capital and its stop before a word: "H. C. Chaux".
_INITIAL_OPENS = re.compile(r"[A-ZÀ-Ý]\. \S")
# Of those, the pronouns an imperative takes after it.
_FRENCH_OBJECTS = frozenset({"le", "la", "les", "lui", "leur", "moi", "toi", "y", "en"})
# French words that open a compound and are never a syllable of a longer word at a break
# (French breaks "nor-dique", "avan-tage"; not so "ex-plosions", "mi-nistérielle"): the
# points of the compass, avant-, après-, demi-, vice-, franc- (franc-parler), grand-, and
# the stems of peoples in franco-allemand, anglo-saxon. (Not sous-, contre-, porte-, non-:
# "sous-" / "crire" and "contre-" / "dit" are breaks of souscrire and contredit.)
_FRENCH_HEADS = frozenset(
    {"nord", "sud", "est", "ouest", "avant", "après", "arrière", "demi", "vice", "franc"}
    | {"grand"}
    | {"franco", "anglo", "germano", "italo", "russo", "hispano", "gréco", "austro", "sino"}
)
# The second of two German adjectives in -isch, inflected: the pair is hyphenated
# (deutsch-österreichischen), while a word broken at "…sch-" goes on otherwise.
_GERMAN_ADJECTIVE = re.compile(r"[a-zäöüß]+isch(?:e[mnrs]?)?$")
# Closing marks that may follow the end of a sentence.
_CLOSERS = "\"'”’)]»“‘«"  # English, French and German closing marks (German closes on “ and ‘)
_TERMINAL = ".!?:…"


@dataclass
class Vocabulary:
    """Words seen in this document, the strongest evidence for a hyphen's fate."""

    words: set[str]
    hyphenated: set[str]
    # The document sets a space before ; and : (French does, and so did old English type):
    # its spacing around punctuation is its own, not the scanner's.
    spaced_marks: bool = False
    # The last parts of its hyphenated words: a page of "York-street" and "Pitt-street"
    # sets "King-" / "street" as a compound too.
    tails: frozenset[str] = frozenset()
    # It quotes in guillemets at least as often as in low and curly quotes: a German page
    # that sets „…“ keeps them where OCR read a mark or two as a guillemet.
    guillemets: bool = True
    # Of a page that sets ; and : apart, some commas and stops are set apart too, others
    # not: those spaces are a scanner's noise, not its type's (``_spaced_by_chance``).
    stray_spaces: bool = False

    @classmethod
    def of(cls, text: str) -> Vocabulary:
        # Words never span whitespace, so each distinct token is searched once.
        tokens = " ".join(set(text.lower().split()))
        spaced = text.count(" ;") + text.count(" :")
        spaced_marks = spaced >= 2 and spaced * 2 >= text.count(";") + text.count(":")
        if spaced and not spaced_marks:
            # Old English type set some of its ; and : apart, not all ("Glebe ; and 14
            # days"); where no comma and no stop is set apart, no scanner's noise spaced
            # them: they are the type's.
            spaced_marks = not (_SPACED_COMMA.search(text) or _SPACED_STOP.search(text))
        hyphenated = set(_HYPHENATED.findall(tokens))
        tails = frozenset(part for word in hyphenated for part in word.split("-")[1:])
        guillemets = sum(map(text.count, "«»‹›")) >= sum(
            map(text.count, ("„", ",,", "“", "”", '"'))
        )
        return cls(
            set(_WORD.findall(tokens)),
            hyphenated,
            spaced_marks,
            tails,
            guillemets,
            spaced_marks and _spaced_by_chance(text),
        )


# A comma or a full stop closing a word, and one set apart from it.
_CLOSING_COMMA = re.compile(r",(?=\s|$)")
_SPACED_COMMA = re.compile(r"(?<=\w) ,(?=\s|$)")
_CLOSING_STOP = re.compile(r"\.(?=\s|$)")
_SPACED_STOP = re.compile(r"(?<=\w) \.(?=\s|$)")
# The share of its commas, and of its stops, a scanner's noise sets apart: type sets all
# of them apart or none (a share below or above these), noise only some of each.
_BY_CHANCE = (0.1, 0.8)
_MARKS_TO_TELL = 5


def _spaced_by_chance(text: str) -> bool:
    """Whether the spaces before the text's marks are a scanner's noise, not its type's
    style: some of its commas and some of its full stops are set apart, others not
    ("the boat , who, it is", "the software . They also"). A page set in the old style
    sets every comma and stop apart ("Zürich , den 3 . Januar") or none ("the governor ;
    the bills"), and keeps its spacing."""
    shares = []
    for closing, spaced in ((_CLOSING_COMMA, _SPACED_COMMA), (_CLOSING_STOP, _SPACED_STOP)):
        total = len(closing.findall(text))
        if total < _MARKS_TO_TELL:
            return False
        shares.append(len(spaced.findall(text)) / total)
    return all(_BY_CHANCE[0] <= share <= _BY_CHANCE[1] for share in shares)


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def has_word(text: str) -> bool:
    """Whether the text holds two letters in a row, as a word does: scan noise ("' , i",
    ".:;") holds none."""
    return _TWO_LETTERS.search(text) is not None


def has_letters(text: str) -> bool:
    """Whether the text holds a letter: a headline is words, "..." or "21;6" is none."""
    return any(c.isalpha() for c in text)


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(text.split())


# The small words that link the parts of a place's or a person's name, each hyphenated:
# Marie-aux-Chênes, Colroy-la-Roche, Saint-Jean-de-Luz. Not "au" or "en", which end many
# a word ("Chate-" / "au-Salins").
_LINKS = wordset("aux la le les lès sur sous de du des")
# English words that end compounds made of any name or noun (Craiova-based, state-owned,
# George-street), never the second half of a word broken at the line's end.
_COMPOUND_TAILS = wordset(
    """based born bred led owned backed run built made style like wide free related
    linked bound friendly sized scale level class street road lane terrace"""
)


# The French words elided before a vowel, which lose their vowel to an apostrophe: "l’",
# "d’", "qu’", "jusqu’" (not "t", as in "a-t-elle", which wants hyphens).
FRENCH_ELIDED = r"(?:[ldjmnsc]|qu|jusqu|lorsqu|puisqu|quoiqu)"
# What "to-" opened, as papers printed it for a century: to-day, to-morrow, to-night.
_OLD_COMPOUNDS = wordset("day morrow night")


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL


def keeps_hyphen(head: str, tail: str, vocab: Vocabulary | None, language: str = "en") -> bool:
    """Decide whether "head-" at a line end followed by "tail" is a real compound.

    English text is judged with an English word list; other languages by the document's
    own words and by capitals.
    """
    m = _TRAILING_PART.search(head, max(0, len(head) - 80))  # only the last word matters
    n = _LEADING_PART.match(tail)
    if not m or not n:
        # Digits or symbols on either side ("AI-5", "COVID-19"): a hyphen that means something.
        return True
    first, second = m.group(1), n.group()
    joined = (first + second).lower()
    compound = f"{first}-{second}".lower()
    if language not in ("en", "und") and _capital_goes_on(first, second):
        # Eisenbahn-Verwaltung, though the page prints Eisenbahnverwaltung too. (English
        # has its YouTube: there the page's word decides.)
        return True
    if vocab is not None:
        if compound in vocab.hyphenated:
            return True
        if joined in vocab.words:
            return False
    if len(first) == 1 and first.isupper() and head[m.start(1) - 1 : m.start(1)] in ("", " "):
        return True  # no typesetter breaks a word after its first letter: F-series, X-ray
    if _links_a_name(tail):
        return True  # a name of linked words: Marie-aux-Chênes, Colroy-la-Roche
    if language not in ("en", "und"):
        return _keeps_hyphen_elsewhere(first, second, language)
    if first.lower() == "to" and second.lower() in _OLD_COMPOUNDS:
        return True  # to-day, to-morrow: printed so until the 1920s, unless the page says not
    words = english_words()
    if joined in words:
        return False  # elsewhere, YouTube
    if _tail_of_compounds(second, vocab):
        return True  # King-street on a page of York-street and Pitt-street
    if second[0].isupper() and not second.isupper():
        return True  # anti-American, Kim Jong-Un
    if second in _COMPOUND_TAILS:
        return True  # Craiova-based, George-street
    if first[0].isupper() and second.islower() and not _starts_sentence(head, m.start(1)):
        return False  # a name broken across lines: Turn-bull, Red-fern
    # Both halves are words but the whole is not: high-profile, full-scale.
    return first.lower() in words and second.lower() in words


def _links_a_name(tail: str) -> bool:
    """Whether the line goes on with a small word linking the parts of a name, hyphen and
    all ("aux-Chênes", "la-Roche"): what ended the line before it was a hyphen too."""
    n = _LEADING_PART.match(tail)
    return n is not None and tail[n.end() : n.end() + 1] == "-" and n.group().lower() in _LINKS


def _capital_goes_on(first: str, second: str) -> bool:
    """Whether the part after a line-end hyphen opens on a capital the part before, in
    small letters, could not have inside one word: "Eisenbahn-" / "Verwaltung", "anti-" /
    "American". A word broken at the line's end goes on in small letters. An "I" may be an
    "l" misread ("Be-" / "Itrag"), so it tells nothing."""
    return (
        first[-1].islower() and second[0].isupper() and second[0] != "I" and second[1:2].islower()
    )


def dash_for_hyphen(head: str, tail: str, vocab: Vocabulary | None, language: str) -> bool:
    """Whether a dash ending a line inside a word ("Mi—" / "ßverständnissen", "po—" /
    "pular") is a hyphen OCR read as a dash: the line goes on with a small letter, and the
    word joined is the document's or the English word list's. German and French set a
    dash between words with spaces, so there an unspaced one before a small letter is a
    broken word ("statt—" / "gehabt" too, though both halves are words)."""
    m = _TRAILING_PART.search(head[max(0, len(head) - 80) :] + "-")
    n = _LEADING_PART.match(tail)
    if not m or not n or not tail[0].islower():
        return False
    first, second = m.group(1).lower(), n.group().lower()
    if vocab is not None and first + second in vocab.words:
        return True
    if language in ("de", "fr"):
        return True
    return first + second in english_words()


def _printed_as_a_compound(head: str, tail: str, vocab: Vocabulary | None) -> bool:
    """Whether the page prints the word ending ``head`` and the one opening ``tail`` as
    one compound with its hyphen ("Armee-Corps")."""
    m = _TRAILING_PART.search(head[max(0, len(head) - 80) :] + "-")
    n = _LEADING_PART.match(tail)
    return (
        vocab is not None
        and m is not None
        and n is not None
        and f"{m.group(1)}-{n.group()}".lower() in vocab.hyphenated
    )


def _tail_of_compounds(second: str, vocab: Vocabulary | None) -> bool:
    """Whether the page prints ``second`` as the last part of other compounds. Asked of
    English only: German and French break words mid-line in OCR often enough ("Verbin-dung")
    for a tail seen so to say nothing."""
    return vocab is not None and len(second) >= 3 and second in vocab.tails


def _keeps_hyphen_elsewhere(first: str, second: str, language: str) -> bool:
    if second[0].isupper() and not second.isupper():
        return True  # Nord-Atlantik, Jean-Pierre, Baden-Württemberg
    if first.isupper() and len(first) > 1:
        return True  # SPD-Chef, US-Präsident
    if language == "de" and first.endswith("sch") and _GERMAN_ADJECTIVE.match(second):
        return True  # deutsch-österreichischen, französisch-englische: a pair of adjectives
    if language == "fr" and first.lower() in _FRENCH_HEADS:
        return True  # nord-américain, après-midi, franco-allemand
    # dit-il, celui-ci, peut-être. Otherwise, without the document's word for it, a break
    # is far more often the typesetter's than a compound's: close it up.
    if language != "fr" or second.lower() not in _FRENCH_TAILS:
        return False
    # An object pronoun is joined to a verb in the imperative ("donne-les", "prenez-la",
    # "rends-le"), which ends so; "représail-" / "les" and "responsab-" / "les" are breaks.
    # A subject pronoun after its verb follows a "t" or a "d" ("dit-il", "prend-elle",
    # "a-t-on"): "trava-" / "il." is a break.
    if second.lower() in _FRENCH_SUBJECTS:
        return first[-1].lower() in "td"
    return second.lower() not in _FRENCH_OBJECTS or first[-1].lower() in "eszxt"


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:"


def _joins_parts(piece: str) -> bool:
    """Whether the line opens on a word joining two parts of a compound ("und", "or"),
    set in small letters or, under a headline's capitals, in capitals."""
    first = piece.split(" ", 1)[0]
    if first.isupper():
        first, piece = first.lower(), piece.lower()
    return first in _JOINING and (" " in piece or piece in _JOINING_ALONE)


def join_lines(
    lines: list[Line],
    vocab: Vocabulary | None,
    changes: list[Change] | None,
    language: str = "en",
) -> tuple[str, list[tuple[int, int]]]:
    """Join the lines of one paragraph into a single string.

    Returns the text and, for each line, (offset where it starts in the text, line number),
    so later stages can point a change back at the raw line it came from.
    """
    parts: list[str] = []  # built as a list: repeated string slicing would be quadratic
    starts: list[tuple[int, int]] = []
    size = 0
    prev: Line | None = None
    for line in lines:
        piece = line.text
        if not piece:
            continue
        if not parts:
            starts.append((0, line.no))
            parts.append(piece)
            size = len(piece)
            prev = line
            continue
        last = parts[-1]
        glue = " "
        if last.endswith("\u00ad"):
            last, glue = last[:-1], ""
            _log_dehyphen(changes, prev, line, last, piece, "")
        elif last[-1] in _HYPHENS and len(last) > 1 and last[-2].isalpha():
            mark = last[-1]
            if mark != "-" and not piece[0].isalpha():
                pass  # "=" before a number or sign is an equals sign
            elif _joins_parts(piece) or _INITIAL_OPENS.match(piece):
                # A hyphen for a part the next word repeats: "Gewinn-" / "und Verlust-
                # rechnung", "Land-" / "und Stadtgericht", "UNTERRICHTS-" / "UND
                # MEDIZINAL-ANGELEGENHEITEN". No word breaks before "und", nor before an
                # initial: "H. C. Lausanne-" / "H. C. Chaux-de-Fonds" is a dash between
                # two names.
                if mark != "-":
                    _log_dehyphen(changes, prev, line, last[:-1], piece, mark, "- ")
                    last = last[:-1] + "-"
            elif not keeps_hyphen(last[:-1] + "-", piece, vocab, language):
                glue = ""
                _log_dehyphen(changes, prev, line, last[:-1], piece, mark)
                last = last[:-1]
            else:
                glue = ""
                if mark != "-":
                    # A Fraktur hyphen in a real compound: printed today as "-".
                    _log_dehyphen(changes, prev, line, last[:-1], piece, mark, "-")
                    last = last[:-1] + "-"
        elif (
            last[-1] == "-"
            and last[-2:-1].isdigit()
            and piece[0].isalnum()
            and piece.split(" ", 1)[0] not in _ELIDING
        ):
            glue = ""  # a number's compound or range: "3-" / "masted", "1914-" / "18"
        elif (
            last[-1] in "»«"
            and language == "de"
            and last[-2:-1].isalpha()
            and piece[0].islower()
            and not quote_open(recent_text(parts)[:-1])
        ):
            # Fraktur's double hyphen read as a guillemet ("bes Hof»" / "geistlichen"),
            # where no quote is open for the guillemet to close: the word goes on.
            glue = ""
            _log_dehyphen(changes, prev, line, last[:-1], piece, last[-1])
            last = last[:-1]
        elif last.endswith(".-") and last[-3:-2].isalpha() and piece[0].isalpha():
            glue = ""  # an abbreviation's compound, "Prem.-" / "Lieut.", or a dash: "Friday.-The"
        elif last[-1] in "—–" and last[-2:-1] != " ":
            glue = ""  # an unspaced dash: word—word
            if last[-2:-1].isalpha() and language in ("de", "fr") and _joins_parts(piece):
                # German and French set a dash apart: one against the word before "und"
                # is the hyphen of a part the next word completes ("West—" / "und
                # Südgrenze").
                _log_dehyphen(changes, prev, line, last[:-1], piece, last[-1], "- ")
                last, glue = last[:-1] + "-", " "
            elif last[-2:-1].isalpha() and dash_for_hyphen(last[:-1], piece, vocab, language):
                if _links_a_name(piece):  # "Marie—" / "aux-Chênes"
                    _log_dehyphen(changes, prev, line, last[:-1], piece, last[-1], "-")
                    last = last[:-1] + "-"
                else:
                    _log_dehyphen(changes, prev, line, last[:-1], piece, last[-1])
                    last = last[:-1]
            elif _printed_as_a_compound(last[:-1], piece, vocab):
                # A dash glued to the word ending a line, where the page prints the two
                # words as a compound elsewhere, is its hyphen: "XV. Armee—" / "Corps" on
                # a page of "Armee-Corps" ("Berlin—Wien" is a route).
                _log_dehyphen(changes, prev, line, last[:-1], piece, last[-1], "-")
                last = last[:-1] + "-"
        size += len(last) - len(parts[-1]) + len(glue)
        parts[-1] = last + glue
        starts.append((size, line.no))
        parts.append(piece)
        size += len(piece)
        prev = line
    return "".join(parts), starts


def _log_dehyphen(
    changes: list[Change] | None,
    prev: Line | None,
    line: Line,
    head: str,
    tail: str,
    mark: str,
    kept: str = "",
) -> None:
    if changes is None or prev is None:
        return
    a = head.rsplit(" ", 1)[-1]
    b = tail.split(" ", 1)[0]
    changes.append(Change("dehyphenated", prev.no, line.no, f"{a}{mark}\n{b}", a + kept + b))


# A mark that opens a quote: a low one („, or OCR's ",,"), or a guillemet before a word.
_QUOTE_OPENER = re.compile(r"„|,,(?=\S)|(?:^|(?<=[\s(—–-]))[«»‹›] ?(?=[^\W\d_])")
QUOTE_CLOSER = re.compile('[“”"«»]')


def quote_open(text: str) -> bool:
    """Whether a quote opened in ``text`` is still open at its end."""
    opened = max(_QUOTE_OPENER.finditer(text), key=lambda m: m.start(), default=None)
    return opened is not None and QUOTE_CLOSER.search(text, opened.end()) is None


# How far back a quote is looked for: further than any quote runs unclosed, and a bound,
# so that asking at every line of a long text costs time in proportion to the text.
QUOTE_REACH = 2000


def recent_text(parts: list[str], end: int | None = None) -> str:
    """The end of the text ``parts[:end]`` make joined by spaces, ``QUOTE_REACH``
    characters or a little more."""
    end = len(parts) if end is None else end
    start, size = end, 0
    while start > 0 and size < QUOTE_REACH:
        start -= 1
        size += len(parts[start]) + 1
    return " ".join(parts[start:end])


def line_at(starts: list[tuple[int, int]], offset: int) -> int:
    """Raw line number of a character offset in text made by join_lines."""
    if not starts:
        return 0
    i = bisect_right(starts, offset, key=lambda s: s[0]) - 1
    return starts[max(i, 0)][1]
