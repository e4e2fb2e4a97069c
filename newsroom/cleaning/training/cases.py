"""The hand-made cases kept in the repository, and which of them training may use.

Training and tuning use the evaluation kit's cases, the probe cases and the training part
of the real OCR texts. The set-aside real texts (``tests/fixtures/cleaning_real/heldout``)
are only ever scored: nothing here reads them for training.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
KIT = FIXTURES / "cleaning"
PROBE = FIXTURES / "cleaning_probe"
REAL_TRAIN = FIXTURES / "cleaning_real" / "train"
REAL_HELDOUT = FIXTURES / "cleaning_real" / "heldout"
TRAINING_SETS = (KIT, PROBE, REAL_TRAIN)


@dataclass(frozen=True)
class Case:
    name: str
    raw: str
    expected: dict


def cases(folder: Path) -> Iterator[Case]:
    for path in sorted(folder.glob("*.raw.txt")):
        name = path.name.removesuffix(".raw.txt")
        expected = json.loads(path.with_name(f"{name}.expected.json").read_text("utf-8"))
        yield Case(name, path.read_text("utf-8"), expected)
