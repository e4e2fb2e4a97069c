from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator

from newsroom.photos import PhotoField
from newsroom.text.document import Document
from newsroom.validators import photo_extension, validate_headline, validate_photo

# The languages searched with their own PostgreSQL text-search configuration (words
# stemmed as that language stems them); every other language is searched as "simple".
SEARCH_CONFIGS = {"en": "english", "de": "german", "fr": "french"}


def search_language(config: str, path: str = "language") -> Q:
    """The rows whose language is searched with ``config``: the condition of that
    configuration's part of the search index, and of its arm of every query."""
    if config not in SEARCH_CONFIGS.values():
        return ~Q(**{f"{path}__in": list(SEARCH_CONFIGS)})
    return Q(**{path: next(code for code, name in SEARCH_CONFIGS.items() if name == config)})


def raw_digest(raw_text: str) -> str:
    """The content hash that keeps the same OCR input from being ingested twice."""
    return hashlib.sha256(raw_text.encode("utf-8")).hexdigest()


class Publication(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Page(models.Model):
    """One raw OCR text exactly as received: a printed page, holding one or more stories.

    The text is stored once (``raw_sha256`` is the dedupe key) and never changed: a
    database trigger refuses any UPDATE of it. What the cleaner reported about the page as
    a whole is kept beside it; each story is an Article pointing here with its line range.
    """

    raw_text = models.TextField()
    raw_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    source_name = models.CharField(
        max_length=255, blank=True, help_text="File name or channel the raw text came from."
    )
    decode_note = models.CharField(
        max_length=255, blank=True, help_text="How the input bytes were decoded, if not UTF-8."
    )
    # The page's cleaning report, from the last time it was cleaned.
    stories = models.JSONField(
        default=list, blank=True, help_text="Raw line range of each story, in reading order."
    )
    story_starts = models.JSONField(
        null=True,
        blank=True,
        help_text="Story boundaries (raw line numbers) a curator set; null when the "
        "cleaner's own were kept.",
    )
    removed = models.JSONField(
        default=list, blank=True, help_text="Raw lines left out of every story, with the reason."
    )
    outside = models.JSONField(
        default=list, blank=True, help_text="Material that belongs to no story."
    )
    flags = models.JSONField(
        default=dict, blank=True, help_text="The cleaner's confidence flags for the page."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(raw_sha256__regex=r"^[0-9a-f]{64}$"), name="page_raw_sha256_hex"
            ),
        ]

    def __str__(self) -> str:
        # Lists annotate the text's opening (``raw_head``) instead of loading 20 MB a row.
        head = (getattr(self, "raw_head", None) or self.raw_text[:1000]).splitlines()
        first = next((line.strip() for line in head if line.strip()), "")
        return f"Page {self.pk}: {self.source_name or Truncator(first).chars(60)}"

    @property
    def line_count(self) -> int:
        """Lines as the cleaner numbers them (``story_starts`` and every line range)."""
        return self.raw_text.count("\n") + 1


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED)

    def needing_review(self):
        return self.filter(needs_review=True)

    def visible_to(self, user):
        """Drafts are for staff only; everyone else sees published articles."""
        if sees_drafts(user):
            return self
        return self.published()


def sees_drafts(user) -> bool:
    return bool(user.is_authenticated and user.is_staff)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    publication = models.ForeignKey(
        Publication, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    slug = models.SlugField(max_length=120, unique=True)
    headline = models.CharField(max_length=500, validators=[validate_headline])
    byline = models.CharField(max_length=300, blank=True)
    dateline = models.CharField(
        max_length=200, blank=True, help_text="Date or dateline as printed, when present."
    )
    published_on = models.DateField(null=True, blank=True, help_text="Publication date if known.")

    # The page the story was printed on, and the raw lines (1-based, inclusive) it took.
    page = models.ForeignKey("Page", on_delete=models.PROTECT, related_name="articles")
    line_start = models.PositiveIntegerField(help_text="First raw line of the story.")
    line_end = models.PositiveIntegerField(help_text="Last raw line of the story.")
    needs_review = models.BooleanField(
        default=False,
        help_text="The cleaner doubted this result (see the revision's flags); a curator "
        "clears this once the article has been checked.",
    )

    # The current revision, denormalised here so reading an article is one row; every
    # revision (this one included) is kept in ArticleRevision.
    content = models.JSONField(help_text="Structured cleaned content of the current revision.")
    text = models.TextField(help_text="Compiled document text annotations point into.")
    blocks = models.JSONField(help_text="Compiled document blocks: kind, start, end, photo.")
    revision = models.PositiveIntegerField(default=1)
    language = models.CharField(
        max_length=8,
        default="und",
        editable=False,
        help_text="The current revision's language as the cleaner told it (ISO 639-1).",
    )
    # Headline, deck and byline, body and captions, weighted A, B, C and folded
    # (newsroom.search); written with the text, in the same transaction. The rank is
    # read from the smaller lead vector (the same, with only the body's opening), kept
    # in the row rather than out of line.
    search_vector = SearchVectorField(null=True, editable=False)
    lead_vector = SearchVectorField(null=True, editable=False)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-created_at"]),
            # The "Needs review" list: a few rows among many.
            models.Index(
                fields=["-created_at"],
                condition=Q(needs_review=True),
                name="article_needs_review",
            ),
            # One part per search configuration: each arm of a query (that language's
            # rows, that language's words) is answered by its part alone.
            *(
                GinIndex(
                    fields=["search_vector"],
                    name=f"article_search_{config}",
                    condition=search_language(config),
                )
                for config in (*SEARCH_CONFIGS.values(), "simple")
            ),
            # The list's keyset pages (newsroom/listing.py): each order read from an index.
            models.Index(fields=["created_at", "id"], name="article_arrival"),
            models.Index(fields=["status", "created_at", "id"], name="article_status_arrival"),
            models.Index(fields=["headline", "id"], name="article_headline"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="article_status_valid"
            ),
            models.CheckConstraint(condition=~Q(headline=""), name="article_headline_not_empty"),
            models.CheckConstraint(condition=Q(revision__gte=1), name="article_revision_positive"),
            models.CheckConstraint(
                condition=Q(line_start__gte=1, line_end__gte=models.F("line_start")),
                name="article_lines_in_order",
            ),
        ]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return reverse("article-detail", args=[self.slug])

    @property
    def document(self) -> Document:
        return Document.from_json(self.text, self.blocks)

    def opening(self, words: int = 40) -> str:
        """The first lines of the body, for lists (which load only ``text_head``)."""
        text = getattr(self, "text_head", None)
        if text is None:
            text = self.text
        for block in self.blocks:
            if block["kind"] == "paragraph":
                return Truncator(text[block["start"] : block["end"]]).words(words)
        return ""


class ArticleRevision(models.Model):
    """Each compiled document an article has had; append-only."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    content = models.JSONField()
    text = models.TextField()
    blocks = models.JSONField()
    changes = models.JSONField(
        default=list,
        blank=True,
        help_text="The cleaner's change report for this revision (removals with their reason).",
    )
    flags = models.JSONField(
        default=dict, blank=True, help_text="The cleaner's confidence flags for this story."
    )
    corrections = models.JSONField(
        default=list,
        blank=True,
        help_text=(
            "The editors' corrections in force, as operations against the raw lines "
            "(newsroom/text/editing.py); re-cleaning applies them again."
        ),
    )
    reason = models.CharField(max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="revision_number_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="revision_number_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.article} — revision {self.number}"


class Session(AbstractBaseSession):
    """Django's database session, with the signed-in user's id beside the signed data.

    Deleting a user deletes their sessions (``newsroom.sessions`` fills the id in). The
    signed session data stays the authority on who is signed in.
    """

    # No database constraint: a session may outlive its user for a moment (the signed
    # data then names no user, and Django signs the request out).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.CASCADE,
        db_constraint=False,
        related_name="+",
    )

    class Meta(AbstractBaseSession.Meta):
        db_table = "newsroom_session"

    @classmethod
    def get_session_store_class(cls):
        from newsroom.sessions import SessionStore

        return SessionStore


def photo_upload_to(photo: Photo, filename: str) -> str:
    return f"photos/{photo.article_id}/{filename}"


class PhotoImageField(models.ImageField):
    """An image field whose forms store every upload re-encoded (``newsroom.photos``)."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PhotoField, **kwargs})


class Photo(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="photos")
    order = models.PositiveSmallIntegerField(default=0)
    image = PhotoImageField(
        upload_to=photo_upload_to,
        blank=True,
        width_field="width",
        height_field="height",
        validators=[photo_extension, validate_photo],
    )
    caption = models.TextField(blank=True)
    # Part of the document (annotatable like the caption), so as long as it was printed.
    credit = models.TextField(blank=True)
    alt_text = models.CharField(max_length=500, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["article", "order"]
        constraints = [
            models.UniqueConstraint(fields=["article", "order"], name="photo_order_unique"),
            models.CheckConstraint(
                condition=(Q(width__isnull=True) & Q(height__isnull=True))
                # isnull=False spelled out: a CHECK that evaluates to NULL passes.
                | Q(width__isnull=False, height__isnull=False, width__gt=0, height__gt=0),
                name="photo_dimensions_together",
            ),
        ]

    def __str__(self) -> str:
        return Truncator(self.caption or self.alt_text or f"Photo {self.order}").chars(60)


class RateWindow(models.Model):
    """One rate limit's count in its current window (newsroom/throttle.py)."""

    key = models.CharField(max_length=200, primary_key=True)
    hits = models.PositiveIntegerField()
    started = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.hits} since {self.started:%H:%M:%S}"
