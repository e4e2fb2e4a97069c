"""The structure model: what each line of a page is.

A linear-chain CRF (python-crfsuite) over the page's non-blank lines, with the features of
``features.py``. It is trained by ``python -m newsroom.cleaning.training.train`` from
generated pages and hand-made cases kept in the repository, and its file is committed
(``data/structure.crfsuite``). A sequence model sees each line with its neighbours and the
labels around it, so it learns that a byline follows a headline and that a short line after
a sentence ends a paragraph, from thousands of pages rather than from rules written for a
few.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pycrfsuite

from .features import sequence
from .lines import Line

MODEL_PATH = Path(__file__).with_name("data") / "structure.crfsuite"

# The vocabulary of line labels (what each means: docs/ARCHITECTURE.md, "Cleaning").
LABELS = (
    "masthead",
    "running",
    "folio",
    "jump",
    "noise",
    "kicker",
    "head",
    "deck",
    "attrib",
    "byline",
    "date",
    "caption",
    "credit",
    "pstart",
    "pcont",
    "sub",
    "inset",
    "sig",
    "table",
    "outside",
)


@cache
def tagger(path: Path = MODEL_PATH) -> pycrfsuite.Tagger:
    model = pycrfsuite.Tagger()
    model.open(str(path))
    return model


def tag(lines: list[Line], path: Path = MODEL_PATH) -> dict[int, str]:
    """Each non-blank line's label, by raw line number."""
    items, feats = sequence(lines)
    model = tagger(path)
    return {line.no: label for line, label in zip(items, model.tag(feats), strict=True)}
