"""The editors' corrections of an article's cleaned structure: load, save, apply again.

The structure editor works on a revision's blocks (``newsroom.text.editing``) and sends
its corrections as operations; saving performs them on the revision they were made on
and writes one new revision (``article_revise``), whose ``corrections`` are the earlier
ones plus these. Re-cleaning (``newsroom.ingest.article_reclean``) performs them again on
the new cleaner's output through ``reapply``; one that no longer applies stays in the list
marked ``failed`` with the reason, and the editor page lists it until an editor dismisses
it. Nothing an editor did is dropped silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.db import transaction

from newsroom.models import Article, ArticleRevision
from newsroom.revisions import article_revise
from newsroom.text.changes import split_lines
from newsroom.text.document import Document, PhotoText, photo_texts
from newsroom.text.editing import (
    REMOVED,
    EditBlock,
    NotApplicable,
    apply,
    blocks_from_content,
    content_from_blocks,
)

# What one save may carry: far more than a page's corrections, far less than a DoS.
MAX_OPERATIONS = 2000


class StaleEdit(Exception):
    """Someone saved a newer revision since the editor opened this one."""

    def __init__(self, current: ArticleRevision):
        super().__init__(f"Revision {current.number} was saved in the meantime.")
        self.current = current


def current_revision(article: Article) -> ArticleRevision:
    return article.revisions.get(number=article.revision)


def raw_lines(article: Article) -> list[str]:
    return split_lines(article.page.raw_text)


def _line_removal(change: Mapping) -> bool:
    """A whole line left out (a removal with text left, "%¢ Moscow Times" -> "Moscow
    Times", took stray characters off a line that stayed)."""
    return change.get("kind") == "removed" and not change.get("after")


def _removals(changes: Sequence[Mapping], lines: tuple[int, int]) -> list[Mapping]:
    return [
        c
        for c in changes
        if _line_removal(c) and lines[0] <= int(c.get("line_start") or 0) <= lines[1]
    ]


def revision_blocks(
    article: Article, revision: ArticleRevision, lines: list[str]
) -> list[EditBlock]:
    """A revision's structure as the editor shows it, removed lines included."""
    photos = _photos_of(revision)
    span = (article.line_start, article.line_end)
    return blocks_from_content(
        revision.content, photos, lines, span, _removals(revision.changes, span)
    )


def _photos_of(revision: ArticleRevision) -> dict[int, PhotoText]:
    """The captions and credits a revision was compiled with (Photo rows hold only the
    current ones)."""
    return dict(enumerate(photo_texts(Document.from_json(revision.text, revision.blocks))))


def with_removals(changes: Sequence[Mapping], blocks: Sequence[EditBlock]) -> list[dict]:
    """The change report with its removals as the blocks now have them: a restored line is
    no longer reported removed, a line an editor marked as furniture is."""
    kept = [dict(c) for c in changes if not _line_removal(c)]
    removals = [
        {
            "kind": "removed",
            "line_start": b.lines[0],
            "line_end": b.lines[1],
            "before": b.text,
            "after": "",
            "reason": b.reason,
        }
        for b in blocks
        if b.kind == REMOVED and b.lines
    ]
    return [*removals, *kept]


def check_operations(ops) -> list[dict]:
    """The editor's operations as posted: a list of objects, bounded. ValueError if not."""
    if not isinstance(ops, list) or not all(isinstance(op, dict) for op in ops):
        raise ValueError("The corrections are not a list of operations.")
    if len(ops) > MAX_OPERATIONS:
        raise ValueError(f"At most {MAX_OPERATIONS} corrections can be saved at once.")
    return ops


@dataclass(frozen=True)
class Draft:
    """What the editor shows: a revision's blocks with the pending operations done."""

    revision: ArticleRevision
    blocks: list[EditBlock]
    lines: list[str]


def draft(article: Article, revision: ArticleRevision, ops: Sequence[Mapping]) -> Draft:
    """The revision's blocks with ``ops`` performed (NotApplicable if one cannot be)."""
    lines = raw_lines(article)
    blocks = revision_blocks(article, revision, lines)
    for op in ops:
        blocks = apply(blocks, op, lines)
    return Draft(revision, blocks, lines)


@transaction.atomic
def save(
    *, article: Article, base: int, ops: Sequence[Mapping], reason: str, user
) -> ArticleRevision | None:
    """One new revision with ``ops`` performed on revision ``base``; StaleEdit when that
    is no longer the current one (nothing is written), NotApplicable when an operation
    cannot be performed. None when the corrections change nothing."""
    locked = Article.objects.select_for_update().select_related("page").get(pk=article.pk)
    current = current_revision(locked)
    if current.number != base:
        raise StaleEdit(current)
    done = draft(locked, current, ops)
    orders = locked.photos.values_list("order", flat=True)
    content, photos = content_from_blocks(done.blocks, current.content, orders)
    return article_revise(
        article=locked,
        content=content,
        photos=photos,
        changes=with_removals(current.changes, done.blocks),
        corrections=[*current.corrections, *(dict(op) for op in ops)],
        reason=f"corrected: {reason}"[:200],
        user=user,
    )


@transaction.atomic
def dismiss(*, article: Article, base: int, index: int, user) -> ArticleRevision | None:
    """An editor drops a correction that no longer applies: a new revision without it."""
    locked = Article.objects.select_for_update().get(pk=article.pk)
    current = current_revision(locked)
    if current.number != base:
        raise StaleEdit(current)
    corrections = list(current.corrections)
    if not 0 <= index < len(corrections) or "failed" not in corrections[index]:
        raise NotApplicable("That correction is no longer listed.")
    del corrections[index]
    return article_revise(
        article=locked,
        corrections=corrections,
        reason="correction dismissed",
        user=user,
    )


@dataclass(frozen=True)
class Reapplied:
    content: dict
    photos: list[PhotoText]
    changes: list[dict]
    corrections: list[dict]  # each as stored; those that did not apply marked "failed"
    applied: int
    failed: tuple[str, ...]  # why each that did not apply


def reapply(
    *,
    content: dict,
    photos: Sequence[PhotoText],
    changes: list[dict],
    corrections: Sequence[Mapping],
    lines: list[str],
    span: tuple[int, int],
) -> Reapplied:
    """A new cleaner's output for a story with the editors' corrections performed again."""
    ops = [{k: v for k, v in op.items() if k != "failed"} for op in corrections]
    if not ops:
        return Reapplied(content, list(photos), changes, [], 0, ())
    blocks = blocks_from_content(
        content, dict(enumerate(photos)), lines, span, _removals(changes, span)
    )
    stored, reasons = [], []
    for op in ops:
        try:
            blocks = apply(blocks, op, lines)
        except NotApplicable as exc:
            stored.append({**op, "failed": str(exc)})
            reasons.append(str(exc))
        else:
            stored.append(op)
    content, texts = content_from_blocks(blocks, content, range(len(photos)))
    return Reapplied(
        content,
        texts,
        with_removals(changes, blocks),
        stored,
        len(ops) - len(reasons),
        tuple(reasons),
    )


def failed_corrections(revision: ArticleRevision) -> list[tuple[int, dict]]:
    """The corrections the last re-cleaning could not perform, with their index."""
    return [(i, op) for i, op in enumerate(revision.corrections) if op.get("failed")]
