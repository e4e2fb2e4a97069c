"""The reader page of a 20 MB article: time to its first byte and the bytes it sends.

Run it (from the project root; embedded or DATABASE_URL's PostgreSQL):

    .venv/bin/python bench/long_article.py [--megabytes 20] [--annotations 1000] [--rounds 5]
    .venv/bin/python bench/long_article.py --whole   # also the whole article on one page

It creates a throwaway database ``test_bench_long_article``, stores one published
article of about ``--megabytes`` million characters of news-like paragraphs (the
generator of bench/anchoring.py) with ``--annotations`` annotations spread over it
(five annotators, every kind, a quarter accepted), and requests its page in-process with
Django's test client (DEBUG off, as in production), as an annotator (sees every
annotation) and as an anonymous reader (accepted ones): part 1, a middle part, the last
part, and the part holding an annotation found by its id. The page is rendered whole
before its first byte goes out, so the server time printed is the time to the first
byte, less the network. ``--whole`` measures the article on one page, as before parts
(PART_CHARS set past the article's length): that takes tens of seconds a request.
"""

from __future__ import annotations

import argparse
import os
import random
import re
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
from django.test.utils import setup_test_environment  # noqa: E402

from bench.anchoring import article as news_text  # noqa: E402


def build(megabytes: float, count: int):
    from newsroom import layout
    from newsroom.models import Article
    from tests.factories import bulk_annotations, make_article, make_user

    text = news_text(random.Random(7), int(megabytes * 1_000_000))
    body = [{"kind": "paragraph", "text": block} for block in text.split("\n\n")]
    began = time.perf_counter()
    article = make_article(
        headline="A very long report", body=body, photos=[], status=Article.Status.PUBLISHED
    )
    print(
        f"Article of {len(article.text):,} characters in {len(article.blocks):,} blocks, "
        f"{len(layout.parts(article.blocks))} parts of at most {layout.PART_CHARS:,} "
        f"characters (stored in {time.perf_counter() - began:.1f} s)"
    )
    users = [make_user(f"annotator{i}") for i in range(5)]
    annotations = bulk_annotations(article, users, count, seed=1)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return article, users[0], annotations


def measure(client: Client, url: str, params: dict, rounds: int) -> tuple[float, int, str]:
    client.get(url, params)  # warm up
    times, size, part = [], 0, ""
    for _ in range(rounds):
        began = time.perf_counter()
        response = client.get(url, params)
        times.append(time.perf_counter() - began)
        assert response.status_code == 200, response.status_code
        size = len(response.content)
        found = re.search(r"Part \d+ of \d+", response.content.decode())
        part = found.group() if found else "one page"
    return statistics.median(times), size, part


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20)
    parser.add_argument("--annotations", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--whole", action="store_true", help="also the article on one page")
    args = parser.parse_args()

    setup_test_environment(debug=False)
    warnings.filterwarnings("ignore", "No directory at")  # STATIC_ROOT: no collectstatic here
    connection.settings_dict.setdefault("TEST", {})["NAME"] = "test_bench_long_article"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from newsroom import layout

        article, annotator, annotations = build(args.megabytes, args.annotations)
        url = article.get_absolute_url()
        count = len(layout.parts(article.blocks))
        accepted = next(a for a in annotations if a.status == "accepted")
        pages = [
            ("part 1", {}),
            ("a middle part", {"part": count // 2}),
            ("the last part", {"part": count}),
            ("?annotation=<id>", {"annotation": str(accepted.pk)}),
        ]
        signed_in = Client()
        signed_in.force_login(annotator)
        readers = (("annotator", signed_in), ("anonymous", Client()))
        for who, client in readers:
            for label, params in pages:
                seconds, size, part = measure(client, url, params, args.rounds)
                print(
                    f"{who:<10} {label:<18} first byte {1000 * seconds:8.1f} ms (median)   "
                    f"{size:>12,} bytes   {part}"
                )
        if args.whole:
            layout.PART_CHARS = len(article.text) + 1
            for who, client in readers:
                seconds, size, _ = measure(client, url, {}, 1)
                print(
                    f"{who:<10} {'whole, one page':<18} first byte {1000 * seconds:8.1f} ms"
                    f"            {size:>12,} bytes"
                )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
