"""The product's routes plus the bare baseline view the API benchmark compares against."""

from __future__ import annotations

import json

from django.db import connection
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_POST

from newsroom.urls import urlpatterns as product_urlpatterns

TABLE = "bench_insert"


def _insert(request):
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {TABLE} (payload) VALUES (%s) RETURNING id",  # noqa: S608 - constant
            [request.body.decode("utf-8")],
        )
        (pk,) = cursor.fetchone()
    return HttpResponse(json.dumps({"id": pk}), status=201, content_type="application/json")


@require_POST
def bare_insert(request):
    """One INSERT, nothing else: the floor for a Django view that writes."""
    return _insert(request)


@require_POST
def bare_insert_signed_in(request):
    """The same INSERT after loading the signed-in user, as any write must: for context."""
    if not request.user.is_authenticated:
        return HttpResponse(status=401)
    return _insert(request)


urlpatterns = [
    path("bench/insert/", bare_insert),
    path("bench/insert-signed-in/", bare_insert_signed_in),
    *product_urlpatterns,
]
