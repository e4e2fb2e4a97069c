"""/search/: articles and annotations matching a query, with filters (a plain GET form
that htmx submits as it changes, answering with the results alone)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from annotations.models import sees_every_annotation
from annotations.search import Filters, annotation_rows, matching_annotations, matching_articles
from annotations.search_forms import SearchForm
from newsroom.search import safe_snippet

PER_PAGE = 20
TABS = ("articles", "annotations")
# Results counted, and listed, at most: past it a tab says "1,000+" and its pages end.
# Counting every match of a common word would read each of them (tens of thousands in
# an archive); a reader refines the query long before page 50.
COUNTED = 1000


class Counted:
    """Results as ``Paginator`` takes them: the first ``COUNTED`` of ``rows``, counted
    without their rank or snippets (``shown``: the count with a "+" when there were
    more than that)."""

    def __init__(self, rows):
        self.rows = rows
        self.shown = ""  # the count as a tab shows it, once counted

    def count(self) -> int:
        found = self.rows.order_by().values("pk")[: COUNTED + 1].count()
        counted = min(found, COUNTED)
        self.shown = f"{counted:,}+" if found > COUNTED else f"{counted:,}"
        return counted

    def __getitem__(self, key):
        return self.rows[key]


def _fragment(request) -> bool:
    return bool(
        request.htmx and not request.htmx.boosted and not request.htmx.history_restore_request
    )


@require_GET
@vary_on_headers("HX-Request")
def search(request):
    form = SearchForm(request.GET, user=request.user)
    context = {"form": form, "sees_status": sees_every_annotation(request.user)}
    status = 200
    if not form.is_valid():
        # A fragment must be 200 for htmx to swap it; the page says what was wrong.
        status = 200 if _fragment(request) else 400
    elif form.cleaned_data["q"]:
        context.update(_results(request, form))
    template = "annotations/partials/search_results.html" if _fragment(request) else None
    return render(request, template or "annotations/search.html", context, status=status)


def _results(request, form: SearchForm) -> dict:
    filters = Filters.from_form(form.cleaned_data)
    tab = form.cleaned_data["tab"] or "articles"
    # The other tab's results are only counted.
    articles = matching_articles(request.user, filters, ranked=tab == "articles")
    annotations = matching_annotations(request.user, filters, ranked=tab == "annotations")
    if tab == "articles":
        shown, other = Counted(articles), Counted(annotations)
    else:
        shown, other = Counted(annotation_rows(annotations)), Counted(articles)
    page = Paginator(shown, PER_PAGE).get_page(request.GET.get("page"))
    other.count()
    counts = {tab: shown.shown, next(t for t in TABS if t != tab): other.shown}
    for row in page.object_list:
        row.snippet_html = safe_snippet(row.snippet)
        if tab == "annotations":
            row.note_html = safe_snippet(row.note_snippet) if row.note else ""
    # The filters as they stand, for the tabs' and pages' links.
    kept = {k: v for k, v in request.GET.items() if k not in ("tab", "page") and v}
    return {
        "tab": tab,
        "counts": counts,
        "page": page,
        "query": form.cleaned_data["q"],
        "filters_query": urlencode(kept),
        "tab_query": urlencode({**kept, "tab": tab}),
    }
