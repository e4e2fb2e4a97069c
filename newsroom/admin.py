from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html

from newsroom.ingest import IngestError, article_reclean
from newsroom.models import Article, ArticleRevision, Photo, Publication
from newsroom.services import article_recompile

DOCUMENT_FIELDS = ("headline", "byline", "dateline")


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class PhotoInline(admin.StackedInline):
    model = Photo
    extra = 0
    fields = ["order", "image", "caption", "credit", "alt_text", "width", "height"]
    readonly_fields = ["width", "height"]


class HistoryInline(admin.TabularInline):
    """Rows that are history: shown, never added, changed or deleted here."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class HistoryAdmin(admin.ModelAdmin):
    """History rows: viewed, never added, changed or deleted through the admin."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class RevisionInline(HistoryInline):
    model = ArticleRevision
    fields = ["number", "reason", "created_by", "created_at"]
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["headline", "publication", "status", "revision", "created_at"]
    list_filter = ["status", "publication", "created_at"]
    search_fields = ["headline", "byline", "slug", "source_name"]
    date_hierarchy = "created_at"
    list_select_related = ["publication"]
    inlines = [PhotoInline, RevisionInline]
    actions = ["publish", "unpublish", "reclean"]
    readonly_fields = [
        "raw_text_display",
        "raw_sha256",
        "source_name",
        "decode_note",
        "revision",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "headline",
                    "slug",
                    "publication",
                    "byline",
                    "dateline",
                    "published_on",
                    "status",
                ]
            },
        ),
        ("Source", {"fields": ["source_name", "decode_note", "raw_sha256", "raw_text_display"]}),
        ("Revision", {"fields": ["revision", "created_at", "updated_at"]}),
    ]

    @admin.display(description="Raw OCR text (stored unchanged)")
    def raw_text_display(self, obj: Article) -> str:
        return format_html(
            '<pre style="white-space:pre-wrap;max-height:30rem;overflow:auto">{}</pre>',
            obj.raw_text,
        )

    def has_add_permission(self, request) -> bool:
        # Articles come from raw text through the ingestion service, never typed here.
        return False

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        photo_changed = any(
            fs.model is Photo and (fs.has_changed() or fs.deleted_objects) for fs in formsets
        )
        if change and (photo_changed or set(form.changed_data) & set(DOCUMENT_FIELDS)):
            revision = article_recompile(
                article=form.instance, reason="edited in admin", user=request.user
            )
            if revision is not None:
                self.message_user(
                    request, f"Saved as revision {revision.number}.", messages.SUCCESS
                )

    @admin.action(description="Publish selected articles", permissions=["change"])
    def publish(self, request, queryset) -> None:
        count = queryset.update(status=Article.Status.PUBLISHED)
        self.message_user(request, f"Published {count} article(s).", messages.SUCCESS)

    @admin.action(description="Return selected articles to draft", permissions=["change"])
    def unpublish(self, request, queryset) -> None:
        count = queryset.update(status=Article.Status.DRAFT)
        self.message_user(request, f"{count} article(s) returned to draft.", messages.SUCCESS)

    @admin.action(description="Re-clean from raw", permissions=["change"])
    def reclean(self, request, queryset) -> None:
        """Clean each stored raw text again: a new revision where the result differs.

        One transaction per article (inside ``article_reclean``), so one that fails
        leaves the others re-cleaned and itself untouched.
        """
        for article in queryset.order_by("pk"):
            try:
                revision = article_reclean(article=article, user=request.user)
            except IngestError as exc:
                self.message_user(request, f"“{article}”: not re-cleaned — {exc}", messages.ERROR)
            else:
                if revision is None:
                    text = f"“{article}”: unchanged (revision {article.revision})."
                else:
                    text = f"“{article}”: new revision {revision.number}."
                self.message_user(request, text, messages.SUCCESS)


@admin.register(ArticleRevision)
class ArticleRevisionAdmin(HistoryAdmin):
    list_display = ["article", "number", "reason", "created_by", "created_at"]
    list_filter = ["reason", "created_at"]
    search_fields = ["article__headline", "reason"]
    list_select_related = ["article", "created_by"]
    readonly_fields = [
        "article",
        "number",
        "reason",
        "created_by",
        "created_at",
        "text",
        "blocks",
        "content",
        "changes",
    ]


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "order", "credit", "width", "height"]
    search_fields = ["caption", "credit", "alt_text", "article__headline"]
    list_select_related = ["article"]
    readonly_fields = ["width", "height"]
    autocomplete_fields = ["article"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if {"caption", "credit", "order"} & set(form.changed_data) or not change:
            article_recompile(
                article=obj.article, reason="photo edited in admin", user=request.user
            )

    def delete_model(self, request, obj) -> None:
        article = obj.article
        super().delete_model(request, obj)
        article_recompile(article=article, reason="photo deleted in admin", user=request.user)

    def delete_queryset(self, request, queryset) -> None:
        articles = list(Article.objects.filter(photos__in=queryset).distinct())
        super().delete_queryset(request, queryset)
        for article in articles:
            article_recompile(article=article, reason="photos deleted in admin", user=request.user)
