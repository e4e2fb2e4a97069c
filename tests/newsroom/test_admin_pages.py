"""Curators' admin: every list and change page opens, history is read-only, search works."""

from __future__ import annotations

import pytest
from django.urls import reverse

from annotations.models import Annotation, AnnotationEvent, Entity, Reply
from annotations.replies import reply_create
from newsroom.models import Article, ArticleRevision, Page, Photo, Publication
from tests.factories import make_annotation, make_user

pytestmark = pytest.mark.django_db

MODELS = [
    Publication,
    Page,
    Article,
    ArticleRevision,
    Photo,
    Entity,
    Annotation,
    Reply,
    AnnotationEvent,
]


@pytest.fixture
def admin_client(client, curator, article, annotator):
    annotation = make_annotation(article, annotator, "26 countries", kind="entity")
    reply_create(annotation_id=annotation.pk, user=curator, text="Checked <b>twice</b>")
    user = make_user("root", role="none")
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_admin_list_and_change_page_opens(admin_client, model):
    opts = model._meta
    listing = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert listing.status_code == 200
    obj = model.objects.first()
    change = admin_client.get(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    )
    assert change.status_code == 200


def test_history_cannot_be_edited_in_the_admin(admin_client):
    event = AnnotationEvent.objects.first()
    url = reverse("admin:annotations_annotationevent_change", args=[event.pk])
    html = admin_client.get(url).content.decode()
    assert 'name="action"' not in html  # shown read-only
    assert admin_client.post(url, {"action": "deleted"}).status_code == 403


def test_reply_text_is_escaped_in_the_admin(admin_client):
    annotation = Annotation.objects.first()
    html = admin_client.get(
        reverse("admin:annotations_annotation_change", args=[annotation.pk])
    ).content.decode()
    assert "Checked &lt;b&gt;twice&lt;/b&gt;" in html


def test_article_search_finds_by_headline(admin_client, article):
    url = reverse("admin:newsroom_article_changelist")
    assert article.headline in admin_client.get(url, {"q": "Coalition"}).content.decode()


def test_a_page_is_added_through_the_ingest_preview_and_never_edited(admin_client, article):
    add = admin_client.get(reverse("admin:newsroom_page_add"))
    assert add.status_code == 302 and add["Location"] == reverse("ingest")
    url = reverse("admin:newsroom_page_change", args=[article.page_id])
    html = admin_client.get(url).content.decode()
    assert article.headline in html  # its stories are listed
    assert 'name="raw_text"' not in html
    assert admin_client.post(url, {"source_name": "x"}).status_code == 403
