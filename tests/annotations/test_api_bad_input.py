"""Bad input gets a clear 4xx in JSON, never a 500, and leaves nothing half-saved."""

from __future__ import annotations

import copy
import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import Client
from django.utils.module_loading import import_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations import api, views
from annotations.models import Annotation, AnnotationEvent, Entity
from annotations.w3c import MEDIA_TYPE
from newsroom import urls
from tests.annotations.api_helpers import (
    container_url,
    error,
    new_annotation,
    note,
    post,
    put,
)
from tests.annotations.conftest import CLAIM
from tests.factories import make_annotation, make_entity

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, int, int]:
    return Annotation.objects.count(), Entity.objects.count(), AnnotationEvent.objects.count()


@pytest.fixture
def client(signed_in, annotator):
    return signed_in(annotator)


def with_position(article, start, end, exact=CLAIM) -> dict:
    data = new_annotation(article)
    data["target"]["selector"] = [
        {"type": "TextQuoteSelector", "exact": exact},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]
    return data


def entity_body(source) -> dict:
    return {"type": "SpecificResource", "purpose": "identifying", "source": source}


def speaker_body(source) -> dict:
    return {"type": "SpecificResource", "purpose": "describing", "source": source}


NEW_PLACE = {
    "id": "http://www.wikidata.org/entity/Q90",
    "type": "schema:Place",
    "schema:name": "Paris",
}
BROKEN_IRI = "http://[oops/"
LONG_WIKIDATA_PLACE = {**NEW_PLACE, "id": "http://www.wikidata.org/entity/Q" + "1" * 20}


def with_source(data: dict, source) -> dict:
    data["target"]["source"] = source
    return data


@pytest.mark.parametrize(
    ("make", "status", "field"),
    [
        (lambda a: with_position(a, -1, 5), 422, "start"),
        (lambda a: with_position(a, 0, len(a.text) + 10), 422, "start"),
        (lambda a: with_position(a, 40, 40), 422, "start"),
        (lambda a: with_position(a, 50, 40), 422, "start"),
        (lambda a: with_position(a, 0, 2**70), 422, "start"),
        (lambda a: with_position(a, 0, 10, exact="words that are nowhere in it"), 422, "exact"),
        (lambda a: new_annotation(a, "words that are nowhere in it"), 422, "exact"),
        (lambda a: new_annotation(a, CLAIM, "rumour"), 422, "kind"),
        (lambda a: new_annotation(a, CLAIM, "entity"), 422, "entity"),
        (
            lambda a: new_annotation(
                a,
                CLAIM,
                "quote",
                speaker_body(f"http://testserver/api/entities/{make_entity('Paris', 'place').pk}/"),
            ),
            422,
            "speaker",
        ),
        (lambda a: new_annotation(a, CLAIM, "claim", entity_body(NEW_PLACE)), 422, "entity"),
        (lambda a: new_annotation(a, CLAIM, "claim", note("x" * 10_001)), 422, "note"),
        (
            lambda a: new_annotation(
                a,
                CLAIM,
                "claim",
                {"type": "TextualBody", "purpose": "assessing", "value": "sort of"},
            ),
            422,
            "verdict",
        ),
        (
            lambda a: new_annotation(
                a, "Paris", "entity", entity_body("http://www.wikidata.org/entity/Q90")
            ),
            422,
            "entity",
        ),
        (
            lambda a: new_annotation(
                a,
                "Paris",
                "entity",
                entity_body("http://testserver/api/entities/99999999999999999999999/"),
            ),
            422,
            "body[1].source.id",
        ),
        (
            # A new entity is made, then the selection is refused: the entity goes too.
            lambda a: new_annotation(a, "nowhere to be found", "entity", entity_body(NEW_PLACE)),
            422,
            "exact",
        ),
        (
            lambda a: new_annotation(
                a, "Paris", "entity", entity_body({**NEW_PLACE, "schema:name": "x" * 201})
            ),
            422,
            "entity",
        ),
        (
            lambda a: new_annotation(a, CLAIM, "claim", note("nul \x00 byte")),
            400,
            "$.body[1].value",
        ),
        # An IRI whose host is a broken IPv6 literal names nothing of ours.
        (lambda a: with_source(new_annotation(a), BROKEN_IRI), 422, "target.source"),
        (
            lambda a: new_annotation(a, "Paris", "entity", entity_body(BROKEN_IRI)),
            422,
            "body[1].source.id",
        ),
        (
            lambda a: new_annotation(a, CLAIM, "quote", speaker_body(BROKEN_IRI)),
            422,
            "body[1].source.id",
        ),
        (
            lambda a: new_annotation(
                a, CLAIM, "quote", speaker_body({"id": "http://[::1/", "schema:name": "Macron"})
            ),
            422,
            "body[1].source.id",
        ),
        # Wikidata ids are at most 20 characters; so are the ones we store.
        (
            lambda a: new_annotation(a, "Paris", "entity", entity_body(LONG_WIKIDATA_PLACE)),
            422,
            "entity",
        ),
        # 150 characters, but 300 once ß is written out as ss for search.
        (
            lambda a: new_annotation(
                a, "Paris", "entity", entity_body({**NEW_PLACE, "schema:name": "ß" * 150})
            ),
            422,
            "entity",
        ),
        (
            lambda a: new_annotation(
                a, CLAIM, "quote", speaker_body({"type": "schema:Person", "schema:name": "ß" * 150})
            ),
            422,
            "person",
        ),
    ],
)
def test_refused_annotations_leave_nothing_behind(client, article, make, status, field):
    data = make(article)
    before = counts()
    response = post(client, container_url(article), data)
    assert response.status_code == status, response.content
    problem = error(response)
    assert problem["message"] and problem["code"]
    assert problem["field"] == field
    assert counts() == before


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        ("{not json", "application/ld+json", 400, "bad_json"),
        ("  ", "application/ld+json", 400, "bad_json"),
        ("[" * 100_000 + "]" * 100_000, "application/json", 400, "bad_json"),
        (b"\xff\xfe{}", "application/ld+json", 400, "bad_json"),
        ('{"body": "\\ud800"}', "application/ld+json", 400, "invalid"),
        ("[1, 2]", "application/ld+json", 400, "invalid"),
        (
            '{"target": {"selector": {"type": "TextPositionSelector", "start": 1e999}}}',
            "application/ld+json",
            400,
            "invalid",
        ),
        ("kind=claim&exact=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
        ("{}", "text/plain", 415, "unsupported_media_type"),
        ("{}", "application/json; charset=latin-1", 415, "unsupported_media_type"),
    ],
)
def test_malformed_bodies_and_wrong_types(client, article, body, content_type, status, code):
    response = post(client, container_url(article), body, content_type=content_type)
    assert response.status_code == status, response.content
    assert error(response)["code"] == code
    assert counts() == (0, 0, 0)


def test_a_one_megabyte_note_is_too_large(client, article):
    data = new_annotation(article, CLAIM, "claim", note("x" * 1_000_000))
    response = post(client, container_url(article), data)
    assert response.status_code == 413 and error(response)["code"] == "too_large"
    assert counts() == (0, 0, 0)


def test_html_in_notes_and_entity_names_comes_back_as_inert_data(client, article):
    script = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    entity = {"type": "schema:Organization", "schema:name": f"<b>ACME</b>{script}"}
    data = new_annotation(article, "Ukraine", "entity", note(script), entity_body(entity))
    response = post(client, container_url(article), data)
    assert response.status_code == 201, response.content
    assert response["Content-Type"].startswith("application/ld+json")
    assert response["X-Content-Type-Options"] == "nosniff"
    body = json.loads(response.content)
    assert body["body"][0]["value"] == script
    assert body["body"][2]["source"]["schema:name"] == f"<b>ACME</b>{script}"
    assert Entity.objects.get().name == f"<b>ACME</b>{script}"


def test_a_wrong_exact_is_re_anchored_by_its_quote(client, article):
    data = with_position(article, 0, len(CLAIM))  # offsets from another revision
    response = post(client, container_url(article), data)
    assert response.status_code == 201
    annotation = Annotation.objects.get()
    assert article.text[annotation.start : annotation.end] == CLAIM
    assert annotation.anchor_method == "quote"


def test_writes_without_a_csrf_token_are_refused(signed_in, article, annotator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(annotator)
    response = post(client, container_url(article), new_annotation(article))
    assert response.status_code == 403 and error(response)["code"] == "csrf"
    annotation = make_annotation(article, annotator, CLAIM)
    data = client.get(annotation.get_absolute_url()).json()
    assert put(client, annotation.get_absolute_url(), data, annotation.etag).status_code == 403
    assert counts()[0] == 1
    client.get("/accounts/login/")  # any page that sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    response = post(client, container_url(article), new_annotation(article), HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201


def test_anonymous_writes_ask_for_a_session(article, client, db):
    anonymous = Client()
    response = post(anonymous, container_url(article), new_annotation(article))
    assert response.status_code == 401 and response["WWW-Authenticate"]
    assert counts() == (0, 0, 0)


@pytest.mark.parametrize(
    "query",
    ["?page=-1", "?page=99999999999999999999999", "?iris=2", "?article=%00", "?article=../x"],
)
def test_bad_query_parameters(client, article, query):
    url = "/api/annotations/" + query if "article" in query else container_url(article) + query
    response = client.get(url)
    assert 400 <= response.status_code < 500 and error(response)["code"]


def test_if_match_garbage_is_a_failed_precondition(client, article, annotator):
    annotation = make_annotation(article, annotator, CLAIM)
    data = client.get(annotation.get_absolute_url()).json()
    for etag in ('"zzz"', "W/" + annotation.etag, f'"{annotation.pk}-v99999999999999"', "\t"):
        assert put(client, annotation.get_absolute_url(), data, etag).status_code == 412, etag


def test_a_broken_iri_is_refused_by_the_site_container_and_on_put(client, article, annotator):
    response = post(client, "/api/annotations/", with_source(new_annotation(), BROKEN_IRI))
    assert response.status_code == 422 and error(response)["field"] == "target.source"
    annotation = make_annotation(article, annotator, "Paris", kind="entity")
    data = client.get(annotation.get_absolute_url()).json()
    data["body"][1]["source"] = {"id": BROKEN_IRI}
    response = put(client, annotation.get_absolute_url(), data, annotation.etag)
    assert response.status_code == 422 and error(response)["field"] == "body[1].source.id"
    annotation.refresh_from_db()
    assert annotation.version == 1


def test_an_unexpected_failure_under_api_is_a_json_500_and_is_logged(
    annotator, article, monkeypatch, caplog
):
    annotation = make_annotation(article, annotator, CLAIM)

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "annotation_to_w3c", broken)
    monkeypatch.setattr(views, "reader_items", broken)
    client = Client(raise_request_exception=False)
    client.force_login(annotator)
    response = client.get(annotation.get_absolute_url())
    assert response.status_code == 500 and error(response)["code"] == "server_error"
    assert "a bug" not in response.content.decode()
    assert any(record.exc_info and "a bug" in str(record.exc_info[1]) for record in caplog.records)
    page = client.get(article.get_absolute_url())  # outside /api/, Django's page
    assert page.status_code == 500 and page["Content-Type"].startswith("text/html")


def test_a_request_refused_before_any_api_view_runs_is_answered_in_json(client):
    response = client.get("/api/annotations/", HTTP_HOST="evil.example")
    assert response.status_code == 400 and error(response)["code"] == "bad_request"
    page = client.get("/articles/", HTTP_HOST="evil.example")
    assert page.status_code == 400 and page["Content-Type"].startswith("text/html")


@pytest.mark.parametrize(
    ("handler", "exception", "api_status", "page_status"),
    [("handler403", PermissionDenied(), 401, 403), ("handler404", Http404(), 404, 404)],
)
def test_the_projects_error_handlers_answer_json_under_api(
    rf, handler, exception, api_status, page_status
):
    view = import_string(getattr(urls, handler))
    request = rf.get("/api/annotations/")
    request.user = AnonymousUser()
    response = view(request, exception)
    assert response.status_code == api_status and response["Content-Type"] == MEDIA_TYPE
    assert json.loads(response.content)["error"]["code"]
    page = view(rf.get("/articles/"), exception)
    assert page.status_code == page_status and page["Content-Type"].startswith("text/html")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(
    ["@context", "id", "type", "motivation", "body", "bodyValue", "target", "canonical", "via"]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=KEYS, value=JSON, inner=st.sampled_from(["source", "selector", "purpose", "value", "type"])
)
def test_no_mutation_of_a_valid_annotation_ends_in_a_500(client, article, key, value, inner):
    data = new_annotation(
        article,
        CLAIM,
        "quote",
        note("n"),
        speaker_body({"type": "schema:Person", "schema:name": "X"}),
    )
    data[key] = copy.deepcopy(value)
    if isinstance(data.get("target"), dict):
        data["target"][inner] = copy.deepcopy(value)
    if isinstance(data.get("body"), list) and data["body"] and isinstance(data["body"][-1], dict):
        data["body"][-1][inner] = copy.deepcopy(value)
    before = counts()
    response = post(client, container_url(article), data)
    assert response.status_code in (201, 400, 413, 415, 422), response.content
    if response.status_code != 201:
        assert counts() == before and error(response)["message"]
