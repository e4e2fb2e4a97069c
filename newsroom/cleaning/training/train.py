"""Build the structure model from what the repository holds.

    python -m newsroom.cleaning.training.train [--pages 2000] [--seed 1] [--out PATH]

Generated pages (the seeded generator, training articles only) and the hand-made cases
training may use (``cases.TRAINING_SETS``, lines labelled by ``align``) are turned into
feature sequences and a CRF is fitted with L-BFGS. The same data and seed give the same
model file: generation is seeded and the optimiser is deterministic.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pycrfsuite

from ..features import sequence
from ..lines import Line
from ..prepare import prepare_lines
from ..structure import LABELS, MODEL_PATH
from .align import align
from .cases import REAL_TRAIN, TRAINING_SETS, cases

# L1 keeps the model small (most features get a zero weight), L2 keeps it smooth.
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}


# Each hand-made case counts several times: there are few of them next to thousands of
# generated pages, and they are the real thing. The real OCR texts count CASE_WEIGHT
# times, the kit's cases and the probes KIT_WEIGHT times (cross-validation takes both).
CASE_WEIGHT = 3
KIT_WEIGHT = 3
DEFAULT_PAGES = 2000


def examples(
    pages: int,
    seed: int,
    exclude: set[str] = frozenset(),
    case_weight: int = CASE_WEIGHT,
    kit_weight: int = KIT_WEIGHT,
):
    """(name, lines, labels) for every training page but the cases named in ``exclude``;
    each real text counts ``case_weight`` times, each case of the kit and the probes
    ``kit_weight`` times."""
    for folder in TRAINING_SETS:
        if folder.exists():
            weight = case_weight if folder == REAL_TRAIN else kit_weight
            for case in cases(folder):
                if case.name in exclude:
                    continue
                lines, labels = align(case.raw, case.expected)
                for _ in range(weight):
                    yield case.name, lines, labels
    if pages:
        from .generator import generate

        for page in generate(seed, pages, split="train"):
            yield page.name, prepare_lines(page.raw, []), page.labels


def sequences(lines: list[Line], labels: list[str]) -> tuple[list[list[str]], list[str]]:
    items, feats = sequence(lines)
    return feats, [labels[line.no - 1] for line in items]


def train(
    pages: int,
    seed: int,
    out: Path,
    verbose: bool = False,
    params: dict | None = None,
    exclude: set[str] = frozenset(),
    case_weight: int = CASE_WEIGHT,
    kit_weight: int = KIT_WEIGHT,
) -> dict:
    trainer = pycrfsuite.Trainer(verbose=verbose)
    n_pages = n_lines = 0
    for name, lines, labels in examples(pages, seed, exclude, case_weight, kit_weight):
        xseq, yseq = sequences(lines, labels)
        if not xseq:
            continue
        unknown = set(yseq) - set(LABELS)
        if unknown:
            raise ValueError(f"{name}: unknown labels {sorted(unknown)}")
        trainer.append(xseq, yseq)
        n_pages += 1
        n_lines += len(xseq)
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return {"pages": n_pages, "lines": n_lines, "bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages", type=int, default=DEFAULT_PAGES, help="generated pages to train on"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    stats = train(args.pages, args.seed, args.out, args.verbose)
    took = time.perf_counter() - started
    print(
        f"trained on {stats['pages']} pages, {stats['lines']} lines in {took:.0f} s: "
        f"{args.out} ({stats['bytes'] / 1e6:.2f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
