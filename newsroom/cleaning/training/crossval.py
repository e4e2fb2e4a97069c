"""How well the structure model does on real OCR it was not trained on, without touching
the set-aside texts: k-fold cross-validation over the real training cases.

    python -m newsroom.cleaning.training.crossval [--folds 3] [--pages 2000] [--seed 1]

Each fold trains a model on the generated pages, the kit, the probes and the other folds,
and scores the cases of its own fold. This is the figure to choose between ways of
building the model; ``heldout`` is only reported.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .. import structure
from .cases import REAL_TRAIN, cases
from .evaluate import Tally, evaluate
from .train import CASE_WEIGHT, DEFAULT_PAGES, KIT_WEIGHT, PARAMS, train


def folds(n: int) -> list[list[str]]:
    names = sorted(case.name for case in cases(REAL_TRAIN))
    return [names[k::n] for k in range(n)]


def crossval(n: int, pages: int, seed: int, **recipe) -> Tally:
    """Score every real training case with a model trained without its fold; ``recipe``
    goes to ``train`` (``params``, ``case_weight``, ``kit_weight``)."""
    total = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        for k, held in enumerate(folds(n)):
            path = Path(tmp) / f"fold{k}.crfsuite"
            train(pages, seed, path, exclude=set(held), **recipe)
            structure.use_model(path)
            try:
                tally = evaluate(c for c in cases(REAL_TRAIN) if c.name in held)
            finally:
                structure.use_model(structure.MODEL_PATH)
            total.merge(tally)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=DEFAULT_PAGES)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--case-weight", type=int, default=CASE_WEIGHT)
    parser.add_argument("--kit-weight", type=int, default=KIT_WEIGHT)
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = parser.parse_args(argv)
    tally = crossval(
        args.folds,
        args.pages,
        args.seed,
        params={"c1": args.c1, "c2": args.c2},
        case_weight=args.case_weight,
        kit_weight=args.kit_weight,
    )
    print(tally.row(f"real, {args.folds}-fold"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
