"""The assignment pages' forms: which articles to list, and whom to give them to."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, QuerySet

from annotations.assignments import HEAVY, annotators
from annotations.models import Assignment
from newsroom.models import Article, Publication


class _Form(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class ArticleFilterForm(_Form):
    """What narrows the curators' list of articles; every field is optional, and a bad
    value is ignored."""

    q = forms.CharField(required=False, max_length=200, label="Headline has")
    publication = forms.ModelChoiceField(
        queryset=Publication.objects.only("slug", "name").order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label="Any publication",
    )
    annotator = forms.CharField(
        required=False,
        max_length=150,
        label="Assigned to",
        widget=forms.TextInput(attrs={"placeholder": "user name"}),
    )
    unassigned = forms.BooleanField(required=False, label="Only articles nobody has")
    needs_review = forms.BooleanField(required=False, label="Only articles that need review")

    def articles(self) -> QuerySet[Article]:
        """The articles the valid fields ask for, newest first (an invalid field is
        dropped, the others still apply)."""
        found = Article.objects.select_related("publication").defer(*HEAVY)
        if not self.is_bound:
            return found
        self.is_valid()
        data = self.cleaned_data
        if data.get("q"):
            found = found.filter(headline__icontains=data["q"].strip())
        if data.get("publication"):
            found = found.filter(publication=data["publication"])
        if data.get("annotator"):
            username = f"annotator__{get_user_model().USERNAME_FIELD}"
            found = found.filter(
                Exists(
                    Assignment.objects.current().filter(
                        article=OuterRef("pk"), **{username: data["annotator"].strip()}
                    )
                )
            )
        if data.get("unassigned"):
            found = found.filter(
                ~Exists(Assignment.objects.current().filter(article=OuterRef("pk")))
            )
        if data.get("needs_review"):
            found = found.filter(needs_review=True)
        return found


class AnnotatorsField(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=annotators(),
            to_field_name=get_user_model().USERNAME_FIELD,
            error_messages={
                "required": "Choose at least one annotator.",
                "invalid_choice": "“%(value)s” cannot annotate, so cannot be given articles.",
            },
            **kwargs,
        )

    def label_from_instance(self, obj) -> str:
        full = obj.get_full_name()
        return f"{obj.get_username()} ({full})" if full else obj.get_username()


class AssignForm(_Form):
    """Give the chosen articles to the chosen annotators."""

    articles = forms.ModelMultipleChoiceField(
        queryset=Article.objects.only("pk", "headline", "status"),
        error_messages={
            "required": "Choose at least one article.",
            "invalid_choice": "An article chosen no longer exists.",
        },
    )
    annotators = AnnotatorsField(widget=forms.CheckboxSelectMultiple)
    due_on = forms.DateField(
        required=False, label="Due", widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(required=False, max_length=2000, label="Note for the annotators")

    def errors_in_words(self) -> str:
        return " ".join(str(error) for errors in self.errors.values() for error in errors)
