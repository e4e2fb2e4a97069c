"""The search page's two lists: articles and annotations matching a query, ranked, with
highlighted snippets, under the reader's visibility rules and the page's filters.

The text search itself (stored vectors, one query per language, ranking, ts_headline
with our own markers) is ``newsroom.search``; this adds annotations and the filters.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce, TruncDate

from annotations.models import Annotation
from annotations.registry import visible_annotations
from annotations.writes import ARTICLE_TEXTS
from newsroom.models import Article
from newsroom.search import Search, article_search

ARTICLE_LANGUAGE = "article__language"


@dataclass(frozen=True)
class Filters:
    q: str = ""
    publication: object = None  # a Publication
    date_from: object = None  # dates, inclusive
    date_to: object = None
    status: str = ""
    kind: str = ""
    verdict: str = ""
    entity: object = None  # an Entity

    @classmethod
    def from_form(cls, cleaned: dict) -> Filters:
        return cls(
            **{
                name: cleaned.get(name) or cls.__dataclass_fields__[name].default
                for name in cls.__dataclass_fields__
            }
        )


def _dated(rows: QuerySet, filters: Filters, prefix: str = "") -> QuerySet:
    """Between the dates, by the article's publication date (or, unknown, its arrival),
    as the entity pages date it."""
    if filters.date_from is None and filters.date_to is None:
        return rows
    rows = rows.annotate(
        search_date=Coalesce(f"{prefix}published_on", TruncDate(f"{prefix}created_at"))
    )
    if filters.date_from is not None:
        rows = rows.filter(search_date__gte=filters.date_from)
    if filters.date_to is not None:
        rows = rows.filter(search_date__lte=filters.date_to)
    return rows


def matching_articles(user, filters: Filters, *, ranked: bool = True) -> QuerySet[Article]:
    """Articles ``user`` may read that match, best first (``rank``, ``snippet``); only
    those matching, unless ``ranked`` (to be counted)."""
    articles = (
        Article.objects.visible_to(user)
        # Fetched for the page's rows alone, not joined to every match before the sort.
        .prefetch_related("publication")
        .defer("text", "content", "blocks", "search_vector", "lead_vector")
    )
    if filters.publication is not None:
        articles = articles.filter(publication=filters.publication)
    return article_search(_dated(articles, filters), filters.q, ranked=ranked)


def matching_annotations(
    user,
    filters: Filters,
    among: QuerySet | None = None,
    *,
    snippets: bool = True,
    ranked: bool = True,
):
    """Annotations ``user`` may see (accepted ones only, for readers; on articles they may
    read), or those of ``among``, that match, best first, each with ``rank`` and (unless
    ``snippets`` is false) ``snippet`` (the quote) and ``note_snippet``; only those
    matching, unless ``ranked`` (to be counted). Edits awaiting review are not searched:
    the row holds what readers see."""
    rows = among if among is not None else visible_annotations(user)
    if filters.publication is not None:
        rows = rows.filter(article__publication=filters.publication)
    rows = _dated(rows, filters, "article__")
    for name in ("status", "kind", "verdict"):
        if getattr(filters, name):
            rows = rows.filter(**{name: getattr(filters, name)})
    if filters.entity is not None:
        e = filters.entity
        rows = rows.filter(Q(entity=e) | Q(speaker=e) | Q(claimant=e))
    search = Search(filters.q)
    rows = rows.filter(search.matches(path=ARTICLE_LANGUAGE, union=True))
    if not ranked:
        return rows
    rows = rows.annotate(rank=search.rank(path=ARTICLE_LANGUAGE))
    if snippets:
        rows = rows.annotate(
            snippet=search.headline(F("exact"), path=ARTICLE_LANGUAGE, highlight_all=True),
            note_snippet=search.headline(F("note"), path=ARTICLE_LANGUAGE, highlight_all=True),
        )
    return rows.order_by("-rank", "-created_at", "-pk")


def annotation_rows(rows: QuerySet[Annotation]) -> QuerySet[Annotation]:
    """What a result list shows of each annotation, fetched for the page's rows alone (a
    join would be made for every match before the sort)."""
    articles = Article.objects.select_related("publication").defer(
        *ARTICLE_TEXTS, "search_vector", "lead_vector"
    )
    return rows.prefetch_related(
        Prefetch("article", queryset=articles), "entity", "speaker", "claimant", "author"
    ).defer("search_vector")
