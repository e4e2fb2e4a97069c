"""An editor puts a badly cleaned page right in the structure editor, and the fixes survive
re-cleaning from raw; annotations follow, or are kept as orphans with their quote."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation
from newsroom.models import Article
from tests.browser.conftest import sign_in
from tests.factories import make_annotation

pytestmark = pytest.mark.django_db(transaction=True)

# The OCR misread a letter of the headline, "Late Ferry Times" is no subhead, two
# paragraphs are printed as one, and the tide table is furniture.
RAW = """THE NORTHERN GAZETTE

Harbour Bridgc Opens

By Jane Doe

The bridge opened on Monday after six years of work. Crowds lined the quay
and cheered. The mayor cut the ribbon at noon.

Late Ferry Times

Merchants expect more trade across the harbour now that carts can cross it.
The ferry will stop running at the end of the month, its owners said.

Tides today: high water 6.12 a.m., low water 12.30 p.m.
"""
SPLIT_AFTER = "Merchants expect more trade across the harbour now that carts can cross it. "


def row(page, text: str):
    return page.locator(".ed-row").filter(has=page.locator("textarea", has_text=text))


def pending(page, count: int) -> None:
    expect(page.locator("#save-title")).to_have_text(f"{count} corrections not saved yet")


def test_four_fixes_survive_a_reclean_and_annotations_follow(live_server, page, curator):
    sign_in(page, live_server, curator.username)
    page.get_by_role("link", name="Add articles").click()
    page.get_by_label("Paste the raw text").fill(RAW)
    page.get_by_role("button", name="Save as draft and correct").click()
    page.wait_for_url(re.compile(r"/articles/[\w-]+/edit/$"))
    article = Article.objects.get()
    # Tagged by the curator: the new article is a draft, which only editors see.
    kept = make_annotation(article, curator, "Crowds lined the quay")
    lost = make_annotation(article, curator, "high water 6.12 a.m.")

    # 1. The headline: the misread letter right.
    headline = row(page, "Harbour Bridgc Opens").locator("textarea")
    headline.fill("Harbour Bridge Opens")
    # 2. The wrong subhead is a paragraph (choosing the kind applies at once).
    row(page, "Late Ferry Times").get_by_label(re.compile(r"^Block")).select_option("paragraph")
    pending(page, 2)
    # 3. The merged paragraph split at the caret, from the keyboard (Alt+Enter).
    merged = row(page, "Merchants expect").locator("textarea")
    merged.focus()
    merged.press("Control+Home")
    for _ in SPLIT_AFTER:
        merged.press("ArrowRight")
    merged.press("Alt+Enter")
    pending(page, 3)
    expect(row(page, "The ferry will stop running")).to_have_count(1)
    # The focus stays on the new block, so the keyboard goes on from there.
    expect(row(page, "The ferry will stop running").locator("textarea")).to_be_focused()
    # 4. The tide table is page furniture.
    row(page, "Tides today").get_by_role("button", name="Mark as furniture").click()
    pending(page, 4)

    page.get_by_placeholder("What you corrected").fill("letter, subhead, split, tides")
    page.get_by_role("button", name="Save as a new revision").click()
    page.wait_for_url(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator(".messages")).to_contain_text("Saved as revision 2 (4 corrections)")

    # Re-clean from raw in the admin.
    page.goto(f"{live_server.url}/admin/newsroom/article/")
    page.get_by_role("checkbox", name=re.compile("Select this object")).check()
    page.locator("select[name=action]").select_option("reclean")
    page.get_by_role("button", name="Go").click()
    # The cleaner's output with the four made again is what the editor saved.
    expect(page.locator(".messagelist")).to_contain_text(
        "unchanged (revision 2). 4 corrections re-applied."
    )

    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    text = page.locator("#annotatable")
    expect(text.locator("h1")).to_have_text("Harbour Bridge Opens")
    expect(text.locator("p", has_text="Late Ferry Times")).to_have_count(1)
    expect(text.locator("h2", has_text="Late Ferry Times")).to_have_count(0)
    expect(text.locator("p", has_text=SPLIT_AFTER.strip())).to_have_text(SPLIT_AFTER.strip())
    expect(text).not_to_contain_text("Tides today")

    kept.refresh_from_db()
    article.refresh_from_db()
    assert article.text[kept.start : kept.end] == "Crowds lined the quay"
    expect(text.locator("mark.hl", has_text="Crowds lined the quay")).to_have_count(1)
    lost.refresh_from_db()
    assert (lost.start, lost.end, lost.exact) == (None, None, "high water 6.12 a.m.")
    assert Annotation.objects.count() == 2

    # Its author finds it among the orphans, quote kept.
    expect(page.locator(".ann-orphans")).to_contain_text("high water 6.12 a.m.")
