"""Real OCR with a human correction beside it: the overProof evaluation data.

``tests/fixtures/cleaning_overproof/overproof_ocr.jsonl.gz`` holds, for each article, the
OCR lines of a library's digitised newspaper (Trove's Sydney Morning Herald, 1842-1954;
Chronicling America's US papers, 1871-1922) and a person's correction of each line. These
are the evaluation kit's ``*_real_*`` cases in kind, in numbers: the raw text is the OCR,
and the expected structure is read off the correction the way the kit's cases give it:

- the heading lines the article opens with (lines in capitals) are the headline, going on
  from line to line until one closes on a stop ("TWO MURDER" / "CHARGES", "AIR FORCES" /
  "SEND SUB" / "TO BOTTOM" / "WITH BOMB."), and the rest of them its decks, given as
  subheads;
- a dispatch's dateline ("BRISBANE, Monday.") is no heading: the text opens with it;
- the text is one paragraph (the source records no paragraph breaks, so paragraph scores
  are skipped), its lines joined and line-end hyphens removed as the cleaner's word list
  says.

Articles that open on no heading are left out (nothing tells what their headline is). Each
row says whether it is ``check`` (set aside: scored, never tuned on) or ``tune``: a third
of the articles, drawn by a hash (SHA-256 of "smh" or "ca" and the record's number, the
rule the first look at this data used, so that no article looked at then is in the
check).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..header import dateline_alone
from ..lines import Vocabulary, keeps_hyphen
from .cases import FIXTURES, Case

DATA = FIXTURES / "cleaning_overproof" / "overproof_ocr.jsonl.gz"
FLOOR = DATA.with_name("floor.json")  # the check's figures no change may fall below
_CAPITALS = 0.8  # at least this share of a heading's letters are capitals
_HEADING_CHARS = 80
_HEADING_LINES = 5
_STOPS = (".", "?", "!")


def _heading(line: str) -> bool:
    text = line.strip()
    if dateline_alone(text):
        return False  # a dateline opens the text
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 2
        and len(text) <= _HEADING_CHARS
        and sum(c.isupper() for c in letters) >= _CAPITALS * len(letters)
    )


def _join(lines: list[str], vocab: Vocabulary) -> str:
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out.endswith("-") and out[-2:-1].isalpha() and line[:1].isalpha():
            out = out + line if keeps_hyphen(out, line, vocab) else out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return re.sub(r"\s+", " ", out)


def expected(row: dict) -> dict | None:
    """The kit-shaped expected structure of one article, or None when it opens on no
    heading."""
    lines = row["corrected"].splitlines()
    vocab = Vocabulary.of(row["corrected"])
    heads: list[str] = []
    i = 0
    while i < len(lines) and _heading(lines[i]) and len(heads) < _HEADING_LINES:
        if i < _HEADING_LINES and len(heads) == 1 and not heads[0].rstrip("”\"’'").endswith(_STOPS):
            # a headline set over lines in a narrow column goes on until its stop ("TWO
            # MURDER" / "CHARGES", "AIR FORCES" / "SEND SUB" / "TO BOTTOM" / "WITH BOMB.")
            heads[0] = _join([heads[0], lines[i]], vocab)
        else:
            heads.append(re.sub(r"\s+", " ", lines[i].strip()))
        i += 1
    body = _join(lines[i:], vocab)
    if not heads or not body:
        return None
    return {
        "headline": heads[0],
        "byline": None,
        "captions": [],
        "subheads": heads[1:],
        "paragraphs": [body],
        "insets": [],
        "paragraph_boundaries": "unknown",
        "source": row["source"],
    }


def cases(split: str, path: Path = DATA) -> Iterator[Case]:
    """The articles of one split ("tune" or "check"), as cases."""
    with gzip.open(path, "rt", encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            if row["split"] != split:
                continue
            exp = expected(row)
            if exp is not None:
                yield Case(row["id"], row["raw"], exp)
