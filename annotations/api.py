"""The W3C Web Annotation Protocol over our annotations (https://www.w3.org/TR/annotation-protocol/).

``/api/annotations/`` is the container of every annotation (its members are
``/api/annotations/<uuid>/``); ``/api/articles/<slug>/annotations/`` is one article's
view of it. Views only translate HTTP: find (or 404), parse, call a service, answer.
Sessions authenticate, Django's CSRF middleware guards writes; anonymous readers see
accepted annotations of published articles; entities and people that annotations name
have small read-only descriptions of their own.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.core.paginator import InvalidPage, Page, PageNotAnInteger, Paginator
from django.db.models import F, Max, Q, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse

from annotations.api_http import (
    LDP_RESOURCE,
    ApiError,
    api_view,
    error_response,
    if_match_version,
    json_response,
    links_for,
    not_modified,
    prefer_includes,
    read_json,
)
from annotations.api_services import w3c_annotation_create, w3c_annotation_update
from annotations.iris import MAX_DB_ID
from annotations.models import Annotation, Entity
from annotations.permissions import can_annotate, can_edit
from annotations.search import Filters, matching_annotations
from annotations.search_forms import MAX_QUERY
from annotations.visibility import as_seen_by
from annotations.w3c import (
    ANNO_CONTEXT,
    LDP_CONTEXT,
    agent,
    annotation_to_w3c,
    entity_to_w3c,
    parse_annotation,
    timestamp,
)
from annotations.writes import ARTICLE_TEXTS, ConflictError, GoneError, annotation_delete
from newsroom.models import Article

PAGE_SIZE = 50
LDP = "http://www.w3.org/ns/ldp#"
PREFER_MINIMAL = LDP + "PreferMinimalContainer"
PREFER_IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs"
PREFER_DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions"
CONTAINER_LINKS = (
    f'<{LDP}BasicContainer>; rel="type", '
    f'<http://www.w3.org/TR/annotation-protocol/>; rel="{LDP}constrainedBy"'
)
# One representation whatever Accept says (JSON-LD), so nothing varies with it.
ANNOTATION_HEADERS = {
    "Link": f'{LDP_RESOURCE}, <http://www.w3.org/ns/oa#Annotation>; rel="type"',
}
# With an edit awaiting review (its author and curators see it) and the entities it names.
RELATED = (
    "author",
    "entity",
    "speaker",
    "claimant",
    "pending",
    "pending__entity",
    "pending__speaker",
    "pending__claimant",
)
ARTICLES_TEXTS = tuple(f"article__{name}" for name in ARTICLE_TEXTS)  # through an annotation


def _visible_articles(user):
    return Article.objects.visible_to(user).defer(*ARTICLE_TEXTS)


# --- containers ------------------------------------------------------------------------
#
# There is one LDP container, /api/annotations/, and every annotation is a member of it
# (the protocol wants member IRIs to extend the container's). An article's annotations
# are a view of it, /api/annotations/?article=<slug>; /api/articles/<slug>/annotations/
# serves that same view (Content-Location says where it lives) and takes POSTs for the
# article without the client having to name it in the target.

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")


def _article(request, slug: str) -> Article:
    if not SLUG.match(slug):
        raise Http404
    return get_object_or_404(_visible_articles(request.user), slug=slug)


@api_view("GET", "POST", accept_post=True)
def article_annotations(request, slug: str):
    if request.method == "POST":
        return _create(request, _article(request, slug))
    return _container(request, _article(request, slug))


@api_view("GET", "POST", accept_post=True)
def annotation_collection(request):
    slug = request.GET.get("article")
    if request.method == "POST":
        return _create(request, _article(request, slug) if slug is not None else None)
    return _container(request, _article(request, slug) if slug is not None else None)


def _search_query(request) -> str:
    """``?q=``: words to search for (``websearch_to_tsquery`` syntax), or ""."""
    q = request.GET.get("q", "")
    if len(q) > MAX_QUERY or "\x00" in q:
        raise ApiError(400, "invalid", f"q can be at most {MAX_QUERY} characters.", "q")
    return " ".join(q.split())


def _container(request, article: Article | None):
    links = links_for(request)
    q = _search_query(request)
    if article is None:
        annotations = _visible_annotations(request)
        ordered = annotations.order_by("created_at", "pk").select_related("article", *RELATED)
        ordered = ordered.defer(*ARTICLES_TEXTS)
        label = "Newsroom annotations"
    else:
        annotations = Annotation.objects.visible_to(request.user).filter(article=article)
        ordered = annotations.order_by(F("start").asc(nulls_last=True), "-end", "created_at", "pk")
        ordered = ordered.select_related(*RELATED)
        label = f"Annotations on “{article.headline}”"
    if q:
        # The view narrowed to the search's matches, best first.
        annotations = matching_annotations(
            request.user, Filters(q=q), among=annotations, snippets=False
        )
        ordered = annotations.order_by("-rank", "created_at", "pk").select_related(*RELATED)
        if article is None:
            ordered = ordered.select_related("article").defer(*ARTICLES_TEXTS)
        label = f"{label} matching “{q}”"
    includes = prefer_includes(request)
    iris_param, page_param = request.GET.get("iris"), request.GET.get("page")
    if iris_param not in (None, "0", "1"):
        raise ApiError(400, "invalid", "iris must be 0 or 1.", "iris")
    if iris_param is None:
        iris = PREFER_IRIS in includes and PREFER_DESCRIPTIONS not in includes
    else:
        iris = iris_param == "1"
    minimal = PREFER_MINIMAL in includes
    query = ([("article", article.slug)] if article else []) + ([("q", q)] if q else [])
    query.append(("iris", int(iris)))
    view_iri = f"{links.base}{reverse('annotation-collection')}?{urlencode(query)}"
    # Pages count from 0 in our IRIs, as in the protocol's examples; Paginator's from 1.
    rows = ordered.values_list("pk", flat=True) if iris else ordered
    pages = Paginator(rows, PAGE_SIZE, allow_empty_first_page=False)
    total = pages.count
    # A validator that changes with any create, edit, status change, deletion or
    # re-anchoring (each bumps a version).
    stats = annotations.aggregate(modified=Max("modified_at"), versions=Sum("version"))
    modified = stats["modified"] or (article.updated_at if article else None)
    perms = (request.user.has_perm("annotations.view_annotation"), request.user.is_staff)
    fingerprint = (
        f"{view_iri}|{page_param}|{minimal}|{perms}|{total}|{stats}|{article and article.revision}"
    )
    etag = '"' + hashlib.sha256(fingerprint.encode()).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Vary": "Prefer", "Content-Location": view_iri}
    if page_param is None:
        headers["Link"] = CONTAINER_LINKS
    if not_modified(request, etag):
        return json_response(None, 304, headers)

    def page_iri(n: int) -> str:
        return f"{view_iri}&page={n}"

    def page(current: Page, *, embedded: bool) -> dict:
        n = current.number - 1
        if iris:
            items = [links.annotation(pk) for pk in current]
        else:
            items = []
            for annotation in current:
                if article is not None:
                    annotation.article = article
                shown = as_seen_by(annotation, request.user)
                items.append(annotation_to_w3c(shown, links, embedded=True))
        data = {} if embedded else {"@context": ANNO_CONTEXT}
        data.update(
            {
                "id": page_iri(n),
                "type": "AnnotationPage",
                "partOf": {"id": view_iri, "label": label, "total": total},
                "startIndex": current.start_index() - 1,
                "items": items,
            }
        )
        if modified:
            data["partOf"]["modified"] = timestamp(modified)
        if current.has_next():
            data["next"] = page_iri(n + 1)
        if current.has_previous():
            data["prev"] = page_iri(n - 1)
        return data

    if page_param is not None:
        current = _page(pages, page_param)
        headers["Content-Location"] = page_iri(current.number - 1)
        return json_response(page(current, embedded=False), headers=headers)
    data = {
        "@context": [ANNO_CONTEXT, LDP_CONTEXT],
        "id": view_iri,
        "type": ["BasicContainer", "AnnotationCollection"],
        "label": label,
        "total": total,
    }
    if modified:
        data["modified"] = timestamp(modified)
    if total:
        data["first"] = page_iri(0) if minimal else page(pages.page(1), embedded=True)
        data["last"] = page_iri(pages.num_pages - 1)
    return json_response(data, headers=headers)


def _page(pages: Paginator, param: str) -> Page:
    """The page ``?page=`` names, counting from 0; else 404."""
    try:
        if not (param.isascii() and param.isdigit()):
            raise PageNotAnInteger(param)
        return pages.page(int(param) + 1)
    except InvalidPage:
        last = f" (the last is {pages.num_pages - 1})" if pages.count else ""
        raise ApiError(404, "not_found", f"There is no such page{last}.", "page") from None


def _create(request, article: Article | None):
    if not can_annotate(request.user):
        raise PermissionDenied("Only annotators can annotate.")
    links = links_for(request)
    parsed = parse_annotation(read_json(request), links)
    named = links.article_slug(parsed.source)
    if article is None:
        if parsed.source is None:
            raise ApiError(422, "unprocessable", "Name the article in target.source.", "target")
        article = _visible_articles(request.user).filter(slug=named).first() if named else None
    if article is None or (parsed.source is not None and named != article.slug):
        raise ApiError(
            422,
            "unprocessable",
            f"target.source {parsed.source!r} is not {'this' if article else 'an'} article here.",
            "target.source",
        )
    annotation = w3c_annotation_create(article=article, user=request.user, parsed=parsed)
    data = annotation_to_w3c(annotation, links)
    headers = {"Location": data["id"], "Content-Location": data["id"], "ETag": annotation.etag}
    return json_response(data, 201, headers | ANNOTATION_HEADERS)


# --- one annotation ----------------------------------------------------------------------


def _find(request, pk) -> Annotation:
    visible = _visible_articles(request.user).values("pk")
    annotation = (
        Annotation.objects.visible_to(request.user)
        .filter(pk=pk, article__in=visible)
        .select_related("article", *RELATED)
        .defer(*ARTICLES_TEXTS)
        .first()
    )
    if annotation is not None:
        return annotation
    # Deleted annotations are kept: say so rather than pretend they never existed.
    if Annotation.objects.filter(pk=pk, article__in=visible, deleted_at__isnull=False).exists():
        raise GoneError("This annotation was deleted.")
    raise Annotation.DoesNotExist


def _annotation_response(request, annotation: Annotation, links, status: int = 200):
    headers = {"ETag": annotation.etag, **ANNOTATION_HEADERS}
    shown = as_seen_by(annotation, request.user)
    return json_response(annotation_to_w3c(shown, links), status, headers)


@api_view("GET", "PUT", "DELETE")
def annotation_detail(request, pk):
    annotation = _find(request, pk)
    links = links_for(request)
    if request.method in ("GET", "HEAD"):
        if not_modified(request, annotation.etag):
            return json_response(None, 304, {"ETag": annotation.etag, **ANNOTATION_HEADERS})
        return _annotation_response(request, annotation, links)
    if not can_edit(request.user, annotation):
        raise PermissionDenied("Only its author or a curator can change this annotation.")
    version = if_match_version(request, annotation)
    if version is None:
        raise ApiError(
            428,
            "precondition_required",
            "Send If-Match with the ETag you last saw, so no one's change is overwritten.",
            "If-Match",
        )
    try:
        if request.method == "DELETE":
            annotation_delete(annotation_id=annotation.pk, user=request.user, version=version)
            return json_response(None, 204)
        parsed = parse_annotation(read_json(request), links)
        updated = w3c_annotation_update(
            annotation=annotation, user=request.user, version=version, parsed=parsed
        )
    except ConflictError as conflict:
        # Read again, with any edit awaiting review, as this person may see it.
        current = _find(request, conflict.current.pk)
        return error_response(
            412,
            "conflict",
            str(conflict),
            "If-Match",
            headers={"ETag": current.etag},
            current=annotation_to_w3c(as_seen_by(current, request.user), links),
        )
    # Read again: an annotator's edit of an accepted annotation is held for review.
    return _annotation_response(request, _find(request, updated.pk), links)


# --- what annotations point to -----------------------------------------------------------


@api_view("GET")
def entity_detail(request, pk: int):
    entity = get_object_or_404(Entity, pk=pk) if pk <= MAX_DB_ID else None
    if entity is None or not (can_annotate(request.user) or _is_shown(request, entity=entity)):
        raise Entity.DoesNotExist
    return json_response(entity_to_w3c(entity, links_for(request)))


@api_view("GET")
def person_detail(request, pk: int):
    annotation = (
        _visible_annotations(request).filter(author_id=pk).select_related("author").first()
        if pk <= MAX_DB_ID
        else None
    )
    if annotation is None:
        raise Annotation.DoesNotExist
    return json_response({"@context": ANNO_CONTEXT, **agent(annotation.author, links_for(request))})


def _visible_annotations(request):
    return Annotation.objects.visible_to(request.user).filter(
        article__in=_visible_articles(request.user).values("pk")
    )


def _is_shown(request, *, entity: Entity) -> bool:
    named = Q(entity=entity) | Q(speaker=entity) | Q(claimant=entity)
    return _visible_annotations(request).filter(named).exists()


def not_found(request, path: str = ""):
    hint = "" if request.path.endswith("/") else " API addresses end with a slash."
    return error_response(404, "not_found", f"There is no API resource here.{hint}")
