"""An article's revisions page: the list, two revisions compared, an older one restored."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from newsroom.models import ArticleRevision
from newsroom.revisions import article_revise
from newsroom.text.document import PhotoText
from tests.factories import DEFAULT_BODY, make_annotation, make_article

pytestmark = pytest.mark.django_db

FIRST = DEFAULT_BODY[1]["text"]
SENTENCE = "More than two dozen countries have pledged to join a force to deploy in Ukraine"
REST = "after any eventual peace deal with Russia, leaders announced Thursday."


def revised(article, *, headline=None, body=None, photos=None, reason="edited", user=None):
    content = dict(article.content)
    if headline is not None:
        content["headline"] = headline
    if body is not None:
        content["body"] = body
    revision = article_revise(
        article=article, content=content, photos=photos, reason=reason, user=user
    )
    assert revision is not None
    article.refresh_from_db()
    return revision


def split_body():
    body = [dict(item) for item in DEFAULT_BODY]
    assert f"{SENTENCE} {REST}" == FIRST
    body[1:2] = [
        {"kind": "paragraph", "text": f"{SENTENCE}."},
        {"kind": "paragraph", "text": REST.capitalize()},
    ]
    return body


def revisions_page(client, article, **params) -> str:
    response = client.get(reverse("article-revisions", args=[article.slug]), params)
    assert response.status_code == 200
    return response.content.decode()


def restore(client, article, number):
    return client.post(reverse("revision-restore", args=[article.slug, number]))


def row_of(html: str, status: str) -> list[str]:
    """Each comparison row of that status, as HTML."""
    rows = html.split('<li class="diff-row diff-')[1:]
    return [row.split("</li>")[0] for row in rows if row.startswith(f'{status}"')]


def test_the_list_names_each_revisions_author_reason_and_time(client, curator):
    article = make_article(headline="Coalition of Willing Commits")
    revised(
        article, headline="Coalition of the Willing Commits", reason="headline fixed", user=curator
    )
    html = revisions_page(client, article)
    assert "Revision 1" in html and "Revision 2" in html
    assert "ingested" in html and "headline fixed" in html
    assert f"by {curator.username}," in html
    second = article.revisions.get(number=2)
    assert f'<time datetime="{second.created_at.isoformat()}">' in html


def test_a_changed_headline_is_marked_word_by_word(client):
    article = make_article(headline="Coalition of Willing Commits")
    revised(article, headline="Coalition of the Willing Commits to Force")
    html = revisions_page(client, article)
    assert "Revision 1 → revision 2" in html
    [headline] = row_of(html, "changed")
    assert "Headline" in headline
    assert "Coalition of <ins>the</ins> Willing Commits <ins>to Force</ins>" in headline
    assert "1 block changed" in html


def test_a_split_paragraph_is_one_block_changed_and_one_added(client):
    article = make_article()
    revised(article, body=split_body())
    html = revisions_page(client, article)
    [changed] = row_of(html, "changed")
    [added] = row_of(html, "added")
    # The old paragraph keeps its first sentence; its second became a paragraph of its own.
    assert f"{SENTENCE} <del>{REST[:-1]}</del>.</div>" in changed
    assert f"<ins>{REST.capitalize()}</ins>" in added


def test_any_two_revisions_are_compared_in_the_order_asked(client):
    article = make_article(headline="First headline for the force")
    revised(article, headline="Second headline for the force")
    revised(article, headline="Third headline for the force")
    html = revisions_page(client, article, a=3, b=1)
    assert "Revision 3 → revision 1" in html
    [headline] = row_of(html, "changed")
    assert "<del>Third</del><ins>First</ins> headline" in headline
    # By default: the previous revision against the current one.
    assert "<del>Second</del><ins>Third</ins>" in revisions_page(client, article)


def test_a_revision_that_does_not_exist_falls_back_to_the_default(client):
    article = make_article(headline="First headline for the force")
    revised(article, headline="Second headline for the force")
    html = revisions_page(client, article, a=9, b="x")
    assert "Those revisions do not exist" in html
    assert "Revision 1 → revision 2" in html


def test_a_kind_change_names_both_kinds(client):
    article = make_article()
    body = [dict(item) for item in DEFAULT_BODY]
    body[5] = {"kind": "subhead", "text": body[5]["text"]}
    revised(article, body=body)
    [row] = row_of(revisions_page(client, article), "kind")
    assert "Paragraph → subhead" in row and "kind changed" in row


def test_the_texts_are_escaped(client):
    article = make_article()
    body = [dict(item) for item in DEFAULT_BODY]
    body[5] = {"kind": "paragraph", "text": "However, <script>alert(1)</script> remains."}
    revised(article, body=body)
    html = revisions_page(client, article)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_drafts_revisions_are_not_shown_to_anonymous_readers(client, curator, draft):
    url = reverse("article-revisions", args=[draft.slug])
    assert client.get(url).status_code == 404
    client.force_login(curator)
    assert client.get(url).status_code == 200


def test_only_editors_see_the_restore_button(client, annotator, curator):
    article = make_article(headline="First headline for the force")
    revised(article, headline="Second headline for the force")
    assert "Restore this revision" not in revisions_page(client, article)
    client.force_login(annotator)
    assert "Restore this revision" not in revisions_page(client, article)
    client.force_login(curator)
    html = revisions_page(client, article)
    # Revision 1 only: the current one is not offered.
    assert html.count("Restore this revision</button>") == 1
    assert reverse("revision-restore", args=[article.slug, 1]) in html
    assert reverse("revision-restore", args=[article.slug, 2]) not in html


@pytest.mark.parametrize("persona", [None, "annotator"])
def test_only_editors_may_restore(client, request, persona):
    article = make_article(headline="First headline for the force")
    revised(article, headline="Second headline for the force")
    if persona:
        client.force_login(request.getfixturevalue(persona))
    assert restore(client, article, 1).status_code == 403
    assert article.revisions.count() == 2


def test_restoring_makes_a_new_revision_and_leaves_the_old_one_as_it_was(client, curator):
    article = make_article(headline="First headline for the force")
    first = article.revisions.get(number=1)
    before = ArticleRevision.objects.filter(pk=first.pk).values().get()
    revised(
        article,
        headline="Second headline for the force",
        body=split_body(),
        photos=[PhotoText("Leaders pose in Paris.", "AFP")],
    )
    client.force_login(curator)
    response = restore(client, article, 1)
    assert response.status_code == 302
    assert response.url == reverse("article-revisions", args=[article.slug])

    article.refresh_from_db()
    assert article.revision == 3
    third = article.revisions.get(number=3)
    assert (third.reason, third.created_by) == ("restored revision 1", curator)
    assert (third.content, third.text, third.blocks) == (first.content, first.text, first.blocks)
    assert (article.headline, article.text) == ("First headline for the force", first.text)
    photo = article.photos.get(order=0)
    assert (photo.caption, photo.credit) == (
        "European leaders holding a summit in Paris.",
        "president.gov.ua",
    )
    assert ArticleRevision.objects.filter(pk=first.pk).values().get() == before
    assert "Revision 1 restored as revision 3." in revisions_page(client, article)


def test_restoring_brings_back_that_revisions_report_and_corrections(client, curator):
    quotes = {"kind": "quotes", "line_start": 2, "line_end": 2, "before": '"', "after": "“"}
    article = make_article(headline="First headline for the force", changes=[quotes])
    article_revise(
        article=article,
        content={**article.content, "headline": "Second headline for the force"},
        changes=[],
        flags={"language": "fr"},
        corrections=[{"op": "headline", "lines": [2, 2]}],
        reason="re-cleaned",
    )
    first = article.revisions.get(number=1)
    client.force_login(curator)
    restore(client, article, 1)
    third = article.revisions.get(number=3)
    assert (third.changes, third.flags, third.corrections) == ([quotes], first.flags, [])


def test_restoring_carries_the_annotations_along(client, curator, annotator):
    article = make_article(headline="First headline for the force")
    revised(article, headline="Second headline for the force")
    claim = make_annotation(article, annotator, "26 countries who have formally committed")
    client.force_login(curator)
    restore(client, article, 1)
    claim.refresh_from_db()
    article.refresh_from_db()
    assert claim.anchor_revision == 3
    assert article.text[claim.start : claim.end] == "26 countries who have formally committed"


def test_restoring_what_the_article_already_says_makes_no_revision(client, curator):
    article = make_article(headline="First headline for the force")
    revised(article, headline="Second headline for the force")
    revised(article, headline="First headline for the force")
    client.force_login(curator)
    restore(client, article, 1)
    assert article.revisions.count() == 3
    assert "nothing to restore" in revisions_page(client, article)


def test_restoring_needs_a_post_with_the_csrf_token(curator):
    article = make_article(headline="First headline for the force")
    revised(article, headline="Second headline for the force")
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    url = reverse("revision-restore", args=[article.slug, 1])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403
    assert article.revisions.count() == 2


def test_the_reader_and_the_original_page_link_to_the_revisions(client):
    article = make_article()
    url = reverse("article-revisions", args=[article.slug])
    for page in (article.get_absolute_url(), reverse("article-original", args=[article.slug])):
        assert f'href="{url}"' in client.get(page).content.decode()
