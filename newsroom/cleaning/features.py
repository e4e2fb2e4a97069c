"""What the structure model sees of each line: its form, its neighbours, and what the rules
say about it.

Every non-blank line becomes a list of feature strings. None of them names a publication
or a word of a particular article: they describe shape (length against the column, case,
indentation, the blank lines around it, how it ends), position on the page, and the
verdicts of the small recognisers the cleaner already has (a byline, a date, a running
head, a credit, an inset label...). The model learns from many pages how these combine;
the rules only have to be right about the line in front of them, not about the page.

Speed matters (the cleaner must run at 2 MB/s): the common line, a line of running text,
is told apart with string tests before any regular expression runs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .captions import has_caption_label, split_credit, standalone_credit
from .furniture import PUBLICATION_NOUNS, is_tagline, page_number
from .header import byline_name, inset_label, role_line
from .lines import Line, ends_sentence, has_word, wordset
from .running import is_date, running_line

# First words that mean something for structure, in the languages newspapers come in.
# Anything else is described by its shape only.
_CUE_WORDS = wordset(
    """
    by von par de door af av por di from special to the le la les der die das el il
    photo photos foto fotos picture image credit illustration courtesy source bild
    related read see also more continued suite fortsetzung lesen lire voir mehr weiter
    page seite p pg no vol volume edition ausgabe numéro
    staff correspondent reporter writer editor korrespondent correspondant envoyé
    associated united reuters afp ap dpa upi
    """
)
# Last words that mean something: jobs under a byline, newspaper nouns in a masthead.
_END_WORDS = (
    wordset(
        """
        writer writers reporter correspondent editor columnist photographer staff
        korrespondent korrespondentin redakteur correspondant rédacteur envoyé spécial
        press presse agency page seite
        """
    )
    | PUBLICATION_NOUNS
)
_JUMP = re.compile(
    r"(?i:\(?\s*(?:continued|cont'?d|turn|see|voir|suite|fortsetzung|schlu(?:ß|ss)|weiter"
    r"|lire la suite)\b.{0,40}\b(?:page|p\.|pg\.?|seite|s\.)\s*[a-z]?\d{1,3}\b.{0,20}\)?)"
)
_DATELINE_START = re.compile(
    r"[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’ -]{1,30},?\s*(?:\([A-Za-z. ]{2,20}\)\s*)?"
    r"(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Za-zéû]{3,9}|[A-Z][a-z]+day)?\.?\s*[-—–]"
)
# The writer signing a story off: "— J. SMITH.", "A. H.".
SIGNATURE = re.compile(r"[-—–]\s*[A-Z][\w.'’ -]{0,40}|[A-Z]\.\s*[A-Z]\.(?:\s*[A-Z]\.)?")
_WIDE_GAP = re.compile(r"\S(?: {3,}|\t)\S")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_DOT_LEADER = re.compile(r"\.{3,}|…{2,}|(?:\. ){3,}")
_CLOSERS = "\"'”’)]»“‘«"


@dataclass(slots=True)
class Page:
    """What is measured once per page and used for every line."""

    width: int  # the column width the text was wrapped at, near enough
    indent: int  # the indentation most lines have
    repeats: Counter[str]  # lines (digits folded) and how often each occurs
    style: tuple[str, ...] = ()  # how the page is set: blank lines, width, capitals, noise


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    for i, edge in enumerate(edges):
        if value < edge:
            return i
    return len(edges)


def _table(name: str, size: int, edges: tuple[float, ...], scale: float = 1.0) -> list[str]:
    """Feature strings for 0..size-1, made once: formatting a string per line is too slow."""
    return [f"{name}={_bucket(i / scale, edges)}" for i in range(size)]


_LEN = _table("len", 200, (4, 11, 21, 36, 51, 71, 91))
_REL = _table("rel", 60, (0.3, 0.5, 0.7, 0.85, 0.95, 1.1), scale=40)
_REL_END = [
    [f"rel_end={_bucket(i / 40, (0.5, 0.85, 0.95))}|{s}" for s in (False, True)] for i in range(60)
]
_WORDS = _table("words", 40, (2, 3, 4, 7, 11, 16))
_POS = _table("pos", 30, (1, 2, 3, 4, 7, 13, 25))
_RPOS = _table("rpos", 10, (1, 2, 4))
_IND = {d: f"ind={_bucket(d, (-1, 1, 3, 7))}" for d in range(-40, 41)}
_BB = ("bb=0", "bb=1", "bb=2")
_BA = ("ba=0", "ba=1", "ba=2")
_SENT = ("sent=False", "sent=True")
_DIGITS = str.maketrans("", "", "0123456789")


def column_width(texts: list[Line]) -> int:
    """The width the text was wrapped at, near enough: the length most lines of words stay
    within (60 where there are too few to tell)."""
    lengths = sorted(len(ln.text) for ln in texts if ln.text.count(" ") >= 2)
    if not lengths:
        return 60
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    return max(width, 60) if len(lengths) < 8 else width


def measure(lines: list[Line]) -> Page:
    texts = [ln for ln in lines if ln.text]
    width = column_width(texts)
    indents = Counter(ln.indent for ln in texts)
    indent = indents.most_common(1)[0][0] if indents else 0
    repeats = Counter(
        _repeat_key(ln.text) for ln in texts if len(ln.text) <= 60 and ln.text.count(" ") < 8
    )
    return Page(width, indent, +repeats, _style(lines, texts, width))


def _style(lines: list[Line], texts: list[Line], width: int) -> tuple[str, ...]:
    """The page's way of setting text, which tells what a line's form means on it: a blank
    line parts paragraphs on one page and stories on another; capitals mark every
    headline of an old paper and only a kicker in a new one."""
    if not texts:
        return ()
    blanks = sum(1 for a, b in pairwise(lines) if a.text and not b.text)
    blank = _bucket(blanks / len(texts), (0.04, 0.15, 0.35))
    caps = _bucket(sum(ln.text.isupper() for ln in texts) / len(texts), (0.02, 0.08, 0.2))
    odd = sum(1 for ln in texts if not has_word(ln.text) or "  " in ln.fixed.strip())
    noise = _bucket(odd / len(texts), (0.02, 0.1))
    column = _bucket(width, (40, 60, 85))
    return (f"pgb={blank}", f"pgc={caps}", f"pgn={noise}", f"pgw={column}")


_FOLD_DIGITS = re.compile(r"\d+")


def _repeat_key(text: str) -> str:
    low = text.lower()
    return _FOLD_DIGITS.sub("0", low) if low != low.translate(_DIGITS) else low


def _case(text: str, n_words: int) -> str:
    first = text[0]
    if first.islower():
        return "lower"  # most lines: a sentence going on
    if text.isupper():
        return "caps"
    if first.isupper():
        if 2 <= n_words <= 14:
            words = text.split(" ")
            upper = sum(1 for w in words if w[:1].isupper())
            if upper == len(words):
                return "title"
            if upper * 10 >= len(words) * 7:
                return "mostly_title"
        return "upper"
    if first.isdigit():
        return "digit"
    if first in "\"'“‘„«»‚":
        return "quote"
    return "punct"


_END_OF = {c: f"end={c}" for c in ".,;:?!—–-)"}


def _end(text: str) -> str:
    last = text[-1]
    if last.isalpha():
        return "end=lower" if last.islower() else "end=upper"
    if last.isdigit():
        return "end=digit"
    if last in "-=\u2e17\u00ac" and len(text) > 1 and text[-2].isalpha():
        return "end=hyphen"  # Fraktur OCR reads the hyphen as "=", "⸗" or "¬"
    if last in _CLOSERS:
        stripped = text.rstrip(_CLOSERS)
        return "end=q" + (stripped[-1] if stripped and not stripped[-1].isalnum() else "w")
    return _END_OF.get(last, "end=other")


# The small words prose is full of and headlines, names and labels mostly lack.
_FUNCTION_WORDS = wordset(
    """
    the a an of to in on at for and or but with from by as is are was were be been has have
    had that this it its he she they his her their which who not will would said
    der die das den dem des ein eine einer und oder aber mit von zu im in auf für ist sind
    war wurde hat haben dass sich nicht es er sie wir auch
    le la les l un une des du de et ou mais avec pour par dans sur est sont était a ont qui
    que ne pas il elle ils se au aux
    """
)
_FUNCTION = ("fw=0", "fw=1", "fw=2", "fw=3")
# Words whose full stop ends no sentence: "DEATH OF MR." goes on, on the next line.
_ABBREVIATIONS = wordset(
    """
    mr mrs messrs dr st jr sr co gov gen col capt lt rev hon prof no vol dept inc ltd bros
    sen rep hr nr dr fr frl hrn bzw vgl ca mme mlle me mgr
    """
)


def _abbreviation_end(text: str) -> bool:
    if not text.endswith("."):
        return False
    word = text[text.rfind(" ") + 1 : -1]
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


# Words a line does not end a phrase with, besides the function words.
_RUN_ON_WORDS = wordset(
    "for with into over under after before about against between through without "
    "nach über unter gegen zwischen durch ohne bei aus vers contre entre avant après sans chez"
)
# Words after which a phrase goes on, on the next line.
OPEN_WORDS = _FUNCTION_WORDS | _RUN_ON_WORDS
_SHAPES: dict[str, str] = {}


def _shape(word: str) -> str:
    """A word's shape, or the word itself when it is a cue. Words repeat: remembered."""
    shape = _SHAPES.get(word)
    if shape is None:
        if len(_SHAPES) > 100_000:
            _SHAPES.clear()
        shape = _SHAPES[word] = _word_shape(word)
    return shape


def _word_shape(word: str) -> str:
    word = word.strip(".,;:!?\"'“”‘’()«»„")
    if not word:
        return "p"
    low = word.lower()
    if low in _CUE_WORDS:
        return low
    if word.isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "X"
    if word[0].isupper():
        return "Xx"
    if word[0].islower():
        return "x"
    return "o"


def own(line: Line, index: int, total: int, page: Page, blank_before: int, blank_after: int):
    """Features of one line on its own (its neighbours' are added by ``sequence``).

    Returns the line's features and the few a neighbour may copy.
    """
    text = line.text
    n = len(text)
    n_words = text.count(" ") + 1
    width = page.width or 60
    rel = min(59, n * 40 // width)
    case = "case=" + _case(text, n_words)
    end = _end(text)
    sentence = ends_sentence(text) and not _abbreviation_end(text)
    space = text.find(" ")
    w0 = _shape(text if space < 0 else text[:space])
    wl = _shape(text[text.rfind(" ") + 1 :])
    feats = [
        _LEN[min(n, 199)],
        _REL[rel],
        _WORDS[min(n_words, 39)],
        case,
        end,
        _SENT[sentence],
        _IND.get(line.indent - page.indent, "ind=4"),
        _BB[min(blank_before, 2)],
        _BA[min(blank_after, 2)],
        _POS[min(index, 29)],
        _RPOS[min(total - 1 - index, 9)],
        "w0=" + w0,
        "wl=" + wl,
        case + end,
        _REL_END[rel][sentence],
    ]
    shared = [case, end, _REL[rel], _BB[min(blank_before, 2)], _SENT[sentence]]
    if page.style:
        blank_style, caps_style, _, width_style = page.style
        feats.extend(page.style)
        feats.append(_BB[min(blank_before, 2)] + blank_style)
        feats.append(case + caps_style)
        feats.append(_REL[rel] + width_style)
    flags: list[str] = []
    if line.logo:
        flags.append("logo")
    if n <= 40 and not has_word(text):
        flags.append("noword")
    if n <= 60 and n_words <= 8 and page.repeats.get(_repeat_key(text), 0) >= 2:
        flags.append("repeated")
    digits = n - len(text.translate(_DIGITS))
    if digits:
        feats.append(f"digits={_bucket(digits / n, (0.1, 0.3, 0.6))}")
        if digits >= 3 and len(_NUMBER.findall(text)) >= 3:
            flags.append("numbers")
    if "  " in line.fixed.strip() and _WIDE_GAP.search(line.fixed):
        flags.append("gaps")
    if ("..." in text or "…" in text or ". . ." in text) and _DOT_LEADER.search(text):
        feats.append("leaders")
    if "," in text:
        feats.append("comma")
    if n_words <= 14:
        words = text.lower().split(" ")
        function = sum(1 for w in words if w in _FUNCTION_WORDS)
        feats.append(_FUNCTION[min(3, function * 6 // len(words))])
        last = text[text.rfind(" ") + 1 :].lower().strip(".,:;")
        if last in _END_WORDS:
            feats.append("endword=" + last)
        flags.extend(_short_line(line, text, n_words, case, digits, index, last))
    elif n <= 160 and (digits or "  " in line.fixed) and running_line(line.fixed, index < 4):
        flags.append("running")
    if (
        space > 0
        and text[0].isupper()
        and (text[space - 1] == "," or text[:space].isupper())
        and _DATELINE_START.match(text)
    ):
        flags.append("dateline_start")
    if _may_end_in_credit(text):
        _caption, credit = split_credit(text, strong_only=True)
        if credit is not None:
            flags.append("credit_end")
    feats.extend(flags)
    shared.extend(flags)
    return feats, shared


_CREDIT_LABEL_PARTS = (
    "oto",
    "redit",
    "rédit",
    "ourtesy",
    "mage",
    "icture",
    "ource",
    "llustrat",
    "Bild",
)


def _may_end_in_credit(text: str) -> bool:
    """A cheap look for the forms ``split_credit(strong_only=True)`` finds."""
    last = text[text.rfind(" ") + 1 :]
    if "/" in last or "|" in text or last.endswith(")") or "." in last.rstrip(".)")[1:]:
        return True
    return ":" in text and any(part in text for part in _CREDIT_LABEL_PARTS)


_BYLINE_CUES = (
    "by",
    "(by",
    "par ",
    "von ",
    "door ",
    "por ",
    "written",
    "words",
    "story",
    "text",
    "reporting",
)
_WEEKDAYS = ("day", "DAY")


def _may_be_credit(text: str, low: str) -> bool:
    return (
        "/" in text
        or ":" in text
        or " by" in low
        or "(" in text
        or text.count(" ") <= 2
        or "source" in text[:14].lower()  # "Image source, Getty Images"
    )


# The names newspapers give their sections, which a kicker above a headline or a running
# head usually is: a vocabulary of the trade, not of any paper.
_SECTION_WORDS = wordset(
    """
    world national nation international local news business economy economics finance
    markets money sport sports football cricket racing city metro region regional state
    opinion comment editorial letters politics political science technology tech health
    medicine courts court crime justice law arts culture entertainment books music film
    theatre theater weather education environment travel food lifestyle society religion
    obituaries obituary war exclusive analysis feature features special report briefs brief
    breaking latest update shipping farming rural agriculture property motoring
    politik lokales lokal wirtschaft sport kultur feuilleton region regionales stadt land
    inland ausland vermischtes panorama wissen wissenschaft meinung kommentar wetter
    reise gesellschaft leute medien bildung gesundheit justiz börse finanzen aller welt aus
    monde france région économie sports culture faits divers politique société
    international sciences santé justice météo éditorial opinion dernière heure actualité
    actualités loisirs spectacles agenda départements étranger dépêches nouvelles
    dispatches telegrams cables cablegrams nachrichten telegramme depeschen meldungen
    interview interviews profile review reviews investigation explainer commentary column
    diary digest roundup preview podcast fact-check magazine weekend
    porträt reportage analyse kolumne rezension kritik nachruf kurz notiert gemeldet
    kurzmeldungen brèves bref
    entretien portrait enquête reportage chronique critique tribune nécrologie
    """
)


# The small words a section's name may join its words with ("News in Brief", "Arts and
# Books", "Aus aller Welt" is all section words).
_SECTION_JOINS = frozenset(("in", "of", "the", "and", "&", "from", "et", "de", "des", "und"))


def is_section(text: str, *, joined: bool = False) -> bool:
    """The name of a newspaper's section and nothing else ("SPORT", "Faits divers.");
    ``joined``: its words may be joined by small words ("NEWS IN BRIEF")."""
    words = [w.strip(".,:") for w in text.lower().strip(".:—–- ").split()]
    if joined and len(words) > 2 and not {words[0], words[-1]} & _SECTION_JOINS:
        words = [w for w in words if w not in _SECTION_JOINS]
    return bool(words) and all(w in _SECTION_WORDS for w in words)


# What sets a date apart from the name beside it on one line: "Jane Smith | March 12",
# "Von Hans Müller, 12. März 2024".
_BESIDE_DATE = " |·•—–-,;:"


def writer_beside_date(text: str, start: int, end: int) -> str | None:
    """The name of who wrote the story, printed on a date line beside its date
    (``text[start:end]``): "Jane Smith | March 12, 2024", "By Jane Smith — 12 March 2024",
    "Von Hans Müller, 12. März 2024"; None where the rest names a page or a section
    ("Page A3", "Local News") or nothing."""
    rest = f"{text[:start].strip(_BESIDE_DATE)} {text[end:].strip(_BESIDE_DATE)}".strip()
    if not rest or any(c.isdigit() for c in rest) or is_section(rest, joined=True):
        return None
    named = byline_name(rest)  # "By Jane Smith", "Von Hans Müller"
    if named is not None:
        return named
    # A name with no "By" is set apart by a bar or a dash: "Jane Smith | March 12"; after
    # a comma it is as often the place a dateline names ("Ohme Town, April 29, 1874").
    between = text[:start][len(text[:start].rstrip(_BESIDE_DATE)) :] + text[end:][:3]
    if rest[:1].isupper() and any(mark in between for mark in "|·•—–"):
        return byline_name(f"By {rest}")
    return None


_NAME_JOINS = frozenset(("and", "&", "de", "van", "von", "der", "la", "le", "du", "da", "di"))


def _name_like(text: str) -> bool:
    """Two to five capitalised words and nothing else: "JAMES NATARAJAN AND ROSA WHITFIELD",
    "Ana de la Torre" (but not "Force if Peace Agreed")."""
    for word in text.split(" "):
        if not (word[0].isupper() or word.lower() in _NAME_JOINS):
            return False
        if word.lower() in _SMALL_TITLE_WORDS:
            return False
    return True


_SMALL_TITLE_WORDS = wordset(
    "a an the of to in on for or but if with from by at as is are was were be into over"
)


def _short_line(
    line: Line, text: str, n_words: int, case: str, digits: int, index: int, last_word: str
) -> list[str]:
    """The recognisers for lines short enough to be a header, a credit or furniture. Each
    runs only when a cheap look says it might answer yes."""
    feats = []
    low = text[:10].lower()
    if low.startswith(_BYLINE_CUES) and byline_name(text):
        feats.append("byline")
    if n_words <= 5 and last_word in _END_WORDS and role_line(text):
        feats.append("role")
    if 2 <= n_words <= 5 and case in ("case=caps", "case=title") and _name_like(text):
        feats.append("name_like")
    if len(text) <= 48 and (digits or "day" in text or "DAY" in text) and is_date(text):
        feats.append("date")
    first = text[0]
    if first.isupper() or first in "»«":
        if inset_label(text):
            feats.append("inset_label")
        if has_caption_label(text):
            feats.append("caption_label")
    if n_words <= 8 and _may_be_credit(text, low) and standalone_credit(text):
        feats.append("credit_alone")
    if digits and page_number(text):
        feats.append("page_number")
    if index < 12 and n_words <= 10 and is_tagline(line):
        feats.append("tagline")
    if n_words == 1 and low == "the":
        feats.append("the")
    if n_words <= 3 and is_section(text):
        feats.append("section")
    if (first in "—–-" or n_words <= 3) and SIGNATURE.fullmatch(text):
        feats.append("signature")
    if first in "—–-" and n_words <= 6:
        feats.append("dash_start")
    if case == "case=caps" and any(len(w) >= 4 for w in text.split(" ")):
        feats.append("caps_words")
    if (digits or "  " in line.fixed or "|" in line.fixed) and running_line(
        line.fixed, top=index < 4
    ):
        feats.append("running")
    if jump_line(text):
        feats.append("jump")
    return feats


def jump_line(text: str) -> bool:
    """Whether the line points the reader to another page: "(Continued on Page 4)",
    "(Voir la suite page 3)"."""
    return ("age" in text or "ite" in text or "ee" in text) and _JUMP.fullmatch(text) is not None


def sequence(lines: list[Line]) -> tuple[list[Line], list[list[str]]]:
    """The non-blank lines of a page and each one's features, neighbours included."""
    page = measure(lines)
    items: list[Line] = []
    before: list[int] = []
    blank = 0
    for line in lines:
        if not line.text:
            blank += 1
            continue
        items.append(line)
        before.append(blank)
        blank = 0
    after = [*before[1:], min(blank, 2)]
    total = len(items)
    own_feats = []
    shared = []
    for i, line in enumerate(items):
        feats, share = own(line, i, total, page, before[i], after[i])
        own_feats.append(feats)
        shared.append(share)
    width = page.width or 60
    _blocks(items, before, own_feats)
    prev_p = _PREFIXED["-1"]
    next_p = _PREFIXED["+1"]
    for i, line in enumerate(items):
        feats = own_feats[i]
        if i:
            prev = items[i - 1]
            feats.extend([prev_p.get(f) or _prefix("-1", f) for f in shared[i - 1]])
            space = line.text.find(" ")
            first = len(line.text) if space < 0 else space
            fits = len(prev.text) + 1 + first <= width
            prev_sentence = ends_sentence(prev.text)
            feats.append(_FITS[fits][prev_sentence])
            feats.append(_IND_VS_PREV.get(line.indent - prev.indent, "ivp=3"))
            feats.append(_LEN_VS_PREV[min(9, len(line.text) * 4 // max(1, len(prev.text)))])
            last_above = prev.text[prev.text.rfind(" ") + 1 :].lower()
            if last_above in _FUNCTION_WORDS or last_above in _RUN_ON_WORDS:
                # "Boeing Allowed to Bid for" / "U.S. Space Launch Contracts": a phrase goes on.
                feats.append("open_word_above")
            if not before[i]:
                # Headline lines go on from each other: same case, the one above still open.
                same = shared[i][0] == shared[i - 1][0]
                open_above = not prev_sentence and prev.text[-1] not in ",;:"
                feats.append(_RUN_ON[same][open_above])
        else:
            feats.append("first")
        if i > 1:
            feats.append(_prefix_two("-2", shared[i - 2][0]))
            feats.append(_prefix_two("-2", shared[i - 2][1]))
        if i + 2 < total:
            feats.append(_prefix_two("+2", shared[i + 2][0]))
            feats.append(_prefix_two("+2", shared[i + 2][3]))
        if i:
            # How this line starts against how the one above ends: the seams of a block.
            feats.append(_seam(shared[i - 1][1], shared[i][0]))
        if i + 1 < total:
            feats.extend([next_p.get(f) or _prefix("+1", f) for f in shared[i + 1]])
            feats.append(_NEXT_LOWER[items[i + 1].text[:1].islower()])
        else:
            feats.append("last")
    return items, own_feats


_CONTENT_WORD = re.compile(r"[^\W\d_]{5,}")
# Words of five letters or more that every text uses, whatever its subject: pronouns,
# conjunctions, prepositions, auxiliaries and the like, the days of the week and the months
# (news tells when things happen, whatever they are), and the numbers in words (it counts
# whatever it tells of). Two stories share them as much as
# one story's two halves do, so whether the subject changes is read without them.
_COMMON_WORDS = wordset(
    """
    which their there these those where while would could should about after before being
    other others under since until among against between through without within during
    because although though whose above below across around again still often every another
    itself himself herself themselves cannot might shall having whether whereas however
    therefore already always never rather quite perhaps almost further whatever whenever

    werden worden wurde wurden waren wären durch unter nicht einer einem einen eines welche
    welcher welches welchen welchem haben hatte hatten gegen sowie dieser diese dieses diesem
    diesen seine seiner seinen seinem seines ihrer ihren ihrem ihres deren dessen während
    können konnte konnten müssen musste sollen sollte sollten würde würden wollen wollte
    dürfen zwischen nachdem jedoch sondern bereits schon immer wieder keine keiner keinen
    keinem allen alles aller andere anderen anderer anderem unser unsere unseren damit wobei
    sowohl bisher sodass obwohl ebenfalls selbst sobald

    cette après depuis avait avaient selon était étaient jusqu contre entre comme ainsi
    autres autre avant seront serait seraient moins aussi leurs encore alors toutes toute
    quelques quelque chaque plusieurs lequel laquelle lesquels lesquelles celui celle celles
    parce puisque lorsque tandis pendant durant malgré parmi avoir étant peuvent pourrait
    doivent devrait ayant aurait avons sommes toujours jamais déjà beaucoup notre votre
    cependant pourtant auprès

    monday tuesday wednesday thursday friday saturday sunday
    montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
    lundi mardi mercredi jeudi vendredi samedi dimanche

    january february march april august september october november december
    januar februar märz april august september oktober november dezember
    janvier février avril juillet septembre octobre novembre décembre

    three seven eight fifty sixty seventy eighty ninety hundred thousand million millions
    billion first second third fourth fifth
    zwanzig dreißig vierzig fünfzig hundert tausend million millionen milliarden erste
    ersten zweite zweiten dritte dritten vierte
    quatre seize vingt trente quarante cinquante soixante mille million millions milliards
    premier première premiers deuxième troisième quatrième
    """
)
_SHIFT_WORDS = 48  # long words read on each side at most
# A headline's words that name its subject are short as often as not: "Ford", "Jobs".
_NAMING_WORD = re.compile(r"[^\W\d_]{4,}")
# Characters of the story's lines read on each side of a possible heading: a column's
# eight lines, whatever its width (a narrow column sets fewer words to the line, not fewer
# words to its subject).
_SHIFT_CHARS = 480
_COHESION = ("coh=0", "coh=1", "coh=2", "coh=3")
SAME_SUBJECT = frozenset(("coh=2", "coh=3"))
# The labels of lines that speak of their story's subject: its text, headings and
# captions. Not a box's ("Also read: Heat Wave Grips Southern Europe" is about another
# story), nor names, dates, tables or the page's furniture.
_OF_THE_SUBJECT = frozenset(("pstart", "pcont", "caption", "deck", "sub", "head", "kicker"))


def topic_shift(items: list[Line], i: int, labels: list[str]) -> str:
    """Whether the text goes on about the same things across line ``i``: how many of the
    long words of the lines below it the lines above it have used ("coh=0": none, to
    "coh=3": many; "" where there is too little text on a side to tell). A subhead sits
    inside one story, whose words recur on both sides of it; the headline of the next
    story follows text about something else. Asked only of the few lines that could open a
    story, so it costs nothing on ordinary lines."""
    above = _subject_words(items, labels, range(i - 1, -1, -1))
    below = _subject_words(items, labels, range(i + 1, len(items)))
    if len(above) < 4 or len(below) < 4:
        return ""
    return _cohesion(above, below)


def names_what_follows(items: list[Line], i: int, labels: list[str]) -> bool:
    """Whether heading ``i`` speaks of the text below it and not of the text above: two
    of its words of four letters or more (the words every text uses aside) recur below,
    none above. A story's headline names what its own text is about ("Ford Taurus to be
    revived" / "Ford Motor Company … the Taurus"), where a subhead goes on with its
    story, whose headline and text above have used its words, or names a part of it in
    words of its own."""
    words = {w.lower() for w in _NAMING_WORD.findall(items[i].text)} - _COMMON_WORDS - OPEN_WORDS
    if len(words) < 2:
        return False
    above = _subject_words(items, labels, range(i - 1, -1, -1), _NAMING_WORD)
    below = _subject_words(items, labels, range(i + 1, len(items)), _NAMING_WORD)
    return len(words & below) >= 2 and not words & above


def _subject_words(
    items: list[Line], labels: list[str], lines: range, pattern: re.Pattern = _CONTENT_WORD
) -> set[str]:
    """The long words of the lines among ``lines`` that speak of the subject, nearest
    first, ``_SHIFT_CHARS`` of them."""
    words: list[str] = []
    read = 0
    for k in lines:
        if labels[k] not in _OF_THE_SUBJECT:
            continue
        text = items[k].text
        words.extend(w.lower() for w in pattern.findall(text))
        read += len(text)
        if read >= _SHIFT_CHARS:
            break
    return set([w for w in words if w not in _COMMON_WORDS][:_SHIFT_WORDS])


def _cohesion(above: set[str], below: set[str]) -> str:
    shared = len(above & below) / min(len(above), len(below))
    return _COHESION[_bucket(shared, (0.01, 0.06, 0.15))]


def _blocks(items: list[Line], before: list[int], feats: list[list[str]]) -> None:
    """Features of the block (lines between blank lines) each line is in: how long it is,
    where the line sits in it, and where the block sits on the page. A headline is a short
    block near the top; a paragraph, a long block of long lines."""
    start = 0
    number = 0
    total = len(items)
    for i in range(1, total + 1):
        if i < total and not before[i]:
            continue
        size = i - start
        caps = all(items[k].text.isupper() for k in range(start, i))
        size_f = _BLK_N[min(size, 7)]
        no_f = _BLK_NO[min(number, 5)]
        for k in range(start, i):
            at = k - start
            f = feats[k]
            f.append(size_f)
            f.append(no_f)
            f.append(_BLK_I[min(at, 3)] if at < size - 1 or size == 1 else "bi=last")
            if caps:
                f.append("blk_caps")
        start = i
        number += 1


_BLK_N = tuple(f"bn={n}" for n in (0, 1, 2, 3, 4, 4, 4, 7))
_BLK_NO = tuple(f"bno={n}" for n in range(6))
_BLK_I = tuple(f"bi={n}" for n in range(4))
_PREFIXED: dict[str, dict[str, str]] = {"-1": {}, "+1": {}}
# Length against the line above, in quarters: a deck set smaller runs longer than its
# headline; the last line of a wrapped headline is shorter than the one before.
_LEN_VS_PREV = (
    "lvp=0",
    "lvp=0",
    "lvp=0.5",
    "lvp=0.75",
    "lvp=1",
    "lvp=1.25",
    "lvp=1.5",
    "lvp=2",
    "lvp=2",
    "lvp=2",
)
_RUN_ON = [[f"same_case={a}|open_above={b}" for b in (False, True)] for a in (False, True)]
_FITS = [[f"fits={a}|{b}" for b in (False, True)] for a in (False, True)]
_IND_VS_PREV = {d: f"ivp={_bucket(d, (0, 1, 3))}" for d in range(-40, 41)}
_NEXT_LOWER = ("next_lower=False", "next_lower=True")


_SEAMS: dict[tuple[str, str], str] = {}


def _seam(end_above: str, case: str) -> str:
    seam = _SEAMS.get((end_above, case))
    if seam is None:
        seam = _SEAMS[end_above, case] = f"seam={end_above[4:]}|{case[5:]}"
    return seam


def _prefix_two(side: str, feature: str) -> str:
    table = _PREFIXED.setdefault(side, {})
    done = table.get(feature)
    if done is None:
        done = table[feature] = side + feature
    return done


def _prefix(side: str, feature: str) -> str:
    done = _PREFIXED[side][feature] = side + feature
    return done
