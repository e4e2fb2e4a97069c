"""What annotation writes accept: each kind's rules, and where a selection may lie.

A tag's rules are declared here once, per kind (``KINDS``), and ``check_tag`` holds every
tag to them, whichever door it came through: the reader UI's form (``TagForm`` judges
what a person sent with ``check_tag``), the API (``api_services``) and the services
themselves. So the two doors refuse the same things with the same messages. A refusal is
an ``AnnotationError`` naming the field it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from django.core.exceptions import PermissionDenied

from annotations import anchoring
from annotations.anchoring import TextPositionSelector, TextQuoteSelector, describe
from annotations.models import Annotation, Entity


class AnnotationError(Exception):
    """Input we refuse, with a message for the person and the field it concerns."""

    def __init__(self, message: str, *, field: str | None = None, code: str = "invalid"):
        super().__init__(message)
        self.message, self.field, self.code = message, field, code


# --- the rules of each kind ------------------------------------------------------------


@dataclass(frozen=True)
class Tag:
    """What an annotation says about its span (``check_tag`` holds it to the rules)."""

    kind: str
    entity: Entity | None = None
    speaker: Entity | None = None
    quote_cue: str = ""
    quote_type: str = ""
    claimant: Entity | None = None
    verdict: str = ""
    verdict_note: str = ""
    note: str = ""


# What a tag sets on an annotation.
TAG_FIELDS = tuple(f.name for f in fields(Tag))


@dataclass(frozen=True)
class KindRules:
    """One kind's rules: the fields it takes besides the note every kind has."""

    plural: str  # as messages say it: "Only claims have a verdict."
    fields: tuple[str, ...]
    required: dict[str, str] = field(default_factory=dict)  # field -> what to do
    defaults: dict[str, str] = field(default_factory=dict)


KINDS = {
    Annotation.Kind.CLAIM: KindRules(
        "claims",
        ("claimant", "verdict", "verdict_note"),
        defaults={"verdict": Annotation.Verdict.UNREVIEWED},
    ),
    Annotation.Kind.ENTITY: KindRules(
        "entity tags",
        ("entity",),
        required={"entity": "Choose or create the entity this text names."},
    ),
    Annotation.Kind.QUOTE: KindRules(
        "quotes",
        ("speaker", "quote_cue", "quote_type"),
        defaults={"quote_type": Annotation.QuoteType.DIRECT},
    ),
}
OWNER = {name: rules for rules in KINDS.values() for name in rules.fields}

# How each field is named in messages, and the rules a field keeps in any kind.
WORDS = {
    "entity": "an entity",
    "speaker": "a speaker",
    "quote_cue": "a cue",
    "quote_type": "a quote type",
    "claimant": "a claimant",
    "verdict": "a verdict",
    "verdict_note": "a verdict note",
}
CHOICES = {"verdict": Annotation.Verdict, "quote_type": Annotation.QuoteType}
SPEAKERS = ("speaker", "claimant")  # a person or an organization
# The longest text each field takes.
MAX_NOTE = 10_000
MAX_CUE = 200
MAX_EXACT = 20_000
MAX_CONTEXT = anchoring.MAX_CONTEXT  # what anchoring looks at; 32 are stored
LIMITS = {"quote_cue": MAX_CUE, "verdict_note": MAX_NOTE, "note": MAX_NOTE}


def _check_length(value: str, limit: int, name: str) -> str:
    if len(value) > limit:
        raise AnnotationError(
            f"Ensure this value has at most {limit} characters (it has {len(value)}).",
            field=name,
        )
    return value


def check_tag(tag: Tag) -> Tag:
    """``tag`` held to its kind's rules: returned with texts stripped and defaults filled
    in, or refused (a field of another kind included)."""
    rules = KINDS.get(tag.kind)
    if rules is None:
        raise AnnotationError(
            f"Unknown kind {tag.kind!r}; use one of {', '.join(KINDS)}.", field="kind"
        )
    for name, owner in OWNER.items():
        if owner is not rules and getattr(tag, name):
            raise AnnotationError(f"Only {owner.plural} have {WORDS[name]}.", field=name)
    for name, choices in CHOICES.items():
        value = getattr(tag, name)
        if value and value not in choices.values:
            offered = OFFERED.get(name, choices.values)
            raise AnnotationError(
                f"Unknown {name.replace('_', ' ')} {value!r}; use one of {', '.join(offered)}.",
                field=name,
            )
    texts = {name: _check_length(getattr(tag, name).strip(), n, name) for name, n in LIMITS.items()}
    for name, message in rules.required.items():
        if not getattr(tag, name):
            raise AnnotationError(message, field=name)
    for name in SPEAKERS:
        entity = getattr(tag, name)
        if entity is not None and not entity.can_speak:
            kind = entity.get_kind_display().lower()
            raise AnnotationError(
                f"A {name} must be a person or an organization, not a {kind}.", field=name
            )
    defaults = {name: value for name, value in rules.defaults.items() if not getattr(tag, name)}
    return replace(tag, **texts, **defaults)


# --- verdicts ---------------------------------------------------------------------------

Verdict = Annotation.Verdict
# The scale a curator chooses from, in the order a checker's desk works through it
# (unreviewed -> checking -> a rating). "mixed" and "mostly-false", offered before, stay
# valid (stored verdicts, W3C round-trips) but are no longer given: "misleading" took
# their place, as on most fact-checkers' scales.
VERDICT_SCALE = (
    Verdict.UNREVIEWED,
    Verdict.CHECKING,
    Verdict.TRUE,
    Verdict.MOSTLY_TRUE,
    Verdict.MISLEADING,
    Verdict.FALSE,
    Verdict.UNVERIFIABLE,
)
# What an unknown value's message offers, where not every valid value is still given.
OFFERED = {"verdict": VERDICT_SCALE}
# A rating, which a reader may take as the desk's word: it needs its explanation.
RATINGS = frozenset(Verdict.values) - {Verdict.UNREVIEWED, Verdict.CHECKING}
ONLY_CURATORS = "Only curators give verdicts: a claim stays unreviewed until a curator checks it."
LINKED = "This claim's verdict is given on its claim page, once for every article that states it."


def check_verdict(current: str, verdict: str, explanation: str, *, field: str) -> None:
    """A verdict given where ``current`` stood (``field``: where the explanation is typed).

    Any step is allowed except back to unreviewed once a claim was looked at; a rating
    (not unreviewed or checking) needs its explanation."""
    current = current or Verdict.UNREVIEWED
    if verdict not in VERDICT_SCALE and verdict != current:
        label = Verdict(verdict).label if verdict in Verdict.values else verdict
        raise AnnotationError(
            f"{label} is no longer given; choose one of "
            f"{', '.join(Verdict(v).label.lower() for v in VERDICT_SCALE)}.",
            field="verdict",
        )
    if verdict == Verdict.UNREVIEWED and current != Verdict.UNREVIEWED:
        raise AnnotationError(
            "A claim once looked at goes back to checking, not to unreviewed.", field="verdict"
        )
    if verdict in RATINGS and not explanation.strip():
        raise AnnotationError(
            "Say why: a verdict needs its rating explanation, which readers see with it.",
            field=field,
        )


def check_claim_tag(
    *, curator: bool, linked: bool, before_kind: str | None, before: tuple[str, str], tag: Tag
) -> None:
    """What a tag may change of a claim's verdict (``before``: verdict and note as they
    stand, or ("", "") for a new annotation). The verdict is the curators': an annotator's
    tag keeps it as it is (PermissionDenied otherwise). A claim linked to a ``Claim`` takes
    its verdict from there, and stays a claim while linked."""
    if linked and tag.kind != Annotation.Kind.CLAIM:
        raise AnnotationError(
            "This claim is linked to a claim page: unlink it there before changing its kind.",
            field="kind",
        )
    if tag.kind != Annotation.Kind.CLAIM:
        return
    current = before[0] if before_kind == Annotation.Kind.CLAIM else ""
    note = before[1] if before_kind == Annotation.Kind.CLAIM else ""
    if (tag.verdict, tag.verdict_note) == (current or Verdict.UNREVIEWED, note):
        return
    if not curator:
        raise PermissionDenied(ONLY_CURATORS)
    if linked:
        raise AnnotationError(LINKED, field="verdict", code="claim_linked")
    check_verdict(current, tag.verdict, tag.verdict_note, field="verdict_note")


# --- where it is ---------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    start: int
    end: int
    quote: TextQuoteSelector
    method: str


def check_selection(
    text: str,
    *,
    start: int | None,
    end: int | None,
    exact: str | None,
    prefix: str = "",
    suffix: str = "",
) -> Selection:
    """The span a client selected, checked against the current text.

    Offsets must lie inside the text. When ``exact`` no longer matches them (the article
    was revised while the page was open) the quote is looked up instead; a quote that is
    not in the text verbatim is refused rather than guessed at.
    """
    _check_length(exact or "", MAX_EXACT, "exact")
    for name, context in (("prefix", prefix), ("suffix", suffix)):
        if len(context) > MAX_CONTEXT:
            raise AnnotationError(
                f"The {name} may hold at most {MAX_CONTEXT} characters of context "
                f"(it has {len(context):,}); 32 are enough to tell places apart.",
                field=name,
            )
    if start is not None or end is not None:
        if start is None or end is None:
            raise AnnotationError("Give both start and end of the selection.", field="start")
        if start < 0 or end > len(text):
            raise AnnotationError(
                f"The selection {start}–{end} lies outside the article text (0–{len(text)}).",
                field="start",
            )
        if start >= end:
            raise AnnotationError(
                "The selection is empty: start must be before end.", field="start"
            )
        if exact is None or text[start:end] == exact:
            quote, _ = describe(text, start, end)
            return Selection(start, end, quote, "position")
    if not exact or not exact.strip():
        raise AnnotationError("Select some text to annotate.", field="exact")
    position = TextPositionSelector(start, end) if start is not None else None
    anchor = anchoring.find(text, TextQuoteSelector(exact, prefix, suffix), position)
    if anchor.orphaned:
        raise AnnotationError(
            "The selected text is not in the current version of the article; "
            "reload the page and select it again.",
            field="exact",
            code="not_found",
        )
    quote, _ = describe(text, anchor.start, anchor.end)
    return Selection(anchor.start, anchor.end, quote, anchor.method)
