"""Our IRIs: absolute URLs of annotations, articles, entities and people, and back again."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import urlsplit
from uuid import UUID

from django.urls import Resolver404, resolve, reverse

MAX_DB_ID = 2**63 - 1  # larger ids in a URL would overflow PostgreSQL's bigint
SAMPLE_ID = 918273645546372819
SAMPLE_UUID = UUID("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")


def _path(name: str, value, sample) -> str:
    """``reverse(name, args=[value])``: every response names a few of these, so each
    route is reversed once, with a sample value, and the value put in its place."""
    head, tail = _around(name, sample)
    return f"{head}{value}{tail}"


@functools.cache
def _around(name: str, sample) -> tuple[str, str]:
    head, found, tail = reverse(name, args=[sample]).rpartition(str(sample))
    assert found, f"{name} does not end with its argument"
    return head, tail


@dataclass(frozen=True)
class Links:
    """Absolute IRIs of our resources; ``base`` is scheme and host, like http://host:8000."""

    base: str

    def annotation(self, pk) -> str:
        return self.base + _path("annotation-api", pk, SAMPLE_UUID)

    def article(self, article) -> str:
        return self.base + _path("article-detail", article.slug, "sample-slug")

    def entity(self, pk) -> str:
        return self.base + _path("entity-api", pk, SAMPLE_ID)

    def person(self, pk) -> str:
        return self.base + _path("person-api", pk, SAMPLE_ID)

    def article_slug(self, iri: str | None) -> str | None:
        """The slug of the article an IRI names, if it names one of ours."""
        match = self._resolve(iri)
        return match.kwargs["slug"] if match and match.url_name == "article-detail" else None

    def entity_pk(self, iri: str) -> int | None:
        match = self._resolve(iri)
        if match and match.url_name == "entity-api" and match.kwargs["pk"] <= MAX_DB_ID:
            return match.kwargs["pk"]
        return None

    def _resolve(self, iri: str | None):
        """The route of one of our IRIs (absolute on this host, or a bare path), else None."""
        if not iri:
            return None
        parts = urlsplit(iri)
        if parts.query or parts.fragment:
            return None
        if parts.scheme or parts.netloc:
            if f"{parts.scheme}://{parts.netloc}" != self.base:
                return None
        elif not iri.startswith("/"):
            return None
        try:
            return resolve(parts.path or "/")
        except Resolver404:
            return None
