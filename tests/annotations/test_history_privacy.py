"""Deleted text is gone from public view: a deleted reply's text is shown in the history to
curators only (the history itself stays whole in the database)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from annotations.models import AnnotationEvent
from annotations.replies import reply_create, reply_delete, reply_update
from annotations.visibility import history
from annotations.writes import annotation_delete, annotation_set_status
from tests.factories import make_annotation

pytestmark = pytest.mark.django_db

PHRASE = "26 countries who have formally committed"
PHONE = "Call me on +44 20 7946 0958"


@pytest.fixture
def claim(article, annotator, curator):
    claim = make_annotation(article, annotator, PHRASE, note="Public note.")
    return annotation_set_status(annotation_id=claim.pk, user=curator, status="accepted")


def as_user(request, persona) -> Client:
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    return client


def panel(client, annotation) -> str:
    response = client.get(reverse("annotation-detail", args=[annotation.pk]))
    assert response.status_code == 200
    return response.content.decode()


# The reply is the fellow annotator's; "annotator" wrote the annotation. Only curators read
# deleted text: whoever deleted it meant it gone, and its writer has nothing to review.
@pytest.mark.parametrize(
    ("persona", "sees_it"),
    [("anonymous", False), ("annotator", False), ("fellow", False), ("curator", True)],
)
def test_a_deleted_replys_text_is_shown_to_curators_only(request, claim, fellow, persona, sees_it):
    reply = reply_create(annotation_id=claim.pk, user=fellow, text=PHONE)
    reply_delete(reply_id=reply.pk, user=fellow)

    page = panel(as_user(request, persona), claim)
    assert (PHONE in page) is sees_it
    assert "Reply deleted" in page  # that it happened is history, for everyone
    if not sees_it:
        assert "its text is kept for curators" in page
    # Kept in the database, append-only.
    replied = claim.events.get(action=AnnotationEvent.Action.REPLIED)
    assert replied.after["text"] == PHONE


@pytest.mark.parametrize("persona", ["anonymous", "annotator", "fellow", "curator"])
def test_a_live_replys_text_stays_in_the_history(request, claim, fellow, persona):
    reply_create(annotation_id=claim.pk, user=fellow, text="Source?")
    assert "“Source?”" in panel(as_user(request, persona), claim)


def test_every_version_of_a_deleted_reply_is_withheld(claim, fellow, annotator, curator):
    reply = reply_create(annotation_id=claim.pk, user=fellow, text=PHONE)
    reply_update(reply_id=reply.pk, user=fellow, text=f"{PHONE} (evenings)")
    reply_delete(reply_id=reply.pk, user=fellow)
    events = list(claim.events.select_related("actor"))
    shown = history(claim, annotator, events)
    assert not any(PHONE in entry.quote for entry in shown)
    assert any(PHONE in entry.quote for entry in history(claim, curator, events))


def test_a_deleted_annotations_fields_are_in_its_history_for_curators_only(
    claim, annotator, fellow, curator
):
    annotation_delete(annotation_id=claim.pk, user=annotator, version=claim.version)
    claim.refresh_from_db()
    events = list(claim.events.select_related("actor"))
    for person in (annotator, fellow):
        assert all(not entry.changes for entry in history(claim, person, events))
    assert any(entry.changes for entry in history(claim, curator, events))


def test_a_replys_text_edited_away_is_shown_to_curators_only(claim, fellow, annotator, curator):
    reply = reply_create(annotation_id=claim.pk, user=fellow, text=PHONE)
    reply_update(reply_id=reply.pk, user=fellow, text="Ask the desk for my number.")
    events = list(claim.events.select_related("actor"))
    for person in (None, annotator, fellow):
        user = person or AnonymousUser()
        assert not any(PHONE in entry.quote for entry in history(claim, user, events))
    assert any(PHONE in entry.quote for entry in history(claim, curator, events))
    page = panel(Client(), claim)
    assert PHONE not in page and "Ask the desk for my number." in page
