from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from newsroom.forms import ArticleListForm
from newsroom.listing import BadCursor, filtered, keyset_page
from newsroom.models import Article, ArticleRevision
from newsroom.text.changes import build as build_cleaning_view
from newsroom.text.changes import source_blocks, split_lines
from newsroom.text.flags import describe, weaknesses

REVIEW_PER_PAGE = 50
OPENING_CHARS = 1500
# What lists never show: the compiled text and content can be megabytes, a page's raw
# text up to 20 MB.
LIST_DEFER = ("text", "content", "page__raw_text")


def get_visible_article(request, slug: str, *, defer: tuple[str, ...] = ()) -> Article:
    """The article, or 404 when it does not exist or is a draft the user may not see."""
    return get_object_or_404(
        Article.objects.visible_to(request.user).select_related("publication").defer(*defer),
        slug=slug,
    )


@require_GET
@vary_on_headers("HX-Request")
def article_list(request):
    form = ArticleListForm(request.GET)
    fragment = bool(
        request.htmx and not request.htmx.boosted and not request.htmx.history_restore_request
    )
    template = (
        "newsroom/partials/article_results.html" if fragment else "newsroom/article_list.html"
    )
    context = {"form": form, "can_review": request.user.has_perm("newsroom.change_article")}
    if not form.is_valid():
        # A fragment must be 200 for htmx to swap it; the page says what was wrong.
        return render(request, template, context, status=200 if fragment else 400)
    articles = (
        filtered(Article.objects.visible_to(request.user), form.cleaned_data)
        .select_related("publication")
        # The full text can be megabytes; the list needs only the opening lines.
        .defer("text", "content", "search_vector", "lead_vector")
        .annotate(text_head=Substr("text", 1, OPENING_CHARS))
    )
    if request.user.has_perm("annotations.curate_annotation"):
        # What awaits review in each article (live, proposed annotations), for curators:
        # counted for the rows shown only (a GROUP BY would count every article first).
        awaiting = Q(annotations__status="proposed", annotations__deleted_at__isnull=True)
        counted = (
            Article.objects.filter(pk=OuterRef("pk"))
            .annotate(n=Count("annotations", filter=awaiting))
            .values("n")
        )
        articles = articles.annotate(proposed_count=Subquery(counted))
    order = form.cleaned_data["sort"] or "newest"
    try:
        page = keyset_page(
            articles,
            order,
            after=form.cleaned_data["after"],
            before=form.cleaned_data["before"],
        )
    except BadCursor as exc:
        form.add_error(None, str(exc))
        return render(request, template, context, status=200 if fragment else 400)
    # The filters as they stand, for the page links.
    kept = {k: v for k, v in request.GET.items() if k not in ("after", "before") and v}
    context.update(
        {
            "page": page,
            "total": articles.count(),
            "order": order,
            "filters_query": urlencode(kept),
        }
    )
    return render(request, template, context)


@dataclass(frozen=True)
class Story:
    """One story of a page, as the Original page links to it."""

    number: int
    article: Article


def _story_view_range(
    article: Article, on_page: list[Article], page
) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The raw lines the Original page shows for ``article``: its own, and what belongs
    to no story before it (the masthead above the first story, the gap after the one
    before) or after the last story, so every line of the page is on one story's Original
    page. Also the ranges in it that are no story's."""
    others = [a for a in on_page if a.pk != article.pk]
    before = [a.line_end for a in others if a.line_start < article.line_start]
    later = any(a.line_start > article.line_start for a in others)
    first = min(article.line_start, max(before) + 1 if before else 1)
    last = article.line_end if later else max(article.line_end, page.line_count)
    outside = [tuple(o["lines"]) for o in page.outside or [] if len(o.get("lines", ())) == 2]
    if first < article.line_start:
        outside.append((first, article.line_start - 1))
    if last > article.line_end:
        outside.append((article.line_end + 1, last))
    return (first, last), outside


@require_GET
def article_original(request, slug: str):
    # The compiled text and blocks are not shown here; on a long article they are megabytes.
    article = get_object_or_404(
        Article.objects.visible_to(request.user)
        .select_related("publication", "page")
        .defer("text", "blocks"),
        slug=slug,
    )
    page = article.page
    revision = (
        article.revisions.filter(number=article.revision)
        # article_id too: the related manager checks it on every row it returns.
        .only("article_id", "changes", "flags")
        .first()
    )
    photos = {p.order: (p.caption, p.credit) for p in article.photos.all()}
    # Every story shapes the range shown; only those the user may see are named.
    visible = Article.objects.visible_to(request.user).filter(pk=OuterRef("pk"))
    on_page = list(
        page.articles.only("slug", "headline", "line_start", "line_end", "status", "page_id")
        .annotate(shown=Exists(visible))
        .order_by("line_start", "pk")
    )
    shown, outside = _story_view_range(article, on_page, page)
    try:
        start = int(request.GET.get("from", shown[0]))
    except ValueError:
        start = shown[0]
    view = build_cleaning_view(
        page.raw_text,
        revision.changes if revision else [],
        source_blocks(article.content, photos),
        start=start,
        lines_range=shown,
        outside=outside,
    )
    siblings = [a for a in on_page if a.shown]
    flags = revision.flags if revision else {}
    context = {
        "article": article,
        "page": page,
        "view": view,
        "stories": [Story(n, a) for n, a in enumerate(siblings, 1)],
        "story_number": next((n for n, a in enumerate(siblings, 1) if a.pk == article.pk), 1),
        "flags": describe(flags),
        "weaknesses": weaknesses(flags),
        "story_raw": "\n".join(split_lines(page.raw_text)[shown[0] - 1 : shown[1]])
        if not view.paged
        else "",
    }
    return render(request, "newsroom/article_original.html", context)


@dataclass(frozen=True)
class ReviewItem:
    article: Article
    weaknesses: list[str]
    story: int | None  # which story of its page, when the page holds several
    stories: int


@login_required
@permission_required("newsroom.change_article", raise_exception=True)
@require_GET
def needs_review(request):
    """The articles the cleaner doubted, for curators to check (newest first)."""
    current_flags = ArticleRevision.objects.filter(
        article=OuterRef("pk"), number=OuterRef("revision")
    ).values("flags")[:1]
    articles = (
        Article.objects.needing_review()
        .select_related("publication", "page")
        .defer(*LIST_DEFER, "blocks")
        .annotate(current_flags=Subquery(current_flags))
        .order_by("-created_at", "-id")
    )
    listing = Paginator(articles, REVIEW_PER_PAGE).get_page(request.GET.get("page"))
    items = []
    for article in listing.object_list:
        starts = [r[0] for r in article.page.stories or []]
        story = starts.index(article.line_start) + 1 if article.line_start in starts else None
        items.append(
            ReviewItem(article, weaknesses(article.current_flags), story, max(1, len(starts)))
        )
    return render(request, "newsroom/needs_review.html", {"page": listing, "items": items})
