from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Substr
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from newsroom.ingest import IngestError, article_reclean, reclean_message
from newsroom.models import Article, ArticleRevision, Page, Photo, Publication
from newsroom.revisions import article_recompile
from newsroom.text.flags import weaknesses

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


class PageArticleInline(HistoryInline):
    model = Article
    fields = ["headline", "line_start", "line_end", "status", "needs_review"]
    show_change_link = True
    ordering = ["line_start"]


@admin.register(Page)
class PageAdmin(HistoryAdmin):
    """Stored raw texts: read here, added through the ingestion page, never changed."""

    # The Content-Security-Policy allows no inline style: the raw text's box is styled here.
    class Media:
        css = {"all": ["css/admin.css"]}

    list_display = ["__str__", "source_name", "story_count", "created_at"]
    search_fields = ["source_name", "raw_sha256"]
    date_hierarchy = "created_at"
    inlines = [PageArticleInline]
    fields = [
        "source_name",
        "decode_note",
        "raw_sha256",
        "created_at",
        "stories",
        "story_starts",
        "flags",
        "removed",
        "outside",
        "raw_text_display",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        # A raw text can be 20 MB: the list reads its opening only (the change page loads
        # the one text it shows).
        return (
            super()
            .get_queryset(request)
            .defer("raw_text")
            .annotate(raw_head=Substr("raw_text", 1, 1000))
        )

    @admin.display(description="Stories")
    def story_count(self, obj: Page) -> int:
        return len(obj.stories or [])

    @admin.display(description="Raw OCR text (stored unchanged)")
    def raw_text_display(self, obj: Page) -> str:
        return format_html(
            '<pre class="raw-text">{}</pre>',
            obj.raw_text,
        )

    def has_add_permission(self, request) -> bool:
        return request.user.has_perm("newsroom.add_article")

    def add_view(self, request, form_url="", extra_context=None):
        # A page is added by cleaning it into its stories, with a preview: the staff page.
        return redirect(reverse("ingest"))


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    # The Content-Security-Policy allows no inline style: the raw text's box is styled here.
    class Media:
        css = {"all": ["css/admin.css"]}

    list_display = [
        "headline",
        "publication",
        "status",
        "needs_review",
        "revision",
        "created_at",
    ]
    list_filter = ["needs_review", "status", "publication", "created_at"]
    search_fields = ["headline", "byline", "slug", "page__source_name"]
    date_hierarchy = "created_at"
    list_select_related = ["publication"]
    inlines = [PhotoInline, RevisionInline]
    actions = ["publish", "unpublish", "mark_reviewed", "reclean"]
    readonly_fields = [
        "weaknesses_display",
        "page_link",
        "lines_display",
        "source_name",
        "decode_note",
        "raw_text_display",
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
        ("Review", {"fields": ["needs_review", "weaknesses_display"]}),
        (
            "Source",
            {
                "fields": [
                    "page_link",
                    "lines_display",
                    "source_name",
                    "decode_note",
                    "raw_text_display",
                ]
            },
        ),
        ("Revision", {"fields": ["revision", "created_at", "updated_at"]}),
    ]

    @admin.display(description="Why the cleaner doubted it")
    def weaknesses_display(self, obj: Article) -> str:
        revision = obj.revisions.filter(number=obj.revision).only("flags").first()
        found = weaknesses(revision.flags if revision else {})
        if not found:
            return "Nothing: the cleaner raised no doubt."
        items = format_html_join("", "<li>{}</li>", ((w,) for w in found))
        return format_html("<ul>{}</ul>", items)

    @admin.display(description="Page")
    def page_link(self, obj: Article) -> str:
        url = reverse("admin:newsroom_page_change", args=[obj.page_id])
        count = obj.page.articles.count()
        return format_html(
            '<a href="{}">{}</a> ({} stor{} on the page)',
            url,
            obj.page,
            count,
            "y" if count == 1 else "ies",
        )

    @admin.display(description="Raw lines")
    def lines_display(self, obj: Article) -> str:
        return f"{obj.line_start}–{obj.line_end} of {obj.page.line_count}"

    @admin.display(description="Source name")
    def source_name(self, obj: Article) -> str:
        return obj.page.source_name

    @admin.display(description="Decode note")
    def decode_note(self, obj: Article) -> str:
        return obj.page.decode_note

    @admin.display(description="Raw OCR text of the story (stored unchanged)")
    def raw_text_display(self, obj: Article) -> str:
        lines = obj.page.raw_text.split("\n")[obj.line_start - 1 : obj.line_end]
        return format_html(
            '<pre class="raw-text">{}</pre>',
            "\n".join(lines),
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
                article=form.instance,
                reason="edited in admin",
                user=request.user,
                photo_changes=_photo_changes(formsets),
            )
            if revision is not None:
                self.message_user(
                    request, f"Saved as revision {revision.number}.", messages.SUCCESS
                )

    @admin.action(description="Publish selected articles", permissions=["change"])
    def publish(self, request, queryset):
        """Publish; an article the cleaner doubted is published only once the curator has
        seen why and confirmed (Django's intermediate page for actions, as deleting does).
        Confirming clears its *needs review*: the curator has now checked it."""
        doubted = queryset.filter(needs_review=True)
        # Confirmed are the articles the page listed; one doubted since then is asked about.
        seen = [pk for pk in request.POST.getlist("reviewed") if pk.isdigit()]
        if request.POST.get("confirm") != "yes":
            seen = []
        if doubted.exclude(pk__in=seen).exists():
            return self.publish_confirmation(request, queryset, doubted)
        with transaction.atomic():
            reviewed = doubted.update(needs_review=False)
            count = queryset.update(status=Article.Status.PUBLISHED)
        self.message_user(request, f"Published {count} article(s).", messages.SUCCESS)
        if reviewed:
            self.message_user(
                request,
                f"{reviewed} of them needed review; published as you confirmed, and no "
                "longer marked “needs review”.",
                messages.WARNING,
            )
        return None

    def publish_confirmation(self, request, queryset, doubted) -> TemplateResponse:
        flags = dict(
            ArticleRevision.objects.filter(
                article__in=doubted, number=F("article__revision")
            ).values_list("article_id", "flags")
        )
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": "Publish articles that need review?",
            "subtitle": None,
            "opts": opts,
            "doubted": [
                (article, weaknesses(flags.get(article.pk) or {}))
                for article in doubted.order_by("pk")
            ],
            "queryset": queryset.order_by("pk"),
            "count": queryset.count(),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(
            request, "admin/newsroom/article/publish_confirmation.html", context
        )

    @admin.action(description="Return selected articles to draft", permissions=["change"])
    def unpublish(self, request, queryset) -> None:
        count = queryset.update(status=Article.Status.DRAFT)
        self.message_user(request, f"{count} article(s) returned to draft.", messages.SUCCESS)

    @admin.action(description="Mark selected articles as reviewed", permissions=["change"])
    def mark_reviewed(self, request, queryset) -> None:
        count = queryset.filter(needs_review=True).update(needs_review=False)
        self.message_user(request, f"{count} article(s) marked as reviewed.", messages.SUCCESS)

    @admin.action(description="Re-clean from raw", permissions=["change"])
    def reclean(self, request, queryset) -> None:
        """Clean each article's page again: a new revision where the result differs.

        One transaction per article (inside ``article_reclean``), so one that fails
        leaves the others re-cleaned and itself untouched. A page is cleaned once for all
        its selected articles.
        """
        pages: dict = {}
        for article in queryset.select_related("page").order_by("pk"):
            try:
                result = article_reclean(article=article, user=request.user, memo=pages)
            except IngestError as exc:
                self.message_user(request, f"“{article}”: not re-cleaned — {exc}", messages.ERROR)
            else:
                level = messages.WARNING if result.needs_review else messages.SUCCESS
                self.message_user(request, reclean_message(article, result), level)


def _photo_changes(formsets) -> list[dict]:
    """Captions and credits changed in the photo inline, as corrections re-cleaning keeps."""
    changes = []
    for formset in formsets:
        if formset.model is not Photo:
            continue
        for form in formset.forms:
            if form in formset.deleted_forms or not form.has_changed():
                continue
            for name in ("caption", "credit"):
                if name in form.changed_data:
                    changes.append(
                        {
                            "op": "set",
                            "kind": name,
                            "photo": form.cleaned_data["order"],
                            "old": form.initial.get(name) or "",
                            "new": form.cleaned_data.get(name) or "",
                        }
                    )
    return changes


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
        "flags",
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
