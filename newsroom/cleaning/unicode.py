"""Character-level repair of one line: mojibake, ligatures, control characters, OCR glyphs.

ftfy does the real work. It is slow next to the rest of the pipeline (a few MB/s), so it
only sees lines where a cheap scan finds something it could fix; plain ASCII and ordinary
typographic punctuation never reach it. The OCR glyph repairs (glyphs.py) sit behind the
same scan.
"""

from __future__ import annotations

import re

import ftfy

from .glyphs import GLYPH_SUSPECTS, fix_glyphs
from .header import inset_label, is_caps
from .lines import Vocabulary, has_word

# Curly quotes stay curly: straightening them would throw away exactly the information the
# quote repair stage needs. HTML unescaping and line-break fixing are off because OCR text
# is not HTML and lines are already split by the caller.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    unescape_html=False,
    fix_line_breaks=False,
    explain=False,
)

# What ftfy would find to fix, cheaply spotted. UTF-8 read as Latin-1 or cp1252 turns each
# accented letter or typographic mark into a lead character (Â..ô) followed by a
# continuation character (U+0080..U+00BF, or what cp1252 puts in 0x80..0x9F: € ‚ ƒ „ …
# † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Correct accented text ("São", "été") does
# not have that shape, so it is left alone. Control characters, soft hyphens, combining
# marks, ligatures and fullwidth forms are the other things worth ftfy's time.
_CP1252_HIGH = (
    "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_FTFY_CLASS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u0300-\u036f\ufb00-\ufb06\uff01-\uff5e"
_MOJIBAKE = f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]"
_NEEDS_FTFY = re.compile(f"{_MOJIBAKE}|[{_FTFY_CLASS}]")
# Lines worth a look: what ftfy fixes, and the glyphs OCR misreads (a bar for "I", long s).
_NEEDS_REPAIR = re.compile(f"{_MOJIBAKE}|[{_FTFY_CLASS}{re.escape(GLYPH_SUSPECTS)}]")
# A cp1252 round trip loses the last byte of "”" (0x9D is unassigned), leaving "â€".
_LOST_CLOSE_QUOTE = re.compile("\u00e2\u20ac(?=[\\s.,;:!?)]|$)")
# Invisible characters that OCR and copy-paste leave behind. ZWJ/ZWNJ are kept: some
# scripts (Persian, for one) need them.
_INVISIBLE = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None})
_HAS_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")

# Stray glyphs OCR makes of dirt, rules and logos. Only removed when they stand alone as a
# token: "~" or "|" inside a word or URL is left alone.
GARBAGE_GLYPHS = "¢■□▪▫●◆◇♦•·~|¦¬¤^"
_GARBAGE_SET = frozenset(GARBAGE_GLYPHS)
_G = re.escape(GARBAGE_GLYPHS)
# "%" rides along with a glyph ("%¢" is a common misreading of a logo) but is not garbage alone.
_GARBAGE_TOKEN = re.compile(rf"(?:^|(?<=\s))[%{_G}]*[{_G}][%{_G}]*(?=\s|$)")
# Before a line, the scan also leaves degree signs and underscores (specks and rules in the
# margin), and "!" beside another glyph ("!|"). Only a token of them standing first on the
# line is dropped: "!" alone may be the text's own, and "°" before C, F or K is a unit.
_MARGIN_ONLY = "°_"
_MARGIN_CHAR = re.compile(f"[{re.escape(GARBAGE_GLYPHS + _MARGIN_ONLY)}]")
_M = re.escape(GARBAGE_GLYPHS + _MARGIN_ONLY)
_MARGIN_LEAD = re.compile(
    rf"([ \t]*)((?=[!%{_M}]*[!{_MARGIN_ONLY}])(?=[!%{_M}]*[{_M}])[!%{_M}]+)(?=\s+(?![CFK]\b)\S)"
)
# A single quote standing alone before a line's first word is the margin's too ("' das
# Eilbestellgeld"): an opening quote is set against its word, a closing one stays on the
# line of the word it closes. So is a "!" ("! München, 8. März."), but in French, which
# spaces it from its word, a line may open on the one the sentence above ends with ("« Oh
# putain" / "! » avait-il lancé"). (";" so placed is a speck as often, but on the real texts
# it was as often a line of a masthead OCR garbled, which then read otherwise.)
_MARGIN_MARK = re.compile(r"([ \t]*)(['’!])(?=[ \t]+[^\W\d_])")
# Inside a line, a lone underscore or degree sign is a speck as well; "°" after a number or
# before C, F or K is a unit and stays ("20 ° C").
_SPECK = re.compile(r"(?<=\s)(?<!\d )(?:_{1,2}|°)(?=\s|$)(?!\s?[CFK]\b)")
# Text, a bar, then one to five words starting with a capital to the end of the line.
_CREDIT_BAR = re.compile(r"(?<=[^\s|])\s+\|\s+(?=[A-Z][^\s|]*(?:\s+[^\s|]+){0,4}\s*$)")
# No-break spaces count as spaces here; earlier they may be half of a mojibake pair.
_SPACE_RUN = re.compile("[ \t\f\v\u00a0]{2,}|[\t\u00a0]")
# French sets a no-break space after « and before ; : ! ? »: there it is kept.
_FRENCH_NBSP_BEFORE = frozenset(";:!?»")


def normalize_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for sep in ("\u2028", "\u2029", "\x85"):
        if sep in text:
            text = text.replace(sep, "\n")
    return text


def prepare_text(text: str) -> str:
    """Whole-text steps, done once: newlines and invisible characters."""
    text = normalize_newlines(text)
    if _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    return text


def lines_needing_repair(text: str) -> set[int]:
    """0-based numbers of the lines that have something repair_line may fix.

    One scan of the whole text is far cheaper than a regex call per line.
    """
    found: set[int] = set()
    pos = line_no = 0
    line_end = -1
    for m in _NEEDS_REPAIR.finditer(text):
        if m.start() <= line_end:
            continue  # this line is already in
        line_no += text.count("\n", pos, m.start())
        pos = m.start()
        found.add(line_no)
        line_end = text.find("\n", pos)
        if line_end < 0:
            break
    return found


def needs_ftfy(text: str) -> bool:
    return _NEEDS_FTFY.search(text) is not None


def repair_line(line: str, language: str = "en", vocab: Vocabulary | None = None) -> str:
    """Fix encoding damage and misread glyphs in one line; returns the line unchanged when
    nothing is wrong. ``language`` and ``vocab`` (the document's words) guide the glyphs."""
    if "\u00ad" in line:
        # A soft hyphen mid-line is invisible by definition; one at the end of the line marks
        # a break the line joiner must close up, so that one is kept for it.
        end = line.rstrip()
        soft_end = end.endswith("\u00ad")
        line = end.replace("\u00ad", "") + ("\u00ad" if soft_end else "")
    if _NEEDS_FTFY.search(line):
        line = _fix_encoding(line)
        if "\u00e2\u20ac" in line:
            line = _LOST_CLOSE_QUOTE.sub("\u201d", line)
    return fix_glyphs(line, language, vocab)


# Scripts a Latin letter and a sign next to it can decode to as a UTF-8 pair: "ß¬" (a word
# ending in ß and Fraktur OCR's hyphen) reads as the N'Ko letter U+07EC, "É«" as IPA.
_ALIEN = re.compile("[\u0250-\u02af\u0590-\u08ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def _fix_encoding(line: str) -> str:
    """ftfy's repair, except where it would turn a Latin word's letters into another
    script's: a word decoded into Hebrew, Arabic or N'Ko is mojibake undone only when the
    whole word comes out in that script."""
    fixed = ftfy.fix_text(line, FTFY_CONFIG)
    if _ALIEN.search(fixed) is None:
        return fixed
    words = []
    for word in line.split(" "):
        new = ftfy.fix_text(word, FTFY_CONFIG) if _NEEDS_FTFY.search(word) else word
        mixed = _ALIEN.search(new) is not None and _LATIN_LETTER.search(new) is not None
        words.append(word if mixed else new)
    return " ".join(words)


def _set_bar(line: str) -> re.Match[str] | None:
    """A bar set as type: between a caption and its credit ("… on Saturday. | Ana Ruiz"),
    or after an inset's label ("Lire aussi | Les urgences saturées")."""
    label = inset_label(line.strip())
    if label is not None and "|" in label.group()[: label.start("rest") - label.start()]:
        return _LABEL_BAR.search(line)
    return _CREDIT_BAR.search(line)


_LABEL_BAR = re.compile(r"\s*\|\s*")


def drop_garbage(line: str, language: str = "en") -> tuple[str, list[str]]:
    """Remove stand-alone garbage glyphs; returns the line and the glyphs removed.

    A bar between a caption and a short name closing the line ("… on Saturday. | Ana
    Ruiz") is how credits are set, not dirt, and stays; so does the bar after an inset's
    label ("Lire aussi | Les urgences saturées"). First on the line, a token of
    margin glyphs ("°", "_", "!|") goes as well, or a single quote or "!" standing alone
    ("' das …"), and further on a lone "_" or "°" that is no unit.
    """
    mark = _MARGIN_MARK.match(line)
    if mark is not None and (mark.group(2) != "!" or language != "fr"):
        rest, found = drop_garbage(line[mark.end() :], language)
        return mark.group(1) + rest, [mark.group(2), *found]
    if _MARGIN_CHAR.search(line) is None:  # every line comes here: a regex scans fastest
        return line, []
    lead = _MARGIN_LEAD.match(line)
    if lead is not None:
        rest, found = drop_garbage(line[lead.end() :], language)
        return lead.group(1) + rest, [lead.group(2), *found]
    specks = _SPECK.findall(line) if "_" in line or "°" in line else None
    if specks:
        rest, found = drop_garbage(_SPECK.sub("", line), language)
        return rest, specks + found
    if _GARBAGE_SET.isdisjoint(line):
        return line, []
    bar = _set_bar(line) if "|" in line else None
    if bar is not None:
        head, found_head = drop_garbage(line[: bar.start()], language)
        tail, found_tail = drop_garbage(line[bar.end() :], language)
        return head + bar.group() + tail, found_head + found_tail
    found = _GARBAGE_TOKEN.findall(line)
    if not found:
        return line, []
    return _GARBAGE_TOKEN.sub("", line), found


# A letter standing alone at the end of a line is the column's rule or dirt beside it when
# no word of the page's language is that letter: "j" and "i" (a rule read as a letter, "who
# arrived here j"), and after a closed sentence any letter but the language's one-letter
# words ("Lage sehr ernst. M", "New Orleans, Aug 11, 1682. J"; French "M" is "Monsieur":
# "la Conférence. M" / "le comte de Walewski"). A language without its own list keeps
# English's, the cautious reading.
_RULE_LETTERS = frozenset("ji")
_ONE_LETTER_WORDS = {"en": frozenset("AaIO"), "fr": frozenset("AaÀàYyOôM")}
_CLOSED = frozenset(".!?")
# A short word's stop is an abbreviation's more often than a sentence's, and the letter
# after it an initial that lost its stop: "services by Kev. W" / "G. Holmes.".
_SHORT_WORD_STOP = re.compile(r"(?:^|\s)[^\W\d_]{1,3}\.$")
# Nothing of the text stands after a word broken at the line's end ("profes- |", "ef- !",
# "mec¬ }", Fraktur's "Ermächti⸗ ]", "dri— }"): a mark or a rule letter there is the
# column's rule or dirt beside it. (After a dash an English letter may be a word, "he said—
# I", and a quote mark may close what the dash broke off.)
_AFTER_BREAK = re.compile(
    r"(?:(?<=[^\W\d_][-¬⸗=])[ \t]+([^\w\s]{1,2}|[lIij])"
    r"|(?<=[^\W\d_][—–])[ \t]+([^\w\s\"'“”„«»‘’‹›]{1,2}|[lIij]))[ \t]*$"
)
_DASH_THEN_LETTER = re.compile(r"[—–][ \t]+\w[ \t]*$")


def drop_trailing_letter(line: str, language: str) -> tuple[str, str | None]:
    """Remove a lone letter the margin left at the end of the line, or a mark after a word
    broken there; returns the line and what was removed, or None."""
    end = line.rstrip()
    debris = _AFTER_BREAK.search(end) if " " in end[-3:] else None
    if debris is not None and not (language == "en" and _DASH_THEN_LETTER.search(end)):
        return end[: debris.start()], debris.group(1) or debris.group(2)
    if len(end) < 4 or end[-2] != " " or not end[-1].isalpha():
        return line, None
    letter, before = end[-1], end[:-2].rstrip()
    if not has_word(before):
        return line, None  # a line of scan noise ("' , i") goes whole, as noise
    if letter in _RULE_LETTERS or (
        before[-1:] in _CLOSED
        and letter not in _ONE_LETTER_WORDS.get(language, "AaIO")
        and not _SHORT_WORD_STOP.search(before)
    ):
        return before, letter
    return line, None


# A comma, a semicolon or an exclamation mark set apart at the end of a line ("… said that
# she had ," / "married Edwards"; "des Kaisers und ," / "Königs") is the column's rule or dirt
# beside it on a page that sets no mark apart inside its lines: type sets a mark against
# its word, and a page that sets one apart does so all over ("Simms and Co , importer",
# the old English "Bahia ; Martha"). An exclamation mark so set may close a sentence, so
# only before a line going on in small letters. French sets its ";", ":", "!" and "?"
# apart, so there only a comma counts.
_LONE_END_MARK = re.compile(r"(?<=[^\W_])[ \t]+([,;!])[ \t]*$")
_SPACED_MARK = re.compile(r"[^\W_] [,;:!?](?= \S)")
_SPACED_COMMA = re.compile(r"[^\W_] ,(?= \S)")
_LONE_MARK_WORDS = 3  # a line of fewer words may be a heading's, set as it likes


def sets_marks_apart(text: str, language: str) -> bool:
    """Whether the page sets a mark apart from its word inside a line ("Co , importer")."""
    spaced = _SPACED_COMMA if language == "fr" else _SPACED_MARK
    return spaced.search(text) is not None


def drop_lone_end_mark(line: str, language: str, goes_on_small: bool) -> tuple[str, str | None]:
    """Remove a mark the column's rule left at the end of the line (the caller has found
    that the page sets no mark apart, ``sets_marks_apart``); ``goes_on_small``: the next
    line opens in small letters. Returns the line and the mark removed, or None."""
    m = _LONE_END_MARK.search(line)
    if m is None:
        return line, None
    mark = m.group(1)
    if len(line.split()) <= _LONE_MARK_WORDS and not (mark == ";" and is_caps(line[: m.start()])):
        return line, None  # (a heading in capitals never closes on a semicolon: "JOHN ASANTE ;")
    if (mark == "!" and not goes_on_small) or (language == "fr" and mark != ","):
        return line, None
    return line[: m.start()], mark


# A mark standing first on a line, before its first word, is a speck at the column's edge:
# type never begins a line with a comma, a semicolon, a stop or an exclamation mark (",
# Secretary Lansing", ". selves in time", "; visit those places", "! Golden, Elizabeth R.
# Walton"; Spanish sets its "¡" against the word). A single quote there opens nothing when a
# small letter follows and nothing on the line closes it ("' the Land Act"); a double one
# may reopen a quotation (" take our enemies …"), and stays.
_LEAD_MARK = re.compile(r"([ \t]*)([,;.!'‘’])[ \t]+(?=[^\W_])")


def drop_leading_mark(line: str) -> tuple[str, str | None]:
    """Remove a punctuation mark the margin left before a line's first word; returns the
    line and the mark removed, or None."""
    m = _LEAD_MARK.match(line)
    if m is None:
        return line, None
    rest, mark = line[m.end() :], m.group(2)
    if not has_word(rest):
        return line, None
    if mark in "'‘’" and (not rest[0].islower() or "'" in rest or "’" in rest):
        return line, None
    return m.group(1) + rest, mark


def tidy_whitespace(line: str, language: str = "en") -> tuple[str, int, bool]:
    """Strip a line and collapse inner runs of spaces.

    Returns the text, the width of its leading indentation (a paragraph signal the caller
    may use) and whether inner whitespace had to be collapsed.
    """
    stripped = line.strip()
    indent = len(line) - len(line.lstrip())
    if not _may_have_space_run(stripped) or not _SPACE_RUN.search(stripped):
        return stripped, indent, False
    if language == "fr" and "\u00a0" in stripped:
        tidied = _SPACE_RUN.sub(_french_space, stripped)
        return tidied, indent, tidied != stripped
    return _SPACE_RUN.sub(" ", stripped), indent, True


def _may_have_space_run(s: str) -> bool:
    # Every line comes here, and substring tests cost far less than the regex: a run of two
    # or more has two spaces in it, or one of the other characters.
    return "  " in s or "\t" in s or "\u00a0" in s or "\f" in s or "\v" in s


def _french_space(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    if "\u00a0" in m.group() and (
        text[start - 1 : start] == "«" or text[end : end + 1] in _FRENCH_NBSP_BEFORE
    ):
        return "\u00a0"
    return " "
