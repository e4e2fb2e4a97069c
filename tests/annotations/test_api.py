"""The annotation API speaks the W3C Web Annotation Protocol."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations import api
from annotations.models import Annotation, Entity
from annotations.w3c import MEDIA_TYPE
from annotations.writes import annotation_set_status
from newsroom.revisions import article_recompile
from tests.annotations.api_helpers import (
    container_url,
    delete,
    error,
    new_annotation,
    note,
    post,
    put,
)
from tests.annotations.conftest import CLAIM
from tests.factories import make_annotation, make_entity

pytestmark = pytest.mark.django_db

PREFER = 'return=representation;include="{}"'


def test_the_article_container_describes_itself(client, article):
    response = client.get(container_url(article))
    assert response.status_code == 200
    assert response["Content-Type"] == MEDIA_TYPE
    assert response["ETag"].startswith('"')
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS", "POST"}
    assert '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"' in response["Link"]
    assert 'rel="http://www.w3.org/ns/ldp#constrainedBy"' in response["Link"]
    # One representation, JSON-LD, whatever Accept says; Prefer chooses what it holds.
    vary = {v.strip() for v in response["Vary"].split(",")}
    assert "Prefer" in vary and "Accept" not in vary
    assert response["Accept-Post"] == MEDIA_TYPE
    body = response.json()
    assert body["type"] == ["BasicContainer", "AnnotationCollection"]
    assert body["total"] == 0 and "first" not in body
    assert response["Content-Location"] == body["id"]
    assert body["id"] == f"http://testserver/api/annotations/?article={article.slug}&iris=0"
    # The address it names serves the same collection.
    assert client.get(body["id"]).json() == body


def test_pages_follow_each_other(client, article, curator, monkeypatch):
    monkeypatch.setattr(api, "PAGE_SIZE", 2)
    for phrase in ("More than", "two dozen", "countries", "Ukraine", "Russia"):
        make_annotation(article, curator, phrase)
    body = client.get(container_url(article)).json()
    assert body["total"] == 5 and body["last"].endswith("&page=2")
    first = body["first"]
    assert [first["startIndex"], len(first["items"])] == [0, 2]
    assert first["items"][0]["target"]["selector"][0]["exact"] == "More than"
    second = client.get(first["next"]).json()
    assert second["startIndex"] == 2 and second["prev"] == first["id"]
    third = client.get(second["next"]).json()
    assert len(third["items"]) == 1 and "next" not in third
    assert client.get(body["id"] + "&page=3").status_code == 404
    assert client.get(body["id"] + "&page=x").status_code == 404


def test_prefer_chooses_minimal_iris_or_descriptions(client, article, curator):
    annotation = make_annotation(article, curator, CLAIM)
    minimal = client.get(
        container_url(article), headers={"Prefer": PREFER.format(api.PREFER_MINIMAL)}
    )
    assert isinstance(minimal.json()["first"], str)
    iris = client.get(container_url(article), headers={"Prefer": PREFER.format(api.PREFER_IRIS)})
    assert iris.json()["first"]["items"] == [f"http://testserver{annotation.get_absolute_url()}"]
    assert iris.json()["id"].endswith("iris=1") and iris["Content-Location"] == iris.json()["id"]
    full = client.get(
        container_url(article), headers={"Prefer": PREFER.format(api.PREFER_DESCRIPTIONS)}
    )
    assert full.json()["first"]["items"][0]["id"] == iris.json()["first"]["items"][0]
    assert len({minimal["ETag"], iris["ETag"], full["ETag"]}) == 3


def test_head_and_options(client, article):
    head = client.head(container_url(article))
    assert head.status_code == 200 and head["ETag"] and head.content == b""
    options = client.options(container_url(article))
    assert options.status_code == 200 and "POST" in options["Allow"] and options["Accept-Post"]


def test_an_unchanged_container_answers_304(client, article, curator):
    etag = client.get(container_url(article))["ETag"]
    assert client.get(container_url(article), headers={"If-None-Match": etag}).status_code == 304
    make_annotation(article, curator, CLAIM)
    assert client.get(container_url(article), headers={"If-None-Match": etag}).status_code == 200


def test_post_creates_an_annotation(signed_in, article, annotator):
    client = signed_in(annotator)
    data = new_annotation(
        article, CLAIM, "claim", note("Count them."), id="urn:uuid:abc", canonical="urn:x:1"
    )
    response = post(client, container_url(article), data)
    assert response.status_code == 201, response.content
    body = response.json()
    annotation = Annotation.objects.get()
    assert (
        response["Location"] == body["id"] == f"http://testserver/api/annotations/{annotation.pk}/"
    )
    assert response["ETag"] == annotation.etag
    assert body["via"] == "urn:uuid:abc" and body["canonical"] == "urn:x:1"
    assert (annotation.kind, annotation.note, annotation.status) == (
        "claim",
        "Count them.",
        "proposed",
    )
    assert article.text[annotation.start : annotation.end] == CLAIM
    assert body["schema:creativeWorkStatus"] == "proposed"
    assert client.get(response["Location"]).json() == body


def test_a_plain_client_posts_a_tag_and_a_quote_only(signed_in, article, curator):
    data = {
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "quote"},
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "Macron told reporters"}},
    }
    response = post(
        signed_in(curator), container_url(article), data, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    annotation = Annotation.objects.get()
    assert annotation.kind == "quote" and annotation.status == "accepted"
    assert article.text[annotation.start : annotation.end] == "Macron told reporters"


def test_the_site_container_takes_the_article_from_the_target(signed_in, article, annotator):
    client = signed_in(annotator)
    response = post(client, "/api/annotations/", new_annotation(article))
    assert response.status_code == 201, response.content
    assert Annotation.objects.get().article == article
    unnamed = new_annotation(None)
    assert error(post(client, "/api/annotations/", unnamed))["field"] == "target"
    other = new_annotation(article)
    other["target"]["source"] = "http://testserver/articles/no-such-article/"
    assert post(client, "/api/annotations/", other).status_code == 422
    assert post(client, container_url(article), other).status_code == 422
    assert Annotation.objects.count() == 1


def test_a_create_over_the_api_runs_post_save_receivers(signed_in, article, annotator):
    from django.db.models.signals import post_save

    received = []

    def receiver(sender, instance, created, **kwargs):
        received.append((str(instance.pk), created, instance.exact))

    post_save.connect(receiver, sender=Annotation)
    try:
        response = post(signed_in(annotator), container_url(article), new_annotation(article))
    finally:
        post_save.disconnect(receiver, sender=Annotation)
    assert response.status_code == 201
    assert received == [(response["Location"].rstrip("/").rsplit("/", 1)[-1], True, CLAIM)]


def test_entities_are_named_by_our_iri_by_wikidata_or_created(signed_in, article, annotator):
    client = signed_in(annotator)
    ukraine = make_entity("Ukraine", "place")
    by_ours = {
        "type": "SpecificResource",
        "purpose": "identifying",
        "source": f"http://testserver/api/entities/{ukraine.pk}/",
    }
    response = post(
        client, container_url(article), new_annotation(article, "Ukraine", "entity", by_ours)
    )
    assert response.status_code == 201 and Annotation.objects.get().entity == ukraine
    assert response.json()["body"][1]["source"]["id"] == by_ours["source"]
    new = {
        "type": "SpecificResource",
        "purpose": "identifying",
        "source": {
            "id": "http://www.wikidata.org/entity/Q212",
            "type": "schema:Place",
            "schema:name": "Ukraine (country)",
        },
    }
    response = post(
        client, container_url(article), new_annotation(article, "Russia", "entity", new)
    )
    assert response.status_code == 201, response.content
    created = Entity.objects.get(wikidata_id="Q212")
    assert (created.name, created.kind, created.created_by) == (
        "Ukraine (country)",
        "place",
        annotator,
    )
    again = {**new, "source": "https://www.wikidata.org/wiki/Q212"}
    response = post(
        client, container_url(article), new_annotation(article, "Zelensky", "entity", again)
    )
    assert response.status_code == 201 and Entity.objects.filter(wikidata_id="Q212").count() == 1
    described = client.get(f"/api/entities/{created.pk}/").json()
    assert described["schema:sameAs"] == "http://www.wikidata.org/entity/Q212"


def test_a_speaker_named_by_text_is_found_or_created_as_a_person(signed_in, article, annotator):
    macron = make_entity("Emmanuel Macron", "person")
    speaker = {"type": "TextualBody", "purpose": "describing", "value": "emmanuel macron"}
    client = signed_in(annotator)
    response = post(
        client, container_url(article), new_annotation(article, "We have today", "quote", speaker)
    )
    assert response.status_code == 201 and Annotation.objects.get().speaker == macron
    someone = {**speaker, "value": "A Spokesperson"}
    post(client, container_url(article), new_annotation(article, "26 countries", "quote", someone))
    assert Entity.objects.get(name="A Spokesperson").kind == "person"


def test_one_annotation_has_its_headers(client, article, curator):
    annotation = make_annotation(article, curator, CLAIM)
    response = client.get(annotation.get_absolute_url())
    assert response.status_code == 200 and response["Content-Type"] == MEDIA_TYPE
    assert response["ETag"] == annotation.etag
    assert '<http://www.w3.org/ns/ldp#Resource>; rel="type"' in response["Link"]
    assert "Accept" not in response.get("Vary", "")
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
    assert (
        client.get(
            annotation.get_absolute_url(), headers={"If-None-Match": annotation.etag}
        ).status_code
        == 304
    )
    assert client.post(annotation.get_absolute_url()).status_code == 405


def test_put_needs_if_match_and_refuses_a_stale_one(signed_in, article, annotator):
    client = signed_in(annotator)
    annotation = make_annotation(article, annotator, CLAIM)
    url = annotation.get_absolute_url()
    data = client.get(url).json()
    data["body"].insert(0, note("Checked."))
    assert error(put(client, url, data, None))["code"] == "precondition_required"
    assert put(client, url, data, None).status_code == 428
    response = put(client, url, data, annotation.etag)
    assert response.status_code == 200, response.content
    assert response.json()["body"][0]["value"] == "Checked." and response["ETag"] != annotation.etag
    data["body"][0]["value"] = "Overwritten?"
    stale = put(client, url, data, annotation.etag)
    assert stale.status_code == 412
    assert stale.json()["current"]["body"][0]["value"] == "Checked."  # the newer state
    assert stale["ETag"] == response["ETag"]
    assert put(client, url, data, '"nonsense"').status_code == 412
    assert Annotation.objects.get().note == "Checked."


def test_put_keeps_the_target_and_canonical(signed_in, article, annotator):
    client = signed_in(annotator)
    created = post(client, container_url(article), new_annotation(article, canonical="urn:x:9"))
    url, etag, data = created["Location"], created["ETag"], created.json()
    moved = {**data, "target": new_annotation(article, "Ukraine")["target"]}
    assert error(put(client, url, moved, etag))["code"] == "target_fixed"
    data["canonical"] = "urn:x:other"
    data["body"][0]["value"] = "quote"
    response = put(client, url, data, etag)
    assert response.status_code == 200 and response.json()["canonical"] == "urn:x:9"
    assert Annotation.objects.get().kind == "quote"


def test_delete_then_gone_and_not_listed(signed_in, article, annotator):
    client = signed_in(annotator)
    annotation = make_annotation(article, annotator, CLAIM)
    url = annotation.get_absolute_url()
    assert delete(client, url, None).status_code == 428
    assert delete(client, url, '"stale"').status_code == 412
    response = delete(client, url, annotation.etag)
    assert response.status_code == 204 and response.content == b""
    assert client.get(url).status_code == 410
    assert error(put(client, url, {}, '"x"'))["code"] == "gone"
    assert client.get(container_url(article)).json()["total"] == 0
    assert Annotation.objects.get().deleted_at is not None  # history kept


def test_anonymous_readers_see_accepted_annotations_only(client, article, annotator, curator):
    proposed = make_annotation(article, annotator, CLAIM)
    accepted = make_annotation(article, annotator, "Ukraine", kind="entity")
    annotation_set_status(annotation_id=accepted.pk, user=curator, status="accepted")
    body = client.get(container_url(article)).json()
    assert [item["id"] for item in body["first"]["items"]] == [
        f"http://testserver{accepted.get_absolute_url()}"
    ]
    assert client.get(proposed.get_absolute_url()).status_code == 404
    assert client.get(f"/api/people/{annotator.pk}/").json()["nickname"] == "ana"


def test_drafts_are_hidden_from_everyone_but_staff(client, signed_in, draft, annotator, curator):
    make_annotation(draft, curator, CLAIM)
    assert client.get(container_url(draft)).status_code == 404
    assert signed_in(annotator).get(container_url(draft)).status_code == 404
    assert signed_in(annotator).get("/api/annotations/").json()["total"] == 0
    assert signed_in(curator).get(container_url(draft)).json()["total"] == 1
    assert (
        post(signed_in(annotator), container_url(draft), new_annotation(draft)).status_code == 404
    )


def test_a_draft_staff_opened_is_still_404_to_annotators_whatever_they_send(
    signed_in, draft, annotator, curator
):
    # The curator's visit leaves the draft in this process's memory of articles.
    assert signed_in(curator).get(container_url(draft)).status_code == 200
    client = signed_in(annotator)
    assert post(client, container_url(draft), new_annotation(draft)).status_code == 404
    assert post(client, container_url(draft), "{not json").status_code == 404
    assert not Annotation.objects.exists()


def test_an_article_unpublished_after_it_was_seen_takes_no_new_annotations(
    signed_in, article, annotator
):
    client = signed_in(annotator)
    assert post(client, container_url(article), new_annotation(article)).status_code == 201
    article.status = "draft"
    article.save()
    response = post(client, container_url(article), new_annotation(article))
    assert response.status_code == 404 and error(response)["code"] == "not_found"
    assert Annotation.objects.count() == 1


def test_posts_after_a_revision_anchor_into_the_new_text(signed_in, article, annotator):
    client = signed_in(annotator)
    assert post(client, container_url(article), new_annotation(article)).status_code == 201
    article.headline = "A longer headline that moves every offset after it"
    article.save()
    article_recompile(article=article, reason="test")
    article.refresh_from_db()
    response = post(client, container_url(article), new_annotation(article))
    assert response.status_code == 201, response.content
    created = Annotation.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[-1])
    assert created.anchor_revision == 2 and created.revision.number == 2
    assert article.text[created.start : created.end] == CLAIM


def test_a_quote_only_the_new_revision_has_is_taken_after_a_revision(signed_in, article, annotator):
    client = signed_in(annotator)
    assert post(client, container_url(article), new_annotation(article)).status_code == 201
    body = [dict(item) for item in article.content["body"]]
    body.append({"kind": "paragraph", "text": "A sentence added by the second revision."})
    article.content = {**article.content, "body": body}
    article.save()
    article_recompile(article=article, reason="test")
    article.refresh_from_db()
    phrase = "A sentence added by the second revision."
    response = post(client, container_url(article), new_annotation(article, phrase))
    assert response.status_code == 201, response.content
    assert Annotation.objects.get(exact=phrase).anchor_revision == 2


def test_the_container_costs_the_same_queries_for_3_or_30_annotations(signed_in, article, curator):
    client = signed_in(curator)
    counts = []
    for n in (3, 30):
        while Annotation.objects.count() < n:
            i = Annotation.objects.count()
            phrase = article.text[i * 3 : i * 3 + 2] if i % 3 else "Ukraine"
            kind = "entity" if i % 3 == 0 else ("quote" if i % 3 == 1 else "claim")
            make_annotation(article, curator, phrase, kind=kind)
        client.get(container_url(article))  # session and permission caches warm alike
        with CaptureQueriesContext(connection) as queries:
            assert client.get(container_url(article)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_unknown_api_addresses_answer_json_404(client):
    response = client.get("/api/annotations")
    assert response.status_code == 404 and "slash" in error(response)["message"]
    assert client.get("/api/nothing/here/").status_code == 404
