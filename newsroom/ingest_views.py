"""The staff page that turns pasted text or .txt files into articles: preview, then save."""

from __future__ import annotations

from collections import Counter

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views import defaults
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from newsroom.forms import IngestForm
from newsroom.ingest import size_message
from newsroom.ingest_preview import Saved, preview_upload, save_upload
from newsroom.models import Article, Publication
from newsroom.text.flags import weaknesses


def wants_fragment(request) -> bool:
    return bool(
        request.htmx and not request.htmx.boosted and not request.htmx.history_restore_request
    )


def _saved_message(saved: Saved) -> str:
    article = saved.article
    if not saved.created:
        return f"“{article.headline}” was already in the newsroom."
    if article.needs_review:
        asked = ", not published," if saved.held_back else ""
        flags = article.revisions.get(number=article.revision).flags
        return " ".join(
            [
                f"“{article.headline}” saved as a draft{asked} because it needs review.",
                *weaknesses(flags),
                "It is listed under Needs review.",
            ]
        )
    how = "published" if article.status == Article.Status.PUBLISHED else "saved as a draft"
    return f"“{article.headline}” {how}."


def _context(form: IngestForm) -> dict:
    return {
        "form": form,
        "max_mb": settings.NEWSROOM_MAX_RAW_BYTES // (1024 * 1024),
        "publications": Publication.objects.values_list("name", flat=True)[:500],
    }


def _render(request, context: dict, status: int = 200):
    if wants_fragment(request):
        # htmx 2 swaps no 4xx body, so a refusal the page must show comes as a 200.
        return render(request, "newsroom/partials/ingest_result.html", context)
    return render(request, "newsroom/ingest.html", context, status=status)


@login_required
@permission_required("newsroom.add_article", raise_exception=True)
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
def ingest_page(request):
    form = IngestForm(request.POST or None, request.FILES or None)
    context = _context(form)
    if request.method == "POST" and form.is_valid():
        action = form.cleaned_data["action"]
        uploads = form.uploads()
        # Boundaries are moved on one text at a time; several files keep the cleaner's.
        split = form.split_request() if len(uploads) == 1 else None
        if action != IngestForm.PREVIEW and split is not None and split.changed:
            # Saving uses the boundaries on screen: new ones are shown first.
            action = IngestForm.PREVIEW
            context["unsaved"] = True
        if action == IngestForm.PREVIEW:
            previews = [preview_upload(u, split) for u in uploads]
            context["previews"] = previews
            context["failed"] = sum(1 for p in previews if p.error)
            context["ready"] = len(previews) - context["failed"]
            # Without htmx the page comes back with an empty file input.
            context["choose_again"] = any(u.file for u in uploads) and not request.htmx
        else:
            if action in (IngestForm.PUBLISH, IngestForm.CORRECT) and not request.user.has_perm(
                "newsroom.change_article"
            ):
                raise PermissionDenied("You may save drafts only.")
            options = {
                "publication_name": form.cleaned_data["publication"] or None,
                "status": Article.Status.PUBLISHED
                if action == IngestForm.PUBLISH
                else Article.Status.DRAFT,
                "user": request.user,
            }
            results = [save_upload(u, split, **options) for u in uploads]
            if len(results) == 1 and len(results[0].articles) == 1:
                level = messages.WARNING if results[0].article.needs_review else messages.SUCCESS
                messages.add_message(request, level, _saved_message(results[0]))
                url = results[0].article.get_absolute_url()
                if action == IngestForm.CORRECT:
                    url = reverse("article-edit", args=[results[0].article.slug])
                return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
            context["results"] = results
            context["tally"] = Counter(
                "failed" if r.error else "created" if r.created else "existing" for r in results
            )
            context["article_count"] = sum(len(r.articles) for r in results if r.created)
            context["review_count"] = sum(
                1 for r in results if r.created for a in r.articles if a.needs_review
            )
    return _render(request, context)


# Django refuses these before any view runs (the CSRF check reads the body first); on the
# staff page they are the person's input being too big, and are said as such.
REFUSED = {
    RequestDataTooBig: (413, lambda: size_message("text")),
    TooManyFilesSent: (
        413,
        lambda: f"Choose at most {settings.DATA_UPLOAD_MAX_NUMBER_FILES} files at a time.",
    ),
    TooManyFieldsSent: (400, lambda: "The form sent too many fields; reload the page."),
}


def bad_request(request, exception):
    """``handler400``: the staff page's own answer to a request Django refused as too
    big, in the page (or the fragment htmx swaps); anything else as Django answers it."""
    refused = next((v for k, v in REFUSED.items() if isinstance(exception, k)), None)
    # The request may have been refused before the authentication middleware ran.
    user = getattr(request, "user", None)
    if (
        refused is None
        or request.path != reverse("ingest")
        or user is None
        or not user.has_perm("newsroom.add_article")
    ):
        return defaults.bad_request(request, exception)
    status, message = refused
    response = _render(request, {**_context(IngestForm()), "refused": message()}, status)
    patch_vary_headers(response, ["HX-Request"])
    return response
