"""clean(): raw OCR text of a printed page in, its stories, removals and flags out.

Stages, in order:
1. each line repaired on its own: characters, stray glyphs, spacing (prepare.py);
2. each line labelled by the structure model: headline, byline, paragraph start, running
   head... (structure.py, features.py);
3. the labelled lines grouped into stories and their items (stories.py);
4. each story's text finished: lines joined and de-hyphenated, quotes repaired (build.py,
   assemble.py, lines.py, quotes.py);
5. every raw line checked to be in the result or in a reported removal (accounting.py),
   and the result's flags set.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from .accounting import squash, unaccounted
from .assemble import Assembler
from .build import build, derived_headline, last_paragraph
from .features import writer_beside_date
from .furniture import copied_label, read_masthead
from .header import (
    byline_name,
    damaged_service,
    label_heads_its_story,
    strip_byline_speck,
    strip_headline_specks,
    strip_line_bars,
)
from .language import detect_language, story_language
from .lines import Line, Vocabulary, wordset
from .model import Block, Change, CleanedArticle, CleanedPage, CleaningError, Flags, Removal
from .prepare import prepare_lines
from .running import printed_date, without_stamp_label
from .stories import REMOVED, Layout, Story, item_lines, layout
from .structure import tag
from .unicode import prepare_text

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LARGE = 1 << 18  # characters
# Less than this is not an article: "ee", ";", "Page 4".
_MIN_WORDS = 2
# One line this long, and nothing else: text that came without its line breaks.
_UNWRAPPED = 300


def clean(raw: str, *, story_starts: list[int] | None = None) -> CleanedPage:
    """Clean the OCR text of one page.

    ``story_starts`` (raw line numbers, 1-based) cuts the page into stories there instead
    of where the cleaner would. Raises CleaningError, with a message meant for the person
    who supplied the text, when there is nothing to clean.
    """
    if len(raw) < _LARGE:
        return _clean(raw, story_starts)
    # A large input makes hundreds of thousands of small objects, none of them in a
    # reference cycle. Python's cycle collector would still walk them all again and again,
    # which makes the run time grow faster than the input; reference counting alone frees
    # everything here, so the collector is paused for the call.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _clean(raw, story_starts)
    finally:
        if paused:
            gc.enable()


def _clean(raw: str, story_starts: list[int] | None) -> CleanedPage:
    text = prepare_text(raw)
    if not text.strip():
        raise CleaningError("The text is empty.")
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        raise CleaningError("This looks like a binary file, not text.")

    changes: list[Change] = []
    language, vocab = detect_language(text), Vocabulary.of(text)
    lines = prepare_lines(text, changes, language, vocab)
    if not any(ln.text for ln in lines):
        raise CleaningError("No readable text was found, only stray symbols.")
    words = _WORD.findall(text[:20000])
    if len(words) < _MIN_WORDS or max(map(len, words)) < 3:
        raise CleaningError("This text holds no article: there are hardly any words in it.")
    assembler = Assembler(vocab, changes, language)
    texts = [ln for ln in lines if ln.text]
    if len(texts) == 1 and len(texts[0].text) >= _UNWRAPPED:
        return _unwrapped(texts[0], assembler, language)

    starts = sorted({s for s in story_starts or () if 1 < s <= len(lines)})
    tagging = tag(lines, frozenset(starts), language)
    page = layout(
        lines,
        tagging.labels,
        starts if story_starts is not None else None,
        frozenset(tagging.run_in),
    )
    masthead = read_masthead(
        [ln for label, run in page.removed if label == "masthead" for ln in run]
    )
    page_date = masthead.dateline or _running_date(page) or _top_date(page)
    if page_date:
        page_date = without_stamp_label(page_date)
    stories = []
    for story in page.stories:
        assembler.language = _story_language(story, language, len(page.stories))
        article = build(story, assembler, masthead.publication)
        article.language = assembler.language
        stories.append(article)
    for article in stories:
        if article.dateline is None and page_date:
            article.dateline = page_date
    for story, article in zip(page.stories, stories, strict=True):
        _date_line_rest(story, article, changes)
    if len(stories) == 1:
        _label_as_headline(stories[0])
    removed = _removals(page, changes)
    outside = [_outside(run, assembler) for run in page.outside]
    lost = _accounting(page, stories, outside)
    changes.sort(key=lambda c: (c.line_start, c.line_end))
    doubts = bool(tagging.doubtful_starts) and story_starts is None
    printed = [ln.no for ln in lines if ln.raw.strip()]
    return _finish(raw, printed, stories, removed, outside, changes, lost, language, False, doubts)


def _story_language(story: Story, page_language: str, n_stories: int) -> str:
    """A page may print stories in several languages (a Swiss paper, a foreign column)."""
    if n_stories == 1:
        return page_language
    return story_language(" ".join(line.text for line in story.all_lines()), page_language)


def _unwrapped(line: Line, assembler: Assembler, language: str) -> CleanedPage:
    """A page that came as one long line: a headline only if one can be told apart."""
    head, body = split_title(line.text)
    head, byline = _byline_after_title(head)
    block = Block("paragraph", assembler.quotes(body, [(0, line.no)]), None, (line.no, line.no))
    article = CleanedArticle(
        publication=None,
        headline=assembler.quotes(head, [(0, line.no)]) if head else derived_headline([block]),
        byline=byline,
        dateline=None,
        body=[block],
        lines=(line.no, line.no),
        headline_printed=bool(head),
        language=language,
    )
    return _finish(
        line.raw, [line.no], [article], [], [], assembler.changes, [], language, True, False
    )


# A byline's label run on after a title: "Council Approves New Bridge By Jane Smith".
_RUN_ON_BYLINE = re.compile(r"\s(?:By|BY|Von|VON|Par|PAR)\s")
# Words a title may go on with after "By" that name no one: "Stand By Me Wins Award".
_NO_NAME = wordset("me you him her us them it this that all")


def _byline_after_title(head: str) -> tuple[str, str | None]:
    """The title and the byline run on after it on a page with no line breaks, or the
    title and None."""
    found = list(_RUN_ON_BYLINE.finditer(head))
    if not found or found[-1].start() == 0:
        return head, None
    at = found[-1].start()
    name = byline_name(head[at + 1 :])
    if name is None or any(w.lower() in _NO_NAME for w in name.split()):
        return head, None
    return head[:at], name


_TITLE_WORD = re.compile(
    r"[A-ZÀ-Ý0-9\"'“‘„«]|(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|"
    r"the|to|with|vs?\.?|de|du|la|le|les|et|der|die|das|und|von|zu|im)$"
)


def split_title(text: str) -> tuple[str, str]:
    """("Headline In Title Case", "First sentence ...") from text with no line breaks.

    A headline set in title case runs until the first word that is neither capitalised nor
    a small word of a title; the body starts with the capitalised word before it.
    """
    words = text.split(" ")
    for i, word in enumerate(words[:25]):
        if not _TITLE_WORD.match(word):
            cut = i - 1
            if cut >= 3 and words[cut][:1].isupper():
                return " ".join(words[:cut]).rstrip(" :—-"), " ".join(words[cut:])
            break
    return "", text


def _date_line_rest(story: Story, article: CleanedArticle, changes: list[Change]) -> None:
    """A date line under a headline that also prints the page or section ("Tuesday,
    March 4, 2025   Page A3"): the date is the dateline, the rest a running head."""
    date = article.dateline
    if not date:
        return
    for k, line in enumerate(story.date):
        if k:
            # The dateline is read from the first date line; a second ("Updated …") is left
            # out whole.
            changes.append(Change("removed", line.no, line.no, line.text, "", "running head"))
            continue
        changes.append(Change("dateline", line.no, line.no, line.text, date))
        if squash(date) != squash(line.text):
            at = line.text.find(date)
            rest = writer_beside_date(line.text, at, at + len(date)) if at >= 0 else None
            if rest is not None and article.byline in (None, rest):
                # "Jane Smith | March 12, 2024": the rest names who wrote the story.
                article.byline = rest
                continue
            changes.append(Change("removed", line.no, line.no, line.text, date, "running head"))


def _label_as_headline(article: CleanedArticle) -> None:
    # The label over the page's only story is its headline (header.label_heads_its_story):
    # in the stored article, as ``model.page_as_one`` gives it in the JSON.
    if article.headline_printed and label_heads_its_story(article.kicker):
        article.deck = [article.headline, *article.deck]
        article.headline, article.kicker = article.kicker, None


def _top_date(page: Layout) -> str | None:
    """A date line printed above the first headline is the page's date (under a masthead),
    which every story on the page carries."""
    first = page.stories[0]
    if first.date and first.head and first.date[0].no < first.head[0].no:
        return printed_date(first.date[0].fixed, first.date[0].text)
    return None


def _running_date(page: Layout) -> str | None:
    for label, run in page.removed:
        if label == "running":
            for line in run:
                date = printed_date(line.fixed, line.text)
                if date:
                    return date
    return None


def _removals(page: Layout, changes: list[Change]) -> list[Removal]:
    removed = []
    for change in changes:
        if change.kind == "removed" and not change.after and change.before.strip():
            # A line the stories were built without (a second date line under the first).
            lines = (change.line_start, change.line_end)
            removed.append(Removal(lines, change.before, change.reason))
    for label, run in page.removed:
        reason = REMOVED[label]
        copied = {copied_label(ln.text) for ln in run} if label == "jump" else set()
        if len(copied) == 1 and None not in copied:
            reason = copied.pop()
        text = "\n".join(ln.text for ln in run)
        first, last = run[0].no, run[-1].no
        changes.append(Change("removed", first, last, text, "", reason))
        removed.append(Removal((first, last), text, reason))
    for change in changes:
        if change.kind == "removed" and change.after:
            # Glyphs dropped from a line that stays: what is gone is what the line lost,
            # in the order it was printed.
            removed.append(
                Removal((change.line_start, change.line_end), _gone(change), change.reason)
            )
    removed.sort(key=lambda r: r.lines)
    return removed


def _gone(change: Change) -> str:
    """The words a line lost, in the order they were printed; of a word that lost a mark
    glued to it ("to;" become "to"), the mark. (A word that lost letters or digits is
    given whole: "Press1"" become "Press".)"""
    kept = Counter(change.after.split())
    gone = [word for word in change.before.split() if not _keep(kept, word)]
    changed = +kept  # the words as they stand after, not yet matched
    for k, word in enumerate(gone):
        rest = next((w for w in changed if w in word), None)
        if rest is None:
            continue
        mark = word.replace(rest, "", 1)
        if not any(c.isalnum() for c in mark):
            changed[rest] -= 1
            changed = +changed
            gone[k] = mark
    return " ".join(gone)


def _keep(kept: Counter[str], word: str) -> bool:
    if kept[word]:
        kept[word] -= 1
        return True
    return False


def _outside(run: list[Line], assembler: Assembler) -> Block:
    rows = [assembler.line(line) for line in run]
    return Block("outside", "\n".join(rows), None, (run[0].no, run[-1].no))


def _accounting(page: Layout, stories: list[CleanedArticle], outside: list[Block]) -> list[int]:
    """Raw lines whose words are in neither the result nor a removal."""
    lost: list[int] = []
    for story, article in zip(page.stories, stories, strict=True):
        lost += _story_lost(story, article)
    for run, block in zip(page.outside, outside, strict=True):
        lost += unaccounted(run, block.text)
    return sorted(set(lost))


def _story_lost(story: Story, article: CleanedArticle) -> list[int]:
    # The bars boxing a headline and the specks around its words are reported as removed
    # (``Assembler.headline``); the rest of each line must be there.
    head, kicker = _bare(story.head), _bare(story.kicker)
    # A wire credit's "By", misread by OCR ("Bjr Associated PrMi."), is reported as removed.
    bylines = story.byline
    if len(bylines) == 1 and (credit := damaged_service(bylines[0].text)) is not None:
        bylines = [replace(bylines[0], text=credit)]
    # So is a speck glued to its end ("Associated Press1").
    signed = [
        [*lines[:-1], replace(lines[-1], text=strip_byline_speck(lines[-1].text))]
        for lines in (bylines, story.signature)
        if lines
    ]
    # Byline lines left out of the byline stay where they stood: in the header as its
    # deck, in the text as a paragraph (``build._place_byline_rest``).
    byline_nos = {ln.no for ln in story.byline}
    bylines_as_text = " ".join(b.text for b in article.body if b.lines[0] in byline_nos)
    header = [
        # The label over the page's only story may head it, its headline then a deck
        # (``_label_as_headline``).
        (kicker, f"{article.kicker or ''} {article.headline}"),
        (head, f"{article.headline} {' '.join(article.deck)}"),
        (story.attrib, article.attribution or ""),
        (
            [ln for lines in signed for ln in lines],
            f"{article.byline or ''} {' '.join(article.deck)} {bylines_as_text} {_texts(article)}",
        ),
        (story.date, " ".join(ln.text for ln in story.date)),
    ]
    lost = []
    for lines, text in header:
        if lines:
            lost += unaccounted(lines, text)
    decks = [ln for bank in story.deck for ln in bank]
    if decks:
        lost += unaccounted(decks, " ".join(article.deck))
    blocks = {b.lines[0]: b for b in article.body}
    # A byline from no byline line is the sign that closed the last paragraph.
    last = last_paragraph(article.body)
    signed_by_sign = article.byline and not (story.byline or story.signature)
    signed = article.body[last] if signed_by_sign and last is not None else None
    for item in story.body:
        lines = item_lines(item)
        block = blocks.get(lines[0].no)
        text = "" if block is None else f"{block.text} {block.credit or ''}"
        if block is not None and block is signed:
            text = f"{text} {article.byline}"
        lost += unaccounted(lines, text)
    return lost


def _bare(lines: list[Line]) -> list[Line]:
    # A heading's lines as ``Assembler.headline`` keeps them.
    bare = strip_headline_specks([line.text for line in lines])
    return [
        replace(line, text=strip_line_bars(text)) for line, text in zip(lines, bare, strict=True)
    ]


def _printed(text: str) -> int:
    """How many characters of ink: what the share of text removed is measured in."""
    return len(text) - sum(text.count(c) for c in " \n\t")


def _texts(article: CleanedArticle) -> str:
    return " ".join(b.text for b in article.body[-1:])


def _cover_the_page(stories: list[CleanedArticle], printed: list[int]) -> None:
    """Stretch the stories' line ranges over the page's printed lines (``printed``, their
    numbers in order): the first from the top, each to the last printed line before the
    next, the last to the end. Then every removal, such as a masthead above the first
    headline or a running head at a column break, is reported with the story it was read
    with, and the article of a one-story page is all the page."""
    if not printed:
        return
    for i, article in enumerate(stories):
        first = printed[0] if i == 0 else article.lines[0]
        end = stories[i + 1].lines[0] if i + 1 < len(stories) else printed[-1] + 1
        last = printed[bisect_left(printed, end) - 1]
        article.lines = (first, max(last, first))


def _finish(
    raw: str,
    printed: list[int],
    stories: list[CleanedArticle],
    removed: list[Removal],
    outside: list[Block],
    changes: list[Change],
    lost: list[int],
    language: str,
    no_breaks: bool,
    doubts: bool,
) -> CleanedPage:
    total = _printed(raw) or 1
    share = sum(_printed(r.text) for r in removed) / total
    several = len(stories) > 1 or doubts
    removed_at = [r.lines[0] for r in removed]
    changes_at = [c.line_start for c in changes]
    _cover_the_page(stories, printed)
    for article in stories:
        first, last = article.lines
        article.removed = removed[bisect_left(removed_at, first) : bisect_right(removed_at, last)]
        article.changes = changes[bisect_left(changes_at, first) : bisect_right(changes_at, last)]
        article.flags = Flags(
            headline_printed=article.headline_printed,
            byline_found=bool(article.byline),
            removed_share=share,
            unaccounted_lines=tuple(n for n in lost if first <= n <= last),
            several_stories=several,
            no_line_breaks=no_breaks,
            language=article.language,
        )
    first = stories[0]
    flags = Flags(
        headline_printed=all(a.headline_printed for a in stories),
        byline_found=any(a.byline for a in stories),
        removed_share=share,
        unaccounted_lines=tuple(lost),
        several_stories=several,
        no_line_breaks=no_breaks,
        language=language,
    )
    return CleanedPage(
        stories=stories,
        removed=removed,
        outside=outside,
        changes=changes,
        flags=flags,
        language=first.language,
    )
