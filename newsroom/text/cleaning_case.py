"""Stored articles -> the expected result of a cleaning case: what a perfect cleaner returns.

Pure Python, no Django. A corrected article is the best statement of what its page should
clean to, so it is written out as a case in the evaluation kit's shape (see
``tests/fixtures/cleaning/README.md``; a page of several stories in the shape of
``tests/fixtures/cleaning_real/README.md``): the page read as one article at the top
level (``newsroom.cleaning.model.page_as_one``), ``stories`` listing every story when there
are two or more, ``deck`` also listed first in
``subheads``, ``outside`` and ``removed`` for what belongs to no story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsroom.cleaning.model import page_as_one
from newsroom.text.document import FIGURE, INSET, PARAGRAPH, SUBHEAD, PhotoText

# One story as stored: its content (Article.content) and its photos' texts by order.
StoredStory = tuple[Mapping, Mapping[int, PhotoText]]


def _text(value: str | None) -> str | None:
    # The document shows each field stripped, and an empty field not at all (null in the kit).
    value = (value or "").strip()
    return value or None


def _credit(value: str) -> str:
    # The kit's scorer strips enclosing parentheses and rules from a cleaner's credit
    # before comparing it, so the expected credit is written without them.
    value = value.strip().strip("|").strip()
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        value = value[1:-1].strip()
    return value


def _caption(photo: PhotoText) -> dict | None:
    text, credit = (photo.caption or "").strip(), _credit(photo.credit or "")
    if not (text or credit):
        return None  # a picture with no words: nothing for a cleaner to find
    return {"text": text, "credit": credit}


def _story(content: Mapping, photos: Mapping[int, PhotoText]) -> dict:
    deck = [line.strip() for line in content.get("deck") or [] if line.strip()]
    body = list(content.get("body") or [])
    # Photos in the order the document shows them: those the body does not place come
    # first (after the byline), then the body's figures where they stand.
    placed = {item.get("photo") for item in body if item.get("kind") == FIGURE}
    order = sorted(set(photos) - placed)
    order += [
        item["photo"] for item in body if item.get("kind") == FIGURE and item.get("photo") in photos
    ]
    captions = [c for c in (_caption(photos[n]) for n in order) if c is not None]
    texts: dict[str, list[str]] = {PARAGRAPH: [], SUBHEAD: [], INSET: []}
    for item in body:
        text = _text(item.get("text"))
        if item.get("kind") in texts and text:
            texts[item["kind"]].append(text)
    return {
        "kicker": _text(content.get("kicker")),
        "headline": _text(content.get("headline")),
        "deck": deck,
        "byline": _text(content.get("byline")),
        "dateline": _text(content.get("dateline")),
        "captions": captions,
        # Decks first: the kit lists a headline's decks among its subheads.
        "subheads": [*deck, *texts[SUBHEAD]],
        "paragraphs": texts[PARAGRAPH],
        "insets": texts[INSET],
    }


def expected_case(
    stories: Sequence[StoredStory],
    *,
    language: str | None = None,
    outside: Sequence[Mapping] = (),
    removed: Sequence[Mapping] = (),
    source: Mapping | None = None,
) -> dict:
    """The expected JSON of a page's case, from its stories in reading order.

    ``outside`` and ``removed`` are the page's material outside every story and its
    removals as stored (``{"lines", "text"[, "reason"]}``); ``source`` says where the case
    came from.
    """
    if not stories:
        raise ValueError("A case needs at least one story.")
    each = [_story(content, photos) for content, photos in stories]
    publication = next(
        (_text(c.get("publication")) for c, _ in stories if c.get("publication")), None
    )
    out: dict = {"publication": publication, **page_as_one(each), "language": language or "und"}
    if len(each) > 1:
        out["stories"] = each
    out["outside"] = [{"lines": list(o["lines"]), "text": o["text"]} for o in outside]
    out["removed"] = [
        {"lines": list(r["lines"]), "text": r["text"], "reason": r.get("reason", "")}
        for r in removed
    ]
    if source is not None:
        out["source"] = dict(source)
    return out
