from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models.functions import Substr
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from newsroom.models import Article

ARTICLES_PER_PAGE = 20
OPENING_CHARS = 1500


def get_visible_article(request, slug: str) -> Article:
    """The article, or 404 when it does not exist or is a draft the user may not see."""
    return get_object_or_404(
        Article.objects.visible_to(request.user).select_related("publication"), slug=slug
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
    article = get_visible_article(request, slug)
    return render(request, "newsroom/article_original.html", {"article": article})
