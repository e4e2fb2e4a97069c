"""The production server as README starts it (gunicorn with gunicorn.conf.py) keeps
answering while clients hold connections open without finishing their requests."""

from __future__ import annotations

import http.client
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
SLOW_CLIENTS = 4
# Seconds. A server stalled by the slow clients answers nothing until they leave (sync
# workers: no answer in 10 s); a free one answers in a fraction of a second, so the typical
# answer must come within ANSWER_WITHIN and even the slowest, on a busy shared machine,
# within SLOWEST.
ANSWER_WITHIN = 1.0
SLOWEST = 3.0
MEASURE_FOR = 3.0  # seconds of requests after the slow clients connect
PATH = "/api/annotations/"  # needs the database, and no collected static files


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, timeout: float) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", PATH)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@pytest.fixture
def production_server(transactional_db):
    """gunicorn the README's way, on the test database, in production mode."""
    params = connection.get_connection_params()  # starts the embedded server if need be
    url = (
        f"postgres://{quote(params.get('user') or '')}@localhost/{params['dbname']}"
        f"?host={quote(str(params['host']))}"
    )
    if params.get("port"):
        url += f"&port={params['port']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": url,
    }
    port = _free_port()
    command = [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "-c", "gunicorn.conf.py"]
    server = subprocess.Popen(  # noqa: S603 (our own command line)
        [*command, "--bind", f"127.0.0.1:{port}"], cwd=ROOT, env=env, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read().decode()
            try:
                if _get(port, timeout=5) == 200:
                    break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not answer within 60 s"
                time.sleep(0.1)  # polling for the server to listen
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_clients_that_never_finish_their_headers_hold_up_nobody(production_server):
    port = production_server
    slow = []
    for n in range(SLOW_CLIENTS):
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-{n}: ".encode())
        slow.append(sock)
    try:
        waits = []
        until = time.monotonic() + MEASURE_FOR
        while time.monotonic() < until:
            began = time.monotonic()
            try:
                status = _get(port, timeout=10.0)
            except TimeoutError:
                status = None
            waits.append(time.monotonic() - began)
            assert status == 200, f"no answer within 10 s ({waits})"
        assert len(waits) >= 3, waits
        assert statistics.median(waits) < ANSWER_WITHIN and max(waits) < SLOWEST, waits
        # The slow clients are still connected: nothing was answered by dropping them.
        for sock in slow:
            sock.setblocking(False)
            with pytest.raises(BlockingIOError):
                sock.recv(1)
    finally:
        for sock in slow:
            sock.close()
