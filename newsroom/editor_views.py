"""The structure editor: a curator corrects an article's cleaned blocks beside its raw lines.

The page is one form. It carries the revision being corrected (``base``) and the
corrections made so far (``ops``, JSON); every button posts the whole form, the server
turns what was typed or chosen into corrections (``_typed``), adds the button's own
(``_pressed``) and shows the result, so nothing is kept between requests and the page
works without JavaScript (``editor.js`` only tells the server where the caret is, and
keeps the focus on the block being worked on). Saving performs the corrections on
``base`` in one new revision (``newsroom.corrections.save``); when someone saved another
revision meanwhile nothing is written, and the corrections are shown performed on the
newer one, those that no longer fit listed.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from newsroom import corrections
from newsroom.ingest import IngestError, reclean_message
from newsroom.models import Article, ArticleRevision
from newsroom.story_moves import move_lines
from newsroom.text.editing import (
    KIND_LABELS,
    KINDS,
    PHOTO,
    REMOVED,
    EditBlock,
    NotApplicable,
    apply,
    at,
    describe,
)

EDITOR = "newsroom/editor.html"
EDITOR_FORM = "newsroom/partials/editor_form.html"
MAX_OPS_BYTES = 1_000_000
# Blocks shown (and posted) at once: each posts up to four fields, and Django reads at
# most DATA_UPLOAD_MAX_NUMBER_FIELDS (1,000) of a form.
BLOCKS_PER_PART = 150


def _may_edit(user) -> bool:
    return user.has_perm("newsroom.change_article")


@login_required
@require_http_methods(["GET", "POST"])
def article_edit(request, slug: str):
    if not _may_edit(request.user):
        raise PermissionDenied("Only editors may correct an article's structure.")
    article = get_object_or_404(Article.objects.select_related("page"), slug=slug)
    if request.method == "GET":
        return _show(request, article, article.revision, [])
    try:
        base = int(request.POST.get("base", ""))
        posted = request.POST.get("ops") or "[]"
        if len(posted) > MAX_OPS_BYTES:
            raise ValueError("Too many corrections at once: save some first.")
        ops = corrections.check_operations(json.loads(posted))
        revision = article.revisions.get(number=base)
        done = corrections.draft(article, revision, ops)
    except (ValueError, ArticleRevision.DoesNotExist, NotApplicable) as exc:
        # Plain text: the message may quote what was posted.
        return HttpResponseBadRequest(
            f"The editor's form was not understood: {exc}", content_type="text/plain"
        )

    action = request.POST.get("action", "")
    blocks, ops, error = _typed(request.POST, done.blocks, ops, done.lines)
    if action == "undo" and not error and ops:
        # What was typed counts as the latest correction, so it is undone first.
        ops = ops[:-1]
    focus = None
    if not error and action:
        try:
            blocks, ops, focus = _pressed(action, request.POST, blocks, ops, done.lines)
        except NotApplicable as exc:
            error = str(exc)

    if action.startswith(("dismiss-", "next-", "previous-")) and not error:
        # Both write at once, and the page is shown afresh after them.
        if ops:
            error = "Save or discard your corrections first: this is written at once."
        elif action.startswith("dismiss-"):
            return _dismiss(request, article, base, action)
        else:
            return _move(request, article, blocks, action)
    if action == "save" and not error:
        reason = " ".join(request.POST.get("reason", "").split())
        if not reason:
            error = "Say in a few words what you corrected: it is kept in the history."
        elif not ops:
            error = "There is nothing to save yet."
        else:
            return _save(request, article, base, ops, reason)
    part = _part(action, focus, request.POST.get("part"))
    done = corrections.Draft(done.revision, blocks, done.lines)
    return _show(request, article, base, ops, error=error, focus=focus, part=part, done=done)


def _part(action: str, focus: str | None, shown: str | None) -> int:
    """The part of the blocks to show: the one asked for, else the one holding the block
    just worked on, else the one shown before."""
    if action.startswith("part-") and action[5:].isdigit():
        return int(action[5:])
    if focus and focus.rpartition("-")[2].isdigit():
        return int(focus.rpartition("-")[2]) // BLOCKS_PER_PART + 1
    return int(shown) if shown and shown.isdigit() else 1


def _typed(post, blocks: list[EditBlock], ops: list[dict], lines: list[str]):
    """The corrections the fields say: a text rewritten, a kind or a photo chosen."""
    ops = list(ops)
    for i, block in enumerate(list(blocks)):
        wanted = []
        kind = post.get(f"kind-{i}")
        if kind and kind != block.kind:
            if kind not in KINDS:
                return blocks, ops, f"Unknown kind {kind!r}."
            wanted.append({"op": "kind", "kind": kind})
        text = post.get(f"text-{i}")
        if text is not None and block.kind != REMOVED:
            text = " ".join(text.split())
            if not text:
                return blocks, ops, "A block cannot be emptied: mark it as page furniture."
            if text != " ".join(block.text.split()):
                wanted.append({"op": "text", "old": block.text, "new": text})
        photo = post.get(f"photo-{i}")
        if photo is not None and (kind or block.kind) in PHOTO:
            chosen = int(photo) if photo.isdigit() else None
            if chosen != block.photo:
                wanted.append({"op": "photo", "photo": chosen})
        for op in wanted:
            op = {**op, "at": at(blocks[i])}
            blocks = apply(blocks, op, lines)
            ops.append(op)
    return blocks, ops, None


def _pressed(action: str, post, blocks: list[EditBlock], ops: list[dict], lines: list[str]):
    """The correction a block's button asks for, and the control to focus after it."""
    name, _, number = action.partition("-")
    if name not in ("split", "merge", "up", "down", "restore", "furniture"):
        return blocks, ops, None
    try:
        i = int(number)
        block = blocks[i]
    except (ValueError, IndexError) as exc:
        raise NotApplicable("That block is no longer there.") from exc
    focus = f"text-{i}"
    if name == "split":
        try:
            caret = int(post.get(f"caret-{i}", ""))
        except ValueError as exc:
            raise NotApplicable(
                "Put the caret where the block should be split, then press Split."
            ) from exc
        op = {"op": "split", "at": at(block), "before": block.text[:caret]}
        focus = f"text-{i + 1}"
    elif name == "merge":
        if i + 1 >= len(blocks):
            raise NotApplicable("The last block has none after it to join.")
        op = {"op": "merge", "at": at(block), "next": at(blocks[i + 1])}
    elif name in ("up", "down"):
        op = {"op": "move", "at": at(block), "by": -1 if name == "up" else 1}
        j = i + op["by"]
        focus = f"{name}-{j}" if 0 <= j < len(blocks) else focus
    else:
        kind = "paragraph" if name == "restore" else REMOVED
        op = {"op": "kind", "at": at(block), "kind": kind}
        focus = f"kind-{i}"
    blocks = apply(blocks, op, lines)
    return blocks, [*ops, op], focus


def _save(request, article: Article, base: int, ops: list[dict], reason: str):
    try:
        revision = corrections.save(
            article=article, base=base, ops=ops, reason=reason, user=request.user
        )
    except corrections.StaleEdit as stale:
        return _rebased(request, article, base, stale.current, ops)
    except NotApplicable as exc:
        return _show(request, article, base, ops, error=str(exc))
    if revision is None:
        messages.info(request, "Nothing changed: the article already reads that way.")
    else:
        count = len(ops)
        messages.success(
            request,
            f"Saved as revision {revision.number} ({count} correction{'s' if count != 1 else ''})."
            " Re-cleaning will make them again.",
        )
    url = article.get_absolute_url()
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _rebased(request, article: Article, base: int, current: ArticleRevision, ops: list[dict]):
    """Someone saved a newer revision: nothing of this editor's was written. Their
    corrections are shown performed on the newer one, where they still fit."""
    lines = corrections.raw_lines(article)
    blocks = corrections.revision_blocks(article, current, lines)
    kept, left = [], []
    for op in ops:
        try:
            blocks = apply(blocks, op, lines)
            kept.append(op)
        except NotApplicable as exc:
            left.append(f"{describe(op)}: {exc}")
    who = current.created_by.get_username() if current.created_by else "someone"
    notice = (
        f"{who} saved revision {current.number} while you were correcting revision "
        f"{base}; nothing of yours was saved. "
        "Your corrections are shown on the newer revision below: check them and save again."
    )
    done = corrections.Draft(current, blocks, lines)
    return _show(
        request, article, current.number, kept, error=notice, left=left, status=409, done=done
    )


def _move(request, article: Article, blocks: list[EditBlock], action: str):
    """Lines to the neighbouring story: new boundaries, both stories cleaned again."""
    to, _, number = action.partition("-")
    try:
        block = blocks[int(number)]
        if not block.lines:
            raise IngestError("The raw lines of that block are not known.")
        results = move_lines(article=article, lines=block.lines, to=to, user=request.user)
    except (ValueError, IndexError, IngestError) as exc:
        messages.error(request, f"Not moved: {exc}")
    else:
        first, last = block.lines
        where = f"line {first}" if first == last else f"lines {first}–{last}"
        side = "after" if to == "next" else "before"
        messages.success(
            request,
            f"Moved {where} and what comes {side} to the {to} story; the page's "
            f"stories were cleaned again at the new boundary.",
        )
        for other, result in results:
            messages.info(request, reclean_message(other, result))
    url = reverse("article-edit", args=[article.slug])
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _dismiss(request, article: Article, base: int, action: str):
    try:
        index = int(action.partition("-")[2])
        corrections.dismiss(article=article, base=base, index=index, user=request.user)
    except (ValueError, NotApplicable, corrections.StaleEdit) as exc:
        messages.error(request, f"Not dismissed: {exc}")
    else:
        messages.success(request, "The correction was dismissed; the history keeps it.")
    url = reverse("article-edit", args=[article.slug])
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _show(
    request,
    article: Article,
    base: int,
    ops: list[dict],
    *,
    error: str | None = None,
    focus: str | None = None,
    left: list[str] = (),
    status: int = 200,
    part: int = 1,
    done: corrections.Draft | None = None,
):
    """The editor on revision ``base`` with ``ops`` made (``done``, when the caller has
    already made them)."""
    if done is None:
        done = corrections.draft(article, article.revisions.get(number=base), ops)
    current = corrections.current_revision(article)
    photos = sorted(
        {b.photo for b in done.blocks if b.photo is not None}
        | set(article.photos.values_list("order", flat=True))
    )
    shown = Paginator(range(len(done.blocks)), BLOCKS_PER_PART).get_page(part)
    rows = [
        {
            "index": i,
            "block": done.blocks[i],
            "raw": _numbered(done.lines, done.blocks[i].lines),
            "first": i == 0,
            "last": i == len(done.blocks) - 1,
        }
        for i in shown.object_list
    ]
    neighbours = article.page.articles.exclude(pk=article.pk)
    context = {
        "article": article,
        "has_previous": neighbours.filter(line_start__lt=article.line_start).exists(),
        "has_next": neighbours.filter(line_start__gt=article.line_start).exists(),
        "base": base,
        "ops_json": json.dumps(ops, ensure_ascii=False),
        "pending": [describe(op) for op in ops],
        "rows": rows,
        "part": shown,
        "kinds": [(k, KIND_LABELS[k]) for k in KINDS],
        "photo_kinds": PHOTO,
        "photos": photos,
        "failed": [
            (i, describe(op), op["failed"]) for i, op in corrections.failed_corrections(current)
        ],
        "error": error,
        "left": left,
        "focus": focus,
        "reason": request.POST.get("reason", "") if request.method == "POST" else "",
    }
    # htmx swaps a 2xx body only; a refused save is shown like any other state of the form.
    template = EDITOR_FORM if request.htmx else EDITOR
    return render(request, template, context, status=200 if request.htmx else status)


def _numbered(lines: list[str], span: tuple[int, int] | None) -> str:
    """The raw lines a block came from, each after its number."""
    if not span:
        return ""
    width = len(str(span[1]))
    return "\n".join(
        f"{no:>{width}}  {lines[no - 1]}" for no in range(span[0], min(span[1], len(lines)) + 1)
    )
