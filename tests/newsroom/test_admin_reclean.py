"""The admin action "Re-clean from raw": a new revision when the cleaner's output changed,
with annotations carried over to it."""

from __future__ import annotations

import dataclasses

import pytest
from django.urls import reverse

from newsroom import ingest
from newsroom.cleaning import Block, CleaningError, clean
from newsroom.ingest import ingest_text
from newsroom.models import Article
from tests.factories import make_annotation
from tests.newsroom.bad_input import SAMPLE

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:newsroom_article_changelist")


@pytest.fixture
def sample():
    return ingest_text(SAMPLE.read_text(), status=Article.Status.PUBLISHED).article


def reclean(client, *articles) -> list[str]:
    response = client.post(
        CHANGELIST,
        {"action": "reclean", "_selected_action": [a.pk for a in articles]},
        follow=True,
    )
    assert response.status_code == 200
    return [m.message for m in response.context["messages"]]


@pytest.fixture
def improved_cleaner(monkeypatch):
    """A cleaner that now also finds an editor's note at the top of the body."""

    def improved(raw):
        page = clean(raw)
        note = Block("paragraph", "Editor’s note: this story was updated.", None, (1, 1))
        story = dataclasses.replace(page.story, body=[note, *page.story.body])
        return dataclasses.replace(page, stories=[story])

    monkeypatch.setattr(ingest, "clean", improved)


def test_reclean_with_the_same_cleaner_reports_unchanged(client, curator, sample):
    client.force_login(curator)
    messages = reclean(client, sample)
    assert messages == [f"“{sample.headline}”: unchanged (revision 1)."]
    sample.refresh_from_db()
    assert sample.revision == 1


def test_reclean_makes_a_new_revision_and_annotations_follow(
    client, curator, annotator, sample, improved_cleaner
):
    annotation = make_annotation(sample, annotator, "reassurance force")
    old_start = annotation.start
    client.force_login(curator)
    assert reclean(client, sample) == [f"“{sample.headline}”: new revision 2."]

    sample.refresh_from_db()
    annotation.refresh_from_db()
    assert sample.revision == 2
    assert sample.revisions.get(number=2).reason == "re-cleaned from raw"
    assert sample.revisions.get(number=2).created_by == curator
    assert annotation.anchor_revision == 2
    assert annotation.start > old_start
    assert sample.text[annotation.start : annotation.end] == "reassurance force"
    assert sample.raw_text == SAMPLE.read_text()


def test_reclean_reports_each_article(client, curator, sample, improved_cleaner):
    # Ingested by the improved cleaner already, so re-cleaning changes nothing.
    other = ingest_text("Another Headline Entirely\n\nA short body of text.\n").article
    client.force_login(curator)
    assert sorted(reclean(client, sample, other)) == [
        "“Another Headline Entirely”: unchanged (revision 1).",
        f"“{sample.headline}”: new revision 2.",
    ]


def test_annotators_cannot_reclean(client, annotator, sample):
    client.force_login(annotator)
    response = client.post(CHANGELIST, {"action": "reclean", "_selected_action": [sample.pk]})
    assert response.status_code == 302  # to the admin login: not staff
    sample.refresh_from_db()
    assert sample.revision == 1


def test_reclean_that_fails_says_why_and_keeps_the_article(client, curator, sample, monkeypatch):
    def broken(raw):
        raise CleaningError("No readable text was found, only stray symbols.")

    monkeypatch.setattr(ingest, "clean", broken)
    client.force_login(curator)
    assert reclean(client, sample) == [
        f"“{sample.headline}”: not re-cleaned — No readable text was found, only stray symbols."
    ]
    sample.refresh_from_db()
    assert sample.revision == 1
