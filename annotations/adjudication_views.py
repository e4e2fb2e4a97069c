"""Adjudication over HTTP (``/curate/articles/<slug>/adjudicate/``): curators only, every
other user a 403 (anonymous visitors are sent to sign in).

Decisions are plain POST forms (CSRF, the versions the curator saw) that work without
JavaScript (redirect back, message); under htmx they answer with the groups again.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import permissions, writes
from annotations.adjudication import FIELDS
from annotations.adjudication_services import (
    adjudicate_merge,
    adjudicate_pick,
    adjudicate_reject,
    article_board,
    article_mark_reviewed,
    parse_members,
)
from annotations.models import Annotation
from annotations.tag_rules import AnnotationError
from annotations.views import wants_fragment
from newsroom.models import Article

BOARD = "annotations/partials/adjudication_board.html"


class BoardFilterForm(forms.Form):
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Annotation.Kind.choices], required=False)
    disagreements = forms.BooleanField(required=False, label="Only disagreements")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def filters(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {"kind": "", "disagreements": False}
        return {
            "kind": self.cleaned_data["kind"],
            "disagreements": self.cleaned_data["disagreements"],
        }


class MembersForm(forms.Form):
    """Every version of the group as ``id:version`` (the versions the curator saw)."""

    member = forms.CharField(widget=forms.MultipleHiddenInput)

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.members: dict[str, int] = {}

    def clean_member(self):
        try:
            self.members = parse_members(self.data.getlist("member"))
        except ValueError:
            raise forms.ValidationError("The group's versions were not sent as shown.") from None
        return self.members


class PickForm(MembersForm):
    chosen = forms.UUIDField()


class MergeForm(MembersForm):
    """Which version each field is taken from (``from_<field>``, one per FIELDS)."""

    from_span = forms.UUIDField(required=False)
    from_kind = forms.UUIDField(required=False)
    from_entity = forms.UUIDField(required=False)
    from_speaker = forms.UUIDField(required=False)
    from_quote_type = forms.UUIDField(required=False)
    from_claimant = forms.UUIDField(required=False)
    from_verdict = forms.UUIDField(required=False)


class RejectForm(forms.Form):
    annotation = forms.UUIDField()
    version = forms.IntegerField(min_value=1)
    reason = forms.CharField(required=False, max_length=2000)


def _curator(request) -> None:
    if not permissions.can_curate(request.user):
        raise PermissionDenied("Adjudication is for curators.")


def _article(slug: str) -> Article:
    return get_object_or_404(Article, slug=slug)


def _kept(data) -> str:
    kept = QueryDict(mutable=True)
    for name in BoardFilterForm.base_fields:
        if data.get(name):
            kept[name] = data[name]
    return kept.urlencode()


def _context(request, article: Article, data, **outcome) -> dict:
    bound = any(name in data for name in BoardFilterForm.base_fields)
    form = BoardFilterForm(data if bound else None)
    filters = form.filters()
    return {
        "article": article,
        "form": form,
        "board": article_board(article, **filters),
        "filtered": bool(filters["kind"] or filters["disagreements"]),
        "filter_query": _kept(data),
        "outcome": outcome,
    }


@require_GET
@login_required
@vary_on_headers("HX-Request")
def adjudicate(request, slug: str):
    _curator(request)
    article = _article(slug)
    context = _context(request, article, request.GET)
    if wants_fragment(request):
        return render(request, BOARD, context)
    return render(request, "annotations/adjudicate.html", context)


def _answer(request, article: Article, *, done: str = "", error: str = ""):
    """The groups again (htmx), or back to the page with a message."""
    if wants_fragment(request):
        outcome = {"error": error} if error else {"done": done}
        return render(request, BOARD, _context(request, article, request.GET, **outcome))
    if error:
        messages.error(request, error)
    else:
        messages.success(request, done)
    back = reverse("adjudicate", args=[article.slug])
    query = _kept(request.GET)
    return redirect(f"{back}?{query}" if query else back)


def _refused(call) -> str:
    """Run a decision; the words for its refusal, or "" when it was made."""
    try:
        call()
    except writes.ConflictError as conflict:
        who = conflict.current.author.get_username()
        return (
            f"Not changed: someone changed {who}'s version meanwhile (now version "
            f"{conflict.current.version}). Look at it again."
        )
    except writes.GoneError as gone:
        return f"Not changed: {gone}"
    except Annotation.DoesNotExist:
        return "Not changed: these versions are not all this article's any more."
    except AnnotationError as refused:
        return f"Not changed: {refused.message}"
    return ""


@require_POST
@login_required
@vary_on_headers("HX-Request")
def pick(request, slug: str):
    _curator(request)
    article = _article(slug)
    form = PickForm(request.POST)
    if not form.is_valid():
        return _answer(request, article, error="Not changed: choose one version of a group.")
    error = _refused(
        lambda: adjudicate_pick(
            user=request.user,
            article=article,
            chosen=str(form.cleaned_data["chosen"]),
            versions=form.members,
        )
    )
    return _answer(request, article, done="Version kept; the others rejected.", error=error)


@require_POST
@login_required
@vary_on_headers("HX-Request")
def merge(request, slug: str):
    _curator(request)
    article = _article(slug)
    form = MergeForm(request.POST)
    if not form.is_valid():
        return _answer(request, article, error="Not changed: take each field from a version.")
    sources = {
        name: str(form.cleaned_data[f"from_{name}"])
        for name in FIELDS
        if form.cleaned_data[f"from_{name}"]
    }
    error = _refused(
        lambda: adjudicate_merge(
            user=request.user, article=article, versions=form.members, sources=sources
        )
    )
    return _answer(request, article, done="Versions merged into one, accepted.", error=error)


@require_POST
@login_required
@vary_on_headers("HX-Request")
def reject(request, slug: str):
    _curator(request)
    article = _article(slug)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return _answer(request, article, error="Not changed: reject one version as shown.")
    data = form.cleaned_data
    error = _refused(
        lambda: adjudicate_reject(
            user=request.user,
            article=article,
            annotation_id=str(data["annotation"]),
            version=data["version"],
            reason=data["reason"],
        )
    )
    return _answer(request, article, done="Version rejected.", error=error)


@require_POST
@login_required
@vary_on_headers("HX-Request")
def mark_reviewed(request, slug: str):
    _curator(request)
    article = _article(slug)
    article_mark_reviewed(user=request.user, article=article)
    return _answer(
        request, article, done="Marked reviewed: its accepted tags are its reviewed layer."
    )
