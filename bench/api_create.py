"""Annotation create over the API against a bare one-INSERT Django view, in one run.

How to run, from the project root (takes about a minute):

    .venv/bin/python bench/api_create.py
    .venv/bin/python bench/api_create.py --clients 8 --workers 4 --rounds 4 --seconds 6

What it does: drops and recreates a database of its own (``newsroom_bench``, on the
embedded server, or on DATABASE_URL's server), migrates it, adds one published article
and an annotator, and starts gunicorn (sync workers) with ``bench.settings`` — the
product's settings in production mode plus two bench-only routes: ``/bench/insert/``, a
view doing a single INSERT (the target's baseline), and ``/bench/insert-signed-in/``, the
same INSERT after loading the signed-in user (session and user rows), which any write
must do — printed for context. The same session cookie and CSRF token go with every
request to every endpoint, so all pass through the same middleware. ``--clients`` threads
POST as fast as answers come; rounds rotate the order of the endpoints so a noisy machine
hurts all alike. At the end every 2xx answer is looked up in the database: each
annotation by the id in its Location header, each bare row by its id.

Prints requests per second of each round, the medians and their ratio (the target: the
API at 0.45 of the bare view's rate or more), latencies, and the database check.
Figures, not a test: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import socket
import statistics
import string
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHRASE = "26 countries who have formally committed"
ENV = {
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    "DJANGO_SECURE_SSL_REDIRECT": "0",
}


def setup_database() -> tuple[str, str, str]:
    """A fresh bench database; returns (article slug, session key, article text)."""
    os.environ.update(ENV)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import psycopg
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.core.management import call_command
    from django.db import connection

    from bench.urls import TABLE
    from newsroom.revisions import article_create, page_create
    from newsroom.roles import ensure_roles, make_annotator
    from newsroom.sessions import SessionStore

    name = settings.DATABASES["default"]["NAME"]
    params = connection.get_connection_params()  # starts the embedded server if need be
    params["dbname"] = "postgres"
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {TABLE} (id bigserial PRIMARY KEY, payload text NOT NULL)")
    ensure_roles()
    user = get_user_model().objects.create_user("bench-annotator", password=secrets.token_hex())
    make_annotator(user)
    paragraph = f"“We have today {PHRASE},” Macron told reporters, standing alongside Zelensky."
    article = article_create(
        page=page_create(raw_text="BENCH RAW TEXT"),
        lines=(1, 1),
        content={
            "headline": "Benchmark article",
            "body": [{"kind": "paragraph", "text": paragraph}],
        },
        status="published",
    )
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    connection.close()
    return article.slug, session.session_key, article.text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int, workers: int, threads: int) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "gunicorn", "newsroom.wsgi:application",
        "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
    ]  # fmt: skip
    # The command line overrides gunicorn.conf.py, which gunicorn reads from the root.
    if threads > 1:
        command += ["--worker-class", "gthread", "--threads", str(threads)]
    else:
        command += ["--worker-class", "sync"]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **ENV})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            status, _, _ = request(port, "GET", "/api/annotations/", None, {})
            if status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 60 s")


def request(port: int, method: str, path: str, body: bytes | None, headers: dict):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body, headers)
        response = conn.getresponse()
        return response.status, response.getheader("Location"), response.read()
    finally:
        conn.close()


def run_round(port: int, path: str, body: bytes, headers: dict, clients: int, seconds: float):
    """Clients POST back to back until the time is up; returns (statuses, ids, latencies)."""
    statuses: list[int] = []
    ids: list[str] = []
    latencies: list[float] = []
    lock = threading.Lock()
    start = time.monotonic()
    deadline = start + seconds

    def client() -> None:
        mine, found, waits = [], [], []
        while time.monotonic() < deadline:
            began = time.perf_counter()
            status, location, content = request(port, "POST", path, body, headers)
            waits.append(time.perf_counter() - began)
            mine.append(status)
            if 200 <= status < 300:
                found.append(location or json.loads(content)["id"])
        with lock:
            statuses.extend(mine)
            ids.extend(found)
            latencies.extend(waits)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, ids, latencies, time.monotonic() - start


def verify(api_ids: list[str], bare_ids: list) -> tuple[int, int]:
    """How many of the 2xx answers are in the database, for each endpoint."""
    from django.db import connection

    from annotations.models import Annotation
    from bench.urls import TABLE

    pks = [location.rstrip("/").rsplit("/", 1)[-1] for location in api_ids]
    found_api = sum(
        Annotation.objects.filter(pk__in=pks[i : i + 5000]).count()
        for i in range(0, len(pks), 5000)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE id = ANY(%s)", [bare_ids])  # noqa: S608
        (found_bare,) = cursor.fetchone()
    return found_api, found_bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="> 1: gthread workers")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each endpoint")
    parser.add_argument("--seconds", type=float, default=8.0, help="length of one round")
    args = parser.parse_args()

    slug, session_key, text = setup_database()
    token = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
    headers = {
        "Cookie": f"sessionid={session_key}; csrftoken={token}",
        "X-CSRFToken": token,
        "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    }
    start = text.index(PHRASE)
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": [
            {"type": "TextualBody", "purpose": "commenting", "value": "Which 26?"},
            {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
        ],
        "target": {
            "type": "SpecificResource",
            "selector": [
                {"type": "TextQuoteSelector", "exact": PHRASE},
                {"type": "TextPositionSelector", "start": start, "end": start + len(PHRASE)},
            ],
        },
    }
    body = json.dumps(annotation).encode()
    endpoints = {
        "bare": "/bench/insert/",
        "bare+user": "/bench/insert-signed-in/",
        "api": f"/api/articles/{slug}/annotations/",
    }

    port = free_port()
    server = start_gunicorn(port, args.workers, args.threads)
    results = {name: {"rps": [], "statuses": [], "ids": [], "latencies": []} for name in endpoints}
    try:
        for path in endpoints.values():  # warm up every worker's connection and caches
            run_round(port, path, body, headers, args.clients, 1.5)
        print(
            f"{args.clients} clients, gunicorn {args.workers} sync workers, {os.cpu_count()} CPUs"
        )
        for n in range(args.rounds):
            order = list(endpoints)[n % 3 :] + list(endpoints)[: n % 3]
            for name in order:
                statuses, ids, latencies, elapsed = run_round(
                    port, endpoints[name], body, headers, args.clients, args.seconds
                )
                ok = sum(200 <= s < 300 for s in statuses)
                results[name]["rps"].append(ok / elapsed)
                for key, values in (("statuses", statuses), ("ids", ids), ("latencies", latencies)):
                    results[name][key].extend(values)
                print(f"  round {n + 1} {name:9}  {ok / elapsed:8.1f} req/s  ({ok} created)")
    finally:
        server.terminate()
        server.wait(timeout=30)

    print()
    for name, result in results.items():
        lat = sorted(result["latencies"])
        p50, p95 = lat[len(lat) // 2] * 1000, lat[int(len(lat) * 0.95)] * 1000
        failed = sum(not 200 <= s < 300 for s in result["statuses"])
        print(
            f"{name:9}  median {statistics.median(result['rps']):8.1f} req/s   "
            f"latency p50 {p50:6.1f} ms  p95 {p95:6.1f} ms   non-2xx {failed}"
        )
    api_rps = statistics.median(results["api"]["rps"])
    ratio = api_rps / statistics.median(results["bare"]["rps"])
    print(f"api / bare = {ratio:.2f} (target >= 0.45)")
    signed_in = api_rps / statistics.median(results["bare+user"]["rps"])
    print(f"api / bare+user = {signed_in:.2f} (context: the bare INSERT after loading the user)")
    bare_ids = [int(i) for i in results["bare"]["ids"] + results["bare+user"]["ids"]]
    found_api, found_bare = verify(results["api"]["ids"], bare_ids)
    print(
        f"in the database: {found_api} of {len(results['api']['ids'])} API 2xx answers, "
        f"{found_bare} of {len(bare_ids)} bare 2xx answers"
    )


if __name__ == "__main__":
    main()
