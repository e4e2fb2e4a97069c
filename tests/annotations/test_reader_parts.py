"""A long article is read in parts: each page holds a bounded share of it, with its
navigation, its highlights, and a way to the part holding any annotation."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from django.urls import reverse
from django.utils.html import escape

from newsroom import layout
from tests.factories import make_annotation, make_article

pytestmark = pytest.mark.django_db

PARAGRAPHS = 60
PART_CHARS = 5_000  # small parts keep the articles of these tests small


def paragraph(n: int) -> str:
    filler = " ".join(
        f"Sentence {k} of paragraph {n} reports what the envoy said." for k in range(16)
    )
    return f"Paragraph {n} opens here. {filler}"


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    monkeypatch.setattr(layout, "PART_CHARS", PART_CHARS)


@pytest.fixture
def long_article(db):
    body = [{"kind": "paragraph", "text": paragraph(n)} for n in range(PARAGRAPHS)]
    return make_article(headline="A very long report", body=body, photos=[])


def parts_of(article) -> int:
    return len(layout.parts(article.blocks))


def test_a_long_article_is_shown_a_part_at_a_time_with_its_navigation(client, long_article):
    count = parts_of(long_article)
    assert count >= 6 and len(long_article.text) > count * PART_CHARS * 0.9

    page = client.get(long_article.get_absolute_url()).content.decode()
    assert f"Part 1 of {count}" in page and 'rel="next" href="?part=2"' in page
    assert "Paragraph 0 opens here." in page and f"Paragraph {PARAGRAPHS - 1} opens" not in page
    # A bounded share of the text, not all of it.
    assert len(page) < len(long_article.text) / 3

    third = client.get(long_article.get_absolute_url(), {"part": 3}).content.decode()
    assert f"Part 3 of {count}" in third
    assert 'rel="prev" href="?part=2"' in third and 'rel="next" href="?part=4"' in third
    assert "Paragraph 0 opens here." not in third
    # It still says which article it is, outside the annotatable text (the page's label).
    named = f'<h1 id="headline" class="part-headline">{escape(long_article.headline)} '
    assert named in third and third.index(named) < third.index('id="annotatable"')
    # The headline belongs to part 1 only; each block keeps its offsets in the whole text.
    starts = [int(s) for s in re.findall(r'data-start="(\d+)"', third)]
    blocks = {b.start: b for b in long_article.document.blocks}
    assert starts and all(s in blocks for s in starts) and min(starts) > PART_CHARS * 1.5


def test_parts_end_at_block_boundaries_and_cover_the_whole_article(long_article):
    blocks = long_article.blocks
    groups = layout.parts(blocks)
    assert [i for group in groups for i in group] == list(range(len(blocks)))
    for group, following in pairwise(groups):
        begins = blocks[group.start]["start"]
        assert blocks[group.stop - 1]["end"] - begins <= PART_CHARS
        assert blocks[following.start]["end"] - begins > PART_CHARS


def test_a_photo_stays_whole_in_one_part():
    blocks = [
        {"kind": "paragraph", "start": 0, "end": 4_000},
        {"kind": "figure", "start": 4_002, "end": 4_002, "photo": 0},
        {"kind": "caption", "start": 4_002, "end": 4_900, "photo": 0},
        {"kind": "credit", "start": 4_902, "end": 5_100, "photo": 0},
        {"kind": "paragraph", "start": 5_102, "end": 6_000},
    ]
    # The credit reaches past the limit, but is not cut from its caption.
    assert layout.parts(blocks) == [range(0, 4), range(4, 5)]


def test_an_ordinary_article_has_one_part_and_no_navigation(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Part 1 of" not in page and "data-parts" not in page


@pytest.mark.parametrize("reader", ["anonymous", "annotator"])
def test_annotations_are_highlighted_in_their_part_and_found_by_id(
    client, long_article, annotator, curator, reader
):
    phrase = "Paragraph 40 opens here."
    annotation = make_annotation(long_article, annotator, phrase)
    if reader == "anonymous":
        # Readers who are not signed in see accepted annotations only.
        client.force_login(curator)
        client.post(
            reverse("annotation-status", args=[annotation.pk]),
            {"status": "accepted", "version": annotation.version},
        )
        client.logout()
    else:
        client.force_login(annotator)
    url = long_article.get_absolute_url()
    key = str(annotation.pk).replace("-", "")[:12]
    mark = f'data-first="{key}"'

    first = client.get(url).content.decode()
    assert f'id="ann-{key}"' in first  # the sidebar lists it on every part
    assert mark not in first

    found = client.get(url, {"annotation": str(annotation.pk)}).content.decode()
    number = int(re.search(r"Part (\d+) of", found).group(1))
    assert number > 1 and mark in found and phrase in found
    assert layout.reader_part(long_article, at=annotation.start).number == number
    assert mark in client.get(url, {"part": number}).content.decode()
