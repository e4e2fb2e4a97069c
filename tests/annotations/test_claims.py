"""Claims across articles: the verdict workflow, who may give a verdict, link and unlink,
the verdict shown wherever the claim is stated, the claims pages, and the suggestions."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import annotations.claim_matching
from annotations import claims
from annotations.claim_matching import fold, similar
from annotations.models import Annotation, AnnotationEvent, Claim
from annotations.tag_rules import AnnotationError, Tag, check_verdict
from annotations.writes import annotation_create, annotation_set_status, annotation_update
from tests.annotations.api_helpers import container_url, error, new_annotation, post, put
from tests.factories import make_annotation, make_article, make_entity, signed_in_client
from tests.purity import django_imports

CLAIM = "More than two dozen countries have pledged to join a force"
WHY = "Only 26 signed; several pledged nothing concrete."
SECOND_BODY = [
    {"kind": "paragraph", "text": f"Officials said “{CLAIM.lower()}”, Paris confirmed."},
    {"kind": "paragraph", "text": "The American contribution remains unclear."},
]


def accepted_claim(article, curator, phrase=CLAIM, **fields) -> Annotation:
    return make_annotation(article, curator, phrase, **fields)


@pytest.fixture
def two_articles(article, curator):
    """The same claim in two published articles, both accepted (curators' tags are)."""
    other = make_article(headline="Paris Hosts the Coalition", body=SECOND_BODY)
    first = accepted_claim(article, curator)
    second = make_annotation(other, curator, CLAIM.lower())
    return first, second


@pytest.fixture
def linked(two_articles, curator):
    first, second = two_articles
    claim = claims.claim_create(annotation_id=first.pk, user=curator)
    claims.claim_link(claim_id=claim.pk, annotation_id=second.pk, user=curator)
    return claim, first, second


def reader_page(client, annotation) -> str:
    return client.get(annotation.article.get_absolute_url()).content.decode()


# --- the pure parts ------------------------------------------------------------------------


def test_the_matching_core_imports_no_django():
    assert django_imports(annotations.claim_matching.__file__) == []


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("  Élysée  SAYS ‘no’ ", "elysee says 'no'"),
        ("Zelenskyy’s “plan”", 'zelenskyy\'s "plan"'),
    ],
)
def test_fold_sets_aside_case_accents_quote_marks_and_spacing(text, folded):
    assert fold(text) == folded


def test_similar_finds_the_claim_worded_with_other_case_quotes_and_accents():
    candidates = [
        (1, "“More than two dozen countries have pledged to join a force,” officials said"),
        (2, "The American contribution remains unclear"),
        (3, "MORE THAN TWO DOZEN COUNTRIES HAVE PLEDGED TO JOIN A FORCE"),
        (4, "Ukraine"),
    ]
    found = similar([CLAIM], candidates)
    assert [m.id for m in found] == [3, 1]
    assert found[0].score == 100.0 and 75 <= found[1].score < 100


def test_similar_scores_each_candidate_once_by_its_best_text():
    candidates = [(1, "Russia has lost 600,000 soldiers"), (2, "Prices rose by ten percent")]
    found = similar(["Russia lost 600,000 soldiers", "prices rose 10 percent"], candidates)
    assert sorted(m.id for m in found) == [1, 2] and len(found) == 2


def test_similar_ignores_empty_texts():
    assert similar(["", "  "], [(1, "anything")]) == []
    assert similar([CLAIM], [(1, ""), (2, "   ")]) == []


@pytest.mark.parametrize(
    ("current", "verdict", "explanation", "refused"),
    [
        ("unreviewed", "checking", "", None),
        ("checking", "misleading", WHY, None),
        ("unreviewed", "false", WHY, None),
        ("false", "true", WHY, None),
        ("checking", "misleading", "  ", "needs its rating explanation"),
        ("misleading", "unreviewed", "", "not to unreviewed"),
        ("checking", "mixed", WHY, "no longer given"),
        ("mixed", "mixed", WHY, None),  # a verdict no longer given stays where it stands
    ],
)
def test_the_verdict_workflow(current, verdict, explanation, refused):
    if refused is None:
        check_verdict(current, verdict, explanation, field="explanation")
    else:
        with pytest.raises(AnnotationError, match=refused):
            check_verdict(current, verdict, explanation, field="explanation")


# --- who gives verdicts ----------------------------------------------------------------------


def test_an_annotator_cannot_give_a_verdict_through_the_services(article, annotator):
    with pytest.raises(PermissionDenied, match="Only curators give verdicts"):
        annotation_create(
            article=article,
            user=annotator,
            tag=Tag("claim", verdict="false", verdict_note=WHY),
            start=None,
            end=None,
            exact=CLAIM,
        )
    mine = make_annotation(article, annotator, CLAIM)
    with pytest.raises(PermissionDenied):
        annotation_update(
            annotation_id=mine.pk, user=annotator, version=1, tag=Tag("claim", verdict="checking")
        )
    # Their other edits keep the verdict as it stands, and go through.
    edited = annotation_update(
        annotation_id=mine.pk, user=annotator, version=1, tag=Tag("claim", note="Source?")
    )
    assert edited.note == "Source?" and edited.verdict == "unreviewed"


def test_an_annotator_cannot_give_a_verdict_through_the_form_or_the_api(article, annotator):
    mine = make_annotation(article, annotator, CLAIM)
    client = signed_in_client(annotator)
    response = client.post(
        reverse("annotation-edit", args=[mine.pk]),
        {"kind": "claim", "verdict": "false", "verdict_note": WHY, "version": 1},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 403
    assert_body = {"type": "TextualBody", "purpose": "assessing", "value": "false"}
    response = post(
        client, container_url(article), new_annotation(article, CLAIM, "claim", assert_body)
    )
    assert response.status_code == 403
    assert "Only curators give verdicts" in error(response)["message"]
    mine.refresh_from_db()
    assert mine.verdict == "unreviewed" and mine.version == 1


def test_the_annotators_form_carries_the_verdict_as_it_stands(linked, annotator, curator):
    claim, first, _ = linked
    mine = make_annotation(first.article, annotator, "leaders announced Thursday")
    claims.claim_link(claim_id=claim.pk, annotation_id=mine.pk, user=curator)
    claims.claim_set_verdict(claim_id=claim.pk, user=curator, verdict="false", explanation=WHY)
    client = signed_in_client(annotator)
    url = reverse("annotation-edit", args=[mine.pk])
    html = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert 'id="id_verdict"' not in html
    assert '<input type="hidden" name="verdict" value="false">' in html
    assert "Verdict: False." in html and reverse("claim-detail", args=[claim.pk]) in html
    # Sent back as it stands, the rest of the edit goes through.
    data = {"kind": "claim", "verdict": "false", "verdict_note": WHY, "note": "Seen.", "version": 3}
    assert client.post(url, data, HTTP_HX_REQUEST="true").status_code == 200
    mine.refresh_from_db()
    assert (mine.note, mine.verdict, mine.claim_id) == ("Seen.", "false", claim.pk)


def test_a_linked_claims_verdict_is_not_changed_through_its_tag(linked, curator):
    _, first, _ = linked
    first.refresh_from_db()
    with pytest.raises(AnnotationError, match="given on its claim page"):
        annotation_update(
            annotation_id=first.pk,
            user=curator,
            version=first.version,
            tag=Tag("claim", verdict="true", verdict_note=WHY),
        )
    response = put(
        signed_in_client(curator),
        first.get_absolute_url(),
        new_annotation(
            first.article,
            CLAIM,
            "claim",
            {"type": "TextualBody", "purpose": "assessing", "value": "true"},
        ),
        first.etag,
    )
    assert response.status_code == 422
    assert error(response)["field"] == "verdict"
    with pytest.raises(AnnotationError, match="unlink it there"):
        annotation_update(
            annotation_id=first.pk,
            user=curator,
            version=first.version,
            tag=Tag("quote"),
        )


CURATION = ("claim-verdict", "claim-link", "claim-unlink")


@pytest.mark.parametrize("persona", ["anonymous", "annotator"])
@pytest.mark.parametrize("action", [*CURATION, "claim-create"])
def test_annotators_and_readers_cannot_use_any_claim_action(request, linked, persona, action):
    claim, _, second = linked
    third = make_annotation(second.article, request.getfixturevalue("curator"), "Paris confirmed")
    client = (
        Client() if persona == "anonymous" else signed_in_client(request.getfixturevalue(persona))
    )
    data = {
        "claim-verdict": {"verdict": "false", "explanation": WHY},
        "claim-link": {"annotation": third.pk},
        "claim-unlink": {"annotation": second.pk},
        "claim-create": {"annotation": third.pk},
    }[action]
    args = [] if action == "claim-create" else [claim.pk]
    response = client.post(reverse(action, args=args), data)
    assert response.status_code == 403
    claim.refresh_from_db()
    second.refresh_from_db()
    third.refresh_from_db()
    assert claim.verdict == "unreviewed" and claim.reviewer is None
    assert second.claim_id == claim.pk and third.claim_id is None
    assert Claim.objects.count() == 1


@pytest.mark.parametrize("service", ["verdict", "link", "unlink", "create"])
def test_the_services_refuse_annotators_too(linked, annotator, service):
    claim, first, _ = linked
    call = {
        "verdict": lambda: claims.claim_set_verdict(
            claim_id=claim.pk, user=annotator, verdict="false", explanation=WHY
        ),
        "link": lambda: claims.claim_link(
            claim_id=claim.pk, annotation_id=first.pk, user=annotator
        ),
        "unlink": lambda: claims.claim_unlink(
            claim_id=claim.pk, annotation_id=first.pk, user=annotator
        ),
        "create": lambda: claims.claim_create(annotation_id=first.pk, user=annotator),
    }[service]
    with pytest.raises(PermissionDenied):
        call()


# --- a verdict given once shows everywhere ---------------------------------------------------


def test_a_verdict_on_the_claim_shows_in_both_articles_the_panel_the_entity_and_w3c(
    two_articles, curator
):
    first, second = two_articles
    macron = make_entity("Emmanuel Macron", "person")
    annotation_update(
        annotation_id=first.pk, user=curator, version=1, tag=Tag("claim", claimant=macron)
    )
    claim = claims.claim_create(annotation_id=first.pk, user=curator)
    client = signed_in_client(curator)
    response = client.post(reverse("claim-link", args=[claim.pk]), {"annotation": second.pk})
    assert response.status_code == 302
    response = client.post(
        reverse("claim-verdict", args=[claim.pk]), {"verdict": "misleading", "explanation": WHY}
    )
    assert response.status_code == 302
    assert "shown with the claim in 2 places" in client.get(response["Location"]).content.decode()

    reader = Client()
    for annotation in (first, second):
        assert "Claim, misleading" in reader_page(reader, annotation)
        panel = reader.get(reverse("annotation-detail", args=[annotation.pk])).content.decode()
        assert "Misleading" in panel and WHY in panel and f"by {curator.username}" in panel
        assert reverse("claim-detail", args=[claim.pk]) in panel
        data = reader.get(annotation.get_absolute_url()).json()
        (verdict,) = [b for b in data["body"] if b.get("purpose") == "assessing"]
        assert verdict["value"] == "misleading"
        assert verdict["schema:ratingExplanation"] == WHY
        assert verdict["schema:itemReviewed"].endswith(reverse("claim-detail", args=[claim.pk]))
    entity_page = reader.get(reverse("entity-detail", args=[macron.pk])).content.decode()
    assert "verdict-misleading" in entity_page


def test_a_verdict_is_recorded_with_its_reviewer_and_an_event_on_each_annotation(linked, curator):
    claim, first, second = linked
    claims.claim_set_verdict(claim_id=claim.pk, user=curator, verdict="checking", explanation="")
    claims.claim_set_verdict(claim_id=claim.pk, user=curator, verdict="false", explanation=WHY)
    claim.refresh_from_db()
    assert (claim.verdict, claim.explanation, claim.reviewer) == ("false", WHY, curator)
    assert claim.reviewed_at is not None
    for annotation in (first, second):
        annotation.refresh_from_db()
        assert (annotation.verdict, annotation.verdict_note) == ("false", WHY)
        events = annotation.events.filter(action=AnnotationEvent.Action.VERDICT)
        assert [(e.before["verdict"], e.after["verdict"]) for e in events] == [
            ("unreviewed", "checking"),
            ("checking", "false"),
        ]
        assert all(e.actor == curator for e in events)
    history = claims.claim_history(claim, curator)
    # One line per decision, however many articles it reached; links and unlinks each.
    assert [e.label for e in history].count("Verdict given") == 2
    assert [e.verdict for e in history if e.label == "Verdict given"] == ["False", "Checking"]


def test_the_claims_verdict_form_refuses_a_rating_without_explanation(linked, curator):
    claim, first, _ = linked
    response = signed_in_client(curator).post(
        reverse("claim-verdict", args=[claim.pk]), {"verdict": "false", "explanation": ""}
    )
    assert response.status_code == 200
    assert "needs its rating explanation" in response.content.decode()
    first.refresh_from_db()
    assert first.verdict == "unreviewed"


def test_linking_gives_the_claims_verdict_and_unlinking_takes_it_back(linked, curator):
    claim, _, second = linked
    claims.claim_set_verdict(claim_id=claim.pk, user=curator, verdict="true", explanation=WHY)
    third = make_annotation(second.article, curator, "Paris confirmed")
    client = signed_in_client(curator)
    client.post(reverse("claim-link", args=[claim.pk]), {"annotation": third.pk})
    third.refresh_from_db()
    assert (third.claim_id, third.verdict, third.verdict_note) == (claim.pk, "true", WHY)
    client.post(reverse("claim-unlink", args=[claim.pk]), {"annotation": second.pk})
    second.refresh_from_db()
    assert (second.claim_id, second.verdict, second.verdict_note) == (None, "unreviewed", "")
    unlinked = second.events.get(action=AnnotationEvent.Action.CLAIM_UNLINKED)
    assert unlinked.before["claim"] == claim.pk and unlinked.before["verdict"] == "true"
    assert unlinked.actor == curator
    labels = [e.label for e in claims.claim_history(claim, curator)]
    assert "Unlinked from its claim" in labels and labels.count("Linked to a claim") == 3


def test_an_edit_awaiting_review_follows_the_verdict(linked, annotator, curator, article):
    claim, _, _ = linked
    mine = make_annotation(article, annotator, "leaders announced Thursday")
    annotation_set_status(annotation_id=mine.pk, user=curator, status="accepted")
    annotation_update(annotation_id=mine.pk, user=annotator, version=2, tag=Tag("claim", note="?"))
    claims.claim_link(claim_id=claim.pk, annotation_id=mine.pk, user=curator)
    claims.claim_set_verdict(claim_id=claim.pk, user=curator, verdict="false", explanation=WHY)
    annotation_set_status(annotation_id=mine.pk, user=curator, status="accepted")
    mine.refresh_from_db()
    assert (mine.note, mine.verdict, mine.verdict_note) == ("?", "false", WHY)


# --- the pages ---------------------------------------------------------------------------


def test_readers_see_claims_stated_by_accepted_annotations_only(linked, annotator, curator):
    claim, _, _ = linked
    hidden = make_annotation(make_article(), annotator, "More than two dozen")  # proposed
    unseen = claims.claim_create(annotation_id=hidden.pk, user=curator)
    public = Client().get(reverse("claim-list")).content.decode()
    assert claim.get_absolute_url() in public and unseen.get_absolute_url() not in public
    assert "Paris Hosts the Coalition" in public
    assert Client().get(unseen.get_absolute_url()).status_code == 404
    assert signed_in_client(annotator).get(unseen.get_absolute_url()).status_code == 200
    curators = signed_in_client(curator).get(reverse("claim-list")).content.decode()
    assert unseen.get_absolute_url() in curators


def test_the_claims_page_filters_by_verdict_claimant_and_folded_text(article, curator):
    macron = make_entity("Emmanuel Macron", "person")
    other = make_article(body=[{"kind": "paragraph", "text": "L’Élysée a démenti la rumeur."}])
    one = claims.claim_create(
        annotation_id=accepted_claim(article, curator, claimant=macron).pk, user=curator
    )
    two = claims.claim_create(
        annotation_id=make_annotation(other, curator, "L’Élysée a démenti").pk, user=curator
    )
    claims.claim_set_verdict(claim_id=two.pk, user=curator, verdict="false", explanation=WHY)
    client = Client()

    def listed(**params) -> set[int]:
        html = client.get(reverse("claim-list"), params).content.decode()
        return {c.pk for c in (one, two) if c.get_absolute_url() in html}

    assert listed() == {one.pk, two.pk}
    assert listed(verdict="false") == {two.pk}
    assert listed(claimant=macron.pk) == {one.pk}
    assert listed(q="l'elysee A DEMENTI") == {two.pk}
    fragment = client.get(reverse("claim-list"), {"q": "dozen"}, HTTP_HX_REQUEST="true")
    assert (
        "<html" not in fragment.content.decode()
        and one.get_absolute_url() in fragment.content.decode()
    )


def test_claim_pages_escape_what_people_typed(article, curator):
    hostile = make_article(
        body=[{"kind": "paragraph", "text": "He said <script>alert(1)</script> was fine."}]
    )
    annotation = make_annotation(hostile, curator, "<script>alert(1)</script>")
    claim = claims.claim_create(annotation_id=annotation.pk, user=curator)
    claims.claim_set_verdict(
        claim_id=claim.pk, user=curator, verdict="false", explanation="<img src=x onerror=alert(2)>"
    )
    for url in (claim.get_absolute_url(), reverse("claim-list")):
        html = signed_in_client(curator).get(url).content.decode()
        assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
        assert "<img src=x" not in html


def test_the_claim_page_suggests_the_same_claim_in_another_article(two_articles, curator):
    first, second = two_articles
    unrelated = make_annotation(second.article, curator, "The American contribution")
    claim = claims.claim_create(annotation_id=first.pk, user=curator)
    html = signed_in_client(curator).get(claim.get_absolute_url()).content.decode()
    suggested = html.split('id="claim-suggestions"')[1]
    assert f'value="{second.pk}"' in suggested and f'value="{unrelated.pk}"' not in suggested
    assert "Paris Hosts the Coalition" in suggested
    # Readers get the claim, not the curators' tools.
    public = Client().get(claim.get_absolute_url()).content.decode()
    assert "claim-suggestions" not in public and "Give the verdict" not in public


def test_the_panel_offers_curators_a_claim_page(article, curator, annotator):
    annotation = accepted_claim(article, curator)
    url = reverse("annotation-detail", args=[annotation.pk])
    assert "Open a claim page" in signed_in_client(curator).get(url).content.decode()
    assert "Open a claim page" not in signed_in_client(annotator).get(url).content.decode()
    response = signed_in_client(curator).post(
        reverse("claim-create"), {"annotation": annotation.pk}
    )
    claim = Claim.objects.get()
    assert response["Location"] == claim.get_absolute_url()
    assert (claim.text, claim.created_by) == (CLAIM, curator)
    annotation.refresh_from_db()
    assert annotation.claim == claim
    assert annotation.events.filter(action=AnnotationEvent.Action.CLAIM_LINKED).exists()


def test_the_claims_page_costs_the_same_queries_for_many_claims(article, curator):
    macron = make_entity("Emmanuel Macron", "person")
    phrases = ["More than two dozen", "countries have pledged", "join a force", "to deploy"]

    def count() -> int:
        client = signed_in_client(curator)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("claim-list")).status_code == 200
        return len(queries)

    claims.claim_create(
        annotation_id=make_annotation(article, curator, phrases[0], claimant=macron).pk,
        user=curator,
    )
    few = count()
    for phrase in phrases[1:]:
        annotation = make_annotation(make_article(), curator, phrase, claimant=macron)
        claims.claim_create(annotation_id=annotation.pk, user=curator)
    assert count() == few
