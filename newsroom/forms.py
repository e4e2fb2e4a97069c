"""Parse and validate what staff submit; the checks on the text itself live in ingest.py."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.core.files.uploadedfile import UploadedFile

from newsroom.ingest import IngestError, check_size


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


class IngestForm(forms.Form):
    PREVIEW, DRAFT, PUBLISH = "preview", "draft", "publish"

    text = forms.CharField(required=False, strip=False, widget=forms.Textarea)
    publication = forms.CharField(required=False, max_length=200)
    action = forms.ChoiceField(
        required=False,
        choices=[(PREVIEW, "Preview"), (DRAFT, "Save as draft"), (PUBLISH, "Save and publish")],
    )

    def clean_text(self) -> str:
        # Browsers send a textarea's line breaks as CRLF whatever was pasted.
        return self.cleaned_data["text"].replace("\r\n", "\n")

    def clean_action(self) -> str:
        return self.cleaned_data["action"] or self.PREVIEW

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
