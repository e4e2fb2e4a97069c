"""Articles the cleaner doubted: the curators' list, the admin filter and actions."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from newsroom.ingest import ingest_text
from newsroom.models import Article
from tests.factories import make_user
from tests.newsroom.bad_input import SAMPLE

pytestmark = pytest.mark.django_db
URL = reverse("needs-review")
CHANGELIST = reverse("admin:newsroom_article_changelist")


@pytest.fixture
def doubted():
    """The sample cut in two: the second part prints no headline, so it needs review."""
    return ingest_text(SAMPLE.read_text(), story_starts=[41]).articles[1]


def test_curators_find_the_doubted_articles_with_their_weaknesses(client, curator, doubted):
    client.force_login(curator)
    assert f'href="{URL}"' in client.get(reverse("article-list")).content.decode()
    html = client.get(URL).content.decode()
    assert "1 article the cleaner doubted" in html
    assert doubted.headline in html
    assert "No headline was printed; one was made from the first sentence." in html
    assert "Story 2 of 2 on its page" in html
    assert reverse("article-original", args=[doubted.slug]) in html
    assert reverse("admin:newsroom_article_change", args=[doubted.pk]) in html
    confident = Article.objects.get(needs_review=False)
    assert confident.headline not in html


def test_anonymous_readers_are_sent_to_sign_in(client, doubted):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_annotators_cannot_see_the_list(client, annotator, doubted):
    client.force_login(annotator)
    assert client.get(URL).status_code == 403
    assert f'href="{URL}"' not in client.get(reverse("article-list")).content.decode()


def test_staff_who_may_only_add_articles_cannot_see_the_list(client, doubted):
    clerk = make_user("clerk", role="none")
    clerk.is_staff = True
    clerk.save()
    clerk.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(clerk)
    assert client.get(URL).status_code == 403


def test_the_list_reads_a_bounded_number_of_rows(
    client, curator, doubted, django_assert_max_num_queries
):
    for n in range(5):
        ingest_text(f"\n\nthe body of story {n} has no headline at all, only words.\n")
    client.force_login(curator)
    with django_assert_max_num_queries(6):
        html = client.get(URL).content.decode()
    assert "6 articles the cleaner doubted" in html


def test_the_admin_filters_by_review_and_a_curator_clears_it(client, curator, doubted):
    client.force_login(curator)
    listing = client.get(CHANGELIST, {"needs_review__exact": "1"}).content.decode()
    assert doubted.headline in listing
    assert "By needs review" in listing
    response = client.post(
        CHANGELIST,
        {"action": "mark_reviewed", "_selected_action": [doubted.pk]},
        follow=True,
    )
    assert "1 article(s) marked as reviewed." in response.content.decode()
    doubted.refresh_from_db()
    assert not doubted.needs_review
    assert client.get(URL).content.decode().count("review-item") == 0


def publish(client, *articles, **confirmation):
    data = {"action": "publish", "_selected_action": [a.pk for a in articles], **confirmation}
    return client.post(CHANGELIST, data)


def statuses() -> dict:
    return dict(Article.objects.values_list("headline", "status"))


def test_publishing_a_doubted_article_asks_first_and_changes_nothing(client, curator, doubted):
    client.force_login(curator)
    confident = Article.objects.get(needs_review=False)
    before = statuses()
    response = publish(client, doubted, confident)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Publish articles that need review?" in html
    assert "1 of the 2 selected articles needs" in html
    assert doubted.headline in html and confident.headline not in html.split("<form")[0]
    assert "No headline was printed; one was made from the first sentence." in html
    assert reverse("admin:newsroom_article_change", args=[doubted.pk]) in html
    # The form posts the action again with the same selection, confirmed.
    assert 'name="action" value="publish"' in html
    assert 'name="confirm" value="yes"' in html
    for article in (doubted, confident):
        assert f'name="_selected_action" value="{article.pk}"' in html
    assert f'name="reviewed" value="{doubted.pk}"' in html
    assert 'type="submit" value="Publish anyway"' in html
    assert statuses() == before
    doubted.refresh_from_db()
    assert doubted.needs_review and doubted.status == Article.Status.DRAFT


def test_publishing_anyway_publishes_and_clears_needs_review(client, curator, doubted):
    client.force_login(curator)
    confident = Article.objects.get(needs_review=False)
    response = publish(client, doubted, confident, confirm="yes", reviewed=[doubted.pk])
    assert response.status_code == 302
    messages = [m.message for m in client.get(response["Location"]).context["messages"]]
    assert messages[0] == "Published 2 article(s)."
    assert messages[1].startswith("1 of them needed review; published as you confirmed")
    doubted.refresh_from_db()
    assert doubted.status == Article.Status.PUBLISHED and not doubted.needs_review
    confident.refresh_from_db()
    assert confident.status == Article.Status.PUBLISHED
    assert client.get(URL).content.decode().count("review-item") == 0


def test_articles_nobody_doubted_are_published_without_asking(client, curator, doubted):
    client.force_login(curator)
    confident = Article.objects.get(needs_review=False)
    response = publish(client, confident)
    assert response.status_code == 302
    confident.refresh_from_db()
    assert confident.status == Article.Status.PUBLISHED


def test_a_confirmation_covers_only_the_articles_it_listed(client, curator, doubted):
    # The other story was doubted after the page was shown (re-cleaned, say): ask again.
    client.force_login(curator)
    other = Article.objects.get(needs_review=False)
    Article.objects.filter(pk=other.pk).update(needs_review=True)
    response = publish(client, doubted, other, confirm="yes", reviewed=[doubted.pk, "x"])
    assert response.status_code == 200
    assert "2 of the 2 selected articles need review" in response.content.decode()
    assert set(statuses().values()) == {Article.Status.DRAFT}


def test_staff_who_may_not_change_articles_cannot_publish_anyway(client, doubted):
    clerk = make_user("clerk", role="none")
    clerk.is_staff = True
    clerk.save()
    clerk.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(clerk)
    publish(client, doubted, confirm="yes", reviewed=[doubted.pk])
    doubted.refresh_from_db()
    assert doubted.status == Article.Status.DRAFT and doubted.needs_review


def test_the_admin_change_page_says_why_and_lets_a_curator_clear_it(client, curator, doubted):
    client.force_login(curator)
    url = reverse("admin:newsroom_article_change", args=[doubted.pk])
    html = client.get(url).content.decode()
    assert "No headline was printed" in html
    assert 'name="needs_review"' in html
    assert "lines 41–107" not in html and "41–107 of 108" in html
