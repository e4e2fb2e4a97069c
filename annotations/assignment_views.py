"""Assignments over HTTP.

``/curate/assignments/`` (curators only, every other user a 403): articles with their
assignees' progress, a page at a time, and the form that gives the ticked articles to the
ticked annotators; unassigning is a button on each assignee. ``/my/articles/`` (people who
can annotate): their assignments with their progress, and *Mark done* / *Reopen*.

Writes are POSTs (CSRF) through ``annotations.assignments``, which checks permissions
itself; answers redirect back with a message, so the pages work without JavaScript.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import assignments, permissions
from annotations.assignment_forms import ArticleFilterForm, AssignForm
from annotations.models import Assignment
from annotations.views import wants_fragment

ARTICLES_PER_PAGE = 25
MINE_PER_PAGE = 50
MY_ROW = "annotations/partials/my_article.html"


def _curator(request) -> None:
    if not permissions.can_curate(request.user):
        raise PermissionDenied("Assigning articles is for curators.")


def _back(request, default: str) -> str:
    """Where the form came from (``next``), if it is one of ours."""
    wanted = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return wanted if wanted and safe else default


def _filters(data) -> tuple[ArticleFilterForm, QueryDict]:
    bound = any(name in data for name in ArticleFilterForm.base_fields)
    form = ArticleFilterForm(data if bound else None)
    kept = QueryDict(mutable=True)
    for name in ArticleFilterForm.base_fields:
        if data.get(name):
            kept[name] = data[name]
    return form, kept


@require_GET
@login_required
@vary_on_headers("HX-Request")
def assignment_page(request):
    _curator(request)
    form, kept = _filters(request.GET)
    page = Paginator(form.articles(), ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "rows": assignments.article_progress(page.object_list),
        "assign_form": AssignForm(),
        "filtered": bool(kept),
        # The page to come back to after a write, from the list swapped by a filter too.
        "back": request.get_full_path(),
    }
    if wants_fragment(request):
        return render(request, "annotations/partials/assignment_list.html", context)
    return render(request, "annotations/assignments.html", context)


@require_POST
@login_required
def assign(request):
    """Give the chosen articles to the chosen annotators (with a due date and a note)."""
    _curator(request)
    back = _back(request, reverse("assignments"))
    form = AssignForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"Nothing assigned. {form.errors_in_words()}")
        return redirect(back)
    try:
        result = assignments.assignments_create(
            articles=form.cleaned_data["articles"],
            annotators=form.cleaned_data["annotators"],
            by=request.user,
            due_on=form.cleaned_data["due_on"],
            note=form.cleaned_data["note"],
        )
    except ValidationError as refused:
        messages.error(request, f"Nothing assigned. {' '.join(refused.messages)}")
        return redirect(back)
    made = len(result.made)
    text = f"{made} assignment{'s' if made != 1 else ''} made."
    if result.already:
        pairs = "; ".join(
            f"“{a.article.headline}” to {a.annotator.get_username()}" for a in result.already
        )
        text += f" Already assigned, left as they were: {pairs}."
    messages.success(request, text)
    return redirect(back)


@require_POST
@login_required
def unassign(request, pk: int):
    _curator(request)
    back = _back(request, reverse("assignments"))
    assignment = get_object_or_404(Assignment, pk=pk)
    try:
        assignments.assignment_remove(assignment_id=assignment.pk, by=request.user)
    except assignments.AssignmentGone:
        messages.info(request, "That assignment had already been taken back.")
        return redirect(back)
    messages.success(
        request,
        f"“{assignment.article.headline}” is no longer assigned to "
        f"{assignment.annotator.get_username()} (the assignment stays in the history).",
    )
    return redirect(back)


# --- My articles -------------------------------------------------------------------------


def _annotator(request) -> None:
    if not permissions.can_annotate(request.user):
        raise PermissionDenied("My articles is for annotators.")


@require_GET
@login_required
def my_articles(request):
    _annotator(request)
    page = Paginator(assignments.mine(request.user), MINE_PER_PAGE).get_page(
        request.GET.get("page")
    )
    items = assignments.progress_of(page.object_list, request.user)
    return render(request, "annotations/my_articles.html", {"page": page, "items": items})


def _finish(request, pk: int, *, done: bool):
    _annotator(request)
    # Another annotator's assignment is not theirs to see: 404 as for one that never was.
    assignment = get_object_or_404(Assignment.objects.filter(annotator=request.user), pk=pk)
    error = ""
    try:
        assignment = assignments.assignment_set_done(
            assignment_id=assignment.pk, user=request.user, done=done
        )
    except assignments.AssignmentGone:
        error = "This article is no longer assigned to you."
    if not wants_fragment(request):
        if error:
            messages.error(request, error)
        return redirect("my-articles")
    if error:
        return render(request, MY_ROW, {"item": None, "error": error, "pk": pk})
    (item,) = assignments.progress_of(
        [
            Assignment.objects.select_related("article__publication", "assigned_by")
            .defer(*(f"article__{name}" for name in assignments.HEAVY))
            .get(pk=pk)
        ],
        request.user,
    )
    return render(request, MY_ROW, {"item": item, "changed": True})


@require_POST
@login_required
@vary_on_headers("HX-Request")
def mark_done(request, pk: int):
    return _finish(request, pk, done=True)


@require_POST
@login_required
@vary_on_headers("HX-Request")
def reopen(request, pk: int):
    return _finish(request, pk, done=False)
