"""A curator links the same claim in two articles (from the suggestion), gives it a
verdict once, and both articles show it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import csp_refusals, sign_in
from tests.factories import make_annotation, make_article

pytestmark = pytest.mark.django_db(transaction=True)

CLAIM = "More than two dozen countries have pledged to join a force"
WHY = "Only 26 signed, and several pledged nothing concrete."


def open_claim_in_panel(page: Page, live_server, article) -> None:
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.locator(".ann-item.kind-claim a", has_text="two dozen").click()
    expect(page.locator("#panel .ann-detail")).to_be_visible()


def test_a_verdict_given_once_shows_in_both_articles(live_server, page, curator):
    first = make_article(headline="Coalition of Willing Commits to Force")
    second = make_article(
        headline="Paris Hosts the Coalition",
        body=[{"kind": "paragraph", "text": f"Officials said “{CLAIM.lower()}”, Paris said."}],
    )
    make_annotation(first, curator, CLAIM)
    make_annotation(second, curator, CLAIM.lower())
    refused = csp_refusals(page)
    sign_in(page, live_server, curator.username)

    open_claim_in_panel(page, live_server, first)
    expect(page.locator("#panel .verdict")).to_have_text("Unreviewed")
    page.locator("#panel").get_by_role("button", name="Open a claim page").click()
    expect(page.get_by_role("status")).to_contain_text("Claim page opened")
    expect(page.get_by_role("heading", level=1)).to_have_text(CLAIM)

    # The other article's claim is suggested; the curator links it with the keyboard.
    link = page.get_by_role("button", name="Link the claim in “Paris Hosts the Coalition”")
    link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Linked")
    expect(page.locator("#claim-linked > li")).to_have_count(2)

    page.get_by_label("Verdict", exact=True).select_option(label="Misleading")
    page.get_by_label("Rating explanation").fill(WHY)
    page.get_by_role("button", name="Save the verdict").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Verdict: Misleading, shown with the claim in 2 places."
    )
    expect(page.locator("#claim-verdict-now")).to_have_text("Misleading")
    expect(page.locator(".claim-history")).to_contain_text("Verdict given")

    for article in (first, second):
        open_claim_in_panel(page, live_server, article)
        expect(page.locator(".ann-item.kind-claim")).to_contain_text("Claim, misleading")
        expect(page.locator("#panel .verdict")).to_have_text("Misleading")
        expect(page.locator("#panel .ann-fields")).to_contain_text(WHY)

    # And in the claims list, with both articles.
    page.get_by_role("link", name="Claims", exact=True).click()
    row = page.locator(".claim-row", has_text="two dozen")
    expect(row.locator(".verdict")).to_have_text("Misleading")
    expect(row).to_contain_text("Paris Hosts the Coalition")
    expect(row).to_contain_text("Coalition of Willing Commits to Force")
    assert refused == []
