"""The annotated reader over HTTP: find (or 404), parse with forms, call services, render.

htmx gets fragments (never for boosted requests or history restores): every mutation
answers 200 with the panel fragment plus out-of-band swaps of the blocks it touched and
of the sidebar, or with the form again and its errors (htmx 2 does not swap 4xx bodies).
Permissions are checked by the services; a forged request gets their 403.
"""

from __future__ import annotations

import contextlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from annotations import assignments, live, permissions, replies, visibility, writes
from annotations.entity_views import picker
from annotations.forms import ReplyForm, SelectionForm, StatusForm, TagForm, VersionForm
from annotations.highlights import (
    Filters,
    Highlighter,
    changed_blocks,
    load_annotations,
    sidebar,
)
from annotations.models import Annotation, AnnotationEvent, Reply, sees_every_annotation
from annotations.queue import next_proposed
from annotations.tag_rules import AnnotationError, check_selection
from annotations.writes import ConflictError, GoneError
from newsroom.layout import reader_items, reader_part
from newsroom.models import Article
from newsroom.views import get_visible_article

DETAIL = "annotations/partials/detail.html"
FORM = "annotations/partials/form.html"
LIVE = "annotations/partials/live.html"
DELETED = "annotations/partials/deleted.html"


def wants_fragment(request) -> bool:
    htmx = request.htmx
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request


# --- the page ----------------------------------------------------------------------------


def _filters(request, data) -> Filters:
    """The display controls as sent (``#filters``, which every form and the poll include)."""
    user = request.user
    return Filters.from_data(data, user.get_username(), sees_every_annotation(user))


@require_GET
@vary_on_headers("HX-Request")
def article_detail(request, slug: str):
    # The structured content is not shown here, and can be megabytes.
    article = get_visible_article(request, slug, defer=("content",))
    filters = _filters(request, request.GET)
    annotations = load_annotations(article, request.user)
    # A long article is shown a part at a time; ?annotation=<id> shows the part holding it.
    wanted = request.GET.get("annotation")
    at = next((a.start for a in annotations if a.pk == wanted and a.start is not None), None)
    part = reader_part(article, request.GET.get("part"), at=at)
    blocks = part.object_list[0]
    highlight = Highlighter(filters.marked(annotations))
    items = reader_items(article, list(article.photos.all()), highlight, blocks)
    context = {
        "article": article,
        "part": part,
        "items": items,
        "display": filters.mode(highlight.shown),
        "sidebar": sidebar(annotations, filters, request.user.get_username()),
        "can_annotate": permissions.can_annotate(request.user),
    }
    if wants_fragment(request):
        return render(request, "annotations/partials/filtered.html", context)
    if permissions.can_curate(request.user):
        context["next_proposed"] = next_proposed(article)
        (progress,) = assignments.article_progress([article])
        context["assigned"] = progress.assignees
        context["assign_choices"] = assignments.annotators().values_list(
            get_user_model().USERNAME_FIELD, flat=True
        )
    if sees_every_annotation(request.user):
        context["live"] = {
            "mark": live.Mark.start(article),
            "seconds": settings.ANNOTATION_LIVE_SECONDS,
        }
    return render(request, "annotations/article.html", context)


@require_GET
def article_live(request, slug: str):
    """An annotator's page asking what colleagues changed (annotations.live): 204 when
    nothing, else the blocks the changes touch, the sidebar and the page's next mark."""
    article = get_visible_article(request, slug)
    if not sees_every_annotation(request.user):
        raise PermissionDenied("Live updates are for annotators and curators.")
    try:
        mark = live.Mark.parse(request.GET)
    except live.BadMark as bad:
        return HttpResponseBadRequest(f"This page's live-update mark is not valid ({bad}).")
    if mark.revision != article.revision:
        return render(request, LIVE, {"article": article, "revised": True})
    changes, following = live.look(article, mark)
    if not changes:
        return HttpResponse(status=204)
    filters = _filters(request, request.GET)
    annotations = load_annotations(article, request.user)
    shown = filters.marked(annotations)
    context = {
        "article": article,
        "mark": following,
        "changed_blocks": changed_blocks(article, shown, [(c.start, c.end) for c in changes]),
        "sidebar": sidebar(annotations, filters, request.user.get_username()),
        "notice": live.notice(changes, request.user),
    }
    return render(request, LIVE, context)


# --- shared pieces -----------------------------------------------------------------------


# An edit awaiting review and the entities it names (a LEFT JOIN, not a query each).
PENDING = ("pending", "pending__entity", "pending__speaker", "pending__claimant")


def _visible(request, pk) -> Annotation:
    """The annotation, if the user may see it and its article; else 404."""
    return get_object_or_404(
        Annotation.objects.visible_to(request.user)
        .filter(article__in=Article.objects.visible_to(request.user))
        .select_related(
            "article", "author", "entity", "speaker", "claimant", "claim__reviewer", *PENDING
        ),
        pk=pk,
    )


def _panel(request, template: str, context: dict, *, changed=None, filters=None, was=None):
    """The panel fragment; after a change (``changed`` = annotation) also the changed
    blocks and the sidebar, out of band; ``was`` is the (start, end) it left, if it
    moved. Without htmx, the same fragment as a page."""
    context = {**context, "panel_template": template}
    if not wants_fragment(request):
        return render(request, "annotations/panel_page.html", context)
    if changed is not None:
        article = changed.article
        annotations = load_annotations(article, request.user)
        shown = filters.marked(annotations)
        context["article"] = article
        spans = [(changed.start, changed.end), *([was] if was else [])]
        context["changed_blocks"] = changed_blocks(article, shown, spans)
        context["sidebar"] = sidebar(annotations, filters, request.user.get_username())
    return render(request, "annotations/partials/panel.html", context)


def _detail_context(request, annotation: Annotation, **extra) -> dict:
    user = request.user
    events = list(annotation.events.select_related("actor"))
    live_replies = list(annotation.replies.filter(deleted_at__isnull=True).select_related("author"))
    curator = permissions.can_curate(user)
    for reply in live_replies:
        reply.deletable = curator or (permissions.can_reply(user) and reply.author_id == user.pk)
        reply.edited = (reply.modified_at - reply.created_at).total_seconds() > 1
    change = visibility.pending_changes(annotation, user)
    if change is not None:
        review = [("accepted", "Accept change"), ("rejected", "Reject change")]
    else:
        review = [
            (value, "Accept" if value == Annotation.Status.ACCEPTED else "Reject")
            for value in (Annotation.Status.ACCEPTED, Annotation.Status.REJECTED)
            if value != annotation.status
        ]
    return {
        "annotation": annotation,
        "events": visibility.history(annotation, user, events),
        "replies": live_replies,
        "change": change,
        "review": review,
        "can_edit": permissions.can_edit(user, annotation),
        "can_reattach": permissions.can_reattach(user, annotation)
        and (annotation.orphaned or annotation.moved),
        "moved_from": _moved_from(annotation, events),
        "can_curate": curator,
        "can_reply": permissions.can_reply(user),
        "reply_form": ReplyForm(),
        **extra,
    }


def _moved_from(annotation: Annotation, events: list[AnnotationEvent]) -> str:
    """The quote a moved annotation had before the revision that moved it ("" if none)."""
    if not annotation.moved:
        return ""
    for event in reversed(events):
        if event.action == AnnotationEvent.Action.REANCHORED:
            return (event.before or {}).get("exact", "")
    return ""


def _add_error(form, error: AnnotationError) -> None:
    form.add_error(error.field if error.field in form.fields else None, error.message)


def _version(data) -> int | None:
    form = VersionForm(data)
    return form.cleaned_data["version"] if form.is_valid() else None


def _pickers(form, *, annotation=None, query: str = "") -> dict:
    """The three entity pickers, showing what the form (or the annotation) chose."""
    names = ("entity", "speaker", "claimant")
    if form.is_bound:
        form.is_valid()
        chosen = {name: form.cleaned_data.get(name) for name in names}
    else:
        chosen = {name: getattr(annotation, name, None) for name in names}
    entity_query = query if len(query) <= 80 else ""
    return {
        name: picker(name, chosen=entity, query=entity_query if name == "entity" else "")
        for name, entity in chosen.items()
    }


# --- annotations -------------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def annotation_create_view(request, slug: str):
    """Step one (no ``save``): the toolbar posts the selection, the form comes back.
    Step two: the form posts the selection and the tag; the annotation is created."""
    article = get_visible_article(request, slug)
    if not permissions.can_annotate(request.user):
        raise PermissionDenied("Only annotators can annotate.")
    filters = _filters(request, request.POST)
    saving = "save" in request.POST
    form = TagForm(request.POST if saving else None, initial={"kind": request.POST.get("kind")})
    selected = SelectionForm(request.POST)
    selection, error = None, None
    if selected.is_valid():
        try:
            selection = check_selection(article.text, **selected.cleaned_data)
        except AnnotationError as refused:
            error = refused.message
    else:
        field, messages = next(iter(selected.errors.items()))
        reason = messages[0].rstrip(".")
        error = f"The selection could not be read ({field}: {reason}). Select the text again."
    if saving and selection is not None and form.is_valid():
        try:
            annotation = writes.annotation_create(
                article=article, user=request.user, tag=form.tag(), **selected.cleaned_data
            )
        except AnnotationError as refused:
            _add_error(form, refused)
        except Article.DoesNotExist:  # unpublished while the form was open
            raise Http404 from None
        else:
            if not wants_fragment(request):
                return redirect("annotation-detail", pk=annotation.pk)
            annotation = _visible(request, annotation.pk)
            context = _detail_context(request, annotation, notice="Saved.")
            return _panel(request, DETAIL, context, changed=annotation, filters=filters)
    exact = selection.quote.exact if selection else selected.data.get("exact", "")
    context = {
        "article": article,
        "form": form,
        "selection": selection,
        "selection_error": error,
        "exact": exact,
        "pickers": _pickers(form, query=exact.strip()),
    }
    return _panel(request, FORM, context)


@require_GET
@vary_on_headers("HX-Request")
def annotation_detail(request, pk):
    annotation = _visible(request, pk)
    return _panel(request, DETAIL, _detail_context(request, annotation))


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def annotation_edit(request, pk):
    annotation = _visible(request, pk)
    if not permissions.can_edit(request.user, annotation):
        raise PermissionDenied("Only its author or a curator can edit this annotation.")
    context = {"annotation": annotation, "exact": annotation.exact}
    if request.method == "GET":
        # An edit awaiting review is edited further, not started again from the accepted tag.
        shown = visibility.as_seen_by(annotation, request.user)
        form = TagForm(initial={name: getattr(shown, name) for name in writes.TAG_FIELDS})
        context.update(form=form, version=annotation.version)
        context["pickers"] = _pickers(form, annotation=shown)
        return _panel(request, FORM, context)

    filters = _filters(request, request.POST)
    form = TagForm(request.POST)
    context.update(form=form, version=_version(request.POST))
    if form.is_valid():
        try:
            writes.annotation_update(
                annotation_id=annotation.pk,
                user=request.user,
                version=context["version"],
                tag=form.tag(),
            )
        except ConflictError:
            # Nothing was written. Show the newer state; the form keeps what this person
            # typed and now carries the newer version, so saving again is a deliberate choice.
            current = _visible(request, annotation.pk)
            conflict = visibility.as_seen_by(current, request.user)
            context.update(conflict=conflict, version=current.version)
        except GoneError:
            return _panel(request, DELETED, {}, changed=annotation, filters=filters)
        except AnnotationError as refused:
            _add_error(form, refused)
        else:
            annotation = _visible(request, annotation.pk)
            notice = "Saved."
            if annotation.change is not None and not permissions.can_curate(request.user):
                notice = HELD
            detail = _detail_context(request, annotation, notice=notice)
            return _panel(request, DETAIL, detail, changed=annotation, filters=filters)
    context["pickers"] = _pickers(form)
    return _panel(request, FORM, context)


HELD = (
    "Saved as a change awaiting review: readers see the accepted version until a curator "
    "accepts it."
)


def _conflict(request, pk, outcome: str, advice: str = ""):
    """The detail panel with the newer state, after a write made on an older version."""
    current = _visible(request, pk)
    message = (
        f"{outcome}: someone changed this annotation since you opened it (now version "
        f"{current.version}). Here is the newer state{advice}."
    )
    return _panel(request, DETAIL, _detail_context(request, current, error=message))


@require_POST
@vary_on_headers("HX-Request")
def annotation_delete_view(request, pk):
    annotation = _visible(request, pk)
    filters = _filters(request, request.POST)
    try:
        writes.annotation_delete(
            annotation_id=annotation.pk, user=request.user, version=_version(request.POST)
        )
    except ConflictError:
        return _conflict(
            request, annotation.pk, "Not deleted", "; delete again if you still mean to"
        )
    except GoneError:
        pass
    except AnnotationError as refused:
        return _panel(request, DETAIL, _detail_context(request, annotation, error=refused.message))
    if not wants_fragment(request):
        return redirect(annotation.article)
    return _panel(request, DELETED, {}, changed=annotation, filters=filters)


@require_POST
@vary_on_headers("HX-Request")
def annotation_status(request, pk):
    annotation = _visible(request, pk)
    filters = _filters(request, request.POST)
    form = StatusForm(request.POST)
    if not form.is_valid():
        error = "Choose accept or reject."
        return _panel(request, DETAIL, _detail_context(request, annotation, error=error))
    reviewing_change = annotation.change is not None
    try:
        writes.annotation_set_status(
            annotation_id=annotation.pk,
            user=request.user,
            status=form.cleaned_data["status"],
            version=_version(request.POST),
        )
    except ConflictError:
        return _conflict(request, annotation.pk, "Not changed")
    except GoneError:
        return _panel(request, DELETED, {}, changed=annotation, filters=filters)
    except AnnotationError as refused:
        return _panel(request, DETAIL, _detail_context(request, annotation, error=refused.message))
    annotation = _visible(request, annotation.pk)
    notice = f"{annotation.get_status_display()}."
    if reviewing_change:
        accepted = form.cleaned_data["status"] == Annotation.Status.ACCEPTED
        notice = "Change accepted." if accepted else "Change rejected: the accepted version stays."
    detail = _detail_context(request, annotation, notice=notice)
    return _panel(request, DETAIL, detail, changed=annotation, filters=filters)


@require_POST
@vary_on_headers("HX-Request")
def annotation_reattach_view(request, pk):
    """Put an orphaned (or moved) annotation on the text selected in the article."""
    annotation = _visible(request, pk)
    if not permissions.can_reattach(request.user, annotation):
        raise PermissionDenied("Only its author or a curator can re-attach this annotation.")
    filters = _filters(request, request.POST)
    selected = SelectionForm(request.POST)
    if not selected.is_valid():
        error = "Select the text in the article it belongs to, then re-attach it."
        return _panel(request, DETAIL, _detail_context(request, annotation, error=error))
    was = (annotation.start, annotation.end)
    try:
        writes.annotation_reattach(
            annotation_id=annotation.pk,
            user=request.user,
            version=_version(request.POST),
            **selected.cleaned_data,
        )
    except ConflictError:
        return _conflict(request, annotation.pk, "Not re-attached")
    except GoneError:
        return _panel(request, DELETED, {}, changed=annotation, filters=filters)
    except AnnotationError as refused:
        error = f"Not re-attached: {refused.message[:1].lower()}{refused.message[1:]}"
        return _panel(request, DETAIL, _detail_context(request, annotation, error=error))
    except Article.DoesNotExist:  # unpublished meanwhile
        raise Http404 from None
    if not wants_fragment(request):
        return redirect("annotation-detail", pk=annotation.pk)
    annotation = _visible(request, annotation.pk)
    kept = "keep" in request.POST  # "Keep it here": its own place, sent as the selection
    notice = "Kept where it is." if kept else "Re-attached to the selected text."
    detail = _detail_context(request, annotation, notice=notice)
    return _panel(request, DETAIL, detail, changed=annotation, filters=filters, was=was)


# --- replies -----------------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
def reply_create_view(request, pk):
    annotation = _visible(request, pk)
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            replies.reply_create(
                annotation_id=annotation.pk, user=request.user, text=form.cleaned_data["text"]
            )
        except AnnotationError as refused:
            _add_error(form, refused)
        except GoneError:
            return _panel(request, DELETED, {})
        else:
            return _panel(request, DETAIL, _detail_context(request, annotation))
    return _panel(request, DETAIL, _detail_context(request, annotation, reply_form=form))


@require_POST
@vary_on_headers("HX-Request")
def reply_edit_view(request, pk):
    reply = get_object_or_404(Reply.objects.filter(deleted_at__isnull=True), pk=pk)
    annotation = _visible(request, reply.annotation_id)
    form = ReplyForm(request.POST)
    error = None
    if form.is_valid():
        try:
            replies.reply_update(
                reply_id=reply.pk, user=request.user, text=form.cleaned_data["text"]
            )
        except AnnotationError as refused:
            error = refused.message
        except Reply.DoesNotExist:
            error = "This reply was deleted in the meantime."
        else:
            return _panel(
                request, DETAIL, _detail_context(request, annotation, notice="Reply edited.")
            )
    else:
        error = "Write something to reply; to remove a reply, delete it."
    return _panel(request, DETAIL, _detail_context(request, annotation, error=error))


@require_POST
@vary_on_headers("HX-Request")
def reply_delete_view(request, pk):
    reply = get_object_or_404(Reply.objects.filter(deleted_at__isnull=True), pk=pk)
    annotation = _visible(request, reply.annotation_id)
    # Deleted a moment ago by someone else: the outcome is the same.
    with contextlib.suppress(Reply.DoesNotExist):
        replies.reply_delete(reply_id=reply.pk, user=request.user)
    return _panel(request, DETAIL, _detail_context(request, annotation, notice="Reply deleted."))
