"""How long the article page takes with 1,000 annotations, against the same page with none.

Run it (from the project root; needs the sample article's cleaner and the embedded or a
configured PostgreSQL):

    .venv/bin/python bench/article_render.py [--rounds 40] [--annotations 1000]

It creates a throwaway database ``test_bench_newsroom`` on the embedded server (or on
DATABASE_URL's), ingests the sample article twice (two identical documents), gives one of
them the annotations (five annotators, every kind, overlapping, a quarter accepted) and
requests both pages in-process with Django's test client, alternating which goes first in
each round. It
prints the queries of each page and the median, p90 and mean server time, for a signed-in
annotator (who sees every annotation) and an anonymous reader (accepted ones only), twice:
warm (the marked-up text and the sidebar list are cached by what they are made of, as when
a page is read again with the same annotations) and cold (those caches emptied before every
request, as on the first view after a change). Both count against the target. Last, for
context, what an annotator's live-update poll costs when nothing changed.
Django runs with DEBUG off (no query log, no template debug), as in production.
Targets: at most 10 queries, and the annotated page's median at most 3x the bare one.
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
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

SAMPLE = ROOT / "newsroom" / "fixtures" / "demo" / "moscow-times-coalition-of-the-willing.raw.txt"
MAX_QUERIES = 10
MAX_RATIO = 3.0


def build(count: int):
    from newsroom.ingest import ingest_text
    from newsroom.models import Article
    from tests.factories import bulk_annotations, make_user

    raw = SAMPLE.read_text(encoding="utf-8")
    status = Article.Status.PUBLISHED
    annotated = ingest_text(raw, source_name="bench-annotated", status=status).article
    bare = ingest_text(raw + "\n", source_name="bench-bare", status=status).article
    assert annotated.text == bare.text, "the two copies of the sample should be identical"
    users = [make_user(f"annotator{i}") for i in range(5)]
    bulk_annotations(annotated, users, count, seed=1)
    # Fresh tables have no planner statistics (autovacuum would soon gather them); without
    # them PostgreSQL plans the reading query for one row instead of a thousand.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return annotated, bare, users[0]


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(captured)


def timings(client: Client, urls: list[str], rounds: int, cold: bool) -> dict[str, list[float]]:
    """Server times of each page, alternating which goes first; ``cold``: the rendering
    caches are emptied (untimed) before every request, as after a change."""
    from annotations.highlights import forget_renders

    for url in urls:  # warm up templates, URL resolver and the connection
        for _ in range(3):
            client.get(url)
    times: dict[str, list[float]] = {url: [] for url in urls}
    for i in range(rounds):
        for url in urls if i % 2 == 0 else reversed(urls):
            if cold:
                forget_renders()
            start = time.perf_counter()
            response = client.get(url)
            times[url].append(time.perf_counter() - start)
            assert response.status_code == 200
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def report(who: str, client: Client, annotated, bare, rounds: int) -> bool:
    urls = [annotated.get_absolute_url(), bare.get_absolute_url()]
    n_annotated, n_bare = queries(client, urls[0]), queries(client, urls[1])
    print(f"\n{who}: queries {n_annotated} annotated, {n_bare} none")
    ok = max(n_annotated, n_bare) <= MAX_QUERIES
    for cold, label in ((False, "warm"), (True, "cold")):
        times = timings(client, urls, rounds, cold)
        med = {url: statistics.median(t) for url, t in times.items()}
        ratio = med[urls[0]] / med[urls[1]]
        for name, url in (("annotated", urls[0]), ("none", urls[1])):
            t = sorted(times[url])
            p90 = t[int(len(t) * 0.9) - 1]
            print(
                f"  {label} {name:<10} median {ms(med[url])}   p90 {ms(p90)}"
                f"   mean {ms(statistics.fmean(t))}"
            )
        verdict = "OK" if ratio <= MAX_RATIO else "ABOVE TARGET"
        print(f"  {label} ratio of medians {ratio:.2f}x (target <= {MAX_RATIO:.0f}x)  {verdict}")
        ok &= ratio <= MAX_RATIO
    return ok


def live_polls(client: Client, annotated, bare, rounds: int) -> None:
    """What an annotator's page costs every few seconds when nothing changed (context)."""
    from django.urls import reverse
    from django.utils import timezone

    from annotations.live import Mark

    mark = Mark(timezone.now(), annotated.revision)  # a page that has everything
    poll = reverse("article-live", args=[annotated.slug])
    data = {"checked": mark.checked.isoformat(), "revision": mark.revision, "seen": ""}
    assert client.get(poll, data).status_code == 204
    times: dict[str, list[float]] = {"poll": [], "page": []}
    for _ in range(rounds):
        for name, url, params in (("poll", poll, data), ("page", bare.get_absolute_url(), {})):
            start = time.perf_counter()
            client.get(url, params)
            times[name].append(time.perf_counter() - start)
    med = {name: statistics.median(t) for name, t in times.items()}
    print(
        f"\nLive poll with nothing new (1,000 annotations): median {ms(med['poll'])}, "
        f"{med['poll'] / med['page']:.2f}x the page with none"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--annotations", type=int, default=1000)
    args = parser.parse_args()

    setup_test_environment(debug=False)
    warnings.filterwarnings("ignore", "No directory at")  # STATIC_ROOT: no collectstatic here
    connection.settings_dict.setdefault("TEST", {})["NAME"] = "test_bench_newsroom"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        annotated, bare, annotator = build(args.annotations)
        visible = annotated.annotations.count()
        print(
            f"Article page, {len(annotated.text):,} characters in {len(annotated.blocks)} blocks; "
            f"{visible:,} annotations by 5 annotators vs none; {args.rounds} rounds, alternating."
        )
        signed_in = Client()
        signed_in.force_login(annotator)
        ok = report("Signed-in annotator (sees all)", signed_in, annotated, bare, args.rounds)
        ok &= report("Anonymous reader (accepted only)", Client(), annotated, bare, args.rounds)
        live_polls(signed_in, annotated, bare, args.rounds)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
