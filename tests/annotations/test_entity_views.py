"""The tag form's entity picker: search names and aliases, choose, create inline."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from annotations.models import Entity
from tests.factories import make_entity

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def client_of(annotator) -> Client:
    client = Client()
    client.force_login(annotator)
    return client


def search(client, q, field="entity"):
    return client.get(reverse("entity-search"), {"field": field, "q": q}, **HX)


def create(client, field="speaker", **data):
    body = {"field": field, **{f"{field}-{k}": v for k, v in data.items()}}
    return client.post(reverse("entity-create"), body, **HX)


def test_search_matches_aliases_without_accents(client_of):
    zelensky = make_entity("Volodymyr Zelensky", "person", aliases=["Zelenskyy"])
    html = search(client_of, "zelenskyy").content.decode()
    assert "Volodymyr Zelensky" in html and f"entity={zelensky.pk}" in html


def test_speaker_search_offers_people_and_organizations_only(client_of):
    make_entity("Paris", "place")
    make_entity("Paris Club", "organization")
    html = search(client_of, "paris", field="speaker").content.decode()
    assert "Paris Club" in html and ">Paris</span>" not in html


def test_odd_search_text_is_harmless(client_of):
    assert search(client_of, "nul\x00inside").status_code == 200
    pick = client_of.get(reverse("entity-pick"), {"field": "entity", "entity": "9" * 30}, **HX)
    assert pick.status_code == 404


def test_no_match_says_so(client_of):
    html = search(client_of, "Nobody at all").content.decode()
    assert "No entity matches “Nobody at all”" in html


def test_choosing_puts_the_entity_in_the_form(client_of):
    macron = make_entity("Emmanuel Macron", "person")
    url = reverse("entity-pick")
    html = client_of.get(url, {"field": "speaker", "entity": macron.pk}, **HX).content.decode()
    assert f'name="speaker" value="{macron.pk}"' in html and "Emmanuel Macron" in html


def test_a_place_cannot_be_chosen_as_speaker(client_of):
    paris = make_entity("Paris", "place")
    url = reverse("entity-pick")
    response = client_of.get(url, {"field": "speaker", "entity": paris.pk}, **HX)
    assert response.status_code == 404


def test_creating_inline_chooses_the_new_entity(client_of, annotator):
    response = create(client_of, name="Keir  Starmer", entity_kind="person", wikidata_id="q6383")
    entity = Entity.objects.get()
    html = response.content.decode()
    assert entity.name == "Keir Starmer" and entity.wikidata_id == "Q6383"
    assert entity.created_by == annotator
    assert f'name="speaker" value="{entity.pk}"' in html


def test_creating_an_existing_name_reuses_it(client_of):
    macron = make_entity("Emmanuel Macron", "person")
    html = create(client_of, name="emmanuel macron", entity_kind="person").content.decode()
    assert Entity.objects.count() == 1 and f'name="speaker" value="{macron.pk}"' in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "entity_kind": "person"}, "This field is required"),
        ({"name": "Paris", "entity_kind": "place"}, "a person or an organization"),
        ({"name": "Putin", "entity_kind": "person", "wikidata_id": "7747"}, "looks like Q7747"),
        ({"name": "Putin", "entity_kind": "wizard"}, "Select a valid choice"),
        ({"name": "x" * 300, "entity_kind": "person"}, "at most 200 characters"),
        (
            {"name": "Putin", "entity_kind": "person", "wikidata_id": "Q" + "1" * 20},
            "at most 20 characters",
        ),
        ({"name": "ß" * 150, "entity_kind": "person"}, "it has 300 characters"),
        ({"name": "Putin", "entity_kind": "person", "aliases": "V" * 201}, "at most 200"),
    ],
)
def test_bad_new_entities_get_a_message_and_nothing_is_saved(client_of, data, message):
    response = create(client_of, **data)
    assert response.status_code == 200 and message in response.content.decode()
    assert '<details class="picker-new" open>' in response.content.decode()
    assert not Entity.objects.exists()


def test_entity_names_are_shown_inert(client_of):
    html = create(client_of, name="<b onmouseover=alert(1)>Bold</b>", entity_kind="person")
    html = html.content.decode()
    assert "<b onmouseover" not in html and "&lt;b onmouseover=alert(1)&gt;Bold&lt;/b&gt;" in html


def test_only_annotators_use_the_picker(client):
    assert search(client, "macron").status_code == 403
    assert create(client, name="Macron", entity_kind="person").status_code == 403
    assert not Entity.objects.exists()


def test_an_unknown_field_is_a_bad_request(client_of):
    assert search(client_of, "macron", field="author").status_code == 400
    assert (
        client_of.get(reverse("entity-pick"), {"field": "speaker", "entity": "x"}).status_code
        == 400
    )
