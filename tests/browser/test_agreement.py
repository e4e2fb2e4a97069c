"""A curator opens the agreement dashboard from the site menu and reads its charts."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import sign_in
from tests.factories import make_annotation, make_article, make_entity

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "We have today 26 countries who have formally committed"


def test_curator_sees_agreement_charts_with_their_figures(
    live_server, page, annotator, fellow, curator
):
    article = make_article()
    macron = make_entity("Emmanuel Macron", "person")
    for author in (annotator, fellow):
        make_annotation(article, author, QUOTE, kind="quote", speaker=macron)
    make_annotation(article, annotator, "More than two dozen countries")
    make_annotation(article, fellow, "two dozen countries have pledged")

    sign_in(page, live_server, curator.username)
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Agreement").click()

    by_kind = page.get_by_role("img", name="Agreement (α) by kind")
    expect(by_kind).to_be_visible()
    expect(by_kind).to_contain_text("Quote")
    pairs = page.get_by_role("img", name="Quote: agreement (α) by annotator pair")
    expect(pairs).to_contain_text("ana / ben")
    expect(pairs).to_contain_text("1.00")
    quotes = page.get_by_role("table", name="Quote by annotator pair")
    expect(quotes.get_by_role("row", name="ana / ben")).to_contain_text("1.00 of 1")


def test_annotators_have_no_agreement_link(live_server, page, annotator):
    sign_in(page, live_server, annotator.username)
    expect(
        page.get_by_role("navigation", name="Site").get_by_role("link", name="Articles", exact=True)
    ).to_be_visible()
    expect(page.get_by_role("link", name="Agreement")).to_have_count(0)
