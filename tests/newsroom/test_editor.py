"""The structure editor's server side: who may correct, what saving writes, a stale save
refused, and corrections that survive re-cleaning."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from newsroom.corrections import current_revision, draft
from newsroom.ingest import article_reclean, ingest_text
from newsroom.models import Article
from newsroom.text.editing import at

pytestmark = pytest.mark.django_db

RAW = """THE NORTHERN GAZETTE

Harbour Bridge Opens

By Jane Doe

The bridge opened on Monday after six years of work. Crowds lined the quay
and cheered. The mayor cut the ribbon at noon.

Trade Hopes

Merchants expect more trade across the harbour now that carts can cross it.
"""


@pytest.fixture
def story():
    return ingest_text(RAW, status=Article.Status.PUBLISHED).article


def url(article) -> str:
    return reverse("article-edit", args=[article.slug])


def blocks(article):
    article.refresh_from_db()
    return draft(article, current_revision(article), []).blocks


def index_of(article, text: str) -> int:
    return next(i for i, b in enumerate(blocks(article)) if text in b.text)


def post(client, article, ops=(), base=None, **fields):
    data = {"base": base or article.revision, "ops": json.dumps(list(ops)), **fields}
    return client.post(url(article), data)


def fix_headline_and_subhead(client, story, **fields):
    """The headline made longer, the subhead a paragraph."""
    sub = index_of(story, "Trade Hopes")
    head = index_of(story, "Harbour Bridge")
    typed = {f"kind-{sub}": "paragraph", f"text-{head}": "Harbour Bridge Opens at Last"}
    return post(client, story, **typed, **fields)


def test_only_editors_may_open_or_post(client, annotator, story):
    assert client.get(url(story)).status_code == 302  # to sign in
    client.force_login(annotator)
    assert client.get(url(story)).status_code == 403
    assert post(client, story, action="save", reason="x").status_code == 403
    assert story.revisions.count() == 1


def test_the_page_shows_each_block_beside_its_raw_lines(client, curator, story):
    client.force_login(curator)
    page = client.get(url(story)).content.decode()
    # The masthead is left out; the headline is raw line 3, the first paragraph 7–8.
    assert "Raw line 3" in page
    assert "Harbour Bridge Opens</textarea>" in page
    assert "Raw lines 7–8" in page


def test_a_wrong_subhead_made_a_paragraph_and_a_fixed_headline_are_one_new_revision(
    client, curator, story
):
    client.force_login(curator)
    answer = fix_headline_and_subhead(client, story, action="apply")
    assert "2 corrections not saved yet" in answer.content.decode()
    ops = json.loads(answer.context["ops_json"])
    answer = post(client, story, ops, action="save", reason="headline and subhead")
    assert answer.status_code == 302
    story.refresh_from_db()
    assert (story.revision, story.headline) == (2, "Harbour Bridge Opens at Last")
    revision = current_revision(story)
    assert revision.reason == "corrected: headline and subhead"
    assert revision.created_by == curator
    assert [op["op"] for op in revision.corrections] == ["text", "kind"]
    assert {"kind": "paragraph", "text": "Trade Hopes", "lines": [10, 10]} in story.content["body"]


def test_saving_needs_a_reason_and_something_to_save(client, curator, story):
    client.force_login(curator)
    sub = index_of(story, "Trade Hopes")
    answer = post(client, story, **{f"kind-{sub}": "paragraph"}, action="save", reason=" ")
    assert "Say in a few words what you corrected" in answer.content.decode()
    assert (
        "Say in a few words" not in post(client, story, action="save", reason="x").content.decode()
    )
    assert story.revisions.count() == 1


def test_a_stale_save_is_refused_and_shows_the_newer_revision(client, curator, story):
    client.force_login(curator)
    sub = index_of(story, "Trade Hopes")
    mine = [{"op": "kind", "at": at(blocks(story)[sub]), "kind": "paragraph"}]
    # A colleague saved revision 2 meanwhile: the headline fixed.
    head = index_of(story, "Harbour Bridge")
    theirs = [
        {
            "op": "text",
            "at": at(blocks(story)[head]),
            "old": "Harbour Bridge Opens",
            "new": "Harbour Bridge Finally Opens",
        }
    ]
    assert post(client, story, theirs, action="save", reason="headline").status_code == 302
    answer = post(client, story, mine, base=1, action="save", reason="subhead")
    assert answer.status_code == 409
    page = answer.content.decode()
    assert "saved revision 2 while you were correcting" in page
    assert "Harbour Bridge Finally Opens</textarea>" in page  # the newer state
    assert json.loads(answer.context["ops_json"]) == mine  # still to be saved
    story.refresh_from_db()
    assert story.revision == 2
    assert current_revision(story).corrections == theirs


def test_split_at_the_caret_and_mark_a_line_as_furniture(client, curator, story):
    client.force_login(curator)
    para = index_of(story, "The bridge opened")
    caret = len("The bridge opened on Monday after six years of work. ")
    answer = post(client, story, **{f"caret-{para}": str(caret)}, action=f"split-{para}")
    ops = json.loads(answer.context["ops_json"])
    byline = index_of(story, "Jane Doe")
    answer = post(client, story, ops, action=f"furniture-{byline}")
    ops = json.loads(answer.context["ops_json"])
    post(client, story, ops, action="save", reason="split and byline")
    story.refresh_from_db()
    texts = [item.get("text") for item in story.content["body"]]
    assert texts[:2] == [
        "The bridge opened on Monday after six years of work.",
        "Crowds lined the quay and cheered. The mayor cut the ribbon at noon.",
    ]
    assert story.byline == ""
    removal = next(c for c in current_revision(story).changes if c.get("line_start") == 5)
    assert removal["reason"] == "marked as page furniture by an editor"


def test_a_split_without_a_caret_says_what_to_do(client, curator, story):
    client.force_login(curator)
    para = index_of(story, "The bridge opened")
    answer = post(client, story, action=f"split-{para}")
    assert "Put the caret where the block should be split" in answer.content.decode()


def test_a_tampered_form_is_a_clear_400(client, curator, story):
    client.force_login(curator)
    assert post(client, story, base=99, action="apply").status_code == 400
    assert client.post(url(story), {"base": 1, "ops": "{"}).status_code == 400
    bad = [
        {"op": "text", "at": {"kind": "headline", "text": "<b>Nowhere</b>"}, "old": "a", "new": "b"}
    ]
    answer = post(client, story, bad, action="apply")
    assert answer.status_code == 400
    assert answer["Content-Type"].startswith("text/plain")  # it quotes what was posted


def test_corrections_survive_recleaning_and_the_message_says_so(client, curator, story):
    client.force_login(curator)
    answer = fix_headline_and_subhead(client, story, action="save", reason="fixes")
    assert answer.status_code == 302
    result = article_reclean(article=Article.objects.get(pk=story.pk), user=curator)
    assert (result.reapplied, result.not_reapplied) == (2, ())
    story.refresh_from_db()
    assert story.headline == "Harbour Bridge Opens at Last"
    assert {"kind": "paragraph", "text": "Trade Hopes", "lines": [10, 10]} in story.content["body"]


def test_everything_typed_is_escaped(client, curator, story):
    client.force_login(curator)
    head = index_of(story, "Harbour Bridge")
    answer = post(client, story, **{f"text-{head}": "<script>alert(1)</script>"}, action="apply")
    page = answer.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_save_as_draft_and_correct_opens_the_editor_on_the_new_draft(client, curator):
    client.force_login(curator)
    answer = client.post(reverse("ingest"), {"text": RAW, "action": "correct"})
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert answer.status_code == 302
    assert answer["Location"] == url(article)


def test_who_may_only_save_drafts_may_not_save_and_correct(client, db):
    from django.contrib.auth.models import Permission

    from tests.factories import make_user

    clerk = make_user("clerk", role="annotator")
    clerk.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(clerk)
    assert client.post(reverse("ingest"), {"text": RAW, "action": "correct"}).status_code == 403
    assert not Article.objects.exists()


def test_lines_move_to_the_next_story_and_both_are_cleaned_again(client, curator):
    from tests.newsroom.pages import FIRST, SECOND, two_stories

    # Split three lines late: the library story's headline and byline end the first.
    first, second = ingest_text(two_stories(), story_starts=[21]).articles
    client.force_login(curator)
    late = index_of(first, SECOND)
    answer = post(client, first, action=f"next-{late}")
    assert answer.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.page.story_starts == [18]
    assert second.line_start == 18
    assert (first.headline, second.headline, second.byline) == (FIRST, SECOND, "Sam Okafor")
    assert SECOND not in first.text
    shown = [m.message for m in client.get(url(first)).context["messages"]]
    assert shown[0] == (
        "Moved line 18 and what comes after to the next story; the page's stories were "
        "cleaned again at the new boundary."
    )


def test_lines_move_to_the_previous_story(client, curator):
    from tests.newsroom.pages import SECOND, two_stories

    # Split too early: the council story's last paragraph opens the second.
    first, second = ingest_text(two_stories(), story_starts=[15]).articles
    client.force_login(curator)
    # The cleaner made a headline up from it, and kept it as the first paragraph too.
    early = next(i for i, b in enumerate(blocks(second)) if b.lines == (15, 16))
    assert post(client, second, action=f"previous-{early}").status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.page.story_starts == [17]
    assert "Work is expected to begin" in first.text
    assert second.headline == SECOND


def test_moving_lines_waits_for_pending_corrections_and_refuses_the_impossible(client, curator):
    from tests.newsroom.pages import two_stories

    first, second = ingest_text(two_stories(), story_starts=[18]).articles
    client.force_login(curator)
    sub = index_of(first, "Work is expected")
    answer = post(client, first, **{f"kind-{sub}": "subhead"}, action=f"next-{sub}")
    assert (
        "Save or discard your corrections first: this is written at once."
        in answer.content.decode()
    )
    # The first block of the last story has no story after it to go to.
    answer = post(client, second, action="next-0")
    assert answer.status_code == 302
    shown = [m.message for m in client.get(url(second)).context["messages"]]
    assert shown == ["Not moved: This is the last story on its page: there is no next one."]
    first.refresh_from_db()
    assert first.page.story_starts == [18]


def test_a_long_article_is_corrected_part_by_part(client, curator):
    paragraphs = [
        f"Paragraph number {n} tells of the harbour and its boats." for n in range(1, 201)
    ]
    raw = "Harbour Report\n\nBy Jane Doe\n\n" + "\n\n".join(paragraphs) + "\n"
    article = ingest_text(raw).article
    client.force_login(curator)
    first = client.get(url(article)).content.decode()
    assert "Blocks 1–150 of" in first
    assert "Paragraph number 180 " not in first
    answer = post(client, article, action="part-2")
    page = answer.content.decode()
    assert "Paragraph number 180 tells" in page
    assert "Paragraph number 10 tells" not in page
    assert 'value="up-150"' in page  # the part's first block still moves up, into part 1
    late = index_of(article, "Paragraph number 180 ")
    # Only the part shown is posted; the blocks of the other part are left as they are.
    answer = post(
        client, article, part="2", **{f"kind-{late}": "subhead"}, action="save", reason="subhead"
    )
    assert answer.status_code == 302
    article.refresh_from_db()
    assert {"kind": "subhead", "text": paragraphs[179]} == {
        k: v for k, v in article.content["body"][late - 2].items() if k != "lines"
    }
    assert [op["op"] for op in current_revision(article).corrections] == ["kind"]


def test_undo_takes_back_the_last_correction_typed_text_first(client, curator, story):
    client.force_login(curator)
    sub = index_of(story, "Trade Hopes")
    answer = post(client, story, **{f"kind-{sub}": "paragraph"}, action="apply")
    ops = json.loads(answer.context["ops_json"])
    head = index_of(story, "Harbour Bridge")
    answer = post(client, story, ops, **{f"text-{head}": "Typed, then undone"}, action="undo")
    assert json.loads(answer.context["ops_json"]) == ops
    answer = post(client, story, ops, action="undo")
    assert json.loads(answer.context["ops_json"]) == []
    assert "No corrections yet" in answer.content.decode()
