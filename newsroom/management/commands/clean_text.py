"""Print the cleaned structure of one raw OCR text file as JSON (nothing is saved)."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.ingest import IngestError, clean_checked, decode_upload


class Command(BaseCommand):
    help = "Clean one raw OCR text file and print the article as JSON; nothing is saved."
    # Cleaning needs neither the database nor the system checks; this runs once per file
    # when the cleaner is scored, so start-up time counts.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="A raw OCR text file (any encoding; UTF-8 preferred).")

    def handle(self, *args, path: str, **options) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror or exc}") from exc
        try:
            text, note = decode_upload(data)
            cleaned = clean_checked(text)
        except IngestError as exc:
            raise CommandError(f"{path}: {exc}") from exc
        if note:
            self.stderr.write(f"{path}: {note}")
        self.stdout.write(json.dumps(cleaned.to_json(), ensure_ascii=False, indent=2))
