"""Repairs of a block's joined text that depend on its language: a space OCR put before
punctuation, a speck read as a mark after a word's own, and apostrophes OCR dropped
(English "don t", "Russia s"; French "l usine", "qu il").

Each repair is narrow: it acts only on forms that are wrong in the language and cannot be
read another way, and a cheap search over the block decides whether it runs at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .glyphs import AFTER_I
from .lexicon import english_words
from .lines import FRENCH_ELIDED, wordset


@dataclass(frozen=True, slots=True)
class Fix:
    """text[offset:end] of the text given to repair_prose became ``new``."""

    offset: int
    end: int
    new: str
    kind: str  # a change kind: "whitespace", "repaired" or "removed"
    before: str  # the place, with a little context
    after: str
    reason: str = ""  # why, for a removal

    @property
    def shrink(self) -> int:
        return self.end - self.offset - len(self.new)


# A space before a comma, full stop, semicolon, colon, ! or ?, after a word or a closing
# mark (quotes are repaired later, so still straight here) and followed by a space, a
# closing mark or the end ("word ," "word ." "word ;"). An ellipsis (" ..."), a
# decimal (" .45") and a run of marks are left as printed. (Each pattern starts with its
# space, the one thing the regex engine can look for fast; lines come with single spaces.)
_BEFORE_SPACE = r"(?<=[\w\"'”’»)\]] )"
_AFTER_SPACE = r"(?=[\s\"'”’»)\]]|$)"
# Nor are a spaced ellipsis (" . . .") and a ratio ("3 : 1").
_NOT_SET_SO = r"(?!\. \.|(?<=\d ):\s?\d)"
# (The mark is looked for first: it rules out nearly every space at once.)
_SPACED_MARK = re.compile(rf" (?=[,.;:!?]{_AFTER_SPACE}){_BEFORE_SPACE}{_NOT_SET_SO}")
# French sets a space before ; : ! ? and inside guillemets, but none before , and .
_SPACED_MARK_FR = re.compile(rf" (?=[,.]{_AFTER_SPACE}){_BEFORE_SPACE}{_NOT_SET_SO}")

# A mark standing alone after a word's own mark is a speck: type sets no comma, semicolon,
# "!" or bracket apart after a stop or a comma ("FRANKFORT, ! Ky.", "billion. ;",
# "a dispute, ; but"). (The word's mark is looked for first, and the letter before it
# asked of each match.)
_MARK_AFTER_MARK = re.compile(r"[.,;:!?]( [!;,\]}])(?= |$)")
_OPENERS = {"]": "[", "}": "{"}
# A semicolon or "!" after a word no clause ends on, an article, a preposition that
# always has its noun after it or a conjunction, is a speck ("to; meet at London", "by ;
# Mr. W. J. Camplin", "the! Market", "und; die", "de; la"): the clause it would close is
# still going on. (French sets its "!" apart, and "et !" may close an exclamation.) Words
# that may end one are not among them: adverbs and particles ("in", "with", "zu", "ein":
# "Stille ein; die"), pronouns ("das"), and words of one letter or a capital, which may
# be a longer word misread ("Congress. A; the danger" for "As").
# (The mark is looked for first, and the word before it asked of each match.)
_SPECK_AFTER_WORD = re.compile(r" ?[;!](?= [^\W_])")
_SMALL_WORD_BEFORE = re.compile(r"(?<![\w’'-])[a-zà-öø-ÿ]{2,}$")
_NO_CLAUSE_ENDS = {
    "en": wordset("the an of to by from into upon within and nor than its their our my your"),
    "de": wordset(
        "und oder von vom zum zur im am ins in bei beim für dem des "
        # determiners, which stand before their noun ("noch einige ; Worte zu Ihnen")
        "einige einigen einiger eines einem jede jedem jeden jeder jedes diese diesem "
        "diesen dieses alle allen keine keinem keinen mehrere mehreren sämtliche sämtlichen"
    ),
    "fr": wordset("le la les un une du des de au aux et dans par"),
}
# A German adjective declined before its noun: "-ischen", "-lichen", "-igen" (a predicate
# takes none: "Das ist österreichisch."), so no clause ends on it, after an article (not
# a verb's "zu veröffentlichen").
_DECLINED_BEFORE_A_NOUN = re.compile(r"(?:isch|lich|ig)(?:e[mnrs])$")
_GERMAN_ARTICLES = wordset(
    "der die das den dem des ein eine einen einem einer eines zum zur im am vom beim ins"
)


def _before_its_noun(text: str, start: int, end: int) -> bool:
    """Whether the German word before the mark at ``start:end`` is an adjective declined
    for the noun after it, after its article ("der österreichischen ; Verwaltungsgebiet")."""
    words = text[max(0, start - 60) : start].split()
    return (
        len(words) >= 2
        and words[-2].lower() in _GERMAN_ARTICLES
        and words[-1].islower()
        and _DECLINED_BEFORE_A_NOUN.search(words[-1]) is not None
        and text[end + 1 : end + 2].isupper()
    )


# A closing bracket standing apart between two words, with no bracket open before it, is
# the column's rule read as one ("der Cortes behalten ] dürfte", "in 1877 } came").
_LONE_CLOSER = re.compile(r" [\]}] (?=[^\W_])")
# A capital I or a small l standing alone between words, where the language has no such
# word: the column's rule or a speck read as a letter ("the people I she met", "a l large
# party", "et reprises I par les chansonniers", "Geheimer I Commerzien-Rath").
_LONE_LETTER = re.compile(r" [Il] (?=[^\W_])")
# English "I" is the pronoun, and a roman numeral after a name ("Charles I of England"),
# so it goes only where no pronoun stands: after these words or before them.
_NO_I_BEFORE = wordset("the a an of in on at to with from by")
_NO_I_AFTER = wordset("the a an of she he they we")
_FRENCH_ORDINAL = wordset("er re ère")
# A contraction's tail standing alone after a word, where OCR lost its apostrophe ("S" in
# a headline's capitals: "CRONJE S INGENUITY").
_LONE_TAIL = re.compile(r" (?:[tsmd]|re|ve|ll|S)\b")
# Words spelt with an apostrophe inside, that OCR splits in two: "9 o clock", and the Irish
# names with O' ("Ellen O Brien"; not "O Lord", a vocative).
_SPLIT_WORD_EN = re.compile(
    r"(?<![\w’'])[oO] (?=clock\b)"
    r"|(?<![\w’'])O (?=(?:Brien|Connor|Connell|Neill?|Donnell|Reilly|Rourke|Sullivan|Hara"
    r"|Kelly|Keefe|Keeffe|Leary|Malley|Mara|Meara|Shea|Toole|Dea|Dwyer|Flaherty|Halloran"
    r"|Hanlon|Loughlin|Regan|Riordan|Grady|Dowd|Farrell|Gorman|Mahony|Mahoney|Callaghan"
    r"|Donovan|Driscoll|Sheehan)\b)"
)
# "n't" after the auxiliaries, and won't, can't.
_NOT_HEADS = wordset(
    """don doesn didn isn wasn weren haven hasn hadn couldn wouldn shouldn aren mustn
    needn ain won can"""
)
_S_HEADS = wordset(
    """it that he she what there here who where how let everyone everybody nobody someone
    something nothing"""
)
# Tails that need a word after them to be read as a contraction ("I m sure").
_PRONOUN_TAILS = {
    "I": frozenset({"m", "ve", "ll", "d"}),
    **dict.fromkeys(("you", "we", "they"), frozenset({"re", "ve", "ll", "d"})),
    **dict.fromkeys(("he", "she", "it", "that", "there", "who"), frozenset({"ll", "d"})),
}
_DETERMINERS = wordset("the a an this that his her its our their my your whose every each")
# Capitalised words that are no names: a sentence starting "The s..." has no possessive.
_NOT_NAMES = wordset(
    """The A An And But Or Nor In On At Of To For By With As If So Is Was Be Are Were This
    These Those There Here His Her Its Our Their My Your We They You He She It I Mr Mrs Ms
    Dr St No Not Yes All Any Some Then When While Where Why How What Who Which That Than"""
)
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# French elides these before a vowel or a mute h, and none of them is a word standing
# alone: "l usine", "d euros", "qu il", "n a", "s il", "c est", "jusqu au". Not after a
# number ("5 m au-dessus"), never "t" ("a t elle" wants hyphens). A capital is elided only
# opening a sentence ("C est") or before a word in capitals ("L ONG"), never "M" (Monsieur):
# "la vitamine C a" stays.
_VOWEL = "aeiouyhâàéèêëîïôûùœæAEIOUYHÂÀÉÈÊÎÔÛŒÆ"
_ELIDED_FR = re.compile(
    rf"(?<![\w’'.-])(?<!\d ){FRENCH_ELIDED}"
    rf" (?=[{_VOWEL}])"
    r"|(?:^|(?<=[.!?…:;«»\"“(—–-] ))(?:[LDJNSC]|Qu|Jusqu|Lorsqu)"
    rf" (?=[{_VOWEL}])"
    # (in capitals, after a space or an opening mark: "©S ANS" is a misread figure)
    r"|(?<![^\s«»\"“(—–])[LDJNSC] (?=[AEIOUYHÂÀÉÈÊÎÔÛ][A-ZÀ-Ý]+\b)"
    # and the words written with an apostrophe inside: aujourd’hui, quelqu’un, and the
    # compounds eliding their "de" after a hyphen: chef-d’œuvre, main-d’œuvre, hors-d’œuvre.
    r"|(?<![\w’'.-])(?:[Aa]ujourd (?=hui\b)|[Qq]uelqu (?=une?s?\b))"
    r"|(?<=\w-)d (?=(?:[œŒ]|[oO]e)uvre)"
)
_WORDS_BEFORE = 3  # a determiner may stand this many words before its noun


def repair_prose(
    text: str, language: str = "en", spaced_marks: bool = False, stray_spaces: bool = False
) -> tuple[str, list[Fix]]:
    """Mend spacing before punctuation and, in English, dropped apostrophes.

    ``spaced_marks``: the document sets spaces before ; and : of its own accord, so its
    spacing is left as printed; ``stray_spaces``: but the spaces before some of its commas
    and stops are noise, and go.
    """
    fixes: list[Fix] = []
    if " ] " in text or " } " in text:
        for m in _LONE_CLOSER.finditer(text):
            if text[m.start() - 1 : m.start()].isalnum() and not _closes_a_bracket(
                text, m.start() + 1
            ):
                fixes.append(_fix(text, m.start(), m.end() - 1, "", "removed", "margin noise"))
    for m in _MARK_AFTER_MARK.finditer(text):
        start = m.start(1)
        word = text[m.start() - 1 : m.start()]
        mark = text[m.start()]
        if word == " " and (mark in ",." or (language == "fr" and mark in ";:")):
            # A mark set apart by the scanner, or by French: "Co , } importer", "ligne ; ;"
            word = text[m.start() - 2 : m.start() - 1]
        # ("[Special Telegram. ]" closes its bracket.)
        if word.isalnum() and not _closes_a_bracket(text, start + 1):
            fixes.append(_fix(text, start, m.end(), "", "removed", "margin noise"))
    no_ends = _NO_CLAUSE_ENDS.get("en" if language == "und" else language)
    if no_ends is not None and (";" in text or "!" in text):
        for m in _SPECK_AFTER_WORD.finditer(text):
            word = _SMALL_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if (
                word is not None
                and word.group() in no_ends
                and (m.group() != " !" or language != "fr")
            ) or (language == "de" and _before_its_noun(text, m.start(), m.end())):
                fixes.append(_fix(text, m.start(), m.end(), "", "removed", "margin noise"))
    if " I " in text or " l " in text:
        for m in _LONE_LETTER.finditer(text):
            at = m.start() + 1
            if text[at - 2 : at - 1].isalpha() and _lone_letter_is_a_speck(text, at, language):
                fixes.append(_fix(text, m.start(), at + 1, "", "removed", "margin noise"))
    french = language == "fr"  # spaced by rule: its commas and full stops are still closed up
    spaced = _SPACED_MARK_FR if french or spaced_marks else _SPACED_MARK
    if (french or not spaced_marks or stray_spaces) and spaced.search(text):
        gone = {f.offset for f in fixes}  # a speck removed goes with its space
        for m in spaced.finditer(text):
            if m.start() not in gone:
                fixes.append(_fix(text, m.start(), m.end(), "", "whitespace"))
    if language in ("en", "und"):
        if _LONE_TAIL.search(text):
            fixes.extend(_apostrophes(text))
        if "O " in text or " clock" in text:  # (every paragraph comes here)
            for m in _SPLIT_WORD_EN.finditer(text):
                fixes.append(_fix(text, m.end() - 1, m.end(), "’", "repaired"))
    elif french and _ELIDED_FR.search(text):
        for m in _ELIDED_FR.finditer(text):
            fixes.append(_fix(text, m.end() - 1, m.end(), "’", "repaired"))
    if not fixes:
        return text, fixes
    fixes.sort(key=lambda f: f.offset)
    pieces, pos = [], 0
    for f in fixes:
        pieces.append(text[pos : f.offset])
        pieces.append(f.new)
        pos = f.end
    pieces.append(text[pos:])
    return "".join(pieces), fixes


def _closes_a_bracket(text: str, at: int) -> bool:
    """Whether the mark at ``at`` closes a bracket the text opened and has not closed."""
    mark = text[at]
    opener = _OPENERS.get(mark)
    return opener is not None and text.rfind(opener, 0, at) > text.rfind(mark, 0, at)


def _lone_letter_is_a_speck(text: str, at: int, language: str) -> bool:
    """Whether the I or l standing alone at ``at`` is no word of the text's language."""
    letter = text[at]
    before = text[text.rfind(" ", 0, at - 1) + 1 : at - 1]
    after = text[at + 2 :].split(" ", 1)[0]
    bare = after.strip(_WORD_MARKS).lower()
    if language in ("en", "und"):
        if after[:1].isdigit():
            return before.islower()  # "for I 21 years"
        if bare not in english_words():
            return False  # a misread word may hold it: "on the I lth article" (11th)
        if letter == "l":
            return bare not in AFTER_I  # "l said" is the pronoun misread
        return before.islower() and (
            before.strip(_WORD_MARKS) in _NO_I_BEFORE or bare in _NO_I_AFTER
        )
    if language == "de":
        # "Kristallzucker I mit Sack": after a noun, a roman numeral, a grade or a class.
        return letter == "l" or (after[:1].islower() and not before[:1].isupper())
    if language == "fr":
        # "l Algérie" is an elision that lost its apostrophe; "François I er" an ordinal.
        return after[:1].islower() and after[:1] not in _VOWELS and bare not in _FRENCH_ORDINAL
    return False


_WORD_MARKS = ".,;:!?\"'“”‘’()"
_VOWELS = frozenset("aeiouyhàâäéèêëîïôöùûüœæ")


def _apostrophes(text: str) -> list[Fix]:
    fixes = []
    for m in _LONE_TAIL.finditer(text):
        at = m.start()
        if not text[at - 1 : at].isalpha():
            continue
        word = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if word is not None and _is_contraction(text, word.group(), m.group()[1:], m.end()):
            fixes.append(_fix(text, at, at + 1, "’", "repaired"))
    return fixes


def _is_contraction(text: str, word: str, tail: str, end: int) -> bool:
    """Whether "word tail" is a contraction or a possessive that lost its apostrophe."""
    lower = word.lower()
    if tail == "t":
        return lower in _NOT_HEADS  # don t, won t, can t
    after = text[end + 1 : end + 2] if text[end : end + 1] == " " else ""
    word_follows = after.isalpha()
    if tail == "S":
        # In capitals only, before another word in capitals: "CRONJE S INGENUITY".
        return (
            word.isupper()
            and len(word) > 1
            and after.isupper()
            and (lower in _S_HEADS or word.title() not in _NOT_NAMES)
        )
    if tail == "s":
        if lower in _S_HEADS:
            return True  # it s, that s, let s
        name = ((word[0].isupper() and word[1:].islower()) or word.isupper()) and len(word) > 1
        if name and (word_follows or after.isdigit()):
            return word not in _NOT_NAMES  # Russia s plan, NATO s members, Poor s 500
        if not word_follows:
            return False
        return (
            word.islower()
            and len(word) > 1
            and _after_determiner(text, end)
            and (lower in english_words())
        )  # the government s plan
    return word_follows and tail in _PRONOUN_TAILS.get(word if word == "I" else lower, ())


def _after_determiner(text: str, end: int) -> bool:
    # The words before "noun s": a determiner within a few lowercase words of the noun.
    before = text[max(0, end - 80) : end].split()[:-2]  # without "noun" and "s"
    for w in reversed(before[-_WORDS_BEFORE:]):
        if w.lower() in _DETERMINERS:
            return True
        if not w.isalpha() or not w.islower():
            return False
    return False


def _fix(text: str, start: int, end: int, new: str, kind: str, reason: str = "") -> Fix:
    lo, hi = max(0, start - 12), min(len(text), end + 12)
    return Fix(start, end, new, kind, text[lo:hi], text[lo:start] + new + text[end:hi], reason)


def shift(starts: list[tuple[int, int]], fixes: list[Fix]) -> list[tuple[int, int]]:
    """Line starts (see lines.join_lines) moved to where they are after the fixes."""
    if not any(f.shrink for f in fixes):
        return starts
    moved = []
    for offset, no in starts:
        gone = sum(f.shrink for f in fixes if f.offset < offset)
        moved.append((offset - gone, no))
    return moved
