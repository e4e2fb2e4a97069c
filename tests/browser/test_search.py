"""A reader searches from the header, sees the words marked, and narrows by publication."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_csp import violations  # noqa: F401 (a fixture)
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def body(text: str) -> list[dict]:
    return [{"kind": "paragraph", "text": text}]


def test_search_from_the_header_and_filter_by_publication(
    live_server,
    page: Page,
    violations,  # noqa: F811 (the fixture imported above)
):
    make_article(headline="Zeppelin over Moscow", body=body("A <b>zeppelin</b> was seen."))
    make_article(
        headline="Airship news", publication="Le Monde", body=body("Un zeppelin à Zürich.")
    )
    make_article(headline="Harbour reopens", body=body("Nothing flew."))

    page.goto(f"{live_server.url}/articles/")
    box = page.get_by_role("searchbox", name="Search articles and annotations")
    box.fill("zeppelin")
    box.press("Enter")

    hits = page.locator("#search-results .search-hit")
    expect(hits).to_have_count(2)
    # The headline match first, the word marked; the body's markup shown as text.
    expect(hits.first.get_by_role("heading")).to_have_text("Zeppelin over Moscow")
    expect(hits.first.locator("mark").first).to_have_text("Zeppelin")
    expect(hits.first.locator(".snippet")).to_contain_text("<b>")
    expect(page.get_by_role("searchbox", name="Search for")).to_have_value("zeppelin")

    # Choosing a publication narrows the results in place (htmx), and the address follows.
    page.get_by_label("Publication").select_option(label="Le Monde")
    expect(hits).to_have_count(1)
    expect(hits.first.get_by_role("heading")).to_have_text("Airship news")
    expect(page).to_have_url(re.compile(r"/search/\?q=zeppelin&.*publication=le-monde"))

    # Typing narrows too: accents need not be typed.
    page.get_by_role("searchbox", name="Search for").fill("zurich")
    expect(hits).to_have_count(1)
    expect(page.locator("#search-results .count").first).to_have_text("1")
    assert violations == []
