"""The review queue over HTTP (``/curate/``): curators only, every other user a 403.

Accepting and rejecting go through ``writes.annotation_set_status``, one annotation at a
time, with the version the curator saw; a bulk action does the same for each annotation
of the filtered selection that existed when the page was shown.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import permissions, writes
from annotations.models import Annotation
from annotations.queue import QueueFilterForm, filter_options, proposed, queue_page, rows
from annotations.tag_rules import AnnotationError
from annotations.views import wants_fragment

ROW = "annotations/partials/queue_row.html"
DECISIONS = [(Annotation.Status.ACCEPTED, "Accept"), (Annotation.Status.REJECTED, "Reject")]


class DecisionForm(forms.Form):
    status = forms.ChoiceField(choices=DECISIONS)
    version = forms.IntegerField(min_value=1)
    reason = forms.CharField(required=False, max_length=2000)


class BulkForm(forms.Form):
    status = forms.ChoiceField(choices=DECISIONS)
    # The moment the page was shown: annotations proposed later are not swept in.
    shown_at = forms.DateTimeField()
    reason = forms.CharField(required=False, max_length=2000)


def _curator(request) -> None:
    if not permissions.can_curate(request.user):
        raise PermissionDenied("The review queue is for curators.")


def _filters(data) -> tuple[QueueFilterForm, dict]:
    bound = any(name in data for name in QueueFilterForm.base_fields)
    form = QueueFilterForm(data if bound else None)
    return form, form.filters()


def _kept(data) -> QueryDict:
    """The filters' part of a request's data, to come back to the same selection."""
    kept = QueryDict(mutable=True)
    for name in QueueFilterForm.base_fields:
        if data.get(name):
            kept[name] = data[name]
    return kept


def _filter_query(data) -> str:
    return _kept(data).urlencode()


@require_GET
@login_required
@vary_on_headers("HX-Request")
def queue(request):
    _curator(request)
    form, lookups = _filters(request.GET)
    page = queue_page(lookups, request.GET.get("page"))
    query = _filter_query(request.GET)
    context = {
        "form": form,
        "page": page,
        "rows": rows(page.object_list),
        "filter_query": query,
        # A decision sent without htmx comes back to the same selection.
        "back_query": f"?{query}" if query else "",
        "filter_pairs": list(_kept(request.GET).items()),
        "shown_at": timezone.now(),
    }
    if wants_fragment(request):
        return render(request, "annotations/partials/queue_list.html", context)
    return render(request, "annotations/queue.html", {**context, "options": filter_options(form)})


@require_POST
@login_required
@vary_on_headers("HX-Request")
def decide(request, pk):
    """Accept or reject one annotation of the queue (with an optional reason)."""
    _curator(request)
    annotation = get_object_or_404(Annotation.objects.live(), pk=pk)
    form = DecisionForm(request.POST)
    outcome: dict[str, str] = {}
    if not form.is_valid():
        outcome["error"] = "Choose accept or reject (and keep the version shown)."
    else:
        try:
            writes.annotation_set_status(
                annotation_id=annotation.pk,
                user=request.user,
                status=form.cleaned_data["status"],
                version=form.cleaned_data["version"],
                reason=form.cleaned_data["reason"],
            )
            outcome["done"] = form.cleaned_data["status"]
        except writes.ConflictError as conflict:
            outcome["error"] = (
                f"Not changed: someone changed this annotation meanwhile (now version "
                f"{conflict.current.version}). Look at it again."
            )
        except writes.GoneError:
            outcome["error"] = "Not changed: this annotation was deleted meanwhile."
        except AnnotationError as refused:
            outcome["error"] = f"Not changed: {refused.message}"
    if not wants_fragment(request):
        if "error" in outcome:
            messages.error(request, outcome["error"])
        back = reverse("curate")
        query = _filter_query(request.GET)
        return redirect(f"{back}?{query}" if query else back)
    fresh = Annotation.objects.select_related(
        "article__publication", "author", "entity", "speaker", "claimant"
    ).get(pk=annotation.pk)
    return render(request, ROW, {"row": rows([fresh], **outcome)[0]})


@require_POST
@login_required
def bulk(request):
    """Accept or reject every annotation of the filtered selection, each through the same
    write as one at a time; those changed or deleted meanwhile are counted, not forced."""
    _curator(request)
    form = BulkForm(request.POST)
    _, lookups = _filters(request.POST)
    back = reverse("curate")
    query = _filter_query(request.POST)
    if not form.is_valid():
        return redirect(f"{back}?{query}" if query else back)
    status = form.cleaned_data["status"]
    selection = proposed(lookups).filter(created_at__lte=form.cleaned_data["shown_at"])
    done = skipped = 0
    for pk, version in selection.values_list("pk", "version"):
        try:
            writes.annotation_set_status(
                annotation_id=pk,
                user=request.user,
                status=status,
                version=version,
                reason=form.cleaned_data["reason"],
            )
            done += 1
        except (writes.ConflictError, writes.GoneError, AnnotationError):
            skipped += 1
    verb = "accepted" if status == Annotation.Status.ACCEPTED else "rejected"
    note = f" {skipped} changed meanwhile and were left as they were." if skipped else ""
    messages.success(request, f"{done} annotation{'s' if done != 1 else ''} {verb}.{note}")
    return redirect(f"{back}?{query}" if query else back)
