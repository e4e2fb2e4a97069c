"""Review cannot be bypassed: an annotator's edit of an accepted annotation is held as a
change awaiting review. Readers keep the accepted version until a curator accepts the
change; its author and curators see the change; the history says what happened."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse

from annotations.models import Annotation, ProposedChange
from annotations.tag_rules import AnnotationError, Tag
from annotations.writes import (
    annotation_delete,
    annotation_set_status,
    annotation_update,
)
from tests.annotations.api_helpers import note, put
from tests.factories import make_annotation

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
PHRASE = "26 countries who have formally committed"
ACCEPTED_NOTE = "Checked against the communiqué."
NEW_NOTE = "Unreviewed words that readers must not see yet."


@pytest.fixture
def accepted(article, annotator, curator):
    """An annotator's claim with a note, accepted by a curator (version 2)."""
    claim = make_annotation(article, annotator, PHRASE, note=ACCEPTED_NOTE)
    return annotation_set_status(annotation_id=claim.pk, user=curator, status="accepted")


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def api_url(annotation) -> str:
    return reverse("annotation-api", args=[annotation.pk])


def panel(client, annotation) -> str:
    response = client.get(reverse("annotation-detail", args=[annotation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def w3c_note(data: dict) -> str:
    return next(b["value"] for b in data["body"] if b.get("purpose") == "commenting")


def edit_by_form(client, annotation, *, version, note: str, verdict: str = "unreviewed"):
    data = {"kind": "claim", "verdict": verdict, "note": note, "version": version}
    return client.post(reverse("annotation-edit", args=[annotation.pk]), data, **HX)


def edit_by_api(client, annotation, *, note_text: str):
    got = client.get(api_url(annotation))
    body = got.json()
    body["body"] = [note(note_text), *(b for b in body["body"] if b["purpose"] != "commenting")]
    return put(client, api_url(annotation), body, got["ETag"])


def review(client, annotation, status: str):
    version = Annotation.objects.get(pk=annotation.pk).version
    url = reverse("annotation-status", args=[annotation.pk])
    return client.post(url, {"status": status, "version": version}, **HX)


# --- the edit is held ------------------------------------------------------------------


def test_an_api_put_to_an_accepted_annotation_is_held_for_review(accepted, annotator, fellow):
    response = edit_by_api(login(annotator), accepted, note_text=NEW_NOTE)
    assert response.status_code == 200
    # Its author sees the edit, marked as awaiting review, under the new version.
    assert w3c_note(response.json()) == NEW_NOTE
    assert response.json()["schema:creativeWorkStatus"] == "proposed"
    assert response["ETag"] == f'"{accepted.pk}-v3"'

    anonymous = Client().get(api_url(accepted))
    assert anonymous.status_code == 200
    assert w3c_note(anonymous.json()) == ACCEPTED_NOTE
    assert anonymous.json()["schema:creativeWorkStatus"] == "accepted"
    container_url = f"/api/articles/{accepted.article.slug}/annotations/"
    for reader in (Client(), login(fellow)):
        container = reader.get(container_url).content.decode()
        assert NEW_NOTE not in container and ACCEPTED_NOTE in container
    assert NEW_NOTE in login(annotator).get(container_url).content.decode()
    assert w3c_note(login(fellow).get(api_url(accepted)).json()) == ACCEPTED_NOTE
    stored = Annotation.objects.get(pk=accepted.pk)
    assert (stored.note, stored.status) == (ACCEPTED_NOTE, "accepted")


def test_the_edit_form_on_an_accepted_annotation_is_held_for_review(accepted, annotator):
    response = edit_by_form(login(annotator), accepted, version=2, note=NEW_NOTE)
    assert response.status_code == 200
    assert "awaiting review" in response.content.decode()

    page = panel(Client(), accepted)
    assert ACCEPTED_NOTE in page and NEW_NOTE not in page
    assert "Accepted" in page
    stored = Annotation.objects.get(pk=accepted.pk)
    assert (stored.note, stored.status, stored.version) == (ACCEPTED_NOTE, "accepted", 3)
    assert ProposedChange.objects.get(annotation=accepted).note == NEW_NOTE


def test_an_annotators_verdict_is_refused_not_held_for_review(accepted, annotator):
    # Verdicts are the curators' (on the claim page): nothing of it waits for review.
    response = edit_by_form(login(annotator), accepted, version=2, note=NEW_NOTE, verdict="false")
    assert response.status_code == 403
    assert not ProposedChange.objects.exists()
    page = Client().get(accepted.article.get_absolute_url()).content.decode()
    assert "Claim, unreviewed" in page and "Claim, false" not in page


def test_another_annotator_sees_the_accepted_version_and_no_proposed_text(
    accepted, annotator, fellow
):
    edit_by_form(login(annotator), accepted, version=2, note=NEW_NOTE)
    client = login(fellow)
    page = panel(client, accepted)
    assert ACCEPTED_NOTE in page and NEW_NOTE not in page
    # The history says an edit awaits review, not what it says.
    assert "Edited after acceptance — awaiting review" in page
    data = client.get(api_url(accepted)).json()
    assert w3c_note(data) == ACCEPTED_NOTE


def test_the_author_and_curators_see_the_change_beside_the_accepted_version(
    accepted, annotator, curator
):
    edit_by_form(login(annotator), accepted, version=2, note=NEW_NOTE)
    for person in (annotator, curator):
        page = panel(login(person), accepted)
        assert ACCEPTED_NOTE in page and NEW_NOTE in page
        assert "Change awaiting review" in page
    curator_page = panel(login(curator), accepted)
    assert "Accept change" in curator_page and "Reject change" in curator_page
    # The author goes on editing the change, not the accepted tag.
    form = login(annotator).get(reverse("annotation-edit", args=[accepted.pk])).content
    assert NEW_NOTE in form.decode()


def test_a_curator_accepts_the_change_and_readers_then_see_it(accepted, annotator, curator):
    edit_by_api(login(annotator), accepted, note_text=NEW_NOTE)
    response = review(login(curator), accepted, "accepted")
    assert "Change accepted." in response.content.decode()

    page = panel(Client(), accepted)
    assert NEW_NOTE in page and ACCEPTED_NOTE not in page.split("History")[0]
    assert "Change accepted</strong> by casey" in page
    data = Client().get(api_url(accepted)).json()
    assert w3c_note(data) == NEW_NOTE and data["schema:creativeWorkStatus"] == "accepted"
    assert not ProposedChange.objects.filter(annotation=accepted).exists()
    actions = list(accepted.events.values_list("action", flat=True))
    assert actions == ["created", "status", "edit-held", "edit-accepted"]


def test_a_curator_rejects_the_change_and_the_accepted_version_stays(accepted, annotator, curator):
    edit_by_form(login(annotator), accepted, version=2, note=NEW_NOTE)
    response = review(login(curator), accepted, "rejected")
    assert "Change rejected" in response.content.decode()

    stored = Annotation.objects.get(pk=accepted.pk)
    assert (stored.note, stored.status) == (ACCEPTED_NOTE, "accepted")
    assert not ProposedChange.objects.filter(annotation=accepted).exists()
    for client in (Client(), login(annotator)):
        page = panel(client, accepted)
        assert ACCEPTED_NOTE in page
        assert "Change rejected</strong> by casey" in page
    assert NEW_NOTE not in panel(Client(), accepted)
    assert w3c_note(Client().get(api_url(accepted)).json()) == ACCEPTED_NOTE


def test_a_curator_cannot_accept_a_change_edited_since_they_looked(accepted, annotator, curator):
    author = login(annotator)
    edit_by_form(author, accepted, version=2, note=NEW_NOTE)
    seen_by_curator = Annotation.objects.get(pk=accepted.pk).version
    edit_by_form(author, accepted, version=seen_by_curator, note="Edited again.")
    url = reverse("annotation-status", args=[accepted.pk])
    response = login(curator).post(url, {"status": "accepted", "version": seen_by_curator}, **HX)
    assert "someone changed this annotation" in response.content.decode()
    assert Annotation.objects.get(pk=accepted.pk).note == ACCEPTED_NOTE


def test_the_admin_actions_accept_or_reject_the_change(accepted, annotator, curator):
    annotation_update(
        annotation_id=accepted.pk, user=annotator, version=2, tag=Tag("claim", note=NEW_NOTE)
    )
    assert Annotation.objects.get(pk=accepted.pk).note == ACCEPTED_NOTE
    client = login(curator)
    changelist = reverse("admin:annotations_annotation_changelist")
    assert client.get(changelist, {"pending__isempty": "0"}).status_code == 200
    response = client.post(
        changelist, {"action": "accept", ACTION_CHECKBOX_NAME: [str(accepted.pk)]}, follow=True
    )
    assert response.status_code == 200
    stored = Annotation.objects.get(pk=accepted.pk)
    assert (stored.note, stored.status) == (NEW_NOTE, "accepted")
    assert not ProposedChange.objects.exists()


def test_the_live_poll_shows_colleagues_the_accepted_tag(accepted, annotator, fellow):
    from annotations.live import Mark

    mark = Mark.start(accepted.article)
    edit_by_form(login(annotator), accepted, version=2, note=NEW_NOTE)
    url = reverse("article-live", args=[accepted.article.slug])
    response = login(fellow).get(
        url, {"checked": mark.checked.isoformat(), "revision": mark.revision, "seen": ""}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Claim, unreviewed" in body and NEW_NOTE not in body


# --- the services --------------------------------------------------------------------


def test_editing_back_to_the_accepted_tag_withdraws_the_change(accepted, annotator):
    annotation_update(
        annotation_id=accepted.pk, user=annotator, version=2, tag=Tag("claim", note=NEW_NOTE)
    )
    annotation_update(
        annotation_id=accepted.pk,
        user=annotator,
        version=3,
        tag=Tag("claim", note=ACCEPTED_NOTE),
    )
    assert not ProposedChange.objects.exists()
    assert accepted.events.last().action == "edit-withdrawn"


def test_a_curators_edit_is_accepted_and_settles_the_change(accepted, annotator, curator):
    annotation_update(
        annotation_id=accepted.pk, user=annotator, version=2, tag=Tag("claim", note=NEW_NOTE)
    )
    assert ProposedChange.objects.filter(annotation=accepted).exists()
    annotation_update(
        annotation_id=accepted.pk, user=curator, version=3, tag=Tag("claim", note="Curated.")
    )
    stored = Annotation.objects.get(pk=accepted.pk)
    assert (stored.note, stored.status) == ("Curated.", "accepted")
    assert not ProposedChange.objects.exists()


def test_edits_before_acceptance_are_not_held(article, annotator):
    claim = make_annotation(article, annotator, PHRASE)
    annotation_update(
        annotation_id=claim.pk, user=annotator, version=1, tag=Tag("claim", note=NEW_NOTE)
    )
    assert Annotation.objects.get(pk=claim.pk).note == NEW_NOTE
    assert not ProposedChange.objects.exists()


def test_deleting_the_annotation_settles_its_change(accepted, annotator):
    annotation_update(
        annotation_id=accepted.pk, user=annotator, version=2, tag=Tag("claim", note=NEW_NOTE)
    )
    assert ProposedChange.objects.filter(annotation=accepted).exists()
    annotation_delete(annotation_id=accepted.pk, user=annotator, version=3)
    assert not ProposedChange.objects.exists()


def test_an_annotation_with_a_change_awaiting_review_cannot_go_back_to_proposed(
    accepted, annotator, curator
):
    annotation_update(
        annotation_id=accepted.pk, user=annotator, version=2, tag=Tag("claim", note=NEW_NOTE)
    )
    with pytest.raises(AnnotationError):
        annotation_set_status(annotation_id=accepted.pk, user=curator, status="proposed")
