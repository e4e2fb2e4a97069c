"""Cleaners for the tests of pages of several stories (see tests/newsroom/pages.py)."""

from __future__ import annotations

import pytest

from tests.newsroom.pages import SECOND_STARTS, finding_stories, refusing_junk


@pytest.fixture
def finds_two_stories(monkeypatch):
    """The cleaner finds the two stories of ``two_stories()`` by itself."""
    finding_stories(monkeypatch, SECOND_STARTS)


@pytest.fixture
def junk_refused(monkeypatch):
    refusing_junk(monkeypatch)
