"""Clean articles again from their raw text, as the admin action "Re-clean from raw" does."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from newsroom.ingest import IngestError, article_reclean, reclean_message
from newsroom.models import Article, Publication


class Command(BaseCommand):
    help = (
        "Re-clean the selected articles from their page's raw text (after the cleaner "
        "improved): a new revision where the result differs, annotations carried over."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--slug",
            dest="slugs",
            action="extend",
            nargs="+",
            default=[],
            metavar="SLUG",
            help="An article to re-clean (repeatable).",
        )
        parser.add_argument(
            "--publication", metavar="SLUG", help="Every article of this publication."
        )
        parser.add_argument("--all", dest="everything", action="store_true", help="Every article.")

    def selection(self, slugs: list[str], publication: str | None, everything: bool):
        if everything:
            return Article.objects.all()
        if not (slugs or publication):
            raise CommandError("Say which articles: --slug SLUG ..., --publication SLUG or --all.")
        missing = set(slugs) - set(
            Article.objects.filter(slug__in=slugs).values_list("slug", flat=True)
        )
        if missing:
            raise CommandError(f"No article with the slug {', '.join(sorted(missing))}.")
        if publication and not Publication.objects.filter(slug=publication).exists():
            raise CommandError(f"No publication with the slug {publication}.")
        chosen = Article.objects.filter(slug__in=slugs)
        if publication:
            chosen = chosen | Article.objects.filter(publication__slug=publication)
        return chosen

    def handle(
        self, *args, slugs: list[str], publication: str | None, everything: bool, **options
    ) -> None:
        articles = self.selection(slugs, publication, everything)
        # One transaction per article (inside article_reclean): one that fails leaves the
        # others re-cleaned. The memo cleans each page once for all its articles; taken in
        # page order, a finished page's result is let go.
        memo: dict = {}
        revised = unchanged = failed = 0
        for article in articles.select_related("page").order_by("page_id", "pk").iterator():
            if article.page_id not in memo:
                memo.clear()
            try:
                result = article_reclean(article=article, memo=memo)
            except IngestError as exc:
                failed += 1
                self.stderr.write(f"“{article}”: not re-cleaned — {exc}")
                continue
            if result.revision is None:
                unchanged += 1
            else:
                revised += 1
            self.stdout.write(reclean_message(article, result))
        done = revised + unchanged
        self.stdout.write(
            f"Re-cleaned {done} article{'' if done == 1 else 's'}: {revised} with a new "
            f"revision, {unchanged} unchanged; {failed} could not be re-cleaned."
        )
        if failed:
            raise CommandError(f"{failed} article{'' if failed == 1 else 's'} not re-cleaned.")
