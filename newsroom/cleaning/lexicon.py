"""An English word list, used to tell a soft line-end hyphen from a real compound.

The list is SCOWL (size 50, American and British spellings merged, lower-cased, possessives
dropped); see data/SCOWL-COPYRIGHT.txt for its licence. It is loaded once, on first use.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

_WORDS_PATH = Path(__file__).with_name("data") / "words.txt.gz"


@cache
def english_words() -> frozenset[str]:
    with gzip.open(_WORDS_PATH, "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


def is_word(word: str) -> bool:
    return word.lower() in english_words()
