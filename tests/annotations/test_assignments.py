"""Assignments: curators give articles to annotators (/curate/assignments/, the article
page, the admin); annotators follow their own in My articles (/my/articles/)."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from annotations.assignments import Counts, assignment_remove, assignments_create
from annotations.models import Assignment, AssignmentEvent
from annotations.writes import annotation_delete, annotation_set_status
from tests.factories import make_annotation, make_article, make_user
from tests.factories import signed_in_client as login

PAGE = reverse("assignments")
ASSIGN = reverse("assignment-create")
MINE = reverse("my-articles")
HX = {"HTTP_HX_REQUEST": "true"}
CLAIM = "More than two dozen countries have pledged"
QUOTE = "We have today 26 countries who have formally committed"


def unassign_url(assignment) -> str:
    return reverse("assignment-remove", args=[assignment.pk])


def done_url(assignment) -> str:
    return reverse("assignment-done", args=[assignment.pk])


def reopen_url(assignment) -> str:
    return reverse("assignment-reopen", args=[assignment.pk])


def give(article, annotator, curator, **fields) -> Assignment:
    (made,) = assignments_create(
        articles=[article], annotators=[annotator], by=curator, **fields
    ).made
    return made


@pytest.fixture
def assignment(article, annotator, curator):
    return give(article, annotator, curator)


@pytest.fixture
def reader(db):
    return make_user("rory", role="reader")


def shown(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


# --- who may do what --------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in_and_nothing_changes(assignment, article, fellow):
    client = Client()
    for url in (PAGE, MINE):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    posts = {
        ASSIGN: {"articles": [article.pk], "annotators": [fellow.username]},
        unassign_url(assignment): {},
        done_url(assignment): {},
        reopen_url(assignment): {},
    }
    for url, data in posts.items():
        assert client.post(url, data).status_code == 302
    assignment.refresh_from_db()
    assert Assignment.objects.count() == 1
    assert (assignment.removed_at, assignment.done_at) == (None, None)


def test_annotators_cannot_use_any_assignment_curation_action(
    assignment, article, annotator, fellow
):
    client = login(annotator)
    assert client.get(PAGE).status_code == 403
    assert client.get(PAGE, HX).status_code == 403
    data = {"articles": [article.pk], "annotators": [fellow.username, annotator.username]}
    assert client.post(ASSIGN, data).status_code == 403
    assert client.post(unassign_url(assignment)).status_code == 403
    assert Assignment.objects.count() == 1
    assignment.refresh_from_db()
    assert assignment.removed_at is None
    assert list(assignment.events.values_list("action", flat=True)) == ["assigned"]


def test_the_services_refuse_non_curators_too(article, annotator, fellow, assignment):
    with pytest.raises(PermissionDenied):
        assignments_create(articles=[article], annotators=[fellow], by=annotator)
    with pytest.raises(PermissionDenied):
        assignment_remove(assignment_id=assignment.pk, by=annotator)
    assert Assignment.objects.count() == 1


def test_people_who_cannot_annotate_have_no_my_articles(reader):
    client = login(reader)
    assert client.get(MINE).status_code == 403
    assert 'href="/my/articles/"' not in shown(client.get(reverse("article-list")))


def test_the_nav_shows_my_articles_to_annotators_and_assignments_to_curators(annotator, curator):
    as_annotator = shown(login(annotator).get(reverse("article-list")))
    assert f'href="{MINE}"' in as_annotator
    assert f'href="{PAGE}"' not in as_annotator
    as_curator = shown(login(curator).get(reverse("article-list")))
    assert f'href="{MINE}"' in as_curator and f'href="{PAGE}"' in as_curator
    anonymous = shown(Client().get(reverse("article-list")))
    assert f'href="{MINE}"' not in anonymous and f'href="{PAGE}"' not in anonymous


def test_writes_need_the_csrf_token(article, annotator, curator, assignment):
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    data = {"articles": [article.pk], "annotators": [annotator.username]}
    assert client.post(ASSIGN, data).status_code == 403
    assert client.post(unassign_url(assignment)).status_code == 403
    mine = Client(enforce_csrf_checks=True)
    mine.force_login(annotator)
    assert mine.post(done_url(assignment)).status_code == 403
    assignment.refresh_from_db()
    assert (assignment.removed_at, assignment.done_at) == (None, None)


def test_only_the_assignee_marks_done_or_reopens(assignment, fellow, curator):
    for person in (fellow, curator):
        client = login(person)
        assert client.post(done_url(assignment)).status_code == 404
        assert client.post(reopen_url(assignment), **HX).status_code == 404
    assignment.refresh_from_db()
    assert assignment.done_at is None
    assert assignment.events.count() == 1


# --- assigning ----------------------------------------------------------------------------


def test_a_curator_assigns_ticked_articles_to_ticked_annotators(annotator, fellow, curator):
    first, second = make_article(), make_article()
    due = timezone.localdate() + timedelta(days=3)
    response = login(curator).post(
        ASSIGN,
        {
            "articles": [first.pk, second.pk],
            "annotators": [annotator.username, fellow.username],
            "due_on": due.isoformat(),
            "note": "Quotes first.",
        },
        follow=True,
    )
    assert "4 assignments made." in messages_of(response)
    made = Assignment.objects.current()
    assert {(a.article_id, a.annotator_id) for a in made} == {
        (article.pk, person.pk) for article in (first, second) for person in (annotator, fellow)
    }
    assert {(a.due_on, a.note, a.assigned_by_id) for a in made} == {
        (due, "Quotes first.", curator.pk)
    }
    assert AssignmentEvent.objects.filter(action="assigned", actor=curator).count() == 4


def test_assigning_again_leaves_the_assignment_as_it_was_and_says_so(
    assignment, article, annotator, fellow, curator
):
    response = login(curator).post(
        ASSIGN,
        {"articles": [article.pk], "annotators": [annotator.username, fellow.username]},
        follow=True,
    )
    said = messages_of(response)
    assert "1 assignment made." in said
    assert f"Already assigned, left as they were: “{article.headline}” to ana" in said
    assert Assignment.objects.filter(article=article, annotator=annotator).count() == 1


def test_only_people_who_can_annotate_can_be_assigned(article, curator, reader, annotator):
    client = login(curator)
    response = client.post(
        ASSIGN, {"articles": [article.pk], "annotators": [reader.username]}, follow=True
    )
    assert "Nothing assigned." in messages_of(response)
    assert "“rory” cannot annotate" in messages_of(response)
    # An account that could annotate once, but is no longer active.
    annotator.is_active = False
    annotator.save()
    response = client.post(
        ASSIGN, {"articles": [article.pk], "annotators": [annotator.username]}, follow=True
    )
    assert "“ana” cannot annotate" in messages_of(response)
    assert not Assignment.objects.exists()
    # The model says so too, whoever calls it.
    with pytest.raises(ValidationError, match="rory cannot annotate"):
        assignments_create(articles=[article], annotators=[reader], by=curator)
    assert not Assignment.objects.exists()


def test_a_user_given_the_annotate_permission_directly_can_be_assigned(article, curator, reader):
    reader.user_permissions.add(
        Permission.objects.get(codename="add_annotation", content_type__app_label="annotations")
    )
    login(curator).post(ASSIGN, {"articles": [article.pk], "annotators": [reader.username]})
    assert Assignment.objects.filter(annotator=reader).exists()


def test_drafts_cannot_be_assigned(draft, annotator, curator):
    response = login(curator).post(
        ASSIGN, {"articles": [draft.pk], "annotators": [annotator.username]}, follow=True
    )
    assert "is a draft: annotators cannot open it until it is published" in messages_of(response)
    assert not Assignment.objects.exists()


def test_a_bad_form_assigns_nothing_and_says_why(article, curator):
    response = login(curator).post(ASSIGN, {"articles": [article.pk]}, follow=True)
    assert "Nothing assigned. Choose at least one annotator." in messages_of(response)
    response = login(curator).post(
        ASSIGN, {"articles": [article.pk], "annotators": ["nobody"], "due_on": "soon"}, follow=True
    )
    assert "“nobody” cannot annotate" in messages_of(response)
    assert "Enter a valid date." in messages_of(response)
    assert not Assignment.objects.exists()


def test_after_a_write_the_curator_goes_back_only_to_our_own_pages(article, annotator, curator):
    client = login(curator)
    data = {"articles": [article.pk], "annotators": [annotator.username]}
    back = f"{PAGE}?publication=the-moscow-times"
    assert client.post(ASSIGN, {**data, "next": back})["Location"] == back
    assignment = Assignment.objects.get()
    elsewhere = {"next": "https://evil.example/"}
    assert client.post(unassign_url(assignment), elsewhere)["Location"] == PAGE


# --- unassigning keeps the history --------------------------------------------------------


def test_unassigning_keeps_the_row_and_assigning_again_makes_a_new_one(
    assignment, article, annotator, curator
):
    client = login(curator)
    response = client.post(unassign_url(assignment), follow=True)
    assert "is no longer assigned to ana" in messages_of(response)
    assignment.refresh_from_db()
    assert assignment.removed_at is not None and assignment.removed_by == curator
    assert article.headline not in shown(login(annotator).get(MINE))
    # Once more: already taken back, nothing changes.
    client.post(unassign_url(assignment))
    assert list(assignment.events.values_list("action", flat=True)) == ["assigned", "removed"]

    client.post(ASSIGN, {"articles": [article.pk], "annotators": [annotator.username]})
    rows = Assignment.objects.filter(article=article, annotator=annotator)
    assert rows.count() == 2 and rows.current().count() == 1
    assert article.headline in shown(login(annotator).get(MINE))


def test_the_database_keeps_one_current_assignment_per_pair(assignment, article, annotator):
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(
            article=article, annotator=annotator, assigned_by=assignment.assigned_by
        )


def test_assignment_history_cannot_be_rewritten(assignment):
    event = assignment.events.get()
    with pytest.raises(IntegrityError, match="append-only"), transaction.atomic():
        AssignmentEvent.objects.filter(pk=event.pk).update(action="removed")
    with pytest.raises(IntegrityError, match="append-only"), transaction.atomic():
        event.delete()


# --- My articles --------------------------------------------------------------------------


def test_progress_follows_the_annotators_own_annotations(
    assignment, article, annotator, fellow, curator
):
    client = login(annotator)
    page = shown(client.get(MINE))
    assert ">Assigned<" in page and "no annotations yet" in page
    make_annotation(article, fellow, QUOTE, kind="quote")  # someone else's: not progress
    assert ">Assigned<" in shown(client.get(MINE))

    claim = make_annotation(article, annotator, CLAIM)
    quote = make_annotation(article, annotator, QUOTE, kind="quote")
    page = shown(client.get(MINE))
    assert ">In progress<" in page
    assert "1 claim, 1 quote" in page
    assert "2 proposed · 0 accepted · 0 rejected" in page

    annotation_set_status(annotation_id=claim.pk, user=curator, status="accepted")
    annotation_set_status(annotation_id=quote.pk, user=curator, status="rejected")
    assert "0 proposed · 1 accepted · 1 rejected" in shown(client.get(MINE))
    quote.refresh_from_db()
    annotation_delete(annotation_id=quote.pk, user=curator, version=quote.version)
    page = shown(client.get(MINE))
    assert "1 claim</dd>" in page and "0 proposed · 1 accepted · 0 rejected" in page


def test_an_annotator_marks_done_and_reopens(assignment, annotator):
    client = login(annotator)
    fragment = shown(client.post(done_url(assignment), **HX))
    assert fragment.startswith("\n<li") or fragment.lstrip().startswith("<li")
    assert ">Done<" in fragment and "Marked done." in fragment
    assert reopen_url(assignment) in fragment and "autofocus" in fragment
    assignment.refresh_from_db()
    assert assignment.done_at is not None
    # Without htmx: back to the page.
    response = client.post(reopen_url(assignment))
    assert response["Location"] == MINE
    assignment.refresh_from_db()
    assert assignment.done_at is None
    page = shown(client.get(MINE))
    assert ">Assigned<" in page and "Mark done" in page
    assert list(assignment.events.values_list("action", "actor")) == [
        ("assigned", assignment.assigned_by_id),
        ("done", annotator.pk),
        ("reopened", annotator.pk),
    ]


def test_marking_an_unassigned_article_done_is_refused(assignment, annotator, curator):
    assignment_remove(assignment_id=assignment.pk, by=curator)
    fragment = shown(login(annotator).post(done_url(assignment), **HX))
    assert "no longer assigned to you" in fragment
    assignment.refresh_from_db()
    assert assignment.done_at is None


def test_my_articles_lists_soonest_due_first_and_marks_the_overdue(annotator, curator):
    today = timezone.localdate()
    undated = give(make_article(headline="Undated story"), annotator, curator)
    later = give(
        make_article(headline="Later story"), annotator, curator, due_on=today + timedelta(days=5)
    )
    overdue = give(
        make_article(headline="Overdue story"), annotator, curator, due_on=today - timedelta(days=1)
    )
    finished = give(
        make_article(headline="Finished story"),
        annotator,
        curator,
        due_on=today - timedelta(days=2),
    )
    finished.done_at = timezone.now()
    finished.save()
    give(make_article(headline="Not mine"), make_user("zed"), curator)

    page = shown(login(annotator).get(MINE))
    order = [page.index(f"assignment-{a.pk}-title") for a in (finished, overdue, later, undated)]
    assert order == sorted(order)
    assert "Not mine" not in page
    overdue_row = page[
        page.index(f'id="assignment-{overdue.pk}"') : page.index(f'id="assignment-{later.pk}"')
    ]
    assert "is-overdue" in overdue_row and "Overdue: " in overdue_row
    finished_row = page[
        page.index(f'id="assignment-{finished.pk}"') : page.index(f'id="assignment-{overdue.pk}"')
    ]
    assert "Overdue" not in finished_row  # done in time or not, it is done


def test_my_articles_makes_the_same_queries_for_any_number(annotator, curator):
    def queries() -> int:
        client = login(annotator)
        with CaptureQueriesContext(connection) as captured:
            shown(client.get(MINE))
        return len(captured)

    article = make_article()
    give(article, annotator, curator)
    make_annotation(article, annotator, CLAIM)
    few = queries()
    for _ in range(6):
        more = make_article()
        give(more, annotator, curator, due_on=timezone.localdate())
        make_annotation(more, annotator, QUOTE, kind="quote")
    assert queries() == few


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        (Counts(), []),
        (Counts(claim=1, entity=2), [("claim", 1), ("entities", 2)]),
        (Counts(entity=1, quote=3), [("entity", 1), ("quotes", 3)]),
    ],
)
def test_counts_are_said_in_words_that_agree(counts, words):
    assert counts.by_kind() == words


# --- the curators' page -------------------------------------------------------------------


def test_the_curators_page_shows_each_assignees_progress(article, annotator, fellow, curator):
    mine = give(article, annotator, curator, due_on=timezone.localdate() - timedelta(days=1))
    theirs = give(article, fellow, curator)
    make_annotation(article, annotator, CLAIM)
    make_annotation(article, annotator, QUOTE, kind="quote")
    make_annotation(article, make_user("dee"), "Zelensky", kind="entity")  # not an assignee
    theirs.done_at = timezone.now()
    theirs.save()
    unassigned = make_article(headline="Nobody has this one")

    page = shown(login(curator).get(PAGE))
    # Newest first: the unassigned article, then this one.
    nobody = page[
        page.index(f'id="article-{unassigned.pk}"') : page.index(f'id="article-{article.pk}"')
    ]
    assert "Not assigned." in nobody
    row = page[page.index(f'id="article-{article.pk}"') :]
    ana = row[row.index(f'id="assignment-{mine.pk}"') : row.index(f'id="assignment-{theirs.pk}"')]
    assert ">In progress<" in ana and "1 claim, 1 quote" in ana
    assert "2 proposed, 0 accepted, 0 rejected" in ana and "Overdue: " in ana
    ben = row[row.index(f'id="assignment-{theirs.pk}"') :]
    assert ">Done<" in ben and "no annotations yet" in ben
    assert "3 proposed awaiting review" in row
    assert f"{reverse('curate')}?article={article.slug}" in row


def test_the_curators_page_filters_articles(article, annotator, curator):
    give(article, annotator, curator)
    other = make_article(headline="Elsewhere entirely", publication="Kyiv Independent")
    flagged = make_article(headline="A flagged story", needs_review=True)
    client = login(curator)

    def listed(query: dict) -> set[int]:
        html = shown(client.get(PAGE, query, **HX))
        return {a.pk for a in (article, other, flagged) if f'id="article-{a.pk}"' in html}

    assert listed({}) == {article.pk, other.pk, flagged.pk}
    assert listed({"publication": "kyiv-independent"}) == {other.pk}
    assert listed({"unassigned": "on"}) == {other.pk, flagged.pk}
    assert listed({"needs_review": "on"}) == {flagged.pk}
    assert listed({"annotator": "ana"}) == {article.pk}
    assert listed({"q": "elsewhere"}) == {other.pk}
    assert listed({"publication": "no-such-thing", "q": "flagged"}) == {flagged.pk}


def test_the_curators_page_makes_the_same_queries_for_any_number_of_articles(
    annotator, fellow, curator
):
    def queries() -> int:
        client = login(curator)
        with CaptureQueriesContext(connection) as captured:
            shown(client.get(PAGE))
        return len(captured)

    def busy_article():
        article = make_article()
        give(article, annotator, curator)
        give(article, fellow, curator)
        make_annotation(article, annotator, CLAIM)
        make_annotation(article, fellow, QUOTE, kind="quote")

    busy_article()
    few = queries()
    for _ in range(8):
        busy_article()
    assert queries() == few


def test_notes_and_headlines_are_escaped(annotator, curator):
    article = make_article(headline="<b>Bold</b> claims & <script>alert(1)</script> scripts")
    give(article, annotator, curator, note="<script>alert('note')</script>")
    for client, url in ((login(curator), PAGE), (login(annotator), MINE)):
        page = shown(client.get(url))
        assert "<script>alert" not in page
        assert "&lt;script&gt;alert(&#x27;note&#x27;)&lt;/script&gt;" in page
        assert "&lt;b&gt;Bold&lt;/b&gt; claims &amp;" in page


# --- the article page and the admin -------------------------------------------------------


def test_the_article_page_shows_curators_who_has_it_and_assigns(
    assignment, article, fellow, curator, annotator
):
    page = shown(login(curator).get(article.get_absolute_url()))
    section = page[page.index('id="assigned-to"') :]
    assert "ana" in section and ">Assigned<" in section and unassign_url(assignment) in section
    assert f'<option value="{fellow.username}">' in section
    response = login(curator).post(
        ASSIGN,
        {
            "articles": [article.pk],
            "annotators": [fellow.username],
            "next": article.get_absolute_url(),
        },
    )
    assert response["Location"] == article.get_absolute_url()
    assert Assignment.objects.current().filter(article=article).count() == 2
    assert 'id="assigned-to"' not in shown(login(annotator).get(article.get_absolute_url()))
    assert 'id="assigned-to"' not in shown(Client().get(article.get_absolute_url()))


def test_the_admin_assigns_through_the_service_and_unassigns_keeping_the_row(
    article, annotator, curator, reader
):
    client = login(curator)
    add = reverse("admin:annotations_assignment_add")
    inline = {"events-TOTAL_FORMS": 0, "events-INITIAL_FORMS": 0}
    refused = client.post(add, {"article": article.pk, "annotator": reader.pk, **inline})
    assert refused.status_code == 200 and not Assignment.objects.exists()
    response = client.post(
        add, {"article": article.pk, "annotator": annotator.pk, "note": "Hi", **inline}
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    made = Assignment.objects.get()
    assert (made.assigned_by, made.note) == (curator, "Hi")
    assert list(made.events.values_list("action", flat=True)) == ["assigned"]

    change = reverse("admin:annotations_assignment_changelist")
    client.post(change, {"action": "unassign", "_selected_action": [made.pk]})
    made.refresh_from_db()
    assert made.removed_by == curator
    assert list(made.events.values_list("action", flat=True)) == ["assigned", "removed"]


def test_the_demo_assigns_articles_once(db):
    call_command("demo", stdout=StringIO())
    made = Assignment.objects.count()
    assert made >= 2
    assert {a.annotator.username for a in Assignment.objects.all()} == {"annotator1", "annotator2"}
    call_command("demo", stdout=StringIO())
    assert Assignment.objects.count() == made
