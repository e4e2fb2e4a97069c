"""The entity registry's pages: the list with search, an entity's page ("who said
what"), and the curators' edit, duplicate suggestions, merge and undo."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import registry
from annotations.entities import entity_search
from annotations.models import Entity, EntityMerge
from annotations.permissions import can_curate
from annotations.registry_forms import EntityEditForm, MergeForm
from annotations.tag_rules import AnnotationError

ENTITIES_PER_PAGE = 50


def _fragment(request) -> bool:
    return bool(
        request.htmx and not request.htmx.boosted and not request.htmx.history_restore_request
    )


def _require_curator(request) -> None:
    if not can_curate(request.user):
        raise PermissionDenied("Only curators can change the entity registry.")


@require_GET
@vary_on_headers("HX-Request")
def entity_list(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    kind = request.GET.get("kind", "")
    kinds = [kind] if kind in Entity.Kind.values else None
    matches = entity_search(
        query, kinds=kinds, limit=None, among=registry.visible_entities(request.user)
    )
    page = Paginator(matches, ENTITIES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "query": query,
        "kind": kind if kinds else "",
        "kind_choices": Entity.Kind.choices,
        "curator": can_curate(request.user),
    }
    if _fragment(request):
        return render(request, "annotations/entities/results.html", context)
    return render(request, "annotations/entities/list.html", context)


@require_GET
def entity_detail(request, pk: int):
    entity = get_object_or_404(Entity, pk=pk)
    if entity.merged_into_id is not None:
        return redirect("entity-detail", entity.survivor.pk)
    if not registry.visible_entities(request.user).filter(pk=entity.pk).exists():
        raise Http404("No such entity.")
    curator = can_curate(request.user)
    merges = []
    if curator:
        merges = list(
            EntityMerge.objects.filter(survivor=entity, undone_at__isnull=True).select_related(
                "loser", "actor"
            )
        )
    return render(
        request,
        "annotations/entities/detail.html",
        {
            "entity": entity,
            "shown": registry.entity_page(entity, request.user),
            "curator": curator,
            "merges": merges,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def entity_edit(request, pk: int):
    _require_curator(request)
    entity = get_object_or_404(Entity.objects.current(), pk=pk)
    if request.method == "POST":
        form = EntityEditForm(request.POST)
        if form.is_valid():
            try:
                registry.entity_update(
                    entity_id=entity.pk,
                    user=request.user,
                    kind=form.cleaned_data["kind"],
                    aliases=form.alias_list(),
                    wikidata_id=form.cleaned_data["wikidata_id"],
                )
            except AnnotationError as refused:
                form.add_error(
                    refused.field if refused.field in form.fields else None, refused.message
                )
            else:
                messages.success(request, f"Saved {entity.name}.")
                return redirect("entity-detail", entity.pk)
    else:
        form = EntityEditForm(
            initial={
                "kind": entity.kind,
                "aliases": "\n".join(entity.aliases),
                "wikidata_id": entity.wikidata_id,
            }
        )
    return render(request, "annotations/entities/edit.html", {"entity": entity, "form": form})


@login_required
@require_GET
def entity_duplicates(request):
    _require_curator(request)
    return render(
        request,
        "annotations/entities/duplicates.html",
        {"pairs": registry.duplicate_suggestions()},
    )


def _with_counts(entity_ids):
    """The entities with how many tags name each (every tag: curators see them all)."""
    return (
        Entity.objects.current()
        .filter(pk__in=entity_ids)
        .annotate(
            mentions=Count("tags", filter=Q(tags__deleted_at__isnull=True), distinct=True),
            quoted=Count("quotes", filter=Q(quotes__deleted_at__isnull=True), distinct=True),
            claimed=Count("claims", filter=Q(claims__deleted_at__isnull=True), distinct=True),
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def entity_merge(request):
    """GET ``?a=&b=``: the two entities side by side, to choose the one to keep; POST
    (``pair`` twice, ``survivor`` one of them) merges the other into it."""
    _require_curator(request)
    if request.method == "POST":
        ids = request.POST.getlist("pair")[:2]
    else:
        ids = [request.GET.get("a"), request.GET.get("b")]
    try:
        ids = [int(i) for i in ids]
    except (TypeError, ValueError) as bad:
        raise Http404("Choose two entities to merge.") from bad
    pair = {e.pk: e for e in _with_counts(ids)}
    if len(pair) != 2:
        raise Http404("Choose two current entities to merge.")
    form = MergeForm(
        request.POST if request.method == "POST" else None, pair=ids, initial={"survivor": ids[0]}
    )
    if form.is_valid():
        survivor = form.cleaned_data["survivor"]
        loser = ids[1] if survivor == ids[0] else ids[0]
        try:
            merge = registry.entity_merge(survivor_id=survivor, loser_id=loser, user=request.user)
        except AnnotationError as refused:
            form.add_error(None, refused.message)
        else:
            moved = merge.annotation_count
            messages.success(
                request,
                f"Merged {merge.loser.name} into {merge.survivor.name}: "
                f"{moved} annotation{'s' if moved != 1 else ''} moved.",
            )
            return redirect("entity-detail", merge.survivor_id)
    return render(
        request,
        "annotations/entities/merge.html",
        {"form": form, "entities": [pair[i] for i in ids], "chosen": ids[0]},
    )


@login_required
@require_POST
def merge_undo(request, pk: int):
    _require_curator(request)
    merge = get_object_or_404(EntityMerge.objects.select_related("loser", "survivor"), pk=pk)
    try:
        registry.merge_undo(merge_id=merge.pk, user=request.user)
    except AnnotationError as refused:
        messages.error(request, refused.message)
        return redirect("entity-detail", merge.survivor_id)
    messages.success(request, f"Undid the merge: {merge.loser.name} is its own entity again.")
    return redirect("entity-detail", merge.loser_id)
