"""Revision texts are read once per process and evicted oldest first."""

from __future__ import annotations

import pytest

from newsroom import texts
from newsroom.models import ArticleRevision
from newsroom.services import article_recompile
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_revision_is_read_then_served_from_memory(django_assert_num_queries):
    article = make_article()
    current = texts.revision_text(article.pk, 1)
    assert (current.number, current.text) == (1, article.text)
    with django_assert_num_queries(0):
        assert texts.revision_text(article.pk, 1) is current


def test_each_revision_keeps_its_own_text():
    article = make_article()
    first = texts.revision_text(article.pk, 1)
    article.headline = "Another headline"
    article.save()
    article_recompile(article=article, reason="test")
    second = texts.revision_text(article.pk, 2)
    assert second.number == 2 and second.text.startswith("Another headline")
    assert texts.revision_text(article.pk, 1).text == first.text != second.text


def test_the_oldest_texts_make_room(monkeypatch):
    monkeypatch.setattr(texts, "_cache", type(texts._cache)())
    monkeypatch.setattr(texts, "_size", 0)
    one, two = make_article(), make_article()
    monkeypatch.setattr(texts, "MAX_CHARACTERS", len(one.text) + len(two.text) - 1)
    texts.revision_text(one.pk, 1)
    texts.revision_text(two.pk, 1)
    assert list(texts._cache) == [(two.pk, 1)]


def test_an_unknown_revision_is_refused():
    article = make_article()
    with pytest.raises(ArticleRevision.DoesNotExist):
        texts.revision_text(article.pk, 7)
