"""The cleaner's confidence flags in words: what the ingest preview, the Original page and
the "Needs review" list show.

Pure Python, no Django. Reads flags as stored (``Flags.to_json()``), so a revision
cleaned long ago is described by what the cleaner said then, not by today's rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newsroom.cleaning.model import MUCH_REMOVED

LANGUAGES = {
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "uk": "Ukrainian",
}
LINES_LISTED = 12


@dataclass(frozen=True)
class FlagRow:
    label: str
    value: str
    weak: bool = False  # one of the reasons the result needs review


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:LINES_LISTED])
    more = len(numbers) - LINES_LISTED
    return f"{shown} and {more} more" if more > 0 else shown


def describe(flags: Mapping | None) -> list[FlagRow]:
    """One row per flag, in words; empty when the cleaner gave no flags (older articles)."""
    if not flags:
        return []
    printed = bool(flags.get("headline_printed", True))
    share = float(flags.get("removed_share") or 0)
    unaccounted = [int(n) for n in flags.get("unaccounted_lines") or []]
    breaks = not flags.get("no_line_breaks", False)
    language = str(flags.get("language") or "und")
    return [
        FlagRow(
            "Headline",
            "printed on the page" if printed else "none printed; made from the first sentence",
            not printed,
        ),
        FlagRow("Byline", "found" if flags.get("byline_found") else "none found"),
        FlagRow(
            "Removed",
            f"{share:.0%} of the text, as page furniture or noise",
            share > MUCH_REMOVED,
        ),
        FlagRow(
            "Unaccounted lines",
            f"{len(unaccounted)} (line{'s' if len(unaccounted) > 1 else ''} {_lines(unaccounted)})"
            if unaccounted
            else "none",
            bool(unaccounted),
        ),
        FlagRow(
            "Several stories",
            "yes: the page holds more than one" if flags.get("several_stories") else "no",
        ),
        FlagRow(
            "Line breaks",
            "present" if breaks else "none: the structure is a guess",
            not breaks,
        ),
        FlagRow(
            "Language",
            f"{LANGUAGES.get(language, language)} ({language})"
            if language != "und"
            else "could not be told",
            language == "und",
        ),
    ]


def weaknesses(flags: Mapping | None) -> list[str]:
    """Why the result should be checked, in sentences, as the cleaner gave them."""
    return [str(w) for w in (flags or {}).get("weaknesses") or []]


def needs_review(flags: Mapping | None) -> bool:
    return bool((flags or {}).get("needs_review"))
