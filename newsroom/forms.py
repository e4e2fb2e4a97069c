"""Parse and validate what staff submit; the checks on the text itself live in ingest.py."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.core.files.uploadedfile import UploadedFile

from newsroom.ingest import IngestError, check_size
from newsroom.listing import ORDERS
from newsroom.models import Publication
from newsroom.text.flags import LANGUAGES


@dataclass(frozen=True)
class Upload:
    """One article's input: a chosen file or the pasted text (``name`` empty)."""

    name: str
    file: UploadedFile | None = None
    text: str | None = None

    @property
    def label(self) -> str:
        return self.name or "Pasted text"

    def read(self) -> bytes:
        """The bytes, refusing an oversized file before reading it into memory."""
        if self.file is None:
            return (self.text or "").encode("utf-8")
        check_size(self.file.size or 0)
        self.file.seek(0)
        return self.file.read()


@dataclass(frozen=True)
class SplitRequest:
    """What the form says about story boundaries (for a single text only)."""

    shown: list[int] | None = None  # the boundaries of the preview on screen
    by_curator: bool = False  # they were set by a person, not the cleaner
    digest: str = ""  # the SHA-256 of the text they were shown for
    typed: list[int] | None = None  # the start lines in the number inputs
    edit: str = ""  # the edit button pressed ("up-2", "merge-1", "split")
    split_at: int | None = None

    @property
    def changed(self) -> bool:
        """The person asked for boundaries other than those on screen."""
        return bool(self.edit) or (self.typed is not None and self.typed != self.shown)


# More story boundaries than this on one page is not a page.
MAX_STORIES = 500
MAX_LINE = 10_000_000


class LineNumbersField(forms.Field):
    """Several inputs of one name (``starts``), each a raw line number."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[int] | None:
        if not value:
            return None
        if len(value) > MAX_STORIES:
            raise forms.ValidationError("Too many stories.", code="too_many")
        numbers = []
        for item in value:
            try:
                number = int(str(item).strip())
            except ValueError:
                raise forms.ValidationError(
                    "Give the line each story starts at as a number.", code="not_a_number"
                ) from None
            if not 1 <= number <= MAX_LINE:
                raise forms.ValidationError(
                    "A story starts at a line number from 1 up.", code="out_of_range"
                )
            numbers.append(number)
        return numbers


class IngestForm(forms.Form):
    PREVIEW, DRAFT, PUBLISH = "preview", "draft", "publish"
    CORRECT = "correct"  # save as a draft and open the structure editor on it

    text = forms.CharField(required=False, strip=False, widget=forms.Textarea)
    publication = forms.CharField(required=False, max_length=200)
    action = forms.ChoiceField(
        required=False,
        choices=[
            (PREVIEW, "Preview"),
            (DRAFT, "Save as draft"),
            (CORRECT, "Save as draft and correct"),
            (PUBLISH, "Save and publish"),
        ],
    )
    # The story boundaries of the preview on screen, and who set them; what a person did
    # to them since (numbers typed, a button pressed). Checked against the text in
    # newsroom.ingest: a line number must be one of its lines.
    story_starts = forms.RegexField(
        regex=r"^[0-9]{1,8}(,[0-9]{1,8}){0,499}$", required=False, widget=forms.HiddenInput
    )
    story_by = forms.ChoiceField(
        required=False, choices=[("cleaner", "cleaner"), ("curator", "curator")]
    )
    story_digest = forms.RegexField(regex=r"^[0-9a-f]{64}$", required=False)
    starts = LineNumbersField(required=False)
    edit = forms.RegexField(regex=r"^(up|down|merge)-[0-9]{1,7}$|^split$", required=False)
    split_at = forms.IntegerField(required=False, min_value=1, max_value=MAX_LINE)

    def clean_text(self) -> str:
        # Browsers send a textarea's line breaks as CRLF whatever was pasted.
        return self.cleaned_data["text"].replace("\r\n", "\n")

    def clean_action(self) -> str:
        return self.cleaned_data["action"] or self.PREVIEW

    def clean_story_starts(self) -> list[int] | None:
        value = self.cleaned_data["story_starts"]
        if value is None or (value == "" and not self.data.get("story_by")):
            return None
        return [int(n) for n in value.split(",")] if value else []

    def split_request(self) -> SplitRequest:
        """What the form says about story boundaries (see newsroom.ingest_preview)."""
        data = self.cleaned_data
        return SplitRequest(
            shown=data.get("story_starts"),
            by_curator=data.get("story_by") == "curator",
            digest=data.get("story_digest") or "",
            typed=data.get("starts"),
            edit=data.get("edit") or "",
            split_at=data.get("split_at"),
        )

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("text") or ""
        files = self.files.getlist("files")
        if text and files:
            raise forms.ValidationError(
                "Paste a text or choose files, not both.", code="both_given"
            )
        if not files:
            if text:
                try:
                    check_size(len(text.encode("utf-8")), "text")
                except IngestError as exc:
                    raise forms.ValidationError(str(exc), code="too_large") from exc
            if not text.strip():
                message = (
                    "The text is empty."
                    if text
                    else "Paste the text of an article, or choose one or more .txt files."
                )
                raise forms.ValidationError(message, code="empty")
        return cleaned

    def uploads(self) -> list[Upload]:
        files = self.files.getlist("files")
        if files:
            return [Upload(f.name, file=f) for f in files]
        return [Upload("", text=self.cleaned_data["text"])]


class DateRangeForm(forms.Form):
    """A filter's date range, both ends optional and inclusive, the end not before the start."""

    date_from = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date is before the start date.")
        return cleaned


class ArticleListForm(DateRangeForm):
    """The article list's filters and order; a bad value is a form error, never a 500."""

    field_order = ["publication", "date_from", "date_to"]

    publication = forms.ModelChoiceField(
        Publication.objects.all(), required=False, to_field_name="slug", empty_label="Any"
    )
    language = forms.ChoiceField(
        required=False,
        choices=[("", "Any"), *sorted(LANGUAGES.items(), key=lambda c: c[1]), ("und", "Unknown")],
    )
    needs_review = forms.BooleanField(required=False, label="Needs review")
    sort = forms.ChoiceField(
        required=False,
        choices=[(name, name.capitalize()) for name in ORDERS],
        label="Order",
    )
    after = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
    before = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
