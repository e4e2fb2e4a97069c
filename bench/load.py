"""Annotators through the annotation API for a while; then the database against every answer.

How to run, from the project root (on a fresh machine too: it makes its own site):

    .venv/bin/python bench/load.py --annotators 8 --seconds 30

What it does: makes a site of its own (bench/reliability.py: a temporary NEWSROOM_VAR_DIR
with its embedded PostgreSQL, migrated, four published articles, one annotator each),
starts gunicorn with the production settings, signs every annotator in through the login
form, and lets them work: each creates an annotation, edits it with If-Match, deletes
every other one, again and again. Then it stops gunicorn and checks the database: every
acknowledged create exists, with the content and version of the last acknowledged edit
or deletion (or of a later write that got no answer, which may have committed), and every
row has one history event per version.

Prints requests per second, latency p50/p95/p99, errors by status and lost writes;
exits 1 if an acknowledged write was lost or a row is partial.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.reliability import (
    THREADS,
    check,
    make_site,
    report,
    run_load,
    server_log,
    sign_in,
    start_gunicorn,
    stop_gunicorn,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--annotators", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--workers",
        type=int,
        default=4,
        help="gunicorn workers (each with gunicorn.conf.py's threads)",
    )
    args = parser.parse_args()

    site = make_site(args.annotators)
    server, port = start_gunicorn(site, args.workers)
    try:
        sessions = [sign_in(port, who, password) for who, password in site.people]
        print(
            f"{args.annotators} annotators for {args.seconds:.0f} s, gunicorn "
            f"{args.workers} workers x {THREADS} threads (gunicorn.conf.py), {os.cpu_count()} CPUs"
        )
        began = time.monotonic()
        ledger = run_load(site, port, sessions, args.seconds)
        elapsed = time.monotonic() - began
    finally:
        stop_gunicorn(server)
    result = check(ledger)
    report(ledger, elapsed, result)
    if result.lost or result.partial:
        print(server_log(site))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
