"""An accepted annotation edited in the panel waits for a curator, as a person sees it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from annotations.writes import annotation_set_status
from tests.browser.conftest import sign_in
from tests.factories import make_annotation, make_article

pytestmark = pytest.mark.django_db(transaction=True)

PHRASE = "26 countries who have formally committed"
ACCEPTED_NOTE = "Checked against the communiqué."
NEW_NOTE = "Changed after review."


def open_claim(page: Page, live_server, article) -> None:
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.locator(".ann-item.kind-claim a").click()
    expect(page.locator("#panel .ann-detail")).to_be_visible()


def test_an_edit_after_acceptance_reaches_readers_once_a_curator_accepts_it(
    live_server, browser, page, annotator, curator
):
    article = make_article()
    claim = make_annotation(article, annotator, PHRASE, note=ACCEPTED_NOTE)
    annotation_set_status(annotation_id=claim.pk, user=curator, status="accepted")

    sign_in(page, live_server, annotator.username)
    open_claim(page, live_server, article)
    panel = page.locator("#panel")
    panel.get_by_role("link", name="Edit").click()
    # The form has settled once its first field has the focus; typing earlier would land
    # wherever the focus then moves.
    expect(panel.get_by_role("searchbox", name="Claimant")).to_be_focused()
    panel.get_by_label("Note", exact=True).fill(NEW_NOTE)
    panel.get_by_role("button", name="Save").click()
    expect(panel).to_contain_text("Saved as a change awaiting review")
    expect(panel.locator(".ann-change")).to_contain_text(NEW_NOTE)

    reader_context = browser.new_context(viewport={"width": 1280, "height": 900})
    reader = reader_context.new_page()
    open_claim(reader, live_server, article)
    expect(reader.locator("#panel .ann-fields")).to_contain_text(ACCEPTED_NOTE)
    expect(reader.locator("#panel")).not_to_contain_text(NEW_NOTE)

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, live_server, curator.username)
    open_claim(page, live_server, article)
    panel.get_by_role("button", name="Accept change").click()
    expect(panel).to_contain_text("Change accepted.")

    open_claim(reader, live_server, article)
    expect(reader.locator("#panel .ann-fields")).to_contain_text(NEW_NOTE)
    reader_context.close()
