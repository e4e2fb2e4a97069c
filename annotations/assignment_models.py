"""Articles given to annotators by curators, and the history of each assignment.

Imported by ``annotations.models``, so the app's models are all registered from there.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from newsroom.models import Article


class AssignmentQuerySet(models.QuerySet):
    def current(self):
        """Assignments not taken back (an unassigned one is kept, with who removed it)."""
        return self.filter(removed_at__isnull=True)


class Assignment(models.Model):
    """One article given to one annotator.

    Only *done* is stored (``done_at``): *in progress* is read from the annotator's own
    live annotations in the article whenever progress is shown (``assignments.progress``),
    so it can never disagree with them.
    """

    class Status(models.TextChoices):
        ASSIGNED = "assigned", "Assigned"
        IN_PROGRESS = "in-progress", "In progress"
        DONE = "done", "Done"

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="assignments")
    annotator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments_made"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    due_on = models.DateField("due date", null=True, blank=True)
    note = models.TextField(blank=True, max_length=2000, help_text="What the curator asks for.")
    done_at = models.DateTimeField(null=True, blank=True)
    # Unassigning keeps the row: who was given the article, until when, and by whom.
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["article", "assigned_at", "id"]
        indexes = [
            # "My articles": an annotator's current assignments, due first.
            models.Index(
                fields=["annotator", "due_on", "assigned_at"],
                condition=Q(removed_at__isnull=True),
                name="assignment_annotator_due",
            ),
        ]
        constraints = [
            # Also the index the progress page looks an article's assignments up by.
            models.UniqueConstraint(
                fields=["article", "annotator"],
                condition=Q(removed_at__isnull=True),
                name="assignment_one_current_per_annotator",
                violation_error_message="This article is already assigned to this annotator.",
            ),
            models.CheckConstraint(
                condition=Q(removed_at__isnull=True, removed_by__isnull=True)
                | Q(removed_at__isnull=False, removed_by__isnull=False),
                name="assignment_removed_by_whom",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} → {self.annotator}"

    def clean(self) -> None:
        # Imported here: annotations.permissions imports annotations.models, which imports this.
        from annotations.permissions import can_annotate

        if self.pk is not None:
            return  # checked when assigned; a later edit changes only the due date or note
        if self.annotator_id is not None and not can_annotate(self.annotator):
            raise ValidationError(
                {
                    "annotator": f"{self.annotator.get_username()} cannot annotate, so cannot "
                    "be given articles to annotate."
                }
            )
        if self.article_id is not None and self.article.status != Article.Status.PUBLISHED:
            raise ValidationError(
                {
                    "article": f"“{self.article.headline}” is a draft: annotators cannot open "
                    "it until it is published."
                }
            )

    @property
    def removed(self) -> bool:
        return self.removed_at is not None

    @property
    def done(self) -> bool:
        return self.done_at is not None


class AssignmentEvent(models.Model):
    """Append-only history of an assignment (a trigger refuses UPDATE and DELETE)."""

    class Action(models.TextChoices):
        ASSIGNED = "assigned", "Assigned"
        CHANGED = "changed", "Due date or note changed"
        DONE = "done", "Marked done"
        REOPENED = "reopened", "Reopened"
        REMOVED = "removed", "Unassigned"

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=10, choices=Action.choices)
    # For a change, the fields before and after ({"due_on": ..., "note": ...}).
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["assignment", "created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor} at {self.created_at:%Y-%m-%d %H:%M}"
