"""Export annotations: W3C Web Annotation, doccano JSONL, brat standoff, CSV, or the
claims' verdicts as schema.org ClaimReview."""

from __future__ import annotations

import os
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from annotations.export import (
    FORMATS,
    Selection,
    export_stream,
    selected_articles,
    selected_claims,
)
from annotations.iris import Links
from newsroom.models import Article, Publication

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
PROGRESS_EVERY = 50  # articles between progress lines


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{value!r} is not a date like 2025-09-04.") from None


class Command(BaseCommand):
    help = (
        "Export the live annotations of a selection (every status; never deleted ones) as "
        "w3c (a zip of an AnnotationCollection and its pages), doccano (JSONL), brat (a "
        "zip of .txt/.ann files and annotation.conf), csv, or claimreview (schema.org "
        "ClaimReview JSON-LD for each claim with a verdict that an annotation of the "
        "selection states). Writes as it reads; progress on stderr."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", required=True, choices=FORMATS)
        parser.add_argument("--article", metavar="SLUG", default="", help="Only this article.")
        parser.add_argument(
            "--publication", metavar="SLUG", default="", help="Only this publication's."
        )
        parser.add_argument("--since", metavar="DATE", help="Articles published on or after.")
        parser.add_argument("--until", metavar="DATE", help="Articles published on or before.")
        parser.add_argument(
            "--reviewed", action="store_true", help="Only the reviewed layer (accepted)."
        )
        parser.add_argument("--out", required=True, metavar="PATH", help="File to write.")
        parser.add_argument(
            "--base-url",
            default=DEFAULT_BASE_URL,
            help=(
                f"Scheme and host of the site, for IRIs and ClaimReview URLs "
                f"(default {DEFAULT_BASE_URL})."
            ),
        )

    def handle(self, *args, **options) -> None:
        selection = Selection(
            article=options["article"],
            publication=options["publication"],
            since=_date(options["since"]) if options["since"] else None,
            until=_date(options["until"]) if options["until"] else None,
            reviewed=options["reviewed"],
        )
        if selection.article and not Article.objects.filter(slug=selection.article).exists():
            raise CommandError(f"No article with the slug {selection.article!r}.")
        if (
            selection.publication
            and not Publication.objects.filter(slug=selection.publication).exists()
        ):
            raise CommandError(f"No publication with the slug {selection.publication!r}.")
        if selection.since and selection.until and selection.since > selection.until:
            raise CommandError("--since is after --until.")
        base = options["base_url"].rstrip("/")
        if options["format"] == "claimreview":
            total = selected_claims(selection).count()
            units = ("claims", "appearances")
        else:
            total = selected_articles(selection).count()
            units = ("articles", "annotations")
        out = options["out"]
        partial = f"{out}.partial"
        err = self.stderr

        def progress(done: int, parts: int) -> None:
            if done % PROGRESS_EVERY == 0 or done == total:
                err.write(f"{done}/{total} {units[0]}, {parts} {units[1]}")

        # Written beside the target and moved into place when whole: an interrupted
        # export never leaves a file that looks complete.
        try:
            with open(partial, "wb") as stream:
                for chunk in export_stream(
                    options["format"], selection, Links(base), progress=progress
                ):
                    stream.write(chunk)
            os.replace(partial, out)
        except BaseException:
            if os.path.exists(partial):
                os.remove(partial)
            raise
        self.stdout.write(f"Exported {selection.describe()} as {options['format']} to {out}.")
