"""A reader changes what the article shows: highlights off and on, a status, only their own,
and the calm display that keeps five hundred tags readable."""

from __future__ import annotations

import contextlib
import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from annotations.highlights import key_of
from annotations.writes import annotation_set_status
from tests.browser.conftest import select_first_paragraph_words, sign_in
from tests.factories import bulk_annotations, make_annotation, make_article

pytestmark = pytest.mark.django_db(transaction=True)

CLAIM = "26 countries who have formally committed"
QUOTE = "First concrete step"
ENTITY = "Macron"


def marked(page: Page, annotation):
    return page.locator(f'#document mark[data-annotations~="{key_of(annotation.pk)}"]')


def listed(page: Page, annotation):
    return page.locator(f"#annotation-list #ann-{key_of(annotation.pk)}")


def expect_shown(page: Page, annotation, shown: bool, *, highlighted: bool | None = None):
    """Listed in the sidebar if ``shown``; highlighted in the text likewise, unless said."""
    marks = marked(page, annotation)
    if shown if highlighted is None else highlighted:
        expect(marks.first).to_be_visible()
    else:
        expect(marks).to_have_count(0)
    expect(listed(page, annotation)).to_have_count(1 if shown else 0)


def test_a_reader_turns_highlights_off_and_picks_a_status_and_their_own(
    live_server, page, annotator, fellow, curator
):
    article = make_article()
    claim = make_annotation(article, annotator, CLAIM)  # ana's, proposed
    quote = make_annotation(article, fellow, QUOTE, kind="quote")
    entity = make_annotation(article, fellow, ENTITY, kind="entity")
    annotation_set_status(annotation_id=quote.pk, user=curator, status="accepted")
    annotation_set_status(annotation_id=entity.pk, user=curator, status="rejected")

    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    # Rejected tags are hidden until asked for.
    expect_shown(page, claim, True)
    expect_shown(page, quote, True)
    expect_shown(page, entity, False)
    expect(page.locator(".ann-shown")).to_have_text("Showing 2 of 3 (rejected ones hidden).")

    highlights = page.get_by_label("Highlights")
    highlights.select_option(label="Off")
    expect(page.locator("#document mark")).to_have_count(0)
    expect_shown(page, claim, True, highlighted=False)  # still listed
    expect(page).to_have_url(re.compile(r"[?&]marks=off"))  # a link to this view
    highlights.select_option(label="Tinted")
    expect_shown(page, claim, True)
    expect(page.locator("#marks")).to_have_class("marks marks-tint")

    page.get_by_label("Status").select_option(label="Rejected")
    expect_shown(page, entity, True)
    expect_shown(page, claim, False)
    expect_shown(page, quote, False)

    # By keyboard: every status, then only mine.
    page.get_by_label("Status").focus()
    page.get_by_label("Status").select_option(label="Every status")
    expect_shown(page, quote, True)
    page.get_by_label("Only mine").focus()
    page.keyboard.press("Space")
    expect(page.get_by_label("Only mine")).to_be_checked()
    expect_shown(page, claim, True)
    expect_shown(page, quote, False)
    expect_shown(page, entity, False)


def open_mine_and_a_colleagues(live_server, page, annotator, fellow):
    """An article with the reader's claim and a colleague's quote, open in the browser."""
    article = make_article()
    claim = make_annotation(article, annotator, CLAIM)
    quote = make_annotation(article, fellow, QUOTE, kind="quote")
    sign_in(page, live_server, annotator.username)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect_shown(page, quote, True)
    return article, claim, quote


def test_a_filter_changed_while_the_last_one_loads_is_the_one_applied(
    live_server, page, annotator, fellow
):
    article, claim, quote = open_mine_and_a_colleagues(live_server, page, annotator, fellow)

    # The answer to the first change is held back until the second change is made.
    held = []

    def hold_the_first_filter(route):
        url = route.request.url
        if route.request.headers.get("hx-request") and "state=all" in url and "mine" not in url:
            held.append(route)
        else:
            route.continue_()

    filtered = re.compile(re.escape(article.get_absolute_url()) + r"\?")
    page.route(filtered, hold_the_first_filter)
    page.get_by_label("Status").select_option(label="Every status")
    page.wait_for_function(
        "() => document.querySelector('#filters').classList.contains('htmx-request')"
    )
    page.get_by_label("Only mine").check()
    expect_shown(page, quote, False)
    expect_shown(page, claim, True)
    expect(page).to_have_url(re.compile(r"[?&]state=all&.*mine=1"))
    for route in held:  # the browser gave these up; letting them go changes nothing
        with contextlib.suppress(PlaywrightError):
            route.continue_()
    page.unroute(filtered)


def test_a_filter_changed_the_moment_the_list_is_redrawn_is_applied(
    live_server, page, annotator, fellow
):
    """The redrawn filters answer at once: a change made right after the swap is not lost."""
    _, claim, quote = open_mine_and_a_colleagues(live_server, page, annotator, fellow)

    # "Only mine" is ticked in the first task after the list is swapped in.
    page.evaluate(
        """() => document.body.addEventListener('htmx:afterSwap', () =>
             setTimeout(() => document.getElementById('filter-mine').click(), 0), {once: true})"""
    )
    page.get_by_label("Status").select_option(label="Every status")
    expect(page.get_by_label("Only mine")).to_be_checked()
    expect(page).to_have_url(re.compile(r"[?&]state=all&.*mine=1"))
    expect_shown(page, quote, False)
    expect_shown(page, claim, True)


def margin_bar(block) -> dict:
    return block.evaluate(
        "el => { const bar = getComputedStyle(el, '::before');"
        " return {content: bar.content, width: bar.width}; }"
    )


def test_five_hundred_tags_are_calm_on_a_phone_too(live_server, browser, annotator, fellow):
    article = make_article()
    bulk_annotations(article, [annotator, fellow], 500, seed=2)
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 844})
        page = context.new_page()
        sign_in(page, live_server, annotator.username)
        page.goto(f"{live_server.url}{article.get_absolute_url()}")
        expect(page.locator("#marks")).to_have_class("marks marks-calm")
        mark = page.locator("#document .paragraph mark.hl").first
        # Underlines, no tints: the mark paints lines only.
        expect(mark).to_have_css("box-shadow", "none")
        expect(mark).to_have_css("background-color", "rgba(0, 0, 0, 0)")
        # The margin bar: the block's ::before, shaded by the annotations touching it.
        block = page.locator("#document .paragraph:has(> .density)").first
        assert margin_bar(block) == {"content": '""', "width": "4px"}
        if width == 1280:
            # The bar adds no caret stop: Shift+Ctrl+Right selects word by word from the start.
            page.locator("#annotatable").focus()
            select_first_paragraph_words(page, 3)
            words = " ".join(page.locator("#document .paragraph").first.inner_text().split()[:3])
            assert page.evaluate("() => getSelection().toString()") == words
            expect(page.locator("#tag-toolbar")).to_be_visible()
        # Tinted again on request, and the margin bars go.
        page.get_by_label("Highlights").select_option(label="Tinted")
        expect(page.locator("#marks")).to_have_class("marks marks-tint")
        assert margin_bar(block)["content"] == "none"
        expect(page.locator("#document .paragraph mark.hl").first).not_to_have_css(
            "box-shadow", "none"
        )
        context.close()
