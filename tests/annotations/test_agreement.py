"""Agreement figures (annotations.agreement), without a database."""

from __future__ import annotations

import pytest

import annotations.agreement
from annotations.agreement import Span, Tokens, article_agreement, pooled, span_counts
from tests.purity import django_imports

# Ten one-letter words: token i is characters [2i, 2i + 1).
TEN_WORDS = "a b c d e f g h i j"


def word(annotator: str, index: int, kind: str = "claim", speaker: str | None = None) -> Span:
    return Span(annotator, kind, 2 * index, 2 * index + 1, speaker)


def figures_for(result, kind: str):
    return next(k for k in result.kinds if k.kind == kind)


def test_the_core_imports_no_django() -> None:
    assert django_imports(annotations.agreement.__file__) == []


def test_published_binary_example_two_observers() -> None:
    """Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
    for Communication, University of Pennsylvania, section A ("Binary or dichotomous data,
    two observers, no missing data"): observers A = 0 1 0 0 0 0 0 0 1 0 and
    B = 1 1 1 0 0 1 0 0 0 0 over ten units; published α = 0.095.
    Here each unit is a word of the text and 1 means "inside one of the observer's claims"."""
    a = [1, 8]
    b = [0, 1, 2, 5]
    spans = [word("A", i) for i in a] + [word("B", i) for i in b]

    result = article_agreement(TEN_WORDS, spans)

    claims = figures_for(result, "claim")
    assert result.tokens == 10
    assert round(claims.pairs[0].alpha, 3) == 0.095
    assert round(claims.alpha, 3) == 0.095


def test_published_nominal_example_four_observers_with_missing_values() -> None:
    """Same source, section C ("Nominal data, any number of observers, missing values"):
    four observers, twelve units, published nominal α = 0.743. The core's α takes the
    library's matrix as it is, NaN for a missing value."""
    import numpy as np

    nan = np.nan
    data = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
            [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
        ]
    )
    assert round(annotations.agreement.alpha(data), 3) == 0.743


def test_span_f1_exact_and_overlapping_by_hand() -> None:
    """A: [0,10) [20,30) [40,50); B: [0,10) [22,28) [60,70).
    Exact: one shared span -> F1 = 2·1 / (3 + 3) = 1/3.
    Overlapping: A's found by B = 2 of 3 (recall 2/3); B's found by A = 2 of 3 (precision
    2/3) -> F1 = 2/3."""
    a = [Span("A", "claim", 0, 10), Span("A", "claim", 20, 30), Span("A", "claim", 40, 50)]
    b = [Span("B", "claim", 0, 10), Span("B", "claim", 22, 28), Span("B", "claim", 60, 70)]

    counts = span_counts(a, b)

    assert counts.exact_f1 == pytest.approx(1 / 3)
    assert counts.overlap_f1 == pytest.approx(2 / 3)


def test_overlap_f1_with_unequal_precision_and_recall() -> None:
    """A: one long span; B: three spans, one inside it. Recall 1/1, precision 1/3 ->
    F1 = 2·(1/3)·1 / (1/3 + 1) = 0.5."""
    a = [Span("A", "claim", 0, 100)]
    b = [Span("B", "claim", 10, 20), Span("B", "claim", 200, 210), Span("B", "claim", 300, 310)]

    assert span_counts(a, b).overlap_f1 == pytest.approx(0.5)
    assert span_counts(a, b).exact_f1 == 0


def test_speaker_agreement_pairs_quotes_by_largest_overlap() -> None:
    """A's quote [0,20) overlaps B's [0,5) by 5 and B's [5,20) by 15: it pairs with [5,20).
    Pairs: (macron, macron), (putin, zelensky), (no speaker, no speaker) -> 2 of 3 agree."""
    a = [
        Span("A", "quote", 0, 20, "macron"),
        Span("A", "quote", 30, 40, "putin"),
        Span("A", "quote", 50, 60, None),
    ]
    b = [
        Span("B", "quote", 0, 5, "putin"),
        Span("B", "quote", 5, 20, "macron"),
        Span("B", "quote", 32, 40, "zelensky"),
        Span("B", "quote", 50, 61, None),
    ]

    counts = span_counts(a, b)

    assert sorted(counts.speakers) == [("", ""), ("macron", "macron"), ("putin", "zelensky")]
    assert counts.speaker_share == pytest.approx(2 / 3)


def test_speaker_alpha_is_one_when_every_speaker_matches() -> None:
    a = [Span("A", "quote", 0, 5, "macron"), Span("A", "quote", 10, 15, "putin")]
    b = [Span("B", "quote", 0, 6, "macron"), Span("B", "quote", 9, 15, "putin")]

    counts = span_counts(a, b)

    assert counts.speaker_share == 1.0
    assert counts.speaker_alpha == 1.0


def test_identical_annotators_agree_fully() -> None:
    spans = [
        word(name, i, kind) for name in ("A", "B", "C") for i, kind in [(1, "claim"), (4, "quote")]
    ]

    result = article_agreement(TEN_WORDS, spans)

    for kind in ("claim", "quote"):
        figures = figures_for(result, kind)
        assert figures.alpha == 1.0
        assert len(figures.pairs) == 3
        for pair in figures.pairs:
            assert (pair.alpha, pair.counts.exact_f1, pair.counts.overlap_f1) == (1.0, 1.0, 1.0)


def test_one_annotator_has_no_pairs_and_no_alpha() -> None:
    result = article_agreement(TEN_WORDS, [word("A", 1), word("A", 3)])

    claims = figures_for(result, "claim")
    assert claims.alpha is None
    assert claims.pairs == []


def test_no_annotations_gives_no_figures() -> None:
    result = article_agreement(TEN_WORDS, [])

    assert result.annotators == ()
    assert all(k.alpha is None and k.pairs == [] for k in result.kinds)
    assert pooled([result]).kind_alpha == {"claim": None, "entity": None, "quote": None}


def test_a_kind_nobody_tagged_has_undefined_alpha_and_f1() -> None:
    result = article_agreement(TEN_WORDS, [word("A", 1), word("B", 1)])

    entities = figures_for(result, "entity")
    assert entities.alpha is None
    assert entities.pairs[0].counts.exact_f1 is None


def test_tokens_are_words_and_punctuation_and_a_span_covers_what_it_touches() -> None:
    tokens = Tokens.of("Macron said: “We will.”")

    assert len(tokens) == 8  # Macron said : “ We will . ”
    assert list(tokens.covered(1, 9)) == [0, 1]  # from inside "Macron" into "said"
    assert list(tokens.covered(6, 7)) == []  # only the space


def test_pooling_adds_articles_tokens_and_counts() -> None:
    first = article_agreement(TEN_WORDS, [word("A", 1), word("B", 1)])
    second = article_agreement(TEN_WORDS, [word("A", 2), word("B", 7), word("C", 7)])

    result = pooled([first, second])

    ab = next(p for p in result.pairs if (p.kind, p.a, p.b) == ("claim", "A", "B"))
    assert (ab.counts.spans_a, ab.counts.spans_b, ab.counts.exact) == (2, 2, 1)
    assert ab.counts.exact_f1 == pytest.approx(0.5)
    # Twenty words: both tag word 1; A alone word 12, B alone word 17. Coincidences
    # o(1,1) = 2, o(0,1) = o(1,0) = 2, o(0,0) = 34; n = 40, n1 = 4, n0 = 36:
    # α = 1 - (n - 1) · o(0,1) / (n0 · n1) = 1 - 39 · 2 / 144.
    assert ab.alpha == pytest.approx(1 - 78 / 144)
    # C annotated only the second article: no pair with A there is missing, not zero.
    assert {(p.a, p.b) for p in result.pairs if p.kind == "claim"} == {
        ("A", "B"),
        ("A", "C"),
        ("B", "C"),
    }


def test_each_annotator_against_the_reviewed_layer_by_hand() -> None:
    """The reviewed layer holds words 0-1 and word 5 as claims, word 8 as a quote by m.
    ana marked words 0-1 and 5 exactly; ben marked word 1 and word 7: exact F1 0 (none
    the same), overlapping: his word 1 meets the layer's 0-1 (precision 1/2) and finds one
    of its two claims (recall 1/2), F1 1/2. ben's quote on word 8 names another speaker."""
    layer = [
        Span("reviewed", "claim", 0, 3),
        word("reviewed", 5),
        word("reviewed", 8, "quote", "m"),
    ]
    spans = [
        Span("ana", "claim", 0, 3),
        word("ana", 5),
        word("ben", 1),
        word("ben", 7),
        word("ben", 8, "quote", "z"),
    ]
    result = article_agreement(TEN_WORDS, spans, reference=layer)
    figures = {(f.kind, f.annotator): f.counts for f in result.reference}
    assert set(figures) == {("claim", "ana"), ("claim", "ben"), ("quote", "ana"), ("quote", "ben")}
    ana, ben = figures[("claim", "ana")], figures[("claim", "ben")]
    assert (ana.exact_f1, ana.overlap_f1) == (1.0, 1.0)
    assert (ben.exact_f1, ben.overlap_f1) == (0.0, 0.5)
    assert figures[("quote", "ana")].overlap_f1 == 0.0  # she missed the layer's quote
    assert figures[("quote", "ben")].speakers == [("z", "m")]

    other = article_agreement(TEN_WORDS, [word("ben", 5)], reference=[word("reviewed", 5)])
    unreviewed = article_agreement(TEN_WORDS, [word("ana", 2)])
    assert unreviewed.reference is None
    total = {(f.kind, f.annotator): f.counts for f in pooled([result, other, unreviewed]).reference}
    # ben over both reviewed articles: 1 exact match of 3 + 3 spans.
    assert (total[("claim", "ben")].exact, total[("claim", "ben")].spans_a) == (1, 3)
    assert total[("claim", "ben")].exact_f1 == pytest.approx(2 * 1 / 6)
