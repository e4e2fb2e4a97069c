"""The clean articles the generator sets: gzipped JSON lines under ``corpus/``.

Each article is ``train`` or ``eval`` by a hash of its id, so a page made for evaluation never
shares text with a training page, whatever order the files are read in. A row may say its
split itself: the articles whose OCR the set-aside overProof cases score (``overproof.py``)
say ``eval``, so no training page holds a text the cleaner is checked on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

CORPUS_DIR = Path(__file__).with_name("corpus")
SPLITS = ("train", "eval")
EVAL_PERCENT = 20


@dataclass(frozen=True)
class Article:
    id: str
    language: str
    title: str
    paragraphs: tuple[str, ...]
    source: str
    licence: str
    deck: tuple[str, ...] = ()
    author: str | None = None
    date: str | None = None
    publication: str | None = None
    notes: str = ""
    subheads: tuple[tuple[int, str], ...] = field(default=())
    split: str | None = None  # the row's own split, over the hash's

    @property
    def in_split(self) -> str:
        """``train`` or ``eval``: the row's own split, else its id's hash's."""
        return self.split or split_of(self.id)

    @property
    def old(self) -> bool:
        """Printed before the Second World War: set in the old style more often."""
        return bool(self.date and self.date[:4].isdigit() and int(self.date[:4]) < 1950)


def split_of(article_id: str) -> str:
    digest = hashlib.sha1(article_id.encode("utf-8"), usedforsecurity=False).digest()
    return "eval" if digest[0] * 100 // 256 < EVAL_PERCENT else "train"


def _article(row: dict) -> Article:
    return Article(
        id=row["id"],
        language=row["language"],
        title=row["title"],
        paragraphs=tuple(row["paragraphs"]),
        source=row["source"],
        licence=row["licence"],
        deck=tuple(row.get("deck") or ()),
        author=row.get("author"),
        date=row.get("date"),
        publication=row.get("publication"),
        notes=row.get("notes", ""),
        subheads=tuple((int(i), str(t)) for i, t in row.get("subheads") or ()),
        split=row.get("split"),
    )


@cache
def all_articles() -> tuple[Article, ...]:
    rows: list[Article] = []
    for path in sorted(CORPUS_DIR.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows.extend(_article(json.loads(line)) for line in fh if line.strip())
    return tuple(sorted(rows, key=lambda a: a.id))


@cache
def articles(split: str, language: str | None = None) -> tuple[Article, ...]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return tuple(
        a
        for a in all_articles()
        if a.in_split == split and (language is None or a.language == language)
    )


def pick(rng: random.Random, pool: tuple[Article, ...], used: set[str]) -> Article:
    """An article of ``pool`` not yet ``used`` on this page (after eight tries, any), which
    is then marked used."""
    for _ in range(8):
        art = pool[rng.randrange(len(pool))]
        if art.id not in used:
            break
    used.add(art.id)
    return art
