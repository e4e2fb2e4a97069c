from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse

# Defined beside, registered here with the app's other models.
from annotations.assignment_models import Assignment, AssignmentEvent  # noqa: F401
from newsroom.models import Article, ArticleRevision
from newsroom.search import SIMPLE, config_case, weighted_vector
from newsroom.text.folding import strip_accents


def normalise_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name (no unaccent extension needed)."""
    return " ".join(strip_accents(name).casefold().replace("’", "'").split())


class EntityQuerySet(models.QuerySet):
    def current(self):
        """Entities not merged into another."""
        return self.filter(merged_into__isnull=True)


class Entity(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        PLACE = "place", "Place"
        EVENT = "event", "Event"
        OTHER = "other", "Other"

    SPEAKER_KINDS = (Kind.PERSON, Kind.ORGANIZATION)

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    wikidata_id = models.CharField(
        "Wikidata id", max_length=20, blank=True, help_text="Like Q7747 (leave empty if unknown)."
    )
    description = models.TextField(blank=True, max_length=2000)
    normalised_name = models.CharField(max_length=200, editable=False)
    # Normalised name and aliases, one per line: what search-as-you-type matches.
    search_text = models.TextField(editable=False, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # A duplicate merged into another entity is kept, not deleted, so that the merge can
    # be undone and links to it still lead somewhere (to the survivor).
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged"
    )

    objects = EntityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "entities"
        constraints = [
            models.UniqueConstraint(fields=["kind", "normalised_name"], name="entity_unique_name"),
            models.CheckConstraint(
                condition=Q(kind__in=["person", "organization", "place", "event", "other"]),
                name="entity_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=r"^Q[1-9][0-9]*$"),
                name="entity_wikidata_id_format",
            ),
            models.CheckConstraint(condition=~Q(normalised_name=""), name="entity_name_not_empty"),
            models.CheckConstraint(
                condition=~Q(merged_into=models.F("pk")), name="entity_not_merged_into_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"

    def save(self, *args, **kwargs) -> None:
        self.name = " ".join(self.name.split())
        self.aliases = [" ".join(a.split()) for a in self.aliases if a.strip()]
        self.normalised_name = normalise_name(self.name)
        self.search_text = "\n".join(
            [self.normalised_name, *(normalise_name(a) for a in self.aliases)]
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "normalised_name", "search_text"}
        super().save(*args, **kwargs)

    @property
    def wikidata_url(self) -> str:
        return f"http://www.wikidata.org/entity/{self.wikidata_id}" if self.wikidata_id else ""

    @property
    def can_speak(self) -> bool:
        return self.kind in self.SPEAKER_KINDS

    @property
    def survivor(self) -> Entity:
        """This entity, or the one it was merged into (and that one's, if merged again)."""
        entity = self
        while entity.merged_into_id is not None:
            entity = entity.merged_into
        return entity


def sees_every_annotation(user) -> bool:
    """Annotators and curators see proposed and rejected annotations too."""
    return bool(user.is_authenticated and user.has_perm("annotations.view_annotation"))


def tag_constraints(table: str) -> list[models.CheckConstraint]:
    """A tag's invariants, held by the database wherever a tag is stored: each kind carries
    only its own fields, an entity tag names its entity, a claim has a verdict."""
    return [
        models.CheckConstraint(
            condition=Q(kind__in=["claim", "entity", "quote"]), name=f"{table}_kind_valid"
        ),
        models.CheckConstraint(
            condition=Q(kind="entity", entity__isnull=False)
            | (~Q(kind="entity") & Q(entity__isnull=True)),
            name=f"{table}_entity_iff_entity_kind",
        ),
        models.CheckConstraint(
            condition=Q(kind="quote") | Q(speaker__isnull=True, quote_cue="", quote_type=""),
            name=f"{table}_quote_fields_only_on_quotes",
        ),
        models.CheckConstraint(
            condition=Q(kind="claim") | Q(claimant__isnull=True, verdict="", verdict_note=""),
            name=f"{table}_claim_fields_only_on_claims",
        ),
        models.CheckConstraint(
            condition=~Q(kind="claim") | ~Q(verdict=""), name=f"{table}_claim_has_verdict"
        ),
    ]


class AnnotationQuerySet(models.QuerySet):
    def live(self):
        return self.filter(deleted_at__isnull=True)

    def visible_to(self, user):
        """Anonymous readers see accepted annotations; signed-in annotators see all live ones."""
        return self.visible(sees_every_annotation(user))

    def visible(self, every: bool):
        """Every live annotation, or (for readers) the accepted ones."""
        live = self.live()
        return live if every else live.filter(status=Annotation.Status.ACCEPTED)

    def in_document_order(self):
        return self.order_by(models.F("start").asc(nulls_last=True), "-end", "created_at")

    def reviewed_layer(self):
        """The reviewed layer: of the articles a curator marked reviewed (``ArticleReview``),
        the live accepted annotations placed in the current text. What exports and
        agreement take as the reference."""
        return self.live().filter(
            models.Exists(ArticleReview.objects.filter(article=models.OuterRef("article"))),
            status=Annotation.Status.ACCEPTED,
            start__isnull=False,
        )


# Annotation.anchor_method of an annotation the last revision moved onto changed text.
FUZZY = "fuzzy"
# What an annotation's search vector is made of; a save of any of them writes it again.
SEARCHED_FIELDS = frozenset(
    {"exact", "note", "verdict_note", "quote_cue", "entity", "speaker", "claimant"}
)


class Annotation(models.Model):
    class Kind(models.TextChoices):
        CLAIM = "claim", "Claim"
        ENTITY = "entity", "Entity"
        QUOTE = "quote", "Quote"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    class Origin(models.TextChoices):
        HUMAN = "human", "Human"
        SUGGESTED = "suggested", "Suggested"

    class Verdict(models.TextChoices):
        UNREVIEWED = "unreviewed", "Unreviewed"
        TRUE = "true", "True"
        MOSTLY_TRUE = "mostly-true", "Mostly true"
        MIXED = "mixed", "Mixed"
        MOSTLY_FALSE = "mostly-false", "Mostly false"
        FALSE = "false", "False"
        UNVERIFIABLE = "unverifiable", "Unverifiable"
        # A curator is checking it; no verdict yet.
        CHECKING = "checking", "Checking"
        MISLEADING = "misleading", "Misleading"

    class QuoteType(models.TextChoices):
        DIRECT = "direct", "Direct"
        INDIRECT = "indirect", "Indirect"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # Indexed by annotation_article_start (article first), as author is by
    # annotation_author_recent: a separate index would only slow every write.
    article = models.ForeignKey(
        Article, on_delete=models.PROTECT, related_name="annotations", db_index=False
    )
    # Revisions are never deleted and nothing looks annotations up by revision.
    revision = models.ForeignKey(
        ArticleRevision,
        on_delete=models.PROTECT,
        related_name="annotations_made",
        help_text="The revision the annotation was made on.",
        db_index=False,
    )
    # Where it sits in the article's current document (anchor_revision says which);
    # both null when re-anchoring could not find it: an orphan, quote kept.
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    anchor_revision = models.PositiveIntegerField()
    anchor_method = models.CharField(max_length=10, default="position")
    exact = models.TextField()
    prefix = models.TextField(blank=True)
    suffix = models.TextField(blank=True)

    kind = models.CharField(max_length=6, choices=Kind.choices)
    entity = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tags",
        db_index=False,
    )
    speaker = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quotes",
        db_index=False,
    )
    quote_cue = models.CharField(max_length=200, blank=True)
    quote_type = models.CharField(max_length=8, choices=QuoteType.choices, blank=True)
    claimant = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
        db_index=False,
    )
    verdict = models.CharField(max_length=12, choices=Verdict.choices, blank=True)
    verdict_note = models.TextField(blank=True)
    note = models.TextField(blank=True)
    # The claim this text states, shared by every article that states it: its verdict is
    # the claim's, copied onto each linked annotation when given (annotations.claims).
    claim = models.ForeignKey(
        "Claim",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="annotations",
        db_index=False,
    )

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="annotations",
        db_index=False,
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PROPOSED)
    origin = models.CharField(max_length=9, choices=Origin.choices, default=Origin.HUMAN)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    # Web Annotation protocol: an IRI the client gave as the annotation's canonical name
    # (kept unchanged), and the id it POSTed, which the server replaces with its own.
    canonical = models.TextField(blank=True)
    via = models.TextField(blank=True)
    # The quote (A), the entities it names (B), its note, verdict note and cue (C),
    # folded, in its article's language; written by save() in the same statement.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = AnnotationQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "-end", "created_at"]
        indexes = [
            models.Index(fields=["article", "start"], name="annotation_article_start"),
            models.Index(fields=["author", "-created_at"], name="annotation_author_recent"),
            # The review queue: live proposed annotations, oldest first, a page at a time.
            models.Index(
                fields=["created_at", "id"],
                condition=Q(status="proposed", deleted_at__isnull=True),
                name="annotation_review_queue",
            ),
            # Each kind names at most one entity: indexing only the rows that name one
            # spares every write two or three index entries for NULL.
            *(
                models.Index(
                    fields=[name],
                    condition=Q(**{f"{name}__isnull": False}),
                    name=f"annotation_{name}",
                )
                for name in ("entity", "speaker", "claimant", "claim")
            ),
            GinIndex(fields=["search_vector"], name="annotation_search"),
        ]
        permissions = [("curate_annotation", "Can review, accept and edit anyone's annotations")]
        constraints = [
            models.CheckConstraint(
                condition=(Q(start__isnull=True) & Q(end__isnull=True))
                | Q(start__isnull=False, end__isnull=False, start__lt=models.F("end")),
                name="annotation_range_valid",
            ),
            models.CheckConstraint(condition=~Q(exact=""), name="annotation_exact_not_empty"),
            models.CheckConstraint(
                condition=Q(status__in=["proposed", "accepted", "rejected"]),
                name="annotation_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(origin__in=["human", "suggested"]), name="annotation_origin_valid"
            ),
            *tag_constraints("annotation"),
            models.CheckConstraint(condition=Q(version__gte=1), name="annotation_version_positive"),
            models.CheckConstraint(
                condition=Q(kind="claim") | Q(claim__isnull=True),
                name="annotation_claim_link_only_on_claims",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.exact[:60]}"

    def save(self, *args, **kwargs) -> None:
        # The vector goes in the same INSERT or UPDATE as the text it indexes (an
        # expression PostgreSQL evaluates; read it back with refresh_from_db).
        fields = kwargs.get("update_fields")
        if fields is None or SEARCHED_FIELDS.intersection(fields):
            self.search_vector = self.vector()
            if fields is not None:
                kwargs["update_fields"] = {*fields, "search_vector"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("annotation-api", args=[self.pk])

    def vector(self, config=None):
        """The search vector of this annotation's text, as an expression; ``config``
        defaults to its article's (a subquery)."""
        if config is None:
            languages = Article.objects.filter(pk=self.article_id)
            # (Coalesce also hands SearchVector its parameters as the list it expects.)
            config = Coalesce(Subquery(languages.values(config=config_case())[:1]), Value(SIMPLE))
        names = [e.name for e in (self.entity, self.speaker, self.claimant) if e is not None]
        parts = {"A": [self.exact], "B": names, "C": [self.quote_cue, self.note, self.verdict_note]}
        return weighted_vector(parts, config)

    @property
    def orphaned(self) -> bool:
        return self.start is None

    @property
    def moved(self) -> bool:
        """Found again by a fuzzy match when the article was last revised: its text
        changed under it, so its author should check it still sits right."""
        return self.start is not None and self.anchor_method == FUZZY

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def etag(self) -> str:
        return f'"{self.pk}-v{self.version}"'

    @property
    def change(self) -> ProposedChange | None:
        """The edit awaiting review, if any (load it with ``select_related("pending")``)."""
        try:
            return self.pending
        except ProposedChange.DoesNotExist:
            return None


class ProposedChange(models.Model):
    """An annotator's edit of their accepted annotation (only its author's, as only
    curators edit others' and theirs are not held), kept until a curator reviews it.

    The annotation keeps its accepted fields, which are what readers see; the change
    holds the tag as edited, which its author and curators see. Accepting it copies it
    onto the annotation; accepting or rejecting it deletes it (the history keeps both).
    """

    annotation = models.OneToOneField(
        Annotation, on_delete=models.PROTECT, primary_key=True, related_name="pending"
    )
    kind = models.CharField(max_length=6, choices=Annotation.Kind.choices)
    entity = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    speaker = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    quote_cue = models.CharField(max_length=200, blank=True)
    quote_type = models.CharField(max_length=8, choices=Annotation.QuoteType.choices, blank=True)
    claimant = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    verdict = models.CharField(max_length=12, choices=Annotation.Verdict.choices, blank=True)
    verdict_note = models.TextField(blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = tag_constraints("proposed_change")

    def __str__(self) -> str:
        return f"Change to {self.annotation_id}"


class Reply(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    annotation = models.ForeignKey(Annotation, on_delete=models.PROTECT, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotation_replies"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["annotation", "created_at"]
        verbose_name_plural = "replies"
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="reply_text_not_empty")]

    def __str__(self) -> str:
        return self.text[:60]


class AnnotationEvent(models.Model):
    """Append-only history: every change of an annotation or its replies.

    Written in the same transaction as the change; a database trigger refuses UPDATE
    and DELETE, so history cannot be rewritten.
    """

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        EDITED = "edited", "Edited"
        DELETED = "deleted", "Deleted"
        STATUS = "status", "Status changed"
        REANCHORED = "reanchored", "Re-anchored"
        ORPHANED = "orphaned", "Orphaned"
        REPLIED = "replied", "Replied"
        REPLY_EDITED = "reply-edited", "Reply edited"
        REPLY_DELETED = "reply-deleted", "Reply deleted"
        # An annotator's edit of an accepted annotation, held for review, and its outcome.
        CHANGE_PROPOSED = "edit-held", "Edited after acceptance — awaiting review"
        CHANGE_ACCEPTED = "edit-accepted", "Change accepted"
        CHANGE_REJECTED = "edit-rejected", "Change rejected"
        CHANGE_WITHDRAWN = "edit-withdrawn", "Change withdrawn"
        # Its author or a curator put an orphaned or moved annotation on text they chose.
        REATTACHED = "reattached", "Re-attached"
        # A curator merged duplicate entities, re-pointing this tag; or undid that merge.
        ENTITY_MERGED = "entity-merged", "Entity merged"
        MERGE_UNDONE = "merge-undone", "Entity merge undone"
        # A curator made this annotation in adjudication from several versions' fields.
        MERGED = "merged", "Merged from other versions"

        # A curator gave the claim it is linked to a verdict; linked it to a claim, or unlinked it.
        VERDICT = "verdict", "Verdict given"
        CLAIM_LINKED = "claim-linked", "Linked to a claim"
        CLAIM_UNLINKED = "claim-unlinked", "Unlinked from its claim"

    # Indexed by event_annotation_time (annotation first).
    annotation = models.ForeignKey(
        Annotation, on_delete=models.PROTECT, related_name="events", db_index=False
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text="Empty for changes the system made (re-anchoring after a revision).",
    )
    action = models.CharField(max_length=14, choices=Action.choices)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["annotation", "created_at", "id"]
        indexes = [models.Index(fields=["annotation", "created_at"], name="event_annotation_time")]

    def __str__(self) -> str:
        when = f"{self.created_at:%Y-%m-%d %H:%M}"
        return f"{self.get_action_display()} by {self.actor or 'system'} at {when}"


class EntityMerge(models.Model):
    """A curator's merge of a duplicate (``loser``) into ``survivor``: what it changed, so
    that undoing it restores exactly that. Each re-pointed annotation has an event too."""

    survivor = models.ForeignKey(Entity, on_delete=models.PROTECT, related_name="merges_kept")
    loser = models.ForeignKey(Entity, on_delete=models.PROTECT, related_name="merges_lost")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="entity_merges"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # {"entity": [annotation ids], "speaker": [...], "claimant": [...]}, and the same for
    # edits awaiting review (ProposedChange, keyed by their annotation's id).
    repointed = models.JSONField(default=dict)
    repointed_changes = models.JSONField(default=dict)
    # The survivor's aliases and Wikidata id that the merge added, taken back by an undo.
    added_aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    adopted_wikidata_id = models.CharField(max_length=20, blank=True)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="entity_merges_undone",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(survivor=models.F("loser")), name="entity_merge_two_entities"
            ),
            # A duplicate is merged once at a time: undo that merge before merging it again.
            models.UniqueConstraint(
                fields=["loser"],
                condition=Q(undone_at__isnull=True),
                name="entity_merge_one_live_per_loser",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.loser.name} merged into {self.survivor.name}"

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    @property
    def annotation_count(self) -> int:
        return len({i for ids in self.repointed.values() for i in ids})


class ArticleReview(models.Model):
    """A curator's mark that an article's adjudication is finished: from then on its
    accepted annotations are its reviewed layer (``AnnotationQuerySet.reviewed_layer``).
    Every mark is kept; the latest says who finished it last, and when."""

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="article_reviews"
    )
    reviewed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-reviewed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.article} reviewed by {self.reviewer} at {self.reviewed_at:%Y-%m-%d %H:%M}"


def fold_text(text: str) -> str:
    """Case-, accent-, quote- and spacing-insensitive form of a text (what claim search
    matches; the same folding as ``normalise_name``)."""
    return normalise_name(text)


class ClaimQuerySet(models.QuerySet):
    def matching(self, query: str):
        folded = fold_text(query)
        return self.filter(search_text__contains=folded) if folded else self


class Claim(models.Model):
    """One claim, as stated in any number of articles (its claim annotations link here):
    checked once, its verdict shown wherever it is stated (schema.org ClaimReview)."""

    text = models.TextField(help_text="The claim in its canonical wording.")
    claimant = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="checked_claims",
    )
    verdict = models.CharField(
        max_length=12, choices=Annotation.Verdict.choices, default=Annotation.Verdict.UNREVIEWED
    )
    # The rating explanation (ClaimReview's reviewRating.ratingExplanation).
    explanation = models.TextField(blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims_reviewed",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="claims_created"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    search_text = models.TextField(editable=False, default="")

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="claim_text_not_empty"),
            models.CheckConstraint(
                condition=Q(verdict__in=[v for v, _ in Annotation.Verdict.choices]),
                name="claim_verdict_valid",
            ),
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True, reviewed_at__isnull=True)
                | Q(reviewer__isnull=False, reviewed_at__isnull=False),
                name="claim_reviewer_with_time",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args, **kwargs) -> None:
        self.search_text = fold_text(self.text)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.pk])
