"""A database that is away answers 503 with Retry-After, never a 500.

When PostgreSQL is down or restarting (see newsroom.embedded_postgres for the embedded
server, CONN_HEALTH_CHECKS for any other), a view fails with OperationalError or
InterfaceError. That is not a bug in the page but a moment to wait: the client is told
so, in JSON under /api/ (the API's error shape, ``{"error": {"code", "message", "field"}}``,
as annotations.api_http writes it) and as a short page elsewhere. Django closes the
broken connection at the end of the request, so the next one connects afresh.
"""

from __future__ import annotations

import json
import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5
API_PREFIX = "/api/"
# The annotation API's media type (annotations.w3c.MEDIA_TYPE; newsroom does not import
# annotations, and a test holds the two equal).
API_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
MESSAGE = "The database is not answering just now. Try again in a few seconds."


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_AWAY):
            return None
        # One line: the cause is known, and a traceback per request would bury the log.
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        return database_unavailable(request)


# What a view (or a middleware) raises when PostgreSQL is not answering.
DATABASE_AWAY = (OperationalError, InterfaceError)


def database_unavailable(request) -> HttpResponse:
    """The 503 for a request the database could not serve. Also answered by the project's
    500 handler (annotations.api_http.server_error) for what fails outside a view: a
    middleware's own query, such as the write limit's count or the session's save."""
    if request.path.startswith(API_PREFIX):
        body = {"error": {"code": "unavailable", "message": MESSAGE, "field": None}}
        response = HttpResponse(
            json.dumps(body, separators=(",", ":")), content_type=API_MEDIA_TYPE
        )
    else:
        # No request context: its processors would ask the database for the user.
        response = HttpResponse(
            render_to_string("newsroom/database_unavailable.html", {"message": MESSAGE})
        )
    response.status_code = 503
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
