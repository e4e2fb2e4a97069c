"""/curate/export/: curators download an export (``annotations.export``), streamed.

The form is a GET (a download changes nothing); a valid one is answered with the file
as it is made, an invalid one with the form and its errors.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from annotations import permissions
from annotations.api_http import links_for
from annotations.export import CONTENT_TYPES, EXTENSIONS, Selection, export_stream
from newsroom.models import Article, Publication

FORMAT_CHOICES = [
    ("w3c", "W3C Web Annotation (zip of JSON-LD pages)"),
    ("doccano", "doccano JSONL"),
    ("brat", "brat standoff (zip)"),
    ("csv", "CSV"),
    ("claimreview", "schema.org ClaimReview (JSON-LD; claims with a verdict)"),
]


class ExportForm(forms.Form):
    format = forms.ChoiceField(choices=FORMAT_CHOICES)
    # A slug typed in, not a list: an archive has too many articles for a select.
    article = forms.SlugField(
        required=False, max_length=120, label="Article (its slug; empty for every article)"
    )
    publication = forms.ModelChoiceField(
        queryset=Publication.objects.only("slug", "name").order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label="Every publication",
    )
    since = forms.DateField(required=False, label="Published on or after")
    until = forms.DateField(required=False, label="Published on or before")
    reviewed = forms.BooleanField(required=False, label="Only the reviewed layer (accepted)")

    def clean_article(self) -> str:
        slug = self.cleaned_data["article"]
        if slug and not Article.objects.filter(slug=slug).exists():
            raise forms.ValidationError("There is no article with this slug.")
        return slug

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", "The range ends before it starts.")
        return data

    def selection(self) -> Selection:
        data = self.cleaned_data
        return Selection(
            article=data["article"],
            publication=data["publication"].slug if data["publication"] else "",
            since=data["since"],
            until=data["until"],
            reviewed=data["reviewed"],
        )


@require_GET
@login_required
def export(request):
    if not permissions.can_curate(request.user):
        raise PermissionDenied("Exports are for curators.")
    form = ExportForm(request.GET if "format" in request.GET else None)
    if not form.is_valid():
        return render(request, "annotations/export.html", {"form": form})
    fmt = form.cleaned_data["format"]
    name = f"newsroom-annotations-{timezone.now():%Y%m%d-%H%M%S}.{EXTENSIONS[fmt]}"
    return StreamingHttpResponse(
        export_stream(fmt, form.selection(), links_for(request)),
        content_type=CONTENT_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
