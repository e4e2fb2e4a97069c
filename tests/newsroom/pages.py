"""A page of two stories, and cleaners that find stories where the real one does not yet."""

from __future__ import annotations

from pathlib import Path

from newsroom import ingest
from newsroom.cleaning import CleaningError, clean

TWO_STORIES = (
    Path(__file__).resolve().parents[1] / "fixtures/pages/riverside-courier-two-stories.raw.txt"
)
FIRST = "Council Approves New Bridge Over the Mill River"
SECOND = "Library Extends Weekend Hours"
SECOND_STARTS = 18  # the raw line of the second story's headline


def two_stories() -> str:
    return TWO_STORIES.read_text(encoding="utf-8")


def finding_stories(monkeypatch, *starts: int) -> None:
    """Make ingestion's cleaner split every page at ``starts`` unless told where to (what
    the cleaner will do by itself once it finds stories)."""

    def cleaner(raw, *, story_starts=None):
        return clean(raw, story_starts=list(starts) if story_starts is None else story_starts)

    monkeypatch.setattr(ingest, "clean", cleaner)


NO_ARTICLE = "No article was found in this text: it holds no sentence."


def refusing_junk(monkeypatch) -> None:
    """Make ingestion's cleaner refuse junk such as ``ee`` or ``;`` (the real one will)."""

    def cleaner(raw, *, story_starts=None):
        if len(raw.strip()) < 3:
            raise CleaningError(NO_ARTICLE)
        return clean(raw, story_starts=story_starts)

    monkeypatch.setattr(ingest, "clean", cleaner)
