"""Glyphs OCR misreads inside a line: a vertical bar for a capital I, the long s of Fraktur.

Only lines a cheap scan picked (``GLYPH_SUSPECTS``, see unicode.lines_needing_repair) get
here, and each rule acts only where the reading is plain from the letters around it: a bar
is a credit separator, a table rule or dirt far more often than it is an "I".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import english_words
from .lines import wordset

if TYPE_CHECKING:
    from .lines import Vocabulary

GLYPH_SUSPECTS = "|\u017f"  # the bar, and the long s "ſ"

# What follows the pronoun "I" in running English text often enough to tell a bar standing
# alone for it ("and | said") from a bar between two words.
AFTER_I = wordset(
    """am was had have has think thought said say do did don't don’t didn't didn’t can can't
    can’t could couldn't couldn’t would will won't won’t should shall must may might know
    knew believe believed want wanted feel felt hope hoped told tell saw see got get went
    just also never always still really mean meant guess suppose agree asked heard found
    came remember love like liked need needed wish tried used understand realised realized
    decided made called wrote took gave met estimate consider fear trust expect presume
    regret doubt beg recollect"""
)
# First on a line, a bar is as likely the rule of the margin, and a line may well go on
# with a verb after "and" at the end of the one before ("owned a car and / | had walked"):
# there only the verbs of a speaker's own thought make it an "I".
_AFTER_I_FIRST = wordset(
    """am think thought believe know guess suppose hope feel wonder mean agree remember wish
    understand estimate consider fear trust expect presume regret doubt beg recollect"""
)
# Common words that start with a capital I, in the languages whose words the English list
# lacks; the document's own vocabulary adds the rest.
_I_WORDS = {
    "de": wordset("ich ist in im ins ihr ihre ihrem ihren ihrer ihres ihm ihn ihnen immer indem"),
    "fr": wordset("il ils ici"),
    "es": wordset("ir isla"),
    "it": wordset("il in io"),
    "nl": wordset("in is ik"),
}
# A bar standing alone as a word: at the line start or after a space or an opening mark.
_LONE_BAR = re.compile(r"(?<![^\s\"“‘'(\[—–])\|(?= +([^\s]+))")
# A bar glued to the lowercase rest of a word ("|t", "|n", "|nto"), or to a contraction.
_GLUED_BAR = re.compile(r"(?<![^\s\"“‘'(\[—–„«»/-])\|([^\W\d_]+)(?![|\w])")
_BAR_CONTRACTION = re.compile(r"(?<![^\s\"“‘'(\[—–])\|(?=['’](?:m|ve|ll|d)\b)")
_TABLE_BARS = 3  # a line with this many bars is a table row, whatever it says


def fix_glyphs(line: str, language: str = "en", vocab: Vocabulary | None = None) -> str:
    if "\u017f" in line:
        line = line.replace("\u017f", "s")  # ſ: Fraktur's long s, now an ordinary s
    if "|" in line and line.count("|") < _TABLE_BARS:
        line = _bar_for_i(line, language, vocab)
    return line


def _bar_for_i(line: str, language: str, vocab: Vocabulary | None) -> str:
    english = language in ("en", "und")
    if english:
        # Only English has a pronoun "I" to be read from a bar standing alone.
        line = _LONE_BAR.sub(lambda m: "I" if _follows_i(m) else "|", line)
        line = _BAR_CONTRACTION.sub("I", line)

    def glued(m: re.Match[str]) -> str:
        rest = m.group(1)
        word = "i" + rest
        known = (
            (english and word in english_words())
            or word in _I_WORDS.get(language, ())
            or (vocab is not None and word in vocab.words)
        )
        return "I" + rest if rest.islower() and known else m.group()

    return _GLUED_BAR.sub(glued, line) if "|" in line else line


def _follows_i(m: re.Match[str]) -> bool:
    word = m.group(1).rstrip(".,;:!?”’\"'").lower()
    first = not m.string[: m.start()].strip(" \t\"“‘'(")
    return word in (_AFTER_I_FIRST if first else AFTER_I)
