"""The review queue (/curate/): who may use it, what it lists, its filters and decisions."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from annotations.models import Annotation, AnnotationEvent
from annotations.queue import queue_rows, rows
from annotations.tag_rules import Tag
from annotations.writes import annotation_create, annotation_delete, annotation_set_status
from newsroom.models import Article
from tests.factories import bulk_annotations, make_annotation, make_article, make_user
from tests.factories import signed_in_client as login

QUEUE = reverse("curate")
BULK = reverse("curate-bulk")
HX = {"HTTP_HX_REQUEST": "true"}
CLAIM = "More than two dozen countries have pledged"
QUOTE = "We have today 26 countries who have formally committed"
OTHER = "the American contribution remains unclear"


def decide(pk) -> str:
    return reverse("curate-decide", args=[pk])


@pytest.fixture
def claim(article, annotator):
    return make_annotation(article, annotator, CLAIM)


@pytest.fixture
def quote(article, fellow):
    return make_annotation(article, fellow, QUOTE, kind="quote")


def shown(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


# --- who may use it ----------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(claim):
    response = Client().get(QUEUE)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert Client().post(decide(claim.pk), {"status": "accepted", "version": 1}).status_code == 302


def test_annotators_cannot_use_any_queue_action(claim, annotator):
    client = login(annotator)
    assert client.get(QUEUE).status_code == 403
    assert client.get(QUEUE, HX).status_code == 403
    for status in ("accepted", "rejected"):
        answer = client.post(decide(claim.pk), {"status": status, "version": 1}, **HX)
        assert answer.status_code == 403
        shown_at = timezone.now().isoformat()
        assert client.post(BULK, {"status": status, "shown_at": shown_at}).status_code == 403
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("proposed", 1)


def test_the_queue_is_in_the_nav_for_curators_only(claim, curator, annotator):
    assert QUEUE in shown(login(curator).get(reverse("article-list")))
    assert f'href="{QUEUE}"' not in shown(login(annotator).get(reverse("article-list")))


# --- what it lists -----------------------------------------------------------------------


def test_the_queue_lists_proposed_annotations_oldest_first(claim, quote, curator, article):
    accepted = make_annotation(article, curator, OTHER)  # a curator's is accepted at once
    body = shown(login(curator).get(QUEUE))
    assert body.index(CLAIM) < body.index(QUOTE)
    assert OTHER not in body
    assert accepted.status == "accepted"
    assert "2 proposed annotations" in body


def test_the_queue_never_shows_deleted_annotations(claim, quote, annotator, curator):
    annotation_delete(annotation_id=claim.pk, user=annotator, version=1)
    body = shown(login(curator).get(QUEUE))
    assert CLAIM not in body and QUOTE in body
    assert "1 proposed annotation." in body


def test_a_row_shows_the_quote_in_context_the_author_and_history(quote, curator):
    body = shown(login(curator).get(QUEUE))
    assert "“</span><mark>" in body or "</span><mark>" in body
    assert "Macron told reporters" in body  # the words after the quote
    assert "ben" in body  # its author
    assert "History (1)" in body and "Created by ben" in body


# --- filters -----------------------------------------------------------------------------


def test_filter_by_kind_article_and_author(claim, quote, curator, annotator):
    other_article = make_article(headline="Another story entirely")
    elsewhere = make_annotation(other_article, annotator, OTHER)
    client = login(curator)
    body = shown(client.get(QUEUE, {"kind": "quote"}))
    assert QUOTE in body and CLAIM not in body and OTHER not in body
    body = shown(client.get(QUEUE, {"article": other_article.slug}))
    assert OTHER in body and CLAIM not in body and QUOTE not in body
    body = shown(client.get(QUEUE, {"author": "ana"}))
    assert CLAIM in body and OTHER in body and QUOTE not in body
    assert elsewhere.status == "proposed"


def test_filter_by_publication(claim, curator, annotator):
    other = make_article(headline="Elsewhere", publication="The Kyiv Independent")
    make_annotation(other, annotator, OTHER)
    body = shown(login(curator).get(QUEUE, {"publication": other.publication.slug}))
    assert OTHER in body and CLAIM not in body


def test_filter_by_origin(claim, article, annotator, curator):
    suggested = annotation_create(
        article=article,
        user=annotator,
        tag=Tag(kind="claim"),
        start=article.text.index(OTHER),
        end=article.text.index(OTHER) + len(OTHER),
        exact=OTHER,
        origin=Annotation.Origin.SUGGESTED,
    )
    client = login(curator)
    body = shown(client.get(QUEUE, {"origin": "suggested"}))
    assert OTHER in body and CLAIM not in body
    body = shown(client.get(QUEUE, {"origin": "human"}))
    assert CLAIM in body and OTHER not in body
    assert suggested.origin == "suggested"


def test_filter_by_age(claim, quote, curator):
    Annotation.objects.filter(pk=claim.pk).update(created_at=timezone.now() - timedelta(days=9))
    client = login(curator)
    body = shown(client.get(QUEUE, {"age": "older"}))
    assert CLAIM in body and QUOTE not in body
    body = shown(client.get(QUEUE, {"age": "day"}))
    assert QUOTE in body and CLAIM not in body


def test_filter_by_articles_that_need_review(claim, curator, annotator):
    flagged = make_article(headline="A doubtful cleaning")
    Article.objects.filter(pk=flagged.pk).update(needs_review=True)
    make_annotation(flagged, annotator, OTHER)
    body = shown(login(curator).get(QUEUE, {"needs_review": "on"}))
    assert OTHER in body and CLAIM not in body


# --- decisions ---------------------------------------------------------------------------


def test_accepting_from_the_queue_goes_through_the_write_and_its_history(claim, curator):
    body = shown(login(curator).post(decide(claim.pk), {"status": "accepted", "version": 1}, **HX))
    assert "Accepted." in body
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("accepted", 2)
    assert claim.events.filter(action=AnnotationEvent.Action.STATUS, actor=curator).exists()


def test_rejecting_keeps_the_reason_in_the_history(claim, quote, curator):
    client = login(curator)
    data = {"status": "rejected", "version": 1, "reason": "Not a claim: an opinion."}
    assert "Rejected." in shown(client.post(decide(claim.pk), data, **HX))
    event = claim.events.get(action=AnnotationEvent.Action.STATUS)
    assert event.after["reason"] == "Not a claim: an opinion."
    claim.refresh_from_db()
    assert claim.status == "rejected"
    Annotation.objects.filter(pk=claim.pk).update(status="proposed")
    assert "Not a claim: an opinion." in shown(client.get(QUEUE))


def test_a_stale_version_is_refused(claim, curator, annotator):
    from annotations.writes import annotation_update

    annotation_update(annotation_id=claim.pk, user=annotator, version=1, tag=Tag("claim", note="x"))
    body = shown(login(curator).post(decide(claim.pk), {"status": "accepted", "version": 1}, **HX))
    assert "someone changed this annotation meanwhile (now version 2)" in body
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("proposed", 2)


def test_a_decision_without_htmx_comes_back_to_the_same_selection(claim, curator):
    response = login(curator).post(
        decide(claim.pk) + "?kind=claim", {"status": "accepted", "version": 1}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?kind=claim"


# --- bulk --------------------------------------------------------------------------------


def test_bulk_accept_takes_the_filtered_selection_only(claim, quote, article, curator, fellow):
    second_quote = make_annotation(article, fellow, "First concrete step", kind="quote")
    response = login(curator).post(
        BULK,
        {"status": "accepted", "kind": "quote", "shown_at": timezone.now().isoformat()},
        follow=True,
    )
    assert "2 annotations accepted." in shown(response)
    statuses = dict(Annotation.objects.values_list("pk", "status"))
    assert statuses == {claim.pk: "proposed", quote.pk: "accepted", second_quote.pk: "accepted"}


def test_bulk_reject_with_a_reason_leaves_deleted_ones_alone(claim, quote, annotator, curator):
    annotation_delete(annotation_id=claim.pk, user=annotator, version=1)
    login(curator).post(
        BULK,
        {"status": "rejected", "reason": "Duplicates", "shown_at": timezone.now().isoformat()},
    )
    claim.refresh_from_db()
    quote.refresh_from_db()
    assert (claim.status, claim.version) == ("proposed", 2)  # deleted: not reviewed
    assert quote.status == "rejected"
    assert quote.events.get(action="status").after["reason"] == "Duplicates"


def test_bulk_spares_annotations_proposed_after_the_page_was_shown(claim, curator):
    shown_at = timezone.now() - timedelta(minutes=5)
    login(curator).post(BULK, {"status": "accepted", "shown_at": shown_at.isoformat()})
    claim.refresh_from_db()
    assert claim.status == "proposed"


# --- elsewhere: the article list, the article page, the admin ------------------------------


def test_the_article_list_shows_curators_each_articles_proposed_count(
    claim, quote, article, curator, annotator
):
    body = shown(login(curator).get(reverse("article-list")))
    assert "2 proposed annotations to review" in body
    assert f"{QUEUE}?article={article.slug}" in body
    assert "proposed annotations to review" not in shown(
        login(annotator).get(reverse("article-list"))
    )


def test_the_article_page_links_curators_to_the_next_proposed_annotation(
    claim, quote, article, curator, annotator
):
    annotation_set_status(annotation_id=claim.pk, user=curator, status="accepted")
    body = shown(login(curator).get(article.get_absolute_url()))
    assert f'href="?annotation={quote.pk}" data-next-proposed' in body
    assert "data-next-proposed" not in shown(login(annotator).get(article.get_absolute_url()))


def test_the_admin_lists_no_deleted_annotations_unless_asked(claim, quote, annotator, curator):
    annotation_delete(annotation_id=claim.pk, user=annotator, version=1)
    client = login(curator)
    changelist = reverse("admin:annotations_annotation_changelist")
    body = shown(client.get(changelist, {"status__exact": "proposed"}))
    assert QUOTE[:40] in body and CLAIM not in body
    assert CLAIM in shown(client.get(changelist, {"deleted": "yes"}))
    response = client.post(
        changelist,
        {"action": "accept", ACTION_CHECKBOX_NAME: [str(claim.pk), str(quote.pk)]},
        follow=True,
    )
    assert "This annotation was deleted" not in shown(response)
    quote.refresh_from_db()
    assert quote.status == "accepted"


# --- speed -------------------------------------------------------------------------------


def queue_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        shown(client.get(QUEUE))
    return len(captured)


def test_the_queue_page_costs_the_same_queries_however_many_annotations(curator, annotator):
    authors = [annotator, make_user("dee")]
    client = login(curator)
    first = make_article(headline="First of many")
    bulk_annotations(first, authors, 60, seed=1)
    few = queue_queries(client)
    for n in range(3):
        bulk_annotations(make_article(headline=f"More {n}"), authors, 400, seed=n)
    assert Annotation.objects.filter(status="proposed").count() > 900
    assert queue_queries(client) == few
    assert few <= 12


def test_a_stale_decision_without_htmx_says_why_on_the_queue(claim, curator, annotator):
    from annotations.writes import annotation_update

    annotation_update(annotation_id=claim.pk, user=annotator, version=1, tag=Tag("claim", note="x"))
    response = login(curator).post(
        decide(claim.pk), {"status": "accepted", "version": 1}, follow=True
    )
    assert "someone changed this annotation meanwhile" in shown(response)
    claim.refresh_from_db()
    assert claim.status == "proposed"


def test_the_filters_show_what_was_chosen_as_plain_markup(claim, curator, article):
    chosen = {
        "kind": "claim",
        "article": article.slug,
        "publication": article.publication.slug,
        "author": "ana",
        "origin": "human",
        "age": "week",
        "needs_review": "on",
    }
    response = login(curator).get(QUEUE, chosen)
    body = shown(response)
    for name in ("kind", "article", "publication", "origin", "age"):
        assert f'<option value="{chosen[name]}" selected>' in body, name
    assert body.count(" selected>") == 5
    assert re.search(r'<input [^>]*name="author"[^>]* value="ana"', body)
    assert re.search(r'<input [^>]*name="needs_review"[^>]* checked', body)
    # Written out, not rendered by the form's widgets: those render a template for every
    # field and every option, which cost more than all of a page's rows.
    assert not [t.name for t in response.templates if t.name.startswith("django/forms/")]


def test_a_long_headline_is_cut_short_in_the_article_filter(claim, curator):
    headline = "Leaders of the coalition of the willing meet in Paris " * 3
    long = make_article(headline=headline.strip())
    body = shown(login(curator).get(QUEUE))
    label = f"{headline.strip()[:69]}…"
    assert f'<option value="{long.slug}">{label}</option>' in body


def test_a_row_is_made_of_what_it_shows_with_only_its_history_read(
    claim, article, curator, django_assert_num_queries
):
    annotation_set_status(annotation_id=claim.pk, user=curator, status="rejected", reason="Opinion")
    Annotation.objects.filter(pk=claim.pk).update(status="proposed")
    fetched = queue_rows({}).get(pk=claim.pk)
    with django_assert_num_queries(1):
        (row,) = rows([fetched])
    assert row.key == str(claim.pk)
    assert (row.kind_label, row.headline, row.author) == ("Claim", article.headline, "ana")
    assert row.publication == "The Moscow Times" and not row.needs_review
    assert [(e.action, e.actor, e.reason) for e in row.history] == [
        ("Created", "ana", ""),
        ("Status changed", "casey", "Opinion"),
    ]
    assert row.open_url == f"{article.get_absolute_url()}?annotation={claim.pk}"
    assert row.decide_url == decide(claim.pk)
