"""Annotator agreement per article, per kind and per annotator pair (annotations.agreement)."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from annotations.agreement_report import STATISTIC, agreement_report, report_as_dict
from newsroom.models import Article


def _show(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


class Command(BaseCommand):
    help = (
        "Annotator agreement: Krippendorff's alpha over tokens, span F1 (exact and "
        "overlapping) and quote speaker agreement, per article, kind and annotator pair; "
        "and each annotator's span F1 against the reviewed layer where an article has one."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--article", metavar="SLUG", help="Only this article.")
        parser.add_argument("--json", action="store_true", help="Print every figure as JSON.")

    def handle(self, *args, article: str | None = None, json: bool = False, **options) -> None:
        chosen = None
        if article is not None:
            chosen = Article.objects.filter(slug=article).first()
            if chosen is None:
                raise CommandError(f"No article with the slug {article!r}.")
        data = report_as_dict(agreement_report(article=chosen))
        if json:
            self.stdout.write(_dumps(data))
            return
        self.stdout.write(STATISTIC)
        if not data["articles"]:
            self.stdout.write("No annotations to compare.")
            return
        for item in data["articles"]:
            self.stdout.write("")
            self.stdout.write(f"{item['slug']}  ({', '.join(item['annotators'])})")
            self._kinds(item["kinds"])
            self._reviewed(item["reviewed"])
        if chosen is None:
            self.stdout.write("")
            self.stdout.write("All articles")
            self._kinds(data["overall"]["kinds"])
            self._reviewed(data["overall"]["reviewed"])

    def _reviewed(self, figures: list[dict] | None) -> None:
        if not figures:
            return
        self.stdout.write("  against the reviewed layer")
        for f in figures:
            self.stdout.write(
                f"    {f['kind']:<7} {f['annotator']}: F1 exact {_show(f['exact_f1'])}, "
                f"overlapping {_show(f['overlap_f1'])} ({f['spans'][0]} spans, "
                f"reviewed layer {f['spans'][1]})"
            )

    def _kinds(self, kinds: list[dict]) -> None:
        for kind in kinds:
            self.stdout.write(f"  {kind['kind']:<7} alpha {_show(kind['alpha'])}")
            for pair in kind["pairs"]:
                line = (
                    f"    {' / '.join(pair['annotators'])}: alpha {_show(pair['alpha'])}, "
                    f"F1 exact {_show(pair['exact_f1'])}, "
                    f"overlapping {_show(pair['overlap_f1'])}"
                )
                if pair["speaker"] and not pair["speaker"]["pairs"]:
                    line += ", speaker: no quotes to pair"
                elif pair["speaker"]:
                    speaker = pair["speaker"]
                    line += (
                        f", speaker {_show(speaker['agreement'])} of {speaker['pairs']} "
                        f"(alpha {_show(speaker['alpha'])})"
                    )
                self.stdout.write(line)


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
