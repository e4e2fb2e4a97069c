"""Rate limits on signing in and on writes, counted in PostgreSQL so every process agrees.

Signing in: django-axes records failed sign-ins in its tables and refuses an account, or
an address, once it has ``AXES_FAILURE_LIMIT`` failures within ``AXES_COOLOFF_TIME`` of
the last one (the right password too); ``locked_out`` is its answer.

Writes: every POST, PUT, PATCH and DELETE counts against the signed-in account and its
address (all signed-in accounts there together), or the address of an anonymous visitor,
in a fixed window (``NEWSROOM_WRITE_LIMIT_ACCOUNT``, ``NEWSROOM_WRITE_LIMIT_SIGNED_IN_ADDRESS``
and ``NEWSROOM_WRITE_LIMIT_ADDRESS``: requests per seconds). One counter row per key, moved on
by a single UPDATE, so concurrent requests are all counted.

Over a limit the answer is 429 with ``Retry-After``: JSON in the API's error shape under
/api/, a line of text for htmx (annotator.js shows it), a short page otherwise.
"""

from __future__ import annotations

import ipaddress
import math
from datetime import timedelta

from django.conf import settings
from django.db.models import Case, F, Q, Value, When
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from newsroom.models import RateWindow

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# A key idle this long is deleted when a new one is made: far longer than any window.
STALE_AFTER = timedelta(days=1)
# Counting again when another request changed the row between our two statements.
ATTEMPTS = 5


def client_address(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or with NEWSROOM_PROXY_COUNT proxies in front,
    the address the outermost of them saw (X-Forwarded-For read from the right, since
    a client can put anything on the left)."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.NEWSROOM_PROXY_COUNT
    if proxies:
        header = request.META.get("HTTP_X_FORWARDED_FOR", "")
        forwarded = [a.strip() for a in header.split(",") if a.strip()]
        if len(forwarded) >= proxies:
            remote = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(remote))
    except ValueError:
        return "unknown"


def hit(key: str, limit: int, seconds: int) -> int:
    """Count one request against ``key``; the seconds to wait if it is over the limit, else 0."""
    for _ in range(ATTEMPTS):
        now = timezone.now()
        window_over = Q(started__lte=now - timedelta(seconds=seconds))
        # One statement counts the request if the limit allows it, starting a new window
        # when the last one is over. Two at once: PostgreSQL's row lock makes the second
        # wait and check the row the first left, so the limit holds across processes.
        allowed = RateWindow.objects.filter(window_over | Q(hits__lt=limit), key=key)
        change = {
            "hits": Case(When(window_over, then=Value(1)), default=F("hits") + 1),
            "started": Case(When(window_over, then=Value(now)), default=F("started")),
        }
        if allowed.update(**change):
            return 0
        row = RateWindow.objects.filter(key=key).values_list("started", "hits").first()
        if row is None:  # the key's first request: a key idle for a day is forgotten now
            RateWindow.objects.filter(started__lt=now - STALE_AFTER).delete()
            # ON CONFLICT DO NOTHING: a row another request just made is no error (which
            # would break the transaction around us); the row has no signals or checks.
            RateWindow.objects.bulk_create(
                [RateWindow(key=key, hits=0, started=now)], ignore_conflicts=True
            )
            continue
        started, hits = row
        if hits >= limit and started > now - timedelta(seconds=seconds):
            return max(1, math.ceil((started + timedelta(seconds=seconds) - now).total_seconds()))
        # Made, or moved to a new window, by another request since the UPDATE looked.
    return 1  # the row kept changing under us: a second's wait, counted nowhere


def limited_response(request: HttpRequest, retry_after: int, message: str) -> HttpResponse:
    headers = {"Retry-After": str(retry_after)}
    if request.path.startswith("/api/"):
        # The API's error shape (annotations/api_http.py: error_response).
        body = {"error": {"code": "rate_limited", "message": message, "field": None}}
        return JsonResponse(body, status=429, headers=headers)
    if getattr(request, "htmx", False):
        # htmx 2 swaps no 4xx body: annotator.js shows this text.
        return HttpResponse(message, status=429, content_type="text/plain", headers=headers)
    context = {"message": message, "retry_after": retry_after}
    response = render(request, "throttled.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def _wait_words(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    return f"{(seconds + 59) // 60} minutes"


def locked_out(request: HttpRequest, response=None, credentials=None) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: too many failed sign-ins for this account or address.

    Every attempt while locked starts the cool-off again, so the wait is all of it.
    """
    wait = int(settings.AXES_COOLOFF_TIME.total_seconds())
    message = (
        "Too many failed sign-ins for this account or from this address. "
        f"Try again in {_wait_words(wait)}."
    )
    return limited_response(request, wait, message)


class WriteLimitMiddleware:
    """Counts each write against its account and its address and refuses the excess."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in UNSAFE_METHODS:
            return None
        address = client_address(request)
        if request.user.is_authenticated:
            # The account's own limit, then its address's, shared by every account there
            # (a newsroom's office behind one address: set well above a team's pace).
            limits = [
                (f"write:account:{request.user.pk}", settings.NEWSROOM_WRITE_LIMIT_ACCOUNT),
                (f"write:signed-in:{address}", settings.NEWSROOM_WRITE_LIMIT_SIGNED_IN_ADDRESS),
            ]
        else:
            limits = [(f"write:address:{address}", settings.NEWSROOM_WRITE_LIMIT_ADDRESS)]
        for key, (limit, seconds) in limits:
            wait = hit(key, limit, seconds)
            if wait:
                message = (
                    f"Too many changes at once ({limit} in {seconds} seconds at most). "
                    f"Nothing was saved; try again in {_wait_words(wait)}."
                )
                return limited_response(request, wait, message)
        return None
