"""Two annotators on one article: what one tags appears on the other's page without a
reload, without taking away their caret, and not while they are selecting."""

from __future__ import annotations

import contextlib
import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from annotations import writes
from tests.browser.conftest import sign_in
from tests.factories import make_annotation, make_article

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "We have today 26 countries who have formally committed"


@pytest.fixture
def story(transactional_db):
    return make_article(headline="Coalition of Willing Commits to Ukraine Force if Peace Agreed")


@pytest.fixture(autouse=True)
def quick_polls(settings):
    settings.ANNOTATION_LIVE_SECONDS = 1


def caret_offset(page: Page):
    """Where the caret is in the document text, or None when the article has no focus."""
    return page.evaluate(
        """() => {
          const root = document.getElementById("annotatable");
          const s = getSelection();
          if (document.activeElement !== root || !s.rangeCount || !s.isCollapsed) return null;
          const block = s.focusNode.parentElement.closest("[data-start]");
          const range = document.createRange();
          range.setStart(block, 0);
          range.setEnd(s.focusNode, s.focusOffset);
          return Number(block.dataset.start) + range.toString().length;
        }"""
    )


def test_a_colleagues_tags_appear_live(live_server, page, story, annotator, fellow):
    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    paragraph = page.locator(".paragraph", has_text=QUOTE)
    # A keyboard reader's caret sits in the paragraph a colleague is about to tag.
    paragraph.get_by_text("told reporters", exact=False).click()
    expect(page.locator("#annotatable")).to_be_focused()
    before = caret_offset(page)
    assert before is not None

    theirs = make_annotation(story, fellow, QUOTE, kind="quote")
    expect(paragraph.locator("mark.hl-quote")).to_have_text(QUOTE)
    notice = page.get_by_role("status").filter(has_text="Updated")
    expect(notice).to_have_text("Updated: 1 annotation changed by ben.")  # announced, too
    expect(page.locator(".ann-item")).to_have_count(1)
    assert caret_offset(page) == before  # the block was replaced under the caret

    # Their deletion arrives the same way.
    writes.annotation_delete(annotation_id=theirs.pk, user=fellow, version=theirs.version)
    expect(paragraph.locator("mark.hl")).to_have_count(0)
    expect(page.locator(".ann-item")).to_have_count(0)


def test_polls_wait_while_the_reader_selects(live_server, page, story, annotator):
    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    assert page.evaluate("liveReady()") is True
    page.locator(".paragraph", has_text=QUOTE).dblclick()
    expect(page.get_by_role("toolbar", name="Tag the selection")).to_be_visible()
    assert page.evaluate("liveReady()") is False
    assert next_poll_cancelled(page) is True
    page.keyboard.press("Escape")
    expect(page.get_by_role("toolbar", name="Tag the selection")).to_be_hidden()
    page.evaluate("getSelection().removeAllRanges()")
    assert page.evaluate("liveReady()") is True
    assert next_poll_cancelled(page) is False


def next_poll_cancelled(page) -> bool:
    """Waits for the page's next poll and says whether the script cancelled it."""
    return page.evaluate(
        """() => new Promise(resolve => document.addEventListener("htmx:beforeRequest",
            event => { if (event.target.id === "live") resolve(event.defaultPrevented); }))"""
    )


def test_a_signed_out_page_stops_polling_and_says_so(live_server, page, story, annotator):
    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    page.context.clear_cookies()  # signed out elsewhere: the next poll is refused
    expect(page.locator("#live-notice")).to_have_text(
        "Live updates stopped: you were signed out. Reload the page."
    )
    expect(page.locator("#live")).to_have_count(0)


def test_a_poll_on_its_way_when_a_filter_is_applied_is_given_up(
    live_server, page, story, annotator, fellow
):
    """Asked with the old filters, its answer would bring back what the filter hides: the
    filter's request replaces it (the two share the filters' hx-sync)."""
    make_annotation(story, fellow, QUOTE, kind="quote")  # a change the polls report
    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    quote = page.locator("#document mark.hl-quote")
    expect(quote).to_have_count(1)

    held = []  # every poll is held, so that one is on its way when the filter changes

    def hold(route):
        held.append(route)

    polls = re.compile(r"/live/?\?")
    page.route(polls, hold)
    with page.expect_request(lambda request: "/live" in request.url) as asked:
        pass
    poll = asked.value
    assert "mine" not in poll.url
    with page.expect_event("requestfailed", lambda request: request == poll):
        page.get_by_label("Only mine").check()
    expect(quote).to_have_count(0)
    expect(page).to_have_url(re.compile(r"[?&]mine=1"))
    for route in held:  # the browser gave the poll up; letting it go changes nothing
        with contextlib.suppress(PlaywrightError):
            route.continue_()
    page.unroute(polls)
