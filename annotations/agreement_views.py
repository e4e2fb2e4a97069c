"""The curators' agreement dashboard: figures and server-drawn SVG bar charts."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from annotations import permissions
from annotations.agreement import KINDS
from annotations.agreement_report import STATISTIC, agreement_report
from annotations.models import Annotation
from newsroom.models import Article

# Chart geometry in SVG user units: a label line above each bar, so the chart reads the
# same scaled down to a phone as on a desk.
CHART_WIDTH = 320
BAR_START = 0
BAR_MAX = 270
ROW = 40
KIND_NAMES = dict(Annotation.Kind.choices)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    y: int

    @property
    def text(self) -> str:
        if self.value is None:
            return "no figure"
        shown = f"{self.value:.2f}"
        return "0.00" if shown == "-0.00" else shown

    @property
    def width(self) -> float:
        # α runs from -1 to 1; below zero the bar is empty and the number says how far.
        return round(BAR_MAX * max(0.0, min(1.0, self.value or 0.0)), 1)


@dataclass(frozen=True)
class Chart:
    slug: str
    title: str
    description: str
    bars: list[Bar]

    @property
    def height(self) -> int:
        return ROW * len(self.bars) + 4


def bar_chart(slug: str, title: str, description: str, items: list[tuple[str, float | None]]):
    bars = [Bar(label, value, ROW * i) for i, (label, value) in enumerate(items)]
    return Chart(slug, title, description, bars)


@login_required
@require_GET
def agreement_dashboard(request):
    permissions.require(permissions.can_curate(request.user), "Only curators see agreement.")
    article = None
    if slug := request.GET.get("article"):
        article = get_object_or_404(Article.objects.only("id", "slug", "headline"), slug=slug)
    # The page shows the pooled pairs' α (for one article, that article's own), never an
    # article's pairs one by one: those are the command's.
    report = agreement_report(article=article, pair_alpha=False)
    overall = report.overall
    kinds = [
        {
            "kind": kind,
            "name": KIND_NAMES[kind],
            "alpha": overall.kind_alpha[kind],
            "pairs": [p for p in overall.pairs if p.kind == kind],
        }
        for kind in KINDS
    ]
    charts = [
        bar_chart(
            "alpha-by-kind",
            "Agreement (α) by kind",
            "Krippendorff's α over tokens, all annotators together, one bar per kind.",
            [(k["name"], k["alpha"]) for k in kinds],
        )
    ]
    for k in kinds:
        if k["pairs"]:
            charts.append(
                bar_chart(
                    f"alpha-pairs-{k['kind']}",
                    f"{k['name']}: agreement (α) by annotator pair",
                    f"Krippendorff's α over tokens for {k['name'].lower()} tags, one bar per pair.",
                    [(f"{p.a} / {p.b}", p.alpha) for p in k["pairs"]],
                )
            )
    context = {
        "article": article,
        "statistic": STATISTIC,
        "kinds": kinds,
        "charts": charts,
        "chart_width": CHART_WIDTH,
        "bar_max": BAR_MAX,
        "rows": [
            {
                "article": row.article,
                "figures": row.figures,
                "alphas": [k.alpha for k in row.figures.kinds],
            }
            for row in report.articles
        ],
        "kind_names": [KIND_NAMES[k] for k in KINDS],
        "reviewed": [
            {"kind": KIND_NAMES[f.kind], "annotator": f.annotator, "counts": f.counts}
            for f in overall.reference
        ],
    }
    return render(request, "annotations/agreement.html", context)
