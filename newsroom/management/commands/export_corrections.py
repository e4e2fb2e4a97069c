"""Write every corrected article's page as a cleaning case: NAME.raw.txt + NAME.expected.json."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_slug
from django.db.models import F, Prefetch
from django.utils.dateparse import parse_date

from newsroom.models import Article, ArticleRevision, Page
from newsroom.text.cleaning_case import expected_case
from newsroom.text.document import PhotoText


def corrected_pages(since=None):
    """The pages holding an article whose current revision carries corrections, each with
    its articles in reading order."""
    current = ArticleRevision.objects.filter(number=F("article__revision")).exclude(corrections=[])
    if since is not None:
        current = current.filter(created_at__date__gte=since)
    articles = Article.objects.order_by("line_start", "pk").prefetch_related("photos")
    return (
        Page.objects.filter(articles__revisions__in=current)
        .distinct()
        .order_by("pk")
        .prefetch_related(Prefetch("articles", articles))
    )


def page_case(page: Page) -> tuple[str, dict]:
    """The case's name (the first story's slug) and its expected JSON."""
    articles = list(page.articles.all())
    stories = [
        (a.content, {p.order: PhotoText(p.caption, p.credit) for p in a.photos.all()})
        for a in articles
    ]
    source = {
        "page": page.pk,
        "source_name": page.source_name,
        "articles": [{"slug": a.slug, "revision": a.revision} for a in articles],
        "notes": "Exported from the stored articles as curators corrected them.",
    }
    expected = expected_case(
        stories,
        language=(page.flags or {}).get("language"),
        outside=page.outside,
        removed=page.removed,
        source=source,
    )
    return articles[0].slug, expected


def _stories(count: int) -> str:
    return f"{count} stor{'y' if count == 1 else 'ies'}"


class Command(BaseCommand):
    help = (
        "Write each corrected article's page as a cleaning case (NAME.raw.txt, the raw text "
        "byte for byte, and NAME.expected.json) in DIR, for the evaluation kit's score.py."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("dir", help="Folder to write the cases to (made if missing).")
        parser.add_argument(
            "--since",
            help="Only articles whose current revision was made on or after this date "
            "(YYYY-MM-DD).",
        )

    def handle(self, *args, dir: str, since: str | None = None, **options) -> None:
        since_date = None
        if since is not None:
            try:
                since_date = parse_date(since)
            except ValueError:
                since_date = None
            if since_date is None:
                raise CommandError(f"--since {since!r}: not a date; write it as YYYY-MM-DD.")
        folder = Path(dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError as exc:
            raise CommandError(f"{dir}: exists and is not a folder.") from exc
        except OSError as exc:
            raise CommandError(f"{dir}: cannot make the folder ({exc.strerror or exc}).") from exc

        written = stories = 0
        for page in corrected_pages(since_date):
            name, expected = page_case(page)
            try:
                validate_slug(name)  # it becomes a file name
            except ValidationError as exc:
                raise CommandError(f"Page {page.pk}: {name!r} cannot name a file.") from exc
            raw = folder / f"{name}.raw.txt"
            try:
                # Bytes, so no newline is translated: the file is the stored text exactly.
                raw.write_bytes(page.raw_text.encode("utf-8"))
                body = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
                (folder / f"{name}.expected.json").write_bytes(body.encode("utf-8"))
            except OSError as exc:
                raise CommandError(f"{raw}: cannot write ({exc.strerror or exc}).") from exc
            count = len(expected.get("stories") or [expected])
            written += 1
            stories += count
            self.stdout.write(f"{name}: {_stories(count)}")
        self.stdout.write(
            f"Wrote {written} case{'' if written == 1 else 's'} ({_stories(stories)}) to {folder}."
        )
