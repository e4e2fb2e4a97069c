"""Invariants live in the database: these fail at the database, not in Python."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from newsroom.models import Article, ArticleRevision, Page, Photo, raw_digest
from newsroom.revisions import article_recompile
from tests.factories import make_article, make_page

pytestmark = pytest.mark.django_db


def _violates(fn):
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def test_raw_text_can_never_be_changed(article):
    page = article.page
    page.raw_text = "something else"
    _violates(page.save)
    _violates(lambda: Page.objects.filter(pk=page.pk).update(raw_text="something else"))
    page.refresh_from_db()
    assert page.raw_text.startswith("RAW OCR TEXT")


def test_the_page_report_may_be_rewritten_but_not_the_text(article):
    Page.objects.filter(pk=article.page_id).update(stories=[[1, 2]], flags={"x": 1})
    assert Page.objects.get(pk=article.page_id).stories == [[1, 2]]


def test_raw_hash_must_match_raw_text(article):
    _violates(lambda: Page.objects.filter(pk=article.page_id).update(raw_sha256="0" * 64))
    _violates(lambda: Page.objects.create(raw_text="text", raw_sha256=raw_digest("other")))


def test_same_raw_text_cannot_be_stored_twice(article):
    _violates(lambda: make_page(article.page.raw_text))
    _violates(lambda: make_article(raw_text=article.page.raw_text))


def test_a_story_line_range_runs_forwards_from_line_one(article):
    _violates(lambda: Article.objects.filter(pk=article.pk).update(line_start=3, line_end=2))
    _violates(lambda: Article.objects.filter(pk=article.pk).update(line_start=0))


def test_a_page_with_articles_cannot_be_deleted(article):
    with pytest.raises(ProtectedError):
        article.page.delete()


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
    assert raw_digest(article.page.raw_text) == article.page.raw_sha256


def test_unchanged_content_makes_no_revision(article):
    assert article_recompile(article=article, reason="nothing") is None
    assert article.revisions.count() == 1
