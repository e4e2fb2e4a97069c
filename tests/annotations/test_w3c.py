"""The W3C mapping: what we write reads back to the same annotation; bad shapes are refused."""

from __future__ import annotations

import uuid

import pytest
from django.urls import reverse

from annotations.api_services import _tag
from annotations.iris import Links
from annotations.tag_rules import check_tag
from annotations.w3c import (
    ANNO_CONTEXT,
    InvalidAnnotation,
    annotation_to_w3c,
    parse_annotation,
    timestamp,
)
from tests.annotations.conftest import CLAIM
from tests.factories import make_article

LINKS = Links("http://testserver")
TAG_FIELDS = ("kind", "entity", "speaker", "claimant", "quote_cue", "quote_type", "verdict")


@pytest.mark.django_db
def test_every_kind_reads_back_to_the_same_tag(newsroom_annotations, annotator):
    for name, annotation in newsroom_annotations.items():
        data = annotation_to_w3c(annotation, LINKS)
        parsed = parse_annotation(data, LINKS)
        tag = check_tag(_tag(parsed, user=annotator))
        for field in (*TAG_FIELDS, "verdict_note", "note"):
            assert getattr(tag, field) == getattr(annotation, field), (name, field)
        assert (parsed.exact, parsed.prefix, parsed.suffix) == (
            annotation.exact,
            annotation.prefix,
            annotation.suffix,
        )
        assert (parsed.start, parsed.end) == (annotation.start, annotation.end)
        assert parsed.source == f"http://testserver/articles/{annotation.article.slug}/"


@pytest.mark.django_db
def test_shape_of_an_entity_tag_with_a_wikidata_id(newsroom_annotations):
    annotation = newsroom_annotations["entity_wikidata"]
    data = annotation_to_w3c(annotation, LINKS)
    assert data["@context"] == ANNO_CONTEXT
    assert data["id"] == f"http://testserver/api/annotations/{annotation.pk}/"
    assert data["motivation"] == "identifying"
    assert data["created"].endswith("Z") and data["modified"] == timestamp(annotation.modified_at)
    tag, entity = data["body"]
    assert (tag["type"], tag["purpose"], tag["value"]) == ("TextualBody", "tagging", "entity")
    assert entity["purpose"] == "identifying"
    assert entity["source"]["id"] == "http://www.wikidata.org/entity/Q3052772"
    assert entity["source"]["schema:sameAs"].startswith("http://testserver/api/entities/")
    assert data["creator"] == {
        "id": f"http://testserver/api/people/{annotation.author_id}/",
        "type": "Person",
        "name": "ben",
        "nickname": "ben",
    }
    selectors = data["target"]["selector"]
    assert [s["type"] for s in selectors] == ["TextQuoteSelector", "TextPositionSelector"]


@pytest.mark.django_db
def test_orphans_keep_only_their_quote(newsroom_annotations):
    data = annotation_to_w3c(newsroom_annotations["orphan"], LINKS)
    assert data["target"]["selector"]["type"] == "TextQuoteSelector"
    assert data["target"]["selector"]["exact"] == "the American contribution remains unclear"


@pytest.mark.django_db
def test_a_claim_carries_claimant_verdict_and_note(newsroom_annotations):
    data = annotation_to_w3c(newsroom_annotations["claim_full"], LINKS)
    note, tag, claimant, verdict = data["body"]
    assert (note["purpose"], note["value"]) == ("commenting", "Check the list of signatories.")
    assert tag["value"] == "claim" and claimant["purpose"] == "describing"
    assert claimant["source"]["schema:name"] == "Emmanuel Macron"
    assert (verdict["purpose"], verdict["value"]) == ("assessing", "mostly-true")
    assert verdict["schema:ratingExplanation"] == "Officials counted 26; two wavered."


MINIMAL = {
    "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
    "target": {"selector": {"type": "TextQuoteSelector", "exact": CLAIM}},
}


def test_a_plain_client_needs_only_a_tag_and_a_quote():
    parsed = parse_annotation(MINIMAL, LINKS)
    assert (parsed.kind, parsed.exact, parsed.start, parsed.source) == ("claim", CLAIM, None, None)


def test_a_posted_id_becomes_via_and_canonical_is_kept():
    data = {**MINIMAL, "id": "urn:uuid:1", "canonical": "https://example.org/a/1"}
    parsed = parse_annotation(data, LINKS)
    assert (parsed.via, parsed.canonical) == ("urn:uuid:1", "https://example.org/a/1")


@pytest.mark.parametrize(
    ("change", "status", "field"),
    [
        ({"@context": "https://www.w3.org/ns/anno.jsonld"}, 400, "@context"),
        ({"type": "Note"}, 400, "type"),
        ({"motivation": "claim"}, 400, "motivation"),
        ({"body": []}, 422, "body"),
        ({"body": "claim"}, 400, "body"),
        ({"bodyValue": "a comment", "body": None}, 422, "body"),
        ({"bodyValue": "a comment"}, 400, "body"),
        ({"body": [MINIMAL["body"], MINIMAL["body"]]}, 422, "body[1]"),
        ({"body": {"type": "TextualBody", "purpose": "replying", "value": "x"}}, 422, None),
        ({"body": {"type": "TextualBody", "purpose": "tagging", "value": 3}}, 400, None),
        ({"target": None}, 400, "target"),
        ({"target": "http://testserver/articles/x/"}, 422, "target"),
        ({"target": [MINIMAL["target"], MINIMAL["target"]]}, 422, "target"),
        (
            {"target": {"selector": {"type": "TextPositionSelector", "start": 1, "end": 3}}},
            422,
            "target.selector",
        ),
        ({"target": {"selector": {"type": "FragmentSelector", "value": "p1"}}}, 422, None),
        (
            {
                "target": {
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": "x"},
                        {"type": "TextPositionSelector", "start": "1", "end": 3},
                    ]
                }
            },
            400,
            "target.selector[1].start",
        ),
        ({"canonical": "not an iri"}, 400, "canonical"),
    ],
)
def test_bad_shapes_are_refused_with_a_clear_error(change, status, field):
    data = {**MINIMAL, **change}
    for key in ("target", "body"):
        if key in change and change[key] is None:
            del data[key]
    with pytest.raises(InvalidAnnotation) as error:
        parse_annotation(data, LINKS)
    assert error.value.status == status and error.value.message
    if field is not None:
        assert error.value.field == field


@pytest.mark.parametrize(
    "source",
    [
        "http://example.org/api/entities/1/",
        "http://testserver/articles/some-article/",
        {"schema:name": "Nobody"},
        {"schema:name": "Nobody", "type": "schema:Spaceship"},
    ],
)
def test_entities_must_be_ours_wikidata_or_new_with_name_and_type(source):
    data = {
        **MINIMAL,
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": "entity"},
            {"type": "SpecificResource", "purpose": "identifying", "source": source},
        ],
    }
    with pytest.raises(InvalidAnnotation) as error:
        parse_annotation(data, LINKS)
    assert error.value.status == 422 and error.value.field.startswith("body[1].source")


@pytest.mark.django_db
def test_links_name_the_same_paths_as_the_routes():
    links, pk = Links("https://news.example"), uuid.uuid4()
    article = make_article()
    assert links.annotation(pk) == "https://news.example" + reverse("annotation-api", args=[pk])
    assert links.entity(42) == "https://news.example" + reverse("entity-api", args=[42])
    assert links.person(7) == "https://news.example" + reverse("person-api", args=[7])
    assert links.article(article) == "https://news.example" + article.get_absolute_url()
