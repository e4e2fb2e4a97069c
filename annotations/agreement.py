"""PURE: how far annotators agree on one article's tags, per kind and per annotator pair.

No Django import (a test holds this module to it). Spans in, figures out.

Which statistic, and why
------------------------
Krippendorff's α, nominal, over the article's tokens, computed by the ``krippendorff``
library. For each kind, every annotator gives every token a value: 1 if one of their spans of
that kind covers any part of it, 0 if none does. Each token is a unit, each annotator a coder.

- α rather than Cohen's κ: α takes any number of annotators and missing values (an annotator
  who did not annotate an article), so the same statistic serves a pair, all of an article's
  annotators, and every article pooled; κ is defined for two raters with every item rated.
  α's chance term comes from the pooled values, so an annotator's own bias toward tagging is
  not rewarded as κ's per-rater marginals would.
- Over tokens rather than characters: this is the unitized α (Krippendorff 1995) reduced to
  the library's input, with the continuum cut at token boundaries. A span that starts one
  character into a word covers the same tokens, and long words do not weigh more than short
  ones. Tokens are runs of word characters and single punctuation marks.

α is None where it is undefined: fewer than two annotators, or every value the same (no one
tagged the kind at all), where expected disagreement is zero.

Span F1 (symmetric, so it does not matter which annotator is the reference):

- exact: spans with the same start and end; F1 = 2·matched / (spans of a + spans of b);
- overlapping: a span counts as found if it overlaps any span of the other annotator of the
  same kind; precision and recall are the two directions, F1 their harmonic mean.

Against the reviewed layer (where a curator has adjudicated an article and marked it
reviewed): each annotator's spans of a kind are compared with the reviewed layer's spans of
that kind, with the same span F1 (exact and overlapping) and quote speakers; the reviewed
layer is the reference, so precision is the share of the annotator's spans it holds and
recall the share of its spans the annotator found.

Speaker of quotes: each quote of one annotator is paired, one to one, with the other
annotator's quote it overlaps most (largest overlap first); the figure is the share of pairs
with the same speaker (no speaker on both counts as the same), and α nominal over those pairs.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import krippendorff
import numpy as np

KINDS = ("claim", "entity", "quote")
TOKEN = re.compile(r"\w+|[^\w\s]")
NO_SPEAKER = ""


@dataclass(frozen=True)
class Span:
    annotator: str
    kind: str
    start: int
    end: int
    speaker: str | None = None


@dataclass(frozen=True)
class Tokens:
    """Token boundaries of one text: starts and ends in ascending order."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Tokens:
        found = [m.span() for m in TOKEN.finditer(text)]
        return cls(tuple(s for s, _ in found), tuple(e for _, e in found))

    def __len__(self) -> int:
        return len(self.starts)

    def covered(self, start: int, end: int) -> range:
        """Indices of the tokens that [start, end) touches."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))


@dataclass
class SpanCounts:
    """What span F1 and speaker agreement are made of, so figures add up across articles."""

    spans_a: int = 0
    spans_b: int = 0
    exact: int = 0
    found_a: int = 0  # spans of a that overlap some span of b
    found_b: int = 0
    speakers: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: SpanCounts) -> None:
        self.spans_a += other.spans_a
        self.spans_b += other.spans_b
        self.exact += other.exact
        self.found_a += other.found_a
        self.found_b += other.found_b
        self.speakers.extend(other.speakers)

    @property
    def exact_f1(self) -> float | None:
        total = self.spans_a + self.spans_b
        return 2 * self.exact / total if total else None

    @property
    def overlap_f1(self) -> float | None:
        if not (self.spans_a + self.spans_b):
            return None
        precision = self.found_b / self.spans_b if self.spans_b else 0.0
        recall = self.found_a / self.spans_a if self.spans_a else 0.0
        if not precision + recall:
            return 0.0
        return 2 * precision * recall / (precision + recall)

    @property
    def speaker_pairs(self) -> int:
        return len(self.speakers)

    @property
    def speaker_share(self) -> float | None:
        if not self.speakers:
            return None
        return sum(a == b for a, b in self.speakers) / len(self.speakers)

    @property
    def speaker_alpha(self) -> float | None:
        if not self.speakers:
            return None
        codes: dict[str, int] = {}
        rows = [
            [codes.setdefault(s, len(codes)) for s in side]
            for side in zip(*self.speakers, strict=True)
        ]
        return alpha(np.array(rows, dtype=float))


@dataclass
class PairFigures:
    kind: str
    a: str
    b: str
    alpha: float | None
    counts: SpanCounts


@dataclass
class KindFigures:
    kind: str
    alpha: float | None  # all the article's annotators together
    pairs: list[PairFigures]


@dataclass
class ReferenceFigures:
    """One annotator's spans of one kind (``counts``' a) against the reviewed layer's (b)."""

    kind: str
    annotator: str
    counts: SpanCounts


@dataclass
class ArticleFigures:
    annotators: tuple[str, ...]
    tokens: int
    kinds: list[KindFigures]
    # kind -> annotators x tokens matrix of 0/1, kept for pooling across articles
    labels: dict[str, np.ndarray] = field(repr=False, default_factory=dict)
    # Each annotator against the article's reviewed layer; None when it has none.
    reference: list[ReferenceFigures] | None = None


def alpha(matrix: np.ndarray) -> float | None:
    """Nominal α of a coders x units matrix (NaN: no value), None where undefined."""
    if matrix.shape[0] < 2:
        return None
    pairable = np.count_nonzero(~np.isnan(matrix), axis=0) >= 2
    values = matrix[:, pairable]
    values = values[~np.isnan(values)]
    if values.size == 0 or np.all(values == values[0]):
        return None
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def labels(tokens: Tokens, spans: list[Span], annotators: tuple[str, ...], kind: str):
    """annotators x tokens: 1 where one of the annotator's spans of ``kind`` covers the token."""
    row = {name: i for i, name in enumerate(annotators)}
    matrix = np.zeros((len(annotators), len(tokens)))
    for span in spans:
        if span.kind == kind:
            covered = tokens.covered(span.start, span.end)
            matrix[row[span.annotator], covered.start : covered.stop] = 1
    return matrix


def span_counts(spans_a: list[Span], spans_b: list[Span]) -> SpanCounts:
    """Spans of one kind by two annotators: exact and overlapping matches, quote speakers."""
    exact = len({(s.start, s.end) for s in spans_a} & {(s.start, s.end) for s in spans_b})
    a = np.array([(s.start, s.end) for s in spans_a], dtype=np.int64).reshape(-1, 2)
    b = np.array([(s.start, s.end) for s in spans_b], dtype=np.int64).reshape(-1, 2)
    # overlap[i, j]: characters span i of a shares with span j of b
    overlap = np.clip(
        np.minimum(a[:, 1, None], b[None, :, 1]) - np.maximum(a[:, 0, None], b[None, :, 0]),
        0,
        None,
    )
    counts = SpanCounts(
        spans_a=len(spans_a),
        spans_b=len(spans_b),
        exact=exact,
        found_a=int(np.count_nonzero(overlap.any(axis=1))),
        found_b=int(np.count_nonzero(overlap.any(axis=0))),
    )
    if not spans_a or spans_a[0].kind != "quote":
        return counts
    i_s, j_s = np.nonzero(overlap)
    quotes = [(int(overlap[i, j]), int(i), int(j)) for i, j in zip(i_s, j_s, strict=True)]
    used_a: set[int] = set()
    used_b: set[int] = set()
    for size, i, j in sorted(quotes, key=lambda q: (-q[0], q[1], q[2])):
        if size == 0:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        counts.speakers.append((spans_a[i].speaker or NO_SPEAKER, spans_b[j].speaker or NO_SPEAKER))
    return counts


def against_reference(spans: list[Span], reference: list[Span]) -> list[ReferenceFigures]:
    """Each annotator's spans against the reference's (the reviewed layer), per kind
    where either has spans of it."""
    figures = []
    for kind in KINDS:
        theirs = [r for r in reference if r.kind == kind]
        for annotator in sorted({s.annotator for s in spans}):
            mine = [s for s in spans if s.annotator == annotator and s.kind == kind]
            if mine or theirs:
                figures.append(ReferenceFigures(kind, annotator, span_counts(mine, theirs)))
    return figures


def article_agreement(
    text: str,
    spans: list[Span],
    *,
    pair_alpha: bool = True,
    reference: list[Span] | None = None,
) -> ArticleFigures:
    """Figures for one article. Its annotators are the authors of ``spans``. Without
    ``pair_alpha`` each pair's α is left out (None): ``pooled`` works it out from the labels.
    ``reference``: the article's reviewed layer, if it has one."""
    tokens = Tokens.of(text)
    annotators = tuple(sorted({s.annotator for s in spans}))
    by = {(s.annotator, s.kind): [] for s in spans}
    for span in spans:
        by[(span.annotator, span.kind)].append(span)
    kinds = []
    matrices = {}
    for kind in KINDS:
        matrix = labels(tokens, spans, annotators, kind)
        matrices[kind] = matrix
        pair_figures = [
            PairFigures(
                kind,
                a,
                b,
                alpha(matrix[[i, j]]) if pair_alpha else None,
                span_counts(by.get((a, kind), []), by.get((b, kind), [])),
            )
            for (i, a), (j, b) in itertools.combinations(enumerate(annotators), 2)
        ]
        kinds.append(KindFigures(kind, alpha(matrix), pair_figures))
    compared = None if reference is None else against_reference(spans, reference)
    return ArticleFigures(annotators, len(tokens), kinds, matrices, compared)


@dataclass
class Pooled:
    """Every article together: α per kind over all annotators, and per pair."""

    annotators: tuple[str, ...]
    kind_alpha: dict[str, float | None]
    pairs: list[PairFigures]
    # Each annotator against the reviewed layers of the articles that have one.
    reference: list[ReferenceFigures] = field(default_factory=list)


def pooled(articles: list[ArticleFigures]) -> Pooled:
    """Units are every article's tokens; an annotator who did not annotate an article has no
    value there (NaN), which α allows. Span counts add up (micro-averaged F1)."""
    annotators = tuple(sorted({name for a in articles for name in a.annotators}))
    row = {name: i for i, name in enumerate(annotators)}
    width = sum(a.tokens for a in articles)
    kind_alpha: dict[str, float | None] = {}
    pairs: list[PairFigures] = []
    for kind in KINDS:
        matrix = np.full((len(annotators), width), np.nan)
        offset = 0
        for article in articles:
            rows = [row[name] for name in article.annotators]
            matrix[rows, offset : offset + article.tokens] = article.labels[kind]
            offset += article.tokens
        kind_alpha[kind] = alpha(matrix)
        counts: dict[tuple[str, str], SpanCounts] = {}
        for article in articles:
            for figures in article.kinds:
                if figures.kind == kind:
                    for pair in figures.pairs:
                        counts.setdefault((pair.a, pair.b), SpanCounts()).add(pair.counts)
        for a, b in itertools.combinations(annotators, 2):
            if (a, b) in counts:
                both = matrix[[row[a], row[b]]]
                pairs.append(PairFigures(kind, a, b, alpha(both), counts[(a, b)]))
    reference: dict[tuple[str, str], SpanCounts] = {}
    for article in articles:
        for figures in article.reference or ():
            key = (figures.kind, figures.annotator)
            reference.setdefault(key, SpanCounts()).add(figures.counts)
    compared = [
        ReferenceFigures(kind, annotator, reference[(kind, annotator)])
        for kind in KINDS
        for annotator in annotators
        if (kind, annotator) in reference
    ]
    return Pooled(annotators, kind_alpha, pairs, compared)
