"""Searching annotations and the /search/ page: vectors kept with each write, the
reader's visibility rules, filters, bad parameters, safe snippets, the API's ?q=."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotations import search_views
from annotations.models import Annotation
from annotations.search import Filters, matching_annotations
from annotations.tag_rules import Tag
from annotations.writes import annotation_set_status, annotation_update
from newsroom.models import Article
from newsroom.revisions import article_revise
from tests.factories import make_annotation, make_article, make_entity, signed_in_client

pytestmark = pytest.mark.django_db
CLAIM = "26 countries who have formally committed"


def notes_found(user, q: str) -> list[str]:
    return [a.note for a in matching_annotations(user, Filters(q=q))]


def search(client: Client, **params):
    return client.get("/search/", params)


def test_note_quote_and_entity_names_are_searched(article, curator):
    zurich = make_entity("Zürich Insurance", "organization")
    made = make_annotation(article, curator, CLAIM, claimant=zurich, note="n1")
    assert notes_found(curator, "zurich") == ["n1"]  # the entity's name, folded
    assert notes_found(curator, "formally committed") == ["n1"]  # the quote, stemmed
    assert notes_found(curator, "n1") == ["n1"]
    assert made.pk


@pytest.mark.django_db(transaction=True)
def test_vector_follows_an_edit_in_its_transaction_and_rolls_back_with_it(article, curator):
    made = make_annotation(article, curator, CLAIM, note="zeppelin")
    tag = Tag(kind="claim", note="balloon")
    with pytest.raises(RuntimeError), transaction.atomic():
        annotation_update(annotation_id=made.pk, user=curator, version=made.version, tag=tag)
        assert [a.pk for a in matching_annotations(curator, Filters(q="balloon"))] == [made.pk]
        raise RuntimeError("the edit fails")
    assert notes_found(curator, "balloon") == []
    assert notes_found(curator, "zeppelin") == ["zeppelin"]
    annotation_update(annotation_id=made.pk, user=curator, version=made.version, tag=tag)
    assert notes_found(curator, "balloon") == ["balloon"]
    assert notes_found(curator, "zeppelin") == []


def test_a_revision_rewrites_the_vectors_in_its_language(article, curator):
    made = make_annotation(article, curator, CLAIM)
    assert article.language == "und"  # unknown: words are not stemmed
    assert list(matching_annotations(curator, Filters(q="country"))) == []
    # The cleaner now tells English: the annotation is stemmed as English.
    article_revise(article=article, flags={"language": "en"}, reason="language")
    assert Article.objects.get(pk=article.pk).language == "en"
    assert [a.pk for a in matching_annotations(curator, Filters(q="country"))] == [made.pk]


def test_anonymous_readers_never_see_proposed_annotations_or_drafts(article, annotator, curator):
    draft = make_article(headline="Zeppelin plans leaked", status="draft")
    make_annotation(article, annotator, CLAIM, note="zeppelin proposed")
    accepted = make_annotation(article, annotator, "Macron", kind="entity", note="zeppelin ok")
    annotation_set_status(annotation_id=accepted.pk, user=curator, status="accepted")
    make_annotation(draft, curator, "Zeppelin plans", note="zeppelin on a draft")

    anonymous = Client()
    page = search(anonymous, q="zeppelin", tab="annotations").content.decode()
    assert "zeppelin ok" in page.replace("<mark>", "").replace("</mark>", "")
    assert "proposed" not in page and "on a draft" not in page
    assert "Zeppelin plans leaked" not in search(anonymous, q="zeppelin").content.decode()
    assert notes_found(anonymous.session and _anonymous(), "zeppelin") == ["zeppelin ok"]

    staff = search(signed_in_client(curator), q="zeppelin").content.decode()
    assert "Zeppelin plans leaked" in staff
    notes = set(notes_found(curator, "zeppelin"))
    assert notes == {"zeppelin ok", "zeppelin proposed", "zeppelin on a draft"}


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


def test_filters_narrow_the_annotations(article, curator):
    macron = make_entity("Emmanuel Macron", "person")
    make_annotation(
        article, curator, CLAIM, verdict="false", verdict_note="Fewer signed.", note="alpha claim"
    )
    make_annotation(article, curator, "Macron", kind="entity", entity=macron, note="alpha entity")
    other = make_article(headline="Elsewhere", publication="Le Monde")
    make_annotation(other, curator, "Macron", kind="entity", entity=macron, note="alpha monde")

    def notes(**filters):
        return set(notes_found_with(curator, Filters(q="alpha", **filters)))

    assert notes(kind="claim") == {"alpha claim"}
    assert notes(verdict="false") == {"alpha claim"}
    assert notes(entity=macron) == {"alpha entity", "alpha monde"}
    assert notes(publication=other.publication) == {"alpha monde"}
    assert notes(status="proposed") == set()


def notes_found_with(user, filters: Filters) -> list[str]:
    return [a.note for a in matching_annotations(user, filters)]


def test_page_filters_by_publication_and_date(client):
    moscow = make_article(headline="Zeppelin in Moscow")
    paris = make_article(headline="Zeppelin in Paris", publication="Le Monde")
    Article.objects.filter(pk=moscow.pk).update(published_on="2024-05-01")
    Article.objects.filter(pk=paris.pk).update(published_on="2025-01-02")
    page = search(client, q="zeppelin", publication="le-monde").content.decode()
    assert "Zeppelin in Paris" in page and "Zeppelin in Moscow" not in page
    page = search(
        client, q="zeppelin", date_from="2024-01-01", date_to="2024-12-31"
    ).content.decode()
    assert "Zeppelin in Moscow" in page and "Zeppelin in Paris" not in page


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x", "date_from": "2024-13-01"},
        {"q": "x", "date_from": "2025-01-01", "date_to": "2024-01-01"},
        {"q": "x", "kind": "poem"},
        {"q": "x", "verdict": "maybe"},
        {"q": "x", "status": "lost"},
        {"q": "x", "entity": "999999"},
        {"q": "x", "entity": "abc"},
        {"q": "x", "publication": "no-such-paper"},
        {"q": "x" * 201},
        {"q": "x", "tab": "photos"},
    ],
)
def test_bad_parameters_are_a_400_with_the_reason(client, params):
    response = search(client, **params)
    assert response.status_code == 400
    assert "The search could not run" in response.content.decode()


def test_bad_parameters_under_htmx_are_swapped_in(client):
    response = client.get("/search/", {"q": "x", "date_from": "nope"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Enter a valid date" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_an_entity_readers_may_not_see_cannot_be_named(client, article, annotator):
    secret = make_entity("Secret Source", "person")
    make_annotation(article, annotator, "Macron", kind="entity", entity=secret)  # proposed
    assert search(client, q="x", entity=str(secret.pk)).status_code == 400


def test_snippets_are_escaped_with_the_highlight_intact(client, curator):
    article = make_article(headline="<script>alert(1)</script> Zeppelin raid")
    make_annotation(article, curator, "Zeppelin raid", note="<img src=x onerror=alert(2)> zeppelin")
    page = search(client, q="zeppelin").content.decode()
    assert "<script>alert" not in page
    assert "&lt;/script&gt; <mark>Zeppelin</mark>" in page
    page = search(client, q="zeppelin", tab="annotations").content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(2)&gt; <mark>zeppelin</mark>" in page
    assert "<mark>Zeppelin</mark> <mark>raid</mark>" not in page  # only the asked word
    assert "<mark>Zeppelin</mark> raid" in page


@pytest.mark.parametrize("tab", ["articles", "annotations"])
def test_query_count_does_not_grow_with_results(client, curator, tab):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = search(client, q="zeppelin", tab=tab)
        assert response.status_code == 200
        return len(captured)

    def add(n: int) -> None:
        for _ in range(n):
            article = make_article(headline="Zeppelin over the harbour")
            accepted = make_annotation(article, curator, "Zeppelin over", note="zeppelin")
            assert accepted.status == Annotation.Status.ACCEPTED

    add(2)
    few = queries()
    add(12)
    assert queries() == few
    assert Article.objects.count() == 14


def test_counts_stop_at_the_limit_and_say_so(client, curator, monkeypatch):
    monkeypatch.setattr(search_views, "COUNTED", 3)
    for n in range(5):
        make_article(headline=f"Zeppelin sighting {n}")
    page = search(client, q="zeppelin").content.decode()
    assert '<span class="count">3+</span>' in page
    assert page.count('class="search-hit"') == 3  # the list ends at the limit
    make_annotation(Article.objects.first(), curator, "Zeppelin", note="one")
    page = search(client, q="zeppelin", tab="annotations").content.decode()
    assert '<span class="count">1</span>' in page  # under the limit: the number itself
    assert '<span class="count">3+</span>' in page  # the articles' tab


def test_nav_search_box_is_on_every_page(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'action="/search/"' in page and 'name="q"' in page


def test_api_container_searches_with_q(client, article, annotator, curator):
    proposed = make_annotation(article, annotator, CLAIM, note="zeppelin")
    accepted = make_annotation(article, curator, "Macron", kind="entity", note="zeppelin too")
    make_annotation(article, curator, "Ukraine", kind="entity", note="other")
    data = client.get("/api/annotations/", {"q": "zeppelin", "iris": "1"}).json()
    assert data["total"] == 1
    assert data["first"]["items"] == [f"http://testserver/api/annotations/{accepted.pk}/"]
    assert "q=zeppelin" in data["id"]
    data = (
        signed_in_client(curator)
        .get(f"/api/articles/{article.slug}/annotations/", {"q": "zeppelin", "iris": "1"})
        .json()
    )
    assert data["total"] == 2
    assert {i.rsplit("/", 2)[-2] for i in data["first"]["items"]} == {
        str(proposed.pk),
        str(accepted.pk),
    }


def test_api_refuses_a_bad_q(client):
    response = client.get("/api/annotations/", {"q": "x" * 201})
    assert response.status_code == 400
    assert response.json()
