"""A curator previews a pasted page of two stories, merges them, splits them again at
another line, saves, and finds the two articles."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from newsroom.models import Article
from tests.browser.conftest import sign_in
from tests.newsroom.pages import FIRST, SECOND, SECOND_STARTS, finding_stories, two_stories

pytestmark = pytest.mark.django_db(transaction=True)


def test_curator_merges_two_stories_splits_them_elsewhere_and_saves(
    live_server, page, curator, monkeypatch
):
    finding_stories(monkeypatch, SECOND_STARTS)  # the cleaner finds both stories
    sign_in(page, live_server, curator.username)
    page.get_by_role("link", name="Add articles").click()
    page.get_by_label("Paste the raw text").fill(two_stories())
    page.get_by_role("button", name="Preview").click()

    stories = page.locator("section.story")
    expect(stories).to_have_count(2)
    expect(stories.nth(0).locator(".preview-headline")).to_contain_text(FIRST)
    expect(stories.nth(1).locator(".preview-headline")).to_contain_text(SECOND)
    expect(stories.nth(1).locator(".story-lines")).to_have_text("lines 18–27")

    page.get_by_role("button", name="Merge with next story").click()
    expect(stories).to_have_count(1)
    expect(page.locator(".story-lines")).to_have_text("lines 1–27")

    # From the keyboard: type the line, then press the button with Enter.
    page.get_by_role("spinbutton", name="Start a new story at line").fill("12")
    page.get_by_role("button", name="Split here").focus()
    page.keyboard.press("Enter")
    expect(stories).to_have_count(2)
    expect(stories.nth(1).locator(".story-lines")).to_have_text("lines 12–27")

    # One line later, with the button for it; the focus stays on that button.
    later = page.get_by_role("button", name="Start story 2 one line later, at line 13")
    later.click()
    expect(stories.nth(1).locator(".story-lines")).to_have_text("lines 13–27")
    expect(page.locator("#down-2")).to_be_focused()
    assert not Article.objects.exists()

    page.get_by_role("button", name="Save as draft", exact=True).click()
    results = page.locator(".results")
    expect(results).to_contain_text("2 stories, 2 articles")
    first, second = Article.objects.order_by("line_start")
    assert first.page == second.page
    assert (first.line_end, second.line_start) == (12, 13)
    assert first.headline == FIRST
    assert first.page.story_starts == [13]

    results.get_by_role("link", name=second.headline).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(second.headline)
    page.get_by_role("link", name="Original OCR text and what the cleaner changed").click()
    expect(page.locator(".page-stories")).to_contain_text("story 2 of 2")
    expect(page.locator("#L13")).to_be_visible()
    expect(page.locator("#L1")).to_have_count(0)
