"""A tag's rules are declared once (annotations.tag_rules): the reader UI's form and the
API refuse the same input with the same message, and save nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.html import escape

from annotations.models import Annotation, Entity
from tests.annotations.api_helpers import container_url, error, new_annotation, note, post
from tests.annotations.conftest import CLAIM
from tests.factories import make_entity

pytestmark = pytest.mark.django_db


def iri(entity: Entity) -> str:
    return f"http://testserver/api/entities/{entity.pk}/"


def resource(purpose: str, role: str) -> dict:
    return {"type": "SpecificResource", "purpose": purpose, "source": role}


def assessing(value: str) -> dict:
    return {"type": "TextualBody", "purpose": "assessing", "value": value}


# (what the form posts, the API's bodies besides the tag, what the tag body adds, message)
# Entities are named by role: "person" is a person, "place" a place.
CASES = [
    ({"kind": "rumour"}, [], {}, "Unknown kind 'rumour'; use one of claim, entity, quote."),
    ({"kind": "entity"}, [], {}, "Choose or create the entity this text names."),
    (
        {"kind": "claim", "verdict": "sort of"},
        [assessing("sort of")],
        {},
        "Unknown verdict 'sort of'; use one of unreviewed, checking, true, mostly-true, "
        "misleading, false, unverifiable.",
    ),
    (
        {"kind": "quote", "quote_type": "paraphrase"},
        [],
        {"schema:additionalType": "paraphrase"},
        "Unknown quote type 'paraphrase'; use one of direct, indirect.",
    ),
    (
        {"kind": "claim", "note": "x" * 10_001},
        [note("x" * 10_001)],
        {},
        "Ensure this value has at most 10000 characters (it has 10001).",
    ),
    (
        {"kind": "quote", "speaker": "place"},
        [resource("describing", "place")],
        {},
        "A speaker must be a person or an organization, not a place.",
    ),
    (
        {"kind": "claim", "claimant": "place"},
        [resource("describing", "place")],
        {},
        "A claimant must be a person or an organization, not a place.",
    ),
    # Fields of another kind are refused, not dropped.
    (
        {"kind": "entity", "entity": "place", "verdict": "false"},
        [resource("identifying", "place"), assessing("false")],
        {},
        "Only claims have a verdict.",
    ),
    (
        {"kind": "entity", "entity": "place", "speaker": "person"},
        [resource("identifying", "place"), resource("describing", "person")],
        {},
        "Only quotes have a speaker.",
    ),
    (
        {"kind": "claim", "entity": "place"},
        [resource("identifying", "place")],
        {},
        "Only entity tags have an entity.",
    ),
    (
        {"kind": "claim", "quote_cue": "told reporters"},
        [],
        {"schema:description": "told reporters"},
        "Only quotes have a cue.",
    ),
]


def _named(value, entities: dict[str, Entity]):
    return entities[value] if isinstance(value, str) and value in entities else value


@pytest.mark.parametrize(("form", "bodies", "tagging", "message"), CASES)
def test_the_form_and_the_api_refuse_alike(
    signed_in, article, annotator, form, bodies, tagging, message
):
    entities = {
        "person": make_entity("Emmanuel Macron", "person"),
        "place": make_entity("Paris", "place"),
    }
    client = signed_in(annotator)

    start = article.text.index(CLAIM)
    data = {"start": start, "end": start + len(CLAIM), "exact": CLAIM, "save": "1"}
    for name, value in form.items():
        value = _named(value, entities)
        data[name] = value.pk if isinstance(value, Entity) else value
    url = reverse("annotation-create", args=[article.slug])
    page = client.post(url, data, HTTP_HX_REQUEST="true").content.decode()

    bodies = [{**b, "source": iri(entities[b["source"]])} if "source" in b else b for b in bodies]
    annotation = new_annotation(article, CLAIM, form["kind"], *bodies)
    annotation["body"][0].update(tagging)
    response = post(client, container_url(article), annotation)

    assert response.status_code == 422, response.content
    assert error(response)["message"] == message
    assert escape(message) in page
    assert not Annotation.objects.exists()


def test_context_past_the_limit_is_refused_alike_by_the_form_and_the_api(
    signed_in, article, annotator
):
    # Anchoring looks at MAX_CONTEXT characters each side; more would only cost time.
    client = signed_in(annotator)
    start = article.text.index(CLAIM)
    long_prefix = "x" * 1_000
    message = (
        "The prefix may hold at most 256 characters of context (it has 1,000); "
        "32 are enough to tell places apart."
    )
    data = {"start": start, "end": start + len(CLAIM), "exact": CLAIM, "prefix": long_prefix}
    url = reverse("annotation-create", args=[article.slug])
    page = client.post(url, data, HTTP_HX_REQUEST="true").content.decode()

    annotation = new_annotation(article, CLAIM)
    annotation["target"]["selector"][0]["prefix"] = long_prefix
    response = post(client, container_url(article), annotation)

    assert response.status_code == 422, response.content
    assert error(response)["message"] == message and error(response)["field"] == "prefix"
    assert escape(message) in page
    assert not Annotation.objects.exists()
