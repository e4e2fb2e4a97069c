"""The entity registry's forms: a curator's edit of an entity, a merge of two."""

from __future__ import annotations

from django import forms

from annotations.models import Entity


class EntityEditForm(forms.Form):
    kind = forms.ChoiceField(choices=Entity.Kind.choices)
    aliases = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One per line: other names, spellings, abbreviations.",
        max_length=20_000,
    )
    wikidata_id = forms.CharField(
        label="Wikidata id",
        required=False,
        max_length=20,
        help_text="Like Q7747 (leave empty if unknown).",
    )

    def alias_list(self) -> list[str]:
        return [line for line in self.cleaned_data.get("aliases", "").splitlines() if line.strip()]


class MergeForm(forms.Form):
    """Which of two entities survives (the other is merged into it)."""

    survivor = forms.TypedChoiceField(coerce=int, widget=forms.RadioSelect)

    def __init__(self, *args, pair: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].choices = [(pk, str(pk)) for pk in pair]
