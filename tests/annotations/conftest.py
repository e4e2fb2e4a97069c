"""Annotations of every kind on one article, for the API and export tests."""

from __future__ import annotations

import pytest

from newsroom.revisions import article_recompile
from tests.factories import make_annotation, make_entity, signed_in_client

CLAIM = "26 countries who have formally committed"
QUOTE = "We have today 26 countries who have formally committed"
LOST = "the American contribution remains unclear"


@pytest.fixture
def newsroom_annotations(article, annotator, fellow, curator):
    """Two of each kind (with and without their optional fields) and an orphan."""
    macron = make_entity("Emmanuel Macron", "person", wikidata_id="Q3052772")
    france = make_entity("France", "place", wikidata_id="Q142")
    ukraine = make_entity("Ukraine", "place")
    summit = make_entity("<b>Paris</b> summit <script>alert(1)</script>", "event")
    made = {
        "claim": make_annotation(article, annotator, CLAIM),
        "claim_full": make_annotation(
            article,
            curator,
            "More than two dozen countries have pledged",
            claimant=macron,
            verdict="mostly-true",
            verdict_note="Officials counted 26; two wavered.",
            note="Check the list of signatories.",
        ),
        "entity_wikidata": make_annotation(article, fellow, "Macron", kind="entity", entity=macron),
        "entity_local": make_annotation(
            article, curator, "Ukraine", kind="entity", entity=ukraine, note="Place of deployment"
        ),
        "entity_html": make_annotation(article, annotator, "Paris", kind="entity", entity=summit),
        "quote": make_annotation(article, annotator, QUOTE, kind="quote"),
        "quote_full": make_annotation(
            article,
            curator,
            "First concrete step",
            kind="quote",
            speaker=macron,
            quote_cue="told reporters",
            quote_type="indirect",
            note="<script>alert('note')</script>",
        ),
        "orphan": make_annotation(article, curator, LOST),
    }
    del france
    _drop_last_paragraph(article)
    for annotation in made.values():
        annotation.refresh_from_db()
    assert made["orphan"].orphaned and not made["claim"].orphaned
    return made


def _drop_last_paragraph(article) -> None:
    body = [dict(item) for item in article.content["body"]]
    body[-1]["text"] = "Washington has said nothing."
    article.content = {**article.content, "body": body}
    article.save()
    article_recompile(article=article, reason="test")
    article.refresh_from_db()


@pytest.fixture
def signed_in():
    """A test client signed in as the given user."""
    return signed_in_client
