"""The article list: filters, three orders, keyset pages that neither skip nor repeat."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.models import Article
from tests.factories import make_article, make_user, signed_in_client

pytestmark = pytest.mark.django_db
URL = "/articles/"


def headlines(html: str) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', html)


def next_link(html: str, rel: str = "next") -> str | None:
    found = re.search(rf'<a rel="{rel}" href="\?([^"]+)"', html)
    return found.group(1).replace("&amp;", "&") if found else None


def walk(client, query: str = "") -> list[list[str]]:
    pages, link = [], query
    while link is not None:
        response = client.get(f"{URL}?{link}")
        assert response.status_code == 200
        html = response.content.decode()
        pages.append(headlines(html))
        link = next_link(html)
    return pages


@pytest.fixture
def many():
    made = [make_article(headline=f"Story {n:02d}") for n in range(45)]
    # Every article arrived at the same moment: the id settles the order.
    Article.objects.filter(pk__in=[a.pk for a in made[10:30]]).update(created_at=timezone.now())
    return made


def test_pages_follow_each_order_without_skipping_or_repeating(client, many):
    for order, expected in [
        ("newest", [a.headline for a in Article.objects.order_by("-created_at", "-id")]),
        ("oldest", [a.headline for a in Article.objects.order_by("created_at", "id")]),
        ("headline", sorted(a.headline for a in many)),
    ]:
        pages = walk(client, f"sort={order}")
        assert [len(p) for p in pages] == [20, 20, 5]
        assert [h for p in pages for h in p] == expected, order


def test_previous_goes_back_to_the_same_page(client, many):
    first = client.get(URL).content.decode()
    second = client.get(f"{URL}?{next_link(first)}").content.decode()
    third = client.get(f"{URL}?{next_link(second)}").content.decode()
    back = client.get(f"{URL}?{next_link(third, 'prev')}").content.decode()
    assert headlines(back) == headlines(second)
    back = client.get(f"{URL}?{next_link(back, 'prev')}").content.decode()
    assert headlines(back) == headlines(first)
    assert next_link(back, "prev") is None


def test_a_deep_page_costs_the_queries_of_the_first(client, many):
    with CaptureQueriesContext(connection) as first:
        html = client.get(URL).content.decode()
    html = client.get(f"{URL}?{next_link(html)}").content.decode()
    with CaptureQueriesContext(connection) as third:
        client.get(f"{URL}?{next_link(html)}")
    assert len(third) == len(first)
    assert not any("OFFSET" in q["sql"] for q in third.captured_queries)


def test_filters(client):
    make_article(headline="German one", flags={"language": "de"})
    make_article(headline="Paris one", publication="Le Monde", flags={"language": "fr"})
    doubted = make_article(headline="Doubted one", needs_review=True)
    old = make_article(headline="Old one")
    Article.objects.filter(pk=old.pk).update(published_on="2001-02-03")
    assert headlines(client.get(URL, {"language": "de"}).content.decode()) == ["German one"]
    assert headlines(client.get(URL, {"publication": "le-monde"}).content.decode()) == ["Paris one"]
    html = client.get(URL, {"date_from": "2001-01-01", "date_to": "2001-12-31"}).content.decode()
    assert headlines(html) == ["Old one"]
    staff = make_user("editor", role="curator")
    staff.is_staff = True
    staff.save()
    html = signed_in_client(staff).get(URL, {"needs_review": "on"}).content.decode()
    assert headlines(html) == [doubted.headline]


@pytest.mark.parametrize(
    "params",
    [
        {"after": "garbage"},
        {"before": "x:y:z"},
        {"sort": "random"},
        {"date_from": "2024-02-30"},
        {"date_from": "2024-02-02", "date_to": "2024-02-01"},
        {"language": "xx"},
        {"publication": "nope"},
    ],
)
def test_bad_parameters_are_a_400_with_the_reason(client, params):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert "The list could not be shown" in response.content.decode()


def test_a_cursor_of_another_order_is_refused(client, many):
    link = next_link(client.get(URL, {"sort": "headline"}).content.decode())
    cursor = link.split("after=")[1]
    assert client.get(f"{URL}?sort=oldest&after={cursor}").status_code == 400
