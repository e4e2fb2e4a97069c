from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models.functions import Substr
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from newsroom.changes import build as build_cleaning_view
from newsroom.changes import source_blocks
from newsroom.models import Article

ARTICLES_PER_PAGE = 20
OPENING_CHARS = 1500


def get_visible_article(request, slug: str, *, defer: tuple[str, ...] = ()) -> Article:
    """The article, or 404 when it does not exist or is a draft the user may not see."""
    return get_object_or_404(
        Article.objects.visible_to(request.user).select_related("publication").defer(*defer),
        slug=slug,
    )


@require_GET
def article_list(request):
    articles = (
        Article.objects.visible_to(request.user)
        .select_related("publication")
        # The full text can be megabytes; the list needs only the opening lines.
        .defer("raw_text", "text", "content")
        .annotate(text_head=Substr("text", 1, OPENING_CHARS))
    )
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "newsroom/article_list.html", {"page": page})


@require_GET
def article_original(request, slug: str):
    # The compiled text and blocks are not shown here; on a long article they are megabytes.
    article = get_visible_article(request, slug, defer=("text", "blocks"))
    revision = article.revisions.filter(number=article.revision).only("changes").first()
    photos = {p.order: (p.caption, p.credit) for p in article.photos.all()}
    try:
        start = max(1, int(request.GET.get("from", 1)))
    except ValueError:
        start = 1
    view = build_cleaning_view(
        article.raw_text,
        revision.changes if revision else [],
        source_blocks(article.content, photos),
        start=start,
    )
    context = {"article": article, "view": view}
    return render(request, "newsroom/article_original.html", context)
