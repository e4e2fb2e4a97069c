"""Awkward inputs every ingestion door must handle: a clear message or a sensible article."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "newsroom/fixtures/demo/moscow-times-coalition-of-the-willing.raw.txt"
)
HEADLINE = "Coalition of Willing Commits to Ukraine Force if Peace Agreed"


def sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").split("\n")


@functools.cache
def twenty_megabytes() -> bytes:
    """Real-looking text just over the size limit (about 20 MB)."""
    text = SAMPLE.read_bytes()
    copies = settings.NEWSROOM_MAX_RAW_BYTES // len(text) + 1
    return text * copies


@dataclass(frozen=True)
class Case:
    id: str
    make: object  # () -> bytes
    error: str | None = None  # part of the message; None means an article comes out
    headline: str | None = None  # the expected headline, when the input names it

    @property
    def data(self) -> bytes:
        return self.make()

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace")


CP1252 = (
    "Café Owners in Lyon Protest New Rules\n\n"
    "The café’s owner said the rules were “unfair” and would cost the town its "
    "best-loved terraces; façades, crème brûlée and déjà vu were mentioned twice.\n"
).encode("cp1252")

CASES = [
    Case("empty", lambda: b"", error="empty"),
    Case("whitespace-only", lambda: b"  \n\t \r\n   \n", error="empty"),
    Case(
        "binary",
        lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        error="binary",
    ),
    Case("not-utf8", lambda: CP1252, headline="Café Owners in Lyon Protest New Rules"),
    Case("twenty-mb", twenty_megabytes, error="larger than 20 MB"),
    Case(
        "no-blank-lines",
        lambda: "\n".join(line for line in sample_lines()[8:60] if line.strip()).encode(),
        headline=HEADLINE,
    ),
    Case("headline-only", lambda: f"{HEADLINE}\n".encode(), headline=HEADLINE),
    Case("no-headline", lambda: "\n".join(sample_lines()[13:40]).encode()),
]
ERRORS = [c for c in CASES if c.error]
ARTICLES = [c for c in CASES if not c.error]


def ids(cases) -> list[str]:
    return [c.id for c in cases]
