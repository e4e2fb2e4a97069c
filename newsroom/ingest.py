"""Raw OCR text in -> one stored Page, and one cleaned Article per story on it.

The one path behind every entry point: the management command, the staff upload page,
the admin "re-clean" action and the demo data all call these functions, so a page is
cleaned the same way whichever door it came in by, and bad input gets the same message
at every door.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from newsroom.cleaning import CleanedArticle, CleanedPage, CleaningError, clean
from newsroom.cleaning.decode import Decoded, Replaced, decode, places
from newsroom.cleaning.lines import has_letters
from newsroom.corrections import reapply
from newsroom.models import Article, ArticleRevision, Page, Publication, raw_digest
from newsroom.revisions import (
    article_create,
    article_revise,
    page_create,
    publication_get_or_create,
)
from newsroom.text.changes import split_lines
from newsroom.text.document import FIGURE, PhotoText

logger = logging.getLogger(__name__)


class IngestError(Exception):
    """Input that cannot become an article; the message is meant for the person."""


@dataclass(frozen=True)
class IngestResult:
    page: Page
    articles: tuple[Article, ...]  # one per story, in reading order
    created: bool  # False when the same raw text was already stored
    cleaned: CleanedPage | None = None
    held_back: tuple[Article, ...] = ()  # publishing was asked, but they need review first

    @property
    def article(self) -> Article:
        """The first story's article (the only one, on most pages)."""
        return self.articles[0]


def content_from_cleaned(cleaned: CleanedArticle) -> tuple[dict, list[PhotoText]]:
    """Split a cleaned article into stored content and photo texts (by order).

    The one place a ``CleanedArticle`` becomes stored content. Each body item keeps the
    raw line range it came from (``lines``, when the cleaner knows it), so the Original
    page can set raw lines and cleaned blocks side by side.
    """
    body: list[dict] = []
    photos: list[PhotoText] = []
    for block in cleaned.body:
        if block.kind == FIGURE:
            item = {"kind": FIGURE, "photo": len(photos)}
            photos.append(PhotoText(block.text, block.credit or ""))
        else:
            item = {"kind": block.kind, "text": block.text}
        first, last = block.lines
        if first >= 1 and last >= first:
            item["lines"] = [first, last]
        body.append(item)
    content = {
        "publication": cleaned.publication,
        "kicker": cleaned.kicker,
        "headline": cleaned.headline,
        "deck": [line for line in cleaned.deck if line.strip()],
        "byline": cleaned.byline,
        "dateline": cleaned.dateline,
        "body": body,
    }
    return content, photos


def changes_json(cleaned: CleanedArticle) -> list[dict]:
    # Spelled out rather than dataclasses.asdict, which deep-copies: a 20 MB text has
    # hundreds of thousands of changes. Removals carry their reason.
    return [c.to_json() for c in cleaned.changes]


# Stored content fields that have a column of bounded length beside the document (the
# document itself keeps every character): what lists, titles and the admin show.
CUT_FIELDS = ("headline", "byline", "dateline")


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length


def cut_fields(cleaned: CleanedArticle, publication: str | None = None) -> dict[str, int]:
    """The bounded fields this story's text overfills, with their length."""
    lengths = {name: len((getattr(cleaned, name) or "").strip()) for name in CUT_FIELDS}
    cut = {n: length for n, length in lengths.items() if length > _max_length(Article, n)}
    if publication and len(publication.strip()) > _max_length(Publication, "name"):
        cut["publication"] = len(publication.strip())
    return cut


def _cut_note(name: str, length: int) -> str:
    if name == "publication":
        limit = _max_length(Publication, "name")
        return f"The publication's name is {length} characters long; it was cut to {limit}."
    limit = _max_length(Article, name)
    return (
        f"The {name} is {length} characters long; lists show its first {limit} "
        "(the article's text keeps it whole)."
    )


def _replaced_in(cleaned: CleanedArticle, replaced: Sequence[Replaced]) -> list[Replaced]:
    first, last = cleaned.lines
    if not 1 <= first <= last:
        return list(replaced)
    return [r for r in replaced if first <= r.line <= last]


def flags_json(
    cleaned: CleanedArticle,
    publication: str | None = None,
    replaced: Sequence[Replaced] = (),
) -> dict:
    """The story's flags as stored, with what saving adds to the cleaner's doubts: a
    field too long for its column is cut when saved (the cleaner has probably misread the
    line), and bytes of a mostly UTF-8 file that were not UTF-8 were replaced."""
    flags = cleaned.flags.to_json() if cleaned.flags is not None else {}
    extra: dict = {}
    notes: list[str] = []
    cut = cut_fields(cleaned, publication)
    if cut:
        extra["cut"] = cut
        notes.extend(_cut_note(name, length) for name, length in cut.items())
    mine = _replaced_in(cleaned, replaced)
    if mine:
        extra["replaced_bytes"] = [r.to_json() for r in mine]
        count = sum(len(r.raw) for r in mine)
        were = "bytes that were" if count != 1 else "byte that was"
        notes.append(f"{count} {were} not UTF-8 replaced with “\ufffd” ({places(mine)}).")
    if not notes:
        return flags
    return {
        **flags,
        **extra,
        "needs_review": True,
        "weaknesses": [*flags.get("weaknesses", []), *notes],
    }


def line_count(raw_text: str) -> int:
    """Lines as the cleaner numbers them (story boundaries and every line range)."""
    return raw_text.count("\n") + 1


def story_lines(story: CleanedArticle, lines: int) -> tuple[int, int]:
    """The story's raw line range, or the whole page when the cleaner gave none."""
    first, last = story.lines
    if 1 <= first <= last:
        return first, min(last, lines)
    return 1, lines


def page_report(cleaned: CleanedPage, raw_text: str) -> dict:
    """What is stored on the Page about the page as a whole."""
    lines = line_count(raw_text)
    return {
        "stories": [list(story_lines(s, lines)) for s in cleaned.stories],
        "removed": [r.to_json() for r in cleaned.removed],
        "outside": [
            {"kind": b.kind, "lines": list(b.lines), "text": b.text} for b in cleaned.outside
        ],
        "flags": cleaned.flags.to_json() if cleaned.flags is not None else {},
    }


def _limit_mb() -> int:
    return settings.NEWSROOM_MAX_RAW_BYTES // (1024 * 1024)


def size_message(what: str = "file") -> str:
    return f"The {what} is larger than {_limit_mb()} MB; split it into articles."


def check_size(size: int, what: str = "file") -> None:
    if size > settings.NEWSROOM_MAX_RAW_BYTES:
        raise IngestError(size_message(what))


def check_story_starts(raw_text: str, starts: list[int] | None) -> list[int] | None:
    """Story boundaries as a sorted list of raw line numbers within the text, or None
    (the cleaner decides); IngestError names the first one that is not a line of it."""
    if starts is None:
        return None
    lines = line_count(raw_text)
    for start in starts:
        if not 1 <= start <= lines:
            raise IngestError(
                f"A story cannot start at line {start}: the text has lines 1 to {lines}."
            )
    # Line 1 starts the first story anyway.
    return sorted({s for s in starts if s > 1})


def decode_checked(data: bytes) -> Decoded:
    """Bytes of an uploaded file -> the text, with a note when it was not plain UTF-8
    and the places of bytes replaced; IngestError when it is not text."""
    check_size(len(data))
    try:
        return decode(data)
    except CleaningError as exc:
        raise IngestError(str(exc)) from exc


def decode_upload(data: bytes) -> tuple[str, str]:
    """Bytes of an uploaded file -> (text, note); IngestError when it is not text."""
    decoded = decode_checked(data)
    return decoded.text, decoded.note or ""


def clean_checked(raw_text: str, story_starts: list[int] | None = None) -> CleanedPage:
    """``clean`` with the checks every door needs; IngestError carries the message."""
    check_size(len(raw_text.encode("utf-8", "surrogatepass")), "text")
    if not raw_text.strip():
        raise IngestError("The text is empty.")
    if "\x00" in raw_text:
        # PostgreSQL cannot store NUL in text, and text with NULs is a binary file.
        raise IngestError("This looks like a binary file, not text.")
    try:
        if story_starts is None:
            return clean(raw_text)
        return clean(raw_text, story_starts=story_starts)
    except CleaningError as exc:
        raise IngestError(str(exc)) from exc
    except Exception as exc:
        # A cleaner bug must not take a batch or a page down with it; it is logged with
        # its traceback and the person gets a message instead.
        logger.exception("The cleaner failed on a text of %d characters", len(raw_text))
        raise IngestError("The cleaner failed on this text (the error was logged).") from exc


def preview(raw_text: str, story_starts: list[int] | None = None) -> CleanedPage:
    """Clean without saving (the staff page shows this before anything is stored)."""
    page = clean_checked(raw_text, story_starts)
    if not page.stories:
        raise IngestError("No article was found in this text.")
    lines = line_count(raw_text)
    for number, story in enumerate(page.stories, 1):
        headline = (story.headline or "").strip()
        if has_letters(headline):
            continue
        if len(page.stories) == 1:
            found = (
                f"The headline found, “{headline}”, has no letters"
                if headline
                else "No headline was found"
            )
            raise IngestError(
                f"{found}. Put the headline on the first line of the text and try again."
            )
        first, last = story_lines(story, lines)
        found = f"a headline with no letters (“{headline}”)" if headline else "no headline"
        raise IngestError(
            f"Story {number} (lines {first}–{last}) has {found}; move its start to the line "
            "of its headline."
        )
    return page


def stored(digest: str) -> Page | None:
    """The page already stored with this raw text's hash, if any."""
    return Page.objects.filter(raw_sha256=digest).first()


def page_articles(page: Page) -> tuple[Article, ...]:
    return tuple(page.articles.select_related("publication").order_by("line_start", "pk"))


def ingest_text(
    raw_text: str,
    *,
    publication_name: str | None = None,
    source_name: str = "",
    decode_note: str = "",
    replaced: Sequence[Replaced] = (),
    status: str = Article.Status.DRAFT,
    user=None,
    story_starts: list[int] | None = None,
) -> IngestResult:
    """Clean ``raw_text`` and save it as a page with one article per story, unless the
    same text is stored. ``story_starts`` sets the story boundaries (raw line numbers);
    None lets the cleaner find them.

    A story the cleaner doubts (its flags say it needs review) is saved as a draft marked
    *needs review*, even when ``status`` asks for it to be published.
    """
    digest = raw_digest(raw_text)
    existing = stored(digest)
    if existing is not None:
        return IngestResult(existing, page_articles(existing), created=False)
    starts = check_story_starts(raw_text, story_starts)
    cleaned = preview(raw_text, starts)
    lines = line_count(raw_text)
    masthead = next((s.publication for s in cleaned.stories if s.publication), None)
    try:
        # All stories or none: a page is never stored half split.
        with transaction.atomic():
            page = page_create(
                raw_text=raw_text,
                source_name=source_name,
                decode_note=decode_note,
                report={**page_report(cleaned, raw_text), "story_starts": starts},
            )
            articles = []
            for story in cleaned.stories:
                content, photos = content_from_cleaned(story)
                named = publication_name or story.publication or masthead
                flags = flags_json(story, named, replaced)
                weak = bool(flags.get("needs_review"))
                articles.append(
                    article_create(
                        page=page,
                        lines=story_lines(story, lines),
                        content=content,
                        photos=photos,
                        changes=changes_json(story),
                        flags=flags,
                        needs_review=weak,
                        publication=publication_get_or_create(named),
                        status=Article.Status.DRAFT if weak else status,
                        user=user,
                    )
                )
    except IntegrityError:
        # Someone stored the same text between our lookup and our insert (the unique
        # index waited for them to commit): theirs stands.
        existing = stored(digest)
        if existing is None:
            raise
        return IngestResult(existing, page_articles(existing), created=False)
    held = tuple(a for a in articles if a.needs_review and status == Article.Status.PUBLISHED)
    return IngestResult(page, tuple(articles), created=True, cleaned=cleaned, held_back=held)


def ingest_bytes(data: bytes, **options) -> IngestResult:
    """An uploaded file's bytes -> page and articles; ``options`` as for ``ingest_text``."""
    decoded = decode_checked(data)
    return ingest_text(
        decoded.text, decode_note=decoded.note or "", replaced=decoded.replaced, **options
    )


# --- re-cleaning ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recleaned:
    revision: ArticleRevision | None  # None: nothing changed
    story: int  # which story of the page the article now follows (1-based)
    stories: int  # how many stories the page now holds
    resplit: bool  # the page now splits into stories differently from before
    needs_review: bool  # the new result is doubted (set on the article)
    weaknesses: tuple[str, ...] = ()
    reapplied: int = 0  # editors' corrections performed again on the new output
    not_reapplied: tuple[str, ...] = ()  # why each of the others no longer applies


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]) + 1)


def _follow(ranges: list[tuple[int, int]], lines: tuple[int, int]) -> int:
    """The index of the story sharing most lines with ``lines``; the nearest on no overlap."""
    return max(
        range(len(ranges)),
        key=lambda i: (_overlap(ranges[i], lines), -abs(ranges[i][0] - lines[0]), -i),
    )


@transaction.atomic
def article_reclean(
    *, article: Article, user=None, memo: dict[int, tuple[CleanedPage, list]] | None = None
) -> Recleaned:
    """Clean the article's page again (after the cleaner improved): a new revision.

    The article follows the story whose line range overlaps its own the most. The page is
    cut where a curator set its boundaries, if one did. Annotations follow through
    ``revision_created``: re-anchored, or kept as orphans with their quote, never dropped.
    *Needs review* is set from the new flags when they or the document changed (a curator
    who cleared it is not overruled by the same result). ``memo`` lets a batch clean each
    page once: page id -> (cleaned page, the story ranges stored before).
    """
    page = article.page
    memo = {} if memo is None else memo
    if page.pk not in memo:
        memo[page.pk] = (preview(page.raw_text, page.story_starts), list(page.stories))
    cleaned, before = memo[page.pk]
    lines = line_count(page.raw_text)
    ranges = [story_lines(s, lines) for s in cleaned.stories]
    index = _follow(ranges, (article.line_start, article.line_end))
    story = cleaned.stories[index]
    content, photos = content_from_cleaned(story)
    flags = flags_json(story)
    # The editors' corrections, performed again on the new output (newsroom/corrections.py).
    corrected = reapply(
        content=content,
        photos=photos,
        changes=changes_json(story),
        corrections=article.revisions.get(number=article.revision).corrections,
        lines=split_lines(page.raw_text),
        span=ranges[index],
    )
    revision = article_revise(
        article=article,
        content=corrected.content,
        photos=corrected.photos,
        changes=corrected.changes,
        flags=flags,
        corrections=corrected.corrections,
        reason="re-cleaned from raw",
        user=user,
    )
    current = Article.objects.select_for_update().get(pk=article.pk)
    current.line_start, current.line_end = ranges[index]
    fields = ["line_start", "line_end", "updated_at"]
    if revision is not None:
        current.needs_review = bool(flags.get("needs_review"))
        fields.append("needs_review")
    current.save(update_fields=fields)
    report = page_report(cleaned, page.raw_text)
    if any(getattr(page, name) != value for name, value in report.items()):
        for name, value in report.items():
            setattr(page, name, value)
        page.save(update_fields=list(report))
    return Recleaned(
        revision=revision,
        story=index + 1,
        stories=len(ranges),
        resplit=[list(r) for r in ranges] != [list(r) for r in before],
        needs_review=current.needs_review,
        weaknesses=tuple(flags.get("weaknesses") or ()),
        reapplied=corrected.applied,
        not_reapplied=corrected.failed,
    )


def reclean_message(article: Article, result: Recleaned) -> str:
    """What a curator is told about one re-cleaned article."""
    if result.revision is None:
        text = f"“{article}”: unchanged (revision {article.revision})."
    else:
        text = f"“{article}”: new revision {result.revision.number}."
    if result.reapplied or result.not_reapplied:
        text += f" {_corrections(result.reapplied)} re-applied"
        if result.not_reapplied:
            text += f", {len(result.not_reapplied)} needs you on the editor page: " + " ".join(
                result.not_reapplied
            )
        text += "."
    if result.resplit:
        if result.stories == 1:
            text += " The page now holds one story; this article follows it."
        else:
            text += (
                f" The page now holds {result.stories} stories; this article follows "
                f"story {result.story}."
            )
    if result.revision is not None and result.needs_review:
        text += " It needs review: " + " ".join(result.weaknesses or ("the cleaner doubts it.",))
    return text


def _corrections(n: int) -> str:
    return f"{n} correction{'s' if n != 1 else ''}"
