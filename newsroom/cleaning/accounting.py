"""Full accounting: is every word of every raw line in the text it was said to become?

The cleaner decides for each raw line where it goes (a block, a header field, a removal);
this checks, independently of how the text was then joined, de-hyphenated and repaired,
that the line's words are really there. A line whose words are not is reported as not
accounted for, so a bug that drops text can never do so silently.

The comparison is on letters and digits only, case folded, so joins, hyphens, quotes and
spacing do not matter; each line is looked for where the previous one ended, so the check
stays linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata

from .lines import Line, wordset

_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
# Labels a cleaned field leaves out by design: "By" before a byline, "Photo:" before a
# credit. They are not text of the article.
LABEL_WORDS = wordset(
    """
    by von par door di por av af de from photo photos photograph photographs foto fotos
    picture pictures image images caption credit credits crédit crédits courtesy source
    illustration bild story
    words text reporting written
    """
)
# How far past the previous line's end a line may start (text repaired in between).
_SLACK = 12


# Every ASCII character that is not a letter or digit, deleted by str.translate (a regular
# expression costs three times as much, on every line of the page).
_ASCII_DROP = str.maketrans("", "", "".join(chr(c) for c in range(128) if not chr(c).isalnum()))


def squash(text: str) -> str:
    if text.isascii():
        return text.translate(_ASCII_DROP).lower()
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def unaccounted(lines: list[Line], text: str) -> list[int]:
    """Raw numbers of the lines whose words are not in ``text``, the text they became."""
    target = squash(text)
    if squash("".join(line.text for line in lines)) in target:
        return []  # the common case: every line, in order, is in the text
    missing = []
    at = 0
    for line in lines:
        key = squash(line.text)
        if not key:
            continue
        found = target.find(key, at, at + len(key) + _SLACK)
        if found < 0:
            found = target.find(key, at)
        if found >= 0:
            at = found + len(key)
            continue
        # Repaired characters break the run: look for the words one by one.
        for word in _WORD.findall(line.text):
            if word.lower() in LABEL_WORDS:
                continue
            w = squash(word)
            found = target.find(w, at)
            if found < 0:
                found = target.find(w)
                if found < 0:
                    missing.append(line.no)
                    break
            else:
                at = found + len(w)
    return missing
