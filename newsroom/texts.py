"""What this process has read of articles: revision texts, and where each article stood.

A revision never changes (a trigger refuses it), so its text, read once, is good for as
long as the process lives. Where an article stood — its id and current revision under a
slug — can change at any time, so it is only a hint: a writer that anchors into the
text takes both from here and confirms them in the statement that writes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.db import connection

from newsroom.models import Article, ArticleRevision, sees_drafts

# Enough for every article people annotate at once; a 20 MB article still fits.
MAX_CHARACTERS = 32 * 1024 * 1024
MAX_ARTICLES = 10_000


@dataclass(frozen=True)
class RevisionText:
    article_id: int
    number: int
    revision_id: int
    text: str


_cache: OrderedDict[tuple[int, int], RevisionText] = OrderedDict()
_size = 0
_lock = threading.Lock()


def revision_text(article_id: int, number: int) -> RevisionText:
    """Revision ``number`` of an article; ArticleRevision.DoesNotExist if it has none."""
    with _lock:
        found = _cache.get((article_id, number))
        if found is not None:
            _cache.move_to_end((article_id, number))
            return found
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, text FROM newsroom_articlerevision WHERE article_id = %s AND number = %s",
            [article_id, number],
        )
        row = cursor.fetchone()
    if row is None:
        raise ArticleRevision.DoesNotExist
    found = RevisionText(article_id, number, *row)
    _remember(found)
    return found


def _remember(found: RevisionText) -> None:
    global _size
    with _lock:
        key = (found.article_id, found.number)
        if key in _cache:
            return
        _cache[key] = found
        _size += len(found.text)
        while _size > MAX_CHARACTERS and len(_cache) > 1:
            _, dropped = _cache.popitem(last=False)
            _size -= len(dropped.text)


_seen: dict[str, tuple[int, int, bool]] = {}


def saw_article(article: Article) -> None:
    """Remember where an article stood: its id, revision and whether it was published."""
    if len(_seen) >= MAX_ARTICLES:
        _seen.clear()
    published = article.status == Article.Status.PUBLISHED
    _seen[article.slug] = (article.pk, article.revision, published)


def article_as_seen(slug: str, user) -> Article | None:
    """The article last seen under ``slug`` if ``user`` could see it then, with only id,
    slug and revision loaded (unconfirmed: the writer's statement checks); else None."""
    found = _seen.get(slug)
    if found is None or not (found[2] or sees_drafts(user)):
        return None
    return Article.from_db(connection.alias, ["id", "slug", "revision"], [found[0], slug, found[1]])
