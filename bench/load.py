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

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.reliability import arguments, check, report, run_load, served, server_log


def main() -> int:
    args = arguments(__doc__.split("\n\n")[0])
    with served(args) as (site, _, port, sessions):
        began = time.monotonic()
        ledger = run_load(site, port, sessions, args.seconds)
        elapsed = time.monotonic() - began
    result = check(ledger)
    report(ledger, elapsed, result)
    if result.lost or result.partial:
        print(server_log(site))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
