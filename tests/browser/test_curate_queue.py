"""A curator works through the review queue with the keyboard, as a person would."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from annotations.models import Annotation, AnnotationEvent
from tests.browser.conftest import sign_in
from tests.browser.test_csp import violations  # noqa: F401 (a fixture)
from tests.factories import make_annotation, make_article

pytestmark = pytest.mark.django_db(transaction=True)

FIRST = "More than two dozen countries have pledged"
SECOND = "We have today 26 countries who have formally committed"
THIRD = "the American contribution remains unclear"


def current(page: Page):
    return page.locator("#queue .queue-row.is-current")


def test_a_curator_works_through_the_queue_with_the_keyboard(
    live_server, page: Page, annotator, fellow, curator
):
    article = make_article()
    first = make_annotation(article, annotator, FIRST)
    second = make_annotation(article, fellow, SECOND, kind="quote")
    third = make_annotation(article, annotator, THIRD)

    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}/curate/")
    expect(page.locator("#queue-count")).to_have_text("3 proposed annotations.")
    expect(current(page)).to_have_id(f"q-{first.pk}")

    # j and k move between rows.
    page.keyboard.press("j")
    expect(current(page)).to_have_id(f"q-{second.pk}")
    page.keyboard.press("k")
    expect(current(page)).to_have_id(f"q-{first.pk}")

    # a accepts the current row, and the next one open becomes current.
    page.keyboard.press("a")
    expect(page.locator(f"#q-{first.pk}")).to_contain_text("Accepted.")
    expect(current(page)).to_have_id(f"q-{second.pk}")

    # r goes to the reason; Enter there rejects.
    page.keyboard.press("r")
    reason = page.locator(f"#reason-{second.pk}")
    expect(reason).to_be_focused()
    reason.fill("Paraphrase, not a quote.")
    page.keyboard.press("Enter")
    expect(page.locator(f"#q-{second.pk}")).to_contain_text("Rejected.")
    expect(current(page)).to_have_id(f"q-{third.pk}")

    statuses = dict(Annotation.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "accepted", second.pk: "rejected", third.pk: "proposed"}
    rejected = AnnotationEvent.objects.get(annotation=second, action="status")
    assert rejected.after["reason"] == "Paraphrase, not a quote."

    # o opens the current one in its article, where its panel shows.
    page.keyboard.press("o")
    expect(page).to_have_url(re.compile(rf"/articles/{article.slug}/\?annotation={third.pk}$"))
    expect(page.locator(f'#panel .ann-detail[data-annotation="{third.pk}"]')).to_be_visible()

    # Back in the queue, only the one left to review is listed.
    page.goto(f"{live_server.url}/curate/")
    expect(page.locator("#queue-count")).to_have_text("1 proposed annotation.")
    expect(current(page)).to_have_id(f"q-{third.pk}")


def test_e_opens_the_edit_form_of_the_current_row(live_server, page: Page, annotator, curator):
    article = make_article()
    claim = make_annotation(article, annotator, FIRST)
    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}/curate/")
    expect(current(page)).to_have_id(f"q-{claim.pk}")
    page.keyboard.press("e")
    expect(page).to_have_url(re.compile(rf"/annotations/{claim.pk}/edit/$"))
    expect(page.get_by_role("button", name="Save")).to_be_visible()


def test_the_queue_breaks_no_rule_of_the_policy(
    live_server,
    page: Page,
    violations,  # noqa: F811 (the fixture imported above)
    annotator,
    curator,
):
    article = make_article()
    claim = make_annotation(article, annotator, FIRST)
    make_annotation(article, annotator, SECOND, kind="quote")
    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}/curate/")
    page.get_by_label("Kind").select_option("quote")  # the filter form swaps the list
    expect(page.locator("#queue-count")).to_have_text("1 proposed annotation in this selection.")
    expect(page).to_have_url(re.compile(r"/curate/\?.*kind=quote"))
    page.get_by_label("Kind").select_option("")
    expect(page.locator("#queue-count")).to_have_text("2 proposed annotations.")
    # Keys are for the queue, not for the filter that has the focus: a click on a row first.
    page.locator(f"#q-{claim.pk} .queue-quote").click()
    page.keyboard.press("a")
    expect(page.locator(f"#q-{claim.pk}")).to_contain_text("Accepted.")
    assert violations == []
