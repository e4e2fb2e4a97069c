"""Annotators select text like people do — a mouse drag, a double-click, the keyboard — tag
it, and see the highlights; others see them too and may change only what they may."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import select_first_paragraph_words, sign_in
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "We have today 26 countries who have formally committed"


@pytest.fixture
def story(transactional_db):
    return make_article(headline="Coalition of Willing Commits to Ukraine Force if Peace Agreed")


def phrase_box(block: Locator, phrase: str) -> dict:
    """Where a phrase is on screen (read from the layout; the selection is made by the mouse)."""
    block.scroll_into_view_if_needed()
    return block.evaluate(
        """(block, phrase) => {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          const nodes = []; let text = "";
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            nodes.push([n, text.length]); text += n.data;
          }
          const at = (k) => {
            for (let i = nodes.length - 1; i >= 0; i--) {
              if (nodes[i][1] <= k) return [nodes[i][0], k - nodes[i][1]];
            }
          };
          const i = text.indexOf(phrase);
          const range = document.createRange();
          range.setStart(...at(i));
          range.setEnd(...at(i + phrase.length));
          const rects = range.getClientRects();
          const first = rects[0], last = rects[rects.length - 1];
          return {x1: first.left + 1, y1: first.top + first.height / 2,
                  x2: last.right - 1, y2: last.top + last.height / 2};
        }""",
        phrase,
    )


def drag_select(page: Page, block: Locator, phrase: str) -> None:
    box = phrase_box(block, phrase)
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move((box["x1"] + box["x2"]) / 2, box["y2"], steps=4)
    page.mouse.move(box["x2"], box["y2"], steps=4)
    page.mouse.up()


def open_article(page: Page, live_server, article) -> None:
    page.goto(f"{live_server.url}{article.get_absolute_url()}")


def create_new_entity(page: Page, field: str, name: str, kind: str | None = None) -> None:
    picker = page.locator(f"#picker-{field}")
    picker.get_by_text(re.compile("^Create a new")).click()
    expect(picker.get_by_label("Name")).to_be_focused()
    picker.get_by_label("Name").fill(name)
    if kind:
        picker.get_by_label("Kind").select_option(label=kind)
    picker.get_by_role("button", name="Create and choose").click()
    expect(picker.locator(".entity-chip")).to_contain_text(name)


def test_mouse_tagging_overlaps_and_who_may_delete(
    live_server, browser, page, story, annotator, fellow, curator
):
    sign_in(page, live_server, annotator.username)
    open_article(page, live_server, story)
    paragraph = page.locator(".paragraph", has_text=QUOTE)

    # A quote, with a speaker created on the spot.
    drag_select(page, paragraph, QUOTE)
    toolbar = page.get_by_role("toolbar", name="Tag the selection")
    expect(toolbar).to_be_visible()
    toolbar.get_by_role("button", name="Quote").click()
    form = page.locator("#tag-form")
    expect(form.locator(".ann-quote")).to_have_text(QUOTE)
    form.get_by_role("searchbox", name="Speaker").fill("Macron")
    expect(form.get_by_text("No speaker matches “Macron”")).to_be_visible()
    create_new_entity(page, "speaker", "Emmanuel Macron", "Person")
    form.get_by_label("Cue").fill("told reporters")
    form.get_by_role("button", name="Save").click()
    expect(page.locator("#panel")).to_contain_text("Saved.")
    quote_mark = paragraph.locator("mark.hl-quote")
    expect(quote_mark).to_have_text(QUOTE)

    # An entity inside it: the two layer.
    drag_select(page, paragraph, "26 countries")
    expect(toolbar).to_be_visible()
    page.keyboard.press("e")
    expect(form.get_by_role("searchbox", name="Entity")).to_have_value("26 countries")
    create_new_entity(page, "entity", "Coalition of the willing", "Other")
    form.get_by_role("button", name="Save").click()
    expect(page.locator("#panel")).to_contain_text("Saved.")
    expect(paragraph.locator("mark[data-depth='2']")).to_have_text("26 countries")

    page.reload()
    expect(paragraph.locator("mark.hl-entity")).to_have_text("26 countries")
    expect(page.locator(".ann-item")).to_have_count(2)

    # Another annotator sees both, is offered no delete, and a forged delete is refused.
    other = browser.new_context(viewport={"width": 1280, "height": 900})
    ben = other.new_page()
    sign_in(ben, live_server, fellow.username)
    open_article(ben, live_server, story)
    expect(ben.locator(".ann-item")).to_have_count(2)
    ben.locator(".ann-item.kind-quote a").click()
    expect(ben.locator("#panel")).to_contain_text("Emmanuel Macron")
    expect(ben.locator("#panel").get_by_role("button", name="Delete")).to_have_count(0)
    status = ben.evaluate(
        """async () => {
          const id = document.querySelector("#panel [data-annotation]").dataset.annotation;
          const token = JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRFToken"];
          const response = await fetch(`/annotations/${id}/delete/`, {
            method: "POST", headers: {"X-CSRFToken": token, "HX-Request": "true"},
            body: new URLSearchParams({version: "1"}),
          });
          return response.status;
        }"""
    )
    assert status == 403
    ben.reload()
    expect(ben.locator(".ann-item")).to_have_count(2)
    other.close()

    # A curator can.
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, live_server, curator.username)
    open_article(page, live_server, story)
    page.locator(".ann-item.kind-quote a").click()
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#panel").get_by_role("button", name="Delete").click()
    expect(page.locator("#panel")).to_contain_text("Annotation deleted")
    expect(paragraph.locator("mark.hl-quote")).to_have_count(0)
    expect(paragraph.locator("mark.hl-entity")).to_have_text("26 countries")
    expect(page.locator(".ann-item")).to_have_count(1)


def test_a_search_typed_before_the_form_is_wired_up_still_runs(live_server, page, story, annotator):
    """A fast typist may fill the picker while htmx is still settling the new form."""
    sign_in(page, live_server, annotator.username)
    open_article(page, live_server, story)
    # Widen the window between the form landing in the page and htmx wiring it up.
    page.evaluate("() => { htmx.config.defaultSettleDelay = 1500; }")
    paragraph = page.locator(".paragraph", has_text=QUOTE)
    drag_select(page, paragraph, QUOTE)
    page.get_by_role("toolbar", name="Tag the selection").get_by_role(
        "button", name="Quote"
    ).click()
    search = page.locator("#tag-form").get_by_role("searchbox", name="Speaker")
    search.fill("Macron")
    # Typed inside that window: htmx still marks the new content as just added.
    assert page.locator("#panel > .htmx-added").count() > 0
    expect(page.locator("#picker-speaker-results")).to_contain_text("No speaker matches “Macron”")


def test_a_word_in_a_caption_is_tagged_by_double_click(live_server, page, story, annotator):
    sign_in(page, live_server, annotator.username)
    open_article(page, live_server, story)
    caption = page.locator(".photo .caption")
    box = phrase_box(caption, "Paris")
    page.mouse.dblclick((box["x1"] + box["x2"]) / 2, box["y1"])
    page.get_by_role("toolbar", name="Tag the selection").get_by_role(
        "button", name="Entity"
    ).click()
    form = page.locator("#tag-form")
    expect(form.locator(".ann-quote")).to_have_text("Paris")
    create_new_entity(page, "entity", "Paris", "Place")
    form.get_by_role("button", name="Save").click()
    expect(caption.locator("mark.hl-entity")).to_have_text("Paris")
    caption.locator("mark.hl-entity").hover()
    expect(page.locator("#hl-tip")).to_contain_text("Entity: Paris (Place)")
    expect(page.locator("#hl-tip")).to_contain_text("tagged by ana")


def test_changing_the_kind_sends_the_new_kinds_fields_only(live_server, page, story, curator):
    # A curator: only curators give a claim its verdict here.
    sign_in(page, live_server, curator.username)
    open_article(page, live_server, story)
    paragraph = page.locator(".paragraph", has_text=QUOTE)
    drag_select(page, paragraph, "26 countries")
    page.get_by_role("toolbar", name="Tag the selection").get_by_role(
        "button", name="Claim"
    ).click()
    form = page.locator("#tag-form")
    form.get_by_label("Verdict", exact=True).select_option(label="False")
    form.get_by_role("radio", name="Entity").check()  # the claim's verdict is not sent
    create_new_entity(page, "entity", "Coalition of the willing", "Other")
    form.get_by_role("button", name="Save").click()
    expect(page.locator("#panel")).to_contain_text("Saved.")
    expect(paragraph.locator("mark.hl-entity")).to_have_text("26 countries")


def test_a_claim_is_tagged_with_the_keyboard_alone(live_server, page, story, curator):
    # A curator, who gives the verdict with the tag.
    sign_in(page, live_server, curator.username)
    open_article(page, live_server, story)
    document = page.locator("#annotatable")
    for _ in range(25):
        page.keyboard.press("Tab")
        if document.evaluate("el => el === document.activeElement"):
            break
    expect(document).to_be_focused()
    # Down to the first paragraph, then Shift+Ctrl+Right word by word.
    select_first_paragraph_words(page)
    expect(page.get_by_role("toolbar", name="Tag the selection")).to_be_visible()
    page.keyboard.press("x")  # typing must not change the article
    page.keyboard.press("c")
    form = page.locator("#tag-form")
    expect(form.locator(".ann-quote")).to_have_text("More than two dozen")
    expect(form.get_by_role("searchbox", name="Claimant")).to_be_focused()
    while not form.get_by_label("Verdict", exact=True).evaluate(
        "el => el === document.activeElement"
    ):
        page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # Unreviewed -> Checking
    page.keyboard.press("ArrowDown")  # -> True
    page.keyboard.press("Tab")
    page.keyboard.type("Twenty-six, says Macron.")
    while not form.get_by_role("button", name="Save").evaluate(
        "el => el === document.activeElement"
    ):
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    paragraph = page.locator(".paragraph").first
    expect(paragraph.locator("mark.hl-claim")).to_have_text("More than two dozen")
    expect(page.locator("#panel")).to_contain_text("Twenty-six, says Macron.")
    expect(page.locator("#panel .verdict")).to_have_text("True")
    expect(paragraph).to_contain_text("More than two dozen countries have pledged")

    # Focus moved to the saved annotation; Escape returns to the text, and Enter on the
    # highlight opens it again.
    expect(page.locator("#panel-title")).to_be_focused()
    page.keyboard.press("Escape")
    expect(document).to_be_focused()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Enter")
    expect(page.locator("#panel .ann-detail")).to_contain_text("Twenty-six, says Macron.")
