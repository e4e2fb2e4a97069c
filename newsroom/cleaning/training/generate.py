"""Write generated pages as cleaning cases the evaluation kit's scorer can read:

    python -m newsroom.cleaning.training.generate --seed 7 --n 200 --split eval --out DIR

writes NAME.raw.txt, NAME.expected.json and NAME.labels.json for each page.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .generator import generate


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        prog="python -m newsroom.cleaning.training.generate", description=__doc__.split("\n\n")[0]
    )
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--split", choices=("train", "eval"), default="train")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for page in generate(args.seed, args.n, args.split):
        # newline="" keeps the raw text byte for byte (no platform line-end translation)
        (args.out / f"{page.name}.raw.txt").write_text(page.raw, encoding="utf-8", newline="")
        (args.out / f"{page.name}.expected.json").write_text(
            json.dumps(page.expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        (args.out / f"{page.name}.labels.json").write_text(
            json.dumps(page.labels) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
