"""The Original page: raw and cleaned side by side with every change marked."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from newsroom.ingest import ingest_text
from newsroom.models import Article, Page
from tests.factories import make_article, make_page
from tests.newsroom.bad_input import SAMPLE
from tests.newsroom.pages import SECOND, SECOND_STARTS, two_stories

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample():
    return ingest_text(SAMPLE.read_text(), status=Article.Status.PUBLISHED).article


def original(client, article) -> str:
    response = client.get(reverse("article-original", args=[article.slug]))
    assert response.status_code == 200
    return response.content.decode()


def test_every_raw_line_is_shown_with_its_number(client, sample):
    html = original(client, sample)
    count = len(SAMPLE.read_text().split("\n"))
    assert len(re.findall(r'<div class="line[^"]*" id="L\d+"', html)) == count
    assert f'id="L{count}"' in html


def test_the_masthead_is_struck_and_the_caption_labelled(client, sample):
    html = original(client, sample)
    line5 = re.search(r'id="L5".*?</div>', html).group(0)
    assert "<del>" in line5
    assert re.sub(r"<[^>]+>", "", line5).endswith("5%¢ Moscow Times")
    assert "moved into a caption" in html
    assert "moved into an inset" in html
    assert "Left out of the cleaned article: the newspaper&#x27;s name, tagline" in html


def test_quote_repairs_are_marked_on_both_sides(client, sample):
    html = original(client, sample)
    assert '<mark class="chg chg-quotes" title="Quotes">&quot;</mark>' in html
    assert '<mark class="chg chg-quotes" title="Quotes">“</mark>' in html
    assert 'title="Joined to the next line"' in html


def test_the_legend_counts_each_kind_and_links_to_it(client, sample):
    html = original(client, sample)
    changes = sample.revisions.get().changes
    quotes = sum(1 for c in changes if c["kind"] == "quotes")
    assert f'<span class="legend-count">{quotes}</span>' in html
    assert f"{len(changes)} changes" in html
    assert re.search(r'<a href="#L\d+" class="legend-label">Quotes</a>', html)


def test_raw_text_is_escaped_and_kept_exactly(client):
    raw = "The\r\n\r\n%¢ Moscow Times\r\nA \"reassurance force' <b>raw</b>\n"
    html = original(client, make_article(raw_text=raw))
    assert "A &quot;reassurance force&#x27; &lt;b&gt;raw&lt;/b&gt;" in html
    assert "<b>raw</b>" not in html


def test_an_article_stored_without_line_ranges_still_shows_everything(client, article):
    html = original(client, article)
    assert "Not tied to raw lines" in html
    assert article.headline in html


def test_the_page_reads_a_bounded_number_of_rows(client, sample, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        original(client, sample)


def test_drafts_stay_hidden_from_readers(client, annotator):
    draft = ingest_text(SAMPLE.read_text()).article
    assert client.get(reverse("article-original", args=[draft.slug])).status_code == 404


def test_a_very_long_text_is_paged_by_lines(client):
    raw = "\n".join(f"line {n} of a very long page" for n in range(1, 2501))
    article = make_article(raw_text=raw)
    url = reverse("article-original", args=[article.slug])
    first = client.get(url).content.decode()
    assert "Lines 1–2000 of 2500" in first and 'href="?from=2001"' in first
    assert 'id="L2000"' in first and 'id="L2001"' not in first
    second = client.get(url, {"from": "2001"}).content.decode()
    assert 'id="L2001"' in second and 'id="L2500"' in second
    assert 'href="?from=1"' in second
    assert 'id="L1"' in client.get(url, {"from": "not-a-number"}).content.decode()


# --- a story of a page holding several ------------------------------------------------


def test_a_story_shows_its_own_lines_and_names_the_other_stories(client):
    first, second = ingest_text(
        two_stories(), story_starts=[SECOND_STARTS], status=Article.Status.PUBLISHED
    ).articles
    html = original(client, second)
    numbers = [int(n) for n in re.findall(r'<div class="line[^"]*" id="L(\d+)"', html)]
    assert numbers == list(range(17, 29))  # its lines, the blank above and the end of the page
    assert "story 2 of 2</strong> printed on the same page" in html
    assert "its raw lines are 18–27 of the page’s 28" in html
    assert f'href="{reverse("article-original", args=[first.slug])}"' in html
    html = original(client, first)
    numbers = [int(n) for n in re.findall(r'<div class="line[^"]*" id="L(\d+)"', html)]
    assert numbers == list(range(1, 17))
    assert SECOND not in re.sub(r"<nav.*?</nav>", "", html, flags=re.S)


def test_a_draft_sibling_is_neither_linked_nor_counted_for_readers(client):
    result = ingest_text(SAMPLE.read_text(), story_starts=[41], status=Article.Status.PUBLISHED)
    confident, doubted = result.articles
    assert doubted.status == Article.Status.DRAFT
    html = original(client, confident)
    assert "story 1 of" not in html and doubted.headline not in html


def test_the_flags_and_the_reason_for_each_removal_are_shown(client, curator):
    doubted = ingest_text(SAMPLE.read_text(), story_starts=[41]).articles[1]
    client.force_login(curator)
    html = original(client, doubted)
    assert "Needs review</span>" in html
    assert "<li>No headline was printed; one was made from the first sentence.</li>" in html
    assert "<dt>Headline</dt><dd>none printed; made from the first sentence" in html
    assert "<dt>Language</dt><dd>English (en)" in html
    html = original(client, ingest_text(two_stories()).article)
    assert "Left out, and why" in html
    assert '<code class="before">THE RIVERSIDE COURIER</code>' in html
    assert "The newspaper&#x27;s name, tagline or edition lines" in html
    assert "The cleaner raised no doubt about this story." in html


def test_an_article_cleaned_before_flags_says_so(client, article):
    html = original(client, article)
    assert "cleaned before the cleaner reported its confidence" in html


def test_material_in_no_story_is_labelled_on_the_page(client):
    page = make_page("Masthead line\n\nHeadline\n\nBody text here.\n\nTIDES 6:02 18:40\n")
    article = make_article(page=page, lines=(3, 5), headline="Headline")
    Page.objects.filter(pk=page.pk).update(
        outside=[{"kind": "paragraph", "lines": [7, 7], "text": "TIDES 6:02 18:40"}]
    )
    html = original(client, article)
    assert "On the page, in no story" in html and "TIDES 6:02 18:40" in html
    assert "Not part of this story or any other on the page" in html


def test_a_second_time_stamp_is_shown_left_out_with_its_reason(client):
    raw = (
        "Central bank holds rates steady as inflation cools\n\n"
        "By Maria Gonzalez\n"
        "Published March 20, 2024 at 2:15 p.m. ET\n"
        "Updated March 20, 2024 at 4:40 p.m. ET\n\n"
        "WASHINGTON — The Federal Reserve left interest rates unchanged on Wednesday but"
        " signaled that it still expects to cut borrowing costs three times this year.\n\n"
        "The decision, which was widely expected, keeps the benchmark rate in a range of 5.25"
        " percent to 5.5 percent.\n"
    )
    html = original(client, ingest_text(raw, status=Article.Status.PUBLISHED).article)
    assert "not accounted for" not in html
    assert "did not report removing it" not in html
    assert '<code class="before">Updated March 20, 2024 at 4:40 p.m. ET</code>' in html
