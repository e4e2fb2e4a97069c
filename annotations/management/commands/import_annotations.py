"""Import annotations from a W3C or doccano export onto the articles we have."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from annotations.importing import FORMATS, ImportFailed, import_annotations


class Command(BaseCommand):
    help = (
        "Import annotations (w3c: a zip from `export --format w3c`, or one JSON-LD "
        "collection, page, annotation or list; doccano: JSONL) onto existing articles, "
        "matched by target.source (w3c) or by text (doccano). All or nothing: a bad "
        "record is reported with its line or record and nothing is imported."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--format", required=True, choices=FORMATS)
        parser.add_argument(
            "--as", dest="username", required=True, metavar="USERNAME", help="Their author."
        )
        parser.add_argument(
            "--accepted",
            action="store_true",
            help="Import them accepted (the user must be a curator); else proposed.",
        )

    def handle(self, *args, **options) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path} is not a file.")
        User = get_user_model()
        user = User.objects.filter(**{User.USERNAME_FIELD: options["username"]}).first()
        if user is None:
            raise CommandError(f"No user {options['username']!r}.")
        try:
            made = import_annotations(
                path=path, fmt=options["format"], user=user, accepted=options["accepted"]
            )
        except PermissionDenied as error:
            raise CommandError(str(error)) from None
        except ImportFailed as failed:
            for problem in failed.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{path}: {failed}") from None
        articles = len({a.article_id for a in made})
        status = "accepted" if options["accepted"] else "proposed"
        self.stdout.write(
            f"Imported {len(made)} annotations onto {articles} articles, {status}, "
            f"as {user.get_username()}."
        )
