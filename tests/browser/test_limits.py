"""An annotator over the write limit is told, beside the article, that nothing was saved
and how long to wait."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import sign_in
from tests.browser.test_annotate import drag_select
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "We have today 26 countries who have formally committed"


def test_a_refused_save_says_why_and_how_long_to_wait(live_server, page, annotator, settings):
    story = make_article()
    settings.NEWSROOM_WRITE_LIMIT_ACCOUNT = (1, 60)  # the tag form's request is the one write
    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    paragraph = page.locator(".paragraph", has_text=QUOTE)
    drag_select(page, paragraph, QUOTE)
    page.get_by_role("toolbar", name="Tag the selection").get_by_role(
        "button", name="Claim"
    ).click()
    page.locator("#tag-form").get_by_role("button", name="Save").click()
    alert = page.locator("#panel .panel-error")
    expect(alert).to_contain_text("Too many changes at once")
    expect(alert).to_contain_text("Nothing was saved; try again in")
    expect(paragraph.locator("mark.hl")).to_have_count(0)
