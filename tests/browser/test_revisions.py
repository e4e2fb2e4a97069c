"""An editor compares two revisions of an article and restores the older one, as a person does."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from newsroom.revisions import article_revise
from tests.browser.conftest import sign_in
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_curator_compares_two_revisions_and_restores_the_first(live_server, page, curator):
    article = make_article(headline="First headline for the force")
    for headline in ("Second headline for the force", "Third headline for the force"):
        content = {**article.content, "headline": headline}
        article_revise(article=article, content=content, reason="headline corrected")
        article.refresh_from_db()

    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_role("link", name="Revisions").click()
    expect(page.get_by_role("heading", name="Revision 2 → revision 3")).to_be_visible()

    page.get_by_label("Compare revision").select_option("1")
    page.get_by_label("with revision").select_option("3")
    page.get_by_role("button", name="Compare").click()
    expect(page).to_have_url(re.compile(r"[?&]a=1&b=3"))
    headline = page.locator(".diff-changed").filter(has_text="Headline")
    expect(headline.locator("del")).to_have_text("First")
    expect(headline.locator("ins")).to_have_text("Third")

    # From the keyboard: the button takes the focus and Enter presses it.
    restore = page.get_by_role("button", name="Restore this revision (revision 1)")
    restore.focus()
    expect(restore).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Revision 1 restored as revision 4.")
    newest = page.locator(".revision").first
    expect(newest).to_contain_text("Revision 4")
    expect(newest).to_contain_text("restored revision 1")
    expect(newest).to_contain_text(f"by {curator.username}")
    # What the restore changed: revision 3's headline back to revision 1's.
    expect(page.get_by_role("heading", name="Revision 3 → revision 4")).to_be_visible()
    expect(page.locator(".diff-changed ins")).to_have_text("First")

    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("#headline")).to_have_text("First headline for the force")
