"""Our IRIs: absolute URLs of annotations, articles, entities and people, and back again."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.urls import Resolver404, resolve, reverse

MAX_DB_ID = 2**63 - 1  # larger ids in a URL would overflow PostgreSQL's bigint


@dataclass(frozen=True)
class Links:
    """Absolute IRIs of our resources; ``base`` is scheme and host, like http://host:8000."""

    base: str

    def annotation(self, pk) -> str:
        return self.base + reverse("annotation-api", args=[pk])

    def article(self, article) -> str:
        return self.base + reverse("article-detail", args=[article.slug])

    def entity(self, pk) -> str:
        return self.base + reverse("entity-api", args=[pk])

    def person(self, pk) -> str:
        return self.base + reverse("person-api", args=[pk])

    def claim(self, pk) -> str:
        return self.base + reverse("claim-detail", args=[pk])

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
        try:
            parts = urlsplit(iri)
        except ValueError:  # a malformed host, such as "http://[oops/", is none of ours
            return None
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
