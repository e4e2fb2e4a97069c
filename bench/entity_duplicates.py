"""Time the duplicate suggestions over a large registry: python bench/entity_duplicates.py

Builds ``--count`` folded entity names (seeded: first names, surnames, initials, typos,
organisations with their acronyms, a common surname shared by thousands) and times
``annotations.duplicates.suggest`` over them, the pure core the duplicates page runs.
Prints the median of ``--repeat`` runs and how many pairs were compared at most.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.duplicates import MAX_BUCKET, Candidate, bucket_keys, suggest

FIRST = ["john", "jane", "emmanuel", "volodymyr", "olaf", "kaja", "mark", "ursula", "keir"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))


def registry(count: int, seed: int) -> list[Candidate]:
    rng = random.Random(seed)
    names = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.2:  # a surname thousands share (its bucket is capped), other first names
            names.append(f"{rng.choice([*FIRST, word(rng)])} {word(rng)[:2]} smith")
        elif roll < 0.8:
            first, last = rng.choice(FIRST), word(rng)
            names.append(f"{first} {last}")
            if rng.random() < 0.1:
                names.append(f"{first[0]}. {last}")  # a duplicate by initial
        else:
            org = f"{word(rng)} {word(rng)} {word(rng)}"
            names.append(org)
            if rng.random() < 0.1:
                names.append("".join(w[0] for w in org.split()))
    return [Candidate(i, "person", (name,)) for i, name in enumerate(names[:count])]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    candidates = registry(args.count, args.seed)
    sizes: dict[str, int] = {}
    for c in candidates:
        for name in c.names:
            for key in bucket_keys(name):
                sizes[key] = min(MAX_BUCKET, sizes.get(key, 0) + 1)
    compared = sum(n * (n - 1) // 2 for n in sizes.values())
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        found = suggest(candidates)
        times.append(time.perf_counter() - started)
    print(
        f"{len(candidates)} entities, {len(sizes)} buckets, at most {compared} pairs compared: "
        f"{len(found)} suggestions in {statistics.median(times) * 1000:.0f} ms (median of "
        f"{args.repeat})"
    )


if __name__ == "__main__":
    main()
