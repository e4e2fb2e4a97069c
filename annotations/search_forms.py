"""The search page's filters: every parameter checked, a bad one a form error."""

from __future__ import annotations

from django import forms

from annotations.models import Annotation
from annotations.registry import visible_entities
from newsroom.forms import DateRangeForm
from newsroom.models import Publication

MAX_QUERY = 200


class SearchForm(DateRangeForm):
    field_order = ["q", "tab", "publication", "date_from", "date_to"]

    q = forms.CharField(required=False, max_length=MAX_QUERY, label="Search")
    tab = forms.ChoiceField(
        required=False, choices=[("articles", "Articles"), ("annotations", "Annotations")]
    )
    publication = forms.ModelChoiceField(
        Publication.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label="Any publication",
    )
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status"), *Annotation.Status.choices]
    )
    kind = forms.ChoiceField(required=False, choices=[("", "Any kind"), *Annotation.Kind.choices])
    verdict = forms.ChoiceField(
        required=False, choices=[("", "Any verdict"), *Annotation.Verdict.choices]
    )
    # Set from an entity's page; a reader may name only an entity they may see.
    entity = forms.ModelChoiceField(
        None,
        required=False,
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": "There is no such entity to search for.",
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entity"].queryset = visible_entities(user)

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].replace("\x00", "").split())
