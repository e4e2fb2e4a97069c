"""The claims pages: ``/claims/`` (every claim with its verdict, claimant and articles,
filtered) and a claim's page, where curators give the verdict, link the same claim in
other articles (suggested by text similarity) and unlink it. Writes are plain form posts
answered by a redirect (they work without JavaScript); the services check permissions,
and the views refuse non-curators first, anonymous visitors included, with a 403."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import claims
from annotations.claim_forms import AnnotationChoiceForm, ClaimFilterForm, VerdictForm
from annotations.models import Annotation, Claim, Entity
from annotations.permissions import can_curate
from annotations.registry import visible_annotations
from annotations.tag_rules import AnnotationError
from annotations.views import wants_fragment
from annotations.writes import GoneError

CLAIMS_PER_PAGE = 30
ARTICLE_TEXTS = ("article__text", "article__content", "article__blocks")


def _require_curator(request) -> None:
    if not can_curate(request.user):
        raise PermissionDenied("Only curators give verdicts and link claims.")


@require_GET
@vary_on_headers("HX-Request")
def claim_list(request):
    user = request.user
    shown = claims.visible_claims(user)
    claimants = Entity.objects.filter(checked_claims__in=shown).distinct().order_by("name")
    form = ClaimFilterForm(request.GET, claimants=claimants)
    found = shown
    filters = {}
    if form.is_valid():
        filters = form.cleaned_data
        found = found.matching(filters["q"].replace("\x00", ""))
        if filters["verdict"]:
            found = found.filter(verdict=filters["verdict"])
        if filters["claimant"]:
            found = found.filter(claimant_id=filters["claimant"])
    found = found.select_related("claimant", "reviewer").prefetch_related(
        Prefetch(
            "annotations",
            queryset=visible_annotations(user)
            .select_related("article", "article__publication")
            .defer(*ARTICLE_TEXTS)
            .order_by("-article__created_at", "start"),
            to_attr="shown",
        )
    )
    page = Paginator(found, CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    for claim in page.object_list:
        claim.articles = list({a.article_id: a.article for a in claim.shown}.values())
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "form": form,
        "filtered": any(filters.values()) if filters else False,
        "query": query.urlencode(),
        "curator": can_curate(user),
    }
    if wants_fragment(request):
        return render(request, "annotations/claims/results.html", context)
    return render(request, "annotations/claims/list.html", context)


def _visible_claim(request, pk: int) -> Claim:
    return get_object_or_404(
        claims.visible_claims(request.user).select_related("claimant", "reviewer", "created_by"),
        pk=pk,
    )


def _detail(request, claim: Claim, *, verdict_form=None, status: int = 200):
    curator = can_curate(request.user)
    context = {
        "claim": claim,
        "linked": claims.linked_annotations(claim, request.user),
        "history": claims.claim_history(claim, request.user),
        "curator": curator,
    }
    if curator:
        context["verdict_form"] = verdict_form or VerdictForm(
            current=claim.verdict,
            initial={"verdict": claim.verdict, "explanation": claim.explanation},
        )
        context["suggestions"] = claims.suggestions(claim)
    return render(request, "annotations/claims/detail.html", context, status=status)


@require_GET
def claim_detail(request, pk: int):
    return _detail(request, _visible_claim(request, pk))


@require_POST
def claim_verdict(request, pk: int):
    _require_curator(request)
    claim = _visible_claim(request, pk)
    form = VerdictForm(request.POST, current=claim.verdict)
    if form.is_valid():
        try:
            claim = claims.claim_set_verdict(
                claim_id=claim.pk,
                user=request.user,
                verdict=form.cleaned_data["verdict"],
                explanation=form.cleaned_data["explanation"],
            )
        except AnnotationError as refused:
            form.add_error(refused.field if refused.field in form.fields else None, refused.message)
        else:
            count = claim.annotations.filter(deleted_at__isnull=True).count()
            messages.success(
                request,
                f"Verdict: {claim.get_verdict_display()}, shown with the claim in "
                f"{count} place{'s' if count != 1 else ''}.",
            )
            return redirect(claim)
    return _detail(request, claim, verdict_form=form)


def _chosen_annotation(request):
    form = AnnotationChoiceForm(request.POST)
    if not form.is_valid():
        raise Http404("No such annotation.")
    return form.cleaned_data["annotation"]


def _refused(request, claim: Claim, refused: Exception):
    messages.error(request, getattr(refused, "message", None) or str(refused))
    return redirect(claim)


@require_POST
def claim_link(request, pk: int):
    _require_curator(request)
    claim = _visible_claim(request, pk)
    try:
        annotation = claims.claim_link(
            claim_id=claim.pk, annotation_id=_chosen_annotation(request), user=request.user
        )
    except Annotation.DoesNotExist:
        raise Http404("No such annotation.") from None
    except (AnnotationError, GoneError) as refused:
        return _refused(request, claim, refused)
    messages.success(request, f"Linked: the claim in “{annotation.article.headline}”.")
    return redirect(claim)


@require_POST
def claim_unlink(request, pk: int):
    _require_curator(request)
    claim = _visible_claim(request, pk)
    try:
        annotation = claims.claim_unlink(
            claim_id=claim.pk, annotation_id=_chosen_annotation(request), user=request.user
        )
    except Annotation.DoesNotExist:
        raise Http404("No such annotation.") from None
    except (AnnotationError, GoneError) as refused:
        return _refused(request, claim, refused)
    messages.success(
        request, f"Unlinked the claim in “{annotation.article.headline}”: it is unreviewed again."
    )
    return redirect(claim)


@require_POST
def claim_create(request):
    """A claim page for a claim annotation (from its panel)."""
    _require_curator(request)
    try:
        claim = claims.claim_create(annotation_id=_chosen_annotation(request), user=request.user)
    except Annotation.DoesNotExist:
        raise Http404("No such annotation.") from None
    except (AnnotationError, GoneError) as refused:
        messages.error(request, getattr(refused, "message", None) or str(refused))
        return redirect("claim-list")
    messages.success(request, "Claim page opened: give the verdict here.")
    return redirect(claim)
