"""Who may change what through the reader: anonymous, author, fellow annotator, curator;
versions and conflicts; details, history and replies."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from annotations.highlights import key_of
from annotations.models import Annotation, Reply
from annotations.replies import reply_create
from annotations.tag_rules import Tag
from annotations.writes import annotation_update
from tests.factories import make_annotation, make_entity
from tests.factories import signed_in_client as login

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
PHRASE = "26 countries who have formally committed"


@pytest.fixture
def claim(article, annotator):
    return make_annotation(article, annotator, PHRASE)


def as_user(request, persona) -> Client:
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    return client


def _tag(verdict, note):
    return Tag("claim", verdict=verdict, verdict_note=note)


def edit(client, annotation, *, version=1, **fields):
    data = {"kind": "claim", "note": "Checked.", "version": version, **fields}
    return client.post(reverse("annotation-edit", args=[annotation.pk]), data, **HX)


def delete(client, annotation, *, version=1):
    url = reverse("annotation-delete", args=[annotation.pk])
    return client.post(url, {"version": version}, **HX)


# Anonymous readers do not see proposed annotations at all: 404, not 403.
@pytest.mark.parametrize(
    ("persona", "status"),
    [("anonymous", 404), ("annotator", 200), ("fellow", 403), ("curator", 200)],
)
def test_edit_matrix(request, claim, persona, status):
    response = edit(as_user(request, persona), claim)
    claim.refresh_from_db()
    assert response.status_code == status
    assert claim.note == ("Checked." if status == 200 else "")


@pytest.mark.parametrize(
    ("persona", "status"),
    [("anonymous", 404), ("annotator", 200), ("fellow", 403), ("curator", 200)],
)
def test_delete_matrix(request, claim, persona, status):
    response = delete(as_user(request, persona), claim)
    claim.refresh_from_db()
    assert response.status_code == status
    assert (claim.deleted_at is not None) == (status == 200)


@pytest.mark.parametrize(
    ("persona", "status"),
    [("anonymous", 404), ("annotator", 403), ("fellow", 403), ("curator", 200)],
)
def test_accept_matrix(request, claim, persona, status):
    url = reverse("annotation-status", args=[claim.pk])
    response = as_user(request, persona).post(url, {"status": "accepted", "version": 1}, **HX)
    claim.refresh_from_db()
    assert response.status_code == status
    assert claim.status == ("accepted" if status == 200 else "proposed")


def test_anonymous_may_read_but_not_change_accepted_annotations(client, article, curator):
    accepted = make_annotation(article, curator, PHRASE)
    assert client.get(reverse("annotation-detail", args=[accepted.pk]), **HX).status_code == 200
    assert delete(client, accepted).status_code == 403
    assert edit(client, accepted).status_code == 403
    assert Annotation.objects.live().count() == 1


@pytest.mark.parametrize(
    ("persona", "controls"),
    [
        ("anonymous", set()),
        ("annotator", {"Edit", "Delete"}),
        ("fellow", set()),
        ("curator", {"Edit", "Delete", "Accept", "Reject"}),
    ],
)
def test_details_offer_only_what_the_person_may_do(request, article, annotator, persona, controls):
    accepted_by_curator = persona == "anonymous"
    author = request.getfixturevalue("curator") if accepted_by_curator else annotator
    annotation = make_annotation(article, author, PHRASE)
    if accepted_by_curator:
        controls = set()
    html = (
        as_user(request, persona)
        .get(reverse("annotation-detail", args=[annotation.pk]), **HX)
        .content.decode()
    )
    for control in ("Edit", "Delete", "Accept", "Reject"):
        shown = f">{control}</" in html
        assert shown == (control in controls), control
    assert ('name="text"' in html) == (persona != "anonymous")  # the reply form


def test_deleting_answers_with_the_block_without_its_highlight(article, annotator, claim):
    response = delete(login(annotator), claim)
    html = response.content.decode()
    assert "Annotation deleted" in html
    assert "data-block=" in html and key_of(claim.pk) not in html.split("hx-swap-oob")[1]


def test_a_stale_edit_shows_the_newer_state_and_overwrites_nothing(article, annotator, curator):
    claim = make_annotation(article, annotator, PHRASE)
    annotation_update(
        annotation_id=claim.pk, user=curator, version=1, tag=_tag("true", "Confirmed by AFP.")
    )
    response = edit(login(annotator), claim, version=1, verdict_note="My stale note.")
    html = response.content.decode()
    claim.refresh_from_db()
    assert response.status_code == 200
    assert "Someone else changed this annotation" in html and "Confirmed by AFP." in html
    assert 'name="version" value="2"' in html and "My stale note." in html
    assert claim.verdict == "true" and claim.verdict_note == "Confirmed by AFP."
    assert claim.version == 2


def test_a_stale_delete_is_refused_with_the_newer_state(article, annotator, curator):
    claim = make_annotation(article, annotator, PHRASE)
    annotation_update(annotation_id=claim.pk, user=curator, version=1, tag=_tag("true", "Seen."))
    html = delete(login(annotator), claim, version=1).content.decode()
    claim.refresh_from_db()
    assert "Not deleted" in html and "now version 2" in html and claim.deleted_at is None


def test_edit_without_a_version_is_refused(article, annotator, claim):
    html = edit(login(annotator), claim, version="").content.decode()
    assert "Say which version you edited" in html
    claim.refresh_from_db()
    assert claim.verdict == "unreviewed"


def test_the_edit_form_carries_the_version_and_current_fields(article, annotator):
    macron = make_entity("Emmanuel Macron", "person")
    quote = make_annotation(article, annotator, PHRASE, kind="quote", speaker=macron)
    url = reverse("annotation-edit", args=[quote.pk])
    html = login(annotator).get(url, **HX).content.decode()
    assert 'name="version" value="1"' in html and 'value="quote" checked' in html
    assert f'name="speaker" value="{macron.pk}"' in html


def test_editing_changes_kind_fields_and_records_history(article, annotator):
    claim = make_annotation(article, annotator, PHRASE)
    person = make_entity("Emmanuel Macron", "person")
    quote = {"kind": "quote", "speaker": person.pk, "quote_type": "indirect", "version": 1}
    url = reverse("annotation-edit", args=[claim.pk])
    response = login(annotator).post(url, quote, **HX)
    claim.refresh_from_db()
    html = response.content.decode()
    assert claim.kind == "quote" and claim.speaker == person and claim.verdict == ""
    assert "hl-quote" in html and "Saved." in html
    assert "Edited" in html and "claim" in html and "quote" in html  # the history


def test_a_field_of_another_kind_is_refused_not_dropped(article, annotator):
    claim = make_annotation(article, annotator, PHRASE)
    person = make_entity("Emmanuel Macron", "person")
    response = edit(login(annotator), claim, kind="quote", speaker=person.pk, verdict="false")
    claim.refresh_from_db()
    assert "Only claims have a verdict." in response.content.decode()
    assert claim.kind == "claim" and claim.version == 1


def test_replies_can_be_written_and_deleted_by_their_author(article, annotator, fellow, claim):
    url = reverse("reply-create", args=[claim.pk])
    html = login(fellow).post(url, {"text": "Source?"}, **HX).content.decode()
    reply = Reply.objects.get()
    assert "Source?" in html and reply.author == fellow
    delete_url = reverse("reply-delete", args=[reply.pk])
    assert login(annotator).post(delete_url, **HX).status_code == 403
    assert login(fellow).post(delete_url, **HX).status_code == 200
    reply.refresh_from_db()
    assert reply.deleted_at is not None


def test_replies_can_be_edited_by_their_author_with_history(article, annotator, fellow, claim):
    reply = reply_create(annotation_id=claim.pk, user=fellow, text="Which 26?")
    url = reverse("reply-edit", args=[reply.pk])
    assert login(annotator).post(url, {"text": "Hijacked"}, **HX).status_code == 403
    html = login(fellow).post(url, {"text": "Which 26 <b>countries</b>?"}, **HX).content.decode()
    reply.refresh_from_db()
    assert reply.text == "Which 26 <b>countries</b>?"
    assert "Reply edited." in html and "Which 26 &lt;b&gt;countries&lt;/b&gt;?" in html
    edit = claim.events.get(action="reply-edited")
    assert edit.before["text"] == "Which 26?" and edit.after["text"] == reply.text
    html = login(fellow).post(url, {"text": "  "}, **HX).content.decode()
    reply.refresh_from_db()
    assert "Write something" in html and reply.text == "Which 26 <b>countries</b>?"


def test_an_empty_reply_gets_a_message(article, annotator, claim):
    url = reverse("reply-create", args=[claim.pk])
    html = login(annotator).post(url, {"text": "   "}, **HX).content.decode()
    assert "This field is required" in html or "Write something" in html
    assert not Reply.objects.exists()


def test_details_show_history_and_replies(article, annotator, fellow, claim):
    reply_create(annotation_id=claim.pk, user=fellow, text="Which 26?")
    html = (
        login(annotator).get(reverse("annotation-detail", args=[claim.pk]), **HX)
    ).content.decode()
    assert "Created" in html and "Replied" in html and "Which 26?" in html
    assert "ana" in html and "ben" in html


def test_without_htmx_details_are_a_page(article, annotator, claim):
    response = login(annotator).get(reverse("annotation-detail", args=[claim.pk]))
    html = response.content.decode()
    assert "<html" in html and article.headline in html and "ann-detail" in html


def test_unknown_annotations_are_404(annotator):
    url = reverse("annotation-detail", args=["00000000-0000-0000-0000-000000000000"])
    assert login(annotator).get(url).status_code == 404


def test_deleted_annotations_are_gone_from_page_and_details(article, annotator, claim):
    delete(login(annotator), claim)
    client = login(annotator)
    assert key_of(claim.pk) not in client.get(article.get_absolute_url()).content.decode()
    assert client.get(reverse("annotation-detail", args=[claim.pk])).status_code == 404
