"""A curator merges two duplicate entities, sees every tag follow, then undoes it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import csp_refusals, sign_in
from tests.factories import make_annotation, make_article, make_entity

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "First concrete step"
CLAIM = "26 countries who have formally committed"


def speaker_in_panel(page: Page, live_server, article) -> None:
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.locator(".ann-item.kind-quote a", has_text=QUOTE).click()
    expect(page.locator("#panel .ann-detail")).to_be_visible()


def test_curator_merges_duplicates_and_undoes_the_merge(live_server, page, curator):
    article = make_article()
    macron = make_entity("Emmanuel Macron", "person")
    twin = make_entity("E. Macron", "person", aliases=["Manu"])
    make_annotation(article, curator, "Macron", kind="entity", entity=twin)
    make_annotation(article, curator, QUOTE, kind="quote", speaker=twin, quote_cue="said")
    make_annotation(article, curator, CLAIM, claimant=twin, verdict="unreviewed")
    del macron

    refused = csp_refusals(page)
    sign_in(page, live_server, curator.username)
    page.get_by_role("link", name="Entities").click()
    page.wait_for_load_state()  # htmx wires the search box once its deferred script has run
    # The search narrows the list as one types (htmx, no page load).
    page.get_by_role("searchbox", name="Search names and aliases").fill("E. Mac")
    expect(page.locator(".entity-list li")).to_have_count(1)
    expect(page.locator(".entity-list")).to_contain_text("E. Macron")
    expect(page).to_have_url(re.compile(r"\?q=E\.(%20|\+)Mac"))
    page.get_by_role("link", name="Likely duplicates").click()
    page.get_by_role("link", name="Compare and merge Emmanuel Macron and E. Macron").click()
    keep = page.get_by_role("radio", name="Keep Emmanuel Macron")
    keep.focus()
    page.keyboard.press("Space")
    expect(keep).to_be_checked()
    page.get_by_role("button", name="Merge").click()

    expect(page.get_by_role("status")).to_contain_text(
        "Merged E. Macron into Emmanuel Macron: 3 annotations moved."
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Emmanuel Macron")
    expect(page.locator(".entity-aliases").first).to_contain_text("E. Macron, Manu")
    expect(page.locator("#entity-quotes")).to_contain_text(QUOTE)
    expect(page.locator("#entity-claims")).to_contain_text(CLAIM)
    expect(page.locator("#entity-mentions")).to_contain_text("Macron")

    speaker_in_panel(page, live_server, article)
    expect(page.locator("#panel .ann-fields")).to_contain_text("Emmanuel Macron")
    page.locator("#panel").get_by_role("link", name="Emmanuel Macron").click()
    page.get_by_role("button", name="Undo merge of E. Macron").click()

    expect(page.get_by_role("status")).to_contain_text("E. Macron is its own entity again.")
    expect(page.get_by_role("heading", level=1)).to_have_text("E. Macron")
    expect(page.locator("#entity-quotes")).to_contain_text(QUOTE)
    expect(page.locator("#entity-claims")).to_contain_text(CLAIM)
    speaker_in_panel(page, live_server, article)
    expect(page.locator("#panel .ann-fields")).to_contain_text("E. Macron")
    expect(page.locator("#panel .ann-fields")).not_to_contain_text("Emmanuel Macron")
    assert refused == []
