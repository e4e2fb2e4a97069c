"""The reader's display controls: highlights on or off, only mine, by status, by kind, and
the calm display for dense annotation. Each narrows the text's highlights, the sidebar and
the live poll alike, on the server; none shows anyone more than they may see."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from annotations import writes
from annotations.highlights import CALM_ABOVE, density_html, key_of
from annotations.rendering import Span, touching
from tests.annotations.test_live import page_mark, poll
from tests.factories import bulk_annotations, make_annotation, make_user
from tests.factories import signed_in_client as signed_in

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
CLAIM = "26 countries who have formally committed"
QUOTE = "First concrete step"
ENTITY = "Macron"


@pytest.fixture
def tagged(article, annotator, fellow, curator):
    """ana's proposed claim, ben's accepted quote and ben's rejected entity."""
    claim = make_annotation(article, annotator, CLAIM)
    quote = make_annotation(article, fellow, QUOTE, kind="quote")
    entity = make_annotation(article, fellow, ENTITY, kind="entity")
    writes.annotation_set_status(annotation_id=quote.pk, user=curator, status="accepted")
    writes.annotation_set_status(annotation_id=entity.pk, user=curator, status="rejected")
    return {"proposed": claim, "accepted": quote, "rejected": entity}


def text_of(html: str) -> str:
    """The article's text (the marks), without the sidebar (the page's comes after it; a
    fragment's before it)."""
    start = html.index('<div id="marks"')
    end = html.find('<aside class="side"', start)
    return html[start : end if end != -1 else len(html)]


def sidebar_of(html: str) -> str:
    return re.search(r'<section id="annotation-list".*?</section>', html, re.S).group(0)


def shown(html: str, annotation) -> tuple[bool, bool]:
    """(highlighted in the text, listed in the sidebar)."""
    key = key_of(annotation.pk)
    marked = re.search(rf'data-annotations="[^"]*\b{key}\b', text_of(html)) is not None
    return marked, f'id="ann-{key}"' in sidebar_of(html)


def page(client: Client, article, **params) -> str:
    response = client.get(article.get_absolute_url(), params)
    assert response.status_code == 200
    return response.content.decode()


def test_rejected_tags_are_hidden_by_default(article, annotator, tagged):
    html = page(signed_in(annotator), article)
    assert shown(html, tagged["proposed"]) == (True, True)
    assert shown(html, tagged["accepted"]) == (True, True)
    assert shown(html, tagged["rejected"]) == (False, False)
    assert "Showing 2 of 3 (rejected ones hidden)." in html


@pytest.mark.parametrize("status", ["proposed", "accepted", "rejected"])
def test_the_status_control_shows_one_status(article, annotator, tagged, status):
    html = page(signed_in(annotator), article, state=status)
    for which, annotation in tagged.items():
        assert shown(html, annotation) == ((True, True) if which == status else (False, False))
    assert f'<option value="{status}" selected>' in html


def test_every_status_shows_the_rejected_too(article, annotator, tagged):
    html = page(signed_in(annotator), article, state="all")
    assert all(shown(html, annotation) == (True, True) for annotation in tagged.values())


def test_the_filter_form_answers_with_the_text_and_the_sidebar(article, annotator, tagged):
    """What htmx swaps when a control changes: the sidebar, and the text out of band."""
    response = signed_in(annotator).get(article.get_absolute_url(), {"state": "rejected"}, **HX)
    html = response.content.decode()
    assert '<div hx-swap-oob="innerHTML:#annotatable">' in html
    assert shown(html, tagged["rejected"]) == (True, True)
    assert shown(html, tagged["proposed"]) == (False, False)


def test_only_mine_shows_the_viewers_own(article, annotator, tagged):
    html = page(signed_in(annotator), article, mine="1", state="all")
    assert shown(html, tagged["proposed"]) == (True, True)  # ana's
    assert shown(html, tagged["accepted"]) == (False, False)  # ben's
    assert shown(html, tagged["rejected"]) == (False, False)
    assert 'name="mine" value="1" checked' in html


def test_only_mine_and_a_kind_combine(article, fellow, tagged):
    html = page(signed_in(fellow), article, mine="1", state="all", show="entity")
    assert shown(html, tagged["rejected"]) == (True, True)
    assert shown(html, tagged["accepted"]) == (False, False)


def test_anonymous_readers_get_the_controls_that_make_sense_for_them(client, article, tagged):
    html = page(client, article)
    assert 'name="show"' in html and 'name="marks"' in html
    assert 'name="state"' not in html and 'name="mine"' not in html
    assert shown(html, tagged["accepted"]) == (True, True)


@pytest.mark.parametrize("params", [{"state": "rejected"}, {"state": "proposed"}, {"mine": "1"}])
def test_no_control_shows_anonymous_readers_more_or_less(client, article, tagged, params):
    """They see accepted annotations only; a status in the address changes nothing."""
    html = page(client, article, **params)
    assert shown(html, tagged["accepted"]) == (True, True)
    assert shown(html, tagged["rejected"]) == (False, False)
    assert shown(html, tagged["proposed"]) == (False, False)


def test_a_signed_in_reader_sees_accepted_ones_whatever_the_status(article, tagged):
    reader = signed_in(make_user("rita", role="reader"))
    html = page(reader, article, state="rejected")
    assert shown(html, tagged["accepted"]) == (True, True)
    assert shown(html, tagged["rejected"]) == (False, False)
    assert 'name="state"' not in html
    assert 'name="mine"' in html  # signed in: offered, and it finds none of theirs
    assert "None match." in page(reader, article, mine="1")


def test_highlights_off_leaves_the_text_plain_and_the_list_whole(article, annotator, tagged):
    html = page(signed_in(annotator), article, marks="off")
    assert "<mark" not in text_of(html) and 'class="density' not in text_of(html)
    assert 'class="marks marks-off"' in html
    assert shown(html, tagged["proposed"]) == (False, True)
    assert shown(html, tagged["accepted"]) == (False, True)
    # And on again.
    assert shown(page(signed_in(annotator), article), tagged["proposed"]) == (True, True)


def test_a_few_annotations_are_tinted_many_calm(article, annotator, fellow):
    ana = signed_in(annotator)
    make_annotation(article, annotator, CLAIM)
    assert 'class="marks marks-tint"' in page(ana, article)
    bulk_annotations(article, [annotator, fellow], CALM_ABOVE + 20, seed=3)
    html = page(ana, article)
    assert 'class="marks marks-calm"' in html
    assert re.search(r'<i class="density density-[1-5]" aria-hidden="true"', text_of(html))
    # Either way on request.
    assert 'class="marks marks-tint"' in page(ana, article, marks="tint")
    assert 'class="marks marks-calm"' in page(ana, article, marks="calm")


def test_the_calm_default_counts_what_the_reader_may_see(client, article, annotator, fellow):
    """bulk_annotations accepts one in four: 150 of them are 37 for a reader."""
    bulk_annotations(article, [annotator, fellow], 150, seed=3)
    assert 'class="marks marks-tint"' in page(client, article)
    assert 'class="marks marks-calm"' in page(signed_in(annotator), article)


def test_the_live_poll_follows_the_status_control(article, annotator, fellow, curator):
    ana = signed_in(annotator)
    mark = page_mark(ana, article)
    theirs = make_annotation(article, fellow, CLAIM)
    writes.annotation_set_status(annotation_id=theirs.pk, user=curator, status="rejected")
    key = key_of(theirs.pk)
    hidden = poll(ana, article, mark).content.decode()
    assert "hx-swap-oob='innerHTML:#document" in hidden  # its block is sent again...
    # ...without it, in the text or the sidebar.
    assert f'data-annotations="{key}"' not in hidden and f'id="ann-{key}"' not in hidden
    shown_now = poll(ana, article, mark, state="rejected").content.decode()
    assert f'data-annotations="{key}"' in shown_now and f'id="ann-{key}"' in shown_now
    off = poll(ana, article, mark, state="rejected", marks="off").content.decode()
    assert f'data-annotations="{key}"' not in off and f'id="ann-{key}"' in off


def test_rejecting_in_the_panel_takes_the_highlight_away(article, curator):
    claim = make_annotation(article, curator, CLAIM)
    url = reverse("annotation-status", args=[claim.pk])
    response = signed_in(curator).post(url, {"status": "rejected", "version": 1}, **HX)
    html = response.content.decode()
    assert "hx-swap-oob='innerHTML:#document" in html
    assert f'data-annotations="{key_of(claim.pk)}"' not in html
    assert f'id="ann-{key_of(claim.pk)}"' not in html


def test_kind_counts_follow_the_other_controls(article, annotator, tagged):
    html = page(signed_in(annotator), article)
    assert "Entities (0)" in html  # the one entity is rejected
    assert "Entities (1)" in page(signed_in(annotator), article, state="rejected")


def test_the_page_costs_the_same_queries_with_every_control(
    article, annotator, tagged, django_assert_max_num_queries
):
    ana = signed_in(annotator)
    params = {"state": "all", "mine": "1", "show": "claim", "marks": "calm"}
    with django_assert_max_num_queries(8):
        ana.get(article.get_absolute_url(), params)


@pytest.mark.parametrize(
    ("blocks", "spans", "counts"),
    [
        ([(0, 10), (12, 20)], [], [0, 0]),
        ([(0, 10), (12, 20)], [(0, 10)], [1, 0]),
        ([(0, 10), (12, 20)], [(5, 15), (9, 12), (10, 12)], [2, 1]),  # edges touch nothing
        ([(0, 10), (12, 20)], [(0, 20), (3, 4), (3, 4)], [3, 1]),
    ],
)
def test_touching_counts_the_spans_reaching_into_each_block(blocks, spans, counts):
    found = [Span(f"k{i}", start, end) for i, (start, end) in enumerate(spans)]
    assert touching(blocks, found) == counts
    assert counts == [sum(s.start < hi and s.end > lo for s in found) for lo, hi in blocks]


@pytest.mark.parametrize(
    ("count", "level"), [(1, 1), (2, 1), (3, 2), (6, 2), (7, 3), (12, 3), (13, 4), (24, 4), (25, 5)]
)
def test_the_margin_bar_darkens_with_density(count, level):
    assert f'class="density density-{level}"' in density_html(count)
    assert density_html(0) == ""
