"""Parse what people submit (reader forms, API bodies) into service inputs."""

from __future__ import annotations

from django import forms

from annotations.checks import MAX_CONTEXT, MAX_CUE, MAX_EXACT, MAX_NOTE, Tag
from annotations.models import Annotation, Entity


class TagForm(forms.Form):
    """The kind and its fields; entities by id. Shared by the reader UI and the API."""

    kind = forms.ChoiceField(choices=Annotation.Kind.choices)
    entity = forms.ModelChoiceField(queryset=Entity.objects.all(), required=False)
    speaker = forms.ModelChoiceField(queryset=Entity.objects.all(), required=False)
    quote_cue = forms.CharField(max_length=MAX_CUE, required=False)
    quote_type = forms.ChoiceField(
        choices=[("", "—"), *Annotation.QuoteType.choices], required=False
    )
    claimant = forms.ModelChoiceField(queryset=Entity.objects.all(), required=False)
    verdict = forms.ChoiceField(choices=[("", "—"), *Annotation.Verdict.choices], required=False)
    verdict_note = forms.CharField(max_length=MAX_NOTE, required=False)
    note = forms.CharField(max_length=MAX_NOTE, required=False)

    def tag(self) -> Tag:
        data = self.cleaned_data
        return Tag(
            kind=data["kind"],
            entity=data.get("entity"),
            speaker=data.get("speaker"),
            quote_cue=data.get("quote_cue") or "",
            quote_type=data.get("quote_type") or "",
            claimant=data.get("claimant"),
            verdict=data.get("verdict") or "",
            verdict_note=data.get("verdict_note") or "",
            note=data.get("note") or "",
        )


class SelectionForm(forms.Form):
    """Where the annotation goes: offsets into the document text and the quote seen there."""

    start = forms.IntegerField(required=False, min_value=0)
    end = forms.IntegerField(required=False, min_value=0)
    exact = forms.CharField(max_length=MAX_EXACT, strip=False)
    prefix = forms.CharField(max_length=MAX_CONTEXT, required=False, strip=False)
    suffix = forms.CharField(max_length=MAX_CONTEXT, required=False, strip=False)


class EntityForm(forms.Form):
    name = forms.CharField(max_length=200)
    entity_kind = forms.ChoiceField(choices=Entity.Kind.choices)
    aliases = forms.CharField(max_length=2000, required=False, help_text="Comma-separated.")
    wikidata_id = forms.RegexField(
        regex=r"^\s*[Qq][1-9][0-9]*\s*$",
        required=False,
        error_messages={"invalid": "A Wikidata id looks like Q7747."},
    )
    description = forms.CharField(max_length=2000, required=False)

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.cleaned_data.get("aliases", "").split(",") if a.strip()]


class ReplyForm(forms.Form):
    text = forms.CharField(max_length=10_000)


class VersionForm(forms.Form):
    """The version an edit was made on (optimistic concurrency)."""

    version = forms.IntegerField(min_value=1)


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Annotation.Status.choices)
