"""What bench/load.py and bench/faults.py share: a site of their own, annotators, the ledger.

The site: a temporary NEWSROOM_VAR_DIR (so an embedded PostgreSQL of its own, removed at
the end), migrated, with a few published articles and one annotator per simulated
person; gunicorn serves it with the product's production settings. Each annotator signs
in through the login form (session cookie, CSRF token) and then, until the time is up,
creates an annotation through the W3C API, edits it with If-Match, and deletes every
other one. Every answer is written in a ledger; the check at the end reads the database
and holds it to every acknowledged write.
"""

from __future__ import annotations

import argparse
import atexit
import http.client
import json
import os
import runpy
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
# The production server's settings, as README's command runs it (threaded workers).
THREADS = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["threads"]
PHRASE = "26 countries who have formally committed"
PARAGRAPH = f"“We have today {PHRASE},” Macron told reporters, standing alongside Zelensky."
MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
ARTICLES = 4


def site_env(var_dir: Path) -> dict[str, str]:
    """Production settings, the embedded PostgreSQL in ``var_dir``, plain HTTP on localhost."""
    return {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "NEWSROOM_VAR_DIR": str(var_dir),
        # Every annotator posts from this one address, faster than people do: the limit an
        # address's signed-in accounts share is lifted (each account's own stays).
        "NEWSROOM_WRITE_LIMIT_SIGNED_IN_ADDRESS": "1000000000/60",
        # The API serves no static files; an empty directory keeps WhiteNoise quiet.
        "STATIC_ROOT": str(var_dir / "static"),
    }


@dataclass
class Site:
    var_dir: Path
    env: dict[str, str]
    slugs: list[str]
    people: list[tuple[str, str]]  # (username, password)

    @property
    def pgdata(self) -> Path:
        return self.var_dir / "pgdata"


def make_site(annotators: int) -> Site:
    """A fresh site in a temporary directory, removed when this process ends."""
    var_dir = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    # Registered first, so it runs last: after the embedded server has been stopped.
    atexit.register(shutil.rmtree, var_dir, True)
    env = site_env(var_dir)
    (var_dir / "static").mkdir()
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    from newsroom.revisions import article_create, page_create
    from newsroom.roles import ensure_roles, make_annotator

    call_command("migrate", verbosity=0)
    ensure_roles()
    slugs = []
    for n in range(ARTICLES):
        article = article_create(
            page=page_create(raw_text=f"RELIABILITY BENCH PAGE {n}"),
            lines=(1, 1),
            content={
                "headline": f"Reliability article {n}",
                "body": [{"kind": "paragraph", "text": PARAGRAPH}],
            },
            status="published",
        )
        slugs.append(article.slug)
    people = []
    for n in range(annotators):
        password = secrets.token_urlsafe(16)
        user = get_user_model().objects.create_user(f"annotator-{n}", password=password)
        make_annotator(user)
        people.append((user.username, password))
    connection.close()
    return Site(var_dir, env, slugs, people)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Answer:
    status: int  # 0: no answer (connection refused, reset, timed out)
    headers: dict[str, str]
    body: bytes


def request(port: int, method: str, path: str, body=None, headers=None) -> Answer:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body, headers or {})
        response = conn.getresponse()
        return Answer(response.status, dict(response.getheaders()), response.read())
    except (OSError, http.client.HTTPException):
        return Answer(0, {}, b"")
    finally:
        conn.close()


def start_gunicorn(site: Site, workers: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn", "newsroom.wsgi:application", "-c", "gunicorn.conf.py",
        "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
    ]  # fmt: skip
    log = (site.var_dir / "gunicorn.log").open("w")
    server = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **site.env}, stdout=log, stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if request(port, "GET", "/api/annotations/").status == 200:
            return server, port
        time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 60 s")


def stop_gunicorn(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=60)


def server_log(site: Site, lines: int = 40) -> str:
    """The end of gunicorn's log (its warnings and the app's), shown when a run fails."""
    return "\n".join((site.var_dir / "gunicorn.log").read_text().splitlines()[-lines:])


def arguments(description: str) -> argparse.Namespace:
    """What both benchmarks take: how many annotators, for how long, on how many workers."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--annotators", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--workers",
        type=int,
        default=4,
        help="gunicorn workers (each with gunicorn.conf.py's threads)",
    )
    return parser.parse_args()


@contextmanager
def served(args: argparse.Namespace) -> Iterator[tuple[Site, subprocess.Popen, int, list[dict]]]:
    """A new site served by gunicorn with its annotators signed in: (site, server, port,
    each annotator's request headers). gunicorn is stopped at the end."""
    site = make_site(args.annotators)
    server, port = start_gunicorn(site, args.workers)
    try:
        sessions = [sign_in(port, who, password) for who, password in site.people]
        print(
            f"{args.annotators} annotators for {args.seconds:.0f} s, gunicorn "
            f"{args.workers} workers x {THREADS} threads (gunicorn.conf.py), {os.cpu_count()} CPUs"
        )
        yield site, server, port, sessions
    finally:
        stop_gunicorn(server)


def sign_in(port: int, username: str, password: str) -> dict[str, str]:
    """Sign in through the login form; the headers every later request sends."""
    token = secrets.token_urlsafe(32).replace("-", "a").replace("_", "b")[:32]
    form = urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token})
    answer = request(
        port,
        "POST",
        "/accounts/login/",
        form,
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={token}"},
    )
    cookie = answer.headers.get("Set-Cookie", "")
    if answer.status != 302 or "sessionid=" not in cookie:
        raise SystemExit(f"could not sign in as {username}: {answer.status} {answer.body[:200]!r}")
    session = cookie.split("sessionid=", 1)[1].split(";", 1)[0]
    return {
        "Cookie": f"sessionid={session}; csrftoken={token}",
        "X-CSRFToken": token,
        "Content-Type": MEDIA_TYPE,
    }


def annotation_body(note: str) -> bytes:
    return json.dumps(
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "type": "Annotation",
            "body": [
                {"type": "TextualBody", "purpose": "commenting", "value": note},
                {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
            ],
            "target": {
                "type": "SpecificResource",
                "selector": [{"type": "TextQuoteSelector", "exact": PHRASE}],
            },
        }
    ).encode()


@dataclass
class State:
    version: int
    note: str
    deleted: bool = False


@dataclass
class Tracked:
    """One annotation: the last state the server acknowledged, and one it may also be in."""

    acked: State
    maybe: State | None = None  # a write that got no 2xx (it may have committed or not)


@dataclass
class Ledger:
    lock: threading.Lock = field(default_factory=threading.Lock)
    annotations: dict[str, Tracked] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    writes_ok: list[tuple[float, float]] = field(default_factory=list)  # (began, ended)
    requests: int = 0

    def answered(self, began: float, status: int, write: bool) -> None:
        ended = time.monotonic()
        with self.lock:
            self.requests += 1
            self.latencies.append(ended - began)
            self.statuses[status] += 1
            if write and 200 <= status < 300:
                self.writes_ok.append((began, ended))


def annotator(port: int, headers: dict, who: str, slug: str, ledger: Ledger, until: float):
    """Create, edit with If-Match, delete every other one, until the time is up."""
    container = f"/api/articles/{slug}/annotations/"
    n = 0
    while time.monotonic() < until:
        n += 1
        note = f"{who} #{n} v1"
        began = time.monotonic()
        answer = request(port, "POST", container, annotation_body(note), headers)
        ledger.answered(began, answer.status, write=True)
        if answer.status != 201:
            continue  # not acknowledged: whether it exists is not known, nor claimed
        pk = answer.headers["Location"].rstrip("/").rsplit("/", 1)[-1]
        etag = answer.headers["ETag"]
        tracked = Tracked(State(1, note))
        with ledger.lock:
            ledger.annotations[pk] = tracked
        member = f"/api/annotations/{pk}/"

        edited = f"{who} #{n} v2"
        began = time.monotonic()
        answer = request(
            port, "PUT", member, annotation_body(edited), {**headers, "If-Match": etag}
        )
        ledger.answered(began, answer.status, write=True)
        if answer.status != 200:
            tracked.maybe = State(2, edited)
            continue
        tracked.acked, etag = State(2, edited), answer.headers["ETag"]

        if n % 2:
            continue
        began = time.monotonic()
        answer = request(port, "DELETE", member, None, {**headers, "If-Match": etag})
        ledger.answered(began, answer.status, write=True)
        if answer.status != 204:
            tracked.maybe = State(3, edited, deleted=True)
            continue
        tracked.acked = State(3, edited, deleted=True)


def run_load(
    site: Site, port: int, sessions: list[dict], seconds: float, ledger: Ledger | None = None
) -> Ledger:
    ledger = ledger or Ledger()
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=annotator,
            args=(port, headers, who, site.slugs[i % len(site.slugs)], ledger, until),
        )
        for i, ((who, _), headers) in enumerate(zip(site.people, sessions, strict=True))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return ledger


@dataclass
class Check:
    lost: list[str]
    partial: list[str]
    checked: int


def check(ledger: Ledger) -> Check:
    """Hold the database to every acknowledged write; find rows without their history."""
    from django.db import connection
    from django.db.models import Count

    from annotations.models import Annotation

    lost, partial = [], []
    pks = list(ledger.annotations)
    rows = {}
    for i in range(0, len(pks), 2000):
        chunk = Annotation.objects.filter(pk__in=pks[i : i + 2000]).annotate(
            history=Count("events")
        )
        rows.update({str(a.pk): a for a in chunk})
    for pk, tracked in ledger.annotations.items():
        row = rows.get(pk)
        if row is None:
            lost.append(f"{pk}: acknowledged as created, not in the database")
            continue
        found = State(row.version, row.note, row.deleted_at is not None)
        if found not in (tracked.acked, tracked.maybe):
            lost.append(f"{pk}: acknowledged {tracked.acked}, found {found}")
        if row.history != row.version or not row.note.endswith(f"v{min(row.version, 2)}"):
            partial.append(f"{pk}: version {row.version}, {row.history} events, note {row.note!r}")
    # Every annotation of the bench, acknowledged or not, has its whole history.
    for row in Annotation.objects.annotate(history=Count("events")).exclude(pk__in=rows):
        if row.history != row.version:
            partial.append(f"{row.pk}: version {row.version}, {row.history} events (unacked)")
    connection.close()
    return Check(lost, partial, len(pks))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def report(ledger: Ledger, seconds: float, result: Check) -> None:
    lat = ledger.latencies
    ok = sum(n for status, n in ledger.statuses.items() if 200 <= status < 300)
    print(
        f"{ledger.requests} requests in {seconds:.1f} s: {ledger.requests / seconds:.1f} req/s "
        f"({ok / seconds:.1f} 2xx/s)"
    )
    print(
        f"latency p50 {percentile(lat, 0.50) * 1000:.1f} ms  p95 {percentile(lat, 0.95) * 1000:.1f}"
        f" ms  p99 {percentile(lat, 0.99) * 1000:.1f} ms"
    )
    errors = {s: n for s, n in sorted(ledger.statuses.items()) if not 200 <= s < 300}
    named = {("no answer" if s == 0 else s): n for s, n in errors.items()}
    print(f"errors by status: {named or 'none'}")
    print(
        f"checked {result.checked} acknowledged annotations: lost writes {len(result.lost)}, "
        f"partial rows {len(result.partial)}"
    )
    for line in (result.lost + result.partial)[:20]:
        print("  " + line)
