"""Django's {# … #} comment holds one line: one that runs over two is not a comment, and
the page would show it. Longer notes use {% comment %}."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines

TEMPLATES = sorted(Path(settings.BASE_DIR, "templates").rglob("*.html"))
OPEN_COMMENT = re.compile(r"\{#(?:(?!#\}).)*$", re.MULTILINE)


@pytest.mark.parametrize(
    "path", TEMPLATES, ids=lambda path: str(path.relative_to(settings.BASE_DIR))
)
def test_no_one_line_comment_runs_over_two_lines(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    opened = OPEN_COMMENT.search(source)
    assert opened is None, f"line {source.count(chr(10), 0, opened.start()) + 1}"


def test_a_comment_over_two_lines_would_be_shown():
    # Why the rule holds: the template engine leaves such a comment in the page.
    assert engines["django"].from_string("{# a\nb #}x").render({}) == "{# a\nb #}x"
