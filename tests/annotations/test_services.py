"""Annotation writes: validation, permissions, optimistic concurrency, history, re-anchoring."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from annotations.entities import entity_get_or_create, entity_search
from annotations.models import Annotation, AnnotationEvent
from annotations.replies import reply_create, reply_delete
from annotations.tag_rules import AnnotationError, Tag
from annotations.writes import (
    ConflictError,
    GoneError,
    annotation_create,
    annotation_delete,
    annotation_set_status,
    annotation_update,
)
from newsroom.models import Article
from newsroom.revisions import article_recompile
from tests.factories import make_annotation, make_entity, make_user

pytestmark = pytest.mark.django_db

PHRASE = "26 countries who have formally committed"


def _create(article, user, **overrides):
    start = article.text.index(PHRASE)
    kwargs = {"start": start, "end": start + len(PHRASE), "exact": PHRASE, "tag": Tag("claim")}
    kwargs.update(overrides)
    return annotation_create(article=article, user=user, **kwargs)


def test_create_records_selectors_author_and_history(article, annotator):
    annotation = _create(article, annotator)
    assert article.text[annotation.start : annotation.end] == PHRASE
    assert annotation.prefix and article.text.endswith(annotation.suffix) is False
    assert len(annotation.prefix) <= 32 and len(annotation.suffix) <= 32
    assert annotation.revision.number == 1 and annotation.anchor_revision == 1
    assert annotation.verdict == "unreviewed" and annotation.status == "proposed"
    event = annotation.events.get()
    assert event.action == "created" and event.actor == annotator
    assert event.after["exact"] == PHRASE


def test_a_create_is_validated_by_the_model_and_leaves_nothing_when_refused(article, annotator):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        _create(article, annotator, origin="rumour")
    assert "origin" in refused.value.message_dict
    assert not Annotation.objects.exists() and not AnnotationEvent.objects.exists()


def test_curators_annotations_are_accepted(article, curator):
    assert _create(article, curator).status == "accepted"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"start": -1}, "start"),
        ({"end": 10**6}, "start"),
        ({"start": 50, "end": 50}, "start"),
        ({"start": 60, "end": 50}, "start"),
        ({"exact": "words that are nowhere in the article"}, "exact"),
        ({"start": None, "end": None, "exact": ""}, "exact"),
        ({"tag": Tag("rumour")}, "kind"),
        ({"tag": Tag("entity")}, "entity"),
        ({"tag": Tag("claim", verdict="sort of")}, "verdict"),
        ({"tag": Tag("quote", quote_type="paraphrase")}, "quote_type"),
        ({"tag": Tag("claim", note="x" * 10_001)}, "note"),
        ({"tag": Tag("claim", verdict_note="x" * 10_001)}, "verdict_note"),
        ({"tag": Tag("quote", quote_cue="said " * 41)}, "quote_cue"),
        ({"exact": PHRASE * 600}, "exact"),
        ({"prefix": "x" * 257}, "prefix"),
        ({"suffix": "x" * 257}, "suffix"),
    ],
)
def test_bad_selections_and_tags_are_refused_and_nothing_saved(
    article, annotator, overrides, field
):
    with pytest.raises(AnnotationError) as error:
        _create(article, annotator, **overrides)
    assert error.value.field == field and error.value.message
    assert not Annotation.objects.exists() and not AnnotationEvent.objects.exists()


def test_notes_are_stripped_and_other_kinds_fields_dropped(article, annotator):
    annotation = _create(article, annotator, tag=Tag("claim", note="  Which 26?  "))
    assert annotation.note == "Which 26?"
    assert annotation.events.get().after["note"] == "Which 26?"


def test_an_annotation_made_on_a_page_read_before_a_revision_lands_in_the_new_text(
    article, annotator
):
    # The reader loaded revision 1; before the tag is saved the headline is fixed, which
    # shifts every offset. The write notices the revision moved and anchors into it.
    seen = Article.objects.get(pk=article.pk)
    article.headline = "A longer headline that shifts every offset after it"
    article.save()
    article_recompile(article=article, reason="test")
    start = seen.text.index(PHRASE)
    annotation = _create(seen, annotator, start=start, end=start + len(PHRASE))
    article.refresh_from_db()
    assert annotation.anchor_revision == 2 == article.revision
    assert annotation.revision.number == 2 and annotation.anchor_method == "quote"
    assert article.text[annotation.start : annotation.end] == PHRASE
    stored = Annotation.objects.get(pk=annotation.pk)
    assert (stored.start, stored.end, stored.revision_id) == (
        annotation.start,
        annotation.end,
        annotation.revision_id,
    )


def test_a_stale_offset_is_re_anchored_by_its_quote(article, annotator):
    annotation = _create(article, annotator, start=0, end=len(PHRASE))
    assert article.text[annotation.start : annotation.end] == PHRASE
    assert annotation.anchor_method == "quote"


def test_a_quote_alone_is_anchored(article, annotator):
    annotation = _create(article, annotator, start=None, end=None)
    assert article.text[annotation.start : annotation.end] == PHRASE


def test_speaker_must_be_a_person_or_organization(article, annotator):
    place = make_entity("Paris", "place")
    with pytest.raises(AnnotationError, match="person or an organization"):
        _create(article, annotator, tag=Tag("quote", speaker=place))
    macron = make_entity("Emmanuel Macron", "person")
    quote = _create(
        article, annotator, tag=Tag("quote", speaker=macron, quote_cue="told reporters")
    )
    assert quote.speaker == macron and quote.quote_type == "direct"


def test_only_annotators_annotate(article, db):
    reader = make_user("reader", role="none")
    with pytest.raises(PermissionDenied):
        _create(article, reader)


def test_edit_needs_the_current_version_and_keeps_history(article, annotator):
    annotation = _create(article, annotator)
    edited = annotation_update(
        annotation_id=annotation.pk,
        user=annotator,
        version=1,
        tag=Tag("claim", note="No such pledge."),
    )
    assert edited.version == 2 and edited.note == "No such pledge."
    with pytest.raises(ConflictError) as conflict:
        annotation_update(
            annotation_id=annotation.pk, user=annotator, version=1, tag=Tag("claim", note="Stale.")
        )
    assert conflict.value.current.note == "No such pledge."
    annotation.refresh_from_db()
    assert annotation.note == "No such pledge." and annotation.version == 2
    actions = list(annotation.events.values_list("action", flat=True))
    assert actions == ["created", "edited"]
    edit = annotation.events.get(action="edited")
    assert edit.before["note"] == "" and edit.after["note"] == "No such pledge."


def test_outsider_cannot_edit_or_delete_but_curator_can(article, annotator, fellow, curator):
    annotation = _create(article, annotator)
    with pytest.raises(PermissionDenied):
        annotation_update(annotation_id=annotation.pk, user=fellow, version=1, tag=Tag("claim"))
    with pytest.raises(PermissionDenied):
        annotation_delete(annotation_id=annotation.pk, user=fellow, version=1)
    annotation_delete(annotation_id=annotation.pk, user=curator, version=1)
    annotation.refresh_from_db()
    assert annotation.deleted_at is not None  # kept, with history
    assert [e.action for e in annotation.events.all()] == ["created", "deleted"]
    with pytest.raises(GoneError):
        annotation_update(annotation_id=annotation.pk, user=curator, version=2, tag=Tag("claim"))


def test_only_curators_accept(article, annotator, curator):
    annotation = _create(article, annotator)
    with pytest.raises(PermissionDenied):
        annotation_set_status(annotation_id=annotation.pk, user=annotator, status="accepted")
    annotation_set_status(annotation_id=annotation.pk, user=curator, status="accepted")
    assert Annotation.objects.get(pk=annotation.pk).status == "accepted"


def test_history_cannot_be_rewritten(article, annotator):
    annotation = _create(article, annotator)
    with pytest.raises(IntegrityError), transaction.atomic():
        AnnotationEvent.objects.filter(annotation=annotation).update(action="edited")
    with pytest.raises(IntegrityError), transaction.atomic():
        AnnotationEvent.objects.filter(annotation=annotation).delete()


def test_kind_fields_are_enforced_by_the_database(article, annotator):
    annotation = _create(article, annotator)
    with pytest.raises(IntegrityError), transaction.atomic():
        Annotation.objects.filter(pk=annotation.pk).update(quote_cue="said")
    with pytest.raises(IntegrityError), transaction.atomic():
        Annotation.objects.filter(pk=annotation.pk).update(kind="entity")


def test_a_revision_re_anchors_annotations_and_orphans_lost_ones(article, annotator):
    kept = make_annotation(article, annotator, PHRASE)
    lost = make_annotation(article, annotator, "the American contribution remains unclear")
    body = [dict(item) for item in article.content["body"]]
    for item in body:
        if item.get("text", "").startswith("However"):
            item["text"] = "Washington has said nothing."
    article.content = {**article.content, "body": body}
    article.headline = "A longer headline that shifts every offset after it"
    article.save()
    article_recompile(article=article, reason="test")
    article.refresh_from_db()
    kept.refresh_from_db()
    lost.refresh_from_db()
    assert article.text[kept.start : kept.end] == PHRASE and kept.anchor_revision == 2
    assert lost.orphaned and lost.exact == "the American contribution remains unclear"
    assert lost.events.filter(action="orphaned").exists()
    assert kept.events.filter(action="reanchored").exists()


def test_replies_are_kept_when_deleted(article, annotator, fellow):
    annotation = _create(article, annotator)
    reply = reply_create(annotation_id=annotation.pk, user=fellow, text="Source?")
    with pytest.raises(PermissionDenied):
        reply_delete(reply_id=reply.pk, user=annotator)
    reply_delete(reply_id=reply.pk, user=fellow)
    reply.refresh_from_db()
    assert reply.deleted_at is not None and reply.text == "Source?"
    with pytest.raises(AnnotationError):
        reply_create(annotation_id=annotation.pk, user=fellow, text="   ")


def test_entities_are_unique_per_kind_and_normalised_name(annotator):
    first, created = entity_get_or_create(user=annotator, name="Emmanuel  Macron", kind="person")
    again, created_again = entity_get_or_create(
        user=annotator, name="emmanuel macron", kind="person"
    )
    assert created and not created_again and again == first
    with pytest.raises(AnnotationError, match="Q7747"):
        entity_get_or_create(user=annotator, name="Putin", kind="person", wikidata_id="7747")


def test_entity_search_matches_names_and_aliases_without_accents(annotator):
    entity_get_or_create(
        user=annotator,
        name="Volodymyr Zelensky",
        kind="person",
        aliases=["Zelenskyy", "Зеленський"],
    )
    entity_get_or_create(user=annotator, name="Élysée Palace", kind="place")
    assert [e.name for e in entity_search("zelenskyy")] == ["Volodymyr Zelensky"]
    assert [e.name for e in entity_search("elysee")] == ["Élysée Palace"]
    assert [e.name for e in entity_search("zel", kinds=["place"])] == []
