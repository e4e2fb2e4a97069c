"""Agreement figures from the live annotations (the Django shell of annotations.agreement).

Two queries whatever the number of articles or annotations: the spans, then the texts.
The figures are kept (newsroom.speedups.AGREEMENT) under a fingerprint of those texts and
spans, so a page seen again with nothing changed is not worked out again.

Which annotations count: every live one placed in the text, whatever its status.
- Soft-deleted annotations are left out: their authors withdrew them.
- Orphans (no place in the current text) are left out: they cover no token.
- Rejected ones are kept, like proposed and accepted ones: agreement measures what annotators
  marked on their own; leaving out what a curator later turned down would let the review
  decide how reliable the annotators look.
- Tags a curator made in adjudication by merging versions are left out: they are the
  reviewed layer's, not an annotator's own marking.

Where an article has a reviewed layer (``Annotation.objects.reviewed_layer()``), each
annotator's spans are also compared with it (a third query).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Value

from annotations.agreement import (
    ArticleFigures,
    PairFigures,
    Pooled,
    ReferenceFigures,
    Span,
    article_agreement,
    pooled,
)
from annotations.models import Annotation, AnnotationEvent
from newsroom.models import Article
from newsroom.speedups import AGREEMENT, fingerprint

# How the reviewed layer is named where it stands in for an annotator.
REVIEWED = "reviewed layer"
STATISTIC = "Krippendorff's alpha, nominal, over tokens (1 inside a span of the kind, 0 outside)"


@dataclass
class ArticleRow:
    article: Article
    figures: ArticleFigures


@dataclass
class Report:
    articles: list[ArticleRow]
    overall: Pooled


def agreement_report(*, article: Article | None = None, pair_alpha: bool = True) -> Report:
    """Figures per article (or for ``article`` alone) and pooled over them. Without
    ``pair_alpha`` each article's pairs carry span counts but no α of their own (the pooled
    pairs still have theirs), which is what a page listing every article needs."""
    annotations = (
        Annotation.objects.live()
        .filter(start__isnull=False, end__isnull=False)
        .exclude(events__action=AnnotationEvent.Action.MERGED)
    )
    layer = Annotation.objects.reviewed_layer()
    if article is not None:
        annotations = annotations.filter(article=article)
        layer = layer.filter(article=article)
    spans = _spans(annotations, "author__username")
    reference = _spans(layer, Value(REVIEWED))
    articles = list(
        Article.objects.filter(pk__in=spans)
        .only("id", "slug", "headline", "text")
        .order_by("headline", "id")
    )
    parts = tuple(
        (
            a.text,
            tuple(sorted(spans[a.pk], key=repr)),
            tuple(sorted(reference[a.pk], key=repr)) if a.pk in reference else None,
        )
        for a in articles
    )
    figures, overall = AGREEMENT.get(
        fingerprint(pair_alpha, parts), lambda: _figures(parts, pair_alpha)
    )
    return Report([ArticleRow(a, f) for a, f in zip(articles, figures, strict=True)], overall)


def _spans(annotations, annotator) -> dict[int, list[tuple]]:
    """Each article's spans as ``Span`` fields, in one query."""
    spans: dict[int, list[tuple]] = {}
    for article_id, *span in annotations.values_list(
        "article_id", annotator, "kind", "start", "end", "speaker_id"
    ).order_by():
        span[-1] = str(span[-1]) if span[-1] is not None else None
        spans.setdefault(article_id, []).append(tuple(span))
    return spans


def _figures(parts: tuple, pair_alpha: bool) -> tuple[list[ArticleFigures], Pooled]:
    figures = [
        article_agreement(
            text,
            [Span(*s) for s in spans],
            pair_alpha=pair_alpha,
            reference=None if reference is None else [Span(*s) for s in reference],
        )
        for text, spans, reference in parts
    ]
    overall = pooled(figures)
    for article in figures:
        article.labels.clear()  # only pooling needs them; the cache keeps the figures
    return figures, overall


def _figure(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def pair_as_dict(pair: PairFigures) -> dict:
    counts = pair.counts
    return {
        "annotators": [pair.a, pair.b],
        "alpha": _figure(pair.alpha),
        "exact_f1": _figure(counts.exact_f1),
        "overlap_f1": _figure(counts.overlap_f1),
        "spans": [counts.spans_a, counts.spans_b],
        "speaker": (
            {
                "pairs": counts.speaker_pairs,
                "agreement": _figure(counts.speaker_share),
                "alpha": _figure(counts.speaker_alpha),
            }
            if pair.kind == "quote"
            else None
        ),
    }


def reference_as_dict(figures: ReferenceFigures) -> dict:
    counts = figures.counts
    return {
        "annotator": figures.annotator,
        "kind": figures.kind,
        "exact_f1": _figure(counts.exact_f1),
        "overlap_f1": _figure(counts.overlap_f1),
        "spans": [counts.spans_a, counts.spans_b],
        "speaker": (
            {"pairs": counts.speaker_pairs, "agreement": _figure(counts.speaker_share)}
            if figures.kind == "quote"
            else None
        ),
    }


def report_as_dict(report: Report) -> dict:
    """The command's --json: every figure, per article, per kind and per pair, and overall."""
    return {
        "statistic": STATISTIC,
        "articles": [
            {
                "slug": row.article.slug,
                "headline": row.article.headline,
                "tokens": row.figures.tokens,
                "annotators": list(row.figures.annotators),
                "kinds": [
                    {
                        "kind": kind.kind,
                        "alpha": _figure(kind.alpha),
                        "pairs": [pair_as_dict(p) for p in kind.pairs],
                    }
                    for kind in row.figures.kinds
                ],
                # Each annotator against the article's reviewed layer (null: none yet).
                "reviewed": (
                    None
                    if row.figures.reference is None
                    else [reference_as_dict(f) for f in row.figures.reference]
                ),
            }
            for row in report.articles
        ],
        "overall": {
            "annotators": list(report.overall.annotators),
            "kinds": [
                {
                    "kind": kind,
                    "alpha": _figure(value),
                    "pairs": [pair_as_dict(p) for p in report.overall.pairs if p.kind == kind],
                }
                for kind, value in report.overall.kind_alpha.items()
            ],
            "reviewed": [reference_as_dict(f) for f in report.overall.reference],
        },
    }
