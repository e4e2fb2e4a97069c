"""Annotations a revision orphaned or moved: their authors find them listed, and put them
back on the text by selecting it again."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from annotations.highlights import key_of
from annotations.models import Annotation, AnnotationEvent
from annotations.writes import annotation_reattach, annotation_set_status
from newsroom.revisions import article_revise
from tests.factories import make_annotation, make_user

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
LOST = "the American contribution remains unclear"
NEW_HOME = "26 countries who have formally committed"
# A word of it changed by an editor: found again by a fuzzy match.
PLEDGED = "countries have pledged to join a force to deploy in Ukraine"


def revise(article, old: str, new: str) -> None:
    """A new revision with ``old`` replaced by ``new`` in the paragraph holding it."""
    body = [dict(item) for item in article.content["body"]]
    for item in body:
        if old in item.get("text", ""):
            item["text"] = item["text"].replace(old, new)
    article_revise(article=article, content={**article.content, "body": body}, reason="test")
    article.refresh_from_db()


@pytest.fixture
def orphan(article, annotator):
    annotation = make_annotation(article, annotator, LOST)
    revise(article, f"However, {LOST}.", "Washington has said nothing.")
    annotation.refresh_from_db()
    assert annotation.orphaned
    return annotation


@pytest.fixture
def moved(article, annotator):
    annotation = make_annotation(article, annotator, PLEDGED)
    revise(article, "have pledged", "have promised")
    annotation.refresh_from_db()
    assert annotation.moved and annotation.exact != PLEDGED
    return annotation


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def selection(article, phrase: str = NEW_HOME, **overrides) -> dict:
    start = article.text.index(phrase)
    data = {"start": start, "end": start + len(phrase), "exact": phrase, "prefix": "", "suffix": ""}
    return {**data, **overrides}


def reattach(client, annotation, data: dict, *, version=None):
    url = reverse("annotation-reattach", args=[annotation.pk])
    version = annotation.version if version is None else version
    return client.post(url, {**data, "version": version}, **HX)


def sidebar_of(html: str) -> str:
    return html[html.index('id="annotation-list"') :]


# --- re-attaching ------------------------------------------------------------------------


def test_the_author_reattaches_an_orphan_to_the_text_selected_again(article, annotator, orphan):
    response = reattach(signed_in(annotator), orphan, selection(article))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Re-attached to the selected text." in html
    orphan_version = orphan.version
    orphan.refresh_from_db()
    start = article.text.index(NEW_HOME)
    assert (orphan.start, orphan.end, orphan.exact) == (start, start + len(NEW_HOME), NEW_HOME)
    assert article.text.endswith(orphan.suffix) is False and orphan.prefix
    assert orphan.anchor_revision == article.revision and orphan.anchor_method == "position"
    assert orphan.version == orphan_version + 1
    event = orphan.events.latest("created_at")
    assert event.action == AnnotationEvent.Action.REATTACHED and event.actor == annotator
    assert event.before["start"] is None and event.before["exact"] == LOST
    assert (event.after["start"], event.after["exact"]) == (start, NEW_HOME)
    # Out of band: the block now highlighted, and the sidebar without the orphan section.
    assert f'data-annotations="{key_of(orphan.pk)}"' in html
    sidebar = sidebar_of(html)
    assert 'hx-swap-oob="true"' in html[html.index('id="annotation-list"') - 200 :]
    assert "Orphaned" not in sidebar and f'id="ann-{key_of(orphan.pk)}"' in sidebar


def test_the_orphan_is_listed_with_its_quote_and_offers_reattaching_to_its_author(
    article, annotator, fellow, orphan
):
    page = signed_in(annotator).get(article.get_absolute_url()).content.decode()
    orphans = page[page.index(">Orphaned <") :]
    assert LOST in orphans and f'id="ann-{key_of(orphan.pk)}"' in orphans
    url = reverse("annotation-detail", args=[orphan.pk])
    panel = signed_in(annotator).get(url, **HX).content.decode()
    assert "Re-attach to the selected text" in panel and LOST in panel
    assert reverse("annotation-reattach", args=[orphan.pk]) in panel
    # A colleague sees the orphan, not the offer.
    panel = signed_in(fellow).get(url, **HX).content.decode()
    assert LOST in panel and "Re-attach to the selected text" not in panel


def test_a_curator_may_reattach_anyones_orphan(article, curator, orphan):
    assert reattach(signed_in(curator), orphan, selection(article)).status_code == 200
    orphan.refresh_from_db()
    assert orphan.exact == NEW_HOME
    assert orphan.events.latest("created_at").actor == curator


def test_the_api_shows_the_new_target(article, annotator, orphan):
    reattach(signed_in(annotator), orphan, selection(article))
    body = signed_in(annotator).get(orphan.get_absolute_url()).json()
    start = article.text.index(NEW_HOME)
    selectors = {s["type"]: s for s in body["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == NEW_HOME
    position = selectors["TextPositionSelector"]
    assert (position["start"], position["end"]) == (start, start + len(NEW_HOME))


def _unchanged(annotation) -> None:
    stored = Annotation.objects.get(pk=annotation.pk)
    assert (stored.start, stored.end, stored.exact, stored.version) == (
        annotation.start,
        annotation.end,
        annotation.exact,
        annotation.version,
    )
    assert not stored.events.filter(action=AnnotationEvent.Action.REATTACHED).exists()


def test_others_may_not_reattach(article, annotator, fellow, curator, orphan):
    assert reattach(signed_in(fellow), orphan, selection(article)).status_code == 403
    # A reader sees an accepted orphan, and may not move it either.
    annotation_set_status(annotation_id=orphan.pk, user=curator, status="accepted")
    orphan.refresh_from_db()
    reader = make_user("rita", role="reader")
    assert reattach(signed_in(reader), orphan, selection(article)).status_code == 403
    assert reattach(Client(), orphan, selection(article)).status_code == 403
    _unchanged(orphan)
    # The service checks too, whatever door the request came through.
    with pytest.raises(PermissionDenied):
        annotation_reattach(
            annotation_id=orphan.pk, user=fellow, version=orphan.version, **selection(article)
        )
    _unchanged(orphan)


@pytest.mark.parametrize(
    "overrides",
    [
        # Words that are nowhere in the article.
        {"exact": "words that are nowhere in the article"},
        # Not word for word: the quote as it was before the revision deleted it.
        {"exact": LOST},
        # Offsets outside the text.
        {"start": 10**6, "end": 10**6 + 5},
        {"start": None, "end": None, "exact": "   "},
    ],
)
def test_a_selection_not_in_the_text_is_refused_and_nothing_changes(
    article, annotator, orphan, overrides
):
    data = {k: ("" if v is None else v) for k, v in selection(article, **overrides).items()}
    response = reattach(signed_in(annotator), orphan, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="panel-error"' in html
    assert re.search(r"Not re-attached|Select the text", html)
    _unchanged(orphan)


def test_a_stale_version_is_not_reattached(article, annotator, orphan):
    stale = orphan.version - 1
    response = reattach(signed_in(annotator), orphan, selection(article), version=stale)
    assert "Not re-attached: someone changed this annotation" in response.content.decode()
    _unchanged(orphan)


def test_an_annotation_still_where_it_was_is_not_reattached(article, annotator):
    annotation = make_annotation(article, annotator, LOST)
    response = reattach(signed_in(annotator), annotation, selection(article))
    assert "Not re-attached: only an orphaned annotation" in response.content.decode()
    _unchanged(annotation)


# --- moved by the last revision ------------------------------------------------------


def test_the_revision_records_a_fuzzy_move(moved):
    event = moved.events.latest("created_at")
    assert event.action == AnnotationEvent.Action.REANCHORED
    assert event.after["method"] == "fuzzy" and 0 < event.after["score"] < 1
    assert event.before["exact"] == PLEDGED


def test_a_moved_annotation_is_listed_for_its_author_only(
    article, annotator, fellow, moved, django_assert_max_num_queries
):
    client = signed_in(annotator)
    client.get(article.get_absolute_url())  # sessions and permissions, once
    with django_assert_max_num_queries(10):
        page = client.get(article.get_absolute_url()).content.decode()
    assert "Moved by the last revision" in page
    listed = page[page.index("Moved by the last revision") :]
    assert f'id="moved-{key_of(moved.pk)}"' in listed and "Orphaned" not in page
    page = signed_in(fellow).get(article.get_absolute_url()).content.decode()
    assert "Moved by the last revision" not in page


def test_a_moved_annotation_shows_its_old_quote_beside_the_text_now(article, annotator, moved):
    url = reverse("annotation-detail", args=[moved.pk])
    panel = signed_in(annotator).get(url, **HX).content.decode()
    compare = panel[panel.index('class="moved-compare"') :]
    assert f"<del>{PLEDGED}</del>" in compare and f"<ins>{moved.exact}</ins>" in compare
    assert "Keep it here" in panel and "Re-attach to the selected text" in panel


def test_keeping_a_moved_annotation_where_it_is_takes_it_off_the_list(article, annotator, moved):
    client = signed_in(annotator)
    data = {name: getattr(moved, name) for name in ("start", "end", "exact", "prefix", "suffix")}
    response = reattach(client, moved, {**data, "keep": "1"})
    assert "Kept where it is." in response.content.decode()
    assert "Moved by the last revision" not in sidebar_of(response.content.decode())
    kept = Annotation.objects.get(pk=moved.pk)
    assert (kept.start, kept.end, kept.exact) == (moved.start, moved.end, moved.exact)
    assert not kept.moved and kept.version == moved.version + 1
    assert kept.events.latest("created_at").action == AnnotationEvent.Action.REATTACHED


def test_moving_a_moved_annotation_redraws_the_block_it_left(article, annotator, moved):
    html = reattach(signed_in(annotator), moved, selection(article)).content.decode()
    blocks = article.document.blocks
    left, arrived = moved.start, article.text.index(NEW_HOME)

    def block_at(offset: int) -> int:
        return next(i for i, b in enumerate(blocks) if b.start <= offset < b.end)

    swapped = re.findall(r'hx-swap-oob=\'innerHTML:#document \[data-block="(\d+)"\]\'>', html)
    assert sorted(map(int, swapped)) == sorted({block_at(left), block_at(arrived)})
    assert block_at(left) != block_at(arrived)
    # Its highlight is drawn in the new place only.
    assert html.count(f'data-annotations="{key_of(moved.pk)}"') == 1
