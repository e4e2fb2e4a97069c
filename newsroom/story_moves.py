"""An editor moves lines of a page to the story before or after: the page's story
boundaries change, and every story on it is cleaned again at the new ones.

The boundaries become the curator's (``Page.story_starts``, which re-cleaning and the
staff page's split both use), and each article of the page is re-cleaned
(``article_reclean``): the article keeps following the story whose lines overlap its own
most, and its editors' corrections are made again, those that no longer apply listed.
"""

from __future__ import annotations

from django.db import transaction

from newsroom.ingest import IngestError, Recleaned, article_reclean, check_story_starts
from newsroom.models import Article, Page


@transaction.atomic
def move_lines(
    *, article: Article, lines: tuple[int, int], to: str, user
) -> list[tuple[Article, Recleaned]]:
    """Move raw ``lines`` and everything after them (``to="next"``) or before them
    (``to="previous"``) within the article's story to the neighbouring story."""
    page = Page.objects.select_for_update().get(pk=article.page_id)
    articles = list(page.articles.order_by("line_start", "pk"))
    k = next(i for i, a in enumerate(articles) if a.pk == article.pk)
    story = articles[k]
    starts = [a.line_start for a in articles]
    first, last = lines
    if not story.line_start <= first <= last <= story.line_end:
        raise IngestError("Those lines are no longer in this story: reload the page.")
    if to == "next":
        if k + 1 >= len(articles):
            raise IngestError("This is the last story on its page: there is no next one.")
        if first <= story.line_start:
            raise IngestError("The whole story would move: nothing of it would be left.")
        starts[k + 1] = first
    else:
        if k == 0:
            raise IngestError("This is the first story on its page: there is no previous one.")
        if last >= story.line_end:
            raise IngestError("The whole story would move: nothing of it would be left.")
        starts[k] = last + 1
    page.story_starts = check_story_starts(page.raw_text, starts)
    page.save(update_fields=["story_starts"])
    memo: dict = {}
    return [(a, article_reclean(article=a, user=user, memo=memo)) for a in articles]
