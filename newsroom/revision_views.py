"""An article's revisions: who made each and why, two of them compared, an older one restored.

Whoever may read the article may compare its revisions; restoring one takes
``newsroom.change_article`` and makes a new revision (revisions are append-only).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from newsroom.revisions import article_revise
from newsroom.text.document import Document, photo_texts
from newsroom.text.revision_diff import compare, counts, fold
from newsroom.views import get_visible_article

# The article row's own copy of the document is not needed here: the revisions hold it.
ARTICLE_DEFER = ("text", "blocks", "content")


class CompareForm(forms.Form):
    a = forms.TypedChoiceField(coerce=int, label="Compare revision")
    b = forms.TypedChoiceField(coerce=int, label="with revision")

    def __init__(self, *args, numbers: list[int], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = [(n, f"Revision {n}") for n in numbers]
        self.fields["a"].choices = choices
        self.fields["b"].choices = choices


@require_GET
def article_revisions(request, slug: str):
    article = get_visible_article(request, slug, defer=ARTICLE_DEFER)
    revisions = list(
        article.revisions.select_related("created_by").only(
            "article_id", "number", "reason", "created_at", "created_by__username"
        )
    )
    current = article.revision
    defaults = {"a": max(1, current - 1), "b": current}
    form = CompareForm({**defaults, **request.GET.dict()}, numbers=[r.number for r in revisions])
    chosen = form.cleaned_data if form.is_valid() else defaults
    a, b = chosen["a"], chosen["b"]
    documents = {
        r.number: Document.from_json(r.text, r.blocks)
        for r in article.revisions.filter(number__in={a, b}).only(
            "article_id", "number", "text", "blocks"
        )
    }
    rows = compare(documents[a], documents[b])
    context = {
        "article": article,
        "revisions": revisions,
        "form": form,
        "a": a,
        "b": b,
        "items": fold(rows),
        "counts": counts(rows),
        "can_restore": request.user.has_perm("newsroom.change_article"),
    }
    return render(request, "newsroom/revisions.html", context)


@require_POST
@permission_required("newsroom.change_article", raise_exception=True)
def revision_restore(request, slug: str, number: int):
    article = get_visible_article(request, slug, defer=ARTICLE_DEFER)
    old = get_object_or_404(article.revisions, number=number)
    document = Document.from_json(old.text, old.blocks)
    # Photos the old revision lacked keep their rows (an editor may have uploaded an
    # image) with their caption and credit emptied, as they were then.
    last = article.photos.order_by("-order").values_list("order", flat=True).first()
    photos = photo_texts(document, at_least=0 if last is None else last + 1)
    new = article_revise(
        article=article,
        content=old.content,
        photos=photos,
        # The cleaner's report and flags describe that revision's document.
        changes=old.changes,
        flags=old.flags,
        corrections=old.corrections,
        reason=f"restored revision {number}",
        user=request.user,
    )
    if new is None:
        messages.info(
            request, f"Revision {number} is what the article says now: nothing to restore."
        )
    else:
        messages.success(request, f"Revision {number} restored as revision {new.number}.")
    return redirect("article-revisions", slug=article.slug)
