"""The claims pages' forms: the filters of the list, a curator's verdict, a link."""

from __future__ import annotations

from django import forms

from annotations.models import Annotation
from annotations.tag_rules import LIMITS, VERDICT_SCALE

Verdict = Annotation.Verdict


class ClaimFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search the claims")
    verdict = forms.ChoiceField(
        required=False, choices=[("", "Any verdict"), *Verdict.choices], label="Verdict"
    )
    claimant = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, *args, claimants=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["claimant"].choices = [("", "Anyone"), *((e.pk, e.name) for e in claimants)]


class VerdictForm(forms.Form):
    verdict = forms.ChoiceField(label="Verdict")
    explanation = forms.CharField(
        label="Rating explanation",
        required=False,
        max_length=LIMITS["verdict_note"],
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What the evidence shows, in a sentence or two: readers see it with the verdict.",
    )

    def __init__(self, *args, current: str = Verdict.UNREVIEWED, **kwargs):
        super().__init__(*args, **kwargs)
        # The scale, and a verdict no longer given if the claim still has it.
        offered = [v for v in VERDICT_SCALE if v != Verdict.UNREVIEWED or current == v]
        if current not in offered:
            offered.insert(0, current)
        self.fields["verdict"].choices = [(v, Verdict(v).label) for v in offered]


class AnnotationChoiceForm(forms.Form):
    """One claim annotation, by id: to link, unlink or open a claim page for."""

    annotation = forms.UUIDField()
