"""HTTP plumbing of the annotation API: JSON-LD responses, JSON errors, request bodies.

Every API view is wrapped by ``api_view``, which answers OPTIONS, refuses other methods
with 405, and turns the exceptions of services and parsing into JSON errors
``{"error": {"code", "message", "field"}}`` with a precise status, so that no input a
client can send ends in a 500. What escapes a view anyway, or fails before one runs (a
bad Host header, a bug), reaches the project's error handlers (``newsroom.urls``), which
answer in the same JSON under /api/ and with Django's pages elsewhere.
"""

from __future__ import annotations

import functools
import json
import math
import sys

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.views import defaults
from django.views.csrf import csrf_failure as html_csrf_failure

from annotations.iris import Links
from annotations.models import Annotation, Entity
from annotations.tag_rules import AnnotationError
from annotations.w3c import MEDIA_TYPE, InvalidAnnotation
from annotations.writes import GoneError
from newsroom import ingest_views
from newsroom.middleware import DATABASE_AWAY, database_unavailable
from newsroom.models import Article

# Notes are at most 10,000 characters, quotes 20,000: half a megabyte holds any honest
# annotation, escapes included.
MAX_BODY = 512 * 1024
JSON_TYPES = ("application/ld+json", "application/json")
LDP_RESOURCE = '<http://www.w3.org/ns/ldp#Resource>; rel="type"'


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None, **extra):
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.extra = (
            status,
            code,
            message,
            field,
            extra,
        )


def json_response(data, status: int = 200, headers: dict | None = None) -> HttpResponse:
    if data is None:  # 204 and 304 have no body
        response = HttpResponse(status=status, headers=headers)
        del response["Content-Type"]
        return response
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return HttpResponse(body, status=status, content_type=MEDIA_TYPE, headers=headers)


def error_response(
    status: int, code: str, message: str, field: str | None = None, headers=None, **extra
) -> HttpResponse:
    data = {"error": {"code": code, "message": message, "field": field}, **extra}
    return json_response(data, status, headers)


def links_for(request) -> Links:
    return Links(request.build_absolute_uri("/")[:-1])


def api_view(*methods: str, accept_post: bool = False):
    """Dispatch on the allowed methods and answer every failure as a JSON error."""
    allowed = ", ".join([*methods, "HEAD", "OPTIONS"] if "GET" in methods else methods)

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            headers = {"Allow": allowed}
            if accept_post:
                headers["Accept-Post"] = MEDIA_TYPE
            method = "GET" if request.method == "HEAD" else request.method
            if request.method == "OPTIONS":
                return json_response(None, 200, headers)
            if method not in methods:
                message = f"{request.method} is not allowed here; use {allowed}."
                return error_response(405, "method_not_allowed", message, headers=headers)
            try:
                response = view(request, *args, **kwargs)
            except ApiError as e:
                response = error_response(e.status, e.code, e.message, e.field, **e.extra)
            except InvalidAnnotation as e:
                response = error_response(e.status, e.code, e.message, e.field)
            except AnnotationError as e:
                status = 428 if e.code == "version_required" else 422
                response = error_response(status, e.code, e.message, e.field)
            except PermissionDenied as e:
                response = _denied(request, str(e))
            except GoneError as e:
                response = error_response(410, "gone", str(e) or "This was deleted.")
            except (Http404, Annotation.DoesNotExist, Entity.DoesNotExist, Article.DoesNotExist):
                response = error_response(404, "not_found", "There is nothing here.")
            for name, value in headers.items():
                response.headers.setdefault(name, value)
            if request.method == "HEAD":
                response.content = b""
            return response

        return wrapper

    return decorate


def _denied(request, message: str) -> HttpResponse:
    if not request.user.is_authenticated:
        return error_response(
            401,
            "not_authenticated",
            "Sign in first (session cookie, with the CSRF token for writes).",
            # Session authentication has no registered challenge; this names it.
            headers={"WWW-Authenticate": 'Cookie realm="newsroom"'},
        )
    return error_response(403, "forbidden", message or "You may not do this.")


def is_api(request) -> bool:
    return request.path_info.startswith("/api/")


def csrf_failure(request, reason: str = ""):
    """CSRF_FAILURE_VIEW: a JSON error under /api/, Django's page everywhere else."""
    if is_api(request):
        return error_response(
            403,
            "csrf",
            f"CSRF check failed ({reason}). Send the csrftoken cookie and the same value "
            "in an X-CSRFToken header (and a Referer over HTTPS).",
        )
    return html_csrf_failure(request, reason)


def _check_strings(node, where: str = "$") -> None:
    """PostgreSQL text cannot hold NUL, and lone surrogates cannot be encoded: refuse both."""
    if isinstance(node, str):
        if "\x00" in node:
            raise ApiError(400, "invalid", f"{where} contains a NUL character.", where)
        try:
            node.encode("utf-8")
        except UnicodeEncodeError:
            raise ApiError(400, "invalid", f"{where} is not valid Unicode.", where) from None
    elif isinstance(node, dict):
        for key, value in node.items():
            _check_strings(key, where)
            _check_strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _check_strings(value, f"{where}[{i}]")
    elif isinstance(node, float) and not math.isfinite(node):
        raise ApiError(400, "invalid", f"{where} is not a finite number.", where)


def read_json(request):
    """The request body as JSON, or an ApiError (415 type, 413 size, 400 syntax)."""
    if request.content_type not in JSON_TYPES:
        raise ApiError(
            415,
            "unsupported_media_type",
            f"Send {MEDIA_TYPE} (or application/json), not {request.content_type or 'nothing'}.",
        )
    charset = request.content_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, "unsupported_media_type", "Send JSON in UTF-8.")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY:
        raise ApiError(413, "too_large", f"An annotation can be at most {MAX_BODY:,} bytes.")
    raw = request.read(MAX_BODY + 1)
    if len(raw) > MAX_BODY:
        raise ApiError(413, "too_large", f"An annotation can be at most {MAX_BODY:,} bytes.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as e:
        raise ApiError(400, "bad_json", f"The body is not valid JSON: {e}") from None
    _check_strings(data)
    return data


def prefer_includes(request) -> set[str]:
    """The IRIs named in ``Prefer: return=representation; include="..."``."""
    found: set[str] = set()
    for preference in request.headers.get("Prefer", "").split(","):
        for part in preference.split(";"):
            name, _, value = part.strip().partition("=")
            if name.strip().lower() == "include":
                found.update(value.strip().strip('"').split())
    return found


def if_match_version(request, annotation: Annotation) -> int | None:
    """The version an If-Match names: None if absent, 0 if it names no version of this one."""
    header = request.headers.get("If-Match")
    if header is None:
        return None
    tags = [tag.strip() for tag in header.split(",")]
    if "*" in tags:
        return annotation.version
    prefix = f'"{annotation.pk}-v'
    for tag in tags:
        number = tag[len(prefix) : -1] if tag.startswith(prefix) and tag.endswith('"') else ""
        if number.isascii() and number.isdigit() and len(number) < 10:
            return int(number)
    return 0


def not_modified(request, etag: str) -> bool:
    header = request.headers.get("If-None-Match", "")
    return request.method in ("GET", "HEAD") and (
        header.strip() == "*" or etag in (t.strip() for t in header.split(","))
    )


# --- the project's error handlers (handler400 ... handler500 in newsroom.urls) ---------------


def bad_request(request, exception):
    if is_api(request):
        return error_response(400, "bad_request", "This request could not be read.")
    return ingest_views.bad_request(request, exception)  # the staff page's, else Django's


def permission_denied(request, exception):
    if not is_api(request):
        return defaults.permission_denied(request, exception)
    if not hasattr(request, "user"):  # refused before AuthenticationMiddleware ran
        return error_response(403, "forbidden", "You may not do this.")
    return _denied(request, str(exception))


def page_not_found(request, exception):
    if is_api(request):
        return error_response(404, "not_found", "There is nothing here.")
    return defaults.page_not_found(request, exception)


def server_error(request):
    # Called while the exception is being handled (Django's handle_uncaught_exception).
    if isinstance(sys.exc_info()[1], DATABASE_AWAY):
        return database_unavailable(request)
    if is_api(request):
        return error_response(
            500,
            "server_error",
            "Something went wrong on our side; it was logged. Try again later.",
        )
    return defaults.server_error(request)
