"""The entity registry: entity pages ("who said what"), editing, merging duplicates and
undoing a merge, and the suggested duplicates."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from annotations import registry
from annotations.duplicates import Candidate, name_score, suggest
from annotations.entities import entity_get_or_create, entity_search
from annotations.models import Annotation, AnnotationEvent, Entity, EntityMerge, normalise_name
from annotations.tag_rules import AnnotationError, Tag
from annotations.writes import annotation_delete, annotation_update
from tests.annotations.api_helpers import container_url, new_annotation, post
from tests.factories import make_annotation, make_article, make_entity
from tests.purity import django_imports

pytestmark = pytest.mark.django_db

QUOTE = "We have today 26 countries who have formally committed"
CLAIM = "26 countries who have formally committed"


def page_of(client: Client, entity: Entity) -> str:
    response = client.get(reverse("entity-detail", args=[entity.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def duplicates(article, curator):
    """Macron twice: "Emmanuel Macron" and "E. Macron", each with tags of every kind."""
    macron = make_entity("Emmanuel Macron", "person", aliases=["Président Macron"])
    twin = make_entity("E. Macron", "person", aliases=["Manu"], wikidata_id="Q3052772")
    tags = {
        "kept_quote": make_annotation(
            article, curator, QUOTE, kind="quote", speaker=macron, quote_cue="told reporters"
        ),
        "mention": make_annotation(article, curator, "Macron", kind="entity", entity=twin),
        "quote": make_annotation(
            article, curator, "First concrete step", kind="quote", speaker=twin, quote_cue="said"
        ),
        "claim": make_annotation(
            article, curator, CLAIM, claimant=twin, verdict="mostly-true", verdict_note="26 of 30."
        ),
    }
    return macron, twin, tags


# --- entity pages ----------------------------------------------------------------------


def test_entity_page_shows_who_said_what_with_cue_date_and_verdict(article, curator):
    macron = make_entity("Emmanuel Macron", "person", wikidata_id="Q3052772", aliases=["Macron"])
    make_annotation(
        article, curator, QUOTE, kind="quote", speaker=macron, quote_cue="told reporters"
    )
    make_annotation(
        article, curator, CLAIM, claimant=macron, verdict="misleading", verdict_note="Not 26."
    )
    make_annotation(article, curator, "Macron", kind="entity", entity=macron)

    html = page_of(Client(), macron)

    assert "Q3052772" in html and "Macron" in html
    assert QUOTE in html and "told reporters" in html
    assert "Misleading" in html and CLAIM in html
    assert article.headline in html
    day = article.published_on or article.created_at.date()
    assert f'datetime="{day:%Y-%m-%d}"' in html
    shown = registry.entity_page(macron, Client().get("/").wsgi_request.user)
    assert (len(shown.quotes.tags), len(shown.claims.tags), len(shown.mentions.tags)) == (1, 1, 1)


def test_entity_page_hides_what_readers_may_not_see(article, draft, annotator, curator, signed_in):
    macron = make_entity("Emmanuel Macron", "person")
    proposed = make_annotation(article, annotator, QUOTE, kind="quote", speaker=macron)
    assert proposed.status == "proposed"
    on_draft = make_annotation(draft, curator, "Macron", kind="entity", entity=macron)
    assert on_draft.status == "accepted"
    accepted = make_annotation(article, curator, CLAIM, claimant=macron)
    deleted = make_annotation(article, curator, "Zelensky", kind="entity", entity=macron)
    annotation_delete(annotation_id=deleted.pk, user=curator, version=deleted.version)

    public = page_of(Client(), macron)
    assert CLAIM in public
    assert QUOTE not in public
    assert draft.headline not in public
    assert "Zelensky" not in public

    annotator_view = page_of(signed_in(annotator), macron)
    assert QUOTE in annotator_view and "Proposed" in annotator_view
    assert "Zelensky" not in annotator_view

    # Only a proposed tag names it: readers do not learn the entity exists.
    annotation_delete(annotation_id=accepted.pk, user=curator, version=accepted.version)
    assert Client().get(reverse("entity-detail", args=[macron.pk])).status_code == 404
    listing = Client().get(reverse("entity-list")).content.decode()
    assert "Emmanuel Macron" not in listing
    assert "Emmanuel Macron" in signed_in(annotator).get(reverse("entity-list")).content.decode()


def test_registry_search_reuses_the_picker_search_and_escapes(article, curator):
    hostile = make_entity("<script>alert(1)</script> Zelensky", "person", aliases=["Zelenskyy"])
    make_annotation(article, curator, "Zelensky", kind="entity", entity=hostile)
    make_annotation(article, curator, "Macron", kind="entity", entity=make_entity("Macron"))

    html = Client().get(reverse("entity-list"), {"q": "ZELENSKYY"}).content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt; Zelensky" in html
    assert "<script>alert(1)" not in html
    assert ">Macron<" not in html
    fragment = Client().get(reverse("entity-list"), {"q": "macr"}, HTTP_HX_REQUEST="true")
    assert b"<html" not in fragment.content and b">Macron<" in fragment.content


# --- merging ---------------------------------------------------------------------------


def test_merge_repoints_every_annotation_and_keeps_aliases(duplicates, curator):
    macron, twin, tags = duplicates
    merge = registry.entity_merge(survivor_id=macron.pk, loser_id=twin.pk, user=curator)

    for name in ("mention", "quote", "claim", "kept_quote"):
        tags[name].refresh_from_db()
    assert tags["mention"].entity == macron
    assert tags["quote"].speaker == macron
    assert tags["claim"].claimant == macron
    assert not Annotation.objects.filter(entity=twin) and not Annotation.objects.filter(
        speaker=twin
    )
    assert not Annotation.objects.filter(claimant=twin)
    macron.refresh_from_db()
    twin.refresh_from_db()
    assert macron.aliases == ["Président Macron", "E. Macron", "Manu"]
    assert macron.wikidata_id == "Q3052772"
    assert twin.merged_into == macron
    assert merge.annotation_count == 3
    # Each moved annotation has the merge in its history, old and new entity named.
    events = AnnotationEvent.objects.filter(action=AnnotationEvent.Action.ENTITY_MERGED)
    assert {e.annotation_id for e in events} == {tags[n].pk for n in ("mention", "quote", "claim")}
    quote_event = events.get(annotation=tags["quote"])
    assert quote_event.before["speaker"]["name"] == "E. Macron"
    assert quote_event.after["speaker"]["name"] == "Emmanuel Macron"
    # The duplicate's name now finds the survivor, and its page leads there.
    assert list(entity_search("e. macron")) == [macron]
    found, created = entity_get_or_create(user=curator, name="E. Macron", kind="person")
    assert (found, created) == (macron, False)
    response = Client().get(reverse("entity-detail", args=[twin.pk]))
    assert response.status_code == 302 and response.url == reverse(
        "entity-detail", args=[macron.pk]
    )


def test_merge_moves_an_edit_awaiting_review_too(article, annotator, curator):
    macron = make_entity("Emmanuel Macron", "person")
    twin = make_entity("E. Macron", "person")
    claim = make_annotation(article, annotator, CLAIM)
    from annotations.writes import annotation_set_status

    annotation_set_status(annotation_id=claim.pk, user=curator, status="accepted")
    claim.refresh_from_db()
    annotation_update(
        annotation_id=claim.pk,
        user=annotator,
        version=claim.version,
        tag=Tag(kind="claim", claimant=twin, verdict="unreviewed"),
    )
    assert claim.pending.claimant == twin

    merge = registry.entity_merge(survivor_id=macron.pk, loser_id=twin.pk, user=curator)
    claim.pending.refresh_from_db()
    assert claim.pending.claimant == macron

    registry.merge_undo(merge_id=merge.pk, user=curator)
    claim.pending.refresh_from_db()
    assert claim.pending.claimant == twin


def test_undo_restores_exactly_what_the_merge_changed(duplicates, curator):
    macron, twin, tags = duplicates
    merge = registry.entity_merge(survivor_id=macron.pk, loser_id=twin.pk, user=curator)
    # After the merge a curator points the mention elsewhere: the undo leaves it there.
    elsewhere = make_entity("Macron family", "person")
    tags["mention"].refresh_from_db()
    mention_entity = make_entity("Macron (mention)", "other")
    annotation_update(
        annotation_id=tags["mention"].pk,
        user=curator,
        version=tags["mention"].version,
        tag=Tag(kind="entity", entity=mention_entity),
    )
    del elsewhere

    registry.merge_undo(merge_id=merge.pk, user=curator)

    for annotation in tags.values():
        annotation.refresh_from_db()
    assert tags["quote"].speaker == twin
    assert tags["claim"].claimant == twin
    assert tags["kept_quote"].speaker == macron  # it named the survivor before the merge
    assert tags["mention"].entity == mention_entity
    macron.refresh_from_db()
    twin.refresh_from_db()
    assert macron.aliases == ["Président Macron"] and macron.wikidata_id == ""
    assert twin.merged_into is None and twin.wikidata_id == "Q3052772"
    merge.refresh_from_db()
    assert merge.undone and merge.undone_by == curator
    undone = AnnotationEvent.objects.filter(action=AnnotationEvent.Action.MERGE_UNDONE)
    assert {e.annotation_id for e in undone} == {tags["quote"].pk, tags["claim"].pk}
    # Undone once; and the pair can be merged again.
    with pytest.raises(AnnotationError):
        registry.merge_undo(merge_id=merge.pk, user=curator)
    registry.entity_merge(survivor_id=twin.pk, loser_id=macron.pk, user=curator)
    assert EntityMerge.objects.filter(undone_at__isnull=True).count() == 1


def test_merge_refuses_entities_of_different_kinds(curator):
    person = make_entity("Ukraine", "person")
    place = make_entity("Ukraine", "place")
    with pytest.raises(AnnotationError, match="same kind"):
        registry.entity_merge(survivor_id=place.pk, loser_id=person.pk, user=curator)


def test_curator_merges_and_undoes_through_the_pages(duplicates, curator, signed_in):
    macron, twin, _ = duplicates
    client = signed_in(curator)
    screen = client.get(reverse("entity-merge"), {"a": macron.pk, "b": twin.pk})
    assert screen.status_code == 200
    assert b"Keep Emmanuel Macron" in screen.content and b"Keep E. Macron" in screen.content

    response = client.post(
        reverse("entity-merge"), {"pair": [macron.pk, twin.pk], "survivor": macron.pk}
    )
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Merged E. Macron into Emmanuel Macron: 3 annotations moved." in page
    assert "First concrete step" in page and "Undo merge of E. Macron" in page

    merge = EntityMerge.objects.get()
    response = client.post(reverse("entity-merge-undo", args=[merge.pk]))
    assert response.url == reverse("entity-detail", args=[twin.pk])
    assert "First concrete step" in client.get(response.url).content.decode()
    assert "First concrete step" not in page_of(client, macron)


# --- permissions -----------------------------------------------------------------------


def test_annotators_may_not_merge_undo_or_edit(duplicates, annotator, curator, signed_in):
    macron, twin, _ = duplicates
    merge = registry.entity_merge(survivor_id=macron.pk, loser_id=twin.pk, user=curator)
    client = signed_in(annotator)
    other = make_entity("Volodymyr Zelensky", "person")
    third = make_entity("V. Zelensky", "person")
    attempts = [
        client.get(reverse("entity-merge"), {"a": other.pk, "b": third.pk}),
        client.post(reverse("entity-merge"), {"pair": [other.pk, third.pk], "survivor": other.pk}),
        client.post(reverse("entity-merge-undo", args=[merge.pk])),
        client.get(reverse("entity-edit", args=[macron.pk])),
        client.post(
            reverse("entity-edit", args=[macron.pk]), {"kind": "organization", "aliases": ""}
        ),
        client.get(reverse("entity-duplicates")),
    ]
    assert [r.status_code for r in attempts] == [403] * 6
    third.refresh_from_db()
    macron.refresh_from_db()
    assert third.merged_into is None and macron.kind == "person"
    assert not EntityMerge.objects.get().undone
    with pytest.raises(PermissionDenied):
        registry.entity_merge(survivor_id=other.pk, loser_id=third.pk, user=annotator)
    with pytest.raises(PermissionDenied):
        registry.merge_undo(merge_id=merge.pk, user=annotator)
    # Readers are sent to sign in.
    assert Client().post(reverse("entity-merge-undo", args=[merge.pk])).status_code == 302


def test_merge_needs_the_csrf_token(duplicates, curator):
    macron, twin, _ = duplicates
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    response = client.post(
        reverse("entity-merge"), {"pair": [macron.pk, twin.pk], "survivor": macron.pk}
    )
    assert response.status_code == 403
    twin.refresh_from_db()
    assert twin.merged_into is None


# --- editing ---------------------------------------------------------------------------


def test_curator_edits_kind_aliases_and_wikidata_id(curator, signed_in):
    nato = make_entity("NATO", "other")
    client = signed_in(curator)
    response = client.post(
        reverse("entity-edit", args=[nato.pk]),
        {
            "kind": "organization",
            "aliases": "OTAN\nNorth Atlantic Treaty Organization\notan\n",
            "wikidata_id": "q7184",
        },
    )
    assert response.status_code == 302
    nato.refresh_from_db()
    assert nato.kind == "organization"
    assert nato.aliases == ["OTAN", "North Atlantic Treaty Organization"]
    assert nato.wikidata_id == "Q7184"
    assert list(entity_search("north atlantic")) == [nato]


@pytest.mark.parametrize("bad", ["7184", "Q", "Q01", "P31", "Q7184x"])
def test_edit_refuses_a_malformed_wikidata_id(curator, signed_in, bad):
    nato = make_entity("NATO", "organization")
    response = signed_in(curator).post(
        reverse("entity-edit", args=[nato.pk]), {"kind": "organization", "wikidata_id": bad}
    )
    assert response.status_code == 200 and b"A Wikidata id looks like Q7747" in response.content
    nato.refresh_from_db()
    assert nato.wikidata_id == ""


def test_a_speaker_stays_a_person_or_organization(article, curator):
    macron = make_entity("Emmanuel Macron", "person")
    make_annotation(article, curator, QUOTE, kind="quote", speaker=macron)
    with pytest.raises(AnnotationError, match="speaker or claimant"):
        registry.entity_update(
            entity_id=macron.pk, user=curator, kind="place", aliases=[], wikidata_id=""
        )


# --- duplicate suggestions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Emmanuel Macron", "EMMANUEL MACRON"),
        ("Élysée Palace", "Elysee palace"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("J. Smith", "John Smith"),
        ("Jean-Claude Juncker", "J.-C. Juncker"),
        ("United Nations", "UN"),
        ("Macron", "Emmanuel Macron"),
    ],
)
def test_alike_names_score_high(one, other):
    assert name_score(normalise_name(one), normalise_name(other)) >= 85


@pytest.mark.parametrize(
    ("one", "other"),
    [("John Smith", "Jane Doe"), ("Emmanuel Macron", "Brigitte Macron"), ("France", "Finland")],
)
def test_different_names_score_low(one, other):
    assert name_score(normalise_name(one), normalise_name(other)) < 85


def test_same_name_scores_above_initials():
    assert name_score("john smith", "john smith") == 100
    assert 85 <= name_score("j. smith", "john smith") < 100


def test_suggestions_pair_likely_duplicates_with_scores():
    found = suggest(
        [
            Candidate(1, "person", ("john smith",)),
            Candidate(2, "person", ("j. smith", "smithy")),
            Candidate(3, "person", ("emmanuel macron",)),
            Candidate(4, "organization", ("united nations",)),
            Candidate(5, "organization", ("un",)),
            Candidate(6, "place", ("france",)),
        ]
    )
    pairs = {(s.first, s.second): s.score for s in found}
    assert set(pairs) == {(1, 2), (4, 5)}
    assert pairs[(1, 2)] > pairs[(4, 5)] >= 85


def test_duplicates_page_lists_pairs_with_scores(curator, signed_in):
    make_entity("Volodymyr Zelensky", "person")
    make_entity("Volodymyr Zelenskyy", "person", aliases=["Зеленський"])
    make_entity("Kaja Kallas", "person")
    merged = make_entity("V. Zelensky", "person")
    merged.merged_into = Entity.objects.get(name="Volodymyr Zelensky")
    merged.save()

    html = signed_in(curator).get(reverse("entity-duplicates")).content.decode()

    assert "Volodymyr Zelenskyy" in html and "Compare and merge" in html
    assert "Kaja Kallas" not in html
    assert "V. Zelensky<" not in html  # merged already
    pairs = registry.duplicate_suggestions()
    assert len(pairs) == 1 and pairs[0].score >= 85


def test_every_article_date_is_the_published_day_or_the_day_it_came_in(curator):
    article = make_article()
    article.published_on = datetime.date(2025, 3, 2)
    article.save(update_fields=["published_on"])
    macron = make_entity("Emmanuel Macron", "person")
    make_annotation(article, curator, QUOTE, kind="quote", speaker=macron)
    assert 'datetime="2025-03-02"' in page_of(Client(), macron)


def test_entity_page_takes_the_same_few_queries_however_many_tags(
    article, curator, signed_in, django_assert_max_num_queries
):
    macron = make_entity("Emmanuel Macron", "person")
    for _ in range(2):
        make_annotation(article, curator, "Macron", kind="entity", entity=macron)
        make_annotation(article, curator, QUOTE, kind="quote", speaker=macron)
        make_annotation(article, curator, CLAIM, claimant=macron)
    for other in range(12):
        make_annotation(
            make_article(), curator, QUOTE, kind="quote", speaker=macron, quote_cue=f"cue {other}"
        )
    client = signed_in(curator)
    with django_assert_max_num_queries(10):
        html = page_of(client, macron)
    assert html.count("cue ") == 12


def test_the_api_names_the_survivor_by_a_merged_duplicates_iri(
    duplicates, article, annotator, curator, signed_in
):
    macron, twin, _ = duplicates
    registry.entity_merge(survivor_id=macron.pk, loser_id=twin.pk, user=curator)
    by_iri = {
        "type": "SpecificResource",
        "purpose": "identifying",
        "source": f"http://testserver/api/entities/{twin.pk}/",
    }
    by_wikidata = {**by_iri, "source": "http://www.wikidata.org/entity/Q3052772"}
    for body in (by_iri, by_wikidata):
        response = post(
            signed_in(annotator),
            container_url(article),
            new_annotation(article, "Zelensky", "entity", body),
        )
        assert response.status_code == 201, response.content
        created = Annotation.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[-1])
        assert created.entity == macron


def test_a_much_quoted_entity_shows_its_newest_quotes(article, curator, monkeypatch):
    monkeypatch.setattr(registry, "PER_SECTION", 2)
    macron = make_entity("Emmanuel Macron", "person")
    for phrase in (QUOTE, "First concrete step", "Zelensky"):
        make_annotation(article, curator, phrase, kind="quote", speaker=macron)
    html = page_of(Client(), macron)
    assert "The newest 2 are shown." in html and "2+" in html


def test_the_duplicates_core_imports_no_django():
    import annotations.duplicates

    assert django_imports(annotations.duplicates.__file__) == []
