"""Shared helpers for the cleaning tests."""

from __future__ import annotations

from newsroom.cleaning import CleanedArticle, clean


def clean_story(raw: str) -> CleanedArticle:
    """The one story the cleaner finds in ``raw``."""
    page = clean(raw)
    assert len(page.stories) == 1, [s.headline for s in page.stories]
    return page.story
