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
import re
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


# A paragraph the source ended inside a word ("… nicht er-" / "sichtlich waren, …") or a
# sentence ("… bei allen Schaltern, an denen Postwertzeichen" / "und amtliche Vordrucke
# …"): a transcription that parts its text at each region of the page parts it so where a
# column ends. Its next paragraph opens in small letters.
_BROKEN_WORD_END = re.compile(r"[^\W\d_]-$")
_SENTENCE_END = re.compile(r"[.!?:;)\]»«“”\"'’]$")


def join_parted(
    paragraphs: list[str], subheads: list[tuple[int, str]]
) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """The paragraphs with those the source parted inside a word or a sentence joined
    again, and the subheads' places (the index of the paragraph each stands before) moved
    with them. A subhead between two paragraphs keeps them apart."""
    before = {i for i, _ in subheads}
    out: list[str] = []
    index = []  # each source paragraph's index in ``out``
    for i, text in enumerate(paragraphs):
        above = out[-1] if out else ""
        if not (out and i not in before and text[:1].islower()):
            out.append(text)
        elif _BROKEN_WORD_END.search(above):
            out[-1] = above[:-1] + text
        elif not _SENTENCE_END.search(above):
            out[-1] = f"{above} {text}"
        else:
            out.append(text)
        index.append(len(out) - 1)
    return tuple(out), tuple((index[i] if i < len(index) else len(out), t) for i, t in subheads)


def _article(row: dict) -> Article:
    paragraphs, subheads = join_parted(
        row["paragraphs"], [(int(i), str(t)) for i, t in row.get("subheads") or ()]
    )
    return Article(
        id=row["id"],
        language=row["language"],
        title=row["title"],
        paragraphs=paragraphs,
        source=row["source"],
        licence=row["licence"],
        deck=tuple(row.get("deck") or ()),
        author=row.get("author"),
        date=row.get("date"),
        publication=row.get("publication"),
        notes=row.get("notes", ""),
        subheads=subheads,
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
