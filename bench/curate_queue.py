"""How long the curators' review queue takes with 100 articles and 10,000 annotations.

Run it (from the project root; needs the embedded or a configured PostgreSQL):

    .venv/bin/python bench/curate_queue.py [--rounds 40] [--articles 100] [--annotations 10000]

It creates a throwaway database ``test_bench_newsroom`` on the embedded server (or on
DATABASE_URL's), makes the articles through the same service ingestion uses, gives them the
annotations (five annotators, every kind, a quarter accepted, each with its ``created``
event) and requests the queue in-process with Django's test client as a curator: its first
page, a filtered page (one kind) and a later page. It prints each one's queries and its
median, p90 and mean server time (templates rendered as in production, not instrumented
for tests), and the median CPU time of the Django process (which
leaves out waiting for a CPU on a shared machine). Django runs with DEBUG off, as in
production; the load average is printed, since the wall-clock figures depend on it.
Targets: the median at most 50 ms, and the same number of queries for every page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
# Development settings load without a secret key and with plain static files (no
# collectstatic manifest); DEBUG itself is switched off below before anything renders.
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

MAX_MS = 50.0


def build(articles: int, annotations: int):
    from annotations.models import AnnotationEvent
    from tests.factories import bulk_annotations, make_article, make_user

    authors = [make_user(f"annotator{i}") for i in range(5)]
    curator = make_user("curator", role="curator")
    per_article = annotations // articles
    for n in range(articles):
        article = make_article(headline=f"Coalition story number {n}")
        made = bulk_annotations(article, authors, per_article, seed=n)
        AnnotationEvent.objects.bulk_create(
            [AnnotationEvent(annotation=a, actor=a.author, action="created") for a in made],
            batch_size=1000,
        )
    # Fresh tables have no planner statistics (autovacuum would soon gather them).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return curator


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(captured)


def timings(client: Client, url: str, rounds: int) -> tuple[list[float], list[float]]:
    """Wall-clock times, and this process's CPU times (which leave out waiting for a CPU
    on a busy machine, and PostgreSQL's own work)."""
    for _ in range(3):  # warm up templates, URL resolver and the connection
        client.get(url)
    times, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        assert response.status_code == 200
    return times, cpu


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--annotations", type=int, default=10000)
    args = parser.parse_args()

    # Not setup_test_environment(): it instruments every template render to report its
    # context to the test client, a cost production does not pay (fifty rows are fifty
    # renders). DEBUG off as in production; the client names a host the settings allow.
    override_settings(DEBUG=False).enable()
    warnings.filterwarnings("ignore", "No directory at")  # STATIC_ROOT: no collectstatic here
    connection.settings_dict.setdefault("TEST", {})["NAME"] = "test_bench_newsroom"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from django.urls import reverse

        from annotations.models import Annotation

        curator = build(args.articles, args.annotations)
        proposed = Annotation.objects.live().filter(status="proposed").count()
        print(
            f"Review queue: {args.articles} articles, {Annotation.objects.count():,} "
            f"annotations ({proposed:,} proposed); {args.rounds} requests each, as a curator."
        )
        print(f"Load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        client = Client(HTTP_HOST="localhost")
        client.force_login(curator)
        queue = reverse("curate")
        pages = [
            ("first page", queue),
            ("quotes only", f"{queue}?kind=quote"),
            ("page 40", f"{queue}?page=40"),
        ]
        counts, ok = set(), True
        for name, url in pages:
            n = queries(client, url)
            counts.add(n)
            wall, cpu = timings(client, url, args.rounds)
            t = sorted(wall)
            med = statistics.median(t)
            p90 = t[int(len(t) * 0.9) - 1]
            verdict = "OK" if med * 1000 <= MAX_MS else "ABOVE TARGET"
            print(
                f"  {name:<12} queries {n:2}   median {ms(med)}   p90 {ms(p90)}"
                f"   mean {ms(statistics.fmean(t))}   app CPU median {ms(statistics.median(cpu))}"
                f"   {verdict}"
            )
            ok &= med * 1000 <= MAX_MS
        same = len(counts) == 1
        print(f"Same number of queries on every page: {'yes' if same else 'NO'}")
        ok &= same
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
