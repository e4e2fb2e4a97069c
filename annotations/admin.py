"""Curators' admin. Annotation writes go through services so history is always kept."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied

from annotations import assignments
from annotations.models import (
    Annotation,
    AnnotationEvent,
    Assignment,
    AssignmentEvent,
    Entity,
    EntityMerge,
    ProposedChange,
    Reply,
)
from annotations.tag_rules import TAG_FIELDS, AnnotationError
from annotations.writes import GoneError, annotation_set_status
from newsroom.admin import HistoryAdmin, HistoryInline


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "wikidata_id", "merged_into", "created_by", "created_at"]
    list_filter = ["kind", ("merged_into", admin.EmptyFieldListFilter)]
    search_fields = ["name", "search_text", "wikidata_id"]
    # Merging and undoing re-point annotations: that is the registry's merge screen's job.
    readonly_fields = ["merged_into", "created_by", "created_at"]
    fields = [
        "name",
        "kind",
        "aliases",
        "wikidata_id",
        "description",
        "merged_into",
        "created_by",
        "created_at",
    ]


@admin.register(EntityMerge)
class EntityMergeAdmin(HistoryAdmin):
    """Merges are made and undone on the registry's pages; here they are only listed."""

    list_display = ["__str__", "actor", "created_at", "undone_at", "undone_by"]
    list_filter = ["created_at", ("undone_at", admin.EmptyFieldListFilter)]


class ReplyInline(HistoryInline):
    model = Reply
    fields = ["author", "text", "created_at", "deleted_at"]


class ChangeInline(HistoryInline):
    """The author's edit awaiting review; the Accept and Reject actions settle it."""

    model = ProposedChange
    verbose_name = verbose_name_plural = "change awaiting review"
    fields = [*TAG_FIELDS, "modified_at"]


class EventInline(HistoryInline):
    model = AnnotationEvent
    fields = ["created_at", "actor", "action", "before", "after"]


class DeletedFilter(admin.SimpleListFilter):
    """Deleted annotations are listed only when asked for: a soft-deleted annotation can
    no longer be accepted or rejected, so it has no place among those to review."""

    title = "deleted"
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return [("yes", "Deleted")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(deleted_at__isnull=False)
        return queryset.live()


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = [
        "exact_short",
        "kind",
        "article",
        "author",
        "status",
        "change_awaiting_review",
        "origin",
        "created_at",
        "is_deleted",
    ]
    list_filter = [
        DeletedFilter,
        "kind",
        "status",
        ("pending", admin.EmptyFieldListFilter),
        "origin",
        "verdict",
        "created_at",
    ]
    search_fields = ["exact", "note", "entity__name", "speaker__name", "claimant__name"]
    list_select_related = ["article", "author", "pending"]
    date_hierarchy = "created_at"
    actions = ["accept", "reject"]
    inlines = [ChangeInline, ReplyInline, EventInline]
    readonly_fields = [f.name for f in Annotation._meta.fields]

    @admin.display(description="Text", ordering="exact")
    def exact_short(self, obj: Annotation) -> str:
        return obj.exact if len(obj.exact) <= 80 else obj.exact[:79] + "…"

    @admin.display(description="Deleted", boolean=True, ordering="deleted_at")
    def is_deleted(self, obj: Annotation) -> bool:
        return obj.deleted_at is not None

    @admin.display(description="Change awaiting review", boolean=True)
    def change_awaiting_review(self, obj: Annotation) -> bool:
        return obj.change is not None

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # deleting is a soft delete with history, done in the reader

    def _set_status(self, request, queryset, status: str) -> None:
        done = 0
        deleted = queryset.filter(deleted_at__isnull=False).count()
        if deleted:
            self.message_user(
                request,
                f"{deleted} deleted annotation(s) left as they are: a deleted annotation "
                "is not reviewed.",
                messages.WARNING,
            )
        for annotation in queryset.live():
            try:
                annotation_set_status(annotation_id=annotation.pk, user=request.user, status=status)
                done += 1
            except (AnnotationError, GoneError, PermissionDenied) as exc:
                self.message_user(request, f"{annotation}: {exc}", messages.ERROR)
        self.message_user(
            request,
            f"{done} annotation(s) (or their changes awaiting review) {status}.",
            messages.SUCCESS,
        )

    # On an annotation whose edit awaits review, these accept or reject the edit.
    @admin.action(description="Accept selected annotations", permissions=["curate"])
    def accept(self, request, queryset) -> None:
        self._set_status(request, queryset, Annotation.Status.ACCEPTED)

    @admin.action(description="Reject selected annotations", permissions=["curate"])
    def reject(self, request, queryset) -> None:
        self._set_status(request, queryset, Annotation.Status.REJECTED)

    def has_curate_permission(self, request) -> bool:
        return request.user.has_perm("annotations.curate_annotation")


@admin.register(Reply)
class ReplyAdmin(admin.ModelAdmin):
    list_display = ["__str__", "annotation", "author", "created_at", "deleted_at"]
    search_fields = ["text"]
    list_select_related = ["annotation", "author"]
    readonly_fields = ["annotation", "author", "text", "created_at", "modified_at", "deleted_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(AnnotationEvent)
class AnnotationEventAdmin(HistoryAdmin):
    list_display = ["annotation", "action", "actor", "created_at"]
    list_filter = ["action", "created_at"]
    list_select_related = ["annotation", "actor"]
    readonly_fields = ["annotation", "actor", "action", "before", "after", "created_at"]


HISTORY_FIELDS = ["assigned_by", "assigned_at", "done_at", "removed_at", "removed_by"]


class AssignmentEventInline(HistoryInline):
    model = AssignmentEvent
    fields = ["created_at", "actor", "action", "before", "after"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    """Assignments as a list; writes go through ``annotations.assignments`` (permission,
    validation, history). Unassigning is an action that keeps the row, never a delete."""

    list_display = [
        "article",
        "annotator",
        "due_on",
        "is_done",
        "assigned_by",
        "assigned_at",
        "removed_at",
    ]
    list_filter = [
        ("removed_at", admin.EmptyFieldListFilter),
        ("done_at", admin.EmptyFieldListFilter),
        "due_on",
        "assigned_at",
    ]
    search_fields = ["article__headline", "annotator__username", "note"]
    list_select_related = ["article", "annotator", "assigned_by"]
    autocomplete_fields = ["article"]
    fields = ["article", "annotator", "due_on", "note", *HISTORY_FIELDS]
    inlines = [AssignmentEventInline]
    actions = ["unassign"]

    @admin.display(description="Done", boolean=True, ordering="done_at")
    def is_done(self, obj: Assignment) -> bool:
        return obj.done

    def get_readonly_fields(self, request, obj=None):
        return HISTORY_FIELDS if obj is None else ["article", "annotator", *HISTORY_FIELDS]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "annotator":
            kwargs["queryset"] = assignments.annotators()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change) -> None:
        if change:
            assignments.assignment_change(
                assignment_id=obj.pk, by=request.user, due_on=obj.due_on, note=obj.note
            )
            return
        made = assignments.assignments_create(
            articles=[obj.article],
            annotators=[obj.annotator],
            by=request.user,
            due_on=obj.due_on,
            note=obj.note,
        )
        # The admin goes on with the row the service wrote (its page, its log entry).
        obj.pk = (made.made or made.already)[0].pk
        obj.refresh_from_db()

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # unassigning keeps the row: the action below

    @admin.action(description="Unassign selected assignments", permissions=["change"])
    def unassign(self, request, queryset) -> None:
        done = 0
        for assignment in queryset.current():
            assignments.assignment_remove(assignment_id=assignment.pk, by=request.user)
            done += 1
        self.message_user(request, f"{done} assignment(s) taken back (kept in the history).")
