"""A curator adds an article through the page, then checks what the cleaner changed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from newsroom.models import Article
from tests.browser.conftest import sign_in
from tests.newsroom.bad_input import HEADLINE, SAMPLE

pytestmark = pytest.mark.django_db(transaction=True)


def test_curator_pastes_previews_saves_and_checks_the_original(live_server, page, curator):
    sign_in(page, live_server, curator.username)
    page.get_by_role("link", name="Add articles").click()
    page.get_by_label("Paste the raw text").fill(SAMPLE.read_text())
    page.get_by_role("button", name="Preview").click()

    preview = page.locator(".preview")
    expect(preview.locator(".preview-headline")).to_contain_text(HEADLINE)
    expect(preview.locator(".preview-figure")).to_contain_text("president.gov.ua")
    expect(preview.locator(".preview-subhead").first).to_contain_text("‘First concrete step’")
    expect(preview.locator(".preview-counts")).to_contain_text("changes")
    assert not Article.objects.exists()

    page.get_by_role("button", name="Save as draft", exact=True).click()
    page.wait_for_url(re.compile(r"/articles/[\w-]+/$"))
    article = Article.objects.get()
    assert page.url == f"{live_server.url}{article.get_absolute_url()}"
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    expect(page.locator(".messages")).to_contain_text("saved as a draft")

    page.get_by_role("link", name="Original OCR text and what the cleaner changed").click()
    expect(page.locator("#L5 del")).to_contain_text("Moscow Times")
    expect(page.locator(".cmp-figure .moved-caption")).to_have_text("moved into a caption")
    expect(page.locator(".cmp-inset .moved-inset")).to_have_text("moved into an inset")
    expect(page.locator("#L12 mark.chg-quotes").first).to_have_text('"')
    expect(page.locator(".cmp-figure .cb-caption mark.chg-quotes").first).to_have_text("“")

    # The legend is a way in from the keyboard: its link leads to the first quote repair.
    quotes = page.locator(".legend").get_by_role("link", name="Quotes")
    quotes.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}{article.get_absolute_url()}original/#L12")
    expect(page.locator("#L12")).to_be_focused()


def test_curator_uploads_files_and_gets_a_report_per_file(live_server, page, curator, tmp_path):
    good, empty = tmp_path / "sample.txt", tmp_path / "empty.txt"
    good.write_bytes(SAMPLE.read_bytes())
    empty.write_bytes(b"  \n")
    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}/ingest/")
    page.get_by_label("Choose text files").set_input_files([good, empty])
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".preview-failed")).to_contain_text("The text is empty.")
    expect(page.locator(".preview-tally")).to_contain_text("1 ready to save")

    page.get_by_role("button", name="Save and publish").click()
    expect(page.locator(".results")).to_contain_text("1 created, 0 already there, 1 failed.")
    page.locator(".result-created").get_by_role("link", name=HEADLINE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    assert Article.objects.get().status == Article.Status.PUBLISHED


def test_the_original_page_stacks_its_columns_on_a_phone(live_server, browser, curator):
    from newsroom.ingest import ingest_text

    article = ingest_text(SAMPLE.read_text(), status=Article.Status.PUBLISHED).article
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}{article.get_absolute_url()}original/")
    row = page.locator(".cmp-paragraph").first
    raw, clean = row.locator(".cmp-raw").bounding_box(), row.locator(".cmp-clean").bounding_box()
    assert clean["y"] >= raw["y"] + raw["height"] - 1
    assert raw["width"] > 300
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_a_paste_too_big_for_the_server_gets_the_size_message_in_the_page(
    live_server, page, curator, settings
):
    # Limits made small so the browser pastes 3 MB, not 26: past the product's limit and
    # past what Django reads of a form, which refuses it before any view runs.
    settings.NEWSROOM_MAX_RAW_BYTES = 1024 * 1024
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}/ingest/")
    page.get_by_label("Paste the raw text").evaluate(
        "area => { area.value = ('A line of words in an enormous paste. '.repeat(26) + '\\n')"
        ".repeat(3200); }"
    )
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#ingest-result .ingest-errors")).to_have_text(
        "The text is larger than 1 MB; split it into articles. Nothing was saved."
    )
    assert page.url == f"{live_server.url}/ingest/"  # swapped in, not a page of its own
    assert not Article.objects.exists()
