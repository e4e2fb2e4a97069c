"""The annotated reader page and tagging through it: fragments, bad input, escaping, queries."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from annotations.highlights import key_of
from annotations.models import Annotation, AnnotationEvent, Entity
from tests.factories import bulk_annotations, make_annotation, make_entity, make_user

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
PHRASE = "26 countries who have formally committed"


def selection(article, phrase=PHRASE, **overrides):
    start = article.text.index(phrase)
    data = {"start": start, "end": start + len(phrase), "exact": phrase, "prefix": "", "suffix": ""}
    data.update(overrides)
    return data


def create_url(article):
    return reverse("annotation-create", args=[article.slug])


def tag(client, article, *, kind="claim", phrase=PHRASE, save=True, **fields):
    data = {**selection(article, phrase), "kind": kind, **fields}
    if save:
        data["save"] = "1"
    return client.post(create_url(article), data, **HX)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- the page ----------------------------------------------------------------------------


def test_anonymous_readers_see_accepted_annotations_only_and_no_toolbar(
    client, article, annotator, curator
):
    accepted = make_annotation(article, curator, PHRASE)
    proposed = make_annotation(article, annotator, "American contribution", kind="claim")
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'data-annotations="{key_of(accepted.pk)}"' in html
    assert key_of(proposed.pk) not in html
    assert 'id="tag-toolbar"' not in html and "contenteditable" not in html


def test_annotators_see_every_live_annotation_and_the_toolbar(article, annotator, fellow):
    mine = make_annotation(article, annotator, PHRASE, kind="quote")
    theirs = make_annotation(article, fellow, "American contribution")
    html = signed_in(annotator).get(article.get_absolute_url()).content.decode()
    assert 'id="tag-toolbar"' in html and 'contenteditable="true"' in html
    for annotation in (mine, theirs):
        assert f'id="ann-{key_of(annotation.pk)}"' in html
    assert re.search(r'<mark class="hl hl-quote[^"]*" data-annotations="' + key_of(mine.pk), html)


def test_highlights_sit_in_the_block_of_their_text(article, annotator):
    annotation = make_annotation(article, annotator, "summit in Paris", kind="quote")
    html = signed_in(annotator).get(article.get_absolute_url()).content.decode()
    caption = re.search(r'<span class="block caption"[^>]*>(.*?)</span>', html).group(1)
    assert f'data-annotations="{key_of(annotation.pk)}"' in caption
    assert "summit in Paris</mark>" in caption


def test_sidebar_lists_in_document_order_with_orphans_apart(article, annotator):
    later = make_annotation(article, annotator, "American contribution")
    earlier = make_annotation(article, annotator, "two dozen countries")
    orphan = make_annotation(article, annotator, "Macron told reporters")
    Annotation.objects.filter(pk=orphan.pk).update(start=None, end=None)
    html = signed_in(annotator).get(article.get_absolute_url()).content.decode()
    assert html.index(f'id="ann-{key_of(earlier.pk)}"') < html.index(f'id="ann-{key_of(later.pk)}"')
    orphans = html[html.index("Orphaned") :]
    assert f'id="ann-{key_of(orphan.pk)}"' in orphans and "Macron told reporters" in orphans
    assert f'data-annotations="{key_of(orphan.pk)}"' not in html


def test_sidebar_quotes_a_span_once_even_when_it_starts_with_a_quote_mark(article, annotator):
    make_annotation(article, annotator, "“We have today 26 countries", kind="quote")
    make_annotation(article, annotator, "American contribution")
    html = signed_in(annotator).get(article.get_absolute_url()).content.decode()
    assert '<span class="ann-exact">“We have today 26 countries</span>' in html
    assert '<span class="ann-exact">“American contribution”</span>' in html


def test_filters_narrow_highlights_and_list_and_keep_counts(article, annotator, fellow):
    quote = make_annotation(article, annotator, PHRASE, kind="quote")
    claim = make_annotation(article, fellow, "American contribution")
    response = signed_in(annotator).get(article.get_absolute_url(), {"show": "quote"}, **HX)
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html  # a fragment
    assert response["Vary"] == "HX-Request" or "HX-Request" in response["Vary"]
    assert f'id="ann-{key_of(quote.pk)}"' in html and f'id="ann-{key_of(claim.pk)}"' not in html
    assert key_of(claim.pk) not in html  # not highlighted either
    assert "Claims (1)" in html and "Quotes (1)" in html and "Showing 1 of 2" in html
    by_ben = signed_in(annotator).get(article.get_absolute_url(), {"by": "ben"}).content.decode()
    assert f'id="ann-{key_of(claim.pk)}"' in by_ben and f'id="ann-{key_of(quote.pk)}"' not in by_ben


def test_page_queries_stay_constant_with_a_thousand_annotations(
    article, annotator, django_assert_max_num_queries
):
    authors = [annotator, *(make_user(f"user{i}") for i in range(4))]
    bulk_annotations(article, authors, 1000)
    client = signed_in(annotator)
    with django_assert_max_num_queries(10):
        response = client.get(article.get_absolute_url())
    assert response.content.decode().count('class="ann-item kind-') == 1000
    with django_assert_max_num_queries(10):
        Client().get(article.get_absolute_url())
    with django_assert_max_num_queries(10):
        client.get(article.get_absolute_url(), {"show": "claim"}, **HX)  # the filter fragment
    # Saving answers with the changed blocks and the whole sidebar: constant too. (An
    # account's first write is counted against the account and its address, making both
    # write-limit rows, newsroom/throttle.py: 5 queries each; later writes 1 each.)
    with django_assert_max_num_queries(14 + 5 + 5):
        assert tag(client, article).status_code == 200


def test_drafts_stay_hidden(client, draft, annotator):
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert signed_in(annotator).get(draft.get_absolute_url()).status_code == 404
    response = tag(signed_in(annotator), draft, phrase="More than two dozen")
    assert response.status_code == 404


# --- tagging -----------------------------------------------------------------------------


def test_the_toolbar_asks_for_the_form_of_its_kind(article, annotator):
    response = tag(signed_in(annotator), article, kind="quote", save=False)
    html = response.content.decode()
    assert response.status_code == 200 and 'id="tag-form"' in html
    assert 'value="quote" checked' in html and f'value="{PHRASE}"' in html
    assert 'name="save"' in html and not Annotation.objects.exists()


def test_entity_form_searches_for_the_selected_name(article, annotator):
    macron = make_entity("Emmanuel Macron", "person", aliases=["Macron"])
    html = tag(signed_in(annotator), article, kind="entity", phrase="Macron", save=False)
    assert f"entity={macron.pk}" in html.content.decode()


def test_saving_answers_with_details_the_changed_block_and_the_sidebar(article, annotator):
    macron = make_entity("Emmanuel Macron", "person")
    response = tag(
        signed_in(annotator),
        article,
        kind="quote",
        speaker=macron.pk,
        quote_cue="told reporters",
        quote_type="direct",
        note="Check the count.",
    )
    annotation = Annotation.objects.get()
    html = response.content.decode()
    assert response.status_code == 200
    assert annotation.speaker == macron and annotation.quote_cue == "told reporters"
    assert annotation.author == annotator and annotation.status == "proposed"
    assert 'class="panel-body ann-detail kind-quote"' in html and "Saved." in html
    block = article.document.block_at(annotation.start)
    index = article.document.blocks.index(block)
    assert f"hx-swap-oob='innerHTML:#document [data-block=\"{index}\"]'" in html
    assert f'data-annotations="{key_of(annotation.pk)}"' in html
    assert 'id="annotation-list" class="ann-list"' in html and 'hx-swap-oob="true"' in html


def test_a_stale_selection_is_found_by_its_quote(article, annotator):
    data = {**selection(article, start=0, end=len(PHRASE)), "kind": "claim", "save": "1"}
    response = signed_in(annotator).post(create_url(article), data, **HX)
    annotation = Annotation.objects.get()
    assert response.status_code == 200
    assert article.text[annotation.start : annotation.end] == PHRASE


BAD_INPUT = [
    ({"start": 10**6, "end": 10**6 + 5}, {}, "outside the article text"),
    ({"start": 40, "end": 40}, {}, "start must be before end"),
    ({"start": 60, "end": 50}, {}, "start must be before end"),
    ({"start": "abc"}, {}, "could not be read"),
    ({"exact": "words that are nowhere in the article"}, {}, "not in the current version"),
    ({"exact": ""}, {}, "could not be read"),
    ({}, {"kind": "rumour"}, "Unknown kind &#x27;rumour&#x27;"),
    ({}, {"kind": "entity"}, "Choose or create the entity"),
    ({}, {"note": "x" * 1_000_000}, "at most 10000 characters"),
    ({}, {"claimant": "999999"}, "Select a valid choice"),
    ({}, {"kind": "entity", "entity": "9" * 30}, "Select a valid choice"),
    ({"start": "9" * 40, "end": "9" * 41}, {}, "outside the article text"),
    ({"exact": "NUL\x00inside"}, {}, "Null characters are not allowed"),
    ({}, {"note": "NUL\x00inside"}, "Null characters are not allowed"),
]


@pytest.mark.parametrize(("where", "what", "message"), BAD_INPUT)
def test_bad_input_gets_a_clear_message_and_saves_nothing(article, annotator, where, what, message):
    data = {**selection(article), "kind": "claim", "save": "1", **where, **what}
    response = signed_in(annotator).post(create_url(article), data, **HX)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Annotation.objects.exists() and not AnnotationEvent.objects.exists()


def test_a_speaker_must_be_a_person_or_an_organization(article, annotator):
    paris = make_entity("Paris", "place")
    response = tag(signed_in(annotator), article, kind="quote", speaker=paris.pk)
    assert (
        "A speaker must be a person or an organization, not a place." in response.content.decode()
    )
    assert not Annotation.objects.exists()


def test_writes_need_the_csrf_token(article, annotator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(annotator)
    data = {**selection(article), "kind": "claim", "save": "1"}
    assert client.post(create_url(article), data, **HX).status_code == 403
    assert not Annotation.objects.exists()


def test_only_annotators_tag(client, article):
    data = {**selection(article), "kind": "claim", "save": "1"}
    assert client.post(create_url(article), data, **HX).status_code == 403
    reader = make_user("reader", role="none")
    assert signed_in(reader).post(create_url(article), data, **HX).status_code == 403
    assert not Annotation.objects.exists()


def test_a_get_cannot_write(article, annotator):
    response = signed_in(annotator).get(create_url(article), selection(article))
    assert response.status_code == 405


# --- what people wrote is shown inert ------------------------------------------------------

SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>"


def test_html_in_notes_and_entity_names_is_rendered_inert(client, article, curator):
    evil = Entity.objects.create(name=f"Evil {SCRIPT}", kind="person")
    annotation = make_annotation(article, curator, PHRASE, kind="quote", speaker=evil, note=SCRIPT)
    reply_client = signed_in(curator)
    reply_client.post(reverse("reply-create", args=[annotation.pk]), {"text": SCRIPT}, **HX)
    pages = [
        client.get(article.get_absolute_url()),
        client.get(reverse("annotation-detail", args=[annotation.pk])),
        reply_client.get(reverse("annotation-detail", args=[annotation.pk]), **HX),
        reply_client.get(reverse("entity-search"), {"field": "speaker", "q": "evil"}, **HX),
    ]
    for response in pages:
        html = response.content.decode()
        assert response.status_code == 200
        assert "<script>alert" not in html and "<img src=x" not in html
    detail = pages[2].content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in detail


def test_html_in_the_article_text_is_escaped_inside_highlights(annotator):
    from tests.factories import make_article

    article = make_article(body=[{"kind": "paragraph", "text": f"Before {SCRIPT} after."}])
    make_annotation(article, annotator, SCRIPT)
    html = signed_in(annotator).get(article.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
