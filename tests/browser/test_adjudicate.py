"""A curator adjudicates two annotators' conflicting quotes, as a person would."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from annotations.highlights import key_of
from annotations.models import Annotation, AnnotationEvent
from tests.browser.conftest import sign_in
from tests.browser.test_csp import violations  # noqa: F401 (a fixture)
from tests.factories import make_annotation, make_article, make_entity

pytestmark = pytest.mark.django_db(transaction=True)

LONG = "We have today 26 countries who have formally committed"
SHORT = "26 countries who have formally committed"


@pytest.fixture
def conflict(annotator, fellow):
    """ana and ben quote one passage: ana the whole sentence with Macron speaking, ben a
    part of it with Zelensky speaking."""
    article = make_article()
    macron = make_entity("Emmanuel Macron", "person")
    zelensky = make_entity("Volodymyr Zelensky", "person")
    ana = make_annotation(article, annotator, LONG, kind="quote", speaker=macron)
    ben = make_annotation(article, fellow, SHORT, kind="quote", speaker=zelensky)
    return article, ana, ben


def version(page: Page, annotation):
    return page.locator(f"#v-{annotation.pk}")


def test_a_curator_merges_two_conflicting_quotes(
    live_server,
    page: Page,
    conflict,
    curator,
    violations,  # noqa: F811 (the fixture imported above)
):
    article, ana, ben = conflict
    sign_in(page, live_server, curator.username)
    # From the review queue to the article's adjudication.
    page.goto(f"{live_server.url}/curate/")
    page.locator(f"#q-{ana.pk}").get_by_role("link", name="Adjudicate").click()
    expect(page.get_by_role("heading", name="Adjudicate", level=1)).to_be_visible()
    expect(page.locator("#adj-count")).to_have_text("1 passage tagged, 1 with disagreements.")

    # Side by side, the differences marked (and said in words).
    left, right = version(page, ana), version(page, ben)
    expect(left).to_be_visible()
    expect(right).to_be_visible()
    a, b = left.bounding_box(), right.bounding_box()
    assert a["y"] == b["y"] and a["x"] + a["width"] <= b["x"]
    expect(page.locator("#g-1-title")).to_contain_text("Differ in span, speaker")
    expect(left.locator("mark.adj-diff")).to_have_text(
        [f"“{LONG}” ({ana.start}–{ana.end})", "Emmanuel Macron"]
    )
    expect(right.locator("mark.adj-diff")).to_have_text(
        [f"“{SHORT}” ({ben.start}–{ben.end})", "Volodymyr Zelensky"]
    )
    expect(left.locator("mark.adj-diff + .queue-sr")).to_have_text([" (differs)", " (differs)"])

    # Merge: ben's span, ana's speaker.
    page.get_by_text("Merge field by field").click()
    merge = page.locator("#g-1 form[data-merge]")
    merge.get_by_role("group", name="Span from").get_by_label("ben", exact=False).check()
    merge.get_by_role("group", name="Speaker from").get_by_label("ana", exact=False).check()
    merge.get_by_role("button", name="Merge into one").click()
    expect(page.locator("#adjudication .notice")).to_have_text(
        "Versions merged into one, accepted."
    )
    expect(page.locator("#g-1-title")).to_contain_text("Settled")

    merged = Annotation.objects.exclude(pk__in=[ana.pk, ben.pk]).get()
    assert (merged.exact, merged.speaker.name, merged.status) == (
        SHORT,
        "Emmanuel Macron",
        "accepted",
    )
    history = AnnotationEvent.objects.get(annotation=merged, action="merged").after
    assert (history["fields"]["span"], history["fields"]["speaker"]) == (str(ben.pk), str(ana.pk))
    assert sorted(history["merged_from"]) == sorted([str(ana.pk), str(ben.pk)])

    # The reader shows the single accepted quote: to the curator (rejected ones hidden)...
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("#document mark.hl-quote")).to_have_count(1)
    expect(page.locator(f'#document mark[data-annotations~="{key_of(merged.pk)}"]')).to_have_text(
        SHORT
    )
    expect(page.locator("#annotation-list .ann-item.kind-quote")).to_have_count(1)
    # ...and to a reader who is not signed in.
    anonymous = page.context.browser.new_context()
    try:
        reader = anonymous.new_page()
        reader.goto(f"{live_server.url}{article.get_absolute_url()}")
        expect(reader.locator("#document mark.hl-quote")).to_have_count(1)
        expect(reader.locator("#document mark.hl-quote")).to_have_text(SHORT)
    finally:
        anonymous.close()
    assert violations == []


def test_a_curator_keeps_a_version_and_rejects_one_with_the_keyboard(
    live_server, page: Page, conflict, curator, annotator
):
    article, ana, ben = conflict
    extra = make_annotation(article, annotator, "the American contribution", kind="quote")
    sign_in(page, live_server, curator.username)
    page.goto(f"{live_server.url}/curate/articles/{article.slug}/adjudicate/")
    current = page.locator("#adj-groups .adj-group.is-current")
    expect(current).to_have_id("g-1")
    page.keyboard.press("j")
    expect(current).to_have_id("g-2")
    expect(page.locator("#g-2")).to_be_focused()
    page.keyboard.press("k")
    expect(current).to_have_id("g-1")

    # 2 keeps the second version (ben's), ana's is rejected naming it. A key pressed as soon
    # as the passages are back, before htmx settles them (the wait widened here), moves on
    # from the passage just decided.
    page.evaluate("() => { htmx.config.defaultSettleDelay = 1000; }")
    page.keyboard.press("2")
    expect(page.locator("#adjudication .notice")).to_have_text("Version kept; the others rejected.")
    expect(page.locator("#g-1-title")).to_contain_text("Settled")
    page.keyboard.press("j")
    expect(page.locator("#adjudication")).not_to_have_class(re.compile("htmx-settling"))
    expect(current).to_have_id("g-2")
    page.keyboard.press("k")
    expect(current).to_have_id("g-1")
    ana.refresh_from_db()
    ben.refresh_from_db()
    assert (ana.status, ben.status) == ("rejected", "accepted")
    reason = AnnotationEvent.objects.get(annotation=ana, action="status").after["reason"]
    assert reason == "adjudicated: ben's version kept"

    # x rejects the version that has the focus.
    page.keyboard.press("j")
    expect(current).to_have_id("g-2")
    page.locator(f"#v-{extra.pk}").focus()
    page.keyboard.press("x")
    expect(page.locator(f"#v-{extra.pk} .status-badge")).to_have_text("Rejected")
    extra.refresh_from_db()
    assert extra.status == "rejected"


def test_on_a_phone_the_versions_are_stacked(live_server, browser, conflict, curator):
    article, ana, ben = conflict
    phone = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = phone.new_page()
        sign_in(page, live_server, curator.username)
        page.goto(f"{live_server.url}/curate/articles/{article.slug}/adjudicate/")
        a, b = version(page, ana).bounding_box(), version(page, ben).bounding_box()
        assert b["y"] >= a["y"] + a["height"]
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 390
    finally:
        phone.close()
