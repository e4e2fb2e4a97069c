"""Likely duplicate entities: similar names, compared in Python (the database has no
pg_trgm), over candidate pairs found cheaply and in bounded number.

Names come in folded as ``normalise_name`` folds them (case, accents, spacing), so
"Élysée" meets "elysee". Initials meet the names they stand for ("J. Smith" and "John
Smith"), an acronym the name it shortens ("UN" and "United Nations"). Pure functions on
strings: no Django here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

# Pairs are only compared within a bucket, and a bucket holds at most this many names:
# the work stays bounded (quadratic in this, linear in the registry's size).
MAX_BUCKET = 150
THRESHOLD = 85.0
# A first, cheap pass (rapidfuzz's C loop) drops pairs of several words each that share
# too little to reach THRESHOLD even once initials are spelt out ("j smith" and "john
# smith" score 82 here); single words (acronyms, a surname alone) are always looked at.
PREFILTER = 50.0
# Words an acronym leaves out ("Bank of England" is BoE or BE).
SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "la", "le", "du", "des", "der", "&"})


@dataclass(frozen=True)
class Candidate:
    id: int
    kind: str
    names: tuple[str, ...]  # the folded name first, then the folded aliases


@dataclass(frozen=True)
class Suggestion:
    first: int
    second: int
    score: float  # 0–100
    why: str  # the two names that matched best


@lru_cache(maxsize=65_536)
def words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", name))


def acronym(tokens) -> str:
    return "".join(t[0] for t in tokens if t not in SMALL_WORDS)


def _expand_initials(one, other) -> tuple[list[str], list[str], int]:
    """Both names with each single-letter word spelt out where the other name, in the
    same place, has a word it begins; and how many were spelt out."""
    if len(one) != len(other):
        return one, other, 0
    one, other, expanded = list(one), list(other), 0
    for i, (a, b) in enumerate(zip(one, other, strict=True)):
        if a == b:
            continue
        if len(a) == 1 and b.startswith(a):
            one[i], expanded = b, expanded + 1
        elif len(b) == 1 and a.startswith(b):
            other[i], expanded = a, expanded + 1
    return one, other, expanded


def name_score(one: str, other: str) -> float:
    """How alike two folded names are, 0–100."""
    a, b = words(one), words(other)
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    if len(a) == 1 and len(a[0]) >= 2 and len(b) >= 2 and a[0] == acronym(b):
        return 90.0
    if len(b) == 1 and len(b[0]) >= 2 and len(a) >= 2 and b[0] == acronym(a):
        return 90.0
    if (len(a) == 1 and len(b) >= 2 and a[0] == b[-1]) or (
        len(b) == 1 and len(a) >= 2 and b[0] == a[-1]
    ):
        return 85.0  # a surname alone ("Macron", "Emmanuel Macron")
    a_full, b_full, expanded = _expand_initials(a, b)
    score = fuzz.token_sort_ratio(" ".join(a_full), " ".join(b_full))
    # An initial could stand for another name: a little less sure than a full match.
    return max(0.0, score - 4.0 * expanded)


def bucket_keys(name: str) -> set[str]:
    tokens = words(name)
    if not tokens:
        return set()
    keys = {"last:" + tokens[-1][:4]}
    if len(tokens) >= 2:
        keys.add("acronym:" + acronym(tokens))
    elif len(tokens[0]) <= 6:
        keys.add("acronym:" + tokens[0])
    return keys


def _near_pairs(members: list[tuple[int, str]]):
    """Pairs of a bucket's (id, name)s worth scoring in full."""
    names = [name for _, name in members]
    single = [len(words(name)) == 1 for name in names]
    for i, (id_a, name_a) in enumerate(members):
        rest = names[i + 1 :]
        if single[i]:
            near = range(len(rest))
        else:
            found = process.extract(
                name_a,
                rest,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=PREFILTER,
                limit=None,
            )
            near = sorted(
                {index for _, _, index in found}
                | {j for j in range(len(rest)) if single[i + 1 + j]}
            )
        for j in near:
            id_b, name_b = members[i + 1 + j]
            yield id_a, name_a, id_b, name_b


def suggest(
    candidates: list[Candidate], *, threshold: float = THRESHOLD, limit: int = 100
) -> list[Suggestion]:
    """Pairs of candidates whose names (or aliases) look alike, most alike first."""
    buckets: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for candidate in candidates:
        for name in candidate.names:
            for key in bucket_keys(name):
                if len(buckets[key]) < MAX_BUCKET:
                    buckets[key].append((candidate.id, name))
    best: dict[tuple[int, int], Suggestion] = {}
    for members in buckets.values():
        for id_a, name_a, id_b, name_b in _near_pairs(members):
            if id_a == id_b:
                continue
            pair = (min(id_a, id_b), max(id_a, id_b))
            score = name_score(name_a, name_b)
            if score >= threshold and (pair not in best or best[pair].score < score):
                best[pair] = Suggestion(pair[0], pair[1], round(score, 1), f"{name_a} ~ {name_b}")
    return sorted(best.values(), key=lambda s: (-s.score, s.first, s.second))[:limit]
