"""Big, already-escaped HTML put into a rendered page after its template, copied once.

Django's templates join the output of every level (a loop, an include, a block, the base
template) into a new string and copy it again to mark it safe. The article page's
document and sidebar with a thousand annotations are 600 kB, and went up through a dozen
such copies: 2 ms, more than rendering the rest of the page. ``Slot(html)`` stands in for
such HTML in a template as a short marker; ``render`` renders the template and writes
the response from the pieces between the markers and the slots' HTML.

A marker holds NUL characters, which PostgreSQL text can never hold, and a random number
drawn when the process starts, so nothing a user wrote can forge one. A slot rendered by
plain ``django.shortcuts.render`` would show its marker: views whose templates show slots
use this module's ``render`` (a test renders each of them).
"""

from __future__ import annotations

import itertools
import re
import secrets
import weakref

from django.http import HttpResponse
from django.template.loader import render_to_string

_NONCE = secrets.token_hex(8)
_MARKER = re.compile(f"\x00{_NONCE}:(\\d+)\x00")
_numbers = itertools.count()
_live: weakref.WeakValueDictionary[int, Slot] = weakref.WeakValueDictionary()


class Slot:
    """HTML, already escaped, that a template shows as ``{{ slot }}`` (falsy when empty)."""

    __slots__ = ("__weakref__", "html", "marker")

    def __init__(self, html: str):
        number = next(_numbers)
        self.html = html
        self.marker = f"\x00{_NONCE}:{number}\x00"
        _live[number] = self

    def __html__(self) -> str:
        return self.marker

    def __str__(self) -> str:
        return self.marker

    def __bool__(self) -> bool:
        return bool(self.html)


def pieces(page: str) -> list[str]:
    """The page cut at its markers, each marker replaced by its slot's HTML."""
    parts = _MARKER.split(page)
    parts[1::2] = [_live[int(number)].html for number in parts[1::2]]
    return parts


def render(request, template_name: str, context: dict | None = None, **kwargs) -> HttpResponse:
    """``django.shortcuts.render`` for templates that show slots."""
    page = render_to_string(template_name, context, request)
    return HttpResponse(pieces(page), **kwargs)
