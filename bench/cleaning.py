"""Benchmark newsroom.cleaning.clean() on one core.

Builds inputs by concatenating the raw texts of the cleaning cases (tests/fixtures/cleaning)
until they reach 1 MB and 10 MB, times clean() on each, and prints the throughput and how
the time grows with the size. Then cleans every page the repository holds (the kit's
cases, the probes and the real OCR texts, about 0.8 MB in 221 pages) one at a time, as
ingest does, and prints that throughput too: a page's fixed costs (its language, its
model run) weigh there as they do in use. Run from the project root:

    python bench/cleaning.py [--size-mb 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsroom.cleaning import clean  # noqa: E402

CASES = ROOT / "tests" / "fixtures" / "cleaning"
PAGES = ROOT / "tests" / "fixtures"
TARGET_MB_PER_S = 2.0
MAX_GROWTH = 12.0  # time for 10x the input, as a multiple of the time for 1x


def build_input(megabytes: float) -> str:
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*.raw.txt")))
    copies = int(megabytes * 1_000_000 / len(unit.encode("utf-8"))) + 1
    return "\n\n".join([unit] * copies)


def best_time(text: str, repeats: int) -> tuple[float, float]:
    """Best (CPU seconds, wall seconds) over the runs.

    CPU time is what one core spent, so it holds on a busy machine where wall time would
    also count the time other processes had the core.
    """
    cpu, wall = [], []
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        clean(text)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return min(cpu), min(wall)


def pages_time(pages: list[str], repeats: int) -> float:
    """Best CPU seconds over the runs to clean each page on its own."""
    best = []
    for _ in range(repeats):
        c0 = time.process_time()
        for page in pages:
            clean(page)
        best.append(time.process_time() - c0)
    return min(best)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=10.0, help="size of the large input")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size; the best counts")
    args = parser.parse_args()

    clean(build_input(0.05))  # warm up: the word list loads on first use
    small = build_input(args.size_mb / 10)
    large = build_input(args.size_mb)
    small_mb = len(small.encode("utf-8")) / 1_000_000
    large_mb = len(large.encode("utf-8")) / 1_000_000

    t_small, w_small = best_time(small, args.repeats)
    t_large, w_large = best_time(large, args.repeats)
    rate = large_mb / t_large
    growth = t_large / t_small

    print(f"input: {large_mb:.2f} MB built from {len(list(CASES.glob('*.raw.txt')))} cases")
    for mb, cpu, wall in ((small_mb, t_small, w_small), (large_mb, t_large, w_large)):
        print(f"{mb:6.2f} MB: {cpu:6.2f} s CPU ({mb / cpu:.2f} MB/s), {wall:6.2f} s wall")
    print(f"growth for {large_mb / small_mb:.1f}x the input: {growth:.1f}x the CPU time")
    pages = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("cleaning*/**/*.raw.txt"))]
    pages_mb = sum(len(p.encode("utf-8")) for p in pages) / 1_000_000
    t_pages = pages_time(pages, args.repeats)
    print(
        f"page by page: {len(pages)} pages, {pages_mb:.2f} MB: {t_pages:6.2f} s CPU "
        f"({pages_mb / t_pages:.2f} MB/s)"
    )
    ok = min(rate, pages_mb / t_pages) >= TARGET_MB_PER_S and growth <= MAX_GROWTH
    print(
        f"target: >= {TARGET_MB_PER_S} MB/s (one input and page by page) and "
        f"<= {MAX_GROWTH}x growth: " + ("met" if ok else "NOT met")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
