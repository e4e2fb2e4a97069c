"""Settings come from the environment; a bad value stops start-up with a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.settings import (
    PREPARED_STATEMENTS,
    development_secret_key,
    env_bool,
    env_list,
    env_text,
    env_url,
    parse_database_url,
)

ROOT = Path(__file__).resolve().parents[2]


def test_database_url_is_parsed_into_a_postgres_entry():
    db = parse_database_url("postgres://news:s%40cret@db.example:6543/newsroom?sslmode=require")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"]) == ("newsroom", "news", "s@cret")
    assert (db["HOST"], db["PORT"]) == ("db.example", "6543")
    assert db["OPTIONS"] == {"sslmode": "require", **PREPARED_STATEMENTS}


def test_database_url_may_name_a_socket_directory():
    db = parse_database_url("postgresql://postgres@/newsroom?host=/run/postgresql")
    assert db["HOST"] == "/run/postgresql" and db["OPTIONS"] == PREPARED_STATEMENTS


def test_prepared_statements_can_be_turned_off_for_a_transaction_pooler():
    db = parse_database_url("postgres://u@pgbouncer:6432/newsroom?prepared_statements=off")
    assert db["OPTIONS"] == {}


@pytest.mark.django_db
def test_the_test_database_prepares_statements_like_production():
    from django.db import connection

    with connection.cursor() as cursor:
        assert cursor.cursor.__class__.__name__ == "ServerBindingCursor"
    assert connection.connection.prepare_threshold == PREPARED_STATEMENTS["prepare_threshold"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite:///db.sqlite3", "must be a PostgreSQL URL"),
        ("mysql://u:p@h/db", "must be a PostgreSQL URL"),
        ("postgres://u:p@host:5432/", "must name one database"),
        ("postgres://u:p@host:notaport/db", "invalid port"),
        ("postgres:///newsroom", "must name a host"),
        ("postgres://u@h/db?conn_max_age=soon", "whole seconds"),
        ("postgres://u@h/db?prepared_statements=sometimes", "on or off"),
    ],
)
def test_bad_database_url_gives_a_clear_error(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        parse_database_url(url)


@pytest.mark.parametrize(
    ("raw", "value"), [("1", True), ("true", True), ("off", False), ("", False)]
)
def test_env_bool(monkeypatch, raw, value):
    monkeypatch.setenv("X_FLAG", raw)
    assert env_bool("X_FLAG", default=not value) is value


def test_env_bool_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG"):
        env_bool("X_FLAG", default=False)


def test_env_list_rejects_an_empty_list(monkeypatch):
    monkeypatch.setenv("X_HOSTS", " , ")
    with pytest.raises(ImproperlyConfigured, match="X_HOSTS"):
        env_list("X_HOSTS", default=[])


def test_env_text_is_trimmed_and_an_empty_one_refused(monkeypatch):
    monkeypatch.delenv("X_NAME", raising=False)
    assert env_text("X_NAME", "Newsroom") == "Newsroom"
    monkeypatch.setenv("X_NAME", "  The Harbour Courier ")
    assert env_text("X_NAME", "Newsroom") == "The Harbour Courier"
    monkeypatch.setenv("X_NAME", "   ")
    with pytest.raises(ImproperlyConfigured, match="X_NAME is set but empty"):
        env_text("X_NAME", "Newsroom")


@pytest.mark.parametrize("raw", ["news.example.org", "ftp://news.example.org/", "https://", ""])
def test_env_url_refuses_what_is_not_an_absolute_web_address(monkeypatch, raw):
    monkeypatch.setenv("X_URL", raw)
    with pytest.raises(ImproperlyConfigured, match="X_URL must be an absolute http"):
        env_url("X_URL", "")


def test_env_url_takes_an_absolute_web_address(monkeypatch):
    monkeypatch.delenv("X_URL", raising=False)
    assert env_url("X_URL", "") == ""
    monkeypatch.setenv("X_URL", " https://news.example.org/ ")
    assert env_url("X_URL", "") == "https://news.example.org/"


def _run(command: list[str], env: dict) -> subprocess.CompletedProcess:
    """``command`` in a fresh process whose environment sets nothing of ours but ``env``."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, *command],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _start(env: dict) -> subprocess.CompletedProcess:
    """Import the settings in a fresh process, as start-up does."""
    script = (
        "import django; from django.conf import settings; "
        "django.setup(); print(settings.DATABASES['default']['ENGINE'])"
    )
    return _run(["-c", script], {"DJANGO_SETTINGS_MODULE": "newsroom.settings", **env})


def test_start_up_stops_on_a_bad_database_url():
    result = _start({"DJANGO_DEBUG": "1", "DATABASE_URL": "sqlite:///db.sqlite3"})
    assert result.returncode != 0
    assert "DATABASE_URL must be a PostgreSQL URL" in result.stderr


def test_production_requires_a_secret_key_and_hosts():
    result = _start({"DJANGO_DEBUG": "0"})
    assert result.returncode != 0 and "DJANGO_SECRET_KEY must be set" in result.stderr
    result = _start({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "x" * 60})
    assert result.returncode != 0 and "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_unset_database_url_means_the_embedded_postgres():
    result = _start({"DJANGO_DEBUG": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "newsroom.embedded_postgres"


def test_manage_py_runs_in_development_with_nothing_exported():
    result = _run(["manage.py", "check"], {})
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("server", ["newsroom.wsgi", "newsroom.asgi"])
def test_serving_starts_in_production_and_refuses_without_its_variables(server):
    result = _run(["-c", f"import {server}"], {})
    assert result.returncode != 0 and "DJANGO_SECRET_KEY must be set" in result.stderr
    result = _run(["manage.py", "check"], {"DJANGO_DEBUG": "0"})
    assert result.returncode != 0 and "DJANGO_SECRET_KEY must be set" in result.stderr


def test_the_development_key_is_kept_for_its_owner_only(tmp_path):
    path = tmp_path / "var" / "development_secret_key"
    key = development_secret_key(path)
    assert len(key) >= 50 and path.stat().st_mode & 0o777 == 0o600
    assert development_secret_key(path) == key  # a restart signs no one out
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_damaged_development_key_is_named(tmp_path):
    path = tmp_path / "development_secret_key"
    path.write_text("short")
    with pytest.raises(ImproperlyConfigured, match="delete it"):
        development_secret_key(path)
