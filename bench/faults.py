"""Annotators at work while a gunicorn worker, then PostgreSQL itself, is killed (kill -9).

How to run, from the project root (on a fresh machine too: it makes its own site):

    .venv/bin/python bench/faults.py --seconds 30

What it does: the same site and annotators as bench/load.py (bench/reliability.py). A
third of the way through, one gunicorn worker is killed; two thirds of the way, the
embedded PostgreSQL's postmaster. For each it measures the seconds from the kill to the
first acknowledged write (2xx) of a request sent after it. At the end the database is
checked against every acknowledged write, as bench/load.py does, and for partial rows
(an annotation without one history event per version).

Exits 1 if an acknowledged write was lost, a row is partial, a request got a 500 (while
the database is away the answer is a 503), or either recovery took longer than 10 s.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.reliability import Ledger, arguments, check, report, run_load, served, server_log

RECOVERY_LIMIT = 10.0


def recovered_after(ledger: Ledger, killed_at: float, limit: float) -> float | None:
    """Seconds from ``killed_at`` to the end of the first 2xx write sent after it."""
    deadline = time.monotonic() + limit + 5
    while time.monotonic() < deadline:
        with ledger.lock:
            after = [ended for began, ended in ledger.writes_ok if began >= killed_at]
        if after:
            return min(after) - killed_at
        time.sleep(0.05)
    return None


def main() -> int:
    args = arguments(__doc__.split("\n\n")[0])
    recoveries: dict[str, float | None] = {}
    with served(args) as (site, server, port, sessions):
        ledger = Ledger()  # read while the load runs
        load = threading.Thread(target=run_load, args=(site, port, sessions, args.seconds, ledger))
        began = time.monotonic()
        load.start()

        time.sleep(args.seconds / 3)
        worker = psutil.Process(server.pid).children()[0].pid
        killed_at = time.monotonic()
        os.kill(worker, signal.SIGKILL)
        recoveries["a gunicorn worker"] = recovered_after(ledger, killed_at, RECOVERY_LIMIT)

        time.sleep(max(0.0, began + 2 * args.seconds / 3 - time.monotonic()))
        postmaster = int((site.pgdata / "postmaster.pid").read_text().split()[0])
        killed_at = time.monotonic()
        os.kill(postmaster, signal.SIGKILL)
        recoveries["PostgreSQL"] = recovered_after(ledger, killed_at, RECOVERY_LIMIT)

        load.join()
        elapsed = time.monotonic() - began
    result = check(ledger)
    report(ledger, elapsed, result)
    slow = False
    for what, seconds in recoveries.items():
        shown = "never" if seconds is None else f"{seconds:.2f} s"
        print(f"after kill -9 of {what}: writes succeed again in {shown}")
        slow = slow or seconds is None or seconds > RECOVERY_LIMIT
    crashed = ledger.statuses[500]
    if crashed:
        print(f"{crashed} requests answered 500")
    if result.lost or result.partial or slow or crashed:
        print(server_log(site))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
