"""Parse what people submit in the reader UI into service inputs."""

from __future__ import annotations

from django import forms

from annotations.models import Annotation, Entity
from annotations.tag_rules import (
    KINDS,
    LIMITS,
    MAX_EXACT,
    OWNER,
    VERDICT_SCALE,
    AnnotationError,
    Tag,
    check_tag,
)


class TagForm(forms.Form):
    """The reader UI's tag form: the kind and its fields, entities by id.

    The fields only parse what was sent; ``tag_rules.check_tag`` judges it, as it judges
    what the API sends, so both say the same. The form's page sends the chosen kind's
    fields only (the other kinds' are disabled).
    """

    kind = forms.CharField()
    entity = forms.ModelChoiceField(queryset=Entity.objects.current(), required=False)
    speaker = forms.ModelChoiceField(queryset=Entity.objects.current(), required=False)
    quote_cue = forms.CharField(required=False)
    quote_type = forms.CharField(required=False)
    claimant = forms.ModelChoiceField(queryset=Entity.objects.current(), required=False)
    verdict = forms.CharField(required=False)
    verdict_note = forms.CharField(required=False)
    note = forms.CharField(required=False)

    # What the template offers.
    kind_choices = Annotation.Kind.choices
    quote_type_choices = Annotation.QuoteType.choices
    verdict_choices = Annotation.Verdict.choices
    limits = LIMITS

    def verdict_options(self) -> list[tuple[str, str]]:
        """The scale, in order, and a verdict no longer given where it still stands."""
        current = self["verdict"].value() or Annotation.Verdict.UNREVIEWED
        offered = list(VERDICT_SCALE)
        if current not in offered and current in Annotation.Verdict.values:
            offered.append(current)
        return [(value, Annotation.Verdict(value).label) for value in offered]

    def verdict_label(self) -> str:
        value = self["verdict"].value() or Annotation.Verdict.UNREVIEWED
        verdicts = dict(Annotation.Verdict.choices)
        return verdicts.get(value, value)

    def clean(self):
        data = super().clean()
        if not self.errors:
            try:
                self._tag = check_tag(
                    Tag(**{name: value for name, value in data.items() if value is not None})
                )
            except AnnotationError as refused:
                # Said beside the field, unless the field is another kind's, which the
                # page does not show.
                rules = KINDS.get(data["kind"])
                shown = refused.field in self.fields and OWNER.get(refused.field, rules) is rules
                self.add_error(refused.field if shown else None, refused.message)
        return data

    def tag(self) -> Tag:
        """The tag, once the form is valid."""
        return self._tag


class SelectionForm(forms.Form):
    """Where the annotation goes: offsets into the document text and the quote seen there."""

    start = forms.IntegerField(required=False, min_value=0)
    end = forms.IntegerField(required=False, min_value=0)
    exact = forms.CharField(max_length=MAX_EXACT, strip=False)
    # Their length is judged by check_selection, which says what the limit is for.
    prefix = forms.CharField(required=False, strip=False)
    suffix = forms.CharField(required=False, strip=False)


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
