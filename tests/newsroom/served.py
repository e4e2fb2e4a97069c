"""The app served by gunicorn in a process of its own, with production settings, for tests
that kill and restart what it depends on."""

from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
    )
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str) -> None:
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]


def get(
    port: int, path: str, method: str = "GET", body: bytes | None = None, headers=None
) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not within {seconds} s")
        time.sleep(0.05)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Served:
    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.port = process, port

    def get(self, path: str):
        return get(self.port, path)

    def post(self, path: str, body: bytes, headers: dict[str, str]):
        return get(self.port, path, "POST", body, headers)

    def workers(self) -> list[int]:
        return [child.pid for child in psutil.Process(self.process.pid).children()]

    def warm(self, path: str = "/api/annotations/", requests: int = 24) -> None:
        """Enough requests that every worker has served some (and holds a connection)."""
        for _ in range(requests):
            assert self.get(path)[0] == 200

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)


@contextmanager
def gunicorn(env: dict[str, str], workers: int = 4, ready: str = "/api/annotations/"):
    """gunicorn serving the app; yields once ``ready`` answers (any status), stops at the end."""
    port = _free_port()
    command = [
        sys.executable, "-m", "gunicorn", "newsroom.wsgi:application",
        "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603 - our own gunicorn
    served = Served(process, port)

    def answers() -> bool:
        try:
            served.get(ready)
        except OSError:
            return False
        return True

    try:
        wait_for(answers, 60, "gunicorn answering")
        yield served
    finally:
        served.stop()
