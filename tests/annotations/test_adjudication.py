"""Adjudication (/curate/articles/<slug>/adjudicate/): who may use it, what it shows, and
what picking, merging and rejecting versions do, with their history."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.adjudication_services import (
    adjudicate_merge,
    adjudicate_pick,
    adjudicate_reject,
    article_mark_reviewed,
    reviewed_layer,
)
from annotations.models import Annotation, AnnotationEvent, ArticleReview
from annotations.tag_rules import AnnotationError, Tag
from annotations.writes import annotation_delete, annotation_set_status, annotation_update
from tests.factories import (
    bulk_annotations,
    make_annotation,
    make_article,
    make_entity,
    make_user,
)
from tests.factories import signed_in_client as login

HX = {"HTTP_HX_REQUEST": "true"}
LONG = "We have today 26 countries who have formally committed"
SHORT = "26 countries who have formally committed"
CLAIM = "More than two dozen countries have pledged"


def url(article, name: str = "adjudicate") -> str:
    return reverse(name, args=[article.slug])


def member(*annotations) -> list[str]:
    return [f"{a.pk}:{a.version}" for a in annotations]


@pytest.fixture
def macron(db):
    return make_entity("Emmanuel Macron", "person")


@pytest.fixture
def zelensky(db):
    return make_entity("Volodymyr Zelensky", "person")


@pytest.fixture
def conflict(article, annotator, fellow, macron, zelensky):
    """ana and ben quote the same passage: different spans, different speakers."""
    ana = make_annotation(article, annotator, LONG, kind="quote", speaker=macron)
    ben = make_annotation(article, fellow, SHORT, kind="quote", speaker=zelensky)
    return ana, ben


def shown(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def refresh(*annotations):
    for a in annotations:
        a.refresh_from_db()


# --- who may use it ----------------------------------------------------------------------


def posts(article, ana, ben) -> list[tuple[str, dict]]:
    return [
        (url(article, "adjudicate-pick"), {"chosen": ana.pk, "member": member(ana, ben)}),
        (
            url(article, "adjudicate-merge"),
            {"member": member(ana, ben), "from_span": ana.pk, "from_speaker": ben.pk},
        ),
        (url(article, "adjudicate-reject"), {"annotation": ana.pk, "version": ana.version}),
        (url(article, "adjudicate-reviewed"), {}),
    ]


def test_annotators_cannot_use_any_adjudication_action(article, conflict, annotator):
    ana, ben = conflict
    client = login(annotator)
    assert client.get(url(article)).status_code == 403
    assert client.get(url(article), HX).status_code == 403
    for address, data in posts(article, ana, ben):
        assert client.post(address, data, **HX).status_code == 403, address
        assert client.post(address, data).status_code == 403, address
    refresh(ana, ben)
    assert (ana.status, ana.version, ben.status, ben.version) == ("proposed", 1, "proposed", 1)
    assert Annotation.objects.count() == 2
    assert not ArticleReview.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(article, conflict):
    ana, ben = conflict
    response = Client().get(url(article))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    for address, data in posts(article, ana, ben):
        assert Client().post(address, data).status_code == 302, address
    refresh(ana, ben)
    assert (ana.status, ben.status) == ("proposed", "proposed")


def test_the_services_check_the_permission_themselves(article, conflict, annotator):
    ana, ben = conflict
    versions = {str(ana.pk): 1, str(ben.pk): 1}
    with pytest.raises(PermissionDenied):
        adjudicate_pick(user=annotator, article=article, chosen=str(ana.pk), versions=versions)
    with pytest.raises(PermissionDenied):
        adjudicate_merge(user=annotator, article=article, versions=versions, sources={})
    with pytest.raises(PermissionDenied):
        adjudicate_reject(user=annotator, article=article, annotation_id=str(ana.pk), version=1)
    with pytest.raises(PermissionDenied):
        article_mark_reviewed(user=annotator, article=article)


def test_posts_need_the_csrf_token(article, conflict, curator):
    ana, ben = conflict
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    address, data = posts(article, ana, ben)[0]
    assert client.post(address, data).status_code == 403
    ana.refresh_from_db()
    assert ana.status == "proposed"


# --- what it shows -----------------------------------------------------------------------


def test_both_versions_side_by_side_with_their_differences_marked(article, conflict, curator):
    body = shown(login(curator).get(url(article)))
    assert body.count('class="adj-group ') == 1
    assert "Differ in span, speaker" in body
    assert body.count('class="adj-version ') == 2
    assert 'Emmanuel Macron</mark><span class="queue-sr"> (differs)</span>' in body
    assert 'Volodymyr Zelensky</mark><span class="queue-sr"> (differs)</span>' in body
    # The quote type is the same: shown plain.
    assert "<dd>Direct</dd>" in body
    assert "1 passage tagged, 1 with disagreements." in body


def test_agreed_passages_are_collapsed_and_marked(article, annotator, fellow, curator):
    make_annotation(article, annotator, CLAIM)
    make_annotation(article, fellow, CLAIM)
    body = shown(login(curator).get(url(article)))
    assert 'class="adj-group adj-agreed"' in body
    assert "<details open>" not in body
    assert ">Agreed<" in body


def test_deleted_annotations_are_never_shown(article, conflict, fellow, curator):
    ana, ben = conflict
    annotation_delete(annotation_id=ben.pk, user=fellow, version=ben.version)
    body = shown(login(curator).get(url(article)))
    assert "Volodymyr Zelensky" not in body
    assert f"v-{ben.pk}" not in body and f"v-{ana.pk}" in body
    assert "1 version</span>" in body  # ben withdrew his: ana's alone is left


def test_filters_kind_and_only_disagreements(article, conflict, annotator, fellow, curator):
    make_annotation(article, annotator, CLAIM)
    make_annotation(article, fellow, CLAIM)
    client = login(curator)
    body = shown(client.get(url(article), {"kind": "claim"}))
    assert body.count('class="adj-group ') == 1 and "adj-agreed" in body
    body = shown(client.get(url(article), {"disagreements": "on"}))
    assert body.count('class="adj-group ') == 1 and "adj-disagreement" in body
    assert "; 1 in this selection." in body
    fragment = shown(client.get(url(article), {"kind": "entity"}, **HX))
    assert "<html" not in fragment and "No passage in this selection." in fragment


def test_notes_are_escaped(article, annotator, fellow, curator):
    make_annotation(article, annotator, CLAIM, note="<script>alert('x')</script>")
    make_annotation(article, fellow, CLAIM, note="a different reading")
    body = shown(login(curator).get(url(article)))
    assert "<script>alert('x')</script>" not in body
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body


# --- pick ----------------------------------------------------------------------------------


def test_pick_keeps_one_version_and_rejects_the_others_naming_it(article, conflict, curator):
    ana, ben = conflict
    response = login(curator).post(
        url(article, "adjudicate-pick"), {"chosen": ben.pk, "member": member(ana, ben)}, **HX
    )
    body = shown(response)
    assert "Version kept; the others rejected." in body
    refresh(ana, ben)
    assert (ben.status, ana.status) == ("accepted", "rejected")
    rejected = AnnotationEvent.objects.get(annotation=ana, action="status")
    assert rejected.actor == curator
    assert rejected.after["reason"] == "adjudicated: ben's version kept"
    kept = AnnotationEvent.objects.get(annotation=ben, action="status")
    assert kept.after["status"] == "accepted"
    assert "Settled" in body


def test_pick_without_javascript_redirects_back(article, conflict, curator):
    ana, ben = conflict
    response = login(curator).post(
        url(article, "adjudicate-pick") + "?disagreements=on",
        {"chosen": ana.pk, "member": member(ana, ben)},
    )
    assert response.status_code == 302
    assert response["Location"] == url(article) + "?disagreements=on"
    refresh(ana, ben)
    assert (ana.status, ben.status) == ("accepted", "rejected")


def test_a_stale_version_is_refused_and_nothing_changes(article, conflict, curator, fellow):
    ana, ben = conflict
    seen = member(ana, ben)
    annotation_update(annotation_id=ben.pk, user=fellow, version=ben.version, tag=Tag(kind="quote"))
    client = login(curator)
    for address, data in [
        (url(article, "adjudicate-pick"), {"chosen": ana.pk, "member": seen}),
        (url(article, "adjudicate-merge"), {"member": seen, "from_span": ana.pk}),
        (url(article, "adjudicate-reject"), {"annotation": ben.pk, "version": 1}),
    ]:
        body = shown(client.post(address, data, **HX))
        assert "someone changed ben&#x27;s version meanwhile" in body, address
    refresh(ana, ben)
    assert (ana.status, ben.status) == ("proposed", "proposed")
    assert Annotation.objects.count() == 2
    assert not AnnotationEvent.objects.filter(action="status").exists()


def test_versions_that_do_not_overlap_are_refused(article, annotator, fellow, curator):
    one = make_annotation(article, annotator, CLAIM)
    other = make_annotation(article, fellow, SHORT)
    body = shown(
        login(curator).post(
            url(article, "adjudicate-pick"), {"chosen": one.pk, "member": member(one, other)}, **HX
        )
    )
    assert "do not overlap" in body
    refresh(one, other)
    assert (one.status, other.status) == ("proposed", "proposed")


def test_another_articles_annotation_is_refused(article, conflict, curator):
    ana, ben = conflict
    elsewhere = make_article(headline="Another story")
    body = shown(
        login(curator).post(
            url(elsewhere, "adjudicate-pick"), {"chosen": ana.pk, "member": member(ana, ben)}, **HX
        )
    )
    assert "not all this article" in body
    refresh(ana)
    assert ana.status == "proposed"


# --- merge ---------------------------------------------------------------------------------


def test_merge_takes_each_field_from_the_version_chosen(
    article, conflict, curator, macron, zelensky
):
    ana, ben = conflict
    body = shown(
        login(curator).post(
            url(article, "adjudicate-merge"),
            {"member": member(ana, ben), "from_span": ben.pk, "from_speaker": ana.pk},
            **HX,
        )
    )
    assert "Versions merged into one, accepted." in body
    merged = Annotation.objects.exclude(pk__in=[ana.pk, ben.pk]).get()
    assert (merged.exact, merged.start, merged.end) == (SHORT, ben.start, ben.end)
    assert (merged.kind, merged.speaker, merged.quote_type) == ("quote", macron, "direct")
    assert (merged.author, merged.status) == (curator, "accepted")
    history = AnnotationEvent.objects.get(annotation=merged, action="merged")
    assert sorted(history.after["merged_from"]) == sorted([str(ana.pk), str(ben.pk)])
    assert history.after["fields"]["span"] == str(ben.pk)
    assert history.after["fields"]["speaker"] == str(ana.pk)
    refresh(ana, ben)
    assert (ana.status, ben.status) == ("rejected", "rejected")
    for source in (ana, ben):
        event = AnnotationEvent.objects.get(annotation=source, action="status")
        assert event.after["reason"] == f"adjudicated: merged into {merged.pk}"
    # The passage is settled: one standing version, the merged one.
    assert "Settled" in body and ">Merged<" in body


def test_merge_of_a_field_from_another_kind_is_refused(article, annotator, fellow, curator):
    quote = make_annotation(article, annotator, SHORT, kind="quote")
    claim = make_annotation(article, fellow, SHORT)
    with pytest.raises(AnnotationError, match="has no speaker"):
        adjudicate_merge(
            user=curator,
            article=article,
            versions={str(quote.pk): 1, str(claim.pk): 1},
            sources={"kind": str(quote.pk), "speaker": str(claim.pk), "span": str(claim.pk)},
        )
    assert Annotation.objects.count() == 2


# --- reject --------------------------------------------------------------------------------


def test_reject_one_version_alone_with_its_reason(article, conflict, curator):
    ana, ben = conflict
    shown(
        login(curator).post(
            url(article, "adjudicate-reject"),
            {"annotation": ben.pk, "version": ben.version, "reason": "Not a quote <b>at all</b>"},
            **HX,
        )
    )
    refresh(ana, ben)
    assert (ana.status, ben.status) == ("proposed", "rejected")
    event = AnnotationEvent.objects.get(annotation=ben, action="status")
    assert event.after["reason"] == "adjudicated: Not a quote <b>at all</b>"


# --- the reviewed layer ----------------------------------------------------------------------


def test_the_reviewed_layer_is_the_accepted_tags_once_marked_reviewed(article, conflict, curator):
    ana, ben = conflict
    adjudicate_pick(
        user=curator, article=article, chosen=str(ana.pk), versions={str(ana.pk): 1, str(ben.pk): 1}
    )
    assert reviewed_layer(article) is None
    body = shown(login(curator).post(url(article, "adjudicate-reviewed"), **HX))
    assert "Reviewed by casey" in body
    assert list(reviewed_layer(article)) == [Annotation.objects.get(pk=ana.pk)]
    assert list(Annotation.objects.reviewed_layer()) == [Annotation.objects.get(pk=ana.pk)]
    review = ArticleReview.objects.get()
    assert (review.article, review.reviewer) == (article, curator)


def test_every_review_mark_is_kept_and_the_latest_is_shown(article, conflict, curator):
    other = make_user("dana", role="curator")
    article_mark_reviewed(user=curator, article=article)
    body = shown(login(other).post(url(article, "adjudicate-reviewed"), **HX))
    assert "Reviewed by dana" in body and "Mark reviewed again" in body
    assert list(ArticleReview.objects.values_list("reviewer__username", flat=True)) == [
        "dana",
        "casey",
    ]
    # Two marks, one reviewed layer: no annotation counted twice.
    ana, _ = conflict
    annotation_set_status(annotation_id=ana.pk, user=curator, status="accepted")
    assert list(Annotation.objects.reviewed_layer()) == [Annotation.objects.get(pk=ana.pk)]


def test_links_to_adjudication_from_the_queue_and_the_agreement_dashboard(
    article, conflict, curator
):
    client = login(curator)
    assert url(article) in shown(client.get(reverse("curate")))
    assert url(article) in shown(client.get(reverse("curate-agreement")))


def test_a_version_with_an_edit_awaiting_review_is_not_adjudicated_until_it_is_reviewed(
    article, conflict, curator, annotator, zelensky
):
    ana, ben = conflict
    annotation_set_status(annotation_id=ana.pk, user=curator, status="accepted")
    ana.refresh_from_db()
    annotation_update(  # ana's edit of her accepted quote is held for review
        annotation_id=ana.pk,
        user=annotator,
        version=ana.version,
        tag=Tag(kind="quote", speaker=zelensky),
    )
    ana.refresh_from_db()
    client = login(curator)
    assert "An edit of this version awaits review" in shown(client.get(url(article)))
    body = shown(
        client.post(
            url(article, "adjudicate-pick"), {"chosen": ben.pk, "member": member(ana, ben)}, **HX
        )
    )
    assert "awaits review: accept or reject it in the article first" in body
    refresh(ana, ben)
    assert (ana.status, ben.status) == ("accepted", "proposed")


def test_the_page_costs_the_same_queries_however_many_annotations(
    article, annotator, fellow, curator, django_assert_max_num_queries
):
    client = login(curator)
    bulk_annotations(article, [annotator, fellow], 6, seed=1)
    with CaptureQueriesContext(connection) as few:
        shown(client.get(url(article)))
    bulk_annotations(article, [annotator, fellow, curator], 120, seed=2)
    with django_assert_max_num_queries(len(few)):
        body = shown(client.get(url(article)))
    assert body.count('class="adj-version ') == 126
