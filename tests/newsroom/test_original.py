"""The Original page: raw and cleaned side by side with every change marked."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from newsroom.ingest import ingest_text
from newsroom.models import Article
from tests.factories import make_article
from tests.newsroom.bad_input import SAMPLE

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
    assert "Left out of the cleaned article." in html


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
