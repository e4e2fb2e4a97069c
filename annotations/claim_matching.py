"""The same claim stated in other articles: texts alike once case, accents, quote marks
and spacing are set aside, scored by rapidfuzz (the database has no pg_trgm).

Pure functions on strings: no Django here. The caller bounds the work by passing at
most ``MAX_CANDIDATES`` texts (the newest claims not yet linked); a first pass keeps those
sharing two content words with the claim (a set intersection each), and rapidfuzz scores
only those in its C loop. Folding the candidates is most of the cost: about 0.2 s for a
full batch, whatever the size of the archive.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

MAX_CANDIDATES = 5_000
THRESHOLD = 75.0
MIN_WORD = 4
SHARED_WORDS = 2
# Quotes are often cut differently in two articles; only the first words say enough.
MAX_CHARS = 500
QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})


def fold(text: str) -> str:
    """``text`` without case, accents, typographic quotes or extra spacing."""
    decomposed = unicodedata.normalize("NFKD", text[:MAX_CHARS].translate(QUOTE_MARKS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@dataclass(frozen=True)
class Match:
    id: object
    score: float  # 0–100


def content_words(folded: str) -> frozenset[str]:
    """The words that say what a claim is about (four letters or more)."""
    return frozenset(w for w in re.findall(r"[^\W_]+", folded) if len(w) >= MIN_WORD)


def similar(
    texts: Iterable[str], candidates: Iterable[tuple[object, str]], *, limit: int = 10
) -> list[Match]:
    """The candidates (id, text) most like any of ``texts``, best first, each once.

    A first pass keeps the candidates sharing at least two content words with a text (a
    set intersection each); only those are scored. WRatio: a claim quoted in full in one
    article and in part in another still scores high (its partial comparison), and
    reordered words too (its token comparisons)."""
    choices = []
    for pk, text in candidates:
        folded = utils.default_process(fold(text))
        if folded:
            choices.append((pk, folded, content_words(folded)))
    best: dict[object, float] = {}
    for text in dict.fromkeys(texts):
        query = utils.default_process(fold(text))
        if not query:
            continue
        words = content_words(query)
        needed = min(SHARED_WORDS, len(words))
        kept = {pk: folded for pk, folded, its in choices if len(words & its) >= needed}
        for _, score, pk in process.extract(
            query, kept, scorer=fuzz.WRatio, score_cutoff=THRESHOLD, limit=limit
        ):
            best[pk] = max(score, best.get(pk, 0.0))
    ranked = sorted(best.items(), key=lambda item: (-item[1], str(item[0])))
    return [Match(pk, round(score, 1)) for pk, score in ranked[:limit]]
