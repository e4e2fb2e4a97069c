"""An article's cleaned structure as an editor corrects it, and the corrections as
operations against the raw lines, so that re-cleaning can apply them again.

Pure Python, no Django. ``blocks_from_content`` turns a revision's stored content (and
its photos, and the lines the cleaner removed) into a list of ``EditBlock`` in reading
order, each with the raw lines it came from: body items know theirs from the cleaner;
the headline, byline and the other header fields are found among the story's lines by
their letters and digits, as the Original page finds them (``changes.locate``).
``content_from_blocks`` turns the list back into stored content and photo texts.

A correction is a small JSON operation naming the block it acts on by where it was
(``at``: its kind, raw lines and first words), never by its index, so that it finds
its block again in another cleaner's output:

- ``{"op": "text", "at": AT, "old": ..., "new": ...}``: this text replaces that one;
- ``{"op": "kind", "at": AT, "kind": K}``: the block is a K (``removed``: page furniture;
  a removed line given another kind is restored);
- ``{"op": "split", "at": AT, "before": ...}``: split the block after ``before``;
- ``{"op": "merge", "at": AT, "next": AT}``: the block and the one after it are one;
- ``{"op": "move", "at": AT, "by": -1 | 1}``: the block moves up or down one place;
- ``{"op": "photo", "at": AT, "photo": N | None}``: a caption or credit belongs to photo
  N (None: a photo of its own);
- ``{"op": "set", "kind": K, "old": ..., "new": ...}``: a header field (headline, byline,
  dateline, kicker) typed in whole, as the admin's form does; with ``"photo": N``, photo
  N's caption or credit.

``apply`` performs one; it raises ``NotApplicable`` (with words for the editor) when its
block is no longer there or no longer says what the editor changed. Nothing is dropped:
the caller keeps an operation that did not apply and lists it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from newsroom.text.changes import locate
from newsroom.text.document import (
    BYLINE,
    CAPTION,
    CREDIT,
    DATELINE,
    DECK,
    FIGURE,
    HEADLINE,
    INSET,
    KICKER,
    PARAGRAPH,
    SUBHEAD,
    PhotoText,
)

REMOVED = "removed"
HEADER = (KICKER, HEADLINE, DECK, BYLINE, DATELINE)
BODY = (PARAGRAPH, SUBHEAD, INSET)
PHOTO = (CAPTION, CREDIT)
KINDS = (*HEADER, *BODY, *PHOTO, REMOVED)
KIND_LABELS = {
    KICKER: "Kicker",
    HEADLINE: "Headline",
    DECK: "Deck",
    BYLINE: "Byline",
    DATELINE: "Dateline",
    PARAGRAPH: "Paragraph",
    SUBHEAD: "Subhead",
    INSET: "Inset",
    CAPTION: "Caption",
    CREDIT: "Credit",
    REMOVED: "Removed (page furniture)",
}
# The reason a line an editor marked as furniture is left out, as the cleaner gives one.
EDITOR_REMOVAL = "marked as page furniture by an editor"
# How headers of several blocks are written as one field.
_JOIN = {KICKER: " ", HEADLINE: " ", BYLINE: "; ", DATELINE: " "}
SNIPPET = 40  # letters and digits of a block's start that name it in an operation


class NotApplicable(ValueError):
    """An operation whose block is gone or says something else now."""


@dataclass(frozen=True)
class EditBlock:
    kind: str
    text: str
    lines: tuple[int, int] | None = None  # raw lines, 1-based and inclusive
    photo: int | None = None  # a caption's or credit's photo (Photo.order)
    reason: str = ""  # why a removed line was left out


def key(text: str) -> str:
    """Letters and digits only, folded: what survives joining, hyphens and quote repair."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# --- stored content <-> blocks ------------------------------------------------------------


def blocks_from_content(
    content: Mapping,
    photos: Mapping[int, PhotoText],
    raw_lines: Sequence[str] = (),
    lines: tuple[int, int] | None = None,
    removals: Iterable[Mapping] = (),
) -> list[EditBlock]:
    """A revision's content as blocks in reading order, each with its raw lines.

    ``raw_lines`` is the page's raw text split into lines and ``lines`` the story's range
    of them; ``removals`` the cleaner's removed lines (``changes`` of kind "removed",
    with ``line_start``, ``line_end``, ``before``, ``reason``), set among the blocks in
    line order so an editor can restore one.
    """
    first, last = lines or (1, len(raw_lines))
    body: list[EditBlock] = []
    for item in content.get("body") or []:
        span = _span(item.get("lines"))
        if item.get("kind") == FIGURE:
            photo = photos.get(item.get("photo"))
            if photo is None:
                continue
            for kind, text in ((CAPTION, photo.caption), (CREDIT, photo.credit)):
                if text.strip():
                    body.append(EditBlock(kind, text, span, item["photo"]))
        elif str(item.get("text") or "").strip():
            body.append(EditBlock(str(item["kind"]), str(item["text"]), span))
    placed = {item.get("photo") for item in content.get("body") or [] if item.get("kind") == FIGURE}
    loose = [
        EditBlock(kind, text, None, order)
        for order in sorted(set(photos) - placed)
        for kind, text in ((CAPTION, photos[order].caption), (CREDIT, photos[order].credit))
        if text.strip()
    ]

    # The header fields' lines: found among the story's lines no body item claims.
    keys = [key(line) if first <= no <= last else "" for no, line in enumerate(raw_lines, 1)]
    free = [True] * len(keys)
    claimed = [b.lines for b in body if b.lines] + [
        (int(r["line_start"]), int(r["line_end"])) for r in removals
    ]
    for a, b in claimed:
        for no in range(max(a, 1), min(b, len(free)) + 1):
            free[no - 1] = False
    header = []
    for kind in HEADER:
        values = content.get(kind) or []
        for value in values if isinstance(values, list) else [values]:
            if str(value or "").strip():
                span = locate(str(value), keys, free)
                if span:
                    for no in range(span[0], span[1] + 1):
                        free[no - 1] = False
                header.append(EditBlock(kind, str(value), span))

    removed = [
        EditBlock(
            REMOVED,
            str(r.get("before") or ""),
            (int(r["line_start"]), int(r["line_end"])),
            reason=str(r.get("reason") or ""),
        )
        for r in removals
    ]
    return _by_lines([*header, *loose, *body], removed)


def _span(lines) -> tuple[int, int] | None:
    if lines and len(lines) == 2 and 1 <= int(lines[0]) <= int(lines[1]):
        return int(lines[0]), int(lines[1])
    return None


def _by_lines(blocks: list[EditBlock], removed: list[EditBlock]) -> list[EditBlock]:
    """Removed lines set in among the blocks, before the first block printed below them."""
    out: list[EditBlock] = []
    waiting = sorted(removed, key=lambda b: b.lines)
    for block in blocks:
        while waiting and block.lines and waiting[0].lines[0] < block.lines[0]:
            out.append(waiting.pop(0))
        out.append(block)
    return [*out, *waiting]


def content_from_blocks(
    blocks: Sequence[EditBlock], base: Mapping, photo_orders: Iterable[int] = ()
) -> tuple[dict, list[PhotoText]]:
    """Blocks back to stored content (keys ``base`` has beyond the blocks are kept) and
    the photo texts by order: every photo in ``photo_orders`` is listed, emptied when no
    block is its caption or credit any more; a caption of no photo gets a new one."""
    orders = set(photo_orders)
    texts: dict[int, dict[str, list[str]]] = {}
    next_order = max([*orders, *(b.photo for b in blocks if b.photo is not None)], default=-1) + 1
    fields: dict[str, list[str]] = {kind: [] for kind in HEADER}
    body: list[dict] = []
    for block in blocks:
        text = block.text.strip()
        if block.kind == REMOVED or not text:
            continue
        if block.kind in HEADER:
            fields[block.kind].append(text)
            continue
        if block.kind in PHOTO:
            order = block.photo
            if order is None:
                order, next_order = next_order, next_order + 1
            if order not in texts:
                texts[order] = {CAPTION: [], CREDIT: []}
                item = {"kind": FIGURE, "photo": order}
                if block.lines:
                    item["lines"] = list(block.lines)
                body.append(item)
            texts[order][block.kind].append(text)
            continue
        item = {"kind": block.kind, "text": text}
        if block.lines:
            item["lines"] = list(block.lines)
        body.append(item)
    content = dict(base)
    for kind in HEADER:
        values = fields[kind]
        if kind == DECK:
            content[DECK] = values
        else:
            content[kind] = _JOIN[kind].join(values) or None
    content["body"] = body
    photos = [
        PhotoText(" ".join(texts[o][CAPTION]), " ".join(texts[o][CREDIT]))
        if o in texts
        else PhotoText()
        for o in range(max([*orders, *texts], default=-1) + 1)
    ]
    return content, photos


# --- operations ---------------------------------------------------------------------------


def at(block: EditBlock) -> dict:
    """Where a block is, as an operation names it."""
    out = {"kind": block.kind, "lines": list(block.lines) if block.lines else None}
    out["text"] = block.text[:80]
    if block.photo is not None:
        out["photo"] = block.photo
    return out


def find(blocks: Sequence[EditBlock], where: Mapping) -> int:
    """The index of the block ``where`` names; NotApplicable when none is.

    A block is the one named when it starts with the same words, or has the same kind on
    the same lines; among several, the one on the same lines and of the same kind wins.
    """
    lines = _span(where.get("lines"))
    start = key(str(where.get("text") or ""))[:SNIPPET]
    best, best_score = None, 0
    for i, block in enumerate(blocks):
        same_lines = lines is not None and block.lines == lines
        same_kind = block.kind == where.get("kind")
        starts = bool(start) and key(block.text).startswith(start)
        if not (starts or (same_lines and same_kind)):
            continue
        near = lines is not None and block.lines is not None and _overlap(lines, block.lines)
        if lines is not None and block.lines is not None and not near and not same_kind:
            continue  # the same words elsewhere on the page, in another role
        score = 1 + 4 * same_lines + 2 * near + 2 * same_kind + 2 * starts
        if score > best_score:
            best, best_score = i, score
    if best is None:
        raise NotApplicable(f"“{_short(where.get('text'))}” is no longer there.")
    return best


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _short(text, n: int = 60) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def apply(
    blocks: Sequence[EditBlock], op: Mapping, raw_lines: Sequence[str] = ()
) -> list[EditBlock]:
    """``blocks`` with ``op`` performed; NotApplicable (with words for the editor) when
    it cannot be."""
    blocks = list(blocks)
    name = op.get("op")
    if name == "set":
        return _set(blocks, op)
    i = find(blocks, op.get("at") or {})
    block = blocks[i]
    if name == "text":
        if key(block.text) == key(str(op.get("new") or "")):
            return blocks  # the cleaner now reads it as the editor did
        if key(block.text) != key(str(op.get("old") or "")):
            raise NotApplicable(
                f"“{_short(op.get('old'))}” now reads “{_short(block.text)}”; "
                f"the correction to “{_short(op.get('new'))}” was not made."
            )
        new = str(op.get("new") or "").strip()
        if not new:
            raise NotApplicable("A block cannot be emptied; mark it as furniture instead.")
        blocks[i] = replace(block, text=new)
    elif name == "kind":
        kind = op.get("kind")
        if kind not in KINDS:
            raise NotApplicable(f"Unknown kind {kind!r}.")
        photo = block.photo if kind in PHOTO else None
        reason = EDITOR_REMOVAL if kind == REMOVED else ""
        blocks[i] = replace(block, kind=kind, photo=photo, reason=reason)
    elif name == "split":
        blocks[i : i + 1] = _split(block, str(op.get("before") or ""), raw_lines)
    elif name == "merge":
        if i + 1 >= len(blocks) or i + 1 != find(blocks, op.get("next") or {}):
            raise NotApplicable(
                f"“{_short(block.text)}” is no longer followed by "
                f"“{_short((op.get('next') or {}).get('text'))}”."
            )
        blocks[i : i + 2] = [_merge(block, blocks[i + 1])]
    elif name == "move":
        j = i + (1 if op.get("by") == 1 else -1)
        if not 0 <= j < len(blocks):
            raise NotApplicable(f"“{_short(block.text)}” cannot move further.")
        blocks[i], blocks[j] = blocks[j], blocks[i]
    elif name == "photo":
        if block.kind not in PHOTO:
            raise NotApplicable(f"“{_short(block.text)}” is no caption or credit now.")
        photo = op.get("photo")
        blocks[i] = replace(block, photo=None if photo is None else int(photo))
    else:
        raise NotApplicable(f"Unknown correction {name!r}.")
    return blocks


def _set(blocks: list[EditBlock], op: Mapping) -> list[EditBlock]:
    kind, old, new = op.get("kind"), str(op.get("old") or ""), str(op.get("new") or "").strip()
    photo = op.get("photo")
    if kind in PHOTO and isinstance(photo, int):
        mine = [i for i, b in enumerate(blocks) if b.kind == kind and b.photo == photo]
    elif kind in HEADER and kind != DECK:
        mine = [i for i, b in enumerate(blocks) if b.kind == kind]
    else:
        raise NotApplicable(f"Unknown field {kind!r}.")
    now = _JOIN.get(kind, " ").join(blocks[i].text for i in mine)
    if key(now) == key(new):
        return blocks  # the cleaner now reads it as the editor did
    if key(now) != key(old):
        raise NotApplicable(
            f"The {KIND_LABELS[kind].lower()} now reads “{_short(now) or '(none)'}”, not "
            f"“{_short(old) or '(none)'}”; the correction to “{_short(new)}” was not made."
        )
    if mine:
        lines = [blocks[i].lines for i in mine if blocks[i].lines]
        span = (min(a for a, _ in lines), max(b for _, b in lines)) if lines else None
        kept = EditBlock(kind, new, span, blocks[mine[0]].photo)
        rest = [b for j, b in enumerate(blocks) if j not in mine[1:]]
        rest[mine[0]] = kept
        return [b for b in rest if b.text.strip()]
    if not new:
        return blocks
    # A field the cleaner did not find: beside its photo's other text, or where the
    # header ends.
    place = next(
        (i + 1 for i, b in enumerate(blocks) if kind in PHOTO and b.photo == photo),
        next((i for i, b in enumerate(blocks) if b.kind not in HEADER and b.kind != REMOVED), 0),
    )
    return [*blocks[:place], EditBlock(kind, new, None, photo), *blocks[place:]]


def _split(block: EditBlock, before: str, raw_lines: Sequence[str]) -> list[EditBlock]:
    text = block.text
    if before and text.startswith(before) and 0 < len(before.rstrip()) < len(text.rstrip()):
        cut = len(before)
    else:
        tail = before.rstrip()[-SNIPPET:]
        found = text.find(tail) if tail else -1
        if found < 0 or text.find(tail, found + 1) >= 0:
            raise NotApplicable(f"“…{_short(tail)}” is no longer in “{_short(text)}”.")
        cut = found + len(tail)
    head, rest = text[:cut].strip(), text[cut:].strip()
    if not head or not rest:
        raise NotApplicable("A block is split between two words of it, not at an end.")
    first, second = _split_lines(block.lines, head, raw_lines)
    return [replace(block, text=head, lines=first), replace(block, text=rest, lines=second)]


def _split_lines(lines, head: str, raw_lines: Sequence[str]):
    """The raw lines of each half: the first ends on the line where ``head`` ends."""
    if not lines or not raw_lines:
        return lines, lines
    a, b = lines
    wanted = key(head)
    run = ""
    for no in range(a, min(b, len(raw_lines)) + 1):
        run += key(raw_lines[no - 1])
        if len(run) >= len(wanted):
            # The line the split falls on goes with the half that has most of it.
            whole = len(run) == len(wanted)
            return (a, no), ((no + 1, b) if whole and no < b else (no, b))
    return lines, lines


def _merge(a: EditBlock, b: EditBlock) -> EditBlock:
    spans = [s for s in (a.lines, b.lines) if s]
    lines = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    kind = b.kind if a.kind == REMOVED else a.kind
    return EditBlock(kind, f"{a.text.rstrip()} {b.text.lstrip()}", lines, a.photo or b.photo)


def replay(
    blocks: Sequence[EditBlock], ops: Iterable[Mapping], raw_lines: Sequence[str] = ()
) -> tuple[list[EditBlock], list[tuple[dict, str]]]:
    """Every operation in turn; those that no longer apply are returned with the reason,
    the others performed."""
    blocks = list(blocks)
    failed = []
    for op in ops:
        try:
            blocks = apply(blocks, op, raw_lines)
        except NotApplicable as exc:
            failed.append((dict(op), str(exc)))
    return blocks, failed


def describe(op: Mapping) -> str:
    """An operation in words."""
    where = op.get("at") or {}
    what = f"“{_short(where.get('text'), 50)}”"
    lines = _span(where.get("lines"))
    if lines:
        what += f" (line {lines[0]})" if lines[0] == lines[1] else f" (lines {lines[0]}–{lines[1]})"
    name = op.get("op")
    if name == "text":
        return f"{what} reads “{_short(op.get('new'), 50)}”"
    if name == "kind":
        if where.get("kind") == REMOVED:
            return f"{what} restored as {KIND_LABELS.get(op.get('kind'), '?').lower()}"
        return f"{what} is a {KIND_LABELS.get(op.get('kind'), '?').lower()}"
    if name == "split":
        return f"{what} split after “…{_short(str(op.get('before') or '')[-30:], 30)}”"
    if name == "merge":
        return f"{what} joined with “{_short((op.get('next') or {}).get('text'), 40)}”"
    if name == "move":
        return f"{what} moved {'down' if op.get('by') == 1 else 'up'}"
    if name == "photo":
        photo = op.get("photo")
        whose = "a photo of its own" if photo is None else f"photo {int(photo) + 1}"
        return f"{what} belongs to {whose}"
    if name == "set":
        label = KIND_LABELS.get(op.get("kind"), "?")
        if op.get("photo") is not None:
            label += f" of photo {int(op['photo']) + 1}"
        return f"{label} set to “{_short(op.get('new'), 50)}”"
    return f"Unknown correction {name!r}"
