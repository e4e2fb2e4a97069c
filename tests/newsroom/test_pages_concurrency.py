"""Two people saving at once: the same page, or two pages naming the same new publication.

Real threads on real connections: each waits at a barrier right after its lookup found
nothing, so both insert, and the loser must get the winner's row, not an error.
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from newsroom import ingest, revisions
from newsroom.ingest import ingest_text
from newsroom.models import Article, Page, Publication
from tests.newsroom.pages import SECOND_STARTS, two_stories

pytestmark = pytest.mark.django_db(transaction=True)


def together(monkeypatch, module, name: str, *calls):
    """Run ``calls`` in threads at once, each pausing after its first ``module.name``."""
    barrier = threading.Barrier(len(calls), timeout=20)
    real = getattr(module, name)
    local = threading.local()

    def first_waits(*args, **kwargs):
        found = real(*args, **kwargs)
        if not getattr(local, "waited", False):
            local.waited = True
            barrier.wait()
        return found

    monkeypatch.setattr(module, name, first_waits)
    return in_threads(calls)


def test_two_saves_of_the_same_page_at_once_store_it_once(monkeypatch):
    def save():
        return ingest_text(two_stories(), story_starts=[SECOND_STARTS])

    first, second = together(monkeypatch, ingest, "stored", save, save)
    assert sorted([first.created, second.created]) == [False, True]
    assert first.page == second.page
    assert list(first.articles) == list(second.articles)
    assert Page.objects.count() == 1 and Article.objects.count() == 2


def test_two_pages_naming_the_same_new_publication_at_once_share_it(monkeypatch):
    def save(text):
        return lambda: ingest_text(text, publication_name="The Valley Herald")

    first, second = together(
        monkeypatch,
        revisions,
        "publication_named",
        save("Dam Opens\n\nThe dam opened on Friday.\n"),
        save("Fair Returns\n\nThe county fair is back.\n"),
    )
    assert first.created and second.created
    assert Publication.objects.get().name == "The Valley Herald"
    assert first.article.publication == second.article.publication


SAVERS = 8


def _at_once(*calls):
    """Run ``calls`` in threads, each on its own connection, released together."""
    barrier = threading.Barrier(len(calls), timeout=20)
    return in_threads(calls, before=barrier.wait, timeout=120)


def in_threads(calls, before=lambda: None, timeout: float = 60) -> list:
    """Each of ``calls`` in a thread of its own (and its own connection), after ``before``;
    their results in order. Fails on any thread's exception or one still running."""
    results: list = [None] * len(calls)
    errors: list = []

    def run(i, call):
        try:
            before()
            results[i] = call()
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not any(t.is_alive() for t in threads)
    assert not errors, errors
    return results


def _page(n: int, headline: str = "Dam Opens on Friday") -> str:
    return f"{headline}\n\nThe dam opened on Friday, the {n}th report of the week said.\n"


def test_many_saves_of_the_same_headline_at_once_each_get_a_slug(monkeypatch):
    # Every saver looks for the slug before any of them inserts, so all but one lose the
    # race for "dam-opens-on-friday", all but two for the "-2" slug, and so on.
    together_calls = [lambda n=n: ingest_text(_page(n)) for n in range(SAVERS)]
    results = together(monkeypatch, revisions, "unique_slug", *together_calls)
    slugs = sorted(r.article.slug for r in results)
    assert len(set(slugs)) == SAVERS
    assert "dam-opens-on-friday" in slugs
    assert Article.objects.count() == SAVERS


def test_many_saves_naming_the_same_new_publication_at_once_share_it():
    results = _at_once(
        *[
            lambda n=n: ingest_text(_page(n, f"Story {n} Opens"), publication_name="The Courier")
            for n in range(SAVERS)
        ]
    )
    assert Publication.objects.get().name == "The Courier"
    assert {r.article.publication_id for r in results} == {Publication.objects.get().pk}


def _two_story_page(first: str, second: str, n: int) -> str:
    return (
        f"{first}\n\nThe first report of page {n} said the dam opened on Friday morning.\n\n"
        f"{second}\n\nThe second report of page {n} said the fair came back on Saturday.\n"
    )


def test_two_pages_with_the_same_stories_in_another_order_both_save(monkeypatch):
    # Each save inserts its first story's slug, then wants the slug the other holds: a
    # deadlock PostgreSQL breaks by stopping one statement, which must not fail its save.
    barrier = threading.Barrier(2, timeout=20)
    real = revisions.unique_slug
    local = threading.local()

    def second_waits(*args, **kwargs):
        local.calls = getattr(local, "calls", 0) + 1
        if local.calls == 2:  # the first story's article is inserted
            barrier.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(revisions, "unique_slug", second_waits)
    first, second = _at_once(
        lambda: ingest_text(_two_story_page("Dam Opens", "Fair Returns", 1), story_starts=[5]),
        lambda: ingest_text(_two_story_page("Fair Returns", "Dam Opens", 2), story_starts=[5]),
    )
    assert [a.headline for a in first.articles] == ["Dam Opens", "Fair Returns"]
    assert [a.headline for a in second.articles] == ["Fair Returns", "Dam Opens"]
    assert len(set(Article.objects.values_list("slug", flat=True))) == 4
