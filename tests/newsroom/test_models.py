"""Invariants live in the database: these fail at the database, not in Python."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from newsroom.models import Article, ArticleRevision, Photo, raw_digest
from newsroom.services import article_recompile
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _violates(fn):
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def test_raw_text_can_never_be_changed(article):
    article.raw_text = "something else"
    _violates(article.save)
    article.refresh_from_db()
    assert article.raw_text.startswith("RAW OCR TEXT")


def test_raw_hash_must_match_raw_text(article):
    _violates(lambda: Article.objects.filter(pk=article.pk).update(raw_sha256="0" * 64))


def test_same_raw_text_cannot_be_stored_twice(article):
    _violates(lambda: make_article(raw_text=article.raw_text))


def test_article_needs_a_headline_and_a_valid_status(article):
    _violates(lambda: Article.objects.filter(pk=article.pk).update(headline=""))
    _violates(lambda: Article.objects.filter(pk=article.pk).update(status="deleted"))
    _violates(lambda: Article.objects.filter(pk=article.pk).update(revision=0))


def test_photo_order_is_unique_per_article(article):
    _violates(lambda: Photo.objects.create(article=article, order=0, caption="dup"))


def test_photo_dimensions_come_together(article):
    _violates(lambda: Photo.objects.filter(article=article).update(width=100))


def test_revisions_are_numbered_once_and_never_rewritten(article):
    first = article.revisions.get()
    _violates(lambda: ArticleRevision.objects.filter(pk=first.pk).update(text="rewritten"))
    _violates(
        lambda: ArticleRevision.objects.create(
            article=article, number=1, content={}, text="", blocks=[], reason="dup"
        )
    )


def test_editing_the_headline_makes_a_new_revision_and_keeps_the_old(article):
    old_text = article.text
    article.headline = "A corrected headline"
    article.save()
    revision = article_recompile(article=article, reason="typo")
    article.refresh_from_db()
    assert revision.number == 2 == article.revision
    assert article.text.startswith("A corrected headline\n\n")
    assert article.revisions.get(number=1).text == old_text
    assert raw_digest(article.raw_text) == article.raw_sha256


def test_unchanged_content_makes_no_revision(article):
    assert article_recompile(article=article, reason="nothing") is None
    assert article.revisions.count() == 1
