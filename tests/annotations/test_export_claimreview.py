"""schema.org ClaimReview export: one review per claim with a rating, as the fact-check
markup guidelines ask, from the pure writer, the command and the curators' page."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from annotations import claims
from annotations.exports.claimreview import (
    BEST,
    WORST,
    AppearanceRecord,
    ClaimRecord,
    Newsroom,
    claim_review,
    claimreview_chunks,
)
from annotations.exports.records import EntityRecord
from annotations.models import Annotation
from annotations.tag_rules import RATINGS
from newsroom.models import Article
from tests.factories import make_annotation, make_article, make_entity, signed_in_client

CLAIM = "More than two dozen countries have pledged to join a force"
WHY = "Only 26 signed; several pledged nothing concrete."
SECOND_BODY = [
    {"kind": "paragraph", "text": f"Officials said “{CLAIM.lower()}”, Paris confirmed."},
    {"kind": "paragraph", "text": "The American contribution remains unclear."},
]
NEWSROOM = Newsroom("The Desk", "https://desk.example.org/")
MACRON = EntityRecord(1, "Emmanuel Macron", "person", "Q3052772")


def record(**fields) -> ClaimRecord:
    values = {
        "url": "https://desk.example.org/claims/7/",
        "text": CLAIM,
        "verdict": "mostly-true",
        "label": "Mostly true",
        "explanation": WHY,
        "reviewed_on": date(2025, 9, 5),
        "claimant": MACRON,
        "appearances": [
            AppearanceRecord(
                "https://desk.example.org/articles/a/", "Coalition", date(2025, 9, 4), "MT"
            )
        ],
    }
    return ClaimRecord(**(values | fields))


def document(chunks) -> list[dict]:
    return json.loads("".join(chunks))


# --- the pure writer -------------------------------------------------------------------


def test_a_review_has_every_property_the_guidelines_name_with_its_type():
    review = claim_review(record(), NEWSROOM)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == "https://desk.example.org/claims/7/"
    assert review["claimReviewed"] == CLAIM
    assert review["datePublished"] == "2025-09-05"
    assert review["author"] == {
        "@type": "Organization",
        "name": "The Desk",
        "url": "https://desk.example.org/",
    }
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] == "Mostly true"
    assert rating["ratingExplanation"] == WHY
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {
        "@type": "Person",
        "name": "Emmanuel Macron",
        "sameAs": "https://www.wikidata.org/wiki/Q3052772",
    }
    assert item["datePublished"] == "2025-09-04"
    assert item["appearance"] == [
        {
            "@type": "NewsArticle",
            "url": "https://desk.example.org/articles/a/",
            "headline": "Coalition",
            "datePublished": "2025-09-04",
            "publisher": {"@type": "Organization", "name": "MT"},
        }
    ]


@pytest.mark.parametrize(
    "verdict, value",
    [
        ("false", 1),
        ("mostly-false", 2),
        ("misleading", 2),
        ("mixed", 3),
        ("mostly-true", 4),
        ("true", 5),
    ],
)
def test_a_rating_sits_on_the_stated_scale(verdict, value):
    rating = claim_review(record(verdict=verdict, label=verdict.title()), NEWSROOM)["reviewRating"]
    assert (rating["worstRating"], rating["bestRating"]) == (WORST, BEST) == (1, 5)
    assert WORST <= rating["ratingValue"] <= BEST
    assert rating["ratingValue"] == value
    assert rating["alternateName"] == verdict.title()


def test_unverifiable_is_rated_by_its_name_alone():
    rating = claim_review(record(verdict="unverifiable", label="Unverifiable"), NEWSROOM)[
        "reviewRating"
    ]
    assert rating["alternateName"] == "Unverifiable"
    assert not {"ratingValue", "worstRating", "bestRating"} & rating.keys()


def test_an_organization_claimant_without_wikidata_has_no_same_as():
    ministry = EntityRecord(2, "Ministry of Defence", "organization")
    item = claim_review(record(claimant=ministry), NEWSROOM)["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Ministry of Defence"}


def test_what_people_typed_stays_json_and_cannot_end_a_script_element():
    typed = 'He said "never" </script><script>alert(1)</script> & left'
    text = "".join(claimreview_chunks([record(text=typed, explanation=typed)], NEWSROOM))
    assert "</script>" not in text.lower() and "<" not in text and "&" not in text
    (review,) = json.loads(text)
    assert review["claimReviewed"] == typed
    assert review["reviewRating"]["ratingExplanation"] == typed


def test_the_file_is_a_json_array_even_when_empty():
    assert document(claimreview_chunks([], NEWSROOM)) == []
    reviews = document(claimreview_chunks([record(), record(verdict="false")], NEWSROOM))
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [4, 1]


# --- from the database -----------------------------------------------------------------


@pytest.fixture
def linked(article, curator):
    """The same claim, by Macron, in two published articles, linked to one claim page."""
    macron = make_entity("Emmanuel Macron", "person", wikidata_id="Q3052772")
    other = make_article(headline="Paris Hosts the Coalition", body=SECOND_BODY)
    Article.objects.filter(pk=article.pk).update(published_on=date(2025, 9, 4))
    Article.objects.filter(pk=other.pk).update(published_on=date(2025, 9, 6))
    first = make_annotation(article, curator, CLAIM, claimant=macron)
    second = make_annotation(other, curator, CLAIM.lower(), claimant=macron)
    claim = claims.claim_create(annotation_id=first.pk, user=curator)
    claims.claim_link(claim_id=claim.pk, annotation_id=second.pk, user=curator)
    return claim, article, other


@pytest.fixture
def checked(linked, curator):
    claim, article, other = linked
    claim = claims.claim_set_verdict(
        claim_id=claim.pk, user=curator, verdict="misleading", explanation=WHY
    )
    return claim, article, other


def export(tmp_path, *args) -> tuple[list[dict], str]:
    out = tmp_path / "reviews.jsonld"
    stderr = io.StringIO()
    call_command(
        "export", "--format", "claimreview", "--out", str(out), "--base-url",
        "https://desk.example.org", *args, stdout=io.StringIO(), stderr=stderr,
    )  # fmt: skip
    return json.loads(out.read_text()), stderr.getvalue()


@pytest.mark.django_db
def test_the_command_writes_a_review_listing_both_articles(checked, tmp_path, settings):
    settings.NEWSROOM_NAME, settings.NEWSROOM_URL = "The Desk", "https://desk.example.org/about/"
    claim, article, other = checked
    (review,), progress = export(tmp_path)
    assert "1/1 claims, 2 appearances" in progress
    assert review["url"] == "https://desk.example.org" + reverse("claim-detail", args=[claim.pk])
    assert review["claimReviewed"] == claim.text
    assert review["datePublished"] == claim.reviewed_at.date().isoformat()
    assert review["author"]["name"] == "The Desk"
    assert review["author"]["url"] == "https://desk.example.org/about/"
    assert review["reviewRating"]["alternateName"] == "Misleading"
    assert review["reviewRating"]["ratingValue"] == 2
    item = review["itemReviewed"]
    assert item["author"]["name"] == "Emmanuel Macron"
    assert item["author"]["sameAs"] == "https://www.wikidata.org/wiki/Q3052772"
    assert [a["url"] for a in item["appearance"]] == [
        "https://desk.example.org" + article.get_absolute_url(),
        "https://desk.example.org" + other.get_absolute_url(),
    ]
    assert [a["headline"] for a in item["appearance"]] == [article.headline, other.headline]
    assert item["datePublished"] == "2025-09-04"


@pytest.mark.django_db
def test_a_selection_picks_claims_and_each_lists_everywhere_it_is_stated(checked, tmp_path):
    _, _, other = checked
    (review,), _ = export(tmp_path, "--article", other.slug)
    assert len(review["itemReviewed"]["appearance"]) == 2
    reviews, _ = export(tmp_path, "--since", "2026-01-01")
    assert reviews == []


@pytest.mark.django_db
def test_a_draft_is_no_appearance(checked, tmp_path):
    _, article, other = checked
    Article.objects.filter(pk=other.pk).update(status=Article.Status.DRAFT)
    (review,), _ = export(tmp_path)
    urls = [a["url"] for a in review["itemReviewed"]["appearance"]]
    assert urls == ["https://desk.example.org" + article.get_absolute_url()]


@pytest.mark.django_db
def test_the_newsroom_defaults_to_the_site_it_was_exported_for(checked, tmp_path, settings):
    settings.NEWSROOM_URL = ""
    (review,), _ = export(tmp_path)
    assert review["author"]["url"] == "https://desk.example.org/"


@pytest.mark.django_db
def test_claims_without_a_rating_are_not_exported(linked, article, curator, tmp_path):
    claim, _, _ = linked
    assert claim.verdict == Annotation.Verdict.UNREVIEWED
    reviews, _ = export(tmp_path)
    assert reviews == []
    claims.claim_set_verdict(claim_id=claim.pk, user=curator, verdict="checking", explanation="")
    reviews, _ = export(tmp_path)
    assert reviews == []
    assert "checking" not in RATINGS and "unreviewed" not in RATINGS


@pytest.mark.django_db
def test_a_claim_annotation_not_linked_to_a_claim_page_is_no_review(article, curator, tmp_path):
    make_annotation(article, curator, CLAIM, verdict="false", verdict_note=WHY)
    reviews, _ = export(tmp_path)
    assert reviews == []


@pytest.mark.django_db
def test_the_curators_page_offers_and_serves_claimreview(checked, curator):
    client = signed_in_client(curator)
    assert b'value="claimreview"' in client.get("/curate/export/").content
    response = client.get("/curate/export/", {"format": "claimreview"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    assert response["Content-Disposition"].endswith('.claimreview.jsonld"')
    (review,) = json.loads(b"".join(response.streaming_content))
    assert review["url"] == "http://testserver" + reverse("claim-detail", args=[checked[0].pk])
    assert review["reviewRating"]["alternateName"] == "Misleading"
