"""Ingest raw OCR text files as articles, one transaction per file.

Idempotent: a file whose text is already stored is reported and skipped. A bad file is
reported and the others still go in; the exit status is non-zero if any failed.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.ingest import IngestError, ingest_bytes
from newsroom.models import Article


def expand(paths: list[str]) -> list[Path]:
    """Files as given; a directory stands for the ``*.txt`` files in it."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return files


class Command(BaseCommand):
    help = "Clean raw OCR text files and save them as articles (drafts unless --publish)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE", help="Raw text files or folders.")
        parser.add_argument(
            "--publication", help="Publication name (default: the one the cleaner finds)."
        )
        parser.add_argument("--publish", action="store_true", help="Publish right away.")

    def handle(self, *args, files: list[str], publication=None, publish=False, **options):
        status = Article.Status.PUBLISHED if publish else Article.Status.DRAFT
        paths = expand(files)
        counts = {"ok": 0, "already": 0, "failed": 0}
        for n, path in enumerate(paths, 1):
            prefix = f"[{n}/{len(paths)}] {path}:"
            try:
                result = ingest_bytes(
                    path.read_bytes(),
                    publication_name=publication,
                    source_name=path.name,
                    status=status,
                )
            except OSError as exc:
                counts["failed"] += 1
                self.stderr.write(f"{prefix} FAILED: cannot read it ({exc.strerror or exc})")
                continue
            except IngestError as exc:
                counts["failed"] += 1
                self.stderr.write(f"{prefix} FAILED: {exc}")
                continue
            article = result.article
            where = f"{article.headline} ({article.get_absolute_url()})"
            if result.created:
                counts["ok"] += 1
                note = f" [{article.decode_note}]" if article.decode_note else ""
                self.stdout.write(f"{prefix} ok — {where}{note}")
            else:
                counts["already"] += 1
                self.stdout.write(f"{prefix} already ingested — {where}")
        self.stdout.write(
            f"{len(paths)} file(s): {counts['ok']} ingested, "
            f"{counts['already']} already ingested, {counts['failed']} failed."
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {len(paths)} file(s) failed.")
