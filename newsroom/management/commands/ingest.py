"""Ingest raw OCR text files: each a page, one article per story, one transaction per file.

Idempotent: a file whose text is already stored is reported (with its articles) and
skipped. A bad file is reported and the others still go in; the exit status is non-zero
if any failed. A story the cleaner doubts is saved as a draft marked *needs review*, even
with --publish, and the report says why.
"""

from __future__ import annotations

import logging
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.ingest import IngestError, IngestResult, ingest_bytes
from newsroom.models import Article
from newsroom.text.flags import weaknesses

logger = logging.getLogger(__name__)


def expand(paths: list[str]) -> list[Path]:
    """Files as given; a directory stands for the ``*.txt`` files in it."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return files


class Command(BaseCommand):
    help = (
        "Clean raw OCR text files (one printed page each) and save one article per story "
        "(drafts unless --publish)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE", help="Raw text files or folders.")
        parser.add_argument(
            "--publication", help="Publication name (default: the one the cleaner finds)."
        )
        parser.add_argument("--publish", action="store_true", help="Publish right away.")

    def handle(self, *args, files: list[str], publication=None, publish=False, **options):
        status = Article.Status.PUBLISHED if publish else Article.Status.DRAFT
        paths = expand(files)
        counts = {"ok": 0, "already": 0, "failed": 0, "articles": 0, "review": 0}
        try:
            for n, path in enumerate(paths, 1):
                self._one(f"[{n}/{len(paths)}] {path}:", path, publication, status, counts)
        finally:
            # Also after Ctrl-C: what went in before it is worth knowing.
            self.stdout.write(
                f"{len(paths)} file(s): {counts['ok']} ingested, "
                f"{counts['already']} already ingested, {counts['failed']} failed. "
                f"{counts['articles']} article(s) made, {counts['review']} to review."
            )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {len(paths)} file(s) failed.")

    def _one(self, prefix: str, path: Path, publication, status: str, counts: dict) -> None:
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
            return
        except IngestError as exc:
            counts["failed"] += 1
            self.stderr.write(f"{prefix} FAILED: {exc}")
            return
        except Exception as exc:
            # A fault of ours, not of the file: one file must not stop the batch. Its
            # transaction was rolled back, so nothing of it is stored; the traceback is
            # logged for whoever fixes it.
            counts["failed"] += 1
            self.stderr.write(
                f"{prefix} FAILED: an unexpected error ({type(exc).__name__}); nothing of "
                "this file was saved and the error was logged."
            )
            logger.exception("Ingesting %s failed", path)
            return
        stories = len(result.articles)
        made = f"{stories} stor{'y' if stories == 1 else 'ies'}, {stories} article(s)"
        if result.created:
            counts["ok"] += 1
            counts["articles"] += stories
            note = f" [{result.page.decode_note}]" if result.page.decode_note else ""
            self.stdout.write(f"{prefix} ok — {made}{note}")
        else:
            counts["already"] += 1
            self.stdout.write(f"{prefix} already ingested — {made}")
        for article in result.articles:
            self.stdout.write(f"    {self._line(article, result)}")
            counts["review"] += result.created and article.needs_review

    def _line(self, article: Article, result: IngestResult) -> str:
        line = (
            f"lines {article.line_start}–{article.line_end}: {article.headline} "
            f"({article.get_absolute_url()}, {article.get_status_display().lower()})"
        )
        if result.created and article.needs_review:
            flags = article.revisions.get(number=article.revision).flags
            held = " instead of published" if article in result.held_back else ""
            line += f" — a draft{held}, needs review: {' '.join(weaknesses(flags))}"
        return line
