"""Which language an article is written in, from a bounded sample of its text.

py3langid (a naive Bayes model over byte n-grams, shipped with the package) does the work,
restricted to the languages newspapers come to us in: a choice among a dozen is both
faster and surer than among a hundred, and a text in none of them scores low everywhere
and is reported as "und" (undetermined) rather than forced into the nearest.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import ftfy

from .unicode import FTFY_CONFIG, needs_ftfy

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# ISO 639-1 codes: English, German, French, Spanish, Italian, Dutch, Portuguese and the
# Nordic languages (Danish, Swedish, Norwegian Bokmål and Nynorsk, Finnish, Icelandic).
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "sv", "no", "nn", "fi", "is")
UNDETERMINED = "und"

# The model's answer costs time in proportion to the text, and a few thousand characters
# settle the language of any article; a 20 MB input is sampled, not read. Windows spread
# over the text so that a masthead or a block of tables at the top does not decide alone.
PAGE_SAMPLE = 10_000
# One story of a page whose language is known already: asked only whether this story
# differs (a foreign column), which a smaller sample settles. Reading every story whole
# made the detector a third of the cleaner's time on a page of many stories. A glance
# at QUICK_SAMPLE characters settles most stories as in the page's language; only a
# story the glance finds otherwise is read at STORY_SAMPLE, so that a short sample never
# decides alone that a story is foreign.
STORY_SAMPLE = 2_000
QUICK_SAMPLE = 500
_WINDOWS = 4
_MIN_LETTERS = 20
# Of the probabilities the model gives the languages (summing to 1): below this the text
# is too short, too damaged or in another language.
_MIN_CONFIDENCE = 0.5


@cache
def _identifier() -> LanguageIdentifier:
    # Loading the model (and numpy with it) takes most of a second: once per process, on
    # first use, so that importing the cleaner stays cheap.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def sample(text: str, size: int = PAGE_SAMPLE) -> str:
    """About ``size`` characters in _WINDOWS windows, evenly spread, cut at spaces."""
    if len(text) <= size:
        return text
    window = size // _WINDOWS
    step = (len(text) - window) // (_WINDOWS - 1)
    pieces = []
    for i in range(_WINDOWS):
        start = i * step
        if start:
            space = text.find(" ", start, start + 100)
            start = space + 1 if space >= 0 else start
        end = text.rfind(" ", start, start + window)
        pieces.append(text[start : end if end > start else start + window])
    return "\n".join(pieces)


def detect_language(text: str, size: int = PAGE_SAMPLE) -> str:
    """The ISO 639-1 code of the text's language, or "und" when it cannot be told.

    ``size`` bounds the characters read (see ``sample``).
    """
    part = sample(text, size)
    if not _has_letters(part, _MIN_LETTERS):
        return UNDETERMINED
    if needs_ftfy(part):
        # Mojibake ("fÃ¼r") reads as no language at all; mended, it reads as German.
        part = ftfy.fix_text(part, FTFY_CONFIG)
    language, confidence = _identifier().classify(part)
    return language if confidence >= _MIN_CONFIDENCE else UNDETERMINED


def story_language(text: str, page_language: str) -> str:
    """The language of one story of a page in ``page_language``: the page's own unless a
    sample of the story says otherwise (a foreign column)."""
    if detect_language(text, QUICK_SAMPLE) == page_language:
        return page_language
    found = detect_language(text, STORY_SAMPLE)
    return page_language if found == UNDETERMINED else found


def _has_letters(text: str, n: int) -> bool:
    """Whether the text holds at least n letters (reading no further than the n-th)."""
    for c in text:
        if c.isalpha():
            n -= 1
            if not n:
                return True
    return False
