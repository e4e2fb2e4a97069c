"""The entity picker of the tag form: search as you type, choose, or create one inline.

Each response is the picker (or its result list) for one field of the form: ``entity``,
``speaker`` or ``claimant``; speakers and claimants are people or organisations.
"""

from __future__ import annotations

from django.core.exceptions import BadRequest, PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import entities, permissions
from annotations.forms import EntityForm
from annotations.highlights import PICKERS
from annotations.models import Entity
from annotations.tag_rules import AnnotationError

PICKER = "annotations/partials/picker.html"
RESULTS = "annotations/partials/entity_results.html"


def picker(
    field: str,
    *,
    chosen: Entity | None = None,
    query: str = "",
    new_form: EntityForm | None = None,
    search: bool = True,
) -> dict:
    """What ``picker.html`` shows for one field; searches for ``query`` if given."""
    label, kinds = PICKERS[field]
    query = query.replace("\x00", "")  # PostgreSQL text cannot hold NUL; names never need it
    results = []
    if chosen is None and query and search:
        results = list(entities.entity_search(query, kinds=kinds, limit=8))
    if new_form is None:
        initial = {"name": query}
        if kinds:
            initial["entity_kind"] = kinds[0]
        new_form = EntityForm(prefix=field, initial=initial)
    return {
        "field": field,
        "label": label,
        "chosen": chosen,
        "query": query,
        "results": results,
        "kind_choices": [(v, lbl) for v, lbl in Entity.Kind.choices if not kinds or v in kinds],
        "new_form": new_form,
        "open_new": new_form.is_bound,
    }


def _field(request, data) -> str:
    if not permissions.can_annotate(request.user):
        raise PermissionDenied("Only annotators can choose entities.")
    field = data.get("field", "")
    if field not in PICKERS:
        raise BadRequest("Unknown entity field.")
    return field


@require_GET
@vary_on_headers("HX-Request")
def search(request):
    field = _field(request, request.GET)
    query = request.GET.get("q", "").strip()[:200]
    return render(request, RESULTS, {"picker": picker(field, query=query)})


@require_GET
@vary_on_headers("HX-Request")
def pick(request):
    """The picker with an entity chosen (``entity`` = its id), or empty again."""
    field = _field(request, request.GET)
    chosen = None
    if request.GET.get("entity"):
        try:
            entity_id = int(request.GET["entity"])
        except ValueError as bad:
            raise BadRequest("Unknown entity.") from bad
        kinds = PICKERS[field][1]
        chosen = get_object_or_404(
            Entity.objects.current().filter(kind__in=kinds) if kinds else Entity.objects.current(),
            pk=entity_id,
        )
    return render(request, PICKER, {"picker": picker(field, chosen=chosen)})


@require_POST
@vary_on_headers("HX-Request")
def create(request):
    """Create (or find, by kind and normalised name) an entity and choose it."""
    field = _field(request, request.POST)
    form = EntityForm(request.POST, prefix=field)
    if form.is_valid():
        data = form.cleaned_data
        kinds = PICKERS[field][1]
        if kinds and data["entity_kind"] not in kinds:
            form.add_error("entity_kind", "A speaker or claimant is a person or an organization.")
        else:
            try:
                entity, _ = entities.entity_get_or_create(
                    user=request.user,
                    name=data["name"],
                    kind=data["entity_kind"],
                    aliases=form.alias_list(),
                    wikidata_id=data.get("wikidata_id") or "",
                    description=data.get("description") or "",
                )
            except AnnotationError as refused:
                field_name = refused.field if refused.field in form.fields else None
                form.add_error(field_name, refused.message)
            else:
                return render(request, PICKER, {"picker": picker(field, chosen=entity)})
    query = (form.data.get(f"{field}-name") or "")[:200]
    context = {"picker": picker(field, query=query, new_form=form, search=False)}
    return render(request, PICKER, context)
