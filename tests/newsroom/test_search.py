"""Article search: stored vectors kept with the revision, ranking, languages, accents,
the websearch syntax and safe snippets."""

from __future__ import annotations

import pytest
from django.db import transaction

from newsroom.models import Article
from newsroom.revisions import article_revise
from newsroom.search import DELIMITER, LEAD_CHARS, START, STOP, article_search, safe_snippet
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def body(*paragraphs: str) -> list[dict]:
    return [{"kind": "paragraph", "text": text} for text in paragraphs]


def found(q: str) -> list[str]:
    return [a.headline for a in article_search(Article.objects.all(), q)]


def test_headline_match_ranks_above_body_match():
    make_article(headline="Harbour reopens", body=body("A zeppelin was seen over the harbour."))
    make_article(headline="Zeppelin lands in the harbour", body=body("Crowds gathered."))
    make_article(headline="Nothing here", body=body("Quiet day."))
    assert found("zeppelin") == ["Zeppelin lands in the harbour", "Harbour reopens"]


def test_deck_and_byline_rank_between_headline_and_body():
    make_article(headline="Budget", body=body("Written by Ortega for the desk."))
    make_article(headline="Budget vote", byline="By Ortega", body=body("Votes counted."))
    assert found("ortega") == ["Budget vote", "Budget"]


def test_the_rank_reads_the_lead_and_deeper_matches_follow_newest_first():
    filler = "Nothing of note happened in the port today. " * (LEAD_CHARS // 40 + 5)
    make_article(headline="Older, deep", body=body(filler, "A zeppelin was seen at dusk."))
    make_article(headline="In the lead", body=body("A zeppelin was seen at dawn.", filler))
    make_article(headline="Newer, deep", body=body(filler, "Another zeppelin passed."))
    # Found wherever the word is; ranked by the lead; the rest newest first.
    assert found("zeppelin") == ["In the lead", "Newer, deep", "Older, deep"]


def test_german_article_is_stemmed_as_german():
    make_article(
        headline="Wohnungsmarkt",
        body=body("Die Häuser am See sind teuer."),
        flags={"language": "de"},
    )
    make_article(
        headline="Housing", body=body("The Häuser family moved."), flags={"language": "en"}
    )
    assert Article.objects.get(headline="Wohnungsmarkt").language == "de"
    # German stems Häuser to haus; English keeps the word (folded: hauser).
    assert found("Haus") == ["Wohnungsmarkt"]
    assert set(found("Häuser")) == {"Wohnungsmarkt", "Housing"}


def test_accents_are_folded_in_the_text_and_in_the_query():
    make_article(headline="Banks in Zürich", body=body("Quiet trading."), flags={"language": "en"})
    make_article(headline="Zurich airport", body=body("Flights resumed."), flags={"language": "en"})
    assert set(found("Zurich")) == {"Banks in Zürich", "Zurich airport"}
    assert set(found("Zürich")) == {"Banks in Zürich", "Zurich airport"}


def test_captions_are_searched():
    make_article(headline="Summit", body=[{"kind": "figure", "photo": 0}, *body("Talks.")])
    assert found("summit Paris") == ["Summit"]  # the default photo's caption


def test_websearch_syntax_phrases_or_and_exclusion():
    make_article(headline="Peace deal signed", body=body("Leaders met in Paris."))
    make_article(headline="Deal on peace talks", body=body("Leaders met in Berlin."))
    assert set(found("peace deal")) == {"Peace deal signed", "Deal on peace talks"}
    assert found('"peace deal"') == ["Peace deal signed"]
    assert found("peace -berlin") == ["Peace deal signed"]
    assert set(found("paris or berlin")) == {"Peace deal signed", "Deal on peace talks"}


def test_a_german_exclusion_excludes_the_german_stem():
    make_article(headline="Markt", body=body("Die Häuser und Gärten."), flags={"language": "de"})
    assert found("Gärten") == ["Markt"]
    assert found("Gärten -Haus") == []


@pytest.mark.django_db(transaction=True)
def test_vector_follows_the_revision_in_its_transaction():
    article = make_article(headline="Harbour", body=body("A zeppelin was seen."))
    with transaction.atomic():
        article_revise(
            article=article, content={**article.content, "body": body("A balloon.")}, reason="t"
        )
        # Inside the revising transaction, before it commits: already searchable.
        assert found("balloon") == ["Harbour"]
        assert found("zeppelin") == []
    assert found("balloon") == ["Harbour"]


@pytest.mark.django_db(transaction=True)
def test_vector_rolls_back_with_the_revision():
    article = make_article(headline="Harbour", body=body("A zeppelin was seen."))
    with pytest.raises(RuntimeError), transaction.atomic():
        article_revise(
            article=article, content={**article.content, "body": body("A balloon.")}, reason="t"
        )
        raise RuntimeError("the revision fails")
    assert found("balloon") == []
    assert found("zeppelin") == ["Harbour"]


def test_snippet_escapes_markup_and_keeps_the_highlight():
    make_article(
        headline="<script>alert(1)</script> Zeppelin raid",
        body=body(f"A <b>zeppelin</b> over {START}Paris{STOP} & more{DELIMITER}."),
    )
    article = article_search(Article.objects.all(), "zeppelin").get()
    html = str(safe_snippet(article.snippet))
    # (A fragment starts at a word: "script", after the "<".)
    assert "script&gt;alert(1)&lt;/script&gt; <mark>Zeppelin</mark>" in html
    assert "&lt;b&gt;<mark>zeppelin</mark>&lt;/b&gt;" in html
    assert "<script" not in html and "<b>" not in html
    # Our markers in the text itself are taken out before highlighting: never a mark.
    assert "<mark>Paris</mark>" not in html and "&amp; more" in html


@pytest.mark.parametrize(
    ("raw", "html"),
    [
        (f"a {START}b{STOP} c", "a <mark>b</mark> c"),
        (f"{START}<x>{STOP}&", "<mark>&lt;x&gt;</mark>&amp;"),
        (
            f"one {START}a{STOP}{DELIMITER}two {START}b{STOP}",
            "one <mark>a</mark> … two <mark>b</mark>",
        ),
        ("", ""),
        (None, ""),
    ],
)
def test_safe_snippet(raw, html):
    assert safe_snippet(raw) == html


def test_a_huge_document_is_indexed_up_to_the_limit():
    # A tsvector holds at most 1 MB: a long document must still save.
    words = " ".join(f"word{i}" for i in range(200_000))
    make_article(headline="Long one", body=body(words))
    assert found("word10") == ["Long one"]
