"""Curators give articles to annotators; each annotator marks theirs done, or reopens it.

Every write is here: the permission checked, the row validated (``Assignment.clean``:
only people who can annotate, only published articles), locked while it changes, and its
history (``AssignmentEvent``) written in the same transaction. Unassigning keeps the row.

Progress is read, never stored: an annotator's live annotations in the article, counted
by kind and by status in one aggregate query for a whole page of articles, decide whether
an assignment not yet done is *assigned* or *in progress*.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from annotations import permissions
from annotations.models import Annotation, Assignment, AssignmentEvent
from newsroom.models import Article

Status = Assignment.Status


class AssignmentGone(Exception):
    """The assignment was unassigned meanwhile."""


def annotators() -> QuerySet:
    """Everyone who may be given articles: active people with the annotate permission
    (through their role, their own permissions, or as superusers)."""
    return (
        get_user_model()
        .objects.with_perm(
            "annotations.add_annotation", backend="django.contrib.auth.backends.ModelBackend"
        )
        .order_by(get_user_model().USERNAME_FIELD)
    )


def _event(assignment: Assignment, actor, action: str, **values) -> None:
    AssignmentEvent.objects.create(assignment=assignment, actor=actor, action=action, **values)


@dataclass
class Made:
    """What an assignment request did: the new assignments, and the pairs already assigned."""

    made: list[Assignment] = field(default_factory=list)
    already: list[Assignment] = field(default_factory=list)


@transaction.atomic
def assignments_create(
    *,
    articles: Iterable[Article],
    annotators: Iterable,
    by,
    due_on: datetime.date | None = None,
    note: str = "",
) -> Made:
    """Give every article to every annotator. A pair already assigned is left as it is
    and reported; anything invalid (someone who cannot annotate, a draft) refuses the
    whole request with ``ValidationError``."""
    permissions.require(permissions.can_curate(by), "Only curators assign articles.")
    articles, people = list(articles), list(annotators)
    current = {
        (a.article_id, a.annotator_id): a
        for a in Assignment.objects.current()
        .filter(article__in=articles, annotator__in=people)
        .select_related("article", "annotator")
    }
    result = Made()
    for article in articles:
        for person in people:
            if (article.pk, person.pk) in current:
                result.already.append(current[(article.pk, person.pk)])
                continue
            assignment = Assignment(
                article=article, annotator=person, assigned_by=by, due_on=due_on, note=note
            )
            # Validates the fields and the annotator; the one-current-per-pair constraint
            # is the database's to keep (two curators may assign the same pair at once).
            assignment.full_clean(validate_constraints=False)
            try:
                with transaction.atomic():
                    assignment.save()
            except IntegrityError:
                result.already.append(
                    Assignment.objects.current().get(article=article, annotator=person)
                )
                continue
            _event(assignment, by, AssignmentEvent.Action.ASSIGNED)
            result.made.append(assignment)
    return result


def _locked(assignment_id: int) -> Assignment:
    assignment = (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("article", "annotator")
        .get(pk=assignment_id)
    )
    if assignment.removed:
        raise AssignmentGone
    return assignment


@transaction.atomic
def assignment_remove(*, assignment_id: int, by) -> Assignment:
    """Unassign: the row stays, marked with when and by whom."""
    permissions.require(permissions.can_curate(by), "Only curators unassign articles.")
    assignment = _locked(assignment_id)
    assignment.removed_at = timezone.now()
    assignment.removed_by = by
    assignment.save(update_fields=["removed_at", "removed_by"])
    _event(assignment, by, AssignmentEvent.Action.REMOVED)
    return assignment


@transaction.atomic
def assignment_change(
    *, assignment_id: int, by, due_on: datetime.date | None, note: str
) -> Assignment:
    """A curator changes the due date or the note."""
    permissions.require(permissions.can_curate(by), "Only curators change assignments.")
    assignment = _locked(assignment_id)
    before = {"due_on": _iso(assignment.due_on), "note": assignment.note}
    assignment.due_on, assignment.note = due_on, note
    assignment.full_clean(validate_constraints=False)
    after = {"due_on": _iso(due_on), "note": note}
    if after != before:
        assignment.save(update_fields=["due_on", "note"])
        _event(assignment, by, AssignmentEvent.Action.CHANGED, before=before, after=after)
    return assignment


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


@transaction.atomic
def assignment_set_done(*, assignment_id: int, user, done: bool) -> Assignment:
    """The annotator says they have finished the article (``done``), or reopens it."""
    assignment = _locked(assignment_id)
    permissions.require(
        permissions.can_finish(user, assignment),
        "Only the annotator it is assigned to marks an assignment done or reopens it.",
    )
    if assignment.done != done:
        assignment.done_at = timezone.now() if done else None
        assignment.save(update_fields=["done_at"])
        action = AssignmentEvent.Action.DONE if done else AssignmentEvent.Action.REOPENED
        _event(assignment, user, action)
    return assignment


# --- progress ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """One person's live annotations in one article."""

    claim: int = 0
    entity: int = 0
    quote: int = 0
    proposed: int = 0
    accepted: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.claim + self.entity + self.quote

    def by_kind(self) -> list[tuple[str, int]]:
        """[("claims", 2), ("entity", 1), ...]: each kind with some, its noun agreeing."""
        kinds = ((self.claim, "claim", "claims"), (self.entity, "entity", "entities"))
        kinds += ((self.quote, "quote", "quotes"),)
        return [(one if n == 1 else many, n) for n, one, many in kinds if n]


NONE = Counts()
_COUNTED = {
    **{kind: Q(kind=kind) for kind in Annotation.Kind.values},
    **{status: Q(status=status) for status in Annotation.Status.values},
}


def counts(article_ids: Iterable[int], author=None) -> dict[tuple[int, int], Counts]:
    """Every author's (or one author's) live annotations in these articles, by (article
    id, author id): one aggregate query, however many articles."""
    annotations = Annotation.objects.live().filter(article_id__in=list(article_ids))
    if author is not None:
        annotations = annotations.filter(author=author)
    grouped = (
        annotations.order_by()
        .values("article_id", "author_id")
        .annotate(**{name: Count("pk", filter=q) for name, q in _COUNTED.items()})
    )
    return {
        (row.pop("article_id"), row.pop("author_id")): Counts(
            claim=row["claim"],
            entity=row["entity"],
            quote=row["quote"],
            proposed=row["proposed"],
            accepted=row["accepted"],
            rejected=row["rejected"],
        )
        for row in grouped
    }


@dataclass(frozen=True)
class Progress:
    assignment: Assignment
    counts: Counts

    @property
    def status(self) -> str:
        if self.assignment.done:
            return Status.DONE
        return Status.IN_PROGRESS if self.counts.total else Status.ASSIGNED

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def overdue(self) -> bool:
        due = self.assignment.due_on
        return bool(due and not self.assignment.done and due < timezone.localdate())


@dataclass(frozen=True)
class ArticleProgress:
    """An article on the curators' page: its assignees' progress and what awaits review."""

    article: Article
    assignees: list[Progress]
    proposed: int


# What a row needs of an article: not its text, content or blocks (megabytes at worst).
HEAVY = ("text", "content", "blocks")


def article_progress(articles: Iterable[Article]) -> list[ArticleProgress]:
    """Each article with its current assignees' progress: two queries for any number."""
    articles = list(articles)
    by_article: dict[int, list[Assignment]] = defaultdict(list)
    for assignment in (
        Assignment.objects.current()
        .filter(article__in=articles)
        .select_related("annotator")
        .order_by("assigned_at", "id")
    ):
        by_article[assignment.article_id].append(assignment)
    tallies = counts(a.pk for a in articles)
    proposed: dict[int, int] = defaultdict(int)
    for (article_id, _), tally in tallies.items():
        proposed[article_id] += tally.proposed
    return [
        ArticleProgress(
            article,
            [
                Progress(a, tallies.get((article.pk, a.annotator_id), NONE))
                for a in by_article[article.pk]
            ],
            proposed[article.pk],
        )
        for article in articles
    ]


def mine(user) -> QuerySet[Assignment]:
    """The user's current assignments, due first (undated last), then oldest first."""
    return (
        Assignment.objects.current()
        .filter(annotator=user)
        .select_related("article__publication", "assigned_by")
        .defer(*(f"article__{name}" for name in HEAVY))
        .order_by(F("due_on").asc(nulls_last=True), "assigned_at", "id")
    )


def progress_of(assignments: Iterable[Assignment], annotator) -> list[Progress]:
    """Each of one annotator's assignments with their counts in its article (one query)."""
    assignments = list(assignments)
    tallies = counts({a.article_id for a in assignments}, author=annotator)
    return [Progress(a, tallies.get((a.article_id, a.annotator_id), NONE)) for a in assignments]
