"""Who may do what, through the reader UI's services and through the API: one matrix.

Personas: an anonymous reader, the annotator who wrote the annotation (author), a fellow
annotator and a curator. The annotation acted on is the author's, accepted by a curator
so that everyone can see it; a second, proposed one checks who sees proposals.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import Client

from annotations.models import Annotation
from annotations.permissions import can_annotate, can_edit
from annotations.tag_rules import Tag
from annotations.writes import annotation_delete, annotation_set_status, annotation_update
from tests.annotations.api_helpers import container_url, delete, new_annotation, post, put
from tests.annotations.conftest import CLAIM
from tests.factories import make_annotation, make_user

pytestmark = pytest.mark.django_db

PERSONAS = ("anonymous", "author", "fellow", "curator")
# persona: (GET container, sees proposed, POST, PUT author's, DELETE author's, PUT own)
MATRIX = {
    "anonymous": (200, False, 401, 401, 401, None),
    "author": (200, True, 201, 200, 204, 200),
    "fellow": (200, True, 201, 403, 403, 200),
    "curator": (200, True, 201, 200, 204, 200),
}


@pytest.fixture
def world(article, annotator, fellow, curator):
    users = {
        "anonymous": AnonymousUser(),
        "author": annotator,
        "fellow": fellow,
        "curator": curator,
    }
    shared = make_annotation(article, annotator, CLAIM)
    annotation_set_status(annotation_id=shared.pk, user=curator, status="accepted")
    shared.refresh_from_db()
    proposed = make_annotation(article, annotator, "Ukraine", kind="entity")
    return users, shared, proposed


def _client(user) -> Client:
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


def _allowed(call) -> bool:
    try:
        call()
    except PermissionDenied:
        return False
    return True


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_services_allow_exactly_the_matrix(world, persona, article):
    users, shared, proposed = world
    user = users[persona]
    _, sees_proposed, post_status, put_other, delete_other, _ = MATRIX[persona]
    visible = set(Annotation.objects.visible_to(user).values_list("pk", flat=True))
    assert shared.pk in visible
    assert (proposed.pk in visible) is sees_proposed
    assert can_annotate(user) is (post_status == 201)
    assert can_edit(user, shared) is (put_other == 200)
    updated = _allowed(
        lambda: annotation_update(
            annotation_id=shared.pk, user=user, version=shared.version, tag=Tag("claim", note="x")
        )
    )
    assert updated is (put_other == 200)
    shared.refresh_from_db()
    deleted = _allowed(
        lambda: annotation_delete(annotation_id=shared.pk, user=user, version=shared.version)
    )
    assert deleted is (delete_other == 204)


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_api_allows_exactly_the_matrix(world, persona, article):
    users, shared, proposed = world
    user = users[persona]
    get, sees_proposed, post_status, put_other, delete_other, put_own = MATRIX[persona]
    client = _client(user)

    response = client.get(container_url(article))
    assert response.status_code == get
    ids = [
        item["id"].removeprefix("http://testserver") for item in response.json()["first"]["items"]
    ]
    assert (proposed.get_absolute_url() in ids) is sees_proposed
    assert (client.get(proposed.get_absolute_url()).status_code == 200) is sees_proposed

    created = post(client, container_url(article), new_annotation(article, "Russia"))
    assert created.status_code == post_status

    body = client.get(shared.get_absolute_url()).json()
    body["body"].insert(0, {"type": "TextualBody", "purpose": "commenting", "value": "Source?"})
    assert put(client, shared.get_absolute_url(), body, shared.etag).status_code == put_other
    shared.refresh_from_db()
    assert delete(client, shared.get_absolute_url(), shared.etag).status_code == delete_other

    if put_own is not None:
        own = client.get(created["Location"]).json()
        own["body"][0]["value"] = "quote"
        assert put(client, created["Location"], own, created["ETag"]).status_code == put_own


def test_a_reader_without_the_annotator_role_cannot_write(article, db):
    reader = make_user("rita", role="none")
    client = _client(reader)
    assert post(client, container_url(article), new_annotation(article)).status_code == 403
    assert client.get(container_url(article)).status_code == 200
    assert not Annotation.objects.exists()
