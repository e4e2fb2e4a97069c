"""A reader opens the list, clicks the sample article and reads it."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

HEADLINE = "Coalition of Willing Commits to Ukraine Force if Peace Agreed"


@pytest.fixture
def demo(transactional_db):
    call_command("demo", stdout=StringIO())


def test_reader_opens_the_sample_article_from_the_list(demo, live_server, page):
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name=HEADLINE).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    figure = page.locator("figure.photo")
    expect(figure.locator(".caption")).to_contain_text(
        "European leaders and Ukrainian President Volodymyr Zelensky holding a summit"
    )
    expect(figure.locator(".credit")).to_have_text("president.gov.ua")
    paragraphs = page.locator(".document .paragraph")
    expect(paragraphs.first).to_contain_text("More than two dozen countries have pledged")
    assert paragraphs.count() > 20
    expect(page.locator(".document .subhead").first).to_have_text("‘First concrete step’")
    expect(page.locator(".document aside.inset")).to_contain_text("Related article:")


def test_reader_can_move_through_the_page_with_the_keyboard(demo, live_server, page):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    # Tab from the main landmark reaches the list's filters, then the first article link.
    page.keyboard.press("Tab")
    expect(page.get_by_label("Publication")).to_be_focused()
    headline = page.get_by_role("link", name=HEADLINE)
    for _ in range(12):
        if headline.evaluate("link => link === document.activeElement"):
            break
        page.keyboard.press("Tab")
    expect(headline).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)


def test_a_table_in_the_text_keeps_its_rows(live_server, page):
    # The cleaner keeps a table's rows as lines of one paragraph; the page shows each row
    # as a line of its own, not run together.
    rows = ["Marseille 10 13", "Genève 3 2", "Bruxelles 17 9"]
    article = make_article(
        body=[
            {"kind": "paragraph", "text": "Temperatures in the region this morning were mild."},
            {"kind": "paragraph", "text": "\n".join(rows)},
        ],
        photos=[],
    )
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    table = page.locator(".document .paragraph", has_text="Marseille")
    expect(table).to_be_visible()
    assert table.inner_text().split("\n") == rows
    prose = page.locator(".document .paragraph", has_text="Temperatures")
    assert "\n" not in prose.inner_text()
