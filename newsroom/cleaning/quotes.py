"""Quote repair: turn runs of broken quote glyphs into balanced typographic quotes.

OCR and careless re-typing leave straight quotes, doubled quotes (`""`, `''`), mixed runs
(`'"'`) and mismatched pairs (`"word'`). The rules, applied to one paragraph at a time:

* a run of adjacent quote glyphs is one mark;
* where it stands (after a space, between letters, before a space) says whether it opens,
  closes or is an apostrophe;
* opening and closing marks are paired with a stack, and a pair takes one type: double if
  either end shows a double glyph, single when both ends are single (or, outside English,
  when it is nested inside a double quote and not printed double at both ends);
* a lone curly glyph is trusted as printed, since a wrong guess would damage clean text.

Output is in the style of the text's language (``style_for``): English “ ” ‘ ’; German
„ “ ‚ ‘, or » « › ‹ (and Swiss « » ‹ ›) where the text sets guillemets; French « » ‹ ›, the
spaces inside them left as printed, and “ ” for a double quote inside another. The
apostrophe is ’ in all of them. Outside English a curly glyph is trusted for its kind
(double or single) but not its shape: a “ may be the English opener or the German closer,
so where it stands decides, and the language's own mark is written. Other languages are
repaired in the English style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .lines import FRENCH_ELIDED, QUOTE_CLOSER, QUOTE_REACH, quote_open, recent_text, wordset

# ",," at the start of a word is a quote mark too: OCR's reading of „ in German, and of a
# double quote whose strokes it broke apart elsewhere (,,Wort" or ,,Lord Napier.").
_LOW_DOUBLE = "(?<![^\\s(\\[{<—–/-]),,(?=[\"'“”„‘’]*[^\\W\\d_])"
# Right after a word (and its comma or stop), before a space or a stop, ",," is a closing
# mark OCR drew low ("nach dem „Pester Lloyd,, sprach", "our lead.,, It also"): it closes a
# quote that is open, and is left as printed where none is. Of three commas English sets
# the sentence's first, inside the quote ("overall,,, said he" is overall,” said he);
# German and French set it after the closing mark ("„Un doux poëme,,, Walzer" is „Un doux
# poëme“, Walzer).
_LOW_CLOSE = "(?:(?<=[^\\W\\d_])|(?<=[^\\W\\d_][,.!?])),,(?=[\\s.;:!?)]|$)"
_LOW_CLOSE_BEFORE_COMMA = "(?<=[^\\W\\d_]),,(?=[\\s.,;:!?)]|$)|" + _LOW_CLOSE
_MARKS = "[\"'`´“”„‟‘’‚‛″′]"
_RUN = re.compile(f"{_MARKS}+")
_RUN_LOW = re.compile(f"(?:{_LOW_DOUBLE}|{_LOW_CLOSE}|{_MARKS})+")
# English sets no guillemets, but OCR and copy-paste give one for an apostrophe or a
# single quote: inside a word ("O‹Grady", "inspector›s") and at a word's edge ("the
# soldiers› orphans", "‹Home Rule›"), where it is read as any straight mark is. (Only a
# text with a single guillemet is searched so: the search costs a tenth of the repair.)
_SINGLE_GUILLEMET = "|[‹›]"
_RUN_SINGLE = re.compile(f"{_MARKS}+{_SINGLE_GUILLEMET}")
_RUN_LOW_SINGLE = re.compile(f"(?:{_LOW_DOUBLE}|{_LOW_CLOSE}|{_MARKS})+{_SINGLE_GUILLEMET}")
# Outside English, guillemets are quote marks too, each one a mark of its own (»Wort '«
# closes two quotes).
_WIDE_RUN = re.compile(f"{_MARKS}+|[«»‹›]")
_WIDE_RUN_LOW = re.compile(f"(?:{_LOW_DOUBLE}|{_LOW_CLOSE_BEFORE_COMMA}|{_MARKS})+|[«»‹›]")
_DOUBLE_GLYPHS = frozenset('"“”„‟″«»')
_CURLY = {"“": "D", "”": "D", "‘": "S", "’": "S"}
# What each printed mark says of its kind, outside English.
_KINDS = {**_CURLY, "„": "D", "‚": "S", "«": "D", "»": "D", "‹": "S", "›": "S"}
_GUILLEMETS = frozenset("«»‹›")
_ANY_GUILLEMET = re.compile("[«»‹›]")
_SINGLE = {"«": "‹", "»": "›"}  # the single guillemet facing the same way
OPENERS = {"D": "“", "S": "‘"}
CLOSERS = {"D": "”", "S": "’"}
_OPENING_SHAPES = frozenset(OPENERS.values())
_CLOSING_SHAPES = frozenset(CLOSERS.values())
_OPENING_CONTEXT = frozenset("([{<—–-/")
# Words that start with an elision apostrophe rather than an opening quote.
_ELISION = re.compile(r"(?:tis|twas|em|n|cause|til|bout|\d\ds?)\b", re.IGNORECASE)
_ELISION_DE = re.compile(r"(?:s|\d\ds?)\b")  # ’s (es), ’90er
_ELISION_OTHER = re.compile(r"\d\ds?\b")
# A mark standing apart from the words before punctuation: French « mot » , or " mot " .
_SPACED_CLOSE_CONTEXT = frozenset(",.;:!?)]…")


@dataclass(frozen=True, slots=True)
class QuoteStyle:
    """How a language prints its quotes, and what its text may hold."""

    openers: dict[str, str]  # by kind, "D" (double) or "S" (single)
    closers: dict[str, str]
    english: bool = False  # a lone curly glyph kept as printed; English elisions and OCR rules
    opens_with: str = ""  # where guillemets are quote marks: the one that opens ("«" or "»")
    spaced: bool = False  # marks may stand apart from the words they enclose (French)
    elision: re.Pattern[str] = _ELISION_OTHER
    # A double quote inside another, where the style sets it in other marks: French
    # nests “…” in «…» (« Ils disent “char” pour une voiture ! »).
    nested: tuple[str, str] | None = None

    @property
    def guillemets(self) -> bool:
        return bool(self.opens_with)


ENGLISH = QuoteStyle(OPENERS, CLOSERS, english=True, elision=_ELISION)
GERMAN = QuoteStyle({"D": "„", "S": "‚"}, {"D": "“", "S": "‘"}, elision=_ELISION_DE)
GERMAN_GUILLEMETS = QuoteStyle(
    {"D": "»", "S": "›"}, {"D": "«", "S": "‹"}, opens_with="»", elision=_ELISION_DE
)
SWISS_GUILLEMETS = QuoteStyle(
    {"D": "«", "S": "‹"}, {"D": "»", "S": "›"}, opens_with="«", elision=_ELISION_DE
)
FRENCH = QuoteStyle(
    {"D": "«", "S": "‹"}, {"D": "»", "S": "›"}, opens_with="«", spaced=True, nested=("“", "”")
)
# Languages that print guillemets as quotes: a lone one there is no OCR slip.
_GUILLEMET_LANGUAGES = wordset("fr es it pt ca no nn")

# What may follow an apostrophe inside an English word (don't, we'll, rock'n'roll, ma'am).
_CONTRACTION_TAILS = wordset("s t d m ll re ve n em er am all")
# A guillemet glued to the end of a word, in text that has no guillemet facing the other
# way, is OCR's reading of a letter ("officer«" for "officers"), not a quotation mark.
_STRAY_GUILLEMET = re.compile(r"(?<=[^\W\d_])[«»](?=[\s.,;:!?]|$)")
# In English, one standing alone between words ("to him a » suit of clothes") is a speck;
# after a number it is a list's ditto mark ("3 300 » Ankerhaken").
_LONE_GUILLEMET = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W_][.,;:] ))[«»] (?=[^\W_])")
# In English, one glued to the start of a word, after a space, is the quote it opens,
# misread: 'says: «The conditions', 'the «Apple” brand'.
_OPENING_GUILLEMET = re.compile(r"(?:(?<=\s)|^)«(?=[^\W\d_])")

_OPEN, _CLOSE, _APOS, _AMBIG, _KEEP, _NOISE, _DITTO_MARK = range(7)
# The marks a list prints for "the same again" under the word it repeats.
_DITTO = frozenset(('"', "„", "“", "”", "″", "〃"))


@dataclass(slots=True)
class _Run:
    start: int
    end: int
    text: str
    hint: str  # "D" or "S": what the glyphs themselves suggest
    trusted: bool  # a single curly glyph: its kind is as printed
    printed: bool  # ... and so is its shape (English)
    role: int


def _two_marks(run: str) -> bool:
    """Printed marks of both kinds side by side close (or open) two quotes, one inside the
    other (‘nonsense’”): they stay two marks."""
    return all(c in _KINDS for c in run) and len({_KINDS[c] for c in run}) > 1


def _classify(
    text: str, start: int, end: int, style: QuoteStyle, after_elision: bool = False
) -> _Run:
    run = text[start:end]
    # (A quote after an elided word's apostrophe stands where a word starts.)
    left = text[start - 1] if start and not after_elision else " "
    right = text[end] if end < len(text) else " "
    singles = sum(c not in _DOUBLE_GLYPHS for c in run)
    hint = "D" if singles < len(run) or singles >= 2 else "S"
    trusted = len(run) == 1 and run in (_CURLY if style.english else _KINDS)

    if run in ("′", "″") and left.isdigit():
        role = _KEEP  # feet and inches, minutes and seconds
    elif run in _DITTO and left == " " == right and text[start - 2 : start - 1].isdigit():
        role = _KEEP  # a ditto mark in a list: "3 300 „ Ankerhaken, 2 900 „ Isolatoren"
    elif left.isalnum() and right.isalnum():
        # Inside a word: an apostrophe, unless a double glyph says a space went missing.
        role = _APOS if hint == "S" or not any(c in _DOUBLE_GLYPHS for c in run) else _AMBIG
        if run == "'" and style.english and _misread_letter(text, start, end):
            role = _NOISE
    elif run in _GUILLEMETS and style.guillemets and not (left.isalnum() or right.isalnum()):
        # Set apart from the words (« mot »): the guillemet's direction says what it does.
        role = _OPEN if run in (style.opens_with, _SINGLE[style.opens_with]) else _CLOSE
    elif left.isspace() or left in _OPENING_CONTEXT:
        if right.isspace() or (style.spaced and right in _SPACED_CLOSE_CONTEXT):
            role = _AMBIG
        elif run == "’" or (hint == "S" and not trusted and style.elision.match(text, end)):
            role = _APOS
        else:
            role = _OPEN
    elif right.isalnum():
        role = _AMBIG  # after punctuation, before a word: `said."The`
    else:
        role = _CLOSE
    return _Run(start, end, run, hint, trusted, trusted and style.english, role)


# A French elided word, right before the apostrophe: "l’", "d’", "qu’", "jusqu’".
_ELIDED_WORD = re.compile(rf"(?<![\w’']){FRENCH_ELIDED}$", re.IGNORECASE)


def _elides_before(text: str, start: int) -> bool:
    """Whether a run of marks opens on the apostrophe of a French elided word, the rest of
    the run a quote that opens after it ("l'" abominable", "d'"Amérique")."""
    return text[start] in "'’" and _ELIDED_WORD.search(text, max(0, start - 8), start) is not None


def _misread_letter(text: str, start: int, end: int) -> bool:
    """Whether a straight apostrophe inside a word is OCR's misreading of a letter.

    Real apostrophes inside words follow a one-letter prefix (d'état, O'Brien) or precede
    a contraction (don't, we'll); a name may carry one anywhere (Sa'id, Qur'an). What is
    left ("Wigli'j", "fle'htine") is a letter the scanner could not read.
    """
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    j = end
    while j < len(text) and text[j].isalpha():
        j += 1
    head, tail = text[i:start], text[end:j]
    if len(head) <= 1 or tail.lower() in _CONTRACTION_TAILS:
        return False
    return len(tail) == 1 or head[0].islower()


def _stands_alone(text: str, run: _Run) -> bool:
    """Whether a quote mark that nothing pairs with is a speck the scan read as one: a
    straight mark standing apart between two words ("is enable ' to command", "to him a
    \" suit of clothes"). A quote opens before its words and closes after them; one with a
    space on each side and a word on each side of those, which opens and closes nothing,
    marks nothing."""
    start, end = run.start, run.end
    return (
        run.text in _STRAIGHT
        and text[start - 1 : start] == " "
        and text[start - 2 : start - 1].isalpha()
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isalpha()
    )


_STRAIGHT = frozenset(("'", '"'))


def _speck_outside_english(text: str, run: _Run, style: QuoteStyle) -> bool:
    """Whether a straight ' standing apart before a word, after a word or its mark, is a
    speck even where another pairs with it ("des ' Kaisers … wird ' einen", "le Japon, '
    le Canada", "bestraft. ' Im"): German and French quote in other marks, so there it is
    no quote, nor an apostrophe, unless after a word French elides ("l ' usine",
    "aujourd ' hui")."""
    start, end = run.start, run.end
    return (
        not style.english
        and run.text == "'"
        and text[start - 1 : start] == " "
        and (text[start - 2 : start - 1].isalpha() or text[start - 2 : start - 1] in ",.;:")
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isalpha()
        and _ELIDED_WORD.search(text, max(0, start - 9), start - 1) is None
        and not text.endswith("aujourd", 0, start - 1)
    )


def _glyph_type(run: _Run) -> str:
    return _KINDS[run.text] if run.trusted else run.hint


def _shows_double(run: _Run) -> bool:
    """Whether the run holds a glyph only a double quote leaves: " or ",," (OCR's „)."""
    return '"' in run.text or ",," in run.text


def _printed_double(run: _Run) -> bool:
    """Whether a mark was printed double: a curly double glyph, or one only a double quote
    leaves (a straight " or ",,")."""
    return (run.trusted and _KINDS[run.text] == "D") or _shows_double(run)


def _pair_type(opener: _Run, closer: _Run, inside_double: bool, style: QuoteStyle) -> str:
    # Outside English a quote within a quote is single (‚…‘ in „…“, ‹…› in «…»), unless it
    # was printed in guillemets, which French may repeat, or printed double at both ends
    # (curly, straight or ,,): a paper that nests „…“ in „…“ or "…" in «…» does so, a
    # straight " only ever comes from a double quote, and a „ inside an open quote is as
    # often a new quote after a closing mark the scan lost.
    repeated = opener.text in "«»" and closer.text in "«»"
    printed_double = _printed_double(opener) and _printed_double(closer)
    if inside_double and not style.english and not (repeated or printed_double):
        return "S"
    # A trusted end decides, unless the other end plainly shows a double glyph: the two
    # ends were damaged independently, and a "\"" only ever comes from a double quote.
    if opener.trusted:
        return "D" if '"' in closer.text else _KINDS[opener.text]
    if closer.trusted:
        return "D" if '"' in opener.text else _KINDS[closer.text]
    if '"' in opener.text or '"' in closer.text:
        return "D"
    # "''" may be a doubled apostrophe or a typed double quote; inside a double quote a
    # quote is most likely single.
    if opener.hint == "S" and inside_double:
        return "S"
    if opener.hint == "D" or closer.hint == "D":
        return "D"
    return "S"


def style_for(language: str, text: str = "", guillemets: bool = True) -> QuoteStyle:
    """The quote style of a language; German's depends on whether the text sets guillemets
    and its page (``guillemets``) sets them as often as other quotes."""
    if language == "fr":
        return FRENCH
    if language == "de":
        if guillemets and ("»" in text or "«" in text):
            return _guillemet_style(text)
        return GERMAN
    return ENGLISH


def _guillemet_style(text: str) -> QuoteStyle:
    """German sets »…« and Swiss German «…»: whichever the text's guillemets mostly do."""
    german = swiss = 0
    for m in _ANY_GUILLEMET.finditer(text):
        start, end = m.span()
        before, after = text[start - 1 : start], text[end : end + 1]
        opening = not before.isalnum() and after.isalnum()
        closing = (before.isalnum() or before in ".,;:!?…") and not after.isalnum()
        if m.group() in "»›":
            german, swiss = german + opening, swiss + closing
        else:
            german, swiss = german + closing, swiss + opening
    return GERMAN_GUILLEMETS if german >= swiss else SWISS_GUILLEMETS


def repair_quotes(
    text: str, language: str = "en", guillemets: bool = True
) -> tuple[str, list[tuple[int, str, str, str]]]:
    """Repair the quotes of one paragraph in the style of its language (ISO 639-1), in
    guillemets only where its page quotes in them (``guillemets``, ``style_for``).

    Returns the new text and, for each mark changed, (offset in the input, before, after,
    reason) with a little context, for the change report: the reason is empty for a mark
    repaired and says why for a speck dropped.
    """
    changes: list[tuple[int, str, str, str]] = []
    if ("«" in text) != ("»" in text) and language not in _GUILLEMET_LANGUAGES:
        text, changes = _drop_stray_guillemets(text, language)
    style = style_for(language, text, guillemets)
    # (Only a text with a doubled comma is searched for OCR's low marks: most have none,
    # and the search for them costs half the repair.)
    low = ",," in text
    if not style.english:
        pattern = _WIDE_RUN_LOW if low else _WIDE_RUN
    elif "‹" in text or "›" in text:
        pattern = _RUN_LOW_SINGLE if low else _RUN_SINGLE
    else:
        pattern = _RUN_LOW if low else _RUN
    runs = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if end - start > 1 and style.spaced and _elides_before(text, start):
            # "l’" then the quote it opens: „rencontrer l'" abominable homme “
            runs.append(_Run(start, start + 1, text[start], "S", False, False, _APOS))
            runs.append(_classify(text, start + 1, end, style, after_elision=True))
        elif end - start > 1 and _two_marks(m.group()):
            runs.extend(_classify(text, i, i + 1, style) for i in range(start, end))
        else:
            runs.append(_classify(text, start, end, style))
    if not runs:
        return text, changes
    # Low marks standing alone, two or more in the paragraph, are a list's ditto marks
    # ("Reg.-Bez. Gumbinnen, „ „ Königsberg, „ „ Westpreußen"): a low mark never closes
    # a quote, and one set apart from the words opens none.
    alone = [r for r in runs if r.text == "„" and _stands_apart(text, r)]
    if len(alone) >= 2:
        for r in alone:
            r.role = _KEEP
    # So are double marks standing alone two by two, however OCR read them ("Hannover, " "
    # Minden, " " Münster" for „ „): a quote opens and closes on words, not on a space.
    if style.openers["D"] == "„":
        lone = [r for r in runs if r.text in _DITTO and _stands_apart(text, r)]
        for a, b in pairwise(lone):
            if b.start == a.end + 1 and a.role != _KEEP:
                a.role = b.role = _DITTO_MARK

    # For each run, whether the next double-quote mark after it closes a quote: a single
    # straight quote after a plural before such a mark is an apostrophe ("the victims'
    # lives," she said) rather than a mismatched closing quote ("very clear' about).
    next_double_closes = [False] * len(runs)
    pending = False
    for i in range(len(runs) - 1, -1, -1):
        next_double_closes[i] = pending
        r = runs[i]
        if _glyph_type(r) == "D" and r.role != _APOS:
            pending = r.role == _CLOSE

    out: list[str | None] = [None] * len(runs)
    specks: set[int] = set()  # marks standing alone that mark nothing, dropped
    stack: list[int] = []
    pairs: list[tuple[int, int, int | None]] = []  # opener, closer, enclosing opener
    for i, r in enumerate(runs):
        role = r.role
        if _speck_outside_english(text, r, style):
            out[i] = ""
            specks.add(i)
            continue
        if role == _KEEP:
            out[i] = r.text
            continue
        if role == _NOISE:
            out[i] = ""
            continue
        if role == _DITTO_MARK:
            out[i] = "„"
            continue
        if role == _APOS:
            out[i] = r.text if r.printed else "’"
            continue
        if role == _AMBIG:
            role = _CLOSE if stack else _OPEN
        if role == _OPEN:
            stack.append(i)
            continue
        if not stack:
            if style.guillemets and r.text in _GUILLEMETS and _closed_further_on(runs, i):
                # A guillemet that closes with nothing open, before the same one closing
                # further on, is the opening one turned: "un » alphabet » des"
                stack.append(i)
                continue
            # Nothing is open, so a run of single glyphs is a (doubled) apostrophe:
            # "the victims'' lives".
            if _stands_alone(text, r):
                out[i] = ""
                specks.add(i)
            elif r.printed or r.text.startswith(",,"):
                out[i] = r.text
            elif r.trusted:
                out[i] = style.closers["D"] if _KINDS[r.text] == "D" else "’"
            else:
                double = '"' in r.text or r.text[0] in _DOUBLE_GLYPHS
                out[i] = style.closers["D"] if double else "’"
            continue
        top = runs[stack[-1]]
        if (
            r.hint == "S"
            and not r.trusted
            and _glyph_type(top) == "D"
            and next_double_closes[i]
            and text[r.start - 1 : r.start] in ("s", "S")
        ):
            out[i] = "’"
            continue
        oi = stack.pop()
        pairs.append((oi, i, stack[-1] if stack else None))
    parents = {parent for _, _, parent in pairs}
    for j in [j for j in stack if j not in parents and _stands_alone(text, runs[j])]:
        stack.remove(j)
        out[j] = ""
        specks.add(j)
    _settle_pairs(runs, pairs, stack, out, style)

    pieces: list[str] = []
    pos = 0
    for i, (r, new) in enumerate(zip(runs, out, strict=True)):
        assert new is not None
        pieces.append(text[pos : r.start])
        pieces.append(new)
        # A speck goes with the space after it.
        pos = r.end + 1 if i in specks else r.end
        if new != r.text:
            lo, hi = max(0, r.start - 12), min(len(text), pos + 12)
            after = text[lo : r.start] + new + text[pos:hi]
            changes.append((r.start, text[lo:hi], after, "margin noise" if i in specks else ""))
    pieces.append(text[pos:])
    return "".join(pieces), changes


def _stands_apart(text: str, r: _Run) -> bool:
    """Whether run ``r`` is one mark with a space on either side."""
    return r.end == r.start + 1 and text[r.start - 1 : r.start] == " " == text[r.end : r.end + 1]


def _closed_further_on(runs: list[_Run], i: int) -> bool:
    """Whether the next guillemet after run ``i`` is the same one, closing too."""
    later = next((r for r in runs[i + 1 :] if r.text in _GUILLEMETS), None)
    return later is not None and later.text == runs[i].text and later.role == _CLOSE


def _settle_pairs(
    runs: list[_Run],
    pairs: list[tuple[int, int, int | None]],
    unclosed: list[int],
    out: list[str | None],
    style: QuoteStyle,
) -> None:
    """Give each pair its type, outermost first, since a quote inside a double quote is
    likely single whatever its glyphs say."""
    kinds: dict[int, str] = {j: _glyph_type(runs[j]) for j in unclosed}
    in_double: dict[int, bool] = {j: False for j in unclosed}
    for oi, ci, parent in sorted(pairs):
        inside = parent is not None and (kinds[parent] == "D" or in_double[parent])
        opener, closer = runs[oi], runs[ci]
        kind = _pair_type(opener, closer, inside, style)
        kinds[oi], in_double[oi] = kind, inside
        # A printed mark is kept when its shape fits its place: a German closing "“" that
        # closes an English quote („Neue Freie Presse“) is turned.
        kept_open = opener.printed and opener.text in _OPENING_SHAPES
        kept_close = closer.printed and closer.text in _CLOSING_SHAPES
        out[oi] = opener.text if kept_open else style.openers[kind]
        out[ci] = closer.text if kept_close else style.closers[kind]
        if (
            inside
            and kind == "D"
            and style.nested
            and not (opener.text in _GUILLEMETS and closer.text in _GUILLEMETS)
        ):
            out[oi], out[ci] = style.nested  # (guillemets repeated inside stay so)
    for j in unclosed:
        out[j] = runs[j].text if runs[j].printed else style.openers[kinds[j]]


_GLUED, _SPECK, _OPENING = "glued", "speck", "opening"


def _drop_stray_guillemets(text: str, language: str) -> tuple[str, list[tuple[int, str, str, str]]]:
    changes = []
    pieces = []
    pos = 0
    english = language in ("en", "und")
    # Each guillemet found: glued to a word's end, standing alone (a speck), or, in
    # English, glued to a word's start (the quote it opens).
    found = [(m, _GLUED) for m in _STRAY_GUILLEMET.finditer(text)]
    # German sets »…« too, and a spaced one may open a quote whose end OCR lost; but not
    # in a text that quotes with „…“ ("am 13. Februar » 1918 … der „Leipziger Zeitung“").
    if english or "„" in text:
        found += [(m, _SPECK) for m in _LONE_GUILLEMET.finditer(text)]
    if english:
        found += [(m, _OPENING) for m in _OPENING_GUILLEMET.finditer(text)]
    for m, kind in sorted(found, key=lambda one: one[0].start()):
        speck = kind == _SPECK
        # Unless it closes a quote a low mark opened ("„Margarine» enthält"), where it is
        # that quote's closing mark, misread.
        closes = kind != _OPENING and _closes_an_open_quote(text, m.start())
        if speck and closes:
            continue
        new = "“" if closes or kind == _OPENING else ""
        if kind == _GLUED and not closes and english:
            # ... or the end of a quote English opened: "“EQUALISING MISERY»"
            new = "”" if _closes_an_open_quote(text, m.start(), _ENGLISH_OPENER) else ""
        lo, hi = max(0, m.start() - 12), min(len(text), m.end() + 12)
        after = text[lo : m.start()] + new + text[m.end() : hi]
        changes.append((m.start(), text[lo:hi], after, "margin noise" if speck else ""))
        pieces.append(text[pos : m.start()] + new)
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces), changes


# A low opening mark, which opens a quote and never closes one: „ or OCR's ",".
_LOW_OPENER = re.compile(r"„|,,(?=\S)")
_ENGLISH_OPENER = re.compile("“")


def _closes_an_open_quote(text: str, at: int, opener: re.Pattern[str] = _LOW_OPENER) -> bool:
    """Whether the mark at ``at`` is the only one that can close a quote a low mark (or
    another ``opener``) opened before it: nothing closes that quote before ``at``, nor
    after it until the next opens ("„Der Vorstand« tagte“" is closed further on, so its «
    is a misread letter)."""
    start, stop = max(0, at - QUOTE_REACH), min(len(text), at + QUOTE_REACH)
    opened = max(opener.finditer(text, start, at), key=lambda m: m.start(), default=None)
    if opened is None or QUOTE_CLOSER.search(text, opened.end(), at) is not None:
        return False
    following = opener.search(text, at, stop)
    return QUOTE_CLOSER.search(text, at + 1, following.start() if following else stop) is None


# The opening mark old type repeated at the start of every line a quotation ran over:
# a low mark in every language, and “ in English.
_LINE_MARK = re.compile(r"(?:„|,,)(?=\S) *")
_LINE_MARK_EN = re.compile(r"(?:„|,,|“)(?=\S) *")
_ENGLISH_CLOSER = re.compile('[”"]')


def continuation_marks(texts: list[str], language: str) -> list[int]:
    """The lines of one block whose opening mark is no new quote but the old way of
    marking each line of a quote still open ("„den von der Gemeinde … unter¬" /
    "„irdischen Durchgang …"): the mark opens a line of a run of such lines, after the
    line where the quote opened and while nothing has closed it. Returns their indexes."""
    english = language in ("en", "und")
    mark = _LINE_MARK_EN if english else _LINE_MARK
    marked = [mark.match(text) is not None for text in texts]
    if sum(marked) < 2:
        return []
    found = []
    for k in range(1, len(texts)):
        if not marked[k] or not (marked[k - 1] or (k + 1 < len(texts) and marked[k + 1])):
            continue
        before = recent_text(texts, k)
        if quote_open(before) or (english and _english_quote_open(before)):
            found.append(k)
    return found


def _english_quote_open(text: str) -> bool:
    opened = max(_ENGLISH_OPENER.finditer(text), key=lambda m: m.start(), default=None)
    return opened is not None and _ENGLISH_CLOSER.search(text, opened.end()) is None


def strip_continuation_mark(text: str, language: str) -> str:
    mark = _LINE_MARK_EN if language in ("en", "und") else _LINE_MARK
    return mark.sub("", text, count=1)
