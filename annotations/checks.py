"""What annotation writes accept: the fields of each kind and where a selection lies.

``check_tag`` and ``check_selection`` hold every rule and limit themselves, so the reader
UI's forms (which say the same limits to people) and the API (which has no form) cannot
disagree. A refusal is an ``AnnotationError`` naming the field it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotations.anchoring import TextPositionSelector, TextQuoteSelector, describe, locate
from annotations.models import Annotation, Entity


class AnnotationError(Exception):
    """Input we refuse, with a message for the person and the field it concerns."""

    def __init__(self, message: str, *, field: str | None = None, code: str = "invalid"):
        super().__init__(message)
        self.message, self.field, self.code = message, field, code


# --- the fields of each kind ---------------------------------------------------------


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


# The longest text each field takes (the forms say the same to people).
MAX_NOTE = 10_000
MAX_CUE = 200
MAX_EXACT = 20_000
MAX_CONTEXT = 1_000


def _check_length(value: str, limit: int, name: str) -> str:
    if len(value) > limit:
        raise AnnotationError(
            f"Ensure this value has at most {limit} characters (it has {len(value)}).",
            field=name,
        )
    return value


def _checked_text(tag: Tag, name: str, limit: int) -> str:
    return _check_length(getattr(tag, name).strip(), limit, name)


def _check_choice(value: str, choices, name: str) -> None:
    if value and value not in choices.values:
        raise AnnotationError(
            f"Unknown {name.replace('_', ' ')} {value!r}; use one of {', '.join(choices.values)}.",
            field=name,
        )


def check_tag(tag: Tag) -> Tag:
    """Kind-specific rules and field limits; returns the tag, texts stripped and the other
    kinds' fields cleared."""
    if tag.kind not in Annotation.Kind.values:
        raise AnnotationError(
            f"Unknown kind {tag.kind!r}; use claim, entity or quote.", field="kind"
        )
    _check_choice(tag.verdict, Annotation.Verdict, "verdict")
    _check_choice(tag.quote_type, Annotation.QuoteType, "quote_type")
    tag = replace(
        tag,
        note=_checked_text(tag, "note", MAX_NOTE),
        verdict_note=_checked_text(tag, "verdict_note", MAX_NOTE),
        quote_cue=_checked_text(tag, "quote_cue", MAX_CUE),
    )
    if tag.kind == Annotation.Kind.ENTITY:
        if tag.entity is None:
            raise AnnotationError("Choose or create the entity this text names.", field="entity")
        return Tag(kind=tag.kind, entity=tag.entity, note=tag.note)
    if tag.kind == Annotation.Kind.QUOTE:
        if tag.speaker is not None and not tag.speaker.can_speak:
            kind = tag.speaker.get_kind_display().lower()
            raise AnnotationError(
                f"A speaker must be a person or an organization, not a {kind}.",
                field="speaker",
            )
        return Tag(
            kind=tag.kind,
            speaker=tag.speaker,
            quote_cue=tag.quote_cue,
            quote_type=tag.quote_type or Annotation.QuoteType.DIRECT,
            note=tag.note,
        )
    if tag.claimant is not None and not tag.claimant.can_speak:
        raise AnnotationError("A claimant must be a person or an organization.", field="claimant")
    return Tag(
        kind=tag.kind,
        claimant=tag.claimant,
        verdict=tag.verdict or Annotation.Verdict.UNREVIEWED,
        verdict_note=tag.verdict_note,
        note=tag.note,
    )


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
    _check_length(prefix, MAX_CONTEXT, "prefix")
    _check_length(suffix, MAX_CONTEXT, "suffix")
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
    anchor = locate(text, TextQuoteSelector(exact, prefix, suffix), position)
    if anchor.method not in ("position", "quote"):
        raise AnnotationError(
            "The selected text is not in the current version of the article; "
            "reload the page and select it again.",
            field="exact",
            code="not_found",
        )
    quote, _ = describe(text, anchor.start, anchor.end)
    return Selection(anchor.start, anchor.end, quote, anchor.method)
