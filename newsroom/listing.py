"""The article list: its filters, its three orders, and keyset pages.

Pages are cut by keyset ("the 20 after this row"), not by OFFSET: OFFSET 40,000 makes
PostgreSQL read and throw away 40,000 rows (and their heap tuples) before the page it
wants, so page 2,000 costs two thousand times page 1; a keyset page starts with an index
scan at the last row shown, so every page costs what the first does. Each order is a
btree index (``article_arrival``, ``article_status_arrival`` for readers, who see the
published ones; ``article_headline``), and each key ends with ``id`` so it is unique.
Django's ``Paginator`` counts pages by OFFSET, so it is not used here; the page is
"first, previous, next" and the total is one count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core import signing
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce, TruncDate

from newsroom.models import Article

PER_PAGE = 20
ORDERS = {
    # name: (field, descending)
    "newest": ("created_at", True),
    "oldest": ("created_at", False),
    "headline": ("headline", False),
}
SALT = "newsroom.listing.cursor"


class BadCursor(ValueError):
    """A page address that was not made here (or for another order)."""


@dataclass(frozen=True)
class KeysetPage:
    object_list: list[Article]
    next_cursor: str | None
    previous_cursor: str | None

    @property
    def has_other_pages(self) -> bool:
        return bool(self.next_cursor or self.previous_cursor)


def filtered(articles: QuerySet[Article], cleaned: dict) -> QuerySet[Article]:
    """``articles`` narrowed by the list form's filters. The date is the publication
    date, else the day the article arrived (as search and the entity pages date it)."""
    if cleaned.get("publication") is not None:
        articles = articles.filter(publication=cleaned["publication"])
    if cleaned.get("language"):
        articles = articles.filter(language=cleaned["language"])
    if cleaned.get("needs_review"):
        articles = articles.needing_review()
    if cleaned.get("date_from") or cleaned.get("date_to"):
        articles = articles.annotate(list_date=Coalesce("published_on", TruncDate("created_at")))
        if cleaned.get("date_from"):
            articles = articles.filter(list_date__gte=cleaned["date_from"])
        if cleaned.get("date_to"):
            articles = articles.filter(list_date__lte=cleaned["date_to"])
    return articles


def cursor_for(order: str, article: Article) -> str:
    """The signed token that starts a page just past ``article`` in ``order``."""
    field, _ = ORDERS[order]
    value = getattr(article, field)
    value = value.isoformat() if isinstance(value, datetime) else value
    return signing.dumps([order, value, article.pk], salt=SALT, compress=True)


def _read(order: str, token: str):
    try:
        named, value, pk = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise BadCursor("This page address is not valid; start from the first page.") from exc
    if named != order or not isinstance(pk, int):
        raise BadCursor("This page address belongs to another order; start from the first page.")
    field, _ = ORDERS[order]
    return (datetime.fromisoformat(value) if field == "created_at" else value), pk


def _beyond(field: str, value, pk: int, ascending: bool) -> Q:
    """Rows after (value, pk) in the direction read. The plain bound on ``field`` is the
    index condition; the rest settles ties on it."""
    op = "gt" if ascending else "lt"
    return Q(**{f"{field}__{op}e": value}) & (
        Q(**{f"{field}__{op}": value}) | Q(**{field: value, f"pk__{op}": pk})
    )


def keyset_page(
    articles: QuerySet[Article], order: str, *, after: str = "", before: str = ""
) -> KeysetPage:
    """The page of ``articles`` in ``order`` after the ``after`` cursor, before the
    ``before`` one, or the first. BadCursor for a cursor not made here."""
    field, descending = ORDERS[order]
    backwards = bool(before) and not after
    # Going back through a descending order reads it ascending, and so on.
    ascending = descending == backwards
    rows = articles
    if after or before:
        value, pk = _read(order, after or before)
        rows = rows.filter(_beyond(field, value, pk, ascending))
    sign = "" if ascending else "-"
    rows = list(rows.order_by(f"{sign}{field}", f"{sign}pk")[: PER_PAGE + 1])
    more = len(rows) > PER_PAGE
    rows = rows[:PER_PAGE]
    if backwards:
        rows.reverse()
    if not rows:
        return KeysetPage([], None, None)
    has_next = more if not backwards else True
    has_previous = bool(after) or (backwards and more)
    return KeysetPage(
        rows,
        cursor_for(order, rows[-1]) if has_next else None,
        cursor_for(order, rows[0]) if has_previous else None,
    )
