"""A curator assigns an article; the annotator finds it in My articles, tags it, sees
their progress and marks it done; the curator sees it done."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from annotations.models import Annotation, Assignment
from tests.browser.conftest import sign_in
from tests.browser.test_annotate import drag_select
from tests.browser.test_csp import violations  # noqa: F401 (a fixture)
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

CLAIM = "More than two dozen countries have pledged"


def test_an_assignment_from_curator_to_annotator_and_back(
    live_server,
    browser,
    page: Page,
    violations,  # noqa: F811 (the fixture imported above)
    annotator,
    curator,
):
    article = make_article(headline="Coalition of Willing Commits to Ukraine Force")
    make_article(headline="Another story nobody is given")

    # The curator ticks the article and the annotator, and assigns.
    sign_in(page, live_server, curator.username)
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Assignments").click()
    expect(page.locator("#assign-count")).to_have_text("2 articles.")
    page.get_by_label("Only articles nobody has").check()  # the filter swaps the list
    expect(page).to_have_url(re.compile(r"/curate/assignments/\?.*unassigned=on"))
    page.get_by_label(article.headline).check()
    page.locator("#assign-form").get_by_label("ana").check()
    page.get_by_label("Note for the annotators").fill("Claims first, please.")
    page.get_by_role("button", name="Assign", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("1 assignment made.")
    # Back on the same selection: the article is no longer unassigned.
    expect(page).to_have_url(re.compile(r"unassigned=on"))
    expect(page.locator(f"#article-{article.pk}")).to_have_count(0)
    assignment = Assignment.objects.get()
    assert (assignment.article, assignment.annotator) == (article, annotator)

    # The annotator finds it in My articles, not started yet.
    other = browser.new_context(viewport={"width": 390, "height": 844})
    ana = other.new_page()
    sign_in(ana, live_server, annotator.username)
    ana.get_by_role("navigation", name="Site").get_by_role("link", name="My articles").click()
    row = ana.locator(f"#assignment-{assignment.pk}")
    expect(row.locator(".assign-status")).to_have_text("Assigned")
    expect(row).to_contain_text("Claims first, please.")
    expect(row.locator(".my-kinds")).to_have_text("no annotations yet")
    # A phone's width: nothing runs off the side.
    assert ana.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    # Opens it and tags a claim.
    row.get_by_role("link", name=article.headline).click()
    paragraph = ana.locator(".paragraph", has_text=CLAIM)
    drag_select(ana, paragraph, CLAIM)
    ana.get_by_role("toolbar", name="Tag the selection").get_by_role("button", name="Claim").click()
    ana.locator("#tag-form").get_by_role("button", name="Save").click()
    expect(ana.locator("#panel")).to_contain_text("Saved.")
    assert Annotation.objects.filter(article=article, author=annotator).count() == 1

    # Back in My articles: in progress, with the claim counted.
    ana.go_back()
    ana.reload()
    row = ana.locator(f"#assignment-{assignment.pk}")
    expect(row.locator(".assign-status")).to_have_text("In progress")
    expect(row.locator(".my-kinds")).to_have_text("1 claim")
    expect(row.locator(".my-review")).to_have_text("1 proposed · 0 accepted · 0 rejected")

    # Marks it done: the row is swapped in place, the focus on its new button.
    row.get_by_role("button", name="Mark done").click()
    expect(row.locator(".assign-status")).to_have_text("Done")
    expect(row.get_by_role("status")).to_have_text("Marked done.")
    expect(row.get_by_role("button", name="Reopen")).to_be_focused()
    assignment.refresh_from_db()
    assert assignment.done
    other.close()

    # The curator sees it done, with the annotator's progress.
    page.goto(f"{live_server.url}/curate/assignments/")
    assignee = page.locator(f"#assignment-{assignment.pk}")
    expect(assignee.locator(".assign-status")).to_have_text("Done")
    expect(assignee.locator(".assignee-counts")).to_contain_text("1 claim · 1 proposed")
    expect(page.locator(f"#article-{article.pk}")).to_contain_text("1 proposed awaiting review")
    assert violations == []
