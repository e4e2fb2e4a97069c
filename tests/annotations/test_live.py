"""Live updates: an annotator's page learns what colleagues changed, once, without a reload."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from annotations import writes
from annotations.highlights import key_of
from annotations.live import OVERLAP, Mark
from annotations.models import Annotation
from tests.factories import make_annotation, make_user

pytestmark = pytest.mark.django_db

PHRASE = "26 countries who have formally committed"
HX = {"HTTP_HX_REQUEST": "true"}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def page_mark(client: Client, article) -> dict:
    """The mark the article page hands its poller."""
    html = client.get(article.get_absolute_url()).content.decode()
    block = re.search(r'<div id="live-mark" hidden>(.*?)</div>', html, re.S).group(1)
    return dict(re.findall(r'name="(\w+)" value="([^"]*)"', block))


def poll(client: Client, article, mark: dict, **filters):
    return client.get(reverse("article-live", args=[article.slug]), {**mark, **filters}, **HX)


def next_mark(html: str) -> dict:
    block = re.search(r'<div id="live-mark" hidden hx-swap-oob="true">(.*?)</div>', html, re.S)
    return dict(re.findall(r'name="(\w+)" value="([^"]*)"', block.group(1)))


def test_annotators_pages_poll_and_readers_pages_do_not(client, article, annotator):
    html = signed_in(annotator).get(article.get_absolute_url()).content.decode()
    assert 'id="live"' in html and reverse("article-live", args=[article.slug]) in html
    assert 'hx-trigger="every 5s"' in html
    assert 'id="live"' not in client.get(article.get_absolute_url()).content.decode()


def test_nothing_changed_is_204(article, annotator):
    ana = signed_in(annotator)
    response = poll(ana, article, page_mark(ana, article))
    assert response.status_code == 204 and response.content == b""


def test_a_colleagues_tag_arrives_once_with_its_block_and_the_sidebar(article, annotator, fellow):
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    theirs = make_annotation(article, fellow, PHRASE, kind="claim")
    response = poll(ana, article, mark)
    html = response.content.decode()
    assert response.status_code == 200
    index = article.document.blocks.index(article.document.block_at(theirs.start))
    assert f"hx-swap-oob='innerHTML:#document [data-block=\"{index}\"]'" in html
    assert f'data-annotations="{key_of(theirs.pk)}"' in html
    assert f'id="ann-{key_of(theirs.pk)}"' in html and 'id="annotation-list"' in html
    assert "Updated: 1 annotation changed by ben." in html
    assert "\x00" not in html
    following = next_mark(html)
    assert following["seen"] == f"{key_of(theirs.pk)}:1"
    assert poll(ana, article, following).status_code == 204  # never sent twice


def test_edits_and_deletions_arrive_too(article, annotator, fellow):
    theirs = make_annotation(article, fellow, PHRASE, kind="claim")
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    writes.annotation_delete(annotation_id=theirs.pk, user=fellow, version=theirs.version)
    html = poll(ana, article, mark).content.decode()
    assert "data-block=" in html  # the block comes again ...
    assert key_of(theirs.pk) not in html.split('id="live-mark"')[0]  # ... without it
    assert "Updated: 1 annotation changed by ben." in html


def test_ones_own_changes_come_back_without_a_notice(article, annotator):
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    mine = make_annotation(article, annotator, PHRASE)
    html = poll(ana, article, mark).content.decode()
    assert f'data-annotations="{key_of(mine.pk)}"' in html
    assert 'id="live-notice"' not in html


def test_a_change_committed_a_moment_late_is_not_missed(article, annotator, fellow):
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    late = make_annotation(article, fellow, PHRASE)
    # Its time was taken a moment before the page was made, its commit came after.
    made = Mark.parse(mark).checked + OVERLAP
    Annotation.objects.filter(pk=late.pk).update(modified_at=made - timedelta(seconds=1))
    html = poll(ana, article, mark).content.decode()
    assert f'data-annotations="{key_of(late.pk)}"' in html
    # The same between two polls: taken before the first, committed after it.
    polled = timezone.now()
    following = next_mark(html)
    later = make_annotation(article, fellow, "American contribution")
    Annotation.objects.filter(pk=later.pk).update(modified_at=polled - timedelta(seconds=1))
    html = poll(ana, article, following).content.decode()
    assert f'data-annotations="{key_of(later.pk)}"' in html
    assert "Updated: 1 annotation changed by ben." in html  # the first one not again


def test_a_bulk_change_keeps_the_mark_short(article, annotator, fellow, monkeypatch):
    monkeypatch.setattr("annotations.live.MAX_SEEN", 2)
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    made = [make_annotation(article, fellow, p) for p in ("26 countries", "formally", "Macron")]
    html = poll(ana, article, mark).content.decode()
    assert all(f'id="ann-{key_of(a.pk)}"' in html for a in made)
    following = next_mark(html)
    assert following["seen"] == ""
    newest = max(Annotation.objects.values_list("modified_at", flat=True))
    assert Mark.parse(following).checked == newest
    assert poll(ana, article, following).status_code == 204


def test_filters_apply_to_what_arrives(article, annotator, fellow):
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    claim = make_annotation(article, fellow, PHRASE, kind="claim")
    html = poll(ana, article, mark, show="quote").content.decode()
    assert key_of(claim.pk) not in html.split('id="live-mark"')[0]
    assert "Claims (1)" in html  # the counts still count everything


def test_a_revised_article_asks_for_a_reload_and_stops_polling(article, annotator, curator):
    from newsroom.revisions import article_revise

    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    content = {**article.content, "headline": "Coalition commits to a Ukraine force"}
    assert article_revise(article=article, content=content, reason="headline fix", user=curator)
    html = poll(ana, article, mark).content.decode()
    assert "This article has a newer revision." in html
    assert '<div id="live" hidden hx-swap-oob="true"></div>' in html  # no trigger: stops


@pytest.mark.parametrize(
    ("mark", "message"),
    [
        ({}, "checked must be a date and time"),
        ({"checked": "yesterday", "revision": "1"}, "checked must be a date and time"),
        ({"checked": "2026-11-28T10:00:00", "revision": "1"}, "with a time zone"),
        ({"checked": "2026-11-28T10:00:00+00:00", "revision": "x"}, "revision must be a number"),
        # Well formed, but no moment: 30 February, an offset of more than a day.
        ({"checked": "2024-02-30T10:00:00+00:00", "revision": "1"}, "checked must be a date"),
        ({"checked": "2026-11-28T10:00:00+99:99", "revision": "1"}, "checked must be a date"),
        (
            {
                "checked": "2026-11-28T10:00:00+00:00",
                "revision": "1",
                "seen": ",".join(f"k{i}:1" for i in range(101)),
            },
            "at most 100 ",
        ),
    ],
)
def test_a_bad_mark_is_a_clear_400(article, annotator, mark, message):
    response = poll(signed_in(annotator), article, mark)
    assert response.status_code == 400 and message in response.content.decode()


def test_only_annotators_and_curators_poll(client, article, draft, annotator):
    mark = {"checked": timezone.now().isoformat(), "revision": "1"}
    assert poll(client, article, mark).status_code == 403
    reader = make_user("rita", role="reader")
    assert poll(signed_in(reader), article, mark).status_code == 403
    assert poll(signed_in(annotator), draft, mark).status_code == 404


def test_polls_cost_a_few_queries_whatever_the_number_of_changes(
    article, annotator, fellow, django_assert_max_num_queries
):
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    signing_in = 4  # Django's: the session, the user, their own and their groups' permissions
    with django_assert_max_num_queries(signing_in + 3):
        assert poll(ana, article, mark).status_code == 204
    for phrase in ("26 countries", "formally committed", "American contribution"):
        make_annotation(article, fellow, phrase)
    with django_assert_max_num_queries(signing_in + 5):
        assert poll(ana, article, mark).status_code == 200
    old = {**mark, "checked": (timezone.now() - timedelta(days=1)).isoformat()}
    with django_assert_max_num_queries(signing_in + 5):
        assert poll(ana, article, old).status_code == 200
