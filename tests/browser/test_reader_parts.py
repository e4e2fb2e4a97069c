"""A long article in the browser: part 1 with its navigation, tagging text in part 2 stores
offsets into the whole article, and the sidebar leads to the part holding an annotation."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation
from newsroom import layout
from tests.browser.conftest import sign_in
from tests.browser.test_annotate import drag_select, open_article
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)

PART_CHARS = 5_000  # small parts keep the article small; the live server shares the process


def paragraph(n: int) -> str:
    filler = " ".join(
        f"Sentence {k} of paragraph {n} reports what the envoy said." for k in range(16)
    )
    return f"Paragraph {n} opens here. {filler}"


@pytest.fixture
def long_story(transactional_db, monkeypatch):
    monkeypatch.setattr(layout, "PART_CHARS", PART_CHARS)
    body = [{"kind": "paragraph", "text": paragraph(n)} for n in range(40)]
    return make_article(headline="A very long report", body=body, photos=[])


def test_tagging_in_part_two_stores_offsets_into_the_whole_article(
    live_server, page, long_story, annotator
):
    groups = layout.parts(long_story.blocks)
    second = long_story.document.blocks[groups[1].start + 1]  # a paragraph inside part 2
    phrase = long_story.text[second.start : second.end].split(". ")[1]  # "Sentence 0 of ..."
    sign_in(page, live_server, annotator.username)
    open_article(page, live_server, long_story)

    nav = page.get_by_role("navigation", name="Parts of the article (top)")
    expect(nav).to_contain_text(f"Part 1 of {len(groups)}")
    expect(page.locator(".paragraph", has_text="Paragraph 0 opens here.")).to_be_visible()
    nav.get_by_role("link", name="Part 2").click()
    expect(nav).to_contain_text(f"Part 2 of {len(groups)}")
    expect(page.locator(".paragraph", has_text="Paragraph 0 opens here.")).to_have_count(0)

    block = page.locator(f'.paragraph[data-start="{second.start}"]')
    drag_select(page, block, phrase)
    toolbar = page.get_by_role("toolbar", name="Tag the selection")
    expect(toolbar).to_be_visible()
    toolbar.get_by_role("button", name="Claim").click()
    page.locator("#tag-form").get_by_role("button", name="Save").click()
    expect(page.locator("#panel")).to_contain_text("Saved.")
    expect(block.locator("mark.hl-claim")).to_have_text(phrase)

    annotation = Annotation.objects.get()
    at = long_story.text.index(phrase, second.start)
    assert (annotation.start, annotation.end) == (at, at + len(phrase))
    assert annotation.exact == phrase and at > PART_CHARS

    # From part 1, the sidebar's entry leads to part 2 and opens the annotation there.
    nav.get_by_role("link", name="Part 1").click()
    expect(nav).to_contain_text(f"Part 1 of {len(groups)}")
    page.locator(".ann-item a").click()
    expect(nav).to_contain_text(f"Part 2 of {len(groups)}")
    expect(page.locator("#panel")).to_contain_text(phrase)
    expect(block.locator("mark.hl-open")).to_have_text(phrase)
