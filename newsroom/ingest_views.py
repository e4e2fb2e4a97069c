"""The staff page that turns pasted text or .txt files into articles: preview, then save."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from newsroom.changes_model import KINDS
from newsroom.cleaning import CleanedArticle
from newsroom.forms import IngestForm, Upload
from newsroom.ingest import IngestError, decode_upload, ingest_bytes, preview, stored
from newsroom.models import Article, Publication, raw_digest

# A preview is for checking the structure; a 20 MB text would be a page nobody reads.
PREVIEW_BLOCKS = 300


@dataclass(frozen=True)
class Preview:
    upload: Upload
    cleaned: CleanedArticle | None = None
    note: str = ""
    error: str = ""
    existing: Article | None = None

    @property
    def blocks(self):
        return self.cleaned.body[:PREVIEW_BLOCKS] if self.cleaned else []

    @property
    def more_blocks(self) -> int:
        return max(0, len(self.cleaned.body) - PREVIEW_BLOCKS) if self.cleaned else 0

    @property
    def counts(self) -> list[tuple[str, int]]:
        counts = Counter(c.kind for c in self.cleaned.changes) if self.cleaned else Counter()
        order = [*KINDS, *sorted(set(counts) - set(KINDS))]
        return [(KINDS.get(k, (k.capitalize(),))[0], counts[k]) for k in order if counts[k]]


@dataclass(frozen=True)
class Saved:
    upload: Upload
    article: Article | None = None
    created: bool = False
    error: str = ""


def preview_upload(upload: Upload) -> Preview:
    try:
        text, note = decode_upload(upload.read())
        cleaned = preview(text)
    except IngestError as exc:
        return Preview(upload, error=str(exc))
    return Preview(upload, cleaned, note, existing=stored(raw_digest(text)))


def save_upload(upload: Upload, **options) -> Saved:
    try:
        result = ingest_bytes(upload.read(), source_name=upload.name, **options)
    except IngestError as exc:
        return Saved(upload, error=str(exc))
    return Saved(upload, result.article, result.created)


def wants_fragment(request) -> bool:
    return bool(
        request.htmx and not request.htmx.boosted and not request.htmx.history_restore_request
    )


def _saved_message(saved: Saved) -> str:
    if not saved.created:
        return f"“{saved.article.headline}” was already in the newsroom."
    how = "published" if saved.article.status == Article.Status.PUBLISHED else "saved as a draft"
    return f"“{saved.article.headline}” {how}."


@login_required
@permission_required("newsroom.add_article", raise_exception=True)
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
def ingest_page(request):
    form = IngestForm(request.POST or None, request.FILES or None)
    context: dict = {
        "form": form,
        "max_mb": settings.NEWSROOM_MAX_RAW_BYTES // (1024 * 1024),
        "publications": Publication.objects.values_list("name", flat=True)[:500],
    }
    if request.method == "POST" and form.is_valid():
        action = form.cleaned_data["action"]
        uploads = form.uploads()
        if action == IngestForm.PREVIEW:
            previews = [preview_upload(u) for u in uploads]
            context["previews"] = previews
            context["failed"] = sum(1 for p in previews if p.error)
            context["ready"] = len(previews) - context["failed"]
            # Without htmx the page comes back with an empty file input.
            context["choose_again"] = any(u.file for u in uploads) and not request.htmx
        else:
            if action == IngestForm.PUBLISH and not request.user.has_perm(
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
            results = [save_upload(u, **options) for u in uploads]
            if len(results) == 1 and results[0].article is not None:
                messages.success(request, _saved_message(results[0]))
                url = results[0].article.get_absolute_url()
                return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
            context["results"] = results
            context["tally"] = Counter(
                "failed" if r.error else "created" if r.created else "existing" for r in results
            )
    if wants_fragment(request):
        return render(request, "newsroom/partials/ingest_result.html", context)
    return render(request, "newsroom/ingest.html", context)
