"""The pages work under the Content-Security-Policy: the browser reports no violation while
a person annotates, adds an article and uses the admin."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from newsroom.models import Article
from tests.browser.conftest import sign_in
from tests.browser.test_annotate import drag_select
from tests.browser.test_ingest import HEADLINE, SAMPLE
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "We have today 26 countries who have formally committed"
LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportViolation(`${location.pathname}: ${event.effectiveDirective} blocked `
    + `${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
});
// htmx refusing to eval a filter or expression the policy would block.
document.addEventListener("htmx:evalDisallowedError", (event) => {
  window.reportViolation(`${location.pathname}: htmx eval disallowed on #${event.target.id}`);
});
"""


@pytest.fixture
def violations(page: Page) -> list[str]:
    """What the browser refused under the policy: the page's events and console reports."""
    found: list[str] = []
    page.expose_function("reportViolation", lambda text: found.append(text))  # kept across pages
    page.add_init_script(LISTEN)
    page.on(
        "console",
        lambda message: (
            found.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return found


def test_annotating_breaks_no_rule_of_the_policy(live_server, page, violations, annotator):
    story = make_article()
    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    assert page.evaluate("htmx.config.allowEval") is False
    paragraph = page.locator(".paragraph", has_text=QUOTE)
    drag_select(page, paragraph, QUOTE)
    page.get_by_role("toolbar", name="Tag the selection").get_by_role(
        "button", name="Quote"
    ).click()
    form = page.locator("#tag-form")
    form.get_by_role("searchbox", name="Speaker").fill("Macron")
    expect(form.get_by_text("No speaker matches “Macron”")).to_be_visible()
    form.get_by_role("button", name="Save").click()
    expect(page.locator("#panel")).to_contain_text("Saved.")
    expect(paragraph.locator("mark.hl-quote")).to_have_text(QUOTE)
    page.locator("#tag-toolbar").evaluate("toolbar => toolbar.hidden")  # positioned by script
    live = "new Promise(r => document.addEventListener('htmx:afterRequest', r, {once: true}))"
    page.evaluate(live)  # a live poll went out (its trigger needs no eval)
    assert violations == []


def test_adding_an_article_and_the_admin_break_no_rule(live_server, page, violations, curator):
    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}/ingest/")
    page.get_by_label("Paste the raw text").fill(SAMPLE.read_text())
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".preview .preview-headline")).to_contain_text(HEADLINE, timeout=60_000)
    page.get_by_role("button", name="Save as draft", exact=True).click()
    page.wait_for_url(re.compile(r"/articles/[\w-]+/$"))
    article = Article.objects.get()

    page.goto(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    page.goto(f"{live_server.url}/admin/newsroom/article/")
    expect(page.locator("#result_list")).to_contain_text(HEADLINE)
    page.goto(f"{live_server.url}/admin/newsroom/article/{article.pk}/change/")
    expect(page.locator("#content-main form")).to_be_visible()
    expect(page.locator("pre.raw-text")).to_have_css("max-height", "480px")
    page.goto(f"{live_server.url}/admin/newsroom/page/{article.page_id}/change/")
    expect(page.locator("pre.raw-text")).to_have_css("white-space", "pre-wrap")
    page.goto(f"{live_server.url}/admin/annotations/entity/add/")
    expect(page.locator("#content-main form")).to_be_visible()
    assert violations == []
