"""Slots: big HTML put into a rendered page after the template, where the template shows it."""

from __future__ import annotations

import re

from django.template import Context, Template
from django.test import RequestFactory

from newsroom import splice
from newsroom.splice import Slot


def test_slots_land_where_the_template_shows_them():
    template = Template(
        "<ol>{{ a }}</ol>{% if b %}<p>{{ b }}</p>{% endif %}{% if empty %}x{% endif %}"
    )
    a, b = Slot("<li>one</li><li>two</li>"), Slot("<b>bold</b> &amp; more")
    page = template.render(Context({"a": a, "b": b, "empty": Slot("")}))
    assert "<li>" not in page  # only markers went through the template
    assert (
        "".join(splice.pieces(page))
        == "<ol><li>one</li><li>two</li></ol><p><b>bold</b> &amp; more</p>"
    )


def test_user_text_cannot_forge_a_marker():
    # A marker's shape without the process's random number, and NUL (which PostgreSQL text
    # never holds), stay text: escaped by the template and left alone by the splice.
    slot = Slot("<i>kept</i>")
    forged = slot.marker.replace(re.search(r"\x00(\w+):", slot.marker).group(1), "0" * 16)
    page = Template("{{ forged }}|{{ slot }}").render(Context({"forged": forged, "slot": slot}))
    assert "".join(splice.pieces(page)) == f"{forged}|<i>kept</i>"


def test_render_answers_with_the_spliced_page(rf: RequestFactory, tmp_path, settings):
    (tmp_path / "page.html").write_text("<main>{{ body }}</main>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    response = splice.render(
        rf.get("/"), "page.html", {"body": Slot("<p>a &lt; b</p>")}, status=201
    )
    assert response.status_code == 201
    assert response.content == b"<main><p>a &lt; b</p></main>"
