"""Load the demo newsroom: the sample page (one article per story), a curator and two
annotators.

Other apps add their own demo data when ``demo_loaded`` is sent (the annotations app
assigns articles to the annotators).

Idempotent: the page is ingested once (by content hash) and accounts are created
once. Passwords are generated when an account is created and printed that one time;
``--reset-passwords`` makes and prints new ones.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.dispatch import Signal

from newsroom.ingest import IngestError, ingest_text
from newsroom.models import Article
from newsroom.roles import ensure_roles, make_annotator, make_curator

# Sent with the demo's articles, its accounts by user name and a ``write(line)`` for what
# the receiver added; inside the command's transaction.
demo_loaded = Signal()

DEMO_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "demo"
DEMO_ARTICLES = ["moscow-times-coalition-of-the-willing.raw.txt"]
DEMO_ACCOUNTS = [
    ("curator", "curator", "Casey", "Curator"),
    ("annotator1", "annotator", "Ana", "Annotator"),
    ("annotator2", "annotator", "Ben", "Annotator"),
]


def new_password() -> str:
    return secrets.token_urlsafe(12)


class Command(BaseCommand):
    help = "Load the sample article and create demo accounts (idempotent)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo accounts new passwords and print them.",
        )

    @transaction.atomic
    def handle(self, *args, reset_passwords: bool = False, **options) -> None:
        ensure_roles()
        articles = []
        for name in DEMO_ARTICLES:
            path = DEMO_DIR / name
            try:
                result = ingest_text(
                    path.read_text(encoding="utf-8"),
                    source_name=name,
                    status=Article.Status.PUBLISHED,
                )
            except IngestError as exc:
                raise CommandError(f"{name}: {exc}") from exc
            verb = "Loaded" if result.created else "Already loaded"
            articles.extend(result.articles)
            for article in result.articles:
                review = " — a draft: it needs review" if article.needs_review else ""
                self.stdout.write(
                    f"{verb}: {article.headline} ({article.get_absolute_url()}){review}"
                )

        User = get_user_model()
        rows = []
        users = {}
        for username, role, first, last in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"first_name": first, "last_name": last}
            )
            password = None
            if created or reset_passwords:
                password = new_password()
                user.set_password(password)
                user.save()
            if role == "curator":
                make_curator(user)
            else:
                make_annotator(user)
            rows.append((username, role, password))
            users[username] = user

        demo_loaded.send(Command, articles=articles, users=users, write=self.stdout.write)

        self.stdout.write("\nDemo accounts:")
        for username, role, password in rows:
            shown = password or "(unchanged — run `manage.py demo --reset-passwords` for a new one)"
            self.stdout.write(f"  {role:<10} {username:<11} {shown}")
