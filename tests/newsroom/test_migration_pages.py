"""Migrations 0004-0006: every stored article's raw text moves to a page of its own, and back."""

from __future__ import annotations

import hashlib

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("newsroom", "0003_session_and_permissions")]
AFTER = [("newsroom", "0006_article_reads_its_page")]
RAW = "THE DAILY LEDGER\n\nDam Opens\n\nThe dam opened on Friday.\n"


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.fixture
def at_0003():
    apps = migrate(BEFORE)
    yield apps
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def old_article(apps, raw: str, slug: str):
    Article = apps.get_model("newsroom", "Article")
    return Article.objects.create(
        slug=slug,
        headline="Dam Opens",
        raw_text=raw,
        raw_sha256=hashlib.sha256(raw.encode()).hexdigest(),
        source_name="ledger.txt",
        decode_note="decoded as cp1252",
        content={"headline": "Dam Opens", "body": []},
        text="Dam Opens",
        blocks=[],
    )


def test_each_article_gets_a_page_holding_its_raw_text_and_it_goes_back(at_0003):
    created_at = old_article(at_0003, RAW, "dam-opens").created_at

    apps = migrate(AFTER)
    Page = apps.get_model("newsroom", "Page")
    article = apps.get_model("newsroom", "Article").objects.get()
    page = Page.objects.get()
    assert article.page_id == page.pk
    assert (article.line_start, article.line_end) == (1, 6)
    assert page.raw_text == RAW and page.stories == [[1, 6]]
    assert (page.source_name, page.decode_note) == ("ledger.txt", "decoded as cp1252")
    assert page.created_at == created_at
    with pytest.raises(IntegrityError), transaction.atomic():
        Page.objects.filter(pk=page.pk).update(raw_text="changed")

    apps = migrate(BEFORE)
    article = apps.get_model("newsroom", "Article").objects.get()
    assert article.raw_text == RAW and article.source_name == "ledger.txt"
    with pytest.raises(IntegrityError), transaction.atomic():
        type(article).objects.filter(pk=article.pk).update(raw_text="changed")


def test_going_back_stops_at_a_page_of_several_stories(at_0003):
    old_article(at_0003, RAW, "dam-opens")
    apps = migrate(AFTER)
    Article = apps.get_model("newsroom", "Article")
    first = Article.objects.get()
    Article.objects.create(
        slug="second-story",
        headline="Second story",
        page_id=first.page_id,
        line_start=5,
        line_end=5,
        content={"headline": "Second story", "body": []},
        text="Second story",
        blocks=[],
    )
    with pytest.raises(RuntimeError, match="holds 2 articles"):
        migrate(BEFORE)
    Article.objects.filter(slug="second-story").delete()
