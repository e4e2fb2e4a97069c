"""The admin action "Re-clean from raw": a new revision when the cleaner's output changed,
with annotations carried over to it."""

from __future__ import annotations

import dataclasses

import pytest
from django.urls import reverse

from newsroom import ingest
from newsroom.cleaning import Block, CleaningError, clean
from newsroom.corrections import current_revision, draft, save
from newsroom.ingest import ingest_text
from newsroom.models import Article, ArticleRevision
from newsroom.revisions import article_recompile
from newsroom.text.editing import at
from tests.factories import make_annotation
from tests.newsroom.bad_input import SAMPLE
from tests.newsroom.pages import FIRST, SECOND, SECOND_STARTS, finding_stories, two_stories

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:newsroom_article_changelist")


@pytest.fixture
def sample():
    return ingest_text(SAMPLE.read_text(), status=Article.Status.PUBLISHED).article


def reclean(client, *articles) -> list[str]:
    response = client.post(
        CHANGELIST,
        {"action": "reclean", "_selected_action": [a.pk for a in articles]},
        follow=True,
    )
    assert response.status_code == 200
    return [m.message for m in response.context["messages"]]


@pytest.fixture
def improved_cleaner(monkeypatch):
    """A cleaner that now also finds an editor's note at the top of the body."""

    def improved(raw):
        page = clean(raw)
        note = Block("paragraph", "Editor’s note: this story was updated.", None, (1, 1))
        story = dataclasses.replace(page.story, body=[note, *page.story.body])
        return dataclasses.replace(page, stories=[story])

    monkeypatch.setattr(ingest, "clean", improved)


def test_reclean_with_the_same_cleaner_reports_unchanged(client, curator, sample):
    client.force_login(curator)
    messages = reclean(client, sample)
    assert messages == [f"“{sample.headline}”: unchanged (revision 1)."]
    sample.refresh_from_db()
    assert sample.revision == 1


def test_reclean_makes_a_new_revision_and_annotations_follow(
    client, curator, annotator, sample, improved_cleaner
):
    annotation = make_annotation(sample, annotator, "reassurance force")
    old_start = annotation.start
    client.force_login(curator)
    assert reclean(client, sample) == [f"“{sample.headline}”: new revision 2."]

    sample.refresh_from_db()
    annotation.refresh_from_db()
    assert sample.revision == 2
    assert sample.revisions.get(number=2).reason == "re-cleaned from raw"
    assert sample.revisions.get(number=2).created_by == curator
    assert annotation.anchor_revision == 2
    assert annotation.start > old_start
    assert sample.text[annotation.start : annotation.end] == "reassurance force"
    assert sample.page.raw_text == SAMPLE.read_text()


def test_reclean_reports_each_article(client, curator, sample, improved_cleaner):
    # Ingested by the improved cleaner already, so re-cleaning changes nothing.
    other = ingest_text("Another Headline Entirely\n\nA short body of text.\n").article
    client.force_login(curator)
    assert sorted(reclean(client, sample, other)) == [
        "“Another Headline Entirely”: unchanged (revision 1).",
        f"“{sample.headline}”: new revision 2.",
    ]


def test_annotators_cannot_reclean(client, annotator, sample):
    client.force_login(annotator)
    response = client.post(CHANGELIST, {"action": "reclean", "_selected_action": [sample.pk]})
    assert response.status_code == 302  # to the admin login: not staff
    sample.refresh_from_db()
    assert sample.revision == 1


def test_reclean_that_fails_says_why_and_keeps_the_article(client, curator, sample, monkeypatch):
    def broken(raw):
        raise CleaningError("No readable text was found, only stray symbols.")

    monkeypatch.setattr(ingest, "clean", broken)
    client.force_login(curator)
    assert reclean(client, sample) == [
        f"“{sample.headline}”: not re-cleaned — No readable text was found, only stray symbols."
    ]
    sample.refresh_from_db()
    assert sample.revision == 1


# --- pages of several stories -------------------------------------------------------------


def test_reclean_follows_the_story_it_overlaps_most_when_the_page_now_splits(
    client, curator, monkeypatch
):
    finding_stories(monkeypatch)  # a cleaner that kept the page whole
    article = ingest_text(two_stories()).article  # one story, lines 1-27
    monkeypatch.setattr(ingest, "clean", clean)  # the cleaner now splits this page
    client.force_login(curator)
    assert reclean(client, article) == [
        f"“{FIRST}”: new revision 2. The page now holds 2 stories; this article follows story 1."
    ]
    article.refresh_from_db()
    assert (article.line_start, article.line_end) == (1, 16)
    assert SECOND not in article.text
    assert article.page.stories == [[1, 16], [18, 27]]


def test_reclean_of_every_story_of_a_page_that_now_holds_one(client, curator, monkeypatch):
    finding_stories(monkeypatch, SECOND_STARTS)
    first, second = ingest_text(two_stories()).articles
    finding_stories(monkeypatch)  # the cleaner no longer splits this page
    client.force_login(curator)
    messages = reclean(client, first, second)
    assert messages == [
        f"“{FIRST}”: new revision 2. The page now holds one story; this article follows it.",
        f"“{SECOND}”: new revision 2. The page now holds one story; this article follows it.",
    ]
    second.refresh_from_db()
    assert (second.line_start, second.line_end) == (1, 27)


def test_reclean_keeps_the_boundaries_a_curator_set(client, curator):
    _, second = ingest_text(two_stories(), story_starts=[SECOND_STARTS]).articles
    client.force_login(curator)
    assert reclean(client, second) == [f"“{SECOND}”: unchanged (revision 1)."]
    second.refresh_from_db()
    assert (second.line_start, second.line_end) == (18, 27)


def test_reclean_marks_a_doubted_result_for_review_but_not_the_same_one_twice(
    client, curator, improved_cleaner_at
):
    doubted = ingest_text(SAMPLE.read_text(), story_starts=[41]).articles[1]
    Article.objects.filter(pk=doubted.pk).update(needs_review=False)  # a curator checked it
    client.force_login(curator)
    improved_cleaner_at(None)
    assert reclean(client, doubted) == [f"“{doubted.headline}”: unchanged (revision 1)."]
    doubted.refresh_from_db()
    assert not doubted.needs_review

    improved_cleaner_at(41)
    [message] = reclean(client, doubted)
    assert message.startswith(f"“{doubted.headline}”: new revision 2. It needs review: No headline")
    doubted.refresh_from_db()
    assert doubted.needs_review
    assert doubted.revisions.get(number=2).flags["headline_printed"] is False


def test_reclean_gives_an_article_cleaned_before_flags_its_flags(client, curator, sample):
    ArticleRevision.objects.filter(article=sample).update(flags={})  # as migrated
    client.force_login(curator)
    assert reclean(client, sample) == [f"“{sample.headline}”: new revision 2."]
    assert sample.revisions.get(number=2).flags["headline_printed"] is True


@pytest.fixture
def improved_cleaner_at(monkeypatch):
    """A cleaner that adds an editor's note to the story starting at the given line."""

    def install(line):
        def improved(raw, *, story_starts=None):
            page = clean(raw, story_starts=story_starts)
            stories = [
                dataclasses.replace(
                    s, body=[Block("paragraph", "Editor’s note.", None, s.lines), *s.body]
                )
                if line is not None and s.lines[0] == line
                else s
                for s in page.stories
            ]
            return dataclasses.replace(page, stories=stories)

        monkeypatch.setattr(ingest, "clean", improved)

    return install


def test_an_editors_headline_and_byline_fixes_in_the_admin_survive_a_reclean(
    client, curator, sample
):
    sample.headline = "Coalition Commits to Ukraine Force"
    sample.byline = "A. Correspondent"
    sample.save()
    article_recompile(article=sample, reason="edited in admin", user=curator)
    client.force_login(curator)
    messages = reclean(client, sample)
    sample.refresh_from_db()
    assert (sample.headline, sample.byline) == (
        "Coalition Commits to Ukraine Force",
        "A. Correspondent",
    )
    # Unchanged: the cleaner's output with the corrections made again is what is stored.
    assert messages == [f"“{sample.headline}”: unchanged (revision 2). 2 corrections re-applied."]


def test_a_correction_that_no_longer_applies_is_listed_and_kept(
    client, curator, sample, monkeypatch
):
    blocks = draft(sample, current_revision(sample), []).blocks
    first = next(b for b in blocks if b.kind == "paragraph")
    ops = [{"op": "text", "at": at(first), "old": first.text, "new": "Rewritten by an editor."}]
    save(article=sample, base=1, ops=ops, reason="typo", user=curator)

    def reworded(raw):
        page = clean(raw)
        body = list(page.story.body)
        n = next(i for i, block in enumerate(body) if block.text == first.text)
        body[n] = dataclasses.replace(body[n], text="Reworded by the cleaner.")
        return dataclasses.replace(page, stories=[dataclasses.replace(page.story, body=body)])

    monkeypatch.setattr(ingest, "clean", reworded)
    client.force_login(curator)
    [message] = reclean(client, sample)
    assert message.startswith(
        f"“{sample.headline}”: new revision 3. 0 corrections re-applied, 1 needs you"
    )
    revision = sample.revisions.get(number=3)
    [kept] = revision.corrections
    assert kept["new"] == "Rewritten by an editor."
    assert "now reads “Reworded by the cleaner.”" in kept["failed"]

    # The editor page lists it until an editor dismisses it; the history keeps it.
    editor = reverse("article-edit", args=[sample.slug])
    page = client.get(editor).content.decode()
    assert "Corrections the last re-cleaning could not make again" in page
    assert "reads “Rewritten by an editor.”" in page
    client.post(editor, {"base": 3, "ops": "[]", "action": "dismiss-0"})
    sample.refresh_from_db()
    assert sample.revision == 4
    assert sample.revisions.get(number=4).corrections == []
    assert sample.revisions.get(number=4).reason == "correction dismissed"
    assert "could not make again" not in client.get(editor).content.decode()


def admin_form_data(response) -> dict:
    """What the admin's change form would post as it stands (the main form and inlines)."""
    forms = [response.context["adminform"].form]
    data = {}
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({management.add_prefix(n): management[n].value() for n in management.fields})
        forms.extend(inline.formset.forms)
    for form in forms:
        for name in form.fields:
            if name == "image":
                continue  # a file is not posted again
            value = form[name].value()
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = value
    return data


def test_a_caption_fixed_in_the_admin_survives_a_reclean(client, curator, sample):
    client.force_login(curator)
    url = reverse("admin:newsroom_article_change", args=[sample.pk])
    data = admin_form_data(client.get(url))
    [caption] = [k for k in data if k.endswith("-0-caption")]
    data[caption] = "Leaders at the summit in Paris."
    assert client.post(url, data).status_code == 302
    sample.refresh_from_db()
    assert sample.revision == 2
    [correction] = sample.revisions.get(number=2).corrections
    assert (correction["op"], correction["kind"], correction["photo"]) == ("set", "caption", 0)

    messages = reclean(client, sample)
    assert messages[-1] == f"“{sample.headline}”: unchanged (revision 2). 1 correction re-applied."
    assert sample.photos.get(order=0).caption == "Leaders at the summit in Paris."
