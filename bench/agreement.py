"""How long the agreement dashboard and `manage.py agreement --json` take with 100 articles
and 10,000 annotations, and how many queries the dashboard makes.

Run it (from the project root; needs the embedded or a configured PostgreSQL):

    .venv/bin/python bench/agreement.py [--articles 100] [--annotations 10000] [--rounds 10]

It creates a throwaway database ``test_bench_newsroom``, ingests the sample article once and
makes the other articles with the same body, gives every article an equal share of the
annotations (five annotators, every kind, overlapping; tests.factories.bulk_annotations), then
requests /curate/agreement/ as a curator in-process with Django's test client (DEBUG off),
and one article's page, and runs the command once. It prints the queries and the median and
p90 server times, cold (the figures worked out again for every request, as after any
change) and warm (kept, as when nothing changed: newsroom.speedups.AGREEMENT).
Target: a constant number of queries (the same with one article as with all of them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

SAMPLE = ROOT / "newsroom" / "fixtures" / "demo" / "moscow-times-coalition-of-the-willing.raw.txt"
URL = "/curate/agreement/"


def build(articles: int, annotations: int):
    from newsroom.ingest import ingest_text
    from newsroom.models import Article
    from tests.factories import bulk_annotations, make_article, make_user

    raw = SAMPLE.read_text(encoding="utf-8")
    first = ingest_text(raw, source_name="bench", status=Article.Status.PUBLISHED).article
    body = [b for b in first.content["body"] if b.get("kind") != "figure"]
    made = [first] + [make_article(body=body, photos=[]) for _ in range(articles - 1)]
    users = [make_user(f"annotator{i}") for i in range(5)]
    for i, article in enumerate(made):
        bulk_annotations(article, users, annotations // articles, seed=i)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return made, make_user("curator", role="curator")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def timed(
    client: Client, url: str, rounds: int, params=None, *, cold: bool
) -> tuple[int, list[float]]:
    from newsroom.speedups import AGREEMENT

    AGREEMENT.clear()
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        assert client.get(url, params).status_code == 200
    times = []
    for _ in range(rounds):
        if cold:
            AGREEMENT.clear()
        start = time.perf_counter()
        response = client.get(url, params)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200
    return len(executed), sorted(times)


def show(label: str, queries: int, times: list[float]) -> None:
    p90 = times[max(0, int(len(times) * 0.9) - 1)]
    print(
        f"{label:<28} {queries:>3} queries   median {ms(statistics.median(times))}   p90 {ms(p90)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    setup_test_environment(debug=False)
    warnings.filterwarnings("ignore", "No directory at")
    connection.settings_dict.setdefault("TEST", {})["NAME"] = "test_bench_newsroom"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        articles, curator = build(args.articles, args.annotations)
        from annotations.models import Annotation

        total = Annotation.objects.count()
        print(
            f"{len(articles)} articles of {len(articles[0].text):,}-{len(articles[-1].text):,} "
            f"characters, {total:,} annotations by 5 annotators; {args.rounds} rounds."
        )
        client = Client()
        client.force_login(curator)
        one = {"article": articles[0].slug}
        for cold, label in ((True, "cold"), (False, "warm")):
            show(f"Dashboard, all, {label}", *timed(client, URL, args.rounds, cold=cold))
            show(f"Dashboard, one, {label}", *timed(client, URL, args.rounds, one, cold=cold))
        start = time.perf_counter()
        call_command("agreement", "--json", stdout=StringIO())
        took = ms(time.perf_counter() - start)
        print(f"{'manage.py agreement --json':<28} (once)                {took}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
