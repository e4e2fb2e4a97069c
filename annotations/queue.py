"""The curators' review queue: every proposed, live annotation across articles, oldest
first, narrowed by a filter form, a page at a time.

A page of the queue costs the same few queries however many annotations there are: the
rows with their article, publication, author and entities joined in, their history in one
prefetch, the count for the paginator, and the filter form's choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple
from uuid import UUID

from django import forms
from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from annotations.models import Annotation, AnnotationEvent
from newsroom.models import Article, Publication

ROWS_PER_PAGE = 25  # a row costs about 0.7 ms (read, made, rendered): 25 keep the page fast
CONTEXT_WORDS = 8  # words of the article shown either side of a quote
MAX_QUOTE = 600  # characters of a long quote shown in its row

AGES = {
    "day": ("Made in the last day", lambda now: {"created_at__gte": now - timedelta(days=1)}),
    "week": ("Made in the last week", lambda now: {"created_at__gte": now - timedelta(days=7)}),
    "older": ("Older than a week", lambda now: {"created_at__lt": now - timedelta(days=7)}),
}


class QueueFilterForm(forms.Form):
    """What narrows the queue; every field is optional, and a bad value is ignored."""

    kind = forms.ChoiceField(choices=[("", "Any kind"), *Annotation.Kind.choices], required=False)
    article = forms.ModelChoiceField(
        queryset=Article.objects.only("slug", "headline").order_by("headline"),
        to_field_name="slug",
        required=False,
        empty_label="Any article",
    )
    publication = forms.ModelChoiceField(
        queryset=Publication.objects.only("slug", "name").order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label="Any publication",
    )
    author = forms.CharField(required=False, max_length=150, label="Author (user name)")
    origin = forms.ChoiceField(
        choices=[("", "Any origin"), *Annotation.Origin.choices], required=False
    )
    age = forms.ChoiceField(
        choices=[("", "Any age"), *((key, label) for key, (label, _) in AGES.items())],
        required=False,
    )
    needs_review = forms.BooleanField(required=False, label="Only articles that need review")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def filters(self) -> dict:
        """The ORM lookups the valid fields ask for ({} for an unbound or invalid form:
        an invalid field is dropped, the others still apply)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = self.cleaned_data
        lookups: dict = {}
        if data.get("kind"):
            lookups["kind"] = data["kind"]
        if data.get("article"):
            lookups["article"] = data["article"]
        if data.get("publication"):
            lookups["article__publication"] = data["publication"]
        if data.get("author"):
            lookups[f"author__{get_user_model().USERNAME_FIELD}"] = data["author"].strip()
        if data.get("origin"):
            lookups["origin"] = data["origin"]
        if data.get("age"):
            lookups.update(AGES[data["age"]][1](timezone.now()))
        if data.get("needs_review"):
            lookups["article__needs_review"] = True
        return lookups


ARTICLE_LABEL = 70  # characters of a headline in the article filter


def filter_options(form: QueueFilterForm) -> dict[str, list[tuple[str, str, bool]]]:
    """Each of the filter form's selects as ``(value, label, chosen)`` options, which the page
    writes as plain markup: a select widget renders every option through a template, a cost
    on every page (a hundred articles' options cost more than the rest of the form)."""
    articles = form.fields["article"].queryset.values_list("slug", "headline")
    publications = form.fields["publication"].queryset.values_list("slug", "name")
    choices = {
        "kind": form.fields["kind"].choices,
        "article": [("", "Any article"), *((slug, _short(h)) for slug, h in articles)],
        "publication": [("", "Any publication"), *publications],
        "origin": form.fields["origin"].choices,
        "age": form.fields["age"].choices,
    }
    options = {}
    for name, pairs in choices.items():
        chosen = form[name].value()
        chosen = "" if chosen is None else str(chosen)
        options[name] = [(value, label, value == chosen) for value, label in pairs]
    return options


def _short(headline: str) -> str:
    # Truncator walks every character; most headlines are short enough to skip it.
    if len(headline) <= ARTICLE_LABEL:
        return headline
    return Truncator(headline).chars(ARTICLE_LABEL)


def proposed(lookups: dict | None = None) -> QuerySet[Annotation]:
    """Live proposed annotations matching ``lookups``, oldest first (no rows loaded)."""
    return (
        Annotation.objects.live()
        .filter(status=Annotation.Status.PROPOSED, **(lookups or {}))
        .order_by("created_at", "pk")
    )


def queue_rows(lookups: dict) -> QuerySet[Annotation]:
    """``proposed`` with what a row shows joined in."""
    return (
        proposed(lookups)
        .select_related("article__publication", "author", "entity", "speaker", "claimant")
        # A row needs its article's name and address, not its text (megabytes at worst).
        .defer(*(f"article__{name}" for name in ("text", "content", "blocks")))
    )


def queue_page(lookups: dict, number) -> Page:
    return Paginator(queue_rows(lookups), ROWS_PER_PAGE).get_page(number)


class Event(NamedTuple):
    action: str
    actor: str  # "" for the system
    at: datetime
    reason: str


def histories(annotations) -> dict[UUID, list[Event]]:
    """Each annotation's events, oldest first, in one query. (A prefetch would do the same
    with a queryset made for every row: measurably slower on a page of fifty.)"""
    events: dict = {a.pk: [] for a in annotations}
    for event in (
        AnnotationEvent.objects.filter(annotation__in=list(events))
        .select_related("actor")
        .order_by("created_at", "id")
    ):
        events[event.annotation_id].append(
            Event(
                event.get_action_display(),
                event.actor.get_username() if event.actor else "",
                event.created_at,
                (event.after or {}).get("reason") or "",
            )
        )
    return events


@dataclass(frozen=True)
class Row:
    """A row of the queue with what it shows worked out here, not in its template, which
    is rendered for every row of a page: there each lookup through the annotation, its
    article and its people costs several times as much."""

    a: Annotation  # its kind's fields (entity, speaker, claimant, verdict, notes)
    key: str  # the annotation's id, in the row's element ids
    kind_label: str
    headline: str
    publication: str
    needs_review: bool
    context: InContext
    author: str
    history: list[Event]
    open_url: str  # the annotation shown in its article
    edit_url: str
    decide_url: str
    adjudicate_url: str  # the article's versions side by side
    done: str = ""
    error: str = ""


def rows(annotations, **outcome) -> list[Row]:
    """What each row shows. Rows of one article share its address, reversed once."""
    annotations = list(annotations)
    history = histories(annotations)
    urls: dict = {}
    made = []
    for a in annotations:
        article = a.article
        if article.pk not in urls:
            urls[article.pk] = (
                reverse("article-detail", args=[article.slug]),
                reverse("adjudicate", args=[article.slug]),
            )
        article_url, adjudicate_url = urls[article.pk]
        made.append(
            Row(
                a,
                key=str(a.pk),
                kind_label=a.get_kind_display(),
                headline=article.headline,
                publication=article.publication.name if article.publication else "",
                needs_review=article.needs_review,
                context=in_context(a),
                author=a.author.get_username(),
                history=history[a.pk],
                open_url=f"{article_url}?annotation={a.pk}",
                edit_url=reverse("annotation-edit", args=[a.pk]),
                decide_url=reverse("curate-decide", args=[a.pk]),
                adjudicate_url=adjudicate_url,
                **outcome,
            )
        )
    return made


@dataclass(frozen=True)
class InContext:
    before: str
    exact: str
    after: str


def in_context(annotation: Annotation, words: int = CONTEXT_WORDS) -> InContext:
    """The quote with a few words of the article either side, from the text kept beside it
    when it was anchored (so a row never reads the article's text). A partial word at
    the edge is dropped."""
    before = annotation.prefix.split()
    after = annotation.suffix.split()
    if before and annotation.prefix[:1].strip() and len(before) > 1:
        before = before[1:]
    if after and annotation.suffix[-1:].strip() and len(after) > 1:
        after = after[:-1]
    lead = " ".join(before[-words:])
    tail = " ".join(after[:words])
    if lead and not annotation.prefix[-1:].strip():
        lead += " "
    if tail and not annotation.suffix[:1].strip():
        tail = " " + tail
    exact = annotation.exact
    if len(exact) > MAX_QUOTE:
        exact = exact[: MAX_QUOTE - 1] + "…"
    return InContext(lead, exact, tail)


def next_proposed(article: Article) -> Annotation | None:
    """The oldest live proposed annotation of ``article``, for a curator's next review."""
    return proposed({"article": article}).only("pk", "article_id").first()
