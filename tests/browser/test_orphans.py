"""An editor's revision deletes the sentence an annotation was on: its author finds it
under Orphaned, with its quote, and re-attaches it by selecting text again — with the
mouse or with the keyboard alone."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from newsroom.revisions import article_revise
from tests.browser.conftest import select_first_paragraph_words, sign_in
from tests.browser.test_annotate import drag_select, open_article
from tests.factories import make_annotation, make_article

pytestmark = pytest.mark.django_db(transaction=True)

LOST = "the American contribution remains unclear"
NEW_HOME = "26 countries who have formally committed"


@pytest.fixture
def orphaned(transactional_db, annotator):
    """An article whose revision deleted the annotated sentence, and the orphan."""
    article = make_article(headline="Coalition of Willing Commits to Ukraine Force")
    annotation = make_annotation(article, annotator, LOST)
    body = [dict(item) for item in article.content["body"]]
    body[-1]["text"] = "Washington has said nothing."
    article_revise(article=article, content={**article.content, "body": body}, reason="edited")
    annotation.refresh_from_db()
    assert annotation.orphaned
    return article, annotation


def orphans_heading(page: Page):
    return page.get_by_role("heading", name="Orphaned")


def test_an_orphan_is_reattached_to_text_selected_with_the_mouse(
    live_server, page, orphaned, annotator
):
    article, _ = orphaned
    sign_in(page, live_server, annotator.username)
    open_article(page, live_server, article)
    expect(orphans_heading(page)).to_be_visible()
    orphan = page.locator(".ann-orphans .ann-item")
    expect(orphan).to_have_count(1)
    expect(orphan.locator(".ann-exact")).to_have_text(f"“{LOST}”")
    orphan.locator("a").click()
    panel = page.locator("#panel")
    expect(panel.locator(".orphan-note")).to_contain_text("Orphaned")
    expect(panel.locator(".ann-quote")).to_have_text(LOST)
    button = panel.get_by_role("button", name="Re-attach to the selected text")
    expect(button).to_be_visible()

    paragraph = page.locator(".paragraph", has_text=NEW_HOME)
    drag_select(page, paragraph, NEW_HOME)
    expect(page.get_by_role("toolbar", name="Tag the selection")).to_be_visible()
    expect(panel.locator("[data-reattach-selected]")).to_have_text(f"Selected: “{NEW_HOME}”")
    button.click()

    expect(panel.get_by_role("status")).to_have_text("Re-attached to the selected text.")
    expect(paragraph.locator("mark.hl-claim")).to_have_text(NEW_HOME)
    expect(orphans_heading(page)).to_have_count(0)
    expect(page.locator(".ann-orphans")).to_have_count(0)
    expect(page.locator("#annotation-list .ann-item")).to_have_count(1)
    page.reload()
    expect(paragraph.locator("mark.hl-claim")).to_have_text(NEW_HOME)
    expect(orphans_heading(page)).to_have_count(0)


def _tab_to(page: Page, locator, limit: int = 40) -> None:
    for _ in range(limit):
        if locator.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    expect(locator).to_be_focused()


def test_an_orphan_is_reattached_with_the_keyboard_alone(live_server, page, orphaned, annotator):
    article, _ = orphaned
    sign_in(page, live_server, annotator.username)
    open_article(page, live_server, article)
    # Tab to the orphan in the list and open it.
    _tab_to(page, page.locator(".ann-orphans .ann-item a"))
    page.keyboard.press("Enter")
    panel = page.locator("#panel")
    expect(panel.get_by_role("heading", name="Re-attach it")).to_be_visible()
    expect(page.locator("#panel-title")).to_be_focused()

    # Back into the text (before the sidebar), down to the first paragraph, select words.
    document = page.locator("#annotatable")
    for _ in range(60):
        if document.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press("Shift+Tab")
    expect(document).to_be_focused()
    select_first_paragraph_words(page)
    toolbar = page.get_by_role("toolbar", name="Tag the selection")
    expect(toolbar.get_by_role("button", name="Re-attach")).to_be_visible()
    page.keyboard.press("r")

    expect(panel.get_by_role("status")).to_have_text("Re-attached to the selected text.")
    expect(page.locator(".paragraph").first.locator("mark.hl-claim")).to_have_text(
        "More than two dozen"
    )
    expect(orphans_heading(page)).to_have_count(0)
    expect(panel.get_by_role("heading", name="Re-attach it")).to_have_count(0)
