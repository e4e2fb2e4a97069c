"""An English word list, used to tell a soft line-end hyphen from a real compound, and a
list of given names, used to tell a writer's name from a headline's words.

The word list is SCOWL (size 50, American and British spellings merged, lower-cased,
possessives dropped); see data/SCOWL-COPYRIGHT.txt for its licence. The given names are the
1990 US Census first names (public domain; data/GIVEN-NAMES-SOURCE.txt). Each list is
loaded once, on first use.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

_WORDS_PATH = Path(__file__).with_name("data") / "words.txt.gz"
_GIVEN_NAMES_PATH = Path(__file__).with_name("data") / "given_names.txt.gz"


def _load(path: Path) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


@cache
def english_words() -> frozenset[str]:
    return _load(_WORDS_PATH)


def is_word(word: str) -> bool:
    return word.lower() in english_words()


@cache
def given_names() -> frozenset[str]:
    return _load(_GIVEN_NAMES_PATH)


def is_given_name(word: str) -> bool:
    return word.lower() in given_names()
