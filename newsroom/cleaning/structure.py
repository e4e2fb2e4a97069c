"""The structure model: what each line of a page is.

A linear-chain CRF (python-crfsuite) over the page's non-blank lines, with the features of
``features.py``. It is trained by ``python -m newsroom.cleaning.training.train`` from
generated pages and hand-made cases kept in the repository, and its file is committed
(``data/structure.crfsuite``). A sequence model sees each line with its neighbours and the
labels around it, so it learns that a byline follows a headline and that a short line after
a sentence ends a paragraph, from thousands of pages rather than from rules written for a
few.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path

import pycrfsuite

from .captions import (
    AGENCIES,
    NEWS_AGENCIES,
    has_caption_label,
    split_credit,
    standalone_credit,
)
from .features import (
    OPEN_WORDS,
    SAME_SUBJECT,
    SIGNATURE,
    column_width,
    is_section,
    jump_line,
    names_what_follows,
    sequence,
    topic_shift,
    writer_beside_date,
)
from .furniture import (
    caps_slogan,
    copied_label,
    is_tagline,
    named_over_taglines,
    nameplate,
    names_a_paper,
    names_an_edition,
    page_number,
)
from .header import (
    BYLINE_LABEL,
    TITLES,
    box_title,
    byline_name,
    closing_sign,
    correspondent_line,
    dateline_alone,
    dateline_credit,
    dateline_end,
    desk_credit,
    desk_sign,
    inset_label,
    is_caps,
    label_alone,
    looks_like_name,
    opens_with_dateline,
    outlet_line,
    role_line,
    run_in_title,
    strip_line_bars,
    with_agency,
)
from .lexicon import is_given_name, is_word
from .lines import (
    QUOTE_CLOSER,
    Line,
    ends_sentence,
    has_letters,
    has_word,
    join_lines,
    quote_open,
    wordset,
)
from .running import (
    DATE,
    DAY_OF_MONTH,
    MONTH_NAME,
    WEEKDAY,
    is_date,
    relative_stamp,
    running_line,
    timestamp,
)
from .stories import FIGURE, HEADER

MODEL_PATH = Path(__file__).with_name("data") / "structure.crfsuite"

# How sure the model must be that a headline starts a new story after body text.
SPLIT_CONFIDENCE = 0.6
# Where the text below a heading shares none of the long words of the text above it, the
# subject changes there and a weaker headline opens a story; where it shares many, the
# heading is more likely a subhead of the same story (``features.topic_shift``). Two
# stories share a word or two ("coh=1") by chance as often as not: over the candidate
# lines of four tuning seeds' pages, 0.4 there made 8 wrong splits and missed starts
# where 0.6 made 11.
_NEED = {"coh=0": 0.35, "coh=1": 0.4, "coh=3": 0.8}
# Where the text shares several words across it ("coh=2") and no header is under it, a
# heading not in capitals must be surer still: that is a subhead's place ("Over blocking",
# "What Comes Next"). Old papers set their stories' headlines in capitals, and two of
# their stories share a few words by chance ("SALVATION ARMY.").
_NEED_SAME_SUBJECT_BARE = 0.75
# Lines read as something else that a weaker headline may be, where the subject changes
# across them: the text's ("Boshaft." read as a paragraph's line), a caption, an inset, a
# deck, or material outside the stories ("WOULD MOVE CLOCK FORWARD." read as a caption).
_MAY_OPEN = ("sub", "pstart", "pcont", "caption", "inset", "outside", "deck")
# How sure it must be that a line is page furniture before the line is removed.
REMOVE_CONFIDENCE = 0.5

# The vocabulary of line labels (what each means: docs/ARCHITECTURE.md, "Cleaning").
LABELS = (
    "masthead",
    "running",
    "folio",
    "jump",
    "noise",
    "kicker",
    "head",
    "deck",
    "attrib",
    "byline",
    "date",
    "caption",
    "credit",
    "pstart",
    "pcont",
    "sub",
    "inset",
    "sig",
    "table",
    "outside",
)
_STARTS = frozenset(("head", "kicker"))
_BODY = frozenset(("pstart", "pcont", "sub", "table", "inset", "sig"))
_REMOVED = frozenset(("masthead", "running", "folio", "jump", "noise"))
_TEXT = frozenset(("pstart", "pcont"))
_HEADER = frozenset(("head", "kicker", "deck", "byline", "date", "caption", "credit"))
_KEPT = tuple(label for label in LABELS if label not in _REMOVED)
_INSTEAD = ("pstart", "pcont", "sub", "inset", "table", "caption", "deck", "byline")


_model_path = MODEL_PATH


def use_model(path: Path) -> None:
    """Tag with another model file from now on (the training tools compare models)."""
    global _model_path
    _model_path = path
    tagger.cache_clear()


@cache
def tagger(path: Path | None = None) -> pycrfsuite.Tagger:
    model = pycrfsuite.Tagger()
    model.open(str(path or _model_path))
    return model


# Furniture printed between stories is a line or two; lines of text in a row are the text.
_RUNNING_TEXT_LINES = 3
_TEXT_WORDS = 5


def _label_runs(
    labels: list[str], label: str, items: list[Line] | None = None
) -> Iterator[tuple[int, int]]:
    """The first and last index of each run of lines with ``label``, read as the caller
    relabels them (a run's lines may change; the next run is looked for after it). Given
    the ``items``, a blank line ends a run too: the runs are blocks of lines one right
    under the other."""
    n = len(labels)
    i = 0
    while i < n:
        if labels[i] != label:
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and labels[j + 1] == label
            and (items is None or items[j + 1].no == items[j].no + 1)
        ):
            j += 1
        yield i, j
        i = j + 1


# A "Related article:" inset holds its label's block and the teaser's under it.
_INSET_BLOCKS = 2


def text_read_as_inset(items: list[Line], feats: list[list[str]], labels: list[str]) -> list[int]:
    """A box is one block, and a "Related article:" inset its label's block and the
    teaser's under it. Lines read as an inset that run over more blocks (blank lines
    between them) are paragraphs of the text, which the model misread as a whole when
    margin glyphs and a label further down drew it that way: all of them where no inset
    label is among them or right above them, the blocks after the teaser's where one is.
    Each block opens a paragraph. Where the label's block holds the teaser's title too
    ("Mehr zum Thema:" / "Wie sich Anwohner gegen Hochwasser schützen"), the block under it
    is the teaser's only if it speaks of what the title names ("Related article: Peru:
    Clashes Break Out in the Amazon Region" / "The continuing tense situation in the Amazon
    Region …"): otherwise it is the story's text going on. Returns the indexes relabelled."""
    found = []
    width = 0  # the column's, measured when first needed
    for i, j in _label_runs(labels, "inset"):
        run = range(i, j + 1)
        opens = [k == i or items[k].no > items[k - 1].no + 1 for k in run]
        blocks = list(accumulate(opens))
        labelled = any("inset_label" in feats[k] for k in (*run, *range(max(0, i - 1), i)))
        # The first block that is text (past the run's last where none is).
        text_from = _INSET_BLOCKS + 1 if labelled else (1 if blocks[-1] > 1 else 2)
        if (
            labelled
            and blocks[-1] > 1
            and (
                not _teaser_under_title(items, run, blocks)
                or _teaser_in_first_block(items, run, blocks)
            )
        ):
            text_from = 2
        heading = range(0)  # the block set as the next story's heading, if one is
        for k, block, first in zip(run, blocks, opens, strict=True):
            if block >= text_from:
                labels[k] = "pstart" if first else "pcont"
                if first and _heading_alone(items, k, run):
                    labels[k] = "sub"
                elif first and block > 1:
                    width = width or column_width(items)
                    heading = _heading_block(items, k, width)
                if k in heading:
                    labels[k] = "head"
                found.append(k)
    return found


# A heading set as a block of its own holds this many lines at most, ...
_HEADING_BLOCK_LINES = 3
# ... each shorter than this share of the column.
_HEADING_BLOCK_SHARE = 0.6


def _heading_block(items: list[Line], k: int, width: int) -> range:
    """The block opening at line ``k`` where it is set as a heading over text: a few lines,
    each far short of the column (a paragraph's lines run to its end but its last),
    closed by a stop or by nothing, with a blank line and a paragraph under it ("Kunst,
    Wissenschaft" / "und Literatur." / "" / "Die Krankenversicherungsbeiträge, …");
    otherwise an empty range. ``width``: the column's."""
    end = k
    while end + 1 < len(items) and items[end + 1].no == items[end].no + 1:
        end += 1
    if (
        end - k + 1 > _HEADING_BLOCK_LINES
        or end - k < 1
        or end + 1 >= len(items)
        or any(len(items[m].text) >= _HEADING_BLOCK_SHARE * width for m in range(k, end + 1))
        or not (items[end].text[-1:] in ".!?" or items[end].text[-1:].isalnum())
        or not items[k].text[:1].isupper()
        or any(ends_sentence(items[m].text) for m in range(k, end))
        or not items[end + 1].text[:1].isupper()
        or len(items[end + 1].text) < _HEADING_BLOCK_SHARE * width
    ):
        return range(0)
    return range(k, end + 1)


def _heading_alone(items: list[Line], k: int, run: range) -> bool:
    """Whether line ``k`` of an inset's run is a block of its own, a few words in capitals
    closing on no stop, over more of the run: the text's subhead under the box ("Also
    read: Hospital Merger Wins Approval" / … / "WAITING LISTS" / "Patients say …")."""
    return (
        k + 1 in run
        and items[k + 1].no > items[k].no + 1
        and (k == run[0] or items[k - 1].no < items[k].no - 1)
        and is_caps(items[k].text)
        and len(items[k].text.split()) < _CAPS_SUBHEAD_WORDS
        and not ends_sentence(items[k].text)
    )


def paragraphs_read_as_insets(
    items: list[Line], feats: list[list[str]], labels: list[str]
) -> list[int]:
    """A box holds a label, a title, a teaser's sentence or a quotation, never paragraphs
    of sentences. On a page set a paragraph to a line (pasted from a screen), a line read
    as an inset that runs longer than any printed measure and ends a sentence written in
    small letters is a paragraph of the text ("The US car manufacturer General Motors said
    that it would axe 10,000 jobs at its European division, Opel. According to …"). So are
    the other lines read with it as one box where no inset's label is among them or right
    above them; where one is, the box is its label and the teaser's line (the label's own,
    where the teaser follows the label on it), and the text goes on from the first such
    paragraph after them. Returns the indexes relabelled."""
    found = []
    for i, j in _label_runs(labels, "inset"):
        run = range(i, j + 1)
        labelled = [k for k in range(max(0, i - 1), j + 1) if "inset_label" in feats[k]]
        if labelled:
            label = labelled[-1]
            match = inset_label(items[label].text)
            teaser = label if match and items[label].text[match.end() :].strip() else label + 1
            run = range(max(i, teaser + 1), j + 1)
        first = next((k for k in run if _screen_paragraph(items[k].text)), None)
        if first is None:
            continue
        start = first if labelled else i
        for k in range(start, j + 1):
            opens = (
                k == start or ends_sentence(items[k - 1].text) or items[k].no > items[k - 1].no + 1
            )
            labels[k] = "pstart" if opens else "pcont"
            found.append(k)
    return found


def _screen_paragraph(text: str) -> bool:
    """A paragraph set to one line, as a screen's copy is: longer than any printed
    measure, ending a sentence, most of its words (after the first) in small letters."""
    words = text.split()
    return (
        len(text) > _SCREEN_LINE
        and ends_sentence(text)
        and 2 * sum(w[:1].islower() for w in words[1:]) > len(words) - 1
    )


def _teaser_in_first_block(items: list[Line], run: range, blocks: list[int]) -> bool:
    """Whether an inset's first block, under its label and title, closes with its teaser: a
    sentence of ``_TEASER_WORDS`` words or more, not set as a title ("Related article:
    Myanmar: Aid Workers Still Face Delays in Reaching the" / "Worst-Hit Villages" /
    "Relief groups say permits for travel to the delta are still hard to get.")."""
    first = [k for k, block in zip(run, blocks, strict=True) if block == 1]
    last = items[first[-1]].text
    return (
        len(first) > 1
        and inset_label(last) is None
        and ends_sentence(last)
        and len(last.split()) >= _TEASER_WORDS
        and not _title_case(last)
        and not is_caps(last)
    )


def _run_end(items: list[Line], labels: list[str], k: int, kinds: Iterable[str]) -> int:
    """The last of the lines from ``k`` down, one under the other, read as one of ``kinds``."""
    while k + 1 < len(items) and labels[k + 1] in kinds and items[k + 1].no == items[k].no + 1:
        k += 1
    return k


def teasers_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "Related article: Peru: Clashes Break Out in the Amazon Region" / "The continuing
    tense situation in the Amazon Region of Peru has taken a turn for the worst" / "and
    has become unbearable in city of Bagua.": set wider than a narrow column, the teaser's
    block under an inset's label and title reads as a headline. A block of lines read as
    a headline right under such an inset (a blank line between), in small letters and
    closing a sentence, that passes for its teaser (``_teaser_under_title``) is the
    inset's. Returns the indexes relabelled."""
    found = []
    boxes = [*_label_runs(labels, "inset"), *_label_runs(labels, "outside")]
    for i, j in sorted(boxes):
        if (
            j + 1 >= len(items)
            or labels[j + 1] not in _TEASER_READ_AS
            or inset_label(items[i].text) is None
        ):
            continue
        # The teaser's block: under a blank line, or begun in the inset's lines.
        start = j + 1
        if items[j + 1].no == items[j].no + 1 and j > i:
            start = j
            while start > i and items[start].no == items[start - 1].no + 1:
                start -= 1
            if start == i:
                continue  # the inset's one block runs on into the lines read as a headline
        # (Right under a label that holds its title, "Also read: Hospital Merger Wins
        # Approval", the teaser may follow with no blank line.)
        end = _run_end(items, labels, j + 1, _TEASER_READ_AS)
        teaser = " ".join(items[k].text for k in range(start, end + 1))
        run = range(i, end + 1)
        blocks = [1 + (k >= start) for k in run]
        if (
            not is_caps(teaser)
            and ends_sentence(teaser)
            and len(teaser.split()) >= _TEASER_WORDS
            and _teaser_under_title(items, run, blocks)
        ):
            for k in range(i, end + 1):
                if labels[k] != "inset":
                    labels[k] = "inset"
                    found.append(k)
    return found


def titles_under_a_label_alone(items: list[Line], labels: list[str]) -> list[int]:
    """ "Related article:" / "Wind Farms Paid to Switch Off as Grid Struggles" / "Operators
    were paid a record sum last winter to stop producing power.": under an inset's label
    alone on its line, the lines of its block (up to a blank line, at most
    ``_INSET_BLOCK_LINES``) are the box's title and teaser, whatever the model read them
    as. Returns the indexes relabelled."""
    found = []
    i = 0
    while i < len(items) - 1:
        if labels[i] not in _LABEL_READ_AS or not label_alone(items[i].text):
            i += 1
            continue
        end = i
        while end + 1 < len(items) and items[end + 1].no == items[end].no + 1:
            end += 1
        box = range(i, end + 1)
        i = end + 1
        if (
            1 < len(box) <= _INSET_BLOCK_LINES + 1
            and all(labels[k] in _TEASER_READ_AS or labels[k] in ("inset", "outside") for k in box)
        ) or _title_over_a_teaser(items, labels, box):
            for k in box:
                if labels[k] != "inset":
                    labels[k] = "inset"
                    found.append(k)
    return found


# What a box's label alone on its line is read as: a headline or a subhead too, its words
# set as one ("READ MORE", "À LIRE AUSSI").
_LABEL_READ_AS = ("inset", "outside", "head", "kicker", "sub")


def _title_over_a_teaser(items: list[Line], labels: list[str], box: range) -> bool:
    """Whether the block under a box's label alone is a title read as a headline over a
    teaser of a sentence or two read as text, a narrow column's ("READ MORE" / "Fire Crews
    Tackle" / "Moorland Blaze" / "Fire crews spent much of" / … / "town.")."""
    k = box[0] + 1
    while k <= box[-1] and labels[k] in _TEASER_READ_AS:
        k += 1
    title, teaser = range(box[0] + 1, k), range(k, box[-1] + 1)
    text = " ".join(items[j].text for j in teaser)
    return (
        0 < len(title) <= _INSET_BLOCK_LINES
        and len(teaser) > 0
        and all(labels[j] in _TEXT for j in teaser)
        and ends_sentence(text)
        and len(_SENTENCE_BREAK.findall(text)) < _TEASER_SENTENCES
    )


# An inset's block under its label: a title and a teaser of a line or two.
_INSET_BLOCK_LINES = 4
_TEASER_SENTENCES = 2  # a teaser has at most this many
# What a teaser's lines read as: a headline, and its last a deck or a byline ("Aung San
# Suu Kyi?").
_TEASER_READ_AS = ("head", "deck", "byline")
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
# A teaser is a sentence of at least this many words, or a dateline ("MELBOURNE, Monday.").
_TEASER_WORDS = 5
# Where one sentence ends and another begins.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.!?][\"'”’»]?\s+[\"'“‘„«]?[A-ZÀ-Ý]")


def _teaser_under_title(items: list[Line], run: range, blocks: list[int]) -> bool:
    """Whether an inset's second block is its teaser: unless the first block opens on the
    label and holds the title too, and the second is not one whole sentence and shares no
    word with that title."""
    first = [items[k].text for k, b in zip(run, blocks, strict=True) if b == 1]
    second = [items[k].text for k, b in zip(run, blocks, strict=True) if b == 2]
    if not (label := inset_label(first[0])):
        return True  # the label is further down: the blocks above it are the text's
    title = {
        w.lower() for text in (label.group("rest"), *first[1:]) for w in _TITLE_WORD.findall(text)
    }
    teaser = " ".join(second)
    if len(teaser.split()) < _TEASER_WORDS and not opens_with_dateline(teaser):
        return False  # "Kunst, Wissenschaft" / "und Literatur.": a heading, not a sentence
    if len(title) < 3 or (ends_sentence(teaser) and _SENTENCE_BREAK.search(teaser) is None):
        return True  # a teaser is one sentence
    return any(w.lower() in title for text in second for w in _TITLE_WORD.findall(text))


def running_heads_inside_sentences(items: list[Line], labels: list[str]) -> list[int]:
    """ "… the board's" / "2   THE HARBOUR GAZETTE   Tuesday, May 6, 2025" / "chairman,
    Tom Rennick, said …": a line the running-head recogniser knows, with the page's date,
    that a sentence of the text runs across (the line above ends none, the line below goes
    on in small letters) is the page's running head, set where the column broke, however
    the model read it. So is one that repeats, but for its page number, a running head
    removed elsewhere on the page ("WORLD | 12" … "bef-" / "WORLD | 13" / "ore the end").
    Returns the indexes relabelled."""
    found = []
    heads = None  # the running heads removed elsewhere, without their page numbers
    for i in range(1, len(items) - 1):
        if (
            labels[i] in _TEXT
            and labels[i - 1] in _TEXT
            and labels[i + 1] in _TEXT
            and not ends_sentence(items[i - 1].text)
            and items[i + 1].text[:1].islower()
        ):
            if heads is None:
                removed = [k for k, label in enumerate(labels) if label in ("running", "folio")]
                heads = {_without_figures(items[k].text) for k in removed} - {""}
                longest = max((len(items[k].text) for k in removed), default=0) + _PAGE_DIGITS
            running = running_line(items[i].fixed)
            if (running is not None and running.date) or (
                heads and len(items[i].text) <= longest and _without_figures(items[i].text) in heads
            ):
                labels[i] = "running"
                found.append(i)
    return found


# A page number's figures more than the running head showed: "12" over "112".
_PAGE_DIGITS = 3


def _without_figures(text: str) -> str:
    """A running head's words, without the page number that changes from page to page."""
    return _words_of(_FIGURES.sub(" ", text))


_FIGURES = re.compile(r"\d+")


_NOT_WORD = re.compile(r"[\W_]+")
_REPEAT_WORDS = 5
_REPEAT_REACH = 60  # lines


def _words_of(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


_QUOTE_OPENERS = "\"'“‘„«‚"


def repeated_lines(items: list[Line], labels: list[str]) -> list[int]:
    """A pull quote repeats the text it is pulled from: a line standing alone between blank
    lines, read as a paragraph, whose words the page prints elsewhere word for word, is set
    apart from the text, not part of it. Wholly in quote marks it is a pull quote (an
    inset), otherwise a caption under a photo of the scene. Returns the indexes
    relabelled."""
    found = []
    words: dict[int, str] = {}  # each line's words, read once however many lines look at it
    for i in range(1, len(items) - 1):
        if (
            labels[i] != "pstart"
            or items[i].no == items[i - 1].no + 1
            or items[i + 1].no == items[i].no + 1
        ):
            continue
        text = _words_of(items[i].text)
        if text.count(" ") + 1 < _REPEAT_WORDS:
            continue
        # The text it repeats is near it: the story's, not the whole page's.
        near = [
            *range(max(0, i - _REPEAT_REACH), i),
            *range(i + 1, min(len(items), i + 1 + _REPEAT_REACH)),
        ]
        for k in near:
            if k not in words:
                words[k] = _words_of(items[k].text)
        if text in " ".join(words[k] for k in near):
            line = items[i].text
            quoted = line[0] in _QUOTE_OPENERS and line.rstrip(".")[-1] in "\"'”’“»«"
            labels[i] = "inset" if quoted else "caption"
            found.append(i)
    return found


# A row of a table or a list of results: a few words, then a figure ("Ja        31",
# "Nein 12"); a page's number is no row ("Seite 28", "Page 5").
_ROW = re.compile(
    r"(?!(?i:page|seite|pg\.?|p\.|s\.|suite)\s)[^\W\d_][^\W\d]*(?:\s[^\W\d]+){0,3}"
    r"\s+[-+]?\d[\d.,:%/-]*"
)
_FURNITURE_READING = frozenset(("running", "folio", "noise"))


def controls_on_top(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """ "Supported by" / "SKIP ADVERTISEMENT" over the headline: the labels and buttons a
    copied page opens on (``furniture.copied_label``) are furniture, and the model never
    sees them, since it reads a page's first lines as its header. Returns the lines with
    those left blank, and the numbers of the lines blanked."""
    hidden = []
    for line in lines:
        if not line.text:
            continue
        if len(line.text) >= _CONTROL_CHARS or not copied_label(line.text):
            break
        hidden.append(line.no)
    if not hidden:
        return lines, []
    blank = set(hidden)
    return [replace(ln, text="") if ln.no in blank else ln for ln in lines], hidden


def advertisement_labels(items: list[Line], labels: list[str]) -> list[int]:
    """ "Advertisement", "ANZEIGE", "Story continues below advertisement": the label of an
    advertisement, or what copied text keeps of one, is furniture, removed as it is
    reported, not a heading that opens a story; so is a web page's button or prompt that
    copied text keeps ("Share this article", "Teilen"). Returns the indexes relabelled."""
    found = []
    for i, line in enumerate(items):
        if labels[i] != "jump" and len(line.text) < _CONTROL_CHARS and copied_label(line.text):
            labels[i] = "jump"
            found.append(i)
    return found


# A web page's button or label is shorter than this.
_CONTROL_CHARS = 60


def rows_read_as_furniture(items: list[Line], labels: list[str]) -> list[int]:
    """Results are never page furniture: "Ergebnisse der Abstimmung:" / "Ja 31" / "Nein 12"
    / "Enthaltung 4" is a table, though a word and a figure alone on a line look like a
    running head or a page number. Lines read as a running head, a page number or scan
    noise that are rows, two or more together or under a line that ends on a colon (no
    blank line between), are kept: the table of the text that introduces them, or, with
    no such line, material outside the stories (reported, never glued into one). Returns
    the indexes relabelled."""
    found = []
    n = len(items)
    for i in range(n):
        if labels[i] not in _FURNITURE_READING or not _ROW.fullmatch(items[i].text):
            continue
        above = i > 0 and items[i - 1].no == items[i].no - 1
        below = i + 1 < n and items[i + 1].no == items[i].no + 1
        introduced = above and items[i - 1].text.endswith(":")
        if not (
            introduced
            or (above and _is_row(items, labels, i - 1))
            or (below and _is_row(items, labels, i + 1))
        ):
            continue
        found.append(i)
    for i in found:
        k = i
        while k > 0 and items[k - 1].no == items[k].no - 1 and _ROW.fullmatch(items[k - 1].text):
            k -= 1
        introduced = (
            k > 0 and items[k - 1].no == items[k].no - 1 and items[k - 1].text.endswith(":")
        )
        labels[i] = "table" if introduced and labels[k - 1] in _BODY else "outside"
        # The table goes on in rows the model read as the text's.
        j = i + 1
        while j < n and labels[j] in _TEXT and items[j].no == items[j - 1].no + 1:
            if not _ROW.fullmatch(items[j].text):
                break
            labels[j] = labels[i]
            j += 1
    return found


# A fact box's row: a short label, its colon, and the value ("Built: 1828", "Height: 20
# metres", "Einwohner: 12 400").
_FACT_ROW = re.compile(r"[^\W\d_][\w'’. -]{0,24}:\s+\S.{0,30}")
_FACT_ROWS = 3
# What the model may take a fact box's rows for.
_FACT_READS = frozenset(
    ("running", "folio", "masthead", "outside", "date", "byline", "deck", "caption")
)


def fact_boxes(items: list[Line], labels: list[str]) -> list[int]:
    """ "Cape Wrath lighthouse" / "Built: 1828" / "Height: 20 metres" / "Automated: 1998":
    three rows or more one under the other, each a short label, its colon and a value, are
    a box of facts, a table kept with the text, however the model read them (a nameplate,
    a running head). Returns the indexes relabelled."""
    found = []
    i = 0
    n = len(items)
    while i < n:
        j = i
        while (
            j < n
            and _FACT_ROW.fullmatch(items[j].text)
            and (j == i or items[j].no == items[j - 1].no + 1)
        ):
            j += 1
        run = range(i, j)
        if len(run) >= _FACT_ROWS and any(labels[k] in _FACT_READS for k in run):
            for k in run:
                labels[k] = "table"
                found.append(k)
        i = max(j, i + 1)
    return found


def boxes_under_their_title(items: list[Line], labels: list[str]) -> list[int]:
    """ "KEY FACTS" / "Hind arrested this man, and, …" / … / "": a box of facts' title
    (``header.box_title``) and the lines set right under it, down to the first blank line
    or a paragraph, a heading or a signature the model found after its first line, are the
    box, set in the story but no part of its text, however the model read them. Returns the
    indexes relabelled."""
    found = []
    for i, line in enumerate(items):
        if labels[i] in _REMOVED or not box_title(line.text):
            continue
        k = i
        while (
            k < len(items)
            and labels[k] not in _REMOVED
            # (a paragraph, a heading or a signature after the box's first line is the
            # story's again: the box ran into it without a blank line)
            and not (k > i + 1 and labels[k] in _AFTER_A_BOX)
        ):
            if labels[k] != "inset":
                labels[k] = "inset"
                found.append(k)
            if k + 1 < len(items) and items[k + 1].no != items[k].no + 1:
                break
            k += 1
    return found


_AFTER_A_BOX = frozenset(("pstart", "sub", "head", "sig", "byline"))


def _is_row(items: list[Line], labels: list[str], k: int) -> bool:
    return labels[k] in ("table", *_FURNITURE_READING) and _ROW.fullmatch(items[k].text) is not None


def text_read_as_furniture(items: list[Line], labels: list[str], marginal) -> None:
    """Lines of running text are no running head, page number or scan noise, however
    garbled the scan left them: three or more lines in a row read as such furniture, each
    of five words or more, keep their likeliest label among those that stay. (A masthead
    may take several lines at the top of the page, and stays.)"""
    n = len(items)
    i = 0
    while i < n:
        if labels[i] not in _REMOVED or labels[i] == "masthead" or not _wordy(items[i].text):
            i += 1
            continue
        j = i
        while j + 1 < n and labels[j + 1] in _REMOVED and labels[j + 1] != "masthead":
            if not _wordy(items[j + 1].text):
                break
            j += 1
        if j - i + 1 >= _RUNNING_TEXT_LINES:
            for k in range(i, j + 1):
                labels[k] = max(_KEPT, key=lambda other, k=k: marginal(other, k))
        i = j + 1


# Lines read as material outside the stories that are prose: at least this many in a run.
_PROSE_LINES = 3
# A line this many times as long as the middle line of the text was set unwrapped.
_UNWRAPPED = 1.6


def prose_read_as_outside(items: list[Line], labels: list[str]) -> None:
    """Advertisements, a puzzle's grid and a table's rows are set a line to an item; a
    sentence runs on from line to line. A run of lines one under the other, read as
    material outside the stories, in which the phrase goes on from most lines into the
    next ("dozens of villages in the" / "river delta, where heavy" / "rain has fallen for
    nine" — a column too narrow for the model), is the text: the paragraph goes on into it
    from the line above where that line's sentence is open, and the run opens one where it
    is closed."""
    n = len(items)
    if "outside" not in labels:
        return
    # the measure the lines read as the text are set to
    text = sorted(len(items[k].text) for k in range(n) if labels[k] in _TEXT)
    if len(text) < _PROSE_LINES:
        return
    # (lines far longer than the middle one were set unwrapped: a box's teaser)
    text = text[: bisect_right(text, text[len(text) // 2] * _UNWRAPPED)]
    width = text[int(len(text) * 0.9)]
    # (on a short page, a teaser's line or two read as the text are that tenth: the lines
    # that run on into the next are set to the measure, the most of them near it)
    wrapped = sorted(
        len(items[k].text)
        for k in range(n - 1)
        if labels[k] in _TEXT and _runs_on(items[k].text, items[k + 1].text)
    )
    if len(wrapped) >= _PROSE_LINES:
        width = min(width, wrapped[len(wrapped) * 3 // 4])
    for first, last in _label_runs(labels, "outside"):
        # (a blank line ends a run: the lines must be one under the other)
        breaks = [k for k in range(first, last) if items[k + 1].no != items[k].no + 1]
        for i, j in zip([first, *(k + 1 for k in breaks)], [*breaks, last], strict=True):
            _prose_run(items, labels, i, j, width)


def headings_read_as_outside(items: list[Line], labels: list[str]) -> list[int]:
    """ "S A F A U E C" / … / "" / "CLEARANCES. - May 7" / "Ville de la Ciotat, French
    mail": a line read as material outside the stories (a puzzle's grid, an
    advertisement) but set apart from such material above by a blank line, alone, and
    run straight into a paragraph's first line below, is that text's heading: a grid or an
    advertisement runs into no paragraph. Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        if (
            labels[i] == "outside"
            and labels[i + 1] == "pstart"
            and items[i + 1].no == items[i].no + 1
            and (i == 0 or items[i - 1].no < items[i].no - 1)
            and _HEADING_WORD.search(items[i].text) is not None
        ):
            labels[i] = "head"
            found.append(i)
    return found


def headings_read_as_rows(items: list[Line], labels: list[str]) -> list[int]:
    """ "Wellington    33    2" / "Melbourne    -5    12" / "US stock markets fall to lowest
    levels since 1997" / "Three major United States stock market indexes …": the last line
    read as a table's, right over a paragraph's first line (or a blank line over it, with
    no row over it), that has no row's form (a few
    words and their figures, or columns set apart by spaces) but words of a phrase, is the
    heading of the text under it: the next story's headline, which opens it however unsure
    the model, or a subhead where the text goes on about the same things across it.
    Returns the indexes of the headlines."""
    found = []
    for i in range(len(items) - 1):
        line = items[i]
        if (
            labels[i] != "table"
            or labels[i + 1] != "pstart"
            # (right over it, or a blank line apart where no row stands over it: a table
            # of one row is none, "… expires in 2008." / "" / "Boeing unveils long-range
            # 777" / "" / "Boeing has unveiled …")
            or not (
                items[i + 1].no == line.no + 1
                or (items[i + 1].no == line.no + 2 and (i == 0 or labels[i - 1] != "table"))
            )
            or _ROW.fullmatch(line.text) is not None
            or _COLUMN_GAP.search(line.fixed.strip()) is not None
            or len(_HEADING_WORD.findall(line.text)) < _PHRASE_WORDS
        ):
            continue
        if _heading_over_the_text(items, labels, i, i):
            found.append(i)
    return found


def _heading_over_the_text(
    items: list[Line], labels: list[str], i: int, j: int, same: frozenset[str] = SAME_SUBJECT
) -> bool:
    """Label lines ``i`` to ``j``, a heading over the text: a subhead where the text goes
    on about the same things across it (``same``: the cohesions that say so), else the
    next story's headline. Returns whether it is a headline."""
    head = topic_shift(items, i, labels) not in same
    labels[i : j + 1] = ["head" if head else "sub"] * (j + 1 - i)
    return head


_COLUMN_GAP = re.compile(r"\S {3,}\S|\t")  # a table's columns set apart
_PHRASE_WORDS = 3  # words of three letters or more a heading's phrase has at least


# A word of a heading: three letters or more ("CLEARANCES", not a grid's "S A F A").
_HEADING_WORD = re.compile(r"[^\W\d_]{3,}")


def _prose_run(items: list[Line], labels: list[str], i: int, j: int, width: int) -> None:
    """Lines ``i`` to ``j``, one under the other and read as outside material, as the text
    where they are prose set to the text's ``width`` (``prose_read_as_outside``)."""
    joins = [_runs_on(items[k].text, items[k + 1].text) for k in range(i, j)]
    if (
        j - i + 1 >= _PROSE_LINES
        and 2 * sum(joins) > len(joins)
        # set to the text's measure, as a caption or a headline wrapped short is not (but
        # for a paragraph's last line, closing its sentence)
        and all(
            len(items[k].text) * 10 >= width * 7 or ends_sentence(items[k].text)
            for k in range(i, j)
        )
    ):
        goes_on = (
            i > 0
            and labels[i - 1] in (*_TEXT, "caption")
            and items[i - 1].no + 1 == items[i].no
            and not ends_sentence(items[i - 1].text)
        )
        if goes_on and labels[i - 1] == "caption":
            if split_credit(items[i - 1].text)[1] is not None:
                goes_on = False
            else:
                # the paragraph's first line, read as a caption: "Rising water has cut off"
                # / "dozens of villages in the"
                labels[i - 1] = "pstart"
        labels[i] = "pcont" if goes_on else "pstart"
        for k in range(i + 1, j + 1):
            labels[k] = "pcont"


# The marks that may close a sentence and the quote around it.
_CLOSING_MARKS = frozenset('!?.…»«”“"’)] ')


def sentences_going_on_as_headings(items: list[Line], labels: list[str]) -> list[int]:
    """ "… even voting for Mr." / "Giltinan and Mr.", "… west of Eyre," / "Western
    Australia.": a line read as a subhead right under a line of the text whose sentence is
    open (it ends on a comma, a semicolon, a word a phrase goes on from or a name's title)
    is the sentence going on. (Not a signature: "I am, Sir, yours faithfully," signs; but
    one under a name's title is the name going on: "The resignation of Mr." / "G. H.")
    Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] not in ("sub", "sig") or labels[i - 1] not in _TEXT:
            continue
        above = items[i - 1].text
        if items[i].no != items[i - 1].no + 1:
            continue
        if labels[i] == "sig":
            if _abbreviation_stop(above):
                labels[i] = "pcont"
                found.append(i)
            continue
        if (
            # ("… proved startling. ," closed its sentence: a speck made the comma)
            (above[-1:] in ",;" and not ends_sentence(above.rstrip(" ,;")))
            or _phrase_open(above)
            or _abbreviation_stop(above)
        ):
            labels[i] = "pcont"
            found.append(i)
    return found


def headlines_broken_in_a_word(items: list[Line], labels: list[str]) -> list[int]:
    """ "HOSIE FOR THE CON-" / "SUMPTIVES.": a headline's line that ends inside a word goes
    on in the next one, which is more of the headline where it is set in the same
    capitals and short, whatever the model read it as. Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        below = items[i + 1]
        if (
            labels[i] == "head"
            and labels[i + 1] in _TEXT
            and below.no == items[i].no + 1
            and _breaks_a_word(items, labels, i)
            and is_caps(items[i].text)
            and is_caps(below.text)
            and len(below.text.split()) <= _HEADING_WORDS
        ):
            labels[i + 1] = "head"
            if i + 2 < len(items) and labels[i + 2] == "pcont":
                labels[i + 2] = "pstart"
            found.append(i + 1)
    return found


# What a line read as the header's may be, right under a headline's line that its comma or
# semicolon leaves open.
_HEADER_MATERIAL = frozenset(("deck", "caption", "byline", "sub", "kicker", "inset", "outside"))


def headlines_left_open_by_a_mark(items: list[Line], labels: list[str]) -> list[int]:
    """ "SPARROWS ATTACK MEN;" / "MAKE THEM QUIT WORK", "4) Verkäufe, Verpachtungen," /
    "Verdingungen rc.": a headline's line that ends on a comma or a semicolon goes on in
    the line right under it, set in the same case, whatever the model read that line as
    (a deck, a caption, a byline): a headline closes its last line on a word, a stop, a
    question or an exclamation, never on a comma. The lines read so right under it go on
    the headline too, up to its fourth line. (A notice's one word with its comma,
    "BEKANNTMACHUNG,", is its whole heading: its subject follows, "betreffend …".)
    Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        above = items[i - 1].text
        if not (
            labels[i - 1] == "head"
            and above[-1:] in ",;"
            and above[:-1].rstrip()[-1:] not in ".!?:;,"  # "SPANIEN. ;" is closed, and a speck
            and labels[i] in _HEADER_MATERIAL
            and items[i].no == items[i - 1].no + 1
            and is_caps(items[i].text) == is_caps(above)
            and not _marks_a_photo(items[i].text)
        ):
            continue
        first = i - 1
        while (
            first > 0 and labels[first - 1] == "head" and items[first - 1].no + 1 == items[first].no
        ):
            first -= 1
        if first == i - 1 and " " not in above.strip():
            continue  # a notice's one word: "BEKANNTMACHUNG," / "betreffend …"
        read_as, k = labels[i], i
        while (
            k < len(items)
            and k - first < _HEADLINE_LINES
            and labels[k] == read_as
            and items[k].no == items[k - 1].no + 1
        ):
            labels[k] = "head"
            found.append(k)
            if ends_sentence(items[k].text):
                break
            k += 1
    return found


# Words in small letters: a headline line set so ("government aid"), not one in capitals
# or a speck ("||l").
_SMALL_LETTERS = re.compile(r"\b[a-zà-öø-ÿß]{3,}")


def names_set_apart_under_headlines(
    items: list[Line], labels: list[str], language: str
) -> list[int]:
    """ "FIRE CREWS TACKLE MOORLAND BLAZE" / "" / "GRACE MWANGI" / "" / "Fire crews spent
    …": a name in capitals set apart under a headline, by a blank line or by the headline's
    small letters, over the text, is its byline, not more of the headline; so are two
    names joined by "and", set right under it ("GOW. TAYLOR ADJOURNS THE LEGISLATURE" /
    "GRACE O'NEILL AND GRACE REYES"). A name: two or
    three capitalised words, in English one of them no English word ("HOMES FLOODED" is a
    phrase), in French none of them a word the page's text sets small ("AMÉLIE LAMBERT",
    not "PRÊTE DÉSORMAIS"; German capitalises its nouns). Returns the indexes relabelled."""
    found = []
    if language not in ("en", "fr"):
        return found
    small = None
    for i in range(1, len(items) - 1):
        line = items[i]
        if (
            labels[i] != "head"
            or labels[i - 1] not in _STARTS
            or labels[i + 1] not in _TEXT
            or not is_caps(line.text)
        ):
            continue
        names = _NAMES_JOINED.split(line.text)
        # (right against a headline in capitals, a name may be the end of it; under one in
        # small letters it is set apart by its case: "government aid" / "CLAIRE DOYLE")
        against = items[i - 1].no + 1 == line.no
        by_case = against and _SMALL_LETTERS.search(items[i - 1].text) is not None
        if (
            len(names) > 2
            or (len(names) == 1 and against and not by_case)
            # (under a kicker, only names joined: "COLUMN" / "CLAIRE WHITFIELD AND JOHN
            # LAURENT", whose kicker is then the headline)
            or (len(names) == 1 and labels[i - 1] == "kicker")
        ):
            continue
        if small is None:
            small = _small_words(items, labels)
        words = [w.strip(".,") for w in line.text.split() if w not in _NAME_JOINS]
        unwritten = _unwritten(words, small)
        if all(
            2 <= len(name.split()) <= _BYLINE_NAME_WORDS and looks_like_name(name.split())
            for name in names
        ) and (
            # (the English list knows many names, "Reyes", "Whitfield", "Laurent": names
            # joined are a byline too where the text writes none of their words small)
            (not all(is_word(w) for w in words) or ((len(names) == 2 or by_case) and unwritten))
            if language == "en"
            else unwritten
        ):
            labels[i] = "byline"
            found.append(i)
    return found


def bylines_going_on_from_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "Artikel V." / "Von Hermann Zimmermann" / "(Sonderberichterstatter.)": a line of
    the headline or its decks, under another, that is a byline by its form ("By Jane
    Smith", "Von Hans Müller", "Par Jean Dupont", its first word a capital's) names who
    wrote the story; it goes on no headline. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if not (
            labels[i] in ("head", "deck")
            and labels[i - 1] in ("head", "deck")
            # ("Vereinigte Staaten" / "von Nord-Amerika.": the phrase going on)
            and items[i].text[0].isupper()
        ):
            continue
        name = byline_name(items[i].text)
        # a name and a surname at least, and no article ("4. VERLOSUNG RC." / "VON
        # WERTPAPIEREN.", "ACTA REJETÉ" / "PAR LE PARLEMENT EUROPÉEN" are the headline
        # going on)
        if (
            name is not None
            and len(words := name.split()) >= 2
            and words[0].lower() not in _ARTICLES
            and looks_like_name(words)
        ):
            labels[i] = "byline"
            found.append(i)
    return found


def names_read_as_the_headline(items: list[Line], labels: list[str]) -> list[int]:
    """ "Boeing rolls out first 787 Dreamliner to go into service" / "SATURDAY, 12 JULY
    2004" / "DANIEL WHITFIELD" / "" / "Three years after …": the page's first line read
    as a headline, a line of its own over the text, that is a name in capitals (two or
    three capitalised words, no stop, comma or title, none of them a word the page's text
    writes small) is the byline: the headline above it was read as furniture, which
    ``headlines_removed_as_furniture`` then gives back. Returns the indexes relabelled."""
    first = next((k for k, label in enumerate(labels) if label in _STARTS), None)
    if first is None or first + 1 >= len(items) or labels[first] != "head":
        return []
    text = items[first].text
    words = text.split()
    if (
        labels[first + 1] not in (*_TEXT, "caption", "date")
        or not is_caps(text)
        or not all(w.isalpha() for w in words)
        or not 2 <= len(words) <= _BYLINE_NAME_WORDS
        or not looks_like_name(words)
        or words[0].lower() in _NAMELESS_OPENERS
        or not any(labels[k] in _REMOVED for k in range(first))
        or not _unwritten(words, _small_words(items, labels))
    ):
        return []
    labels[first] = "byline"
    return [first]


def headlines_read_as_bylines(
    items: list[Line], feats: list[list[str]], labels: list[str]
) -> list[int]:
    """ "… which has applied during the war." / "DRAFTING WOOL PLANS" / "CANBERRA,
    Friday. - Decisions on wool …": a headline in capitals of a few words looks like a
    name set alone. A line read as a byline with nothing but its words to say so
    (``_no_byline_form``), with no headline over it, right over the text of a story, whose
    words the page's text mostly writes in small letters, is the headline of the story it
    stands over: a name is never written small in the text. Returns the indexes
    relabelled, which open their stories."""
    found = []
    common = None  # the page's words written small, read when first needed
    for i in range(1, len(items) - 1):
        line = items[i].text
        if (
            labels[i] != "byline"
            or labels[i + 1] not in ("pstart", "date")
            or not is_caps(line)
            or not _no_byline_form(line, feats[i])
        ):
            continue
        above = next((labels[k] for k in range(i - 1, -1, -1) if labels[k] not in _REMOVED), "")
        if above in _HEADER:
            continue
        if common is None:
            common = _common_words(items)
        words = _words_to_weigh(line)
        if len(words) >= 2 and _mostly_written_small(words, common):
            labels[i] = "head"
            found.append(i)
    return found


def names_closing_the_header(
    items: list[Line], labels: list[str], language: str = "und"
) -> list[int]:
    """ "THESE ARTISTS LEAVE FOR THE COLONIES ON THE" / "MONOWAI" / "PETER WHITFIELD" / "" /
    "MELBOURNE, Sunday.—…": the header's last line, right over the text, read as a deck,
    that is a name in capitals, is the byline: two or three capitalised words, with no
    stop, comma or title ("MR. JOHN KITCHEN" is whom a notice is about), none of which the
    page's text writes at all. The writer is seldom named in the story; its subject is
    ("MCMAHON APPEARED", "PUNAHOU PREPARATORY"). So is such a line read as the headline's
    last, under one that leaves no phrase open ("ADVANCES ANNOUNCED" / "IN COMMUNIQUE" /
    "JOHN ASANTE"), when it opens on a given name or, on an English page, its words are
    not all English words ("QUIT WORK" ends a headline; "TRIBUTE TO" / "JOHN CURTIN" names
    its subject). Returns the indexes relabelled."""
    found: list[int] = []
    written: set[str] | None = None  # the words of the page's text, read when first needed
    for i in range(1, len(items) - 1):
        text = items[i].text
        words = text.split()
        if (
            not (
                (labels[i] == "deck" and labels[i - 1] in ("head", "deck"))
                # or the last of a headline's lines, under one that closes its phrase
                # ("ADVANCES ANNOUNCED" / "IN COMMUNIQUE" / "JOHN ASANTE")
                or (
                    labels[i] == "head"
                    and labels[i - 1] == "head"
                    and not _phrase_open(items[i - 1].text)
                    # (a name, not words of the headline: "QUIT WORK", "DOWN SHARPLY"):
                    # opened by a given name, or on an English page of a word no English
                    # word list holds
                    and (
                        is_given_name(words[0])
                        or (language in ("en", "und") and not all(is_word(w) for w in words))
                    )
                )
            )
            or labels[i + 1] not in _TEXT
            or not is_caps(text)
            or not all(w.isalpha() for w in words)
            or not 2 <= len(words) <= _BYLINE_NAME_WORDS
            or not looks_like_name(words)
            or words[0].lower() in _NAMELESS_OPENERS  # "THEY CAME"
            # a story signs once: "COMMANDERS VIEW" / … / "(By Associated Press"
            or "byline" in labels[i + 1 : i + 1 + _SIGNED_REACH]
        ):
            continue
        if written is None:
            written = {
                w.lower()
                for k, label in enumerate(labels)
                if label in _TEXT
                for w in _WORD_OF_LETTERS.findall(items[k].text)
            }
        if any(w.lower() in written for w in words):
            continue
        labels[i] = "byline"
        found.append(i)
    return found


_SIGNED_REACH = 8  # lines under a header's last line where its byline may yet be printed
_NAMES_JOINED = re.compile(r"\s+(?:AND|ET|&)\s+")
_NAME_JOINS = ("AND", "ET", "&")


# A writer's name set alone holds this many words at most ("GRACE MWANGI", "Stefan Wolf").
_BYLINE_NAME_WORDS = 3


def days_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """A day's name alone under a headline is its deck, the day of the sitting it reports
    ("METROPOLITAN" / "DISTRICT COURT" / "FRIDAY."), not more of the headline. Returns
    the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] == "head"
            and labels[i - 1] == "head"
            and items[i - 1].no + 1 == items[i].no
            and _WEEKDAY_WORD.fullmatch(items[i].text.rstrip(".,").strip()) is not None
        ):
            labels[i] = "deck"
            found.append(i)
    return found


_PAR_ARTICLE = re.compile(r"(?i:par (?:le|la|les) )")


def signatures_read_as_headlines(items: list[Line], labels: list[str], language: str) -> list[int]:
    """ "… que des balles de ping-pong." / "HÉLÈNE LEFÈVRE." / "FRANCE : DISPARITION" / "DE
    THIERRY ROLAND": a name in capitals closed by its stop, set right under the text's
    closed sentence and over the next story's heading in capitals, signs the story above;
    it heads nothing, and the line under it read as a deck is that heading. The name is two or
    three capitalised words the page's text writes none of small (in English, or one
    no English word). Returns the indexes relabelled."""
    found = []
    small = cache(lambda: _small_words(items, labels))  # read when first needed
    for i in range(1, len(items) - 1):
        line = items[i]
        if (
            labels[i] != "head"
            or labels[i - 1] not in _TEXT
            or labels[i + 1] not in ("head", "deck")
            # (right under the text, or set apart from the text and the heading alike with
            # no title: "MR. ALEXANDER VEITCH." / "HE LEAVES A FAMILY" heads an obituary)
            or (
                line.no != items[i - 1].no + 1
                and (
                    items[i + 1].no == line.no + 1
                    or line.text.split(" ", 1)[0].lower().rstrip(".") in TITLES
                )
            )
            or not line.text.endswith(".")
            or not ends_sentence(items[i - 1].text)
            or not is_caps(line.text)
            or not is_caps(items[i + 1].text)  # (the heading under it set as headings are)
        ):
            continue
        if not _signing_name(line.text, small, language):
            continue
        labels[i] = "sig"
        if labels[i + 1] == "deck":
            labels[i + 1] = "head"
        found.append(i)
    return found


def signatures_set_apart(items: list[Line], labels: list[str], language: str) -> list[int]:
    """ "… Land- und Stadtgericht." / "" / "ULRIKE HARTMANN." / "SEITE 27 | AUS ALLER WELT":
    a name in capitals closed by its stop, under the text's closed sentence and over no
    text (the next story's header, the page's furniture, or the page's end), signs the
    story above, whatever its form made the model read it as (a deck, a caption, a
    kicker). The name is tested as ``signatures_read_as_headlines`` tests it
    (``_signing_name``). Returns the indexes relabelled."""
    found = []
    small = cache(lambda: _small_words(items, labels))  # read when first needed
    for i in range(1, len(items)):
        line = items[i]
        if (
            labels[i] not in _SIGNATURE_MISREAD
            or labels[i - 1] not in _TEXT
            or (i + 1 < len(items) and labels[i + 1] not in _OVER_NO_TEXT)
            or not line.text.endswith(".")
            or not ends_sentence(items[i - 1].text)
            or not is_caps(line.text)
        ):
            continue
        if not _signing_name(line.text, small, language):
            continue
        labels[i] = "sig"
        found.append(i)
    return found


def _signing_name(text: str, small: Callable[[], set[str]], language: str) -> bool:
    """Whether ``text`` is a name a story is signed with: two or three capitalised words
    of a name, none one the page's text writes small (``small()`` gives those words), and
    in English not all of them English words."""
    words = text.rstrip(".").split()
    return (
        2 <= len(words) <= _BYLINE_NAME_WORDS
        and looks_like_name(words)
        and _unwritten([w.strip(".,") for w in words], small())
        and (language != "en" or not all(is_word(w) for w in words))
    )


# What a signature set apart is read as for its form, and what may stand under one.
_SIGNATURE_MISREAD = frozenset(("deck", "caption", "kicker"))
_OVER_NO_TEXT = frozenset(("head", "kicker", "running", "folio", "masthead", "noise"))


def names_read_as_french_bylines(items: list[Line], labels: list[str]) -> list[int]:
    """French signs a story "Par" and a name, and credits it "De notre correspondant": a
    line read as a byline that opens on "De" before a name, or on "Par" before an
    article, right under a headline's line in its capitals that closes nothing, is the
    headline going on ("FRANCE : DISPARITION" / "DE THIERRY ROLAND", "LES OBSEQUES" /
    "DE M. DESIRE FERRY", "ACTA REJETÉ" / "PAR LE PARLEMENT EUROPÉEN."). Returns the
    indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        text, above = items[i].text, items[i - 1].text
        if (
            labels[i] == "byline"
            and labels[i - 1] == "head"
            and items[i - 1].no + 1 == items[i].no
            and (text[:3].lower() == "de " or _PAR_ARTICLE.match(text) is not None)
            and is_caps(text) == is_caps(above)
            and not ends_sentence(above)
            and not correspondent_line(text)
        ):
            labels[i] = "head"
            found.append(i)
    return found


def dates_read_as_attributions(items: list[Line], labels: list[str]) -> list[int]:
    """An attribution names whom the headline quotes: "- MAY 7" right under "CLEARANCES."
    names a day, not a person, and is more of the headline ("CLEARANCES. - MAY 7", a
    shipping list's). So is such a line read as a page number (which names no month) or a
    signature, and the line over it, read as a kicker, is the headline too. Returns the
    indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        text = items[i].text.lstrip("-–— ")
        if (
            labels[i] in _DATE_READ_AS
            and labels[i - 1] in _STARTS
            and items[i - 1].no + 1 == items[i].no
            and (labels[i] == "attrib" or items[i].text[:1] in "-–—")
            and len(text.split()) <= _DATE_WORDS
            and MONTH_NAME.search(text) is not None
            and any(c.isdigit() for c in text)
        ):
            labels[i - 1] = labels[i] = "head"
            found.append(i)
    return found


def attributions_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "« France : disparition de Thierry Roland »" / "— Nicolas Rousseau": a line set
    with a dash before a name, right under a headline whose quote it closes, names whom
    the headline quotes: its attribution, not more of the headline. Returns the indexes
    relabelled."""
    found = []
    for i in range(1, len(items)):
        line = items[i].text
        name = line.lstrip("-–— ").rstrip(".")
        if (
            labels[i] == "head"
            and labels[i - 1] == "head"
            and items[i - 1].no + 1 == items[i].no
            and line[:1] in "-–—"
            and _QUOTE_CLOSED_AT_END.search(items[i - 1].text) is not None
            and 2 <= len(name.split()) <= _BYLINE_NAME_WORDS
            and looks_like_name(name.split())
        ):
            labels[i] = "attrib"
            found.append(i)
    return found


# A headline line that closes its quote, perhaps before the scan's bars: "… Roland » I".
_QUOTE_CLOSED_AT_END = re.compile(r"[»”“\"][\s|Il¦]*$")


# What a day under a headline, set with a dash, may be read as.
_DATE_READ_AS = ("attrib", "folio", "sig")


_DATE_WORDS = 4  # "- MAY 7", "— 12 juin 1887"


def attributions_inside_the_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "Related article: …" / its teaser / "" / "- I don't want to discuss" / "whether the
    functionalities of …": an attribution names whom a headline quotes, under the
    headline; a line read as one among the story's text, its sentence going on in the
    line under it, opens a paragraph (a quote set with a dash). Returns the indexes
    relabelled."""
    found = []
    previous = ""
    for i in range(len(items) - 1):
        if (
            labels[i] == "attrib"
            and (previous in _BODY or previous in FIGURE)
            and labels[i + 1] == "pcont"
            and items[i + 1].no == items[i].no + 1
            and not ends_sentence(items[i].text)
        ):
            labels[i] = "pstart"
            found.append(i)
        if labels[i] not in _REMOVED:
            previous = labels[i]
    return found


def sentence_ends_wrapped_alone(items: list[Line], labels: list[str]) -> list[int]:
    """ "… vous êtes un salaud" / "! »": the marks that close a sentence and its quote,
    wrapped to a line of their own (French sets a space before "!" and inside « »), are
    the sentence's end, not scan noise: a line of nothing else right under running text
    that ended no sentence goes on with it. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        text = items[i].text
        if (
            labels[i] == "noise"
            and len(text) <= _WRAPPED_MARKS
            and text[0] in '!?.…»”"'
            and set(text) <= _CLOSING_MARKS
            and labels[i - 1] in _TEXT
            and items[i - 1].no + 1 == items[i].no
            and items[i - 1].text[-1:].isalnum()
        ):
            labels[i] = "pcont"
            found.append(i)
    return found


_WRAPPED_MARKS = 6


def _wordy(text: str) -> bool:
    return text.count(" ") + 1 >= _TEXT_WORDS


# A headline of this many lines at most, run into the text over its byline.
_RUN_IN_HEAD_LINES = 4
_BY = re.compile(r"(?:By|BY|Von|VON|Par|PAR)\s")


def bylines_read_as_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "Boeing allowed to bid" / "for U.S. space launch" / "contracts again" / "BY JAMES
    LAURENT." / "Boeing's Launch Sy-": in a column too narrow for the model, a story's
    header can be read as the first lines of its text. A line read as the text that is "By"
    and a name, under one to four lines of it that close no sentence and under no
    headline, is the byline, and those lines are the headline; the line under it opens the
    text. Returns the indexes of the bylines."""
    found = []
    for i in range(1, len(items) - 1):
        text = items[i].text
        if labels[i] not in _TEXT or _BY.match(text) is None or not byline_name(text):
            continue
        k = i
        while (
            k > 0
            and i - k < _RUN_IN_HEAD_LINES
            and labels[k - 1] in _TEXT
            and items[k - 1].no + 1 == items[k].no
        ):
            k -= 1
        if (
            k == i
            or (k > 0 and labels[k - 1] in _TEXT and items[k - 1].no + 1 == items[k].no)
            or "head" in labels[max(0, k - _RUN_IN_HEAD_LINES) : k]
            or any(ends_sentence(items[m].text) for m in range(k, i))
            or labels[i + 1] not in _TEXT
        ):
            continue
        for m in range(k, i):
            labels[m] = "head"
        labels[i] = "byline"
        labels[i + 1] = "pstart"
        found.append(i)
    return found


def bylines_read_as_furniture(items: list[Line], labels: list[str]) -> list[int]:
    """ "Rural Clinic Doubles Its Hours" / "as Doctors Return to the Plains" / "By Dr. Ama
    Mensah": a line that names its writers after "By" ("Von", "Par") right under a
    headline is the story's byline, however sure the model was that it is a running head
    or a nameplate: removing it loses who wrote the story. Returns the indexes
    relabelled."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] in _REMOVED
            and labels[i - 1] == "head"
            and byline_name(items[i].text) is not None
        ):
            labels[i] = "byline"
            found.append(i)
    return found


def bylines_without_letters(items: list[Line], labels: list[str]) -> list[int]:
    """A byline names someone: a line read as one that holds no letter (")", "* ·") is a
    speck of the scan, reported removed as scan noise. Read as the byline, it had kept a
    column of run-in items from being split into its stories (a writer's piece runs its
    topics in). Returns the indexes relabelled."""
    found = []
    for i, label in enumerate(labels):
        if label == "byline" and not has_letters(items[i].text):
            labels[i] = "noise"
            found.append(i)
    return found


def headlines_read_as_furniture(items: list[Line], labels: list[str]) -> None:
    """ "LE FESTIVAL DE" / "JAZZ ACCUEILLE 40" / "000 SPECTATEURS.": a page that opens on
    its headline has no masthead, and the model may read the headline's first lines as
    one. A line read as furniture whose phrase runs on, with no blank line, into a line
    of the headline is the headline's, and so is one read as a masthead that goes on from
    the line above it in small letters ("Le festival de" / "jazz accueille" / "40 000").
    So is a line read as a caption, a subhead, an
    inset, a kicker or material outside the stories ("Basket : les « espoirs » suisses" /
    "en Autriche", "Kunst und" / "Wissenschaft."). A line in capitals read as a running
    head, a caption or material outside the stories, right over a headline in capitals and
    short enough to add a line to it, is its first line too when nothing of its form is
    furniture and it closes no sentence ("OURAGAN SANDY : 39" / "MORTS AUX ÉTATS-UNIS.",
    "GOW . TAYLOR" / "ADJOURNS THE"), unless it goes on from a caption above it that its
    credit has not closed."""
    # Where no text is read above it, a line read as the text opens none: "Asie de" /
    # "l Est :" / "alerte au" / "typhon".
    top = next((k for k, label in enumerate(labels) if label in _BODY and label != "pcont"), 0)
    for i in range(len(items) - 2, -1, -1):
        if (
            (
                labels[i] in _REMOVED
                or labels[i] in ("caption", "sub", "outside", "inset", "kicker")
                or (labels[i] == "pcont" and i < top)
            )
            and labels[i + 1] == "head"
            and items[i + 1].no == items[i].no + 1
            and (
                _runs_on(items[i].text, items[i + 1].text)
                or (labels[i] == "masthead" and _goes_on_above(items[i].text))
                or _capitals_over_a_headline(items, labels, i)
            )
        ):
            labels[i] = "head"


def headlines_begun_inside_sentences(items: list[Line], labels: list[str]) -> list[int]:
    """ "the meaning of the section, and that he had" / "been guilty of gioss negligence" /
    "By direction a verdict was given …": a headline never begins inside a sentence. Lines
    read as a headline whose first line opens in small letters, right under a line of the
    text that closes no sentence and ends where the column does (this line's first word
    would not have fitted on it, as ``full_lines_go_on`` reads it), are the text going on.
    So are those the page's furniture alone parts from such a line ("… Valentine Sapounov,
    de" / "Suite en page 3" / "29  RÉGION" / "l’Université d’État"): the column broke
    there, whatever the width of the line above, and even a French elision goes on.
    Returns the indexes relabelled."""
    text = [k for k, label in enumerate(labels) if label in _TEXT]
    width = _printed_width([items[k] for k in text])
    found = []
    i = 1
    while i < len(items):
        k = i - 1
        while k > 0 and labels[k] in _REMOVED:
            k -= 1
        broken = k < i - 1  # the column broke at furniture
        if (
            labels[i] == "head"
            and labels[k] in _TEXT
            and (broken or items[i].no == items[k].no + 1)
            and items[i].text[:1].islower()
            and not is_caps(items[i].text[1:])  # "lMPORTANT NEWS": a capital misread
            # "l'Allemagne et la paix"
            and (broken or _ELIDED_START.match(items[i].text) is None)
            and not ends_sentence(items[k].text)
            and (broken or _printed(items[k]) + 1 + _first_word(items[i].text) > width)
        ):
            while i < len(items) and labels[i] == "head":
                labels[i] = "pcont"
                found.append(i)
                if i + 1 < len(items) and items[i + 1].no != items[i].no + 1:
                    break
                i += 1
        i += 1
    return found


_ELIDED_START = re.compile(r"[ldjnmst][’']", re.IGNORECASE)


def _capitals_over_a_headline(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i``, read as a running head, a caption or outside material, is the
    first line of the headline in capitals right under it (``headlines_read_as_furniture``)."""
    if labels[i] not in ("running", "outside", "caption"):
        return False
    text, below = items[i].text, items[i + 1].text
    k = i + 1
    while k + 1 < len(items) and labels[k + 1] == "head" and items[k + 1].no == items[k].no + 1:
        k += 1
    if (
        k - i >= _HEADLINE_LINES
        or not (is_caps(text) and is_caps(below))
        or ends_sentence(text)
        or is_tagline(items[i])
        or running_line(items[i].fixed, top=i < 4) is not None
        or is_date(text)
    ):
        return False
    above = i - 1
    return not (
        above >= 0
        and labels[above] == labels[i]
        and items[above].no == items[i].no - 1
        and (labels[i] != "caption" or split_credit(items[above].text)[1] is None)
    )


# A headline is set on this many lines at most.
_HEADLINE_LINES = 4


def dated_bylines_read_as_running_heads(items: list[Line], labels: list[str]) -> list[int]:
    """ "Jane Smith | March 12, 2024", "Von Hans Müller, 12. März 2024": a line over the
    page's first text read as a running head, that holds a date and, beside it, the name of
    who wrote the story, is the story's date line, which names its writer too (the
    pipeline reads the name as the byline): a running head names a paper, a page or a
    section, never a writer. Returns the indexes relabelled."""
    found = []
    for i, label in enumerate(labels):
        if label in _TEXT:
            break
        if label != "running":
            continue
        text = items[i].text
        m = DATE.search(text)
        if m is None:
            continue
        if writer_beside_date(text, m.start(), m.end()) is not None:
            labels[i] = "date"
            found.append(i)
    return found


# A sentence opening inside a line after a stop or a dash, with two words at least:
# "… 10:30 a.m. Heavy rain", "BERLIN, 12. Mai. Die Regierung hat".
_OPENING_INSIDE = re.compile(r"(\S+)[.!?]\)?\s+(?=[A-ZÀ-Þ][^\W\d_]*\s+\w)|[—–]\s*(?=[A-ZÀ-Þ])")


def _sentence_opens_inside(text: str) -> bool:
    """Whether a sentence of running text opens inside the line and runs to its end: not
    after a title's stop or an initial ("MURDER OF MR. SMITH AT"), nor in capitals."""
    for m in _OPENING_INSIDE.finditer(text):
        word = (m.group(1) or "").lower().strip("(")
        if m.group(1) is not None and (len(word) < 2 or word in TITLES):
            continue
        return not is_caps(text[m.end() :])
    return False


def headlines_removed_as_furniture(items: list[Line], labels: list[str]) -> list[int]:
    """ "JAMAICA" / "(From the United Service Gazette." / "The following extract …", "TRBTY
    OR" / "WAR, FEAR" / "or LODGE" / "Senator Warns of Peril to …": where nothing above the
    page's text was read as its headline, the lines read as a masthead or running head
    right above its header (its deck, byline or date) are the headline when nothing of
    their form is furniture: no paper's name, tagline, date or page number, nor a sentence
    unless set in capitals ("DISPUTE AT OAKWOOD COLLIERY, MAESTEG."). Otherwise the
    story's headline would be made up from its first sentence. A line right above the
    text that opens a sentence going on into it opens the text ("DUNGOG, Monday, 10:30
    a.m. Heavy rain" / "commenced late on Saturday night …"). Returns the indexes
    relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _TEXT), None)
    if top is None or any(labels[k] in _STARTS for k in range(top)):
        return []
    # The header's first line, over lines of it (and scan noise) read between it and the
    # text; the headline stands right above it.
    end, k = top, top
    while k and labels[k - 1] in ("deck", "byline", "date", "attrib", *_REMOVED):
        k -= 1
        if labels[k] not in _REMOVED:
            end = k
    # A line right above the text that opens a sentence going on in the text below opens
    # the text ("DUNGOG, Monday, 10:30 a.m. Heavy rain" / "commenced late on Saturday …").
    opened = []
    if (
        end == top
        and end
        and labels[end - 1] in ("masthead", "running")
        and items[end - 1].no + 1 == items[end].no
        and _sentence_opens_inside(items[end - 1].text)
        and not ends_sentence(items[end - 1].text)
        and items[end].text[:1].islower()
    ):
        end -= 1
        labels[end], labels[end + 1] = "pstart", "pcont"
        opened = [end]
    start = end
    while start and labels[start - 1] in ("masthead", "running"):
        start -= 1
    # A date alone right above the header, under the lines over it, is the story's
    # ("Boeing rolls out first 787 Dreamliner …" / "SATURDAY, 12 JULY 2004" / "DANIEL
    # WHITFIELD"), read as a running head's, not the masthead's.
    dated = (
        end - 1
        if end - 1 > start and labels[end - 1] == "running" and is_date(items[end - 1].text)
        else None
    )
    if dated is not None:
        end = dated
    run = items[start:end]
    if not run or len(run) > _HEADLINE_LINES or items[end - 1].no + 2 < items[end].no:
        return opened
    if names_a_paper(run) or any(
        _furniture_form(line)
        # a sentence, unless set in capitals as old headlines are, with their stop
        or (ends_sentence(line.text) and not is_caps(line.text))
        for line in run
    ):
        return opened
    found = list(range(start, end))
    for k in found:
        labels[k] = "head"
    if dated is not None:
        labels[dated] = "date"
        found.append(dated)
    return found + opened


def headlines_begun_in_the_masthead(items: list[Line], labels: list[str]) -> list[int]:
    """ "THE LAKESIDE ADVERTISER, SUNDAY, AUGUST 7, 1848." / "GOW. TAYLOR" / "ADJOURNS THE" /
    "LEGISLATURE", "The Express" / "First A380 Enters" / "Commercial" / "Service": lines
    read as the masthead, set right against the headline's first line with no blank line
    between and in its case, are the headline's first lines, up to the first that has a
    form of furniture: the paper's name, a tagline, a date or a page number. A sentence in
    small letters ("… Reklamen 1 Fr.") is none. A tagline read as the headline's first line,
    right under the masthead, is the masthead's ("■ Le Trait d'Union" / "Quotidien
    régional d'information"). Returns the indexes relabelled as the headline's."""
    top = next((k for k, label in enumerate(labels) if label in _TEXT), len(labels))
    found: list[int] = []
    for k in range(1, top):
        if labels[k] != "head" or labels[k - 1] != "masthead":
            continue
        if is_tagline(items[k]) and items[k].no == items[k - 1].no + 1:
            # the masthead's own tagline, read as a headline: "■ Le Trait d'Union" /
            # "Quotidien régional d'information"
            labels[k] = "masthead"
            continue
        head = k
        while head + 1 < top and labels[head + 1] == "head":
            head += 1
        # The headline's case is that of all its lines ("A." / "BRIEFSENDUNGEN.").
        caps = is_caps(" ".join(items[m].text for m in range(k, head + 1)))
        run = k
        while (
            run
            and labels[run - 1] == "masthead"
            and items[run - 1].no == items[run].no - 1
            and is_caps(items[run - 1].text) == caps
            and not _furniture_form(items[run - 1])
            and not caps_slogan(items[run - 1])  # "YOUR TOWN. YOUR NEWS."
            # a sentence, unless set in capitals as old headlines are, with their stop
            and not (ends_sentence(items[run - 1].text) and not caps)
        ):
            run -= 1
        if run < k and head + 1 - run <= _HEADLINE_LINES:
            found += range(run, k)
            labels[run:k] = ["head"] * (k - run)
    return found


def headlines_read_as_the_nameplate(items: list[Line], labels: list[str]) -> list[int]:
    """ "TWO MURDER" / "CHARGES" / "10-year-old Crime" / "Recalled" / "FORBES, Tuesday.-The
    hearing …", "LANCASTER ON" / "LOAN TOUR" / "Repair Completed" / "The Lancaster bomber
    …": the page's first lines, read as its masthead, two to four lines set in capitals
    one under the other with no form of furniture among them (no paper's name, tagline,
    date or page number, and they make no paper's name together), with nothing else of a
    masthead under them but the text or a heading in another case, are the headline; the
    heading under them in another case is its deck. One line so set is as often a
    section's rubric over the headline ("REVUE DU JOUR" / "Les Allemands vont-ils entrer
    en" / "Tchécoslovaquie ?") or a paper's name the word lists do not know. Returns the
    indexes relabelled as the headline's."""
    kept = [k for k, label in enumerate(labels) if label != "noise"]
    run = []
    for k in kept:
        if labels[k] != "masthead":
            break
        run.append(k)
    below = next((k for k in kept if run and k > run[-1]), None)
    if not 2 <= len(run) <= _HEADLINE_LINES or below is None:
        return []
    lines = [items[k] for k in run]
    text = " ".join(line.text for line in lines)
    if (
        not is_caps(text)
        or any(_furniture_form(line) for line in lines)
        or names_a_paper(lines)
        or any(b.no != a.no + 1 for a, b in pairwise(lines))
        or labels[below] not in ("head", *_TEXT)
        or (labels[below] == "head" and is_caps(items[below].text))
        or "masthead" in labels[below:]
    ):
        return []
    for k in range(below, len(items)):
        if labels[k] != "head":
            break
        labels[k] = "deck"
    labels[run[0] : run[-1] + 1] = ["head"] * len(run)
    return run


# The place a paper prints before its date: "TACOMA, WASH., ", "WASHINGTON, D. C., ".
_PLACE_BEFORE_DATE = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][\w.’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.’'-]*){0,2},\s*){1,3}"
)


def page_dates_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "TACOMA, WASH., SUNDAY, FEBRUARY 1, 1875" over "MURDER NEAR MARY-": a line above
    the page's text that prints nothing but a full date, with the year, and perhaps the
    place before it, read as the first line of the headline under it, is the page's date
    line: the masthead's where set under it, the page's date alone otherwise. No headline
    is a date. Returns the indexes relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _TEXT), len(labels))
    found = []
    for k in range(min(top, len(items) - 1)):
        if labels[k] != "head" or labels[k + 1] != "head":
            continue
        text = _SPACE_BEFORE_MARK.sub("", items[k].text).rstrip(" .")
        m = DATE.search(text)
        if (
            m is None
            or m.end() != len(text)
            or _YEAR.search(m.group()) is None
            or (m.start() and _PLACE_BEFORE_DATE.fullmatch(text[: m.start()]) is None)
        ):
            continue
        labels[k] = "masthead" if k and labels[k - 1] == "masthead" else "date"
        found.append(k)
    return found


def slogans_under_the_nameplate(items: list[Line], labels: list[str]) -> list[int]:
    """ "Bayside Herald" / "All the news of the district" / "" / "Apple Announces Mac OS
    X" / "Lion, iOS 5, and iCloud": a line read as a headline right under the masthead,
    set apart by a blank line from the headline under it and in another case than its
    lines, is the masthead's slogan; so is a slogan about news set right over it ("The
    Daily Millbrook News" / "YOUR TOWN. YOUR NEWS." / "Apple Unveils New Intel-based
    Mac"), and one read as the headline's kicker that names no section. Returns the
    indexes relabelled."""
    found = []
    for k in range(1, len(items) - 1):
        if not (
            labels[k] in ("head", "kicker")
            and labels[k - 1] == "masthead"
            and items[k].no == items[k - 1].no + 1
        ):
            continue
        if labels[k] == "kicker":
            # "Weekly Island Advertiser" / "YOUR TOWN. YOUR NEWS." / "Ford Offers US$78
            # Million": no section is named by a slogan about news
            if caps_slogan(items[k]) and labels[k + 1] == "head" and not _one_rubric(items[k].text):
                labels[k] = "masthead"
                found.append(k)
            continue
        if items[k + 1].no == items[k].no + 1:
            # "The Daily Millbrook News" / "YOUR TOWN. YOUR NEWS." / "Apple Unveils New
            # Intel-based Mac": a slogan about news set right over a headline in another
            # case than its own
            if (
                labels[k + 1] == "deck"
                and caps_slogan(items[k])
                and _case_of(items[k + 1].text) != "caps"
            ):
                labels[k] = "masthead"
                found.append(k)
                _relabel_block(items, labels, k + 1, "deck", "head")
            continue
        if labels[k + 1] in ("byline", "deck") and caps_slogan(items[k]):
            # "Delta Gazette" / "NEWS FROM THE DELTA" / "" / "Myanmar: Bloggers" / "Mark a
            # Year Since": a slogan about news over a headline the model, taking the
            # slogan for it, read as its deck or byline (no "By" there)
            if labels[k + 1] == "byline" and _LABELLED_NAME.match(items[k + 1].text):
                continue
            labels[k] = "masthead"
            found.append(k)
            _relabel_block(items, labels, k + 1, labels[k + 1], "head")
            continue
        if labels[k + 1] != "head":
            continue
        end = k + 1
        while end + 1 < len(items) and labels[end + 1] == "head":
            end += 1
        below = " ".join(items[m].text for m in range(k + 1, end + 1))
        if _case_of(items[k].text) != _case_of(below):
            labels[k] = "masthead"
            found.append(k)
    return found


def _case_of(text: str) -> str:
    return "caps" if is_caps(text) else "title" if _title_case(text) else "sentence"


def _furniture_form(line: Line) -> bool:
    """Whether a line has a form only page furniture has, or no word at all."""
    return (
        names_a_paper([line])
        or is_tagline(line)
        or running_line(line.fixed, top=True) is not None
        or page_number(line.text)
        or DATE.search(line.text) is not None
        or not has_word(line.text)
    )


def running_heads_without_form(items: list[Line], labels: list[str]) -> list[int]:
    """ "… the most advanced mobile operating system in the world.”" / "" / "Apple unveils
    iPhone 4, iOS 4 at Worldwide Developers Conference 2010" / "" / "Yesterday, at this
    year’s …": a line the model read as a running head inside the page, which has no form
    of furniture (no paper's name, tagline, date or page number) and repeats no running
    head of the page, set apart between a closed sentence and a paragraph it opens, is
    the headline of the story that paragraph opens. (A running head printed where the
    column broke stands inside a sentence, ``running_heads_inside_sentences``.) Returns
    the indexes relabelled."""
    found = []
    heads = None
    for i in range(1, len(items) - 1):
        line, below = items[i], items[i + 1]
        if (
            labels[i] != "running"
            or labels[i - 1] not in _BODY
            or labels[i + 1] not in _TEXT
            or items[i - 1].no + 1 == line.no
            or line.no + 1 == below.no
            or not ends_sentence(items[i - 1].text)
            or not below.text[:1].isupper()
            or len(line.text.split()) < _APART_WORDS
            or _furniture_form(line)
        ):
            continue
        if heads is None:
            heads = Counter(
                _without_figures(x.text)
                for x, lab in zip(items, labels, strict=True)
                if lab == "running"
            )
        if heads[_without_figures(line.text)] > 1:
            continue
        labels[i] = "head"
        labels[i + 1] = "pstart"
        found.append(i)
    return found


def headlines_read_as_running_heads_on_top(items: list[Line], labels: list[str]) -> list[int]:
    """ "LE MESSAGER, MARDI 19 AOÛT 2017." / "" / "Le festival de jazz accueille 40 000
    spectateurs" / "" / "Des habitants rassemblés mardi matin. (AFP Photo/…)": over the
    page's first text and headline, a line read as a running head that has no form of
    furniture (no paper's name, tagline, date or page number), set apart by blank lines,
    is the headline. Returns the indexes relabelled."""
    for i, label in enumerate(labels):
        if label in _BODY or label in _STARTS:
            return []
        line = items[i]
        if (
            label == "running"
            and 0 < i < len(items) - 1
            and items[i - 1].no + 1 < line.no
            and line.no + 1 < items[i + 1].no
            and labels[i + 1] in (*_TEXT, "caption", "head")
            and len(line.text.split()) >= _APART_WORDS
            and not ends_sentence(line.text)
            and not _furniture_form(line)
        ):
            labels[i] = "head"
            return [i]
    return []


def _goes_on_above(text: str) -> bool:
    """A line in small letters goes on from the one above: no paper's name or motto starts
    so ("jazz accueille" under "Le festival de", "leben in Jugoslawien." under "Rückkehr
    zum Partei-")."""
    return text[:1].islower() and has_word(text)


# How far down the page (lines of text) the masthead's lines may stand.
_MASTHEAD_REACH = 15


def headlines_read_as_running_heads(items: list[Line], labels: list[str]) -> list[int]:
    """ "France : Hewlett-Packard va supprimer 520 postes d'ici à 2014" / "" / "Le plan de
    réduction d'effectifs de l'entreprise américaine" / "Hewlett-Packard (HP), spécialisée
    …": where the page's first line, read as a running head or a masthead, has no form of
    furniture (no paper's name, tagline, date or page number) and the one line read as the
    headline under it runs straight on into the text as its lines do (no blank line, its
    sentence open, in small letters, to the text's measure), the first line is the headline
    and the other the text's first line: a headline stands apart from the text it heads.
    Returns the indexes relabelled."""
    if (
        len(items) < 3
        or labels[0] not in ("running", "masthead")
        or labels[1] != "head"
        or labels[2] not in _TEXT
        or _furniture_form(items[0])
        or not _runs_into_the_text(items, 1, column_width(items))
    ):
        return []
    labels[0], labels[1], labels[2] = "head", "pstart", "pcont"
    return [0, 1]


def headlines_over_unwrapped_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "France : les impôts augmenteront de 7,2 milliards d'euros en 2012" / "" / "Afin de
    pouvoir tenir ses engagements …" (a paragraph of 1,100 characters on one line): the
    page's first line, read as a running head or a masthead, with no form of furniture
    (no paper's name, tagline, date or page number), set apart over a line longer than any
    column is set, is the headline of text copied from a screen, which prints no running
    heads, where the model read no line of the page as its headline. Returns the indexes
    relabelled."""
    if (
        len(items) < 2
        or "head" in labels
        or labels[0] not in ("running", "masthead")
        or items[1].no == items[0].no + 1
        or len(items[1].text) <= _SCREEN_LINE
        or _furniture_form(items[0])
    ):
        return []
    labels[0] = "head"
    return [0]


# A title set over a page has at most this many words.
_TITLE_MOST_WORDS = 14


def titles_left_as_furniture(items: list[Line], labels: list[str]) -> list[int]:
    """ "Literarische Neuigkeiten und periodische Schriften." / "" / "Deutsche
    Kolonialzeitung. Organ des …": on a page where no line over its text is read as a
    headline or a kicker once every other rule has had its say, its first line, removed as a running
    head or the masthead, with no form of furniture (no paper's name, tagline, date or
    page number), set apart by a blank line over the rest, is the title the page prints
    over its text, not furniture. Returns the indexes relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _TEXT), len(labels))
    if (
        len(items) < 2
        or labels[0] not in ("running", "masthead")
        or any(label in _STARTS for label in labels[:top])
        or items[1].no == items[0].no + 1
        or len(items[0].text.split()) > _TITLE_MOST_WORDS
        or items[0].text[-1:] in ":,;"
        or _furniture_form(items[0])
    ):
        return []
    labels[0] = "head"
    return [0]


# The marks a line ends on where its word or phrase goes on in the next line.
_LINE_END_DASHES = ("-", "–", "—")


def furniture_read_as_headlines(items: list[Line], labels: list[str]) -> None:
    """ "VOLUME LXXXIV, NO. 188." or "NEWS OPINION CULTURE" over the page's headline: a
    line above the first story's text that the masthead recognisers know by its form, and
    that the model read as a headline while another headline line follows it, is the
    masthead's (or a running head's, when it is a date line)."""
    top = next((k for k, label in enumerate(labels) if label in _BODY), len(labels))
    heads = [k for k in range(top) if labels[k] == "head"]
    furniture = {}
    for k in heads:
        if _breaks_a_word(items, labels, k) or (
            k
            and labels[k - 1] == "head"
            and items[k - 1].text.endswith(_LINE_END_DASHES)
            and items[k].no == items[k - 1].no + 1
        ):
            # "MORDER HBAR ■ MARY-" / "BOROUGH.": a headline's word goes on, and the line
            # it goes on in is the headline's too ("REPLACES WAL -" / "MART AS NO. 1")
            continue
        if (
            k + 1 < len(items)
            and labels[k + 1] == "head"
            and items[k].text.rsplit(None, 1)[-1].lower() in _PHRASE_TIES
        ):
            continue  # "Le ■ festival de" / "jazz accueille 40": its phrase goes on
        if is_tagline(items[k]):
            furniture[k] = "masthead"
        elif running_line(items[k].fixed, top=True) is not None:
            furniture[k] = "running"
    if furniture and any(k not in furniture for k in heads if k > min(furniture)):
        for k, label in furniture.items():
            labels[k] = label
    elif (
        furniture
        and len(furniture) == len(heads)
        and (len(furniture) >= 2 or all(names_an_edition(items[k].text) for k in furniture))
    ):
        # Every line read as the headline is the masthead's ("VOLUME LXXXIV, NO. 188." /
        # "PRICE ONE PENNY."): the deck the model read under them is the headline. (Two
        # lines at least, or one naming the edition, "Abend-Ausgabe": one other line may
        # be a numbered notice's title, "NR. 1210." / "Edikt.")
        k = max(heads) + 1
        if k < len(labels) and labels[k] == "deck":
            for j, label in furniture.items():
                labels[j] = label
            while k < len(labels) and labels[k] == "deck" and items[k].no == items[k - 1].no + 1:
                labels[k] = "head"
                k += 1
    # Under an ear the model read as a story of its own ("WEATHER FORECAST" / "Showers;
    # moderate winds."), the masthead's price or issue line over the first headline is
    # the masthead's too.
    for k in range(top, min(len(items), _MASTHEAD_REACH) - 1):
        if labels[k] == "head" and labels[k + 1] == "head" and is_tagline(items[k]):
            labels[k] = "masthead"


def slogans_read_as_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "© The Bell" / "YOUR TOWN. YOUR NEWS." / "Library Hours": above the page's first
    headline, a line of capitals about news, in clipped phrases, read as a paragraph, is
    the masthead's slogan, not a story of its own. Returns the indexes relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _STARTS), 0)
    found = [k for k in range(top) if labels[k] in _TEXT and caps_slogan(items[k])]
    for k in found:
        labels[k] = "masthead"
    return found


# A newspaper's name is set on this many lines at most, ...
_NAME_LINES = 3
# ... and this many words on one line over the day's date.
_NAME_WORDS = 4
_YEAR = re.compile(r"\b1[6-9]\d\d\b|\b20\d\d\b")


# A paper's slogan in small letters under its name holds this many words at most.
_SLOGAN_WORDS = 6


def papers_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "THE NORTHAM" / "DAILY COURIER" over "Harbour Board Votes to" / "Rebuild the North
    Pier": the page's first lines, read as its headline, that make a newspaper's name
    (``furniture.names_a_paper``) are its masthead when a blank line parts them from more
    headline lines (which are the headline, not its deck). So is a first line of a few
    words with the day's date under it, over the headline, whatever its words ("LA VIGIE" /
    "jeudi 23 février 2022" / "Ouragan Sandy"). Returns the indexes relabelled."""
    first = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if first is None or labels[first] != "head":
        return []
    end = _run_end(items, labels, first, ("head",))
    below = end + 1
    # "THE" / "EVENING STANDARD" / "August 18, 2013": a paper's name with the page's
    # furniture or a date right under it is the nameplate; no headline stands over a
    # page's running head, and a story's date stands under its headline, not its name.
    if (
        below < len(items)
        and labels[below] in ("running", "masthead", "folio", "date")
        and items[below].no == items[end].no + 1
        and end - first < _NAME_LINES
        and names_a_paper(items[first : end + 1])
    ):
        labels[first : end + 1] = ["masthead"] * (end + 1 - first)
        return list(range(first, end + 1))
    # "LA VIGIE" / "jeudi 23 février 2022" / "Ouragan Sandy …": a name of one line with the
    # day's date under it, over the headline, is the nameplate, whatever its words.
    dated = (
        end == first
        and below + 1 < len(items)
        and labels[below] == "date"
        and items[below].no == items[end].no + 1
        and labels[below + 1] in ("head", "deck")
        and len(items[first].text.split()) <= _NAME_WORDS
        and not ends_sentence(items[first].text)
        and _YEAR.search(items[below].text) is not None
    )
    # "The" / "Island Herald" / "NEWS FROM THE ISLANDS": the paper's slogan in capitals,
    # right under its name, read as a deck; or, under a name in capitals, a few words in
    # small letters that close no sentence ("BERLINER GENERALANZEIGER" / "Heimatzeitung
    # für Stadt und Land").
    slogan = (
        not dated
        and below + 1 < len(items)
        and labels[below] == "deck"
        and items[below].no == items[end].no + 1
        and (
            is_caps(items[below].text)
            # (under a name in capitals: "Volunteers Count Record" / "Number of Seabirds"
            # is a headline)
            or (
                all(is_caps(items[k].text) for k in range(first, end + 1))
                and len(items[below].text.split()) <= _SLOGAN_WORDS
                and not ends_sentence(items[below].text)
            )
        )
        and items[below + 1].no > items[below].no + 1
        and names_a_paper(items[first : end + 1])
    )
    if not dated and not slogan and end - first < _NAME_LINES:
        # "The Daily Record" / "YOUR TOWN. YOUR NEWS." / "THE RECENT EXTENSIVE
        # ROBBERIES.": a paper's name with its motto, issue or edition right under it,
        # read as a deck, is the masthead, however close the headline is set under it.
        motto = _motto_lines(items, labels, below)
        name = items[first : end + 1]
        if (
            motto
            and motto[-1] + 1 < len(items)
            and (
                names_a_paper(name)
                # ("HEIMATKLÄNGE" / "Unabhängige Tageszeitung": the tagline names it)
                or named_over_taglines(name, [items[k] for k in motto])
            )
        ):
            for k in range(first, motto[-1] + 1):
                labels[k] = "masthead"
            if labels[motto[-1] + 1] == "deck":
                labels[motto[-1] + 1] = "head"
            return list(range(first, motto[-1] + 1))
    if dated or slogan:
        below += 1
    if not dated and (
        end - first + 1 > _NAME_LINES
        or below >= len(items)
        or labels[below] not in ("head", "deck")
        or items[below].no == items[below - 1].no + 1
        or not names_a_paper(items[first : end + 1])
    ):
        return []
    for k in range(first, end + 1 + slogan):
        labels[k] = "masthead"
    _relabel_block(items, labels, below, "deck", "head")
    return list(range(first, end + 1))


def papers_over_the_header(items: list[Line], labels: list[str]) -> list[int]:
    """ "■ Le Petit Moniteur des Alpes" / "SCIENCE : FIN DE LA TRAQUE DU BOSON DE HIGGS ?",
    "OBERLÄNDER ABENDBLATT" / "Amtliches Verkündigungsblatt" / "Dienstag, 2. Juli 1927" /
    "POLITIK" / "AUSTRALISCHER" / "BUND.": the page's first line read as its headline that
    makes a newspaper's name (``furniture.names_a_paper``) is its masthead where more of
    the header follows it before the text. Set right under the name in another case, the
    lines read as the headline or its deck are the headline (a headline's lines share
    their case); further down, a headline or kicker is the story's own, and the lines
    between, but for the date, the masthead's (a byline stands under its story's
    headline, never over it). Returns the indexes relabelled as the masthead's."""
    first = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if (
        first is None
        or labels[first] != "head"
        or first + 1 >= len(items)
        or not names_a_paper([items[first]])
        # ("• A" / "BRILLIANT" / "AFFAIR": a headline's first word after a speck)
        or _phrase_open(items[first].text)
    ):
        return []
    below = items[first + 1]
    if labels[first + 1] in ("head", "deck") and below.no == items[first].no + 1:
        # set right under the name, the headline is in a case of its own: a headline's
        # lines share theirs ("Le Petit Moniteur des Alpes" / "SCIENCE : FIN DE …")
        if is_caps(below.text) == is_caps(items[first].text):
            return []
        k = first + 1
        while (
            k < len(items)
            and labels[k] in ("head", "deck")
            and items[k].no == items[k - 1].no + 1
            and is_caps(items[k].text) == is_caps(below.text)
        ):
            labels[k] = "head"
            k += 1
        labels[first] = "masthead"
        return [first]
    top = next((k for k in range(first + 1, len(items)) if labels[k] not in _HEADER), len(items))
    heading = next((k for k in range(first + 1, top) if labels[k] in _STARTS), None)
    between = [k for k in range(first + 1, heading or first + 1) if labels[k] != "date"]
    if heading is None or any(labels[k] not in ("byline", "deck") for k in between):
        return []
    found = [first, *between]
    for k in found:
        labels[k] = "masthead"
    return found


def _motto_lines(items: list[Line], labels: list[str], start: int) -> list[int]:
    """The lines from ``start`` on, read as a deck, each set right under the one above,
    that are a paper's motto, issue, price or edition ("YOUR TOWN. YOUR NEWS.", "Vol. 9 —
    No. 7359 — Price 20 cents")."""
    found = []
    k = start
    while (
        k < len(items)
        and labels[k] == "deck"
        and items[k].no == items[k - 1].no + 1
        and (is_tagline(items[k]) or caps_slogan(items[k]))
    ):
        found.append(k)
        k += 1
    return found


# A nameplate set on lines of its own has this many at most: "The" / "50 YEARS" /
# "Lakeside Observer" / "NEWS FOR THE NORTH SHORE".
_NAMEPLATE_LINES = 5


def nameplates_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "The" / "10 YEARS" / "Valley Voice" / "" / "School Garden Feeds" / "a Whole
    Neighbourhood": in a narrow column the nameplate's ornaments stand on lines of their
    own, and the model may read them, with the paper's name, as the headline, and the
    headline under them as its deck. The page's first block read as the headline and its
    deck that is a nameplate (a "The" alone or an anniversary badge with the name,
    ``furniture.nameplate``) is the masthead, and the block under it read as the headline,
    a deck, or a caption with no credit running into the headline's lines, is the
    headline. Returns the indexes relabelled."""
    first = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if first is None or labels[first] != "head":
        return []
    end = _run_end(items, labels, first, ("head", "deck"))
    below = end + 1
    if (
        end - first >= _NAMEPLATE_LINES
        or below + 1 >= len(items)
        or items[below].no == items[end].no + 1
        or not nameplate(items[first : end + 1])
    ):
        return []
    if labels[below] == "caption":
        # (a photo's caption over the headline keeps its credit and stands apart from it)
        if not (
            labels[below + 1] == "head"
            and items[below + 1].no == items[below].no + 1
            and split_credit(items[below].text)[1] is None
        ):
            return []
    elif labels[below] not in ("head", "deck"):
        return []
    _relabel_block(items, labels, below, labels[below], "head")
    if end > first and _begins_a_phrase(items[end].text) and nameplate(items[first:end]):
        # "CAPITAL EXAMINER" / "THE PAPER FOR THE NORTH SHORE" / "MR. WADE’S" / "" /
        # "RETURN.": the nameplate's last line, leaving its phrase open, is the headline's
        # first, set right under the tagline
        end -= 1
    for k in range(first, end + 1):
        labels[k] = "masthead"
    return list(range(first, end + 1))


def _begins_a_phrase(text: str) -> bool:
    """Whether a line ends where no name or headline ends: on a word its phrase goes on
    from (``_phrase_open``) or a possessive ("MR. WADE’S")."""
    return _phrase_open(text) or _POSSESSIVE_END.search(text) is not None


_POSSESSIVE_END = re.compile(r"\w[’']s$", re.IGNORECASE)


def headlines_begun_over_a_caption(items: list[Line], labels: list[str]) -> list[int]:
    """ "Grace O'Neill, left, and Kwame Doyle" / "at the opening ceremony. AP Photo/Ruth" /
    "Adeyemi" / "" / "Indonesia's Transport Minister" / "Tells Airlines Not to Buy" …: a
    headline printed under a photo's caption has its first line read as more of the
    caption, or as its credit. A line read so, right over a
    headline line and set in its case, that closes no sentence, carries no credit and is
    no running head or date the recognisers know, is the headline's first line where the
    caption above it has closed: a blank line parts them, or the line above ends a
    sentence or is a credit, or where the page's furniture stands over it and no caption
    at all ("THE DAILY COUNTY DISPATCH" / "Published every Friday" / "" / "Boeing allowed
    to bid for U.S." / "space launch contracts again"). The lines are read from the
    bottom up, so that a headline's lines read so are found one above the other. Returns
    the indexes relabelled."""
    found = []
    for i in range(len(items) - 2, 0, -1):
        text, below = items[i].text, items[i + 1].text
        above = items[i - 1]
        if (
            labels[i] not in ("caption", "credit")
            or labels[i + 1] != "head"
            or items[i + 1].no != items[i].no + 1
            or is_caps(text) != is_caps(below)
            or (ends_sentence(text) and not _ends_on_an_abbreviation(text))
            or split_credit(text)[1] is not None
            or standalone_credit(text) is not None
            or running_line(items[i].fixed, top=i < _MASTHEAD_REACH) is not None
            or is_date(text)
            or len(text.split()) < 2
        ):
            continue
        if labels[i - 1] in ("masthead", "running") or (
            (
                above.no < items[i].no - 1
                or ends_sentence(above.text)
                or labels[i - 1] == "credit"
                or split_credit(above.text)[1] is not None
                or standalone_credit(above.text) is not None
            )
            and labels[i - 1] in ("caption", "credit")
        ):
            labels[i] = "head"
            found.append(i)
    return found


def headlines_read_as_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "Bolivia: Fishermen Fear" / "for the Future as Lake" / "Poopó Dries Up" / "The dry
    bed of Lake Poopó, photographed in 2024." / "commons.wikimedia.org": a headline set
    right over the photo's caption, in a narrow column, reads as the caption's first
    lines. Where no line above the text is read as a headline, the first lines read as a
    caption (up to ``_HEADLINE_LINES``), in title case, closing no sentence and carrying
    no credit, over a caption line that opens on a capital, is a sentence of its own and
    ends on its credit or over it, are the headline. Returns the indexes relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _BODY), len(labels))
    if any(labels[k] in _STARTS for k in range(top)):
        return []
    first = next((k for k in range(top) if labels[k] not in _REMOVED and labels[k] != "date"), None)
    if first is None or labels[first] != "caption":
        return []
    for end in range(first, min(first + _HEADLINE_LINES, top - 1)):
        below = end + 1
        if labels[below] != "caption" or items[below].no != items[end].no + 1:
            return []
        heading = " ".join(items[k].text for k in range(first, below))
        text = items[below].text
        # the caption's credit on its line, or alone under it
        credited_under = below + 1 < len(items) and (
            labels[below + 1] == "credit" or standalone_credit(items[below + 1].text)
        )
        if (
            (
                _caption_of_its_own(text)
                or (
                    credited_under
                    and text[:1].isupper()
                    and len(text.split()) >= _CAPTION_WORDS
                    and ends_sentence(text)
                )
            )
            and _mostly_title(heading)
            and not ends_sentence(heading)
            and split_credit(heading)[1] is None
        ):
            for k in range(first, below):
                labels[k] = "head"
            return list(range(first, below))
    return []


def headings_under_a_credited_caption(items: list[Line], labels: list[str]) -> list[int]:
    """ "En outre, plusieurs témoins ont racontés …" / "sous la torture. president.gov.ua" /
    "" / "Tennis : victoire de Serena Williams à Wimbledon" / "" / "Après 2002, …": its
    credit closes a photo's caption, so a block set apart under it, read as more of a
    caption but carrying no credit and closing no sentence, over the text, is the heading
    of that text: a subhead where the text goes on about the same things across it, else
    the headline of the next story. Returns the indexes of the headlines."""
    found: list[int] = []
    i = 1
    while i < len(items):
        if (
            labels[i] != "caption"
            or labels[i - 1] not in ("caption", "credit")
            or items[i].no == items[i - 1].no + 1
            or (labels[i - 1] == "caption" and split_credit(items[i - 1].text)[1] is None)
        ):
            i += 1
            continue
        j = _run_end(items, labels, i, ("caption",))
        heading = " ".join(items[k].text for k in range(i, j + 1))
        if (
            j - i < _HEADLINE_LINES
            and j + 1 < len(items)
            and labels[j + 1] == "pstart"
            and split_credit(heading)[1] is None
            and not ends_sentence(heading)
            # (inside one subject, a subhead: "… about 1950. Photo: Andrew Kim" / "" /
            # "Rediscovered in an Attic" / "Many of the …")
            and _heading_over_the_text(items, labels, i, j)
        ):
            found += range(i, j + 1)
        i = j + 1
    return found


def headlines_read_as_mastheads(items: list[Line], labels: list[str]) -> list[int]:
    """ "Bahnstreik: Was Fahrgäste jetzt wissen müssen" over "5. März 2024, 14:30 Uhr": a
    copied page's headline over its date looks like a paper's name over the day's date.
    Where no line above the text is read as a headline, a masthead of one to three lines
    that names no paper (``furniture.names_a_paper``) and is written as a sentence (four
    words or more, some in small letters: "jetzt wissen müssen"; a paper's name has at
    most a small "of" or "du") is the headline. A masthead whose lines under its first
    hold the paper's issue, price, edition or motto ("THE EVENING HARBOUR STAR" / "Vol. 9 —
    No. 7359 — Price 20 cents") is a paper's, whatever its name. Returns the indexes
    relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _BODY), len(labels))
    if any(labels[k] in _STARTS for k in range(top)):
        return []
    run = [k for k in range(top) if labels[k] == "masthead"]
    if not run or len(run) > _NAME_LINES or run[-1] - run[0] >= len(run):
        return []
    lines = [items[k] for k in run]
    if any(is_tagline(line) for line in lines[1:]):
        return []
    if len(run) > 1 and names_a_paper(lines[:1]):
        # "■ Le Phare Charentais" / "Portugal : un « alphabet » des couleurs …": the
        # paper's name stays the masthead, the sentence under it is the headline
        run, lines = run[1:], lines[1:]
    words = " ".join(line.text for line in lines).split()
    small = [w for w in words if w[:1].islower() and len(w) >= _SMALL_WORD and w.isalpha()]
    if len(words) < _HEADLINE_WORDS or not small or names_a_paper(lines):
        return []
    for k in run:
        labels[k] = "head"
    return run


# The lines of text under the header whose words a headline read as a masthead names.
_STORY_LINES = 10
# Its words of five letters or more: at least this many, ...
_NAMED_WORDS = 3
# ... and at least this share of them found in those lines.
_NAMED_SHARE = 0.75
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def headlines_named_as_mastheads(items: list[Line], labels: list[str]) -> list[int]:
    """ "Beatles' Apple Corps" / "Sues Apple • Computer" over "The Beatles' Apple Corps has
    filed a lawsuit against computer …": a headline in Title Case read as the paper's
    nameplate. A paper's name is no word of its stories; a headline tells what its story
    is about in the story's words. Where three quarters or more of a masthead's long words
    (three at least) are in the first lines of the text under it, it is the headline, and
    a line read as the headline under it is its deck. Returns the indexes relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _BODY), len(labels))
    run = [k for k in range(top) if labels[k] == "masthead"]
    if not run or len(run) > _NAME_LINES or run[-1] - run[0] >= len(run):
        return []
    lines = [items[k] for k in run]
    named = {w.lower() for line in lines for w in _LONG_WORD.findall(line.text)}
    text = {
        w.lower()
        for k in range(top, min(len(items), top + _STORY_LINES))
        if labels[k] in _TEXT
        for w in _LONG_WORD.findall(items[k].text)
    }
    if (
        len(named) < _NAMED_WORDS
        or len(named & text) < _NAMED_SHARE * len(named)
        or names_a_paper(lines)
    ):
        return []
    for k in run:
        labels[k] = "head"
    for k in range(run[-1] + 1, top):
        if labels[k] == "head":
            labels[k] = "deck"
    return run


def headlines_closed_read_as_mastheads(items: list[Line], labels: list[str]) -> list[int]:
    """ "PATRIOTIC NATIVES." / "-«V" (a rule) / "Mr. K. C. Eliot, Resident Commissioner …":
    an old paper's headline over the rule that parts it from its decks and text looks like
    a paper's nameplate over its rule. A paper's name seldom closes on a stop; a headline
    of those papers does. Where the page opens on a masthead of one to three lines closed
    by a stop (only the last: "MURDER NEAR MARY-" / "BOROUGH.") that names no paper, it is
    the headline, and what was read as headlines under it, down to the text, are its decks
    ("OBITUARY." / "?" / "MR. ANDREW MALCOLM."). Returns the indexes relabelled."""
    first = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    names = [k for k in range(first or 0) if labels[k] == "masthead"]
    if (
        not names
        or len(names) > _NAME_LINES
        or names[-1] - names[0] >= len(names)
        or any(labels[j] != "noise" for j in range(names[0]))
    ):
        return []
    lines = [items[k] for k in names]
    text = " ".join(line.text for line in lines)
    if (
        not (text.endswith(".") and has_letters(text))
        # (an issue's number is no headline: "VOLUME XIV, NO. 5.", "Nr. 1210.")
        or any(c.isdigit() for c in text)
        or any(line.text.endswith(".") for line in lines[:-1])
        # (a paper's name printed with a stop: "THE SYDNEY MORNING HERALD.")
        or names_a_paper([*lines[:-1], _without_its_stop(lines[-1])])
        or any(is_tagline(line) or caps_slogan(line) for line in lines)
    ):
        return []
    for k in names:
        labels[k] = "head"
    for j in range(first, len(labels)):
        if labels[j] in _BODY:
            break
        if labels[j] == "head":
            labels[j] = "deck"
    return names


def _without_its_stop(line: Line) -> Line:
    return replace(
        line, text=line.text.removesuffix("."), fixed=line.fixed.rstrip().removesuffix(".")
    )


def sections_read_as_mastheads(items: list[Line], labels: list[str]) -> list[int]:
    """ "OBITUARIES" / "Margaret Ellen Doyle" over the text: a section's name at the top of
    a copied page looks like a paper's nameplate. Where no line above the text is read as
    a headline and none of the masthead's lines names a paper, a first masthead line that
    is a section's name is the kicker, and the masthead line under it is the headline
    (``_under_a_section``). Returns the indexes relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _BODY), len(labels))
    if any(labels[k] in _STARTS for k in range(top)):
        return []
    run = [k for k in range(top) if labels[k] == "masthead"]
    if (
        not run
        or run[-1] - run[0] >= len(run)
        or any(labels[k] not in _REMOVED for k in range(run[0]))
        or not is_section(items[run[0]].text, joined=True)
        or names_a_paper([items[k] for k in run])
    ):
        return []
    labels[run[0]] = "kicker"
    labels[run[0] + 1 : run[-1] + 1] = [_under_a_section(items, labels, k) for k in run[1:]]
    return run


def _under_a_section(items: list[Line], labels: list[str], k: int) -> str:
    """What a line read as the masthead under a section's name is: the headline's first
    line, more of it where its phrase goes on, a table's row over the table ("United 2
    City 1" over "Rovers 0 Athletic 0"), or else a deck."""
    if labels[k - 1] == "kicker" or (labels[k - 1] == "head" and _phrase_open(items[k - 1].text)):
        return "head"
    if labels[k + 1 : k + 2] == ["table"] and any(ch.isdigit() for ch in items[k].text):
        return "table"
    return "deck"


def ears_above_the_nameplate(items: list[Line], labels: list[str]) -> list[int]:
    """A front page's ears (the weather box, an advertisement, the agency's notice) stand
    beside or above its nameplate, and OCR reads them first: where a line of the nameplate
    (read as the masthead, or its price, edition or volume line: "WASHINGTON, D. C., SUNDAY
    MORNING, SEPTEMBER 1, 1918", "PRICE THREE CENTS.") stands in the page's top part with
    a headline right under it, the few lines kept above it are material outside the
    stories, and a line under it read as a signature is the headline's. Returns the
    indexes set outside."""
    reach = max(1, len(items) * _EAR_SHARE // 100)
    plate = None
    for k in range(min(reach, len(items))):
        if labels[k] != "masthead" and labels[k] not in _READ_AS_A_TAGLINE:
            continue
        below = [j for j in range(k + 1, min(len(items), k + 4)) if labels[j] not in _REMOVED]
        if (
            below
            and any(labels[j] in _STARTS or labels[j] == "sig" for j in below[:2])
            and (labels[k] == "masthead" or is_tagline(items[k]))
        ):
            plate = k
    if plate is None:
        return []
    above = [k for k in range(plate) if labels[k] not in _REMOVED]
    if len(above) > _EAR_LINES or not any(
        labels[k] in _BODY or labels[k] in _STARTS for k in above
    ):
        return []
    if labels[plate] not in _REMOVED:
        labels[plate] = "masthead"
    for k in above:
        labels[k] = "outside"
    for j in range(plate + 1, min(len(items), plate + 3)):
        if labels[j] == "sig":
            labels[j] = "head"
    return above


# What the model may read a nameplate's tagline as ("PRICE THREE CENTS.").
_READ_AS_A_TAGLINE = frozenset(("running", "sig", "pstart", "pcont", "sub"))
# The nameplate stands in this top share of the page's lines, in percent; its ears hold
# this many lines at most (a story above it is a story).
_EAR_SHARE = 30
_EAR_LINES = 25
# A headline taken for a masthead has this many words at least, one of them in small
# letters and this long at least.
_HEADLINE_WORDS = 4
_SMALL_WORD = 4


def _headline_above(items: list[Line], labels: list[str], i: int) -> list[str]:
    """The texts of the lines read as headline set one under the other right above line
    ``i``, with no blank line between."""
    k = i - 1
    while k and labels[k - 1] == "head" and items[k - 1].no == items[k].no - 1:
        k -= 1
    return [items[m].text for m in range(k, i)]


def _relabel_block(
    items: list[Line], labels: list[str], start: int, old: str, new: str
) -> list[int]:
    """Relabel the lines read as ``old`` from ``start`` on, as far as the block goes (to a
    blank line); returns their indexes."""
    k = start
    while (
        k < len(items) and labels[k] == old and (k == start or items[k].no == items[k - 1].no + 1)
    ):
        labels[k] = new
        k += 1
    return list(range(start, k))


_SPLIT_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}$")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")


def _runs_on(above: str, below: str) -> bool:
    """The phrase of ``above`` goes on in ``below``: it ends on a word that cannot end one
    ("de", "of", "mit") or inside a number ("40" / "000"), or ``below`` goes on in small
    letters."""
    last = above[above.rfind(" ") + 1 :].lower()
    return (
        last in OPEN_WORDS
        or below[:1].islower()
        or (
            _SPLIT_NUMBER.search(above) is not None
            and _THOUSANDS.match(below) is not None
            and not page_number(above)
        )
    )


def kickers_over_headlines(items: list[Line], feats: list[list[str]], labels: list[str]) -> None:
    """ "Lokales" / "Personalveränderungen." or "NATIONAL" / "White House Considering Auto
    Rescue Plan": a section's name set alone without a stop over the lines of a headline
    is the kicker, where the model read it as the headline and the line below as a deck:
    that line is the headline (which goes on where its phrase does,
    ``continue_headlines``). An old paper's section heading with its stop, "SHIPPING."
    over "ARRIVALS.", is a headline."""
    n = len(items)
    for i in range(n - 1):
        if labels[i] != "head" or (i and labels[i - 1] in _STARTS) or ends_sentence(items[i].text):
            continue
        # A section's name of several words joined by small ones is a rubric over a
        # headline in its own case too ("NEWS IN BRIEF" / "BRIDGE CLOSED FOR REPAIRS"); one
        # word may begin the headline ("WAR" / "DECLARED ON SERBIA").
        joined = (
            (labels[i + 1] in ("head", "deck", "date") or _set_apart(items, labels, i))
            and " " in items[i].text
            and is_section(items[i].text, joined=True)
        ) or _rubric_over_a_heading(items, labels, i)
        if not joined and (
            "section" not in feats[i]
            or not (labels[i + 1] in ("deck", "date") or _set_apart(items, labels, i))
        ):
            continue
        labels[i] = "kicker"
        labels[i + 1] = "head"


def _rubric_over_a_heading(items: list[Line], labels: list[str], i: int) -> bool:
    """ "POLITIK" / "INHALT.", "OPINION" / "COMMENCEMENT": a section's name right over a line
    read as the headline's, in its case, is the rubric over that headline, unless the
    headline's phrase goes on from it: the line opens on a small word ("Theater" / "und
    Musik.") or a participle ("WAR" / "DECLARED ON SERBIA"), or the two make one section's
    name ("SHIPPING" / "INTELLIGENCE.")."""
    # (right over it, or a blank line apart over a headline with more to say than a word:
    # "SCIENCE" / "" / "PATRIOTIC NATIVES.", but "LAND" / "" / "SALE." is one heading)
    if labels[i + 1] != "head" or items[i + 1].no > items[i].no + 2:
        return False
    if items[i + 1].no == items[i].no + 2 and len(items[i + 1].text.split()) < 2:
        return False
    # (its name without a speck after it: "OPINION '"; of one section's words, or ending
    # on a word that ends such names: "MINING MATTERS")
    line, below = items[i].text.rstrip(" '\"`´‘’"), items[i + 1].text
    first = below.split()[0].strip(_PUNCT).lower()
    return (
        bool(line)
        and _one_rubric(line)
        and line.isupper() == below.isupper()
        and first not in _SMALL_OPENERS
        and not (first.endswith("ed") and len(first) > 4)
        and not _one_rubric(f"{line} {below}")
    )


def rubrics_under_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "Stéphane Joly jette l’éponge" / "ATHLÉTISME" / "Reconverti sur la distance …": a
    word in capitals right under a headline in small letters, closing the header, is the
    section's rubric printed under the headline, not more of it: a headline keeps its case
    from line to line. (Two words may be the writer's name: "CLAIRE DOYLE".) Returns the
    indexes relabelled."""
    found = []
    for i in range(1, len(items) - 1):
        text = items[i].text
        if (
            labels[i] == "head"
            and labels[i - 1] == "head"
            and labels[i + 1] not in _HEADER
            and items[i].no == items[i - 1].no + 1
            and text.isalpha()
            and is_caps(text)
            and _SMALL_LETTERS.search(items[i - 1].text) is not None
        ):
            labels[i] = "kicker"
            found.append(i)
    return found


def bracketed_lines_under_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "DEATH OF MR." / "JOHN KITCHEN" / "[BY CABLE.]", "Vorbemerkungen." /
    "(Drahtbericht.)": a line wholly in brackets under the headline says how the story came
    or what it is, as a deck does; it goes on no headline. Returns the indexes
    relabelled."""
    found = []
    for i in range(1, len(items)):
        text = items[i].text
        if (
            labels[i] == "head"
            and labels[i - 1] == "head"
            and len(text) > 2
            and _BRACKETS.get(text[0]) == text[-1]
            and not any(c in text[1:-1] for c in "()[]")
        ):
            labels[i] = "deck"
            found.append(i)
    return found


_BRACKETS = {"(": ")", "[": "]"}


def names_read_as_headlines_under_kickers(items: list[Line], labels: list[str]) -> list[int]:
    """ "Theater." / "Von PAUL HOFFMANN." / "Königliche Schauspiele. …", "Theater." /
    "SOPHIE KRÜGER" / "BREMEN, 6. Juli. …": under a line read as the kicker, the one line
    read as the headline names who wrote the story (a byline by its form, or a name in
    capitals, closed by no stop, none of whose words the text writes small); the kicker
    is the headline then. Returns the indexes of the lines read as bylines."""
    found = []
    small = None
    for i in range(1, len(items) - 1):
        if not (
            labels[i - 1] == "kicker"
            and labels[i] == "head"
            and labels[i + 1] not in _HEADER
            and items[i].no == items[i - 1].no + 1
        ):
            continue
        text = items[i].text
        named = byline_name(text.rstrip(".")) is not None and text[0].isupper()
        # (a name alone closes on no stop: "FOOTBALL" / "RUGBY UNION.", "AUSLAND" /
        # "KÖNIGLICHE SCHAUSPIELE ." are a rubric over its heading)
        if not named and is_caps(text) and not ends_sentence(text):
            words = text.split()
            if small is None:
                small = _small_words(items, labels)
            named = (
                2 <= len(words) <= _BYLINE_NAME_WORDS
                and all(w.isalpha() for w in words)
                and looks_like_name(words)
                and _unwritten(words, small)
            )
        if named:
            labels[i - 1], labels[i] = "head", "byline"
            found.append(i)
    return found


def _one_rubric(text: str) -> bool:
    """Whether ``text`` is one section's name, its last word perhaps one that only ends
    such names ("SHIPPING INTELLIGENCE.", "SOCIAL NOTES", "MINING MATTERS": one such word
    after any other), or its first one that only opens them ("CHRONIQUE LOCALE", "REVUE
    DU JOUR")."""
    words = [w.strip(".,:").lower() for w in text.rstrip(".: ").split()]
    if len(words) == 2 and words[-1] in _RUBRIC_ENDS:
        return True
    if (
        2 <= len(words) <= 3
        and words[0] in _RUBRIC_OPENERS
        and (len(words) == 2 or words[1] in _SECTION_JOINERS)
    ):
        return True
    return is_section(text, joined=True) or (
        len(words) > 1
        and words[-1] in _RUBRIC_ENDS
        and is_section(" ".join(words[:-1]), joined=True)
    )


# Words that end a section's name, never one alone: "Shipping Intelligence", "Social
# Notes", "Law Notices", "Mining Matters", "Local and General".
_RUBRIC_ENDS = wordset("intelligence notes notices matters general items chronicle")
# French rubrics open on a word of the trade and name their field after it: "Chronique
# locale", "Nouvelles diverses", "Échos de Paris", "Revue du jour", "Bulletin financier".
_RUBRIC_OPENERS = wordset("chronique nouvelles échos revue bulletin courrier")
_SECTION_JOINERS = wordset("du de des la le")


def _set_apart(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether the section's name over a line read as the headline's is set in another
    case than it ("Culture" / "Science : fin de la traque …", "Stadt" /
    "SUBHASTATIONEN,"): the headline's own first line is set as the rest of it ("WAR" /
    "DECLARED ON SERBIA", "Sport" / "Club Wins the Cup")."""
    line, below = items[i].text, items[i + 1].text
    return (
        labels[i + 1] == "head"
        and below[:1].isupper()
        and (line.isupper() != below.isupper() or not (line.isupper() or _title_case(below)))
        and line.split()[-1].strip(",:;").lower() not in OPEN_WORDS
    )


# How a letter printed in the text closes: "« Signé: Charles BLANC. »", "Mit freundlichen
# Grüßen (gez.) v. Hindenburg.", "Yours faithfully, J. SMITH.", and as the papers printed
# letters to the editor until the mid-century, "I am, etc.,", "Yours, &c.,", "I am, Sir,
# yours obediently,", "Your obedient servant,".
_LETTER_CLOSING = re.compile(
    r"\W*(?:sign[ée]d?\b|gez\.|mit freundlichen gr[üu](?:ß|ss)en|hochachtungsvoll|"
    r"yours (?:truly|faithfully|sincerely|respectfully|obediently)|veuillez agr[ée]er|"
    r"(?:i am|i remain|we are|we remain),?(?: (?:sir|sirs|gentlemen|madam),?)? "
    r"(?:etc\b|&c\b|yours\b|your obedient\b|faithfully\b|sincerely\b)|"
    r"yours,? (?:etc\b|&c\b)|your obedient servant\b)",
    re.IGNORECASE,
)


_CLOSING_READS = frozenset((*_STARTS, "caption"))


def _letter_signed(text: str) -> bool:
    """The writer's name under a letter's closing: "MARGARET HOLLIS.", "J. PRICE."."""
    words = text.rstrip(".").split()
    return bool(_SIGNED_NAME.fullmatch(text)) or (
        1 < len(words) <= 4 and is_caps(text) and looks_like_name(words)
    )


def letters_closing_in_the_text(items: list[Line], labels: list[str]) -> list[int]:
    """A letter printed in a story closes on its greeting and signature ("« Signé: Charles
    BLANC. »", "… Lebensweg." / "Mit freundlichen Grüßen(gez.:) v. Hindenburg.“"): set
    apart and short, the line looks like a headline, but it is the text's last line
    (and where it was read as such, "I am, etc.,", what follows it is asked the same way). The
    next story's headline is then what the model read as its deck ("Göbbels prophezeit" /
    "Eroberung ganz Europas durch" / "den Fascismus."), and it opens that story however
    unsure the model was of it. A letter to the editor signs under its closing ("Yours
    faithfully," / "MARGARET HOLLIS." / "Elm Road, Dec. 2."): the name is the signature,
    the place and day its date line. Returns the indexes whose reading is settled: the
    closings and those headlines."""
    found = []
    for i, label in enumerate(labels):
        if not (
            (label in _CLOSING_READS or label in _TEXT)
            and i
            and _LETTER_CLOSING.match(items[i].text)
            # under the letter's last words (a sentence alone may be read as a caption)
            and (
                labels[i - 1] in _TEXT
                or (labels[i - 1] == "caption" and split_credit(items[i - 1].text)[1] is None)
            )
        ):
            continue
        if labels[i - 1] == "caption":
            labels[i - 1] = "pstart"
        if label not in _TEXT:
            labels[i] = "pstart"
        found.append(i)  # (the closing is the text's, however sure the model was)
        k = i + 1
        # "Yours faithfully," / "MARGARET HOLLIS." / "Elm Road, Dec. 2.": the writer's name
        # and the place and day of writing, read as more of a headline.
        if (
            k < len(items)
            and labels[k] in _STARTS
            and items[k].no == items[i].no + 1
            and _letter_signed(items[k].text)
        ):
            labels[k] = "sig"
            k += 1
            if (
                k < len(items)
                and items[k].no == items[k - 1].no + 1
                and _LETTER_DATE.fullmatch(items[k].text)
            ):
                labels[k] = "date"
                k += 1
        if k < len(items) and labels[k] == "deck":
            found.append(k)
        # (to the line that closes the headline: a deck under it stays one, "PUBLIC" /
        # "LIBRARIAN." / "OFFER TO MR. IFOULD.")
        while k < len(items) and labels[k] == "deck":
            labels[k] = "head"
            k += 1
            if ends_sentence(items[k - 1].text):
                break
    return found


def headings_without_letters(items: list[Line], labels: list[str], marginal) -> list[int]:
    """A headline is words: a line with no letters ("21;6", a row of a vote's figures)
    read as a whole headline or kicker takes its likeliest other label and opens no story
    (nor does the split rule make one of it). One line of a longer headline may be a
    figure ("1)" / "Untersuchungs-Sachen.")."""
    found = []
    for i, label in enumerate(labels):
        if (
            label in _STARTS
            and not has_letters(items[i].text)
            and (i == 0 or labels[i - 1] not in _STARTS)
            and (i + 1 == len(labels) or labels[i + 1] not in _STARTS)
        ):
            labels[i] = max(_INSTEAD, key=lambda other: marginal(other, i))
            found.append(i)
    return found


def specks_over_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ ")^°- *" / "l" / "$HIPPING": lines read as the first of a headline that hold no
    word (no two letters in a row), over a line of it that does, are scan noise, not the
    headline's; a numbering ("1)", "E.") stays its first line, and so does a word of one
    letter over capitals ("A" / "BRILLIANT" / "AFFAIR"). Returns the indexes relabelled."""
    found = []
    i = 0
    while i < len(items) - 1:
        if labels[i] != "head" or (i and labels[i - 1] == "head"):
            i += 1
            continue
        k = i
        while (
            k + 1 < len(items)
            and labels[k + 1] == "head"
            and not has_word(items[k].text)
            and _NUMBERING.fullmatch(items[k].text) is None
            and not (items[k].text in _ONE_LETTER_WORDS and is_caps(items[k + 1].text))
        ):
            k += 1
        if k > i and has_word(items[k].text):
            for j in range(i, k):
                labels[j] = "noise"
                found.append(j)
        i = k + 1
    return found


# Words of one letter a headline in capitals may open on, set alone in a narrow column
# ("A" / "BRILLIANT" / "AFFAIR", French "À" / "PARIS").
_ONE_LETTER_WORDS = frozenset(("A", "À"))


def numberings_read_as_noise(items: list[Line], labels: list[str]) -> list[int]:
    """ "A." / "BRIEFSENDUNGEN.", "IV." / "Amtliche Nachrichten.": a heading's numbering set
    on a line of its own, right over it, read as scan noise, is the heading's first line.
    Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        if (
            labels[i] == "noise"
            and labels[i + 1] == "head"
            and items[i + 1].no == items[i].no + 1
            and _NUMBERING.fullmatch(items[i].text) is not None
        ):
            labels[i] = "head"
            found.append(i)
    return found


# How a heading numbers its part: "1)", "E.", "IV.".
_NUMBERING = re.compile(r"[\dA-ZÀ-Ý]{1,4}[.)]")


# A rubric over a headline has at most this many words.
_RUBRIC_MOST_WORDS = 4


def kickers_read_as_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "EUROPEAN NEWS." / "CHINA." / "NEW YORK, March 27.—…", "Auswärtige Nachrichten." /
    "Italien.": the page's first line past its furniture, read as a line of the text right
    over a line read as the headline, is no story's text (a story's text comes under its
    headline): a short phrase opening on a capital there, of a few words, is the rubric
    over the headline, its kicker. (The top of a column that goes on from another page
    runs to the measure, or opens small: "ger als 400000 fl. verliere. …".) Returns the
    indexes relabelled."""
    i = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if i is None or i + 1 >= len(items) or labels[i] not in _TEXT or labels[i + 1] != "head":
        return []
    text = items[i].text
    if (
        items[i + 1].no - items[i].no > 2
        or not text[:1].isupper()
        or len(text.split()) > _RUBRIC_MOST_WORDS
        or len(text) * 10 >= column_width(items) * 6
        or text[-1:] in ",;:-"
    ):
        return []
    labels[i] = "kicker"
    return [i]


# Words that join two words of one phrase: a headline's line does not open on them ("or"
# is none: French opens sentences on "Or").
_JOINING_WORDS = wordset("and und et &")
# A headline's line opening on one holds this many words at most.
_JOINED_WORDS = 3
# Words that tie a phrase's next words to it: one alone on a headline's line set in the
# kicker's case carries the kicker's phrase on ("COURT" / "IN" / "EXILE"); a line that
# goes on past it may be a whole headline ("HEALTH" / "FROM SPRINGFIELD.").
_TYING_WORDS = wordset(
    "of in on at for to from with by de du des à en sur pour avec par im an auf für mit zu vom"
    " von bei"
)


def kickers_going_on(items: list[Line], labels: list[str]) -> list[int]:
    """ "Theater" / "und Musik.": a line read as a kicker whose phrase goes on in the
    headline's first line, which starts in small letters, is the headline's first line.
    So is one right over a headline of one word alone, in the same case ("SHIPPING" /
    "INTELLIGENCE."), or over a line of one word that ties the phrase on ("COURT" / "IN" /
    "EXILE"): a kicker stands over a headline with more to say."""
    found = []
    for i in range(len(items) - 1):
        if labels[i] != "kicker" or labels[i + 1] != "head":
            continue
        below = items[i + 1].text
        # (the word without the bars boxing it or the space OCR set before its stop:
        # "I INTELLIGENCE. I", "INTELLIGENCE .")
        word = strip_line_bars(below).replace(" .", ".")
        if (
            below[:1].islower()
            # (joined to it by "and": "| THEATER |" / "| UND |" / "I MUSIK. I"; a
            # heading's words, not a sentence: "Or que va acclamer le vulgaire")
            or (
                len(word.split()) <= _JOINED_WORDS
                and (
                    word.split(" ", 1)[0].lower() in _JOINING_WORDS
                    or (
                        word.strip().lower() in _TYING_WORDS
                        and is_caps(below) == is_caps(items[i].text)
                        # (set right under it: "POLITICS" / "" / "IN" / "DIVORCE." is
                        # a rubric over a headline opening on the word)
                        and items[i + 1].no == items[i].no + 1
                    )
                )
            )
            or (
                " " not in word
                and not is_section(word)  # "SPORT" / "SHIPPING.": two sections' names
                and items[i + 1].no == items[i].no + 1
                and (
                    i + 2 == len(items)
                    or labels[i + 2] != "head"
                    # (the two make one section's name, whatever is read under it:
                    # "SHIPPING" / "INTELLIGENCE." / "ARRIVALS.")
                    or _one_rubric(f"{items[i].text} {word}")
                )
                and is_caps(below) == is_caps(items[i].text)
            )
        ) and not ends_sentence(items[i].text):
            labels[i] = "head"
            found.append(i)
    return found


def kickers_in_the_headlines_case(
    items: list[Line], feats: list[list[str]], labels: list[str]
) -> list[int]:
    """ "ABDUCTOR OF SCHOOL" / "TEACHER …", "Washington dementiert" / "Ausrüstung von 20 …": a
    line read as a kicker, of two words or more, set in the headline's case right above
    it, with no blank line and no stop between, that no section's name makes a kicker, is
    the headline's first line. (A one-word topic, "Proche-Orient" over "Les pourparlers",
    stays a kicker.) Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        above, below = items[i].text, items[i + 1].text
        if (
            labels[i] == "kicker"
            and labels[i + 1] == "head"
            and items[i + 1].no == items[i].no + 1
            and " " in above.strip()
            and "section" not in feats[i]
            and not ends_sentence(above)
            and is_caps(above) == is_caps(below)
        ):
            labels[i] = "head"
            found.append(i)
    return found


_RUBRIC_WORDS = 3


def rubrics_closed_over_capitals(items: list[Line], labels: list[str]) -> list[int]:
    """ "Nouvelles Suisses." / "DES SCIENTIFIQUES" / "RUSSES AFFIRMENT" …: the first line
    of a headline, of a few words in small letters each begun with a capital and closed by
    its stop, set over the rest in capitals, is a section's rubric, the kicker: one
    headline is set in one case, and its stop closed the rubric. Returns the indexes
    relabelled."""
    found = []
    for i in range(len(items) - 1):
        text = items[i].text
        words = text.split()
        if (
            labels[i] != "head"
            or labels[i + 1] != "head"
            or items[i + 1].no != items[i].no + 1
            or (i and labels[i - 1] == "head" and items[i - 1].no == items[i].no - 1)
            or not text.endswith(".")
            or len(words) > _RUBRIC_WORDS
            or not any(c.islower() for c in text)
            or not all(w[0].isupper() for w in words if len(w) > 3)
        ):
            continue
        j = _run_end(items, labels, i + 1, ("head",))
        if all(is_caps(items[k].text) for k in range(i + 1, j + 1)):
            labels[i] = "kicker"
            found.append(i)
    return found


# A byline's label before a capitalised word: "par Julien Lefèvre | Rédaction locale".
_LABELLED_NAME = re.compile(f"(?i:{BYLINE_LABEL})" + r"\s+[A-ZÀ-Þ]")
_AFTER_HEAD = frozenset(
    ("byline", "date", "deck", "masthead", "running", "noise", "caption", "kicker")
)


def quotes_closed_in_the_headline(items: list[Line], labels: list[str]) -> list[int]:
    """ "„Deutsches" / "Reich“": a line right over a headline that opens a quote the
    headline closes is the headline's first line, whatever the model read it as (a
    credit, a caption; "„6)" / "KOMMANDIT-GESELLSCHAFTEN" / … / "AKTIEN-GESELLSCH“").
    Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] == "head"
            and labels[i - 1] not in ("head", *_TEXT)
            and items[i].no == items[i - 1].no + 1
            and quote_open(items[i - 1].text)
            and QUOTE_CLOSER.search(_block_text(items, labels, i, "head")) is not None
        ):
            labels[i - 1] = "head"
            found.append(i - 1)
    return found


def _block_text(items: list[Line], labels: list[str], i: int, label: str) -> str:
    """The text of the lines read as ``label`` from line ``i`` down, one under the other."""
    k = i
    while k + 1 < len(items) and labels[k + 1] == label and items[k + 1].no == items[k].no + 1:
        k += 1
    return " ".join(items[m].text for m in range(i, k + 1))


def quotes_closed_alone(items: list[Line], labels: list[str]) -> list[int]:
    """ "« ALGÉRIE : 50" / "ANS" / "D'INDÉPENDANCE" / "»": a closing quote mark alone on
    the line right under a headline that opened the quote is the headline's, not a speck
    of the scan (removed, it left the opening mark alone, a speck too). Returns the
    indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] in _REMOVED
            and labels[i - 1] == "head"
            and items[i].no == items[i - 1].no + 1
            and QUOTE_CLOSER.fullmatch(items[i].text.strip()) is not None
            and quote_open(" ".join(_headline_above(items, labels, i)))
        ):
            labels[i] = "head"
            found.append(i)
    return found


def _phrase_open(text: str) -> bool:
    """Whether a line ends on a word its phrase goes on from: "Bilanz am", "Death of the",
    "POURQUOI"."""
    last = text[text.rfind(" ") + 1 :].lower()
    return last in OPEN_WORDS or last in _PREPOSITIONS or last in _QUESTION_WORDS


def questions_read_as_furniture(items: list[Line], labels: list[str]) -> list[int]:
    """ "POURQUOI" / "" / "LES ANGLAIS ONT ARRÊTÉ O'KELLY": a line over the headline read
    as a running head or the masthead, with no form of furniture and in the headline's
    case, whose phrase stays open (a question's word, a preposition), begins the headline:
    no running head or paper's name ends so. Returns the indexes relabelled."""
    found = []
    for k in range(len(items) - 1):
        if (
            labels[k] in ("running", "masthead")
            and labels[k + 1] == "head"
            and _phrase_open(items[k].text)
            and is_caps(items[k].text) == is_caps(items[k + 1].text)
            and not _furniture_form(items[k])
        ):
            labels[k] = "head"
            found.append(k)
    return found


def continue_headlines(items: list[Line], feats: list[list[str]], labels: list[str]) -> None:
    """A headline goes on while its phrase is open: "Markets down across" / "the world; Dow
    Jones" / "falls below 9,000". The model judges each line mostly by its own form, and a
    headline's last words can look like a byline or a date; the seam between the lines says
    the phrase has not ended."""
    common = None  # the page's words written small, read when first needed
    for i in range(1, len(items)):
        if labels[i - 1] != "head" or labels[i] not in _AFTER_HEAD:
            continue
        above, line = items[i - 1].text, items[i].text
        last = above[above.rfind(" ") + 1 :].lower()
        # "DEATH OF MR." / "JOHN KITCHEN.": a title's stop ends no phrase; nor does a
        # day's, before its month ("Allgemeine Verfügung vom 4." / "Juni 1887, betreffend").
        # "Kommanditgesellschaften auf Aktien u." / "Aktiengesellschaften.": nor does an
        # "and" cut short.
        # "DEATH OF MRS. D." / "C. McLACHLAN.": nor a name's initial after a title or
        # another initial.
        title = (
            (last.endswith(".") and last[:-1] in _NAME_TITLES | _JOINS_CUT_SHORT)
            or _initial_after_title(above)
        ) or (_ORDINAL_END.search(above) is not None and MONTH_NAME.match(line) is not None)
        # A byline ("par X", "by X", "par X | Chef de service") or a date ("samedi 5
        # février") may start small.
        starts_small = (
            line[0].islower()
            and "byline" not in feats[i]
            and "date" not in feats[i]
            and not _LABELLED_NAME.match(line)
        )
        # "Water Wars:" / "How a Valley Learned to Share": a headline's colon says more of it
        # follows, in its Title Case
        if above[-1] == ":" and not title:
            if (
                labels[i] == "deck"
                and _set_as_the_headline(items, labels, i)
                and _title_case_goes_on(items[i - 1], items[i])
            ):
                labels[i] = "head"
            continue
        # A bank closes on a comma or a semicolon ("TITANIC SINKS …;" / "866 RESCUED …"),
        # and the next opens on a capital: "Markets down across the world;" / "dow jones
        # falls below 9,000" is the phrase going on. (After a comma, a line in small
        # letters is as often the text's sentence read as a headline going on.)
        if (ends_sentence(above) and not title) or (
            above[-1] in ",;" and not (above[-1] == ";" and starts_small)
        ):
            continue
        # "MURDER NEAR MARY-" / "BOROUGH.": a word broken over the lines.
        broken = len(above) > 2 and above[-1] == "-" and above[-2].isalpha()
        if (
            starts_small
            or _phrase_open(above)
            # "Literarische" / "Anzeigen.": a German adjective declined for its noun
            or _DECLINED_ADJECTIVE.search(above) is not None
            # "Durchschnittslöhne der einzelnen" / "Arbeiterklassen …": an article and a
            # word written small wait for their noun
            or _ARTICLE_AND_ADJECTIVE.search(above) is not None
            # "PORTUGAL : UN «" / "ALPHABET » DES COULEURS": a quote opened at the line's
            # end goes on
            or (
                above[-1] in "«„“"
                and quote_open(" ".join([*_headline_above(items, labels, i), line.split()[0]]))
            )
            # "Stettiner Maschinenbau-Actien-Gesellschaft" / "„Vulcan“.": a name quoted
            or (line[:1] in _QUOTE_OPENERS and len(line.split()) <= 2 and not is_caps(above))
            or title
            or broken
            # "Boeing rolls out first 787" / "Dreamliner to go into service", "OURAGAN
            # SANDY : 39" / "MORTS AUX ÉTATS-UNIS": a count waits for what it counts (a
            # year closes a phrase: "… EN 2012")
            or (
                (labels[i] == "deck" or (labels[i] == "byline" and byline_name(line) is None))
                and (count := _COUNT_END.search(above)) is not None
                and _YEAR.search(above[-4:]) is None
                # ("Dow Jones Falls" / "Below 9,000": a count after its preposition is
                # complete)
                and above[: count.start()].rsplit(" ", 1)[-1].lower() not in _BEFORE_A_SUM
                and _set_as_the_headline(items, labels, i)
                and not ends_sentence(line)
            )
            # "Banques belges piratées" / ": « Le parquet exagère": a line opening on a
            # colon is the phrase above going on
            or (line[:1] == ":" and labels[i] == "deck")
            or (labels[i] == "deck" and _wrapped_on(items, labels, i))
            # (a date line holding no day's date: "SUPÉRIEUR SE TIENDRA" / "EN FÉVRIER 2013")
            or (
                labels[i] in ("deck", "date")
                and _set_as_the_headline(items, labels, i)
                and _capitals_going_on(items[i - 1], items[i])
            )
            # "STATEMENT" / "BY MR." / "CATER.": a "By" over a title and no name is no
            # byline, but the headline's phrase going on
            or (
                labels[i] == "byline"
                and (byline_name(line) or "").lower().rstrip(".") in _NAME_TITLES
            )
            or (
                # (a line read as a date line that holds no date: "Coalition of Willing
                # Commits to Ukraine" / "Force if Peace Agreed")
                (labels[i] == "deck" or (labels[i] == "date" and DATE.search(line) is None))
                and _set_as_the_headline(items, labels, i)
                and _title_case_goes_on(items[i - 1], items[i])
            )
        ):
            labels[i] = "head"
        elif labels[i] == "byline" and _no_byline_form(line, feats[i]):
            # "Russian Markets to Remain" / "Closed Until Friday" / "Claire Novak, ...": a
            # name is never written small in the story, the words of a headline are. Nor
            # does a story sign twice: with a byline known by its "By" further down the
            # header ("for the Future as Lake" / "Poopó Dries Up" / … / "By Mariano
            # Quispe"), the line is the headline's.
            if common is None:
                common = _common_words(items)
            words = _words_to_weigh(line)
            if (words and _mostly_written_small(words, common)) or _signed_below(
                items, feats, labels, i
            ):
                labels[i] = "head"


def _initial_after_title(text: str) -> bool:
    """Whether the line ends on a name's initial after a title or another initial: "DEATH
    OF MRS. D.", "… A. W."."""
    words = text.split()
    if len(words) < 2 or _INITIAL.fullmatch(words[-1]) is None:
        return False
    before = words[-2]
    return _INITIAL.fullmatch(before) is not None or (
        before.endswith(".") and before[:-1].lower() in _NAME_TITLES
    )


_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
# "und", "oder", "beziehungsweise" cut short: "u.", "od.", "bzw.", "resp."
_JOINS_CUT_SHORT = wordset("u od bzw resp")


# A letter's salutation: "SIR, - I DO MYSELF THE HONOUR", "Monsieur,".
_SALUTATION = re.compile(
    r"(?:dear\s+)?(?:sirs?|madam|monsieur|madame|messieurs|sehr geehrte[rn]?\b[^,]*)\s*,",
    re.IGNORECASE,
)


def _capitals_going_on(above: Line, line: Line) -> bool:
    """ "THE WORLD; DOW JONES" / "FALLS BELOW 9,000": a line in capitals right under a
    headline line in capitals, where neither closes its phrase, is more of the headline.
    A deck set in the headline's capitals ends on its stop ("D. C. RENT ACT" / "OTHER
    BUSINESS PROPERTIES ARE EXEMPTED."); a year closes the phrase above ("… POINTE-AU-PÈRE
    EN 2012" / "L’ABORDAGE DU PAQUEBOT"), and a letter opens on its salutation ("SIR, -").
    Nor is a line much wider than the one above the headline's ("ACTES DE TORTURE" / "EN
    OUTRE, PLUSIEURS TÉMOINS ONT RACONTÉS …"), nor one holding a date. (Whether it is set
    as the headline's lines are, the caller asks: ``_set_as_the_headline``.)"""
    return (
        is_caps(above.text)
        and is_caps(line.text)
        and len(line.text) <= 1.25 * len(above.text)
        and DATE.search(line.text) is None
        and above.text[-1] not in ":"
        and not ends_sentence(line.text)
        and _YEAR.search(above.text[-4:]) is None
        and _SALUTATION.match(line.text) is None
    )


def _title_case_goes_on(above: Line, line: Line) -> bool:
    """ "Cape Verde: Music Festival Draws Record" / "Crowds to Mindelo": a line in Title
    Case right under a headline line in Title Case that closes on no mark, or on the
    colon that says more follows ("Water Wars:" / "How a Valley Learned to Share"), is more
    of it; not a list of names and titles ("CLEARANCES. - May 7" / "Mrs. Henderson, Mr.
    …"). (Whether it is set as the headline's lines are, the caller asks:
    ``_set_as_the_headline``.)"""
    return (
        (above.text[-1:].isalnum() or above.text[-1:] == ":")
        and ". " not in above.text
        and ". " not in line.text
        and _title_case(above.text)
        and _title_case(line.text)
        and len(_WORD_OF_LETTERS.findall(line.text)) >= 2
    )


def _set_as_the_headline(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i`` is set under the headline line above it as the headline's lines
    are: right under it, or a blank line apart where the headline's own lines are
    ("BOEING ROLLS OUT" / "" / "FIRST 787 DREAMLINER" / "" / "TO GO INTO SERVICE")."""
    gap = items[i].no - items[i - 1].no
    return gap == 1 or (
        i > 1 and labels[i - 2] == "head" and items[i - 1].no - items[i - 2].no == gap
    )


def _wrapped_on(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether deck line ``i`` is the open headline above it wrapped on: "BOEING ROLLS OUT
    FIRST 787 DREAMLINER" / "TO GO INTO SERVICE", "Council Approves" / "Plan for" /
    "Riverside Walkway". Its phrase shows it goes on (it opens on a small word, or ends on
    one), it is set as the headline is (no capitals against small letters, and no
    sentence opening on a common word under a headline not in title case), and one measure
    sets them all, as wide as every line but too narrow for the line above with this one's
    first word ("AIR FORCES SEND SUB" / "TO BOTTOM WITH BOMB."): a deck is set smaller, so
    its lines run longer ("WILSON LEADS" / "BUT REPUBLICANS" / "00 NOT GIVE UP" over "WITH
    MANY DOUBTFUL STATES")."""
    line, above = items[i].text, items[i - 1].text
    words = line.split()
    first, last = words[0].lower(), words[-1].lower()
    if not (first in _SMALL_OPENERS or last in _SMALL_OPENERS or last in _OPEN_ENDS):
        return False
    if line.isupper() != above.isupper() or not _set_as_the_headline(items, labels, i):
        return False
    gap = items[i].no - items[i - 1].no
    if (
        not line.isupper()
        and words[0][0].isupper()
        and not (_title_case(above) and _title_case(line))
        and _common_word(words[0].strip(_PUNCT), _small_words(items, labels))
    ):
        return False  # a sentence opens: "… contre des orpailleurs" / "Ils sont intervenus après"
    k = i - 1
    while k > 0 and labels[k - 1] == "head" and items[k - 1].no == items[k].no - gap:
        k -= 1
    # Some one measure set them all: as wide as each line, too narrow for the line above
    # and the first word of this one.
    measure = max(len(items[j].text) for j in range(k, i + 1))
    return measure < len(above) + 1 + len(words[0])


# A German adjective declined for the noun it stands before, last on a line.
_DECLINED_ADJECTIVE = re.compile(r"[^\W\d_]{3,}ische[mnrs]?\W*$")
# A German article and a word in small letters, last on a line: an adjective or a numeral
# before its noun, which German writes with a capital ("der einzelnen", "die beiden").
_ARTICLE_AND_ADJECTIVE = re.compile(
    r"(?:^|\s)(?:der|die|das|den|dem|ein|eine|einer|einem|einen|eines)\s+[a-zäöüß]+$"
)
# Prepositions that always take an object, beyond the model's open words (features.py,
# left as the model was trained): a headline ending on one goes on ("Library Hours
# Extended During" / "Exam Season", "… Bilanz am" / "31. Dezember 1935.").
_PREPOSITIONS = wordset(
    "during until till towards upon amid despite "
    "near among amongst beneath underneath beside toward via onto throughout alongside "
    "except than "
    "am vom zum zur beim ins während seit wegen trotz gegenüber "
    "neben hinter bis innerhalb außerhalb oberhalb unterhalb mittels anlässlich anläßlich "
    "infolge angesichts bezüglich "
    "pendant depuis selon malgré parmi durant envers en à "
    "sous devant derrière auprès dès lors concernant"
)
# A number last on a line, a count: "first 787", ": 39"; and the words after which a
# number is a sum complete in itself ("Below 9,000", "to 40").
_COUNT_END = re.compile(r"(?:^|\s)\d[\d,.]*$")
_BEFORE_A_SUM = (
    OPEN_WORDS
    | _PREPOSITIONS
    | wordset(
        "below above under over than about nearly almost some unter über bis auf sous sur plus"
    )
)
# The words of a question, which never end its phrase unmarked ("POURQUOI" / "LES ANGLAIS
# ONT ARRÊTÉ O'KELLY"); "what" and "was" may end one ("… was", "So what").
_QUESTION_WORDS = wordset(
    "why how when where whither wherefore "
    "warum wieso weshalb weswegen wie wann wo wohin woher "
    "pourquoi comment quand où"
)
# Words a headline's phrase goes on with, never one a deck of its own opens on.
_SMALL_OPENERS = wordset(
    "to of for and or with into from than as by at in on "
    "von für und oder mit aus als bei auf im "
    "pour et ou avec dans par sur du des aux"
)
# Words no phrase ends on ("Plan for", "… contre des"), where a verb may end a deck's
# first line ("Officials said").
_OPEN_ENDS = (
    wordset("the a an de des du le la les un une au aux der die das den dem ein eine und")
    | _PREPOSITIONS
)
# A deck's last line that goes on in small letters is no longer than this many words.
_DECK_TAIL_WORDS = 6


def decks_going_on(items: list[Line], labels: list[str]) -> list[int]:
    """A deck goes on while its phrase is open: "Souscription pour un cadeau" / "de noces."
    The model reads the short line in small letters as text going on, or as a byline ("de
    …"); right under a deck line that ends no sentence, with no capital in it (no name),
    it ends the deck. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        above, line = items[i - 1].text, items[i].text
        words = line.split()
        if (
            labels[i - 1] == "deck"
            and labels[i] in ("pstart", "pcont", "byline")
            and items[i].no == items[i - 1].no + 1
            and len(words) <= _DECK_TAIL_WORDS
            and all(word[0].islower() for word in words if word[0].isalpha())
            and line[0].islower()
            and not ends_sentence(above)
            and above[-1] not in ",;:"
        ):
            labels[i] = "deck"
            found.append(i)
    return found


# A line of the text's measure is at least this share of the column's width.
_MEASURE_SHARE = 0.75
_SENTENCE_LINE_WORDS = 5


def text_read_as_date(items: list[Line], labels: list[str]) -> list[int]:
    """A date line holds a date: a line read as one that opens on a dateline and goes on
    in words ("WASHINGTON, Dec. 1.?The German" / "submarine commander who sunk …") is the
    first line of the text, which the line under it goes on with. (Read as a date line,
    its words after the dateline would be reported removed with a running head.) Returns
    the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        text = items[i].text
        if labels[i] != "date" or labels[i + 1] not in ("pstart", "pcont"):
            continue
        end = dateline_end(text)
        if end and has_letters(text[end:]):
            labels[i], labels[i + 1] = "pstart", "pcont"
            found.append(i)
    return found


def dates_without_a_date(items: list[Line], labels: list[str]) -> list[int]:
    """ "By direction a verdict was given for plain-" / "tif, for £16/15/4": a line read as
    the story's date line for its figures, which holds no date (no month, weekday, year,
    date in figures, time stamp or dateline), set right under a line it goes on from (a
    word broken there, or going on in small letters), is that line's. Returns the indexes
    relabelled."""
    found = []
    for i in range(1, len(items)):
        above = items[i - 1].text
        if (
            labels[i] == "date"
            and labels[i - 1] in _GOES_ON_INTO_A_DATE
            and items[i - 1].no + 1 == items[i].no
            and (
                above[-1:] in "-¬"
                or items[i].text[:1].islower()
                or _head_left_open(labels, above, i)
            )
            and not _holds_a_date(items[i].text)
        ):
            labels[i] = "pcont" if labels[i - 1] in _TEXT else labels[i - 1]
            found.append(i)
    return found


_GOES_ON_INTO_A_DATE = frozenset(("head", "deck", "pstart", "pcont", "caption", "sub"))


def _head_left_open(labels: list[str], above: str, i: int) -> bool:
    """Whether the line over line ``i`` is a headline's, left open by a semicolon, a colon
    or a comma ("Markets Down Across the World;" / "Dow Jones Falls Below 9,000")."""
    return labels[i - 1] == "head" and above.rstrip()[-1:] in ";:,"


def _holds_a_date(text: str) -> bool:
    return (
        DATE.search(text) is not None
        or MONTH_NAME.search(text) is not None
        or _WEEKDAY_WORD.search(text) is not None
        or _YEAR.search(text) is not None
        or is_date(text)
        or timestamp(text) is not None
        or relative_stamp(text)
        or bool(dateline_end(text))
    )


def datelines_inside_the_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "… very heavy." / "PARIS, Aug. 6." / "The Journal Officiel publishes …": a dispatch
    of a column of telegrams opens on its place and day on a line of their own. A line
    read as a date line after the story's text has begun (a finished sentence above it)
    that is a dateline alone, over the text, opens the paragraph it dates: a second date
    line of a story would be left out as a running head. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items) - 1):
        text = items[i].text.rstrip()
        if (
            labels[i] == "date"
            and labels[i - 1] in _TEXT
            and labels[i + 1] in _TEXT
            and ends_sentence(items[i - 1].text)
            and dateline_end(text) >= len(text)
        ):
            labels[i], labels[i + 1] = "pstart", "pcont"
            found.append(i)
    return found


# What the model may take a time stamp for (a table's row of dates and figures is a table).
_STAMP_READS = frozenset(("head", "deck", "kicker", "byline", "caption", "credit", "sub", "pstart"))


def time_stamps(items: list[Line], labels: list[str]) -> list[int]:
    """A web page's time stamp over the text ("Published March 20, 2024 at 2:15 p.m. ET",
    "Stand: 12.03.2024, 14:30 Uhr", "Publié le 12 mars 2024 à 14h30, mis à jour à 16h05")
    is the story's date line, however the model read it: a deck, a byline, a caption with
    "ET" for its credit, or, under the byline or the deck, a masthead's date. Only in a
    story's header, before its text has begun. A stamp that gives no date ("Publié
    aujourd'hui à 10h30", "Updated 2 hours ago") is a running head, reported removed.
    Returns the indexes relabelled."""
    found = []
    in_header = True
    for i, label in enumerate(labels):
        text = items[i].text
        if (
            label in ("pstart", "pcont")
            and in_header
            and timestamp(text) is None
            and not relative_stamp(text)
        ):
            in_header = False
        elif label in _STARTS:
            in_header = True
        if (
            (in_header and label in _STAMP_READS)
            # under the byline or the deck, a date is no masthead's or running head's,
            # nor a paragraph (under a standfirst the model read as the text)
            or (i and label in _STAMP_UNDER and labels[i - 1] in ("byline", "deck"))
            or label == "date"
        ) and not (i and labels[i - 1] == "head" and _phrase_open(items[i - 1].text)):
            # (A date the headline's phrase runs into is the headline's: "Bilanz am".)
            if timestamp(text):
                if label != "date":
                    labels[i] = "date"
                    found.append(i)
            elif relative_stamp(text):
                # A stamp with no date ("Publié aujourd'hui à 10h30"): the page's furniture.
                labels[i] = "running"
                found.append(i)
    return found


_STAMP_UNDER = ("masthead", "running", "pstart", "pcont")
# "Lucy Brennan in Rome", "Jon Henley, Europe correspondent": a name, and where or what.
_NAME_AND_PLACE = re.compile(r"(?P<name>[^,]+?)(?:\s+in\s+[A-ZÀ-Ý][\w -]+|,\s+[\w ]+)?")


def standfirsts_over_bylines(
    items: list[Line], feats: list[list[str]], labels: list[str]
) -> list[int]:
    """The text begins under its byline: a paragraph of a few lines between the headline
    (or its deck) and a byline known by its form ("Von Max Mustermann und Erika
    Musterfrau"), with the text going on under the byline, is the standfirst, a deck
    ("Die Ampel sucht nach einem Ausweg …"). Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "pstart" or labels[i - 1] not in ("head", "deck"):
            continue
        end = i
        while end + 1 < len(items) and labels[end + 1] == "pcont":
            end += 1
        k = end + 1
        if end - i >= _STANDFIRST_LINES or k >= len(items) or labels[k] != "byline":
            continue
        if not (_byline_form(feats[k]) or correspondent_line(items[k].text)):
            continue
        after = k + 1
        while after < len(items) and labels[after] in ("byline", "date"):
            after += 1
        if after < len(items) and labels[after] == "pstart":
            for j in range(i, end + 1):
                labels[j] = "deck"
                found.append(j)
    return found


# A standfirst runs to this many lines at most.
_STANDFIRST_LINES = 4


def bylines_over_time_stamps(items: list[Line], labels: list[str]) -> list[int]:
    """A web page sets its writer's name right over the time stamp ("Lucy Brennan in
    Rome" / "Tue 18 Jul 2023 14.05 BST"): a line there that is a name (with the place it
    was written in or the writer's post), read as a deck or a subhead, is the byline.
    Returns the indexes relabelled."""
    found = []
    for k in range(len(items) - 1):
        if labels[k] in ("deck", "sub", "kicker", "caption") and _named_over_time_stamp(
            items, labels, k
        ):
            labels[k] = "byline"
            found.append(k)
    return found


def _named_over_time_stamp(items: list[Line], labels: list[str], k: int) -> bool:
    """Whether line ``k`` is a name (and place or post) right over a web page's time stamp
    (read as the date line)."""
    if k + 1 >= len(items) or labels[k + 1] != "date" or items[k + 1].no != items[k].no + 1:
        return False
    if labels[k + 2 : k + 3] == ["byline"]:
        return False  # the writer is named under the stamp: "15 JUNE 2014" / "BY Peter …"
    m = _NAME_AND_PLACE.fullmatch(items[k].text)
    words = m.group("name").split() if m else []
    return (
        2 <= len(words) <= 4 and looks_like_name(words) and timestamp(items[k + 1].text) is not None
    )


def headlines_closed_on_one_word(items: list[Line], labels: list[str]) -> list[int]:
    """A headline in capitals set to a narrow measure breaks where the next word does not
    fit, and its last word may stand on a line alone, closing it: "PUBLIC" /
    "LIBRARIAN.", "MURDER NEAR" / "MARYBOROUGH.", "THE RECENT" / "EXTENSIVE" /
    "ROBBERIES.". A deck says something of its own, never in one word: a line of one word
    closed by a stop, read as the first of the decks, under a headline line in capitals
    whose phrase is left open (no stop, comma or colon closes it), is the headline's last
    line. A day is the exception, a court report's ("METROPOLITAN" / "DISTRICT COURT" /
    "FRIDAY."). Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "deck" or labels[i - 1] != "head":
            continue
        line = _LEAD_SPECKS.sub("", items[i].text).strip()
        # (the line above without the bars boxing it: "I INTELLIGENCE. I" / "ARRIVALS.")
        above = strip_line_bars(items[i - 1].text)
        if (
            " " not in line
            and ends_sentence(line)
            and sum(c.isalpha() for c in line) >= _ONE_WORD_LETTERS
            and _WEEKDAY_WORD.fullmatch(line.rstrip(".")) is None
            and is_caps(line)
            and is_caps(above)
            and not ends_sentence(above)
            and above.rstrip()[-1:] not in ",:;"
        ):
            labels[i] = "head"
            found.append(i)
    return found


# A headline's last word alone on its line has this many letters at least (no initial).
_ONE_WORD_LETTERS = 3

# A letter's address to the paper's editor: "TO THE EDITOR OF THE HERALD.", "To the Editor
# qf the " Examiner."" (OCR spares the form), "An die Redaktion", "A M. le Rédacteur"; a
# bar the margin left before it may read as "I" ("I TO THE EDITOR OF THE HERALD.").
_TO_THE_EDITOR = re.compile(
    r"[^\w]*(?:I\s+)?(?i:to\s+the\s+editors?|an\s+die\s+redaktion|an\s+den\s+herausgeber"
    r"|(?:à|a)\s+(?:m\.\s+)?(?:monsieur\s+)?le\s+r[ée]dacteur|monsieur\s+le\s+r[ée]dacteur)"
    r"\b[^.!?]{0,40}[.!?:,]?[\W]*"
)


def letters_addressed_to_the_editor(items: list[Line], labels: list[str]) -> list[int]:
    """A letter to the paper is printed under its headline with its address to the editor
    ("VISIT OF AMERICAN WRITERS." / "TO THE EDITOR OF THE HERALD." / "Sir,—I wish …"): a
    line read as more of the headline that addresses the editor is the letter's deck, and
    the headline lines under it too. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] == "head"
            and labels[i - 1] == "head"
            and _TO_THE_EDITOR.fullmatch(items[i].text) is not None
        ):
            found += _relabel_block(items, labels, i, "head", "deck")
    return found


def paragraphs_read_as_decks(items: list[Line], labels: list[str]) -> list[int]:
    """ "Dresden: Brücke gesperrt" / "Die Carolabrücke bleibt bis auf Weiteres gesperrt.
    Grund sind" / "Risse im Beton, die bei einer Prüfung entdeckt wurden.": a deck is a
    phrase or two; a line read as one right under the headline that is set to the text's
    measure, in small letters, ends one sentence inside it and runs the next on into the
    line below opens the text, with the lines down to that sentence's stop. Returns the
    indexes relabelled."""
    found = []
    width = 0
    under_headlines = (
        k
        for k in range(1, len(items) - 1)
        if labels[k] == "deck" and labels[k - 1] == "head" and items[k].no == items[k - 1].no + 1
    )
    for i in under_headlines:
        text = items[i].text
        small = sum(w[:1].islower() for w in text.split())
        if (
            ends_sentence(text)
            or _SENTENCE_BREAK.search(text) is None
            or 2 * small <= text.count(" ") + 1
        ):
            continue
        width = width or column_width(items)
        if len(text) < _MEASURE_SHARE * width:
            continue
        run = _lines_to_the_stop(items, labels, i, lambda label: label in ("deck", *_TEXT))
        if not run:
            continue
        labels[i] = "pstart"
        found.append(i)
        for k in run:
            labels[k] = "pcont"
            found.append(k)
    return found


def decks_running_into_text(items: list[Line], labels: list[str]) -> list[int]:
    """The text's first line is no deck: "A magisterial inquiry was commenced at the South"
    / "Sydney morgue yesterday morning …" under "A WOMAN FOUND DEAD.". A line read as the
    last of a deck that runs straight on into the text (no blank line, no stop or comma
    closing it), written in small letters as a sentence is, and set to the text's measure
    (as long as its lines, no longer) opens the text. A deck set wider than the column
    ("Les deux fillettes remises à leur père en Libye" over a narrow column) stays a deck.
    Returns the indexes relabelled."""
    found = []
    width = 0
    for i in range(1, len(items) - 1):
        if labels[i] != "deck" or labels[i + 1] not in _TEXT:
            continue
        width = width or column_width(items)
        if _runs_into_the_text(items, i, width):
            labels[i] = "pstart"
            labels[i + 1] = "pcont"
            found.append(i)
    return found


def _runs_into_the_text(items: list[Line], i: int, width: int) -> bool:
    """Whether line ``i`` runs straight on into the line under it (no blank line, no stop
    or comma closing it), written in small letters as a sentence is, and is set to the
    text's measure (``width``: as long as its lines, no longer)."""
    text = items[i].text
    words = text.split()
    return (
        items[i + 1].no == items[i].no + 1
        and len(words) >= _SENTENCE_LINE_WORDS
        and not ends_sentence(text)
        and text[-1] not in ",;:"
        and 2 * sum(w[:1].islower() for w in words[1:]) > len(words) - 1
        and _MEASURE_SHARE * width <= len(text) <= width
    )


def datelines_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "Washington dementiert" / "Ausrüstung von 20" / "italienischen Divisionen" /
    "Washington, 17. 12. In militärischen" / "und diplomatischen Kreisen": a line read as
    more of the headline that opens on a dateline and goes on in words opens the text,
    and the lines read as headline after it go on in its paragraph. Under a line read as
    a kicker, the dateline read as the headline leaves the kicker the headline, with any
    first line of its phrase read as the masthead ("Kunst und" / "Wissenschaft." /
    "Hamburg, 15. Mai."). Returns the indexes of the lines that open the text."""
    found = []
    for i in range(1, len(items)):
        text = items[i].text
        if (
            labels[i] != "head"
            or labels[i - 1] not in ("head", "kicker")
            or not opens_with_dateline(text)
        ):
            continue
        if len(text[dateline_end(text) :].split()) < 2 and not (
            i + 1 < len(items) and labels[i + 1] == "pstart"
        ):
            # The date line alone ("Hamburg, 15. Mai.") opens the text only over a
            # paragraph the model opened.
            continue
        labels[i] = "pstart"
        if labels[i - 1] == "kicker":
            labels[i - 1] = "head"  # the heading over the text it dates is its headline
            m = i - 2  # and its phrase may have begun in what was read as the masthead
            while (
                m >= 0
                and labels[m] == "masthead"
                and items[m].no == items[m + 1].no - 1
                and _phrase_open(items[m].text)
            ):
                labels[m] = "head"
                m -= 1
        k = i + 1
        while k < len(items) and labels[k] == "head" and items[k].no == items[k - 1].no + 1:
            labels[k] = "pcont"
            k += 1
        # The model opened the text under what it took for the headline, mid-sentence.
        if (
            k < len(items)
            and labels[k] == "pstart"
            and items[k].no == items[k - 1].no + 1
            and not ends_sentence(items[k - 1].text)
        ):
            labels[k] = "pcont"
        found.append(i)
    return found


# A dateline's place, closed by its comma or stop: "Ottawa,", "Rome.", "NEW YORK,".
# (with a French place's article and joining words: "La Chaux-de-Fonds, le 23 septembre.")
_PLACE_AND_MARK = re.compile(
    r"(?:(?:Le|La|Les) )?[A-ZÀ-Ý][^\W\d_]{3,}"
    r"(?:[ -](?:[A-ZÀ-Ý][^\W\d_]*|de|du|des|sur|en|le|la|les))*[,.]\s"
)


def datelines_read_as_decks(items: list[Line], labels: list[str]) -> list[int]:
    """ "POLICE" / "On His Return to Sydney He" / "Again Lived" / "THE PRISONER" / "Ottawa,
    Wednesday." / "Mr. Clarke, S.M., presided …": a line read as the last of a headline's
    decks that is a dateline alone, a place and a day, is the story's date line, not a
    bank of its headline. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items) - 1):
        text = items[i].text
        if (
            labels[i] != "deck"
            or labels[i + 1] not in _TEXT
            or _PLACE_AND_MARK.match(text) is None
            or not opens_with_dateline(text)
            # (a speck of the scan may follow it: "WASHINGTON, FRIDAY. »")
            or text[dateline_end(text) :].strip(" .,—–-»«|¦°_~")
        ):
            continue
        labels[i] = "date"
        found.append(i)
    return found


def headlines_running_into_text(items: list[Line], labels: list[str]) -> list[int]:
    """A headline does not run on into the text: under "Une étape franchie", "ON s'était
    montré d'humeur assez" / "chagrine dans le milieux" / "britanniques lorsqu'on apprit",
    read as two more lines of the headline, is the text's first sentence, going on in small
    letters across the seam. Where the headline's last line closes nothing and the text
    right under it goes on in small letters, the text opens at the last line of the
    headline that starts as a sentence does (a capital, then mostly small words), below
    its first line. So does a sentence closed inside the headline's last lines, where the
    line it opens holds more words than a heading's line ("Bridge to Stay Closed" /
    "Officials said on Tuesday that the bridge would stay closed for at least another" /
    "week while engineers inspect the damage.", on a page with no blank lines). Where only
    furniture is above the headline, all of it may be the text's first lines. Returns the
    indexes relabelled."""
    found = []
    for j in range(1, len(items) - 1):
        if labels[j] == "head" and _sentence_closed_in_headline(items, labels, j):
            k = j
            while labels[k - 1] == "head" and items[k].text[:1].islower():
                k -= 1
            if (
                k < j
                and labels[k - 1] == "head"
                and _opens_a_sentence(items[k].text)
                and len(items[k].text.split()) > _HEADING_WORDS
            ):
                labels[k] = "pstart"
                for m in range(k + 1, j + 1):
                    labels[m] = "pcont"
                found.append(k)
            continue
        if (
            labels[j] != "head"
            or labels[j + 1] not in _TEXT
            or items[j + 1].no != items[j].no + 1
            or not items[j + 1].text[:1].islower()
            or ends_sentence(items[j].text)
        ):
            continue
        k = j
        while k > 0 and labels[k - 1] == "head" and items[k].text[:1].islower():
            k -= 1
        if k == j and labels[j - 1] in _TEXT and items[j - 1].no == items[j].no - 1:
            # One line read as a headline inside the text, whose phrase the text under it
            # goes on with: "… auraient dit." / "— M. Chamberlain ne rentrera pas à
            # Londres" / "les mains vides."
            labels[j] = "pstart" if ends_sentence(items[j - 1].text) else "pcont"
            labels[j + 1] = "pcont"
            found.append(j)
            continue
        if (
            k == j
            and labels[j - 1] in _AFTER_A_BLOCK
            and _opens_a_sentence(items[j].text, _BLOCK_SENTENCE_WORDS)
        ):
            # ... and one under a caption or a box, opening a sentence the text under it
            # goes on with: " Protesters gather outside …" / "Photo: Lina Haddad" / "" /
            # "More protests are planned" / "for the weekend."
            labels[j] = "pstart"
            labels[j + 1] = "pcont"
            found.append(j)
            continue
        if k == j and run_in_title(items[j].text) is not None:
            # A column's first item, its title run into the text: "Kantone." / "Zürich.
            # Regierungsrathsverhandlungen" / "vom 15. Juni. Zum Hauptmann …"
            labels[j] = "pstart"
            labels[j + 1] = "pcont"
            found.append(j)
            continue
        # (the whole heading where nothing but furniture is above it: "France : les
        # impôts augmenteront …" read as a running head / "" / "Afin de pouvoir tenir
        # ses" / "engagements de retour du déficit", read as the headline)
        under = k == 0 or labels[k - 1] == "head" or labels[k - 1] in _REMOVED
        if not under or not _opens_a_sentence(items[k].text):
            continue
        labels[k] = "pstart"
        for m in range(k + 1, j + 2):
            labels[m] = "pcont"
        found.append(k)
    return found


def sentences_under_title_case(items: list[Line], labels: list[str], language: str) -> list[int]:
    """An English headline set in Title Case keeps it on every line: under "$500 Already
    Raised", a line read as more of the headline that writes a word of its own in small
    letters ("An organization of Troop B", over "Reserves, consisting of …") is the text's
    first line. (German capitalises its nouns, and a headline in capitals that OCR read
    partly small, "TENNl5 : VIGTOTKL", is not in Title Case.) Returns the indexes
    relabelled."""
    found = []
    if language != "en":
        return found
    for j in range(1, len(items) - 1):
        above, line = items[j - 1], items[j]
        if (
            labels[j] == "head"
            and labels[j - 1] == "head"
            and labels[j + 1] in _TEXT
            and above.no + 1 == line.no
            and line.no + 1 == items[j + 1].no
            and not ends_sentence(above.text)
            and _title_case(above.text)
            and not is_caps(above.text)
            and len(_WORD_OF_LETTERS.findall(above.text)) >= 2
            and line.text[:1].isupper()
            and any(
                w.islower() and len(w) >= _OWN_WORD and w not in _TITLE_SMALL
                for w in _WORD_OF_LETTERS.findall(line.text)
            )
        ):
            labels[j] = "pstart"
            labels[j + 1] = "pcont"
            found.append(j)
    return found


_OWN_WORD = 4  # letters of a word in small letters that Title Case would capitalise


def subheads_in_title_case(items: list[Line], labels: list[str], language: str) -> list[int]:
    """ "… any shortfall." / "" / "A Rota on the Kitchen Wall" / "The idea came from Marta":
    in a narrow column an English subhead in Title Case fills its line as the text does,
    and reads as a paragraph's first line. A line read so, after a closed sentence, in
    Title Case and closing on no mark, over a line of the text that opens a sentence on a
    word no name is ("The", "Many", "It"), is a subhead; that line opens the paragraph.
    (Not a name running on: "Bank of England Governor" / "Mark Carney said …".) Returns
    the indexes relabelled."""
    found = []
    if language != "en":
        return found
    above = ""  # the text's last line above
    for i in range(len(items) - 1):
        line, below = items[i].text, items[i + 1].text
        if (
            labels[i] == "pstart"
            and labels[i + 1] == "pcont"
            and items[i + 1].no == items[i].no + 1
            and ends_sentence(above)
            and line[-1:].isalnum()
            and _title_case(line)
            and not is_caps(line)
            and sum(len(w) >= _OWN_WORD for w in _WORD_OF_LETTERS.findall(line)) >= 2
            and below[:1].isupper()
            and below.split(None, 1)[0].lower() in _NAMELESS_OPENERS
        ):
            labels[i], labels[i + 1] = "sub", "pstart"
            found.append(i)
        if labels[i] in _TEXT:
            above = line
    return found


def headlines_read_as_text_under_a_block(
    items: list[Line], labels: list[str], language: str
) -> list[int]:
    """ "(Keystone Photo/Lena Lopez)" / "" / "Indonesia's Transport Minister Tells Airlines
    Not to Buy European Aircraft Due to EU Ban" / "" / "Jusman Syafii Djamal, minister …":
    in a wide column an English headline in Title Case is as long as a line of the text,
    and under a box, a photo's caption or its credit, a table or material outside the
    stories it reads as a paragraph's first line. A line read so over a line of the text
    that opens on a capital is a heading where it is in Title Case with its small words
    small, closing on no mark, or where it is a short paragraph of one line, a few words
    well short of the column ("WANTED — Reliable boy …" / "" / "Strange story of is going
    insane." / "The world went mad one day. …"): a subhead where the text goes on about
    the same things across it, else the next story's headline, which opens it however
    unsure the model. Returns the indexes of the headlines."""
    found: list[int] = []
    width = 0
    for i in range(1, len(items) - 1):
        line = items[i].text
        if (
            labels[i] != "pstart"
            or labels[i - 1] not in _UNDER_A_BLOCK
            or labels[i + 1] not in _TEXT
            or not items[i + 1].text[:1].isupper()
        ):
            continue
        width = width or column_width(items)
        if not (
            (language == "en" and _title_case_heading(line))
            or (
                labels[i + 1] == "pstart"
                and items[i + 1].no == items[i].no + 1
                and len(line.split()) <= _HEADING_ALONE_WORDS
                and len(line) <= _HEADING_ALONE_SHARE * width
                and line[-1:] not in ",;:"
            )
        ):
            continue
        labels[i + 1] = "pstart"
        inside = labels[i - 1] in _AFTER_A_BLOCK  # a box, a caption, a credit: in a story
        if _heading_over_the_text(
            items, labels, i, i, _SAME_UNDER_A_BOX if inside else SAME_SUBJECT
        ):
            found.append(i)
    return found


def _title_case_heading(line: str) -> bool:
    """A line in Title Case with its small words small, closing on no mark: a headline's,
    not a sentence's or a list of names."""
    # (a possessive's "s" after a misread apostrophe is no word: "Indonesia‹s")
    words = [w for w in _WORD_OF_LETTERS.findall(line) if len(w) > 1]
    return (
        line[-1:].isalnum()
        and not is_caps(line)
        and all(w[0].isupper() or w in _TITLE_SMALL for w in words)
        and sum(w in _TITLE_SMALL for w in words) >= _TITLE_SMALL_WORDS
        and sum(w[0].isupper() for w in words) >= _TITLE_CASE_WORDS
    )


_HEADING_ALONE_WORDS, _HEADING_ALONE_SHARE = 8, 0.7  # a one-line heading's words and width
# What a headline read as the text may stand under: a box, a photo's caption or credit, a
# table, material outside the stories; and the small words and capitalised words that
# make a line Title Case rather than a list of names.
_UNDER_A_BLOCK = frozenset(("caption", "credit", "inset", "table", "outside"))
# Under a box or a photo, which are set inside a story, a heading opens another story
# only where the subject plainly changes: some words shared ("coh=1") say it goes on.
_SAME_UNDER_A_BOX = SAME_SUBJECT | {"coh=1"}
_TITLE_SMALL_WORDS, _TITLE_CASE_WORDS = 2, 4


# Words a sentence opens on that open no name.
_NAMELESS_OPENERS = wordset(
    """the a an it its this that these those there here he she they we i his her their our
    many some most all each every both few several such no one two three in on at for after
    before when while but and as if since by with from under over about according last
    more so yet then now today yesterday still"""
)


# What a story's text may go on under: a photo's caption or credit, a box; and the words
# a narrow column's line of it holds at least.
_AFTER_A_BLOCK = frozenset(("caption", "credit", "inset"))
_BLOCK_SENTENCE_WORDS = 3


def _sentence_closed_in_headline(items: list[Line], labels: list[str], j: int) -> bool:
    """Whether line ``j``, the last of a headline's lines, goes on in small letters from the
    line right above it and closes a sentence."""
    return (
        labels[j + 1] != "head"
        and labels[j - 1] == "head"
        and items[j].no == items[j - 1].no + 1
        and items[j].text[:1].islower()
        and ends_sentence(items[j].text)
    )


def _opens_a_sentence(text: str, least: int = _SENTENCE_LINE_WORDS) -> bool:
    words = text.split()
    return (
        len(words) >= least
        and words[0][:1].isupper()
        and 2 * sum(w[:1].islower() for w in words[1:]) > len(words) - 1
    )


# The small words English Title Case leaves small ("Storm Cuts Power to Thousands").
_TITLE_SMALL = wordset(
    "a an and as at but by for from in into nor of on or the to with vs via if so yet per"
)
_WORD_OF_LETTERS = re.compile(r"[^\W\d_][\w'’-]*")
_DECK_CASE_WORDS = 3


def _title_case(text: str) -> bool:
    words = _WORD_OF_LETTERS.findall(text)
    return (
        bool(words)
        and not text.isupper()
        and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)
    )


def _sentence_case(text: str) -> bool:
    words = _WORD_OF_LETTERS.findall(text)
    rest = [w for w in words[1:] if w.lower() not in _TITLE_SMALL]
    return (
        len(words) >= _DECK_CASE_WORDS
        and not text.isupper()
        and len(rest) >= 2
        and 2 * sum(w[0].islower() for w in rest) >= len(rest)
    )


# A line this many times as long as the headline's longest line is set in smaller type.
_DECK_MEASURE = 1.5


def decks_set_smaller(items: list[Line], labels: list[str]) -> list[int]:
    """A headline written as a sentence is broken by sense ("City council backs plan for" /
    "new riverside park"), and its lines are set in one large type: a line read as more of
    it, right under it, that opens a new phrase on a capital and runs half as long again as
    the headline's longest line is set smaller, its deck ("Vote follows two years of debate
    over the former rail yards"). Not where the phrase above goes on, nor the text's first
    line (its sentence going on in small letters below it, or its dateline). Returns the
    indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "head" or labels[i - 1] != "head" or items[i].no != items[i - 1].no + 1:
            continue
        above = _headline_above(items, labels, i)
        line = items[i].text
        if (
            not line[:1].isupper()
            or not all(_sentence_case(t) or not _title_case(t) for t in above)
            or not _sentence_case(" ".join(above))
            or is_caps(line)
            or _phrase_open(above[-1])
            or above[-1][-1:] in ",:;-"
            or len(line) < _DECK_MEASURE * max(len(t) for t in above)
            # a sentence under a headline set without stops is its caption
            # (``captions_under_headlines``)
            or (ends_sentence(line) and not any(ends_sentence(t) for t in above))
            # the text's first line, its sentence going on below, or its dateline
            or opens_with_dateline(line)
            or (
                i + 1 < len(items)
                and items[i + 1].no == items[i].no + 1
                and items[i + 1].text[:1].islower()
            )
        ):
            continue
        found += _relabel_block(items, labels, i, "head", "deck")
    return found


def decks_in_another_case(items: list[Line], labels: list[str]) -> list[int]:
    """A headline set in Title Case ("Storm Cuts Power" / "to Thousands Along" / "the
    Coast") ends where the case does: a block read as more of it, after a blank line,
    written as a sentence is ("Crews restore supply by Monday afternoon"), is its deck.
    Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "head" or labels[i - 1] != "head" or items[i].no == items[i - 1].no + 1:
            continue
        above = _headline_above(items, labels, i)
        if (
            sum(len(_WORD_OF_LETTERS.findall(t)) for t in above) < 3
            or not all(_title_case(t) for t in above)
            or not _sentence_case(items[i].text)
            # ("GM and Chrysler" / "" / "receive Canadian loans": the phrase goes on)
            or _runs_on(items[i - 1].text, items[i].text)
        ):
            continue
        found += _relabel_block(items, labels, i, "head", "deck")
    return found


def decks_opening_on_a_common_word(items: list[Line], labels: list[str]) -> list[int]:
    """A headline written as a sentence ("Tennis : victoire de Serena Williams à Wimbledon")
    goes on in small letters where it wraps; a line under it read as more of it that opens
    on a capital the page's text sets small elsewhere ("Depuis l’édition 2010 de
    Wimbledon", "L’ONG dénonce …": "depuis", "l’"), or on a word that never ends a phrase
    ("Le", "Die", "The"), opens a sentence of its own: the deck.
    A name goes on a headline ("… tells airlines not to buy" / "European aircraft …"), so
    does a line the headline's phrase runs into. Returns the indexes relabelled."""
    found = []
    small = None
    for i in range(1, len(items)):
        if labels[i] != "head" or labels[i - 1] != "head" or i - 1 in found:
            continue
        above, below = items[i - 1].text, items[i].text
        first = _LEAD_WORD.match(below)
        if (
            first is None
            or (len(first.group()) > 1 and first.group().isupper())  # an acronym: "ONG"
            or is_caps(above)
            or is_caps(below)
            or ends_sentence(above)
            or _runs_on(above, below)
        ):
            continue
        headline = " ".join(_headline_above(items, labels, i))
        # A stop inside it is a caption's, with its credit: "… near Alder Creek. Photo: …".
        if not _sentence_case(headline) or _INNER_STOP.search(headline):
            continue
        if small is None:
            small = _small_words(items, labels)
        if _common_word(first.group(), small):
            found += _relabel_block(items, labels, i, "head", "deck")
    return found


def _small_words(items: list[Line], labels: list[str]) -> set[str]:
    """The words the page's text prints in small letters."""
    return {
        word
        for n, item in enumerate(items)
        if labels[n] in _TEXT
        for word in _LOWER_WORD.findall(item.text)
    }


def _unwritten(words: list[str], small: set[str]) -> bool:
    """Whether none of ``words`` is one the page's text writes small: a name's ("AMÉLIE
    LAMBERT"), not a phrase's ("PRÊTE DÉSORMAIS")."""
    return not any(_common_word(word, small) for word in words)


def _common_word(word: str, small: set[str]) -> bool:
    """A capitalised word that is a common one: the text sets it small elsewhere, it never
    ends a phrase ("Le", "Die", "The"), or it is a preposition or an adverb sentences open
    on and no name is ("Depuis", "Seit", "Meanwhile")."""
    low = word.lower()
    return low in small or low in OPEN_WORDS or low in _SENTENCE_OPENERS


# Prepositions, adverbs and conjunctions a sentence opens on, in the three languages.
_SENTENCE_OPENERS = wordset(
    """
    since after before during despite without meanwhile however yet already yesterday
    today now then also still thus instead although though while when
    depuis après avant pendant selon malgré sans sous chez vers parmi alors ainsi aussi
    cependant pourtant toutefois encore déjà hier demain désormais enfin puis ensuite
    lorsque quand tandis car donc
    seit nach vor während trotz ohne gegen zwischen jedoch dennoch bereits gestern heute
    nun dann damit doch deshalb daher trotzdem inzwischen zudem außerdem als wenn weil
    """
)


# A word in small letters, up to an elision's apostrophe ("l’électricité": "l").
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zà-öø-ÿß][^\W\d_]*")
# A sentence's stop with more words after it.
_INNER_STOP = re.compile(r"[^\W\d_]{2}[.!?]\s+\S")
# A line's first word when it opens on a capital, up to an elision's apostrophe ("L’ONG").
# (A capital before a figure is no word: "A330", "B52".)
_LEAD_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?!\d)")


# A heading closed by a stop after a word: no initial ("W. T."), though OCR may have read a
# letter as a figure ("FR0NT."); French sets a space before its "?" and "!".
_TITLE_END = re.compile(r"[^\W_]{2}[^\W\d_](?:[.!?]| [!?])\W*$")


def decks_under_closed_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """A headline in capitals closed by a stop ("PROM THE FRONT.") ends there: the lines
    under it read as more of the headline are its deck, as old papers set their banks,
    when set in small letters ("An Interesting Letter From the 7th Cavalry.") or closed by
    a stop of their own ("THE AGRICULTURAL SHOW." / "SUCCESSFUL OPENING." / "LARGE
    ATTENDANCE."), on their last line where they wrap ("NICHTAMTLICHES." / "WÄHREND DER
    DAUER" / "DES WAFFENSTILLSTANDES."). A title's stop ends no headline ("DEATH OF MR." /
    "JOHN KITCHEN."), nor does a letter's ("A." / "BRIEFSENDUNGEN."), and a line in small
    letters over capitals is a kicker ("Nouvelles Suisses." / "DES SCIENTIFIQUES"). A
    headline in small letters closed by its stop ends there too where the line under it,
    in small letters as well, opens a sentence of its own ("Rückkehr zum Parteileben in
    Jugoslawien." / "Freigabe der Bildung von politischen" / "Parteien.")."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "head" or labels[i - 1] != "head" or i - 1 in found:
            continue
        if not _closed_over(items[i - 1].text, items[i].text):
            continue
        k = i
        while (
            k < len(items)
            and labels[k] == "head"
            and (_bank_line(items[k].text) or _bank_closed_below(items, labels, k))
        ):
            labels[k] = "deck"
            found.append(k)
            k += 1
    return found


def _closed_over(above: str, line: str) -> bool:
    """Whether headline line ``above`` ends the headline over ``line``: a stop closes it
    (no title's, "DEATH OF MR."), and it is set in capitals or ``line`` is not."""
    above = strip_line_bars(above)
    return (
        _TITLE_END.search(above) is not None
        and above[: above.rfind(".")].rsplit(None, 1)[-1].lower() not in TITLES
        and (is_caps(above) or (line[:1].isupper() and not is_caps(line)))
    )


# The words a line ends on whose phrase goes on to the next.
_PHRASE_GOES_ON = _OPEN_ENDS | _SMALL_OPENERS


# The words a question opens on (with "Qu'est-ce", "Qu'attendre").
_QUESTION_OPENERS = _QUESTION_WORDS | wordset(
    "what who whom whose which is are was were can could will would should shall do does "
    "did has have "
    "wer wen wem welche welcher welches ist sind war waren kann können wird werden soll "
    "qui que quoi quel quelle quels quelles est-ce faut-il peut-on"
)


def questions_set_apart_under_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "Informatique : Sortie d'une nouvelle version 12.10 d'Ubuntu" / "" / "Qu'est-ce
    qu'Ubuntu ?": a question of its own (opening on a question's word), the last line read
    as the headline's and set a blank line apart from a line whose phrase has ended, is its
    deck ("Will the Fed raise" / "" / "Rates Again?" stays one headline). A headline goes on
    across a blank line only where its phrase is left open ("Santé : les OGM" / "" /
    "pourraient"). Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] != "head"
            or labels[i - 1] != "head"
            or items[i].no == items[i - 1].no + 1
            or (i + 1 < len(items) and labels[i + 1] == "head")
        ):
            continue
        above, line = items[i - 1].text, items[i].text
        first = line.lstrip(_QUOTE_OPENERS).split(" ", 1)[0].replace("’", "'").lower()
        if (
            line.rstrip(_CLOSE_MARKS).endswith("?")
            and line.lstrip(_QUOTE_OPENERS)[:1].isupper()
            and (first in _QUESTION_OPENERS or first.startswith("qu'"))
            and above[-1:].isalnum()
            and not _phrase_open(above)
        ):
            labels[i] = "deck"
            found.append(i)
    return found


# A line at least this many times as long as the headline's longest is set in other type.
_DECK_APART_MEASURE = 2
# ... and holds at least this many words.
_DECK_APART_WORDS = 5


def decks_apart_and_wider(items: list[Line], labels: list[str]) -> list[int]:
    """ "Markets down across" / "the world; dow jones" / "falls below 9,000" / "" / "Finance
    ministers from the G7 will be gathering in Washington": a line read as more of the
    headline, a blank line apart from it, of five words or more and twice as long as its
    longest line, where the headline's phrase does not go on into it, is its deck, set
    smaller; so are the lines read as headline right under it. Returns the indexes
    relabelled."""
    found = []
    measure = 0
    for i in range(1, len(items)):
        if labels[i] != "head":
            measure = 0
            continue
        if labels[i - 1] != "head" or i - 1 in found:
            if i - 1 in found and items[i].no == items[i - 1].no + 1:
                labels[i] = "deck"
                found.append(i)
            measure = len(items[i].text)
            continue
        line, above = items[i].text, items[i - 1].text
        measure = max(measure, len(above))
        if (
            items[i].no > items[i - 1].no + 1
            and len(line) >= _DECK_APART_MEASURE * measure
            # (a long word alone wraps a headline of short ones: "GOLD" / "COMMISSIONER'S")
            and len(line.split()) >= _DECK_APART_WORDS
            and not _runs_on(above, line)
            and not _phrase_open(above)
        ):
            labels[i] = "deck"
            found.append(i)
    return found


def decks_wider_than_the_headline(items: list[Line], labels: list[str]) -> list[int]:
    """A headline in capitals set to its measure breaks each line where the next word
    would not fit: a line in capitals read as more of it, closing with a stop the headline
    above did not, so wide that its first word would have fit on the line above, is no
    wrap of the headline but a bank of its own, its deck set smaller ("SENATE TO ACT" / "ON
    EXTENSION OF" / "D. C. RENT ACT" / "AN IMPORTANT AMENDMENT."). Not where the phrase
    above goes on, or where this line goes on with it ("… DREAMLINER" / "TO GO INTO
    SERVICE"). A headline in small letters is broken by sense as often as by measure
    ("City Council Approves" / "New Budget After Long Debate"), and is left as it is.
    Returns the indexes relabelled."""
    found = []
    measure = 0
    for i in range(len(items)):
        if labels[i] != "head" or not i or labels[i - 1] != "head":
            measure = len(items[i].text) if labels[i] == "head" else 0
            continue
        if i - 1 in found:
            found.append(i)
            labels[i] = "deck"
            continue
        line, above = items[i].text, items[i - 1].text
        measure = max(measure, len(line))
        words = line.split()
        if (
            items[i].no != items[i - 1].no + 1
            or not (is_caps(line) and is_caps(above))
            or not ends_sentence(line)
            or ends_sentence(above)
            or len(above) + 1 + len(words[0]) > measure
            or words[0].lower() in _SMALL_OPENERS
            or above.split()[-1].lower().strip(",:;") in _PHRASE_GOES_ON
            or above.rstrip()[-1:] in ",:;-"
        ):
            continue
        labels[i] = "deck"
        found.append(i)
    return found


# The countries a foreign news column heads its items with, in the languages newspapers
# come in (the column's own heading is "THE WORLD ABROAD.", "Auswärtige Nachrichten.").
_COUNTRIES = wordset(
    """
    france germany england britain ireland scotland italy spain portugal russia austria
    hungary austria-hungary prussia belgium holland netherlands switzerland sweden norway
    denmark greece turkey egypt india china japan america canada mexico brazil argentina
    chile peru australia africa persia poland serbia servia bulgaria roumania rumania
    romania montenegro morocco algeria syria palestine korea cuba
    frankreich deutschland großbritannien grossbritannien irland schottland italien
    spanien rußland russland oesterreich österreich ungarn oesterreich-ungarn
    österreich-ungarn preußen preussen belgien niederlande schweiz schweden norwegen
    dänemark griechenland türkei aegypten ägypten indien amerika kanada mexiko brasilien
    australien afrika persien polen serbien bulgarien rumänien marokko
    allemagne angleterre grande-bretagne irlande écosse italie espagne russie autriche
    hongrie autriche-hongrie prusse belgique hollande pays-bas suisse suède norvège grèce
    turquie égypte inde chine japon amérique états-unis etats-unis mexique brésil
    australie afrique perse pologne serbie bulgarie roumanie maroc algérie syrie
    """
)


_TRAILING_SPECKS = re.compile(r"(?<=\.)[\s,‚'’`|¦°]+$")


def countries_under_a_column_heading(items: list[Line], labels: list[str]) -> list[int]:
    """A column of foreign news heads each item with its country, under the column's own
    heading ("THE WORLD ABROAD." / "INDIA.", "Auswärtige Nachrichten." / "Spanien."): a
    country's name alone with its stop, read as the deck or the second line of a heading
    of one line, is the item's headline, and that heading the kicker, unless the name ends
    the heading's phrase ("KÖNIGREICH" / "PREUSSEN.", "I. DEUTSCHLAND UND" /
    "OESTERREICH-UNGARN."). Returns the indexes of the headlines."""
    found = []
    for i in range(1, len(items)):
        if labels[i - 1] != "head" or labels[i] not in ("deck", "head"):
            continue
        text = _TRAILING_SPECKS.sub("", items[i].text)  # "Italien. ‚"
        name = text.rstrip(".").strip().lower()
        if (
            (i < 2 or labels[i - 2] not in _STARTS)
            and text.endswith(".")
            and name in _COUNTRIES
            and items[i - 1].text.rstrip(".").strip().lower() not in _COUNTRIES
            # "KÖNIGREICH" / "PREUSSEN.": the country's name ends the heading's phrase
            and items[i - 1].text.rstrip(" ,").rsplit(None, 1)[-1].lower() not in _STATE_WORDS
            # as it does one left open: "I. DEUTSCHLAND UND" / "OESTERREICH-UNGARN."
            and not _phrase_open(items[i - 1].text)
        ):
            labels[i - 1] = "kicker"
            labels[i] = "head"
            found.append(i)
    return found


# The words a state's name follows in its title: "Königreich" / "Preußen.", "Kingdom of",
# "SOUTH" / "AUSTRALIA.", "NEW" / "ZEALAND.".
_STATE_WORDS = wordset(
    """
    kingdom empire republic duchy principality of königreich kaiserreich reich republik
    großherzogtum grossherzogtum herzogtum fürstentum royaume république duché
    grand-duché principauté de du
    south north east west new great united lower upper
    süd nord ost neu groß gross vereinigte sud ouest nouvelle grande
    """
)


# French papers set a rubric in capitals over a short headline in small letters: a line
# read as its deck of at most this many words.
_RUBRIC_HEADLINE_WORDS = 5
# ... which does not open as a sentence does, on a pronoun, an article or a conjunction.
_FRENCH_OPENERS = OPEN_WORDS | wordset(
    "il elle ils elles on nous vous je ce cela ceci qui que mais et ou donc car selon lors"
)


def rubrics_over_short_headlines(items: list[Line], labels: list[str], language: str) -> list[int]:
    """A French paper sets the rubric in capitals over the headline in small letters
    ("ÇHOCKEY SUR GLACE" / "Derby romand", "VASTE OPÉRATION" / "DE SOUTIEN" /
    "INTERNATIONAL" / "Franc français menacé"): a headline read in capitals, closed by no
    stop, over a line read as its deck that is short, in small letters, with no figure and
    no stop, and shorter than the capitals, is that rubric, the kicker, over the headline;
    the decks under it stay decks ("Derby romand" / "H. C. Lausanne-"), unless the next
    goes on with its phrase in small letters.
    (A deck under a headline in capitals says more than it and runs longer, or opens a
    sentence: "UNE FEMME DE 11 ANS" / "Sa fille aînée a 80 ans", "DÉPART DU VENDÉE GLOBE"
    / "Il annonce son abandon".) Returns the indexes of the headlines."""
    if language != "fr":
        return []
    found = []
    for i in range(1, len(items)):
        if labels[i] != "deck" or labels[i - 1] != "head":
            continue
        k = i - 1
        while k > 0 and labels[k - 1] == "head" and items[k - 1].no + 2 >= items[k].no:
            k -= 1
        if (k and labels[k - 1] in ("head", "kicker")) or (
            # the deck's phrase wraps on: "LA GUERRE" / "Les Allemands" / "reculent"
            i + 1 < len(items) and labels[i + 1] == "deck" and items[i + 1].text[:1].islower()
        ):
            continue
        heads = [items[j].text for j in range(k, i)]
        line = items[i].text
        if (
            len(heads) > _CAPS_HEADING_LINES - 1
            or not all(is_caps(h) for h in heads)
            or ends_sentence(heads[-1])
            or is_caps(line)
            or not line[:1].isupper()
            or len(line.split()) > _RUBRIC_HEADLINE_WORDS
            or ends_sentence(line)
            or any(c.isdigit() for c in line)
            or len(line) >= len(" ".join(heads))
            # a sentence opens: "SYRIE : … DE TORTURE" / "Il apparait"
            or line.split()[0].strip(_PUNCT).lower() in _FRENCH_OPENERS
        ):
            continue
        for j in range(k, i):
            labels[j] = "kicker"
        labels[i] = "head"
        found.append(i)
    return found


def decks_in_small_letters_under_capitals(items: list[Line], labels: list[str]) -> list[int]:
    """A headline set in capitals ends where the capitals do: a line read as more of it,
    written mostly in small letters and not going on with its phrase ("TENNIS : VICTOIRE
    DE SERENA WILLIAMS À WIMBLEDON" / "Je ne rêvais même pas de pouvoir", "ROBERTS
    GRATEFUL FOR QUEEN’S WORDS" / "Fighting continues vigorously."), is its deck. A
    letter OCR read small ("PROPOSi GERMANY WANTS") leaves a line in capitals. Returns
    the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "head" or labels[i - 1] != "head" or i - 1 in found:
            continue
        above = _headline_above(items, labels, i)
        below = items[i].text
        letters = [c for c in below if c.isalpha()]
        if (
            not all(is_caps(text) for text in above)
            or sum(len(text.split()) for text in above) < 2
            or len(below.split()) < 2
            or len(letters) < 4  # "JAZZ ACCUEILLE" / "40 000" / "SPECTATEURS"
            or 5 * sum(c.islower() for c in letters) < 3 * len(letters)
            or _runs_on(above[-1], below)
        ):
            continue
        found += _relabel_block(items, labels, i, "head", "deck")
    return found


def decks_in_capitals_under_small_letters(items: list[Line], labels: list[str]) -> list[int]:
    """The mirror of ``decks_in_small_letters_under_capitals``: a headline set in small
    letters ends where the capitals begin. A line read as more of it, in capitals, of
    three words or more and not going on with its phrase ("Portugal : un « alphabet »
    des" / "couleurs pour les daltoniens" / "JE SUIS PARTI DE LÀ, EN ASSOCIANT."), is its
    deck: a headline wraps in its own case. A headline mostly in small letters is one in
    them. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "head" or labels[i - 1] != "head" or i - 1 in found:
            continue
        above = _headline_above(items, labels, i)
        letters = [c for text in above for c in text if c.isalpha()]
        if (
            # (mostly in small letters: OCR reads a capital small, "KÖLN-MlNDENER")
            2 * sum(c.islower() for c in letters) < len(letters)
            or sum(len(_WORD_OF_LETTERS.findall(text)) for text in above) < 3
            or not is_caps(items[i].text)
            or len(_WORD_OF_LETTERS.findall(items[i].text)) < 3
            or _runs_on(above[-1], items[i].text)
            # a bracket still open goes on: "(Before his Honor Judge" / "GIBSON.) …"
            or above[-1].count("(") > above[-1].count(")")
        ):
            continue
        found += _relabel_block(items, labels, i, "head", "deck")
    return found


def _bank_closed_below(items: list[Line], labels: list[str], k: int) -> bool:
    """Whether the lines read as headline from ``k`` down close on a stop of their own
    (no title's): a bank in capitals wrapped over several lines ("WÄHREND DER DAUER" /
    "DES WAFFENSTILLSTANDES" / "KEINE ANGRIFFE.") is one deck, as a bank of one line is."""
    for j in range(k, _run_end(items, labels, k, ("head",)) + 1):
        text = strip_line_bars(items[j].text)
        if _TITLE_END.search(text) is not None and not _abbreviation_stop(text):
            return True
    return False


def _bank_line(text: str) -> bool:
    """A line of a deck under a headline closed by its stop: in small letters, or in
    capitals and closed by a stop itself."""
    if not is_caps(text):
        return True
    text = strip_line_bars(text)
    return _TITLE_END.search(text) is not None and not _abbreviation_stop(text)


# Titles written with a stop that ends no sentence ("Mr.").
# Those of them a name always follows.
_NAME_TITLES = TITLES - wordset("st jr sr")


def indented_paragraphs(items: list[Line], feats: list[list[str]], labels: list[str]) -> None:
    """One-sentence paragraphs between paragraphs, read as a caption or an inset: on a page
    whose paragraphs open indented, lines amid the text that open indented just as they
    do, with no credit, photo or inset label, are paragraphs (captions and boxes are set
    apart from the text, not indented like it)."""
    first = next((k for k, label in enumerate(labels) if label == "pstart"), None)
    if first is None or not items[first].indent:
        return
    indent = items[first].indent
    kept = [k for k, label in enumerate(labels) if label not in _REMOVED]
    n = 0
    while n < len(kept):
        if labels[kept[n]] not in _SET_APART:
            n += 1
            continue
        m = n
        while m + 1 < len(kept) and labels[kept[m + 1]] == labels[kept[n]]:
            m += 1
        run = kept[n : m + 1]
        if (
            n
            and labels[kept[n - 1]] in ("pstart", "pcont")
            and (m + 1 == len(kept) or labels[kept[m + 1]] in ("pstart", "pcont"))
            and items[run[0]].indent == indent
            and not any(f in _LABEL_FEATURES for k in run for f in feats[k])
        ):
            for k in run:
                labels[k] = "pstart" if items[k].indent == indent else "pcont"
        n = m + 1


_SET_APART = frozenset(("caption", "inset"))


# A writer's initials and surname: "P.-O. Dolbeht.", "J. SMITH.", "C. SINCÈRE.".
_INITIALS = r"(?:[A-ZÀ-Ý][a-zà-ÿ]?\.[\s-]*){1,3}[A-ZÀ-Ý][\w'’-]{2,}\.?"
_INITIALS_AND_NAME = re.compile(_INITIALS)
# The writer's name signing the story off on a line of its own, after its last sentence:
# initials and a surname, or a surname in capitals alone ("MERHEIX", "XANROF.").
_SIGNED_NAME = re.compile(rf"{_INITIALS}|[A-ZÀ-Ý][A-ZÀ-Ý'’-]{{3,}}\.?")


def signatures_inside_the_story(items: list[Line], labels: list[str]) -> list[int]:
    """ "… said the mayor," / "Klaus Weber." / "" / a caption / "What is her secret?" /
    "Asked for the secret …": the writer signs where the story ends, not in the middle of
    it. A line read as a signature right under a line of the text left open on a comma,
    where the story goes on below it (its text or a subhead comes before any header, past
    captions and boxes), finishes that sentence. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items) - 1):
        if not (
            labels[i] == "sig"
            and labels[i - 1] in _TEXT
            and items[i - 1].no + 1 == items[i].no
            and items[i - 1].text.endswith(",")
        ):
            continue
        below = next(
            (
                labels[k]
                for k in range(i + 1, len(items))
                if labels[k] not in _SET_BETWEEN and labels[k] not in _REMOVED
            ),
            None,
        )
        if below in _TEXT or below == "sub":
            labels[i] = "pcont"
            found.append(i)
    return found


def signatures_inside_quotes(items: list[Line], labels: list[str]) -> list[int]:
    """The writer signs outside any quotation: a line read as a signature that opens on a
    quote mark ("“CHARLES." / "“LOUIS ANTOINE.”") signs the letter the story quotes, a
    line of its text. Returns the indexes relabelled."""
    found = []
    for i in range(len(items)):
        if labels[i] != "sig":
            continue
        if items[i].text[:1] in _QUOTE_OPENERS and has_word(items[i].text):
            labels[i] = "pstart"
            found.append(i)
    return found


def _signed_as_heading(items: list[Line], labels: list[str], kept: list[int], n: int) -> bool:
    """ "… instituée par un récent décret." / "C. SINCÈRE." / "Echos du Parlement": the
    writer's initials and name alone after a finished sentence of the text, over the next
    story's heading (or the page's end), sign the story above; read alone, they look like
    a headline with no text under it, and the heading under them, read as its deck, opens
    the next story."""
    i = kept[n]
    if not n or labels[kept[n - 1]] not in _TEXT:
        return False
    after = labels[kept[n + 1]] if n + 1 < len(kept) else None
    # A name in capitals with nothing under it but a date line, at the page's end or over
    # the next story, is the letter's signature and the place and day it was written
    # ("JOSEPH WHITE" / "BERLIN, Feb. 5."), however the sentence above it ends; so is one
    # with nothing at all under it.
    words = items[i].text.split()
    if (
        (
            after is None
            or (after == "date" and (n + 2 == len(kept) or labels[kept[n + 2]] in _STARTS))
        )
        and 2 <= len(words) <= 4
        and is_caps(items[i].text)
        and looks_like_name(words)
    ):
        return True
    if not ends_sentence(items[kept[n - 1]].text):
        return False
    if after is not None and items[kept[n + 1]].no == items[i].no + 1:
        return False  # the first line of a heading that goes on: "D. POSTAUFTRÄGE" / "ZUR …"
    return after in (None, "deck", *_STARTS) and (
        _INITIALS_AND_NAME.fullmatch(items[i].text) is not None
        or SIGNATURE.fullmatch(items[i].text.removeprefix("(").removesuffix(")")) is not None
    )


# A letter signed with the writer's office: "CHARLES HOWELL, District Secretary.",
# "J. SMITH, Hon. Sec.": a name, a comma and a few capitalised words, no date.
_SIGNED_WITH_OFFICE = re.compile(
    r"(?P<name>[^,\d]{3,40}),\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}\.?"
)
# The place and day a letter was written, under its signature: "Chase-terrace, Cannock,
# April 29, 1874.", "Downing Street, 4th May, 1874."
_LETTER_DATE = re.compile(rf"[A-ZÀ-Ý][^\d]{{0,60}}{DAY_OF_MONTH}.{{0,12}}|.{{0,60}}\b1[5-9]\d\d\.?")


_WEEKDAY_WORD = re.compile(WEEKDAY, re.IGNORECASE)


def _signed_with_office(text: str) -> bool:
    m = _SIGNED_WITH_OFFICE.fullmatch(text)
    if m is None or MONTH_NAME.search(text) or _WEEKDAY_WORD.search(text):
        return False  # "KURRI KURRI, Sunday.": a dateline
    name = m.group("name").split()
    return 2 <= len(name) <= 4 and looks_like_name(name)


def signatures(items: list[Line], labels: list[str]) -> list[int]:
    """The last line of a story's text that is nothing but a signature ("(—M. B.)",
    "A. H."), read as the paragraph's end, is the signature: the story ends there. So is a
    name alone ("MERHEIX", "P.-O. Dolbeht.") right after a finished sentence of the text,
    read as a paragraph or a table. A heading read as a subhead after the signature is the
    next story's headline: the writer has signed off ("P.-O. Dolbeht." / "PAS D'ARGENT,
    PAS DE... LIÈVRES !"). Returns the indexes of the headlines under signatures, which
    open their stories however unsure the model is of them."""
    kept = [k for k, label in enumerate(labels) if label not in _REMOVED]
    for n, i in enumerate(kept):
        if labels[i] in _STARTS and _signed_as_heading(items, labels, kept, n):
            labels[i] = "sig"
            # the place and day right under it, read as a running head, are the letter's
            # ("CLARA MITCHELL" / "TOLEDO, OHIO, April 13.")
            if (
                i + 1 < len(items)
                and labels[i + 1] == "running"
                and items[i + 1].no == items[i].no + 1
                and _LETTER_DATE.fullmatch(items[i + 1].text) is not None
            ):
                labels[i + 1] = "date"
            continue
        if labels[i] not in ("pcont", "pstart", "table") or len(items[i].text.split()) > 6:
            continue
        text = items[i].text
        office = _signed_with_office(text)
        if len(text.split()) > 4 and not office:
            continue
        after = labels[kept[n + 1]] if n + 1 < len(kept) else None
        dated = (
            office
            and after in _TEXT
            and _LETTER_DATE.fullmatch(items[kept[n + 1]].text) is not None
            and (n + 2 == len(kept) or labels[kept[n + 2]] in _STARTS)
        )
        if after not in (None, "head", "kicker", "caption", "date", "sig", "sub") and not dated:
            continue
        before = kept[n - 1] if n else None
        # "(—M. B.)": set in parentheses as well
        signed = labels[i] != "table" and SIGNATURE.fullmatch(
            text.removeprefix("(").removesuffix(")")
        )
        named = (
            before is not None
            and labels[before] in _TEXT
            and ends_sentence(items[before].text)
            and (_SIGNED_NAME.fullmatch(text) or office)
        )
        if signed or named:
            labels[i] = "sig"
            if dated:
                labels[kept[n + 1]] = "date"
    opened = []
    for n, (above, i) in enumerate(pairwise(kept)):
        if labels[above] == "date" and n and labels[kept[n - 1]] == "sig":
            above = kept[n - 1]  # the signed letter's place and day under the signature
        if labels[above] == "sig" and labels[i] in ("sub", "head", "deck"):
            labels[i] = "head"
            opened.append(i)
    return opened


# A news item's dash opening a line: "— Graf Goluchowski, der …", "– Le comte de …".
_ITEM_DASH = re.compile(r"[—–] [A-ZÀ-Ý]")
# Room left on a line that says the line ended its paragraph, in characters, times the
# square root of the column's width: a line's letters are wider or narrower than the
# average by chance, and that chance evens out over a longer line (0.15 of the width at
# first: this gains on the real training texts and on every generated seed).
_ROOM_LEFT = 0.75
# In a column narrower than this, justified type stretches and squeezes too much to tell
# (40 at first: 35 gained on the real training texts and moved no generated page; 25 gains
# on generated pages of every seed, the real texts unmoved).
_ROOM_WIDTH = 25


def datelines_alone_open_the_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "KURRI KURRI, Sunday." / "The Hebburn miners, who are out on strike, …": a
    dispatch's dateline printed on a line of its own, read as a paragraph of one line,
    opens the paragraph under it, as a dateline run into the text does (a day with no
    place, "Samstag, 1. Juli 1933.", is a date line). Returns the indexes of the lines
    that now go on from it."""
    found = []
    for i in range(len(items) - 1):
        if labels[i] != "pstart" or labels[i + 1] != "pstart":
            continue
        if items[i].no + 1 == items[i + 1].no and dateline_alone(items[i].text):
            labels[i + 1] = "pcont"
            found.append(i + 1)
    return found


def short_lines_end_paragraphs(items: list[Line], labels: list[str]) -> None:
    """A line of running text that ends a third of the way across the column ends its
    paragraph, though OCR lost its stop ("to say" / "There was a good proportion..."): text
    wraps where the next word does not fit, and no word is two thirds of a column long. The
    next line, starting with a capital, a quote mark or a news item's dash, opens a
    paragraph. So does one after a closed sentence, or a colon before a quotation
    ("folgendes Schreiben gerichtet:" / "„Sehr geehrter Herr …"), that left room for the
    next line's first word."""
    width = column_width(items)
    if width < 30:
        return
    printed = 0  # measured when a line first asks
    for i in range(1, len(items)):
        prev, line = items[i - 1].text, items[i].text
        if (
            labels[i] != "pcont"
            or labels[i - 1] not in ("pstart", "pcont")
            or items[i].no != items[i - 1].no + 1
        ):
            continue
        quoted = line[0] in _QUOTE_OPENERS
        opens = line[0].isupper() or quoted or _ITEM_DASH.match(line) is not None
        if not opens or prev[-1] in "-,;" or (prev[-1] == ":" and not quoted):
            continue
        if 3 * len(prev) > width:
            # a closed sentence, or a colon before a quotation, where the next line's first
            # word would have fit, with room to spare for a face's wider letters
            if (
                not (ends_sentence(prev) and has_word(line))
                # "spaniels; Mr." / "L. Smith, …", "(Mr. P. E." / "Teppema), …"
                or _ends_on_an_abbreviation(prev)
            ):
                continue
            printed = printed or _printed_width(
                [item for item, label in zip(items, labels, strict=True) if label in _TEXT]
            )
            room = printed - _printed(items[i - 1]) - _first_word(line) - 1
            if printed < _ROOM_WIDTH or room < _ROOM_LEFT * math.sqrt(printed):
                continue
        labels[i] = "pstart"


def _first_word(text: str) -> int:
    """How long the line's first word is; a letter standing alone is one word with the next,
    an elision whose apostrophe OCR lost ("L ambassade"), or a word broken apart."""
    words = text.split(maxsplit=2)
    if len(words[0]) == 1 and words[0].isalpha() and words[0] not in "AIaàOoyY" and len(words) > 1:
        return len(words[0]) + 1 + len(words[1])
    return len(words[0])


def _printed(line: Line) -> int:
    """How far across the column the line's ink reaches: justified type stretches its
    spaces to fill a line that its words alone would not."""
    return len(line.fixed.rstrip())


def _printed_width(items: list[Line]) -> int:
    """The column's width as printed (``column_width`` measures words, spaces closed up),
    from the lines of running text: a headline or an inset's title may run wider."""
    lengths = sorted(_printed(ln) for ln in items if ln.text.count(" ") >= 2)
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))] if lengths else 0


def full_lines_go_on(items: list[Line], labels: list[str]) -> list[int]:
    """The mirror of ``short_lines_end_paragraphs``: a line read as opening a paragraph,
    with no blank line over it and no indent, under a line so full that this line's first
    word would not have fitted on it ("A  meeting  was held on 17th February." / "There
    were present …" in a justified column), goes on the paragraph: the line above ended
    where the column did, so nothing on the page says its paragraph ended there. Returns
    the indexes relabelled."""
    text = [k for k, label in enumerate(labels) if label in _TEXT]
    width = _printed_width([items[k] for k in text])
    if width < _ROOM_WIDTH:
        return []
    margin = min(items[k].indent for k in text)
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] == "pstart"
            and labels[i - 1] in _TEXT
            and items[i].no == items[i - 1].no + 1
            and items[i].indent <= margin
            and _printed(items[i - 1]) + 1 + _first_word(items[i].text) > width
        ):
            labels[i] = "pcont"
            found.append(i)
    return found


_SET_BETWEEN = frozenset(("inset", "caption", "credit"))
# The hyphens and their OCR readings that break a word at a line's end.
_LINE_END_HYPHEN = re.compile(r"[^\W\d_][-¬=⸗]$")


def paragraphs_going_on_past_a_box(items: list[Line], labels: list[str]) -> list[int]:
    """ "… with only brief reco-" / "Related article: …" / "veries after unusually heavy
    rains.": a paragraph goes on past a box, a caption or a credit set inside it. A line
    read as opening a paragraph, or as material outside the stories, that opens in small
    letters, after the box, goes on from the text above the box where that text ends on a
    word broken at the line's end or on no sentence's end. Returns the indexes
    relabelled."""
    found = []
    for i in range(2, len(items)):
        if labels[i] not in ("pstart", "outside") or labels[i - 1] not in _SET_BETWEEN:
            continue
        if not items[i].text[:1].islower() or _LINE_END_HYPHEN.search(items[i - 1].text):
            continue  # (a line read as a caption that breaks a word is the text's)
        k = i - 1
        while k > 0 and labels[k] in _SET_BETWEEN:
            k -= 1
        above = items[k].text
        if labels[k] in _TEXT and (_LINE_END_HYPHEN.search(above) or not ends_sentence(above)):
            labels[i] = "pcont"
            found.append(i)
    return found


def paragraphs_opening_inside_a_word(items: list[Line], labels: list[str]) -> list[int]:
    """ "… de nombreuses fois acclamé le nou-" / "veau premier ministre, écouta …": no
    paragraph opens inside a word. A line read as opening one, in small letters, right
    under text that ends on a word broken at the line's end (past only furniture removed
    between: a running head, a jump line) goes on with it. (Under a sentence merely left
    open, a line in small letters is as often one whose capital OCR misread: "… a gre" /
    "fhe company plans …".) Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "pstart" or not opens_in_small_letters(items[i].text):
            continue
        k = i - 1
        while k > 0 and labels[k] in _REMOVED:
            k -= 1
        if labels[k] in _TEXT and _LINE_END_HYPHEN.search(items[k].text):
            labels[i] = "pcont"
            found.append(i)
    return found


def blank_lines_end_paragraphs(items: list[Line], labels: list[str]) -> list[int]:
    """A blank line after a closed sentence, before a capital, parts two paragraphs: on a
    short page of short paragraphs ("… the police said." / "" / "More than forty men …")
    the blank lines are many, and the model, which has learned that on pages where blank
    lines are everywhere they part nothing, read the line after one as going on. A blank
    line inside a paragraph is a column break, and one falls after a sentence's stop far
    more seldom than inside a sentence. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "pcont" or (
            items[i].no == items[i - 1].no + 1 and labels[i - 1] not in _SET_BETWEEN
        ):
            continue
        # (A box or a caption set between the paragraphs parts them as a blank line does,
        # a blank line around it or none.)
        k = i - 1
        while k > 0 and labels[k] in _SET_BETWEEN:
            k -= 1
        prev, line = items[k].text, items[i].text
        if (
            labels[k] in _TEXT
            and ends_sentence(prev)
            and not _abbreviation_stop(prev)
            and not _INITIAL_END.search(prev)
            and (line[0].isupper() or line[0] in "\"'“‘„«»—–")
        ):
            labels[i] = "pstart"
            found.append(i)
    return found


# Lines of running text that end a sentence, as a share of all of them, from which a page
# is set a paragraph to a line (text copied from a screen): wrapped text ends a sentence
# on a line's last word a third of the time at most.
_PARAGRAPH_LINES_SHARE = 0.9


# No column is this many characters wide: a page's full measure in a book is about 100.
_SCREEN_LINE = 160
# ... and a newspaper's column seldom this many: no wrapped line of the hand-made cases
# this long closes a sentence inside its paragraph.
_PRINTED_LINE = 90


def lines_as_paragraphs(items: list[Line], labels: list[str]) -> list[int]:
    """Text set a paragraph to a line, with no blank line between, as a page copied from a
    screen is: where nearly every line of the running text ends a sentence, a line after
    one that does opens a paragraph, though the model, seeing a long line end at the full
    measure, read the next as going on. Returns the indexes relabelled."""
    text = [i for i, label in enumerate(labels) if label in _TEXT]
    found = []
    for i in text:
        # A line longer than any printed measure was never wrapped by one: whatever it ends
        # on, the paragraph ends with it.
        if (
            labels[i] == "pcont"
            and labels[i - 1] in _TEXT
            and len(items[i - 1].text) > _SCREEN_LINE
        ):
            labels[i] = "pstart"
            found.append(i)
    closed = {i for i in text if ends_sentence(items[i].text)}
    if len(text) < 3:
        # Two lines tell no share: both closing their sentences, the first wider than a
        # column is set, they are two paragraphs pasted a line each.
        if len(text) == 2 and len(closed) == 2 and len(items[text[0]].text) > _PRINTED_LINE:
            found.extend(_opens_after(items, labels, text, closed))
        return found
    if len(closed) < _PARAGRAPH_LINES_SHARE * len(text):
        return found
    found.extend(_opens_after(items, labels, text, closed))
    return found


def _opens_after(
    items: list[Line], labels: list[str], text: list[int], closed: set[int]
) -> list[int]:
    """Lines of the text ``text`` right after a line of it in ``closed`` open paragraphs."""
    found = []
    for i in text:
        if labels[i] == "pcont" and i - 1 in closed and labels[i - 1] in _TEXT:
            labels[i] = "pstart"
            found.append(i)
    return found


_STANDFIRST_WORDS = 10


def _a_paragraph_to_a_line(items: list[Line], labels: list[str]) -> bool:
    """Whether the page sets its text a paragraph to a line, as a page copied from a
    screen is: nearly every line of the running text ends a sentence or stops well short
    of the measure (a list's item)."""
    text = [i for i, label in enumerate(labels) if label in _TEXT]
    if len(text) < 2:
        return False
    # A line the measure broke runs to the measure and ends no sentence; a list's item or a
    # subhead of such a page may end none, but is short.
    width = column_width(items)
    broken = 0  # lines the measure broke, as many as such a page may hold at most
    allowed = (1 - _PARAGRAPH_LINES_SHARE) * len(text)
    for i in text:
        if not ends_sentence(items[i].text) and len(items[i].text) * 10 >= width * 6:
            broken += 1
            if broken > allowed:
                return False
    return True


def captions_of_unwrapped_pages(items: list[Line], labels: list[str]) -> list[int]:
    """A page copied from a screen credits its photos or labels their captions: where
    the text is set a paragraph to a line, a line read as a caption with no credit and no
    label of its own or beside it, that ends a sentence, is a paragraph ("“It looks like
    a war zone,” the county sheriff told reporters.", "CNN's Sam Green contributed to
    this report."); so is one under the headline and over the text as long as a
    paragraph's sentence runs ("Updated 10:45 AM EST, …" / "The city council voted on
    Tuesday to approve …"). Over the headline, a caption is the photo's. A page
    with no line read as the text has its text read as such captions: there, the captions
    under the headline are the text. Anywhere, a line read as a caption that holds
    sentences and runs longer than any caption is a paragraph set on one line. Returns the
    indexes relabelled."""
    found = []
    for i, label in enumerate(labels):
        # No caption runs this long: a line of sentences as long is a paragraph unwrapped.
        if (
            label == "caption"
            and len(items[i].text) > _CAPTION_MOST
            and sentences_of_prose(items[i].text)
        ):
            labels[i] = "pstart"
            found.append(i)
    first = next((i for i, label in enumerate(labels) if label in _TEXT), None)
    textless = first is None
    if textless:
        first = next((i for i, label in enumerate(labels) if label == "head"), len(labels))
    head = next((i for i, label in enumerate(labels) if label == "head"), len(labels))
    candidates = [
        i
        for i, label in enumerate(labels)
        if label == "caption"
        # under the text's first line, or, as long as a paragraph's sentence runs, under
        # the headline and over the text (over the headline, a caption is the photo's)
        and (i > first or (head < i < first and items[i].text.count(" ") + 1 >= _PROSE_WORDS))
        and ends_sentence(items[i].text)
        and not has_caption_label(items[i].text)
        and split_credit(items[i].text)[1] is None
        and not any(
            0 <= k < len(items)
            and abs(items[k].no - items[i].no) == 1
            and labels[k] in ("caption", "credit")
            for k in (i - 1, i + 1)
        )
    ]
    if not candidates or not (textless or _a_paragraph_to_a_line(items, labels)):
        return found
    for i in candidates:
        labels[i] = "pstart"
    return found + candidates


# No caption of the hand-made or generated cases is half as long (the longest, 325).
_CAPTION_MOST = 700


def decks_of_unwrapped_pages(items: list[Line], labels: list[str]) -> list[int]:
    """Text set a paragraph to a line is not wrapped by a typesetter, nor is its headline:
    where nearly every line of the running text ends a sentence or stops well short of the
    measure (a list's item), a line read as more of
    the headline that follows it across a blank line, in a phrase of its own ("Central
    bank holds rates steady as inflation cools" / "Policymakers signal cuts could come
    later this year"), is its deck, as a web page sets it. Returns the indexes
    relabelled."""
    if not _a_paragraph_to_a_line(items, labels):
        return []
    found = []
    mastheads = [k for k, label in enumerate(labels) if label == "masthead"]
    if len(mastheads) == 1 and (k := mastheads[0]) + 1 < len(items) and labels[k + 1] == "head":
        # Such a page prints no masthead: a sentence read as one over a whole sentence read
        # as the headline is the headline over its standfirst ("Le gouvernement présente son
        # plan pour l'hôpital" / "Le ministre de la santé a détaillé mardi une série …").
        below = items[k + 1].text
        if (
            _sentence_case(items[k].text)
            and ends_sentence(below)
            and len(below.split()) >= _STANDFIRST_WORDS
        ):
            labels[k], labels[k + 1] = "head", "deck"
            found += [k, k + 1]
    for i in range(1, len(items)):
        above, line = items[i - 1].text, items[i].text
        last = above.rsplit(" ", 1)[-1].lower()
        if (
            labels[i] == "head"
            and labels[i - 1] in ("head", "deck")
            and (
                items[i].no > items[i - 1].no + 1
                # right under it, a standfirst runs longer than a headline's line
                or (len(line.split()) >= _STANDFIRST_WORDS and len(line) * 10 > len(above) * 13)
            )
            and line[:1].isupper()
            and last not in OPEN_WORDS
            and above[-1] not in ",;:-"
            and min(len(above.split()), len(line.split())) >= 3
            # (a Title Case phrase going on is the headline's: "Requests Rerun of US" / ""
            # / "Air Force Tanker Bid")
            and not (
                _set_as_the_headline(items, labels, i)
                and _title_case_goes_on(items[i - 1], items[i])
            )
        ):
            labels[i] = "deck"
            found.append(i)
    return found


def sentences_read_as_headings(
    items: list[Line], feats: list[list[str]], labels: list[str]
) -> None:
    """A sentence of the text is no subhead and no byline: "It may reopen next week." and
    "By the river, the water rose again." are paragraphs. A line read as a subhead that
    is a sentence in small letters, with its stop, or a line read as a byline that goes on
    in small letters after its "By" with no job or role, opens a paragraph (a subhead is
    set without a stop or in capitals; a byline names someone). Nor does a line under the
    text open a story on a headline where it is as long as the text's lines and holds
    sentences in small letters, one ending and the next beginning: "His Honor varied the
    sentence to a fine of £5 and costs. ASSAULT AND ROBBERY. William Thompson" opens a
    paragraph."""
    width = column_width(items)
    for i, label in enumerate(labels):
        if (
            label == "head"
            and i
            and labels[i - 1] in _BODY  # (or a box set in it: "Related: …")
            and _line_of_sentences(items[i].text, width)
        ):
            labels[i] = "pstart"
        elif label == "sub":
            if _small_sentence(items[i].text, 4):
                labels[i] = "pstart"
        elif label == "byline" and not _byline_form(feats[i]):
            m = _LABELLED_SMALL.match(items[i].text)
            if m is not None and _small_sentence(items[i].text[m.end() :], 4, first=False):
                labels[i] = "pstart"


# A line of the text holds at least this many words; a headline seldom does.
_TEXT_LINE_WORDS = 12


def _line_of_sentences(text: str, width: int) -> bool:
    """A line of running text: as long as the column (or of two dozen words), with a
    sentence ending inside it and most of its words in small letters."""
    words = text.split()
    return (
        len(words) >= _TEXT_LINE_WORDS
        # (a paragraph set to a line, as a screen's copy is, runs as long as it runs)
        and (len(text) * 10 >= width * 9 or len(words) >= 2 * _TEXT_LINE_WORDS)
        and _SENTENCE_BREAK.search(text) is not None
        and 2 * sum(w[:1].islower() for w in words[1:]) > len(words) - 1
    )


def _byline_form(feats: list[str]) -> bool:
    """Whether a line has a byline's own form: its label ("By"), a role, or a job as its
    last word."""
    return any(f in ("role", "byline") or f.startswith("endword=") for f in feats)


_LABELLED_SMALL = re.compile(f"(?i:{BYLINE_LABEL})" + r"\s+(?=[a-zà-ÿ])")


def _small_sentence(text: str, words: int, first: bool = True) -> bool:
    """A sentence written in small letters: its full stop, and most of its words (after the
    first, which may be capitalised) start small."""
    parts = text.split()
    # A question may be a subhead ("What is her secret?"): only a full stop tells.
    if len(parts) < words or not text.rstrip("\"'”’»)").endswith(".") or _abbreviation_stop(text):
        return False
    rest = parts[1:] if first else parts
    return 2 * sum(w[:1].islower() for w in rest) > len(rest)


def _abbreviation_stop(text: str) -> bool:
    last = text.rstrip(".")[text.rstrip(".").rfind(" ") + 1 :].lower()
    return last in TITLES


def _ends_on_an_abbreviation(text: str) -> bool:
    """Whether the line's stop is an abbreviation's, not a sentence's: a title or a name's
    initial (``_name_open``: "… (Mr. P. E.") or letters each with its stop ("Boeing
    allowed to bid for U.S.")."""
    return _name_open(text) or _LETTERS_WITH_STOPS.search(text) is not None


_LETTERS_WITH_STOPS = re.compile(r"(?<!\S)(?:[^\W\d_]\.){2,}$")


def captions_over_bylines(
    items: list[Line], feats: list[list[str]], labels: list[str]
) -> list[int]:
    """A byline signs a story under its headline, never a photo: lines read as a caption,
    with no credit or label, right over a byline that is over the text ("Eingreifen
    Hindenburgs in den Kirchen-" / "streit." / "Aufforderung an Hitler zu Verhandlungen." /
    "Telegramm unseres Korrespondenten." / "Berlin, 1. Juli. Der …") are the story's
    headline, to the end of its first sentence, and its deck. Returns the indexes
    relabelled."""
    found = []
    i = 0
    above = None  # the label of the last line kept above line i
    while i < len(items):
        # Under a headline or deck, a caption is that story's photo's.
        if labels[i] != "caption" or above not in (None, *_BODY):
            if labels[i] not in _REMOVED:
                above = labels[i]
            i += 1
            continue
        j = i
        while j + 1 < len(items) and labels[j + 1] == "caption":
            j += 1
        k = j + 1
        while k < len(items) and labels[k] == "byline":
            k += 1
        if (
            k == j + 1
            or k >= len(items)
            or labels[k] not in (*_TEXT, "date")
            or any(f in _LABEL_FEATURES for n in range(i, j + 1) for f in feats[n])
        ):
            above = "caption"
            i = j + 1
            continue
        label = "head"
        for n in range(i, j + 1):
            labels[n] = label
            found.append(n)
            if ends_sentence(items[n].text):
                label = "deck"
        above = "byline"
        i = k
    return found


def credits_read_as_bylines(items: list[Line], feats: list[list[str]], labels: list[str]) -> None:
    """A photo's credit is no byline: "Tobias Becker/dpa" or "Crédit : Sophie Girard"
    under a caption is its credit, and "Des bénévoles au travail. Photo: François Martin"
    is a caption with its credit, though set among the byline's lines; so is "Image
    source, Getty Images" over its caption. A line with a byline's own label ("By",
    "Par") stays a byline."""
    for i, label in enumerate(labels):
        if label != "byline" or "byline" in feats[i]:
            continue
        if not any(f in _CREDIT_FEATURES for f in feats[i]):
            continue
        text = items[i].text
        over_caption = (
            i + 1 < len(items) and labels[i + 1] == "caption" and items[i + 1].no == items[i].no + 1
        )
        if (i and labels[i - 1] == "caption") or over_caption:
            labels[i] = "credit"
        elif "caption_label" in feats[i] or ". " in text:
            labels[i] = "caption"


# A news agency's name alone, as old papers and new print it ("Reuter", "(Havas)", "By
# Reuters"); the photo agencies file no story ("Getty Images" alone is a photo's credit).
_NEWS_AGENCY = re.compile(
    rf"\(?(?:(?i:by|von|par)\s+)?(?:The )?(?i:{NEWS_AGENCIES}|reuter|havas|wolff|belga|ansa"
    r"|ddp|sda|ats|apa)\.?\)?\.?"
)


def agencies_read_as_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "COUNCIL APPROVES NEW BRIDGE" / "Reuters" / "The city council voted …": a news
    agency's name alone, under the headline and over the text, read as a photo's caption
    or credit (with no photo's words) or as a subhead, is the story's byline: the agency
    filed it; under the story's last line, it signs the story. Returns the indexes
    relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] not in ("caption", "credit", "sub"):
            continue
        if _NEWS_AGENCY.fullmatch(items[i].text.strip()) is None:
            continue
        below = labels[i + 1] if i + 1 < len(items) else None
        if labels[i - 1] in ("head", "deck", "kicker") and below in (*_TEXT, "date"):
            labels[i] = "byline"
            found.append(i)
        elif labels[i - 1] in _TEXT and (below is None or below in _STARTS):
            # under the story's last line, the agency signs it
            labels[i] = "sig"
            found.append(i)
    return found


_LABELLED = re.compile(f"(?i:{BYLINE_LABEL})" + r"\s")
_SPECIAL = re.compile(r"(?i:\bsp[ée]cial\b)")


def bylines_without_a_name(
    items: list[Line], feats: list[list[str]], labels: list[str], marginal
) -> None:
    """A byline names someone or some service: "Dem Westlufteinbruch vom Donnerstag" and "A
    Family Meet Inn in DCS Molncs" name no one. A line read as a byline that has none of a
    byline's forms ("By", a job, a comma before a job, a correspondent's or a news
    service's credit, "Spécial pour …") and whose words are no name (small words among
    them, or a phrase's article) takes its likeliest other label; one that opens on a
    dateline and goes on in words is the text's first line."""
    for i, label in enumerate(labels):
        if label != "byline":
            continue
        text = items[i].text
        words = text.split()
        # A dateline that goes on in words opens the text: "Berlin, 23. Oktober. In
        # Papenburg" / "wird am 27. d. Mts. …", its place and month no name.
        end = dateline_end(text)
        if (
            end
            and has_letters(text[end:])
            and i + 1 < len(items)
            and labels[i + 1] in _TEXT
            and items[i + 1].no == items[i].no + 1
        ):
            labels[i], labels[i + 1] = "pstart", "pcont"
            continue
        if (
            not _no_byline_form(text, feats[i])
            or correspondent_line(text)
            or role_line(text.strip(_PUNCT + " "))
            or with_agency(text)
            or _LABELLED.match(text)
            or _SPECIAL.search(text)
            or looks_like_name([w for w in words if w[:1].isalpha()])
            or _named_over_time_stamp(items, labels, i)
        ):
            continue
        labels[i] = max(
            (other for other in _INSTEAD if other != "byline"), key=lambda o: marginal(o, i)
        )


def headlines_under_kickers(items: list[Line], labels: list[str]) -> list[int]:
    """A kicker stands over its headline: the line right under one (across a blank line at
    most), read as a subhead, an inset or a caption, or as a paragraph's first line set
    as a heading is (``_heading_over_a_sentence``), is the headline ("INTERVIEW" /
    "‘We have to build faster’", a quotation the model took for a pull quote); a line under
    that read as a caption with no credit, over the byline, is its deck ("The new housing
    minister on rents, planning and her first 100 days" / "By Tom Reilly"). Returns the
    indexes of the headlines."""
    found = []
    n = len(items)
    for i in range(1, n):
        if (
            labels[i - 1] == "kicker"
            and i + 2 < n
            and _heading_over_a_sentence(items, labels, i) is not None
        ):
            # "Politique" / "Le conseil municipal vote la gratuité des transports pour les
            # moins de 18 ans" / "Les bus et tramways …": read as the text's first line, a
            # line that closes no sentence over one opening another is a heading
            labels[i] = "head"
            found.append(i)
            continue
        if (
            labels[i - 1] != "kicker"
            or labels[i] not in ("sub", "inset", "caption")
            or items[i].no - items[i - 1].no > 2
            or len(items[i].text.split()) > _HEADING_WORDS
            # (a caption of several lines is a photo's, over its credit)
            or (
                labels[i] == "caption"
                and i + 1 < n
                and labels[i + 1] in ("caption", "credit")
                and items[i + 1].no == items[i].no + 1
            )
        ):
            continue
        labels[i] = "head"
        found.append(i)
        if (
            i + 2 < n
            and labels[i + 1] == "caption"
            and labels[i + 2] == "byline"
            and split_credit(items[i + 1].text)[1] is None
        ):
            labels[i + 1] = "deck"
    return found


def headlines_read_as_bare_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "… their stake in the company." / "" / "US stocks log gains for" / "fourth week in a
    row" / "" / "United States stock indexes posted gains on Friday, …": a block read as a
    photo's caption that has neither a credit nor a stop, set apart between the closed text
    above it (or a box) and a paragraph under it, is the headline of the story that
    paragraph opens: a caption closes its sentence or names its photographer. Returns the
    indexes relabelled."""
    found = []
    n = len(items)
    for i, j in _label_runs(labels, "caption", items):
        run = range(i, j + 1)
        texts = [items[k].text for k in run]
        last = texts[-1]
        if (
            i > 0
            and j + 1 < n
            and j - i < _HEADLINE_LINES
            and labels[i - 1] in (*_BODY, "table")
            and (ends_sentence(items[i - 1].text) or labels[i - 1] in ("inset", "table"))
            and items[i].no > items[i - 1].no + 1
            and labels[j + 1] == "pstart"
            and items[j + 1].no > items[j].no + 1
            # (the paragraph of a story's text: more lines, or one long line)
            and (
                (j + 2 < n and labels[j + 2] in _TEXT)
                or len(items[j + 1].text.split()) >= _TEXT_LINE_WORDS
            )
            and texts[0][:1].isupper()
            and last[-1:].isalnum()
            and not _phrase_open(last)
            and sum(len(t.split()) for t in texts) <= _HEADLINE_READ_AS_CAPTION_WORDS
            and all(split_credit(t)[1] is None and standalone_credit(t) is None for t in texts)
        ):
            for k in run:
                labels[k] = "head"
            found += run
    return found


# A headline's words at most, where the model read it as a photo's caption.
_HEADLINE_READ_AS_CAPTION_WORDS = 16


def headings_apart_from_the_byline(
    items: list[Line], feats: list[list[str]], labels: list[str]
) -> list[int]:
    """A byline is set apart from the heading, in one block: where a line read as a
    byline stands over a blank line and then a byline known by its form ("From a
    Correspondent", "Von unserm Korrespondenten", "By …"), and has nothing of a byline's
    form itself (no label, role or correspondent's credit), its block goes with the
    heading above it: "Apple announces Mac OS X" / "Lion, iOS 5, and iCloud" / "From a
    Correspondent" is one headline and its byline. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items) - 1):
        if (
            labels[i] != "byline"
            or labels[i + 1] != "byline"
            or items[i + 1].no == items[i].no + 1
            or not (correspondent_line(items[i + 1].text) or _byline_form(feats[i + 1]))
        ):
            continue
        start = i
        while (
            start and labels[start - 1] == "byline" and items[start - 1].no == items[start].no - 1
        ):
            start -= 1
        if not start or labels[start - 1] not in ("head", "deck"):
            continue
        block = range(start, i + 1)
        if any(correspondent_line(items[k].text) or _byline_form(feats[k]) for k in block):
            continue
        # (under a headline its stop has closed, the block is its deck: "SALVATION ARMY." /
        # "" / "She Is Progressing Favourably," / "Although" / "" / "(FROM OUR OWN …)")
        label = labels[start - 1]
        if label == "head" and _closed_over(items[start - 1].text, items[start].text):
            label = "deck"
        for k in block:
            labels[k] = label
            found.append(k)
    return found


def desk_credits(items: list[Line], labels: list[str]) -> list[int]:
    """ "Reporting by William Schomberg; Editing by Catherine Evans" after the text is the
    story's last paragraph, whatever the model read it as (a headline opening another
    story, a byline). Returns the indexes relabelled."""
    first = next((i for i, label in enumerate(labels) if label in _TEXT), len(labels))
    found = [
        i
        for i in range(first + 1, len(items))
        if labels[i] not in _TEXT and labels[i] not in _REMOVED and desk_credit(items[i].text)
    ]
    for i in found:
        labels[i] = "pstart"
    return found


# Lines read as the text over the page's furniture are no story's at most this many.
_OVER_FURNITURE_LINES = 2


def lines_over_the_furniture(items: list[Line], labels: list[str]) -> list[int]:
    """ "Fhe1 P r a ! n i i Clircii,i‹c1c" / "PRICE 2d." / "LXXXII— No. 71" / … / "ROBERTS
    GRATEFUL": a line or two read as the text on top of the page, over nothing but page
    furniture and material outside the stories down to the first headline, are no story's
    text (a story's text runs on under its headline, not over the masthead): here the
    paper's name, garbled by the scan. Read as text, they had made a story of their own
    ahead of the page's first. They are kept as material outside the stories. Returns the
    indexes relabelled."""
    first = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if first is None or labels[first] not in _TEXT:
        return []
    end = first
    while end + 1 < len(labels) and labels[end + 1] in _TEXT:
        end += 1
    head = next((k for k in range(end + 1, len(labels)) if labels[k] in _STARTS), None)
    if (
        head is None
        or end - first >= _OVER_FURNITURE_LINES
        or head == end + 1
        or any(labels[k] not in _REMOVED and labels[k] != "outside" for k in range(end + 1, head))
    ):
        return []
    found = list(range(first, end + 1))
    for k in found:
        labels[k] = "outside"
    return found


def texts_read_as_running_heads(items: list[Line], labels: list[str]) -> list[int]:
    """ "Concerte." / "Donnerstag, 3. Februar 2014" / "Sing-Akademie. Mittwoch, Anfang 8 Uhr:
    II. Concert von Lydia Müller." / "Sterblichkeits- und" / …: a story is told in its
    text. Where nothing but lines read as running heads stands between a story's header and
    the next headline, those of them that are words (four or more, not all in capitals) in
    no form of furniture (no paper's name, date line or page number) are the story's text:
    its day and hour had read as a running head's date.
    Removed, they had left a header with no text, which took the next story's headline
    for its deck. Returns the indexes relabelled."""
    found = []
    header = False  # a story's header is being read, and no text under it yet
    removed: list[int] = []
    for i, label in enumerate(labels):
        if label in _STARTS:
            if header:
                for k in removed:
                    if (
                        len(_WORD_OF_LETTERS.findall(items[k].text)) >= _FOLIO_WORDS
                        and not _furniture_form(items[k])
                        # (a heading in capitals may be the headline's: "DOW JONES FALLS
                        # BELOW 9,000")
                        and not is_caps(items[k].text)
                    ):
                        labels[k] = "pstart" if not found or found[-1] != k - 1 else "pcont"
                        found.append(k)
            header, removed = True, []
        elif label in _BODY:
            header = False
        elif label == "running" and header:
            removed.append(i)
    return found


def stories_without_text(items: list[Line], labels: list[str]) -> list[int]:
    """A story is told in its text: where the model read everything under the page's last
    headline as its decks, down to the end or a byline there ("Die Lokführergewerkschaft
    GDL hat …" / "Die Deutsche Bahn kündigte …" / "Quelle: SZ/dpa/mane"), the first deck
    is the standfirst and the sentences under it are the text. Returns the indexes
    relabelled."""
    found = []
    decks: list[int] = []  # the decks of the story being read, while it has no text
    for i in range(len(items) + 1):
        label = labels[i] if i < len(items) else "head"
        if label in _STARTS:
            # A headline with decks over the next headline is one story's header.
            for k in decks[1:] if i == len(items) else ():
                if ends_sentence(items[k].text):
                    labels[k] = "pstart"
                    found.append(k)
            decks = []
        elif label in _BODY:
            decks = [-1]  # the story has its text
        elif label == "deck" and decks != [-1]:
            decks.append(i)
    return found


def headings_alone(items: list[Line], labels: list[str]) -> list[int]:
    """ "Coalition of Willing Commits to Ukraine" / "Force if Peace Agreed" and nothing else:
    a page with no text under its lines, which are at most a headline's four and each in
    the form of a heading (a few words, no sentence closed inside one, no photo's credit, no
    dateline), is a headline, however the model read its lines (a caption, a dateline, a
    running head). With nothing else printed there is no page for furniture to frame and no
    photo for a caption to describe. A byline under it stays one. Returns the indexes
    relabelled."""
    if len(items) > _HEADLINE_LINES or any(label in _BODY for label in labels):
        return []
    lines = [i for i, label in enumerate(labels) if label not in ("byline", "credit")]
    if not lines or any(
        not has_letters(items[i].text)
        or len(items[i].text.split()) > _HEADING_WORDS
        or _INNER_STOP.search(items[i].text) is not None
        or (ends_sentence(items[i].text) and i != lines[-1])
        or split_credit(items[i].text)[1] is not None
        or opens_with_dateline(items[i].text)
        for i in lines
    ):
        return []
    found = [i for i in lines if labels[i] != "head"]
    for i in lines:
        labels[i] = "head"
    return found


def desk_signs(items: list[Line], labels: list[str]) -> list[int]:
    """ "mmu/dpa", "Quelle: SZ/dpa/mane" under the last sentence of a copied story's text
    sign it (``header.desk_sign``), and so does an agency's name alone ("AFP", "(ats)"),
    whatever the model read the line as (a running head, a byline, a photo's credit).
    Returns the indexes relabelled."""
    kept = [k for k, label in enumerate(labels) if label not in _REMOVED or label == "running"]
    found = []
    for n, i in enumerate(kept):
        after = labels[kept[n + 1]] if n + 1 < len(kept) else None
        if (
            n
            and after in (None, *_STARTS)
            and labels[i] not in _STARTS
            and labels[kept[n - 1]] in _TEXT
            and ends_sentence(items[kept[n - 1]].text)
            and (desk_sign(items[i].text) or _AGENCY_ALONE.fullmatch(items[i].text.strip()))
        ):
            labels[i] = "sig"
            found.append(i)
    return found


# An agency's name alone on the story's last line, in brackets or not: "AFP", "(ats)".
_AGENCY_ALONE = re.compile(rf"\(?(?:{AGENCIES}|(?i:ats|sda|afp|apa|dpa|ddp|anp|belga))\)?\.?")


def labels_alone_over_names(items: list[Line], labels: list[str]) -> list[int]:
    """ "By" / "Maria Lopez": a byline's label alone on its line, right over a line that
    reads as a name, is the byline with it, whatever the model read the two as (a
    paragraph of one word). A label the model read as part of a headline ("Man Killed" /
    "By" / "Falling Tree") stays. Returns the indexes of the labels."""
    found = []
    for i in range(len(items) - 1):
        if (
            _LABEL_ALONE.fullmatch(items[i].text.strip())
            and labels[i] not in ("head", "deck", "kicker", "byline")
            and items[i + 1].no == items[i].no + 1
            and 2 <= len(items[i + 1].text.split()) <= 5
            and looks_like_name(items[i + 1].text.strip(_PUNCT + " ").split())
        ):
            labels[i] = labels[i + 1] = "byline"
            found.append(i)
    return found


_LABEL_ALONE = re.compile(f"(?i:{BYLINE_LABEL})" + r"\s*:?")


def roles_under_bylines(items: list[Line], labels: list[str]) -> list[int]:
    """ "Julien Fontaine" / "Chef de service", "BY A. R. ANDERSON," / "United Press Staff
    Correspondent.": the writer's job set on its own line right under the byline is part
    of it, whatever the model read the line as (a caption, a paragraph). So is the paper
    or agency the writer works for ("Tom Becker" / "Reuters", "BBC News")."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i - 1] == "byline"
            and labels[i] not in ("byline", "head", "kicker")
            and items[i].no == items[i - 1].no + 1
            and not _role_or_outlet(items[i - 1].text.strip(_PUNCT + " "))
            and _role_or_outlet(items[i].text.strip(_PUNCT + " "))
        ):
            labels[i] = "byline"
            found.append(i)
    return found


def _role_or_outlet(text: str) -> bool:
    return role_line(text) or outlet_line(text)


def names_with_their_job(items: list[Line], labels: list[str]) -> list[int]:
    """ "Heike Wolf, Lokalredaktion", "Pierre Rousseau et Claire Laurent, Rédaction
    locale": a line of the header, read as a deck, that names people and then, after a
    comma, the writer's job, is the byline, and so is such a line read as a caption right
    under the header; so is one that names them over the job alone ("Stefan Wolf" /
    "Redakteurin"), read as a deck or as the headline's last line set apart from the rest.
    Returns the indexes relabelled."""
    found = []
    for i, label in enumerate(labels):
        # (a line read as the headline's last, under its first, set apart from it:
        # "dénonce les actes de torture ;" / "" / "Mathieu Moreau" / "Rédaction locale")
        under_the_headline = (
            label == "head"
            and i > 0
            and labels[i - 1] == "head"
            and items[i - 1].no + 1 < items[i].no
        )
        # (or as a caption right under the header: "France : le SMIC augmentera de 2 %" /
        # "" / "Inès Rousseau, Chef de service" / "" / "Ainsi, en 2006, …" — a photo's
        # caption names no one with a writer's job)
        under_the_header = label == "caption" and i > 0 and labels[i - 1] in ("head", "deck")
        # (or as a caption's credit over a writer's job: "Rosa Novak speaks to reporters
        # …" / "James Carter" / "Staff Writer" — a photographer's is none)
        over_a_job = (
            label == "credit"
            and labels[i + 1 : i + 2] == ["byline"]
            and not _PHOTOGRAPHER.search(items[i + 1].text)
            # (not a credit naming its agency over a byline of its own: "Karl Müller/
            # Keystone" / "VON Sabine Schäfer | Redakteurin")
            and "/" not in items[i].text
            and byline_name(items[i + 1].text) is None
        )
        if label != "deck" and not under_the_headline and not under_the_header and not over_a_job:
            continue
        text = items[i].text.strip(_PUNCT + " ")
        if "," not in text:
            if under_the_header:
                continue
            # ... or the job on the line under the name: "Stefan Wolf" / "Redakteurin"
            below = items[i + 1].text.strip(_PUNCT + " ") if i + 1 < len(items) else ""
            if (
                labels[i + 1 : i + 2] in (["deck"], ["byline"])
                and items[i + 1].no == items[i].no + 1
                and 2 <= len(text.split()) <= _BYLINE_NAME_WORDS
                and looks_like_name(text.split())
                and not items[i].text.rstrip().endswith(".")  # "Oeffentliche Zustellung."
                and "," not in below
                and role_line(below)
                and not correspondent_line(below)
            ):
                labels[i] = labels[i + 1] = "byline"
                found.append(i)
            continue
        if _names_with_a_job(text):
            labels[i] = "byline"
            found.append(i)
    return found


# A photographer's job, which a photo's credit may set under the name ("Staff
# Photographer", "Fotografin", "photographe").
_PHOTOGRAPHER = re.compile(r"(?i)photo|fotogra")


def _names_with_a_job(text: str) -> bool:
    """Whether a line names people and then, after a comma, the writer's job ("Heike Wolf,
    Lokalredaktion", "Inès Rousseau, Chef de service")."""
    names, _, job = text.strip(_PUNCT + " ").rpartition(",")
    words = names.split()
    return 2 <= len(words) <= 8 and looks_like_name(words) and role_line(job.strip())


def cued_bylines_read_as_decks(items: list[Line], labels: list[str]) -> list[int]:
    """ "; PAR AFP.", "By W. F. TAYLOR": a line read as a deck that is a byline by its cue
    ("By", "Par", "Von" and a name), a speck before it or not, is the byline: no deck
    opens on a writer's name. Returns the indexes relabelled."""
    found = []
    for i, label in enumerate(labels):
        if label == "deck" and byline_name(_LEAD_SPECKS.sub("", items[i].text)):
            labels[i] = "byline"
            found.append(i)
    return found


_LEAD_SPECKS = re.compile(r"^[;:,.|¦!'‘’]+ ")


_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[,.])")


def header_lines_read_as_headline(items: list[Line], labels: list[str]) -> list[int]:
    """The last lines of a headline that are none: a date and nothing else ("July 9 ,
    2025") is the story's date line; a name over the writer's job ("Grace Mwangi" / "Arts
    Correspondent") is the byline. The model, reading a headline set one short line under
    another, took them in. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        # (under a line whose phrase goes on, "Mary Barra" / "appointed as" / "General" /
        # "Motors chief", the line is more of the headline)
        if labels[i] != "head" or labels[i - 1] != "head" or _phrase_open(items[i - 1].text):
            continue
        text = items[i].text
        below = items[i + 1].text.strip(_PUNCT + " ") if i + 1 < len(items) else ""
        if DATE.fullmatch(_SPACE_BEFORE_MARK.sub("", text)):
            labels[i] = "date"
        elif (
            # (the job may be read as more of the headline too, "Olivier Fournier" /
            # "Correspondante", under a headline not in Title Case: "New Budget Plan" /
            # "Staff Cuts Loom" are a headline's)
            (
                labels[i + 1 : i + 2] == ["byline"]
                or (labels[i + 1 : i + 2] == ["head"] and not _title_case(items[i - 1].text))
            )
            and items[i + 1].no == items[i].no + 1
            # The job alone: "Claire Novak, Special Correspondent" names the writer, and
            # "From a Correspondent", "Von unserer Berliner Redaktion" is a byline of its own.
            and role_line(below)
            and "," not in below
            and not correspondent_line(below)
            and not _LABELLED.match(below)
            and looks_like_name(text.strip(_PUNCT + " ").split())
            # "ROBERTS GRATEFUL" / "FOR QUEEN'S WORDS" / "TO THE EDITOR.": no name opens on
            # a word a headline's phrase goes on with
            and text.split(" ", 1)[0].lower() not in _SMALL_OPENERS - {"by", "von", "par"}
        ):
            labels[i] = labels[i + 1] = "byline"
        elif (
            labels[i + 1 : i + 2] != ["head"]
            # A writer's name has two words at least: "zur Einziehung" / "von Geldbeträgen."
            # goes on a German headline, whose nouns are capitalised.
            and len((byline_name(text) or "").split()) >= 2
            and _PAR_ARTICLE.match(text) is None  # "PAR LE PARLEMENT EUROPÉEN." names no one
            # "Attacked" / "By Sea And Land": in a headline in Title Case, only a writer's
            # job or outlet under it tells a byline.
            and (
                not _title_case(items[i - 1].text)
                or (labels[i + 1 : i + 2] == ["byline"] and _role_or_outlet(below))
            )
        ):
            labels[i] = "byline"  # "… aux États-Unis" / "par Inès Dubois et Sophie Moreau"
        else:
            continue
        found.append(i)
    return found


_HEADER_BETWEEN = frozenset(("caption", "credit", "deck", "date"))


def bylines_under_captions(feats: list[list[str]], labels: list[str]) -> None:
    """ "Des élèves de CM2 correspondent..." / a caption and its credit / "OLIVIER FOURNIER"
    / the text: a name alone under the photo of a story that has its headline, above the
    story's text, is its byline. Read alone, the name looks like the headline of a story
    whose photo is printed above it; but this story has its headline already, and a
    subhead comes only between paragraphs."""
    kept = [k for k, label in enumerate(labels) if label not in _REMOVED]
    for n, i in enumerate(kept):
        if labels[i] not in ("head", "sub") or "name_like" not in feats[i]:
            continue
        if n + 1 >= len(kept) or labels[kept[n + 1]] not in ("pstart", "pcont"):
            continue
        m = n - 1
        while m >= 0 and labels[kept[m]] in _HEADER_BETWEEN:
            m -= 1
        between = {labels[kept[k]] for k in range(m + 1, n)}
        if m >= 0 and labels[kept[m]] == "head" and between & {"caption", "credit"}:
            labels[i] = "byline"


def captions_under_headlines(items: list[Line], labels: list[str], marginal) -> None:
    """ "L’usine de" / "papier" / "annonce 80" / "embauches" / "Vue du chantier à Lille.":
    the last line the model joined to a headline set without stops is a caption when it
    is a sentence with its stop, not in capitals, that the model gives some chance of
    being one (a headline ends without a stop where its other lines have none)."""
    for i, j in _label_runs(labels, "head"):
        last = items[j].text
        if (
            j > i
            and marginal("caption", j) >= 0.25
            and last.endswith(".")
            and not last.endswith("..")
            and last.count(" ") >= 2
            and not is_caps(last)
            and not any(ends_sentence(items[k].text) for k in range(i, j))
        ):
            labels[j] = "caption"


def standfirsts_read_as_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "Le tramway arrive enfin à Rennes-Sud" / "Après trois ans de travaux, la ligne C
    sera inaugurée samedi. Elle" / "desservira quatorze stations." / "Par Jean-Pierre
    Martin": a block read as a caption between the headline and the byline, right under
    the one and over the other, with no credit and no caption's label, is the headline's
    standfirst, its deck: a photo there is credited. So a block read as a caption right
    under the byline and right over the text, set as the text is, with no credit, is the
    text's first paragraph ("Par Jean-Pierre Martin" / "Les premiers essais ont eu lieu la semaine
    dernière, sans incident." / "La ligne reliera …"). Returns the indexes relabelled."""
    found = []
    width = 0
    for i, j in _label_runs(labels, "caption"):
        if not (i and j + 1 < len(items)):
            continue
        block = [items[k].text for k in range(i, j + 1)]
        if split_credit(" ".join(block))[1] is not None or any(has_caption_label(t) for t in block):
            continue
        if (
            labels[i - 1] == "head"
            and labels[j + 1] == "byline"
            and items[i].no - items[i - 1].no <= 2
            and items[j + 1].no - items[j].no <= 2
            # (a short sentence is a photo's caption: "Vue du chantier à Lille.")
            and sum(len(t.split()) for t in block) >= _STANDFIRST_WORDS
        ):
            read = ["deck"] * len(block)
        elif (
            labels[i - 1] == "byline"
            and (
                _LABELLED.match(items[i - 1].text) is not None
                or looks_like_name(items[i - 1].text.split())
            )
            and labels[j + 1] in (*_TEXT, "sub")
            and items[i].no == items[i - 1].no + 1
            and items[j + 1].no == items[j].no + 1
            and ends_sentence(block[-1])
            and not standalone_credit(items[j + 1].text)
            and not opens_with_dateline(block[0])  # "LONDON. FRIDAY." opens the text
            # set as the text is, across the column
            and _set_as_text(items, range(i, j + 1), width := width or column_width(items))
        ):
            read = ["pstart"] + ["pcont"] * (len(block) - 1)
            if labels[j + 1] == "pcont":
                labels[j + 1] = "pstart"
        else:
            continue
        for k in range(i, j + 1):
            labels[k] = read[k - i]
            found.append(k)
    return found


def captions_begun_in_the_headline(items: list[Line], labels: list[str]) -> list[int]:
    """A caption's first line read as the headline's last ("Coalition of Willing Commits
    to Ukraine" / "Force if Peace Agreed" / "European leaders … in Paris of the so-called"
    / "\"coalition of the willing.\" president.gov.ua"): where the headline's last line
    runs on into a caption line under it that ends on a credit, or over its credit's line,
    it is the caption's. So is a headline of that one line where the headline follows the
    caption ('" Dans le domaine scientifique,' / "rien ne peut être sûr à 100 %." /
    "(Reuters Photo/Léa Mercier)" / "Des scientifiques russes affirment"). Returns the
    indexes relabelled."""
    found = []
    for i, j in _label_runs(labels, "head"):
        k = j + 1
        if not (
            k < len(items)
            and labels[k] == "caption"
            and items[k].no == items[j].no + 1
            and _runs_on(items[j].text, items[k].text.lstrip(_QUOTE_OPENERS + " "))
        ):
            continue
        credited = (
            k + 1 < len(items)
            and labels[k + 1] in ("caption", "credit")
            and items[k + 1].no == items[k].no + 1
            and standalone_credit(items[k + 1].text) is not None
        )
        if split_credit(items[k].text)[1] is None and not credited:
            continue
        if j > i or (credited and k + 2 < len(items) and labels[k + 2] == "head"):
            labels[j] = "caption"
            found.append(j)
    return found


def headlines_run_into_their_caption(items: list[Line], labels: list[str]) -> list[int]:
    """ "Myanmar: Bloggers" / "Mark a Year Since" / "the Cyclone" / " Survivors rebuild a
    house near Bogale. (Reuters/Aung Htet)": a headline set to a narrow measure runs on
    into the lines under it, and where a photo's caption follows with no blank line, the
    model may read the headline's last lines as the caption's first. The caption begins
    where its lines are indented as they are not: the lines above that, right under the
    headline, flush, closing on no stop and going on with its Title Case phrase, are the
    headline's. Returns the indexes relabelled."""
    found = []
    for _first, j in _label_runs(labels, "head"):
        k = j + 1
        if k >= len(items) or labels[k] != "caption" or items[k].no != items[j].no + 1:
            continue
        start = k
        while (
            start < len(items)
            and labels[start] == "caption"
            and items[start].no == items[k].no + start - k
            and items[start].indent <= items[j].indent
        ):
            start += 1
        if (
            start == k
            or start >= len(items)
            or labels[start] != "caption"
            or items[start].no != items[start - 1].no + 1
            or any(ends_sentence(items[m].text) for m in range(k, start))
            or not _title_case_goes_on(items[j], items[k])
        ):
            continue
        for m in range(k, start):
            labels[m] = "head"
            found.append(m)
    return found


def credited_blocks_under_the_header(items: list[Line], labels: list[str]) -> list[int]:
    """ "Coalition of Willing Commits to Ukraine" / "Force if Peace Agreed" / "European
    leaders … holding a" / "\"coalition of the willing.\" president.gov.ua" / "" / "More
    than two dozen countries …": right under the headline or the byline, a block of up to
    ``_CAPTION_LINES`` lines read as the text that ends a sentence and then its photo's
    credit, in a form prose never ends on (a label, a web domain, "Name/Agency"), set
    apart from the text under it by a blank line, is the photo's caption. Returns the
    indexes relabelled."""
    found = []
    for i in range(1, len(items) - 1):
        if labels[i] not in _TEXT or labels[i - 1] not in ("head", "byline", "deck"):
            continue
        end = i
        while (
            end + 1 < len(items)
            and labels[end + 1] in _TEXT
            and items[end + 1].no == items[end].no + 1
            and end - i + 1 < _CAPTION_LINES
        ):
            end += 1
        if end + 1 >= len(items) or items[end + 1].no == items[end].no + 1:
            continue  # the block runs on as the text
        caption, credit = split_credit(
            " ".join(items[k].text for k in range(i, end + 1)), strong_only=True
        )
        if (
            credit is not None
            and split_credit(items[end].text, strong_only=True)[1] is not None
            and len(caption.split()) >= _CAPTION_WORDS
            and ends_sentence(caption)
        ):
            for k in range(i, end + 1):
                labels[k] = "caption"
                found.append(k)
            if labels[end + 1] == "pcont":
                labels[end + 1] = "pstart"
    return found


# A caption runs over this many lines at most.
_CAPTION_LINES = 3


def captions_wrapped_with_their_credit(items: list[Line], labels: list[str]) -> list[int]:
    """ "Vue du chantier à Genève. Photo:" / "Camille Girard": two lines read as a headline
    that make a sentence and its photo's credit in a form prose never ends on (a label,
    "Photo:", a web domain, "Name/Agency") are a caption wrapped over them. Returns the
    indexes relabelled."""
    found = []
    for i, j in _label_runs(labels, "head"):
        if j != i + 1 or items[j].no != items[i].no + 1:
            continue
        caption, credit = split_credit(f"{items[i].text} {items[j].text}", strong_only=True)
        if (
            credit is not None
            # the credit wraps over the two lines: neither line carries it whole
            and split_credit(items[i].text)[1] is None
            and split_credit(items[j].text)[1] is None
            and len(caption.split()) >= _CAPTION_WORDS
            and ends_sentence(caption)
        ):
            labels[i] = labels[j] = "caption"
            found.extend((i, j))
    return found


def portraits_over_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "FRIEDRICH SCHRÖDER," / "bei der Eröffnung" / "der Ausstellung." over "E.
    Packetsendungen.", "THE REV. MARGARET" / "FRASER, to Australia" / … over "DRAFTING" /
    "WOOL PLANS": a portrait's caption, a name in capitals, a comma and words in small
    letters closed by a stop, read as a headline's first lines (or a caption's and a
    headline's), over more heading, is the caption. Returns the indexes relabelled."""
    found = []
    i = 0
    while i < len(items):
        if labels[i] != "head" or (i and labels[i - 1] in _STARTS):
            i += 1
            continue
        k = i
        while k + 1 < len(items) and labels[k + 1] in ("head", "caption"):
            k += 1
            text = " ".join(items[m].text for m in range(i, k + 1))
            if ends_sentence(text) and _PORTRAIT.match(text):
                if k + 1 < len(items) and labels[k + 1] in ("head", "deck"):
                    for m in range(i, k + 1):
                        labels[m] = "caption"
                        found.append(m)
                    _relabel_block(items, labels, k + 1, "deck", "head")
                break
        i = k + 1
    return found


# A portrait's caption printed over the page's first headline runs to this many lines.
_PORTRAIT_LINES = 5


def portraits_read_as_text_on_top(items: list[Line], labels: list[str]) -> list[int]:
    """ "J. D. ANDERSON, who will" / "leave for England by the" / "mail steamer to-morrow."
    over "COMNENCEMENT": the page's first printed lines, read as the text, a portrait's
    caption in form (a name in capitals, a comma, words in small letters, closed by a
    stop, a few lines long) right over the page's first headline, are the caption. A
    story's text comes under its headline; taken for text, the caption had made a story
    of its own and cut the page's story off its headline. Returns the indexes relabelled."""
    first = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if first is None or labels[first] not in _TEXT:
        return []
    end = first
    while end + 1 < len(items) and labels[end + 1] == "pcont" and end - first + 1 < _PORTRAIT_LINES:
        end += 1
    below = next((k for k in range(end + 1, len(items)) if labels[k] not in _REMOVED), None)
    text = " ".join(items[k].text for k in range(first, end + 1))
    if (
        below is None
        # (the headline's first line may have been read as a signature)
        or not (
            labels[below] in _STARTS
            or (labels[below] == "sig" and labels[below + 1 : below + 2] == ["head"])
        )
        or not ends_sentence(text)
        or _PORTRAIT.match(text) is None
    ):
        return []
    found = list(range(first, end + 1))
    for k in found:
        labels[k] = "caption"
    if labels[below] == "sig":
        labels[below] = "head"
    return found


def portraits_inside_the_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "… Charles lightship." / "MISS FRANK ROBINSON." / "The fourth division was ordered
    …": a title and a name in capitals alone, closed by its stop or by nothing, set
    between the text's closed sentence and more text, read as a headline, is a portrait's
    caption. An item about that person names them again as its text opens ("MRS. JAMES
    GARTRELL." / "Mrs. James Gartrell died on Tuesday …"): that one is a headline. None
    of the name's words may be one the page's text writes small. Returns the indexes
    relabelled."""
    found = []
    small = cache(lambda: _small_words(items, labels))  # read when first needed
    for i in range(1, len(items) - 1):
        text = items[i].text
        if (
            labels[i] != "head"
            or labels[i - 1] not in _TEXT
            or labels[i + 1] not in _TEXT
            or not ends_sentence(items[i - 1].text)
            # (closed by its stop, or by nothing: "MLLE CHARLES BERTRAND")
            or not (text.endswith(".") or text[-1:].isalpha())
            or not is_caps(text)
        ):
            continue
        # (the title says a person is named: an English name need not be unlike a word)
        title, *words = text.rstrip(".").split()
        if (
            title.strip(".,").lower() not in _PORTRAIT_TITLES
            or not 1 <= len(words) <= _BYLINE_NAME_WORDS
            or not looks_like_name(words)
            or not _unwritten([w.strip(".,") for w in words], small())
        ):
            continue
        surname = words[-1].strip(".,").lower()
        below = " ".join(items[k].text for k in range(i + 1, min(len(items), i + 3))).lower()
        if surname in below:
            continue
        labels[i] = "caption"
        found.append(i)
    return found


# The titles a portrait's caption names its sitter by: "MISS FRANK ROBINSON.", "L'ABBÉ
# MARIE FOURNIER."
_PORTRAIT_TITLES = _NAME_TITLES | wordset("miss madame mademoiselle l'abbé l’abbé herr frau")


# A portrait's caption: a name in capitals, a comma, then words in small letters.
_PORTRAIT = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{4,40}, [a-zà-ÿß]+ ")


def credited_captions_over_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "The damaged building seen" / "from the street. Getty" / "Images" / "" / "THE" /
    "CHURCHES.": a block read as a headline's first lines that is a sentence in small
    letters closed by its stop and then a credit, over more of the headline after a blank
    line, is the photo's caption printed above it; so is a block read as the whole
    headline over a block read as decks, which is then the headline. Returns the indexes
    relabelled."""
    found = []
    for i, j in _label_runs(labels, "head"):
        k = i
        while k < j and items[k + 1].no == items[k].no + 1:
            k += 1
        below = None
        if k == j:
            # No blank line inside: the headline may be the block read as decks under it
            # ("Crowds gather outside the courthouse. Staff Photo" / "" / "JURY CLEARS" /
            # "MAYOR IN" / "BRIBERY CASE").
            if j + 1 >= len(items) or labels[j + 1] != "deck" or items[j + 1].no == items[j].no + 1:
                continue
            below = j + 1
        caption, credit = split_credit(" ".join(items[m].text for m in range(i, k + 1)))
        if credit is None or not ends_sentence(caption) or is_caps(caption):
            continue
        for m in range(i, k + 1):
            labels[m] = "caption"
            found.append(m)
        if below is not None:
            _relabel_block(items, labels, below, "deck", "head")
    return found


def credited_text_over_the_headline(items: list[Line], labels: list[str]) -> list[int]:
    """ "Amélie Moreau (à gauche) et Pierre Mercier lors de l'inauguration. AP Photo/Léa
    Fonta-" / "ine" / "BOURSE : L'ACTION DE" / …: the page's first block, read as text
    before any headline, that closes on a photo's credit in a form prose never ends on
    (``split_credit``'s strong forms) right over the headline, is the photo's caption
    printed above it, not a story of its own. Returns the indexes relabelled."""
    first = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if first is None or labels[first] != "pstart":
        return []
    end = first
    while (
        end + 1 < len(items)
        and labels[end + 1] == "pcont"
        and items[end + 1].no == items[end].no + 1
    ):
        end += 1
    if end + 1 >= len(items) or labels[end + 1] not in _STARTS:
        return []
    text, _ = join_lines(items[first : end + 1], None, None)
    caption, credit = split_credit(text, strong_only=True)
    if credit is None or not ends_sentence(caption):
        return []
    for k in range(first, end + 1):
        labels[k] = "caption"
    return list(range(first, end + 1))


def captions_over_their_credit(items: list[Line], labels: list[str]) -> list[int]:
    """ "Élodie Fournier devant" / "la mairie, mardi. Léa" / "Fontaine/EPA" / "" /
    "Guyane : deux militaires tués …": lines read as a headline, right over a line read as
    a caption or a credit, that make with it a sentence closed by its stop and then a
    credit, are the photo's caption, where another heading is set apart under it, which is
    then the headline ("… lundi" / "matin. Photo: Sophie" / "Roux" / "" / "Science : fin
    de la traque …", read as a subhead), or comes right under a line read as the credit
    ("… devant la" / "mairie, samedi." / "AP" / "Discours de politique"). Returns the
    indexes relabelled."""
    found: list[int] = []
    for i, j in _label_runs(labels, "head"):
        k = j + 1
        if (
            k + 1 >= len(items)
            or labels[k] not in ("caption", "credit")
            or items[k].no != items[j].no + 1
            or labels[k + 1] not in ("head", "deck", "sub")
            or (items[k + 1].no == items[k].no + 1 and labels[k] != "credit")
        ):
            continue
        caption, credit = split_credit(" ".join(items[m].text for m in range(i, k + 1)))
        if credit is None or not ends_sentence(caption) or is_caps(caption):
            continue
        labels[i : j + 1] = ["caption"] * (j + 1 - i)
        found += range(i, j + 1)
        if labels[k + 1] != "head":
            _relabel_block(items, labels, k + 1, labels[k + 1], "head")
    return found


_INTRODUCTION_WORDS = 8


def inset_labels_read_as_text(items: list[Line], labels: list[str]) -> list[int]:
    """A line that opens on an inset's label and its mark ("Related article: Brazil: …",
    "Lesen Sie auch: …") is the inset's, though a narrow column set it longer than the
    text and the model read a subhead or a paragraph, or a caption credited after a bar
    ("Lire aussi | Les urgences …"); the block under it goes with it where it is the teaser
    (`_teaser_under_title`), and so does a line right under it set unwrapped, closing its
    sentence, over the text's lines (``_set_unwrapped``). One read as a photo's credit or
    as no story's line is the inset's too, with the lines right under it read so (the
    title wrapping on, the teaser), as are such lines right under a label read as the
    inset's. Returns the indexes relabelled."""
    found = []
    for i, label in enumerate(labels):
        if label not in (
            "sub",
            "head",
            "pstart",
            "pcont",
            "deck",
            "caption",
            "credit",
            "outside",
            "inset",
        ):
            continue
        m = inset_label(items[i].text)
        if m is None or items[i].text[m.end("label") :].lstrip()[:1] not in tuple(":|—–-"):
            continue
        # (read as a paragraph's line, only opening on its capital under a closed sentence)
        if label == "pcont" and not (
            items[i].text[:1].isupper() and i and ends_sentence(items[i - 1].text)
        ):
            continue
        if label != "inset":
            labels[i] = "inset"
            found.append(i)
        j = i + 1
        if label in ("credit", "outside", "inset"):
            while (
                j < len(items)
                and labels[j] in ("credit", "outside")
                and items[j].no == items[j - 1].no + 1
            ):
                labels[j] = "inset"
                found.append(j)
                j += 1
            continue
        block = []
        while (
            j < len(items)
            and labels[j] in ("pstart", "pcont")
            and (j == i + 1 or items[j].no == items[j - 1].no + 1)
        ):
            block.append(j)
            j += 1
        if (
            block
            and items[block[0]].no > items[i].no + 1
            and _teaser_under_title(items, range(i, block[-1] + 1), [1, *[2] * len(block)])
        ):
            for k in block:
                labels[k] = "inset"
                found.append(k)
        elif (
            block
            and items[block[0]].no == items[i].no + 1
            and (_set_unwrapped(items, labels, block[0]) or _one_whole_sentence(items, block[0]))
        ):
            # right under it, no blank line between, a teaser set unwrapped and closing its
            # sentence: "RELATED ARTICLE: Rice Harvest …" / "Farmers fear losing a third of
            # the season's crop." / "The government has released" (the text's measure)
            labels[block[0]] = "inset"
            found.append(block[0])
            if len(block) > 1:
                labels[block[1]] = "pstart"
    return found


def _one_whole_sentence(items: list[Line], k: int) -> bool:
    """Whether line ``k`` holds one whole sentence, opening and closing on it, over a line
    opening another: the text's lines break inside sentences, a teaser's is its own."""
    text = items[k].text
    return (
        text[:1].isupper()
        and ends_sentence(text)
        and _SENTENCE_BREAK.search(text) is None
        and k + 1 < len(items)
        and items[k + 1].no == items[k].no + 1
        and items[k + 1].text[:1].isupper()
    )


def _set_unwrapped(items: list[Line], labels: list[str], k: int) -> bool:
    """Whether line ``k`` closes its sentence and runs a fifth or more wider than the lines
    read as the text are set (a teaser or a caption set on one line)."""
    return ends_sentence(items[k].text) and len(items[k].text) * 5 > _text_width(items, labels) * 6


def text_read_as_teasers(items: list[Line], labels: list[str]) -> list[int]:
    """ "Lesen Sie auch: Wie andere Städte den Radverkehr fördern" / "Oberbürgermeisterin
    Anna Schmidt verteidigte die Pläne. Man werde" / "Ersatz in den Parkhäusern …": under
    an inset's label that holds its title, the lines the model read as more of the inset
    are the text going on unless they are its teaser (``_teaser_under_title``: one whole
    sentence, or words of the title) or the title wraps on into them (its phrase open, or
    the line below opening in small letters). Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        label = inset_label(items[i].text) if labels[i] == "inset" else None
        text = items[i].text
        if (
            label is None
            or len(_TITLE_WORD.findall(label.group("rest"))) < _SHORT_TITLE_WORDS
            # the title wraps on: "… sur le Titanic et" / "l'Empress of Ireland …"
            or _phrase_open(text)
            or text[-1:] in ",;:-"
            or not items[i + 1].text[:1].isupper()
        ):
            continue
        block = []
        j = i + 1
        while j < len(items) and labels[j] == "inset" and items[j].no == items[j - 1].no + 1:
            if inset_label(items[j].text):
                break
            block.append(j)
            j += 1
        # "The union wants employers to pay for retraining workers whose jobs are" /
        # "automated." / "Economists say …": the teaser is the block's first sentence,
        # ended at a line's end; the text may go on right under it.
        teaser = next((k for k in block if ends_sentence(items[k].text)), None)
        if (
            teaser is not None
            and teaser < block[-1]
            and items[teaser + 1].text[:1].isupper()
            and _teaser_under_title(items, range(i, teaser + 1), [1, *[2] * (teaser - i)])
        ):
            block = block[block.index(teaser) + 1 :]
        elif len(_TITLE_WORD.findall(label.group("rest"))) < _TITLE_WORDS or (
            block and _teaser_under_title(items, range(i, block[-1] + 1), [1, *[2] * len(block)])
        ):
            # (under a title of two words, only the lines past a whole teaser are known to
            # be the text: "Related article: THE RAILWAY BUDGET." / "MELBOURNE, Wednesday."
            # / "The work is expected …")
            continue
        for k in block:
            labels[k] = "pcont" if k > block[0] else "pstart"
            found.append(k)
    return found


def teasers_read_as_paragraphs(items: list[Line], labels: list[str]) -> list[int]:
    """ "MORE: Council Backs Late-Night Buses" / "Extra buses will run until 1 a.m. on market
    nights." / "": the mirror of ``text_read_as_teasers``. Right under an inset's label that
    holds its title, between two paragraphs (the sentence above it closed), a block of up to
    ``_INSET_BLOCK_LINES`` lines read as the text, that a blank line or the next
    paragraph's indented opening ends and that passes for its teaser
    (``_teaser_under_title``), is the box's. On a page that marks its paragraphs by
    nothing, the teaser is the sentence right under the label set wider than the text's
    column, as a box is set ("Farmers fear losing a third of the season's crop." over a
    column 37 wide). Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items) - 1):
        label = inset_label(items[i].text) if labels[i] == "inset" else None
        if (
            label is None
            or not label.group("rest").strip()
            or labels[i + 1] not in _TEXT
            or items[i + 1].no != items[i].no + 1
            or (labels[i - 1] in _TEXT and not ends_sentence(items[i - 1].text))
        ):
            continue
        end = _run_end(items, labels, i + 1, _TEXT)
        # (indented, the next paragraph opens under the teaser)
        end = next((k - 1 for k in range(i + 2, end + 1) if labels[k] == "pstart"), end)
        if not (
            # a blank line, or the next paragraph's opening, and more of the page under it
            end + 1 < len(items)
            and (items[end + 1].no > items[end].no + 1 or labels[end + 1] == "pstart")
        ):
            end = i + 1
            above = [len(items[k].text) for k in range(max(0, i - 8), i) if labels[k] in _TEXT]
            if len(above) < _MEASURED or len(items[end].text) * 10 <= max(above) * _SET_WIDER:
                continue
        block = range(i + 1, end + 1)
        teaser = " ".join(items[k].text for k in block)
        if (
            len(block) <= _INSET_BLOCK_LINES
            and ends_sentence(teaser)
            and not is_caps(teaser)
            and _teaser_under_title(items, range(i, end + 1), [1, *[2] * len(block)])
        ):
            for k in block:
                labels[k] = "inset"
                found.append(k)
    return found


# A line set wider than the text's column: this many tenths of its widest line of the
# eight above, where at least _MEASURED of them are the text's.
_SET_WIDER, _MEASURED = 11, 3


def text_under_a_closed_box(items: list[Line], labels: list[str]) -> list[int]:
    """ "Related article: THE WOOL SALES." / "MELBOURNE, Monday." / "" / "The estimated cost
    of the wharves is £84,000. It was" / "stated that the work would give …": a box holds
    its label, its title and one teaser, set as one block. Where the label's block holds
    more than its line, the next block read as more of the box, a blank line under it,
    of two lines or more set to the text's measure and closing its sentences, with no
    label of its own, is the text going on. Returns the indexes relabelled."""
    found: list[int] = []
    body = cache(lambda: _text_width(items, labels))  # read when first needed
    for i, j in list(_label_runs(labels, "inset")):
        label = next((k for k in range(i, j + 1) if inset_label(items[k].text)), None)
        if label is None:
            continue
        closed = _run_end(items, labels, label, ("inset",))
        start = closed + 1
        if closed == label or start > j or items[start].no == items[closed].no + 1:
            continue
        end = _run_end(items, labels, start, ("inset",))
        block = range(start, end + 1)
        if (
            len(block) < 2
            or end != j
            or any(inset_label(items[k].text) for k in block)
            or not ends_sentence(items[end].text)
            or not all(_full_line(items[k].text, items[k + 1].text, body()) for k in block[:-1])
        ):
            continue
        for k in block:
            labels[k] = "pstart" if k == start else "pcont"
            found.append(k)
    return found


def insets_begun_inside_a_sentence(items: list[Line], labels: list[str]) -> list[int]:
    """ "“We are not criminals. We just" / "want to be able to drive to" / "work,” said one
    protester, …": no box begins inside a sentence. Lines read as an inset right under a
    line of the text (no blank line between) that leaves its sentence open, the first
    opening in small letters, go on with the text up to the next blank line or a box's
    label. So do those under a line read as a subhead whose phrase runs on into them,
    which is the paragraph's first ("The market closed in" / "2020 and its return was",
    "Muller was the town's" / "schoolteacher for forty"): no heading ends on "in" or goes
    on in small letters. And a box set right under the text, with no blank line between,
    is set apart by its label, its title or its quotation mark: lines with none of them
    that run on as prose (``_runs_as_prose``) are the text's next paragraph ("… crafts and
    second-hand" / "books." / "The market closed in" / "2020 and its return was" / …).
    Returns the indexes relabelled."""
    found = []
    for i, j in list(_label_runs(labels, "inset")):
        if not (i > 0 and items[i - 1].no + 1 == items[i].no):
            continue
        if (
            labels[i - 1] == "sub"
            and _runs_on(items[i - 1].text, items[i].text)
            # (a photo's caption read as a heading and a box ends on its credit)
            and not _marks_a_photo(items[_block_end(items, i, j)].text)
        ):
            labels[i - 1] = "pstart"
            found.append(i - 1)
        elif labels[i - 1] in _TEXT and (
            (closed := ends_sentence(items[i - 1].text)) or not items[i].text[:1].islower()
        ):
            # (under a sentence left open, its last words may open the block: "… said
            # forecaster Ben" / "Cole." / "Power companies said …")
            if not _runs_as_prose(items, i, j, first_runs_on=closed):
                continue
            labels[i] = "pstart" if closed else "pcont"
            found.append(i)
            i += 1
        elif not (
            labels[i - 1] in _TEXT
            and not ends_sentence(items[i - 1].text)
            and items[i].text[:1].islower()
        ):
            continue
        k = i
        while (
            k <= j
            and inset_label(items[k].text) is None
            and (k == i or items[k - 1].no + 1 == items[k].no)
        ):
            labels[k] = "pcont"
            found.append(k)
            k += 1
    return found


def _block_end(items: list[Line], i: int, j: int) -> int:
    """The last of lines ``i`` to ``j`` one under the other from ``i``."""
    k = i
    while k < j and items[k + 1].no == items[k].no + 1:
        k += 1
    return k


_OPENING_QUOTES = frozenset("\"'“„«»‚‘‹›`")


def _runs_as_prose(items: list[Line], i: int, j: int, first_runs_on: bool = True) -> bool:
    """Whether lines ``i`` to ``j`` read as a box, one under the other, are a paragraph of
    running prose with nothing that marks a box: ``_PROSE_LINES`` or more, most of them
    running on into the next (the first too, unless ``first_runs_on`` is false), no label,
    title or opening quotation mark at the top."""
    k = _block_end(items, i, j)
    top = items[i].text
    return (
        k - i + 1 >= _PROSE_LINES
        and (not first_runs_on or _runs_on(top, items[i + 1].text))
        and 2 * sum(_runs_on(items[m].text, items[m + 1].text) for m in range(i, k)) > k - i
        and not any(inset_label(items[m].text) or box_title(items[m].text) for m in (i - 1, i))
        and not _marks_a_photo(items[k].text)
        and top[:1] not in _OPENING_QUOTES
    )


def quotations_read_as_pull_quotes(items: list[Line], labels: list[str]) -> list[int]:
    """ "“We saw it coming on Thursday morning, not before,” said" / "forecaster Ben Cole.":
    a pull quote is the quotation alone, closing on its mark (or over its speaker's name
    on a line of its own); a quotation its sentence goes on past, to say who spoke it, is
    a paragraph of the text. Lines read as a box with no label, opening on a quotation
    mark and ending a sentence past its closing mark (or running on into the text's lines
    right under them), are one. Returns the indexes relabelled."""
    found = []
    for i, j in list(_label_runs(labels, "inset")):
        run = range(i, j + 1)
        text = " ".join(items[k].text for k in run)
        # (or runs on into the text's lines right under it: "… in this hall. So" / "did
        # half the people")
        runs_on = (
            j + 1 < len(items) and labels[j + 1] in _TEXT and items[j + 1].no == items[j].no + 1
        )
        if (
            _SAID_PAST_THE_QUOTE.search(text) is None
            or not (ends_sentence(text) or runs_on)
            or any(inset_label(items[k].text) is not None for k in run)
            or (i > 0 and labels[i - 1] == "inset")
        ):
            continue
        # (right under the text, no blank line between, it goes on with its paragraph)
        goes_on = i > 0 and labels[i - 1] in _TEXT and items[i - 1].no + 1 == items[i].no
        for k in run:
            labels[k] = "pstart" if k == i and not goes_on else "pcont"
            found.append(k)
    return found


# A quotation opening the text, closed inside it, and two words or more after its mark (a
# single quotation mark closes one only after its sentence's mark: "l’Est" is no end; OCR
# reads an opening mark as "``" too).
_SAID_PAST_THE_QUOTE = re.compile(
    r"^\W{0,3}[\"'“„«‚‘`][^\"”“»]{8,}"
    r"(?:[,!?.]?\s*[\"”“»][’']?|[,!?.][’'])(?:,|\s)\s*[^\W\d_][\w’'.-]*\s+\S"
)


def boxes_running_into_the_text(items: list[Line], labels: list[str]) -> list[int]:
    """An inset whose last line leaves a sentence open, over a line read as the text that
    goes on in small letters, is one of two things. Where the box's teaser closed its
    sentence before that one ("Related article: THE RAILWAY BUDGET." / "MELBOURNE,
    Wednesday." / "The work is expected to occupy about" / "nine months, …"), the open
    sentence is the text's, begun in the box: a box holds its label, its title and one
    teaser. Otherwise it is the teaser's ("Related article: Brazil: …" / "" / "On May 14th
    a protest … proposed by Senator Azeredo to" / "typify crimes on the Internet took place
    in São Paulo to promote debate." / ""), and goes on into the lines under it up to the
    sentence's end, where a blank line or a paragraph's opening follows. Returns the
    indexes relabelled."""
    found = []
    for i, j in _label_runs(labels, "inset"):
        if (
            inset_label(items[i].text) is None
            or j + 1 >= len(items)
            or labels[j + 1] not in _TEXT
            or items[j + 1].no != items[j].no + 1
            or ends_sentence(items[j].text)
            or not items[j + 1].text[:1].islower()
        ):
            continue
        closed = next((k for k in range(j - 1, i, -1) if ends_sentence(items[k].text)), None)
        if closed is not None:
            if items[closed + 1].text[:1].isupper():
                for k in range(closed + 1, j + 1):
                    labels[k] = "pstart" if k == closed + 1 else "pcont"
                    found.append(k)
            continue
        end = j + 1
        while not ends_sentence(items[end].text) and end - j < _INSET_BLOCK_LINES:
            if end + 1 >= len(items) or items[end + 1].no != items[end].no + 1:
                break
            end += 1
        if (
            ends_sentence(items[end].text)
            and all(labels[k] == "pcont" for k in range(j + 1, end + 1))
            and end + 1 < len(items)
            and (items[end + 1].no > items[end].no + 1 or labels[end + 1] == "pstart")
        ):
            for k in range(j + 1, end + 1):
                labels[k] = "inset"
                found.append(k)
    return found


def datelines_of_teasers(items: list[Line], labels: list[str]) -> list[int]:
    """ "Related article: THE WOOL SALES." / "MELBOURNE, Monday.", set apart by a blank line
    after them, inside a story's text: the date line under an inset's label is the teased
    story's, and part of the box, not a dateline of the story it stands in. Returns the
    indexes relabelled."""
    found = []
    texts = False  # the story's text has begun above
    for i in range(len(items) - 1):
        below = i + 1
        if (
            texts
            and labels[i] == "inset"
            and labels[below] == "date"
            and items[below].no == items[i].no + 1
            and (below + 1 == len(items) or items[below + 1].no > items[below].no + 1)
            and inset_label(items[i].text) is not None
        ):
            labels[below] = "inset"
            found.append(below)
        texts = texts or labels[i] in _TEXT
    return found


# An inset's label holds its title where this many words of four letters or more follow it
# (two where a whole teaser and more lines are under it).
_TITLE_WORDS, _SHORT_TITLE_WORDS = 3, 2


def paragraphs_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """A headline's line holds a heading's few words: a line read as a headline, not in
    capitals, that holds more words than two lines of a heading and closes a sentence is a
    paragraph, as a page that sets each paragraph on a line of its own prints it ("If the
    program clashes with other programs and affects the computer's other function, …
    will the Ministry … be ready to pay for the loss?"). On a page that sets each paragraph
    on a line, a sentence of more than eight words after the text has begun is one too
    ("Le candidat des Frères Musulmans exigent la publication des résultats immédiate par
    la commission électorale.", "Der Deutsche Wetterdienst rechnet frühestens Mitte
    nächster Woche mit nennenswertem Regen."). Returns the indexes relabelled."""
    found = []
    most = 2 * _HEADING_WORDS
    begun = False
    unwrapped = None
    for i, label in enumerate(labels):
        text = items[i].text
        if label == "head" and _sentence_on_its_line(text):
            if unwrapped is None:
                unwrapped = _a_paragraph_to_a_line(items, labels)
            if len(text.split()) > most or (begun and unwrapped):
                labels[i] = "pstart"
                found.append(i)
        begun = begun or label in _TEXT
    return found


# A sentence of more words than this after the text has begun, on a page set a paragraph
# to a line, is a paragraph (elsewhere, one of more than two headline lines' words).
_UNWRAPPED_SENTENCE_WORDS = 8


def introductions_read_as_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """A headline introduces nothing: lines read as a headline (and a byline in its block)
    after the text has begun, eight words or more not in capitals, that end on a colon
    before the text goes on ("Here is as public service announcement from Pacific Rim" /
    "Video and Kelly Hu:") are a paragraph of the text, as a narrow column sets it.
    Returns the indexes relabelled."""
    found = []
    begun = False
    for i, j in _label_runs(labels, "head"):
        begun = begun or any(label in _TEXT for label in labels[:i])
        end = j + 1 if j + 1 < len(items) and labels[j + 1] == "byline" else j
        if not begun or items[end].no != items[i].no + (end - i):
            continue
        text = " ".join(items[k].text for k in range(i, end + 1))
        if (
            text.endswith(":")
            and len(text.split()) >= _INTRODUCTION_WORDS
            and not is_caps(text)
            and end + 1 < len(items)
            and labels[end + 1] in _TEXT
        ):
            for k in range(i, end + 1):
                labels[k] = "pstart" if k == i else "pcont"
                found.append(k)
    return found


def labelled_captions(items: list[Line], feats: list[list[str]], labels: list[str]) -> list[int]:
    """A headline carries no caption's label and no credit: a line read as more of the
    headline that opens on a caption's label and ends on a credit ("Art: Luciano Matsuzaki
    and Mariana Lettis globalvoicesonline.org", which a narrow column sets longer than
    its text's lines) is the photo's caption. Returns the indexes relabelled."""
    found = []
    for i, label in enumerate(labels):
        if (
            label in ("head", "deck")
            and "caption_label" in feats[i]
            and split_credit(items[i].text)[1] is not None
        ):
            labels[i] = "caption"
            found.append(i)
    return found


def correspondent_bylines(items: list[Line], labels: list[str]) -> None:
    """A line crediting the paper's correspondent or a news service ("Telegramm unseres
    Korrespondenten.", "(De notre correspondant particulier.)", "By Associated Press.") in a
    story's header, or opening the page, is the byline, whatever else its form suggested (a
    deck, a subhead, a first paragraph, the headline; in a header, a running head). Read as
    the headline, over a line read as a deck, the credit leaves that line the headline."""
    n = len(items)
    for i in range(n):
        if labels[i] in ("byline", "credit", "masthead"):
            continue
        if not correspondent_line(items[i].text):
            continue
        above = next((labels[k] for k in range(i - 1, -1, -1) if labels[k] not in _REMOVED), "")
        below = labels[i + 1] if i + 1 < n else ""
        if labels[i] in _REMOVED and above not in _HEADER:
            continue  # furniture at the page's top
        if above in _HEADER or not above:
            if labels[i] == "pstart" and below == "pcont":
                labels[i + 1] = "pstart"
            if labels[i] == "head" and above != "head" and below == "deck":
                # The credit was read as the headline and the headline under it as a deck
                # ("Press Association Telegrams." / "Imperial Parliament.").
                labels[i + 1] = "head"
            labels[i] = "byline"


def captions_inside_sentences(items: list[Line], labels: list[str]) -> None:
    """ "… au taux-plancher de 4,9740" / "pour un dollar. (Ap)": a line read as a caption
    or its credit that starts in small letters, set right under a line of a paragraph
    whose sentence is still open, goes on with that paragraph. A caption starts a
    sentence of its own; the sign that ends a story only looks like a credit."""
    for i in range(1, len(items)):
        if (
            labels[i] in ("caption", "credit")
            and labels[i - 1] in _TEXT
            and items[i].no == items[i - 1].no + 1
            and items[i].text[:1].islower()
            and not ends_sentence(items[i - 1].text)
        ):
            labels[i] = "pcont"


def names_read_as_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "… voting for Mr. Giltinan and Mr." / "" / "Laing. On the casting vote of the" /
    "chairman, Mr. C. F. W." / "" / "Lloyd, Mr. Giltinan was appointed.": a line of the
    text that ends on a title ("Mr.", "Dr.") leaves its sentence open for the name, though
    a blank line parts them. Lines read as a caption from there, with no credit and
    opening on the name, are the text, a paragraph after each blank line (as the text's
    own lines are: "… on the motion of Mr." / "" / "Davis, that …"), while each line
    above them is left open so. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if not (
            labels[i] == "caption"
            and labels[i - 1] in _TEXT
            and _name_open(items[i - 1].text)
            and items[i].text[:1].isupper()
        ):
            continue
        end = i
        while end + 1 < len(items) and labels[end + 1] == "caption":
            end += 1
        block = range(i, end + 1)
        if split_credit(" ".join(items[k].text for k in block))[1] is not None:
            continue
        for k in block:
            # a new block (after a blank line) goes on only from an open sentence
            if (
                k > i
                and items[k].no > items[k - 1].no + 1
                and ends_sentence(items[k - 1].text)
                and not _name_open(items[k - 1].text)
            ):
                break
            # (a blank line opens a paragraph, as it does after "… on the motion of Mr."
            # / "" / "Davis, that …")
            labels[k] = "pstart" if items[k].no > items[k - 1].no + 1 else "pcont"
            found.append(k)
    return found


def _name_open(text: str) -> bool:
    """Whether the line ends on a title or an initial that a name goes on from ("… and
    Mr.", "… Mr. C. F. W.")."""
    return _abbreviation_stop(text) or _INITIAL_END.search(text) is not None


_SIGNED_END = re.compile(r"[.!?…»”\"]\s+(?:/\s*)?\S+$")


def sentences_ended_in_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "Oberbürgermeisterin … Man werde" / "Ersatz in den Parkhäusern schaffen." / "dpa"
    at the story's end: a block read as a caption right under a line of the text whose
    sentence is open, that closes a sentence, with no text after it (or its credit) that
    could go on with the sentence, ends that sentence: a caption set into a paragraph
    leaves the paragraph to go on below it. The credit alone after it, last on the page,
    is the sign closing the story. Returns the indexes relabelled."""
    found = []
    n = len(items)
    for i, j in _label_runs(labels, "caption"):
        above = items[i - 1].text if i else ""
        if (
            not i
            or labels[i - 1] not in _TEXT
            or items[i].no != items[i - 1].no + 1
            or ends_sentence(above)
            or above[-1:] in "-¬"
            # a sign after the sentence's stop: "… chez les dames. / si"
            or _SIGNED_END.search(above) is not None
            or not ends_sentence(items[j].text)
            or any(items[k].no != items[k - 1].no + 1 for k in range(i + 1, j + 1))
        ):
            continue
        k = j + 1
        credit = k < n and labels[k] == "credit" and items[k].no == items[j].no + 1
        after = k + 1 if credit else k
        if after < n and labels[after] in _TEXT and items[after].text[:1].islower():
            continue  # the paragraph goes on below the caption
        for m in range(i, j + 1):
            labels[m] = "pcont"
            found.append(m)
        if credit and after == n:
            labels[k] = "sig"
            found.append(k)
    return found


# A caption's sentence before its credit has at least this many words.
_CAPTION_WORDS = 4


# A photo's credit in parentheses at the line's end: "(AP Photo/Mark Lennox)", "(Photo:
# Jane Doe)", "(Foto: dpa)", "(Reuters/Kim Hong-Ji)".
_PHOTO_CREDIT = re.compile(r"\((?:[^()]*\b(?i:photo|foto|bild|image)\b[^()]*|[^()/]+/[^()/]+)\)$")


def captions_with_their_credit(items: list[Line], labels: list[str]) -> list[int]:
    """A line that is a sentence and then its photo's credit is a caption, wherever it is
    set: "A man wades through a flooded street in the delta. EPA-EFE/Linh Pham" between
    two paragraphs, "… at the clinic in Harlan. Getty Images" under the byline, "… on
    Sunday. (AP Photo/Mark Lennox)" (in parentheses, only a photo's credit). The model
    reads such a line as the text (or as a headline) when nothing but its end tells. It
    must stand alone: the line above ends a sentence or is no text, and the line below
    starts a sentence of its own. An agency's sign in parentheses ("Neapel, 6. März.
    (A. Z.)") or after a bar ("Preisgebiet 5: | Pr. Reg.-Bez.") signs the text, and stays.
    Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        text = items[i].text
        # (A headline carries no credit after a bar; a paragraph may end on a sign so.)
        if labels[i] not in ("pstart", "pcont", "head", "sub") or (
            "|" in text and labels[i] != "head"
        ):
            continue
        caption, credit = split_credit(text)
        if (
            credit is None
            # (in parentheses only a photo's credit: "(AP Photo/Mark Lennox)", "(Foto: dpa)")
            or (text[len(caption) :].lstrip()[:1] == "(" and not _PHOTO_CREDIT.search(text))
            or len(caption.split()) < _CAPTION_WORDS
            or not ends_sentence(caption)
        ):
            continue
        above = items[i - 1].text
        if labels[i - 1] in _TEXT and not ends_sentence(above):
            continue
        if i + 1 < len(items) and items[i + 1].no == items[i].no + 1:
            following = items[i + 1].text[:1]
            if not (following.isupper() or following in "\"'“‘„«"):
                continue
        labels[i] = "caption"
        if i + 1 < len(items) and labels[i + 1] == "pcont":
            labels[i + 1] = "pstart"
        found.append(i)
    return found


def datelines_under_a_credit(items: list[Line], labels: list[str]) -> list[int]:
    """ "Le but de ce langage est qu'il doit être" / "compréhensible par tous. AFP" /
    "LILLE, 22 mai. – À Porto, dans le nord du Portugal, …": the photo's credit closes its
    caption, and a line under it that opens on a dateline, read as more of the caption, is
    the story's text: it opens a paragraph, and the caption's lines under it go on in it.
    Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if (
            labels[i] != "caption"
            or labels[i - 1] != "caption"
            or items[i].no != items[i - 1].no + 1
            or split_credit(items[i - 1].text)[1] is None
            or dateline_end(items[i].text) == 0
        ):
            continue
        end = _run_end(items, labels, i, ("caption",))
        labels[i : end + 1] = ["pstart"] + ["pcont"] * (end - i)
        found += range(i, end + 1)
    return found


def captions_under_their_credit(items: list[Line], labels: list[str]) -> list[int]:
    """A credit set on its own line over its caption, as copied web pages have it ("(Photo
    by Alex Wong/Getty Images)" / "The Federal Reserve building in Washington."): the
    sentence right under it (no blank line) is the photo's caption, not a headline or the
    text. Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        if (
            labels[i] == "caption"
            and labels[i + 1] in ("caption", "head", "sub", "deck", "pstart")
            and items[i + 1].no == items[i].no + 1
            and standalone_credit(items[i].text) is not None
        ):
            # "Image source, Getty Images" / "Image caption, Lava …", "Foto: dpa" / "Helfer
            # füllen Sandsäcke am Terrassenufer."
            labels[i] = "credit"
    for i in range(1, len(items)):
        if labels[i - 1] != "credit":
            continue
        text = items[i].text
        has_caption = i > 1 and labels[i - 2] == "caption" and items[i - 2].no == items[i].no - 2
        if (
            not has_caption  # the credit under its caption, as papers set it
            and labels[i] in ("head", "sub", "deck", "pstart")
            and items[i].no == items[i - 1].no + 1
            and (i + 1 == len(items) or labels[i + 1] not in ("pcont", "head"))
            and len(text.split()) >= _CAPTION_WORDS
            and ends_sentence(text)
            and not text.isupper()
        ):
            labels[i] = "caption"
            found.append(i)
    return found


# An item of a numbered list: "1. Polls open at 7 a.m.", "2) Bring a photo ID."
_NUMBERED = re.compile(r"(\d{1,2})[.)] +\S")
# What the model may take a list in the text for (a results list's "4. Keynsham 130 pts"
# looks like a date line, its rows like decks).
_LIST_READS = frozenset(("inset", "caption", "sub", "deck", "date", "byline"))


def numbered_lists(items: list[Line], labels: list[str]) -> list[int]:
    """A list the text numbers ("1. Polls open at 7 a.m." / "2. Bring a photo ID." …) or
    bullets ("• Rates unchanged" / "• Three cuts expected") is the text's, though the model
    took its items for an inset or captions: where two or more lines one under the other
    number their items in order, or each set a bullet, and the model read any of them as
    set apart from the text, each item opens a paragraph; so does each item behind a
    bullet that opens on a capital, however the model read it (a speck of the margin
    stands before a line going on in small letters). Returns the indexes relabelled."""
    found = []
    i = 0
    while i < len(items):
        j = _list_end(items, i)
        run = range(i, j + 1)
        if (
            j > i
            and (
                any(labels[k] in _LIST_READS for k in run)
                # bullets before capitals set items apart even read as running text
                or (
                    _NUMBERED.match(items[i].text) is None
                    and all(_BULLET.match(items[k].fixed).group(1).isupper() for k in run)
                )
            )
            and all(labels[k] in _LIST_READS or labels[k] in _TEXT for k in run)
        ):
            for k in run:
                labels[k] = "pstart"
                found.append(k)
            # The text after the list's last item opens a paragraph of its own.
            after = items[j + 1].text.lstrip(_QUOTE_OPENERS) if j + 1 < len(items) else ""
            if labels[j + 1 : j + 2] == ["pcont"] and after[:1].isupper():
                labels[j + 1] = "pstart"
        i = j + 1
    return found


# A turn of an interview printed as questions and answers: "Q: What is your first
# priority?" / "A: Supply.", the French "Q. —" / "R. —", the German "Frage:" / "Antwort:".
# (A stop after "A" or "F" is an initial's: "A. Smith said …".)
_TURN = re.compile(r"(?:(?P<who>Q|R)\s?[:.]|(?P<said>A|F|Frage|Antwort)\s?:)\s?[—–-]?\s*\S")
_ASKS = frozenset(("Q", "F", "Frage"))
# Each side speaks at least this many times on a page printed so.
_TURNS = 2


# The marks a column sets before each of its items: "* Berlin, 3. März. Ein …", "— Paris".
_ITEM_MARK = re.compile(r"[*•—–]\s*")


def dated_items(items: list[Line], labels: list[str]) -> list[int]:
    """ "… drei Personen wurden verletzt." / "* Hamburg, 2. März. Der Dampfer …": a line
    after a finished sentence that opens on a dateline behind the mark a column sets
    before its items opens a paragraph: the place and day a report was filed from begin
    it. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "pcont" or labels[i - 1] not in _TEXT:
            continue
        text = items[i].text
        mark = _ITEM_MARK.match(text)
        if mark is None:
            continue  # (without the mark, a list or a shipping column goes on so)
        if ends_sentence(items[i - 1].text) and dateline_end(text[mark.end() :]) > 0:
            labels[i] = "pstart"
            found.append(i)
    return found


def interview_turns(items: list[Line], labels: list[str]) -> list[int]:
    """An interview printed as questions and answers gives each turn a paragraph: where
    two questions or more and two answers or more open lines of the page ("Q: Will you cap
    rents?" / "A: No. Caps have been tried …"), a turn the model read as a subhead, an
    inset, a caption or a deck opens a paragraph of the text. Returns the indexes
    relabelled."""
    turns = []
    for i, line in enumerate(items):
        m = _TURN.match(line.text)
        if m is not None:
            turns.append((i, m.group("who") or m.group("said")))
    asks = sum(who in _ASKS for _, who in turns)
    if asks < _TURNS or len(turns) - asks < _TURNS:
        return []
    found = []
    for i, _who in turns:
        if labels[i] in _LIST_READS or (
            labels[i] == "pcont" and i and ends_sentence(items[i - 1].text)
        ):
            labels[i] = "pstart"
            found.append(i)
    return found


# A list's bullet as printed, before the glyph was dropped as a speck: "• Rates unchanged".
_BULLET = re.compile(r"\s*[•●▪◦*] +([^\W\d_])")


def _list_end(items: list[Line], i: int) -> int:
    """The last line of the list whose item line ``i`` is, one under the other: numbered
    in order, or each behind a bullet. ``i`` itself where it opens none."""
    m = _NUMBERED.match(items[i].text)
    bullet = (
        m is None
        # a bullet the glyph repair dropped, or one it keeps (every line comes here)
        and (items[i].logo or items[i].text[:1] in "*◦")
        and _BULLET.match(items[i].fixed) is not None
    )
    j = i
    while (m or bullet) and j + 1 < len(items) and items[j + 1].no == items[j].no + 1:
        if bullet:
            if not _BULLET.match(items[j + 1].fixed):
                break
        else:
            following = _NUMBERED.match(items[j + 1].text)
            if not following or int(following.group(1)) != int(m.group(1)) + (j + 1 - i):
                break
        j += 1
    return j


_TEXT_UNDER_HEADER = 3
# What the text may follow: its own lines, a subhead, the story's header.
_BEFORE_TEXT = frozenset((*_TEXT, "sub", *_HEADER))


def text_run_into_captions(items: list[Line], labels: list[str]) -> list[int]:
    """Lines read as a caption right under the text, with no blank line between, that are
    the text going on: those before a line that opens on a caption's label ("… said the
    council leader, Tom Reid." / "Photo: The north quay at dusk. (Gazette/J. Hall)"), or a
    block of two lines or more set as wide as the text's over a credit alone ("Die
    Baukosten lagen …" / "… sagte ein Sprecher der Stadt." / "Foto: Stadt Weimar"), the
    credit then standing alone: a caption is set apart from the text, and the text's
    paragraph does not turn into one because a credit follows it. Returns the indexes
    relabelled."""
    found: list[int] = []
    width = None
    for i, j in _label_runs(labels, "caption"):
        if not (i and labels[i - 1] in _BEFORE_TEXT and items[i].no == items[i - 1].no + 1):
            continue
        # Under the header, only a block of the text's length: a caption there is a line or two.
        least = 2 if labels[i - 1] in (*_TEXT, "sub") else _TEXT_UNDER_HEADER
        # Only the block right under the text: a blank line sets what follows apart.
        j = next((k for k in range(i, j) if items[k + 1].no != items[k].no + 1), j)
        end = next((m for m in range(i + 1, j + 1) if has_caption_label(items[m].text)), None)
        if end is not None and labels[i - 1] not in _TEXT:
            continue
        credit = None
        if end is None:
            whole = None  # the block's last line a caption whole with its credit
            if standalone_credit(items[j].text):
                credit = j  # the credit read as the caption's last line
            elif labels[j + 1 : j + 2] == ["credit"]:
                credit = j + 1
            elif j > i and _caption_of_its_own(items[j].text) and ends_sentence(items[j - 1].text):
                credit = whole = j  # "… said the mayor." / "Agnes Muller … 1941. Courtesy …"
            width = width or column_width(items)
            if credit is None or credit - i < least:
                continue
            read = _set_as_text(items, range(i, credit), width)
            full = sum(_fills_column(items[m].text, width) for m in range(i, credit))
            if read is None or full < least - 1:
                continue
            end = credit
            if whole is None:
                labels[credit] = "credit"
        else:
            read = ["pcont"] * (end - i)
        for m in range(i, end):
            labels[m] = read[m - i]
            found.append(m)
        if ends_sentence(items[i - 1].text) and labels[i] == "pcont":
            labels[i] = "pstart"
    return found


def _caption_of_its_own(text: str) -> bool:
    """A sentence that opens on a capital and closes before its photo's credit."""
    caption, credit = split_credit(text)
    return (
        credit is not None
        and text[:1].isupper()
        and len(caption.split()) >= _CAPTION_WORDS
        and ends_sentence(caption)
    )


def _set_as_text(items: list[Line], block: range, width: int) -> list[str] | None:
    """How a block read as a caption reads as the text, or None where it is not set as the
    text is: each line across the column ("pcont"), or short where a paragraph ends, or a
    subhead's between two sentences ("Un succès immédiat": "sub")."""
    read = []
    for m in block:
        text = items[m].text
        if _fills_column(text, width) and not ends_sentence(text):
            read.append("pcont")
        elif ends_sentence(text):
            read.append("pend")
        elif (
            m > block.start
            and ends_sentence(items[m - 1].text)
            and text[:1].isupper()
            and len(text.split()) <= _SUBHEAD_WORDS
        ):
            read.append("sub")
        else:
            return None
    # A line that ends its paragraph is the text's, and the one after a subhead opens one.
    return [
        "pstart" if k and read[k - 1] == "sub" else "pcont" if r == "pend" else r
        for k, r in enumerate(read)
    ]


_SUBHEAD_WORDS = 8


def paragraphs_beside_captions(items: list[Line], labels: list[str]) -> list[int]:
    """A photo has one caption: "Utility crews worked through the night …, but officials
    warned …" over "Residents clear fallen branches on Elm Street. (Photo: Jane Smith/AP)",
    or "„Wir rechnen mit dem Höchststand“, sagte ein Sprecher." under "Helfer füllen
    Sandsäcke am Rheinufer. Foto: dpa", each apart from the other, is the text, though the
    model read it as a second caption. A line read as a caption goes back to the text where
    a caption with its credit stands across a blank line on one side of it, no caption on
    the other, and it has no credit of its own and is a whole sentence of the text's
    length, or of twelve words or more where the text sets a paragraph to a line. The
    credit may stand on its own line over its caption. Returns the indexes relabelled."""
    found = []
    width = text_width = 0
    n = len(items)
    for start, end in _label_runs(labels, "caption", items):
        block = range(start, end + 1)
        text = " ".join(items[k].text for k in block)
        if not ends_sentence(text) or split_credit(text)[1]:
            continue
        for j, k in ((block[0] - 1, end + 1), (end + 1, block[0] - 1)):
            near = block[0] if j < block[0] else end
            if not (
                0 <= j < n
                and abs(items[j].no - items[near].no) > 1
                and _credited(items, labels, j, j - (k - j) // 2)
                and not (0 <= k < n and labels[k] in ("caption", "credit"))
            ):
                continue
            width = width or column_width(items)
            # one line of the text's length, or a sentence too long for a caption; over
            # several lines, each but the last filling the column the text is set in
            if len(block) > 1:
                body = text_width or _text_width(items, labels)
                text_width = body
                fits = all(len(items[m].text) * 10 >= body * 8 for m in block[:-1])
            else:
                fits = len(text) * 10 >= width * 7 or len(text.split()) >= _PARAGRAPH_SENTENCE_WORDS
            if fits:
                for m in block:
                    labels[m] = "pcont" if m > block[0] else "pstart"
                    found.append(m)
            break
    return found


# A sentence this long is the text's, whatever its line's length (a paragraph to a line).
_PARAGRAPH_SENTENCE_WORDS = 12


def _text_width(items: list[Line], labels: list[str]) -> int:
    """The width the lines read as the text are set to (``column_width``)."""
    return column_width([m for m, lab in zip(items, labels, strict=True) if lab in _TEXT])


def _marks_a_photo(text: str) -> bool:
    """Whether a line carries a photo's credit or label: then it is a caption's."""
    return bool(split_credit(text)[1]) or has_caption_label(text)


def _header_done(items: list[Line], labels: list[str], k: int) -> bool:
    """Whether line ``k`` closes a story's header: a byline, a date line, or a photo's
    caption with its credit ("… outside the hall on Saturday. Credit: Ana Ruiz")."""
    return labels[k] in ("byline", "date") or (
        labels[k] == "caption" and split_credit(items[k].text)[1] is not None
    )


def paragraphs_read_as_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "… the city transport authority said." / "" / "The new section adds five" / … /
    "and evening rush." / "" / "Quicker trips to campus": a block read as a caption, set
    apart by blank lines between paragraphs of the text, with no credit or photo's label,
    of ``_PARAGRAPH_LINES`` lines or more each but the last set to the text's measure and
    closing its sentence, is a paragraph of it: a caption is a line or two. Returns the
    indexes relabelled."""
    found: list[int] = []
    body = cache(lambda: _text_width(items, labels))  # read when first needed
    for first, j in _label_runs(labels, "caption"):
        # Under the text, the whole run; under the header, its last block, under the photo's
        # caption with its credit that ends the header ("… on Saturday. Credit: Ana Ruiz" /
        # "" / "When a winter storm" / …)
        i = first
        if first and labels[first - 1] not in _TEXT:
            i = j
            while i > first and items[i - 1].no + 1 == items[i].no:
                i -= 1
        if (
            i == 0
            or j + 1 >= len(items)
            or not (labels[i - 1] in _TEXT or _header_done(items, labels, i - 1))
            or labels[j + 1] not in (*_TEXT, "sub")
            # (set apart above, or right under the byline or date line that ends the header)
            or (items[i].no == items[i - 1].no + 1 and labels[i - 1] not in ("byline", "date"))
            or items[j + 1].no == items[j].no + 1
            or any(items[k + 1].no != items[k].no + 1 for k in range(i, j))
        ):
            continue
        found += _caption_set_as_a_paragraph(items, labels, i, j, body)
    return found


def captions_indented_as_paragraphs(items: list[Line], labels: list[str]) -> list[int]:
    """ "  The board of education last night chose Harold" / … / "  The vote was five to
    two.": on a page that indents its paragraphs' first lines, a block read as a caption
    right under the text's lines (no blank line between), opening with the paragraphs'
    indent and going on at the text's, closing its sentence, with no credit and no
    photo's label, is the text's next paragraph: a caption is set apart from the text,
    never indented into it. Returns the indexes relabelled."""
    starts = Counter(_lead(items[k]) for k, label in enumerate(labels) if label == "pstart")
    goes_on = Counter(_lead(items[k]) for k, label in enumerate(labels) if label == "pcont")
    if sum(starts.values()) < _INDENTED_PARAGRAPHS or not goes_on:
        return []
    indent, text_indent = starts.most_common(1)[0][0], goes_on.most_common(1)[0][0]
    if len(indent) <= len(text_indent):
        return []
    found: list[int] = []
    for i, j in _label_runs(labels, "caption"):
        if (
            i == 0
            or labels[i - 1] not in _TEXT
            or items[i].no != items[i - 1].no + 1
            or _lead(items[i]) != indent
            or any(_lead(items[k]) != text_indent for k in range(i + 1, j + 1))
            or any(items[k + 1].no != items[k].no + 1 for k in range(i, j))
            or not ends_sentence(items[j].text)
            or any(_marks_a_photo(items[k].text) for k in range(i, j + 1))
        ):
            continue
        labels[i] = "pstart"
        labels[i + 1 : j + 1] = ["pcont"] * (j - i)
        found += range(i, j + 1)
    return found


# A page's paragraphs are read as indented from this many first lines on (most of them
# set further in than the lines that go on).
_INDENTED_PARAGRAPHS = 2


def _lead(line: Line) -> str:
    """The whitespace a line was printed after, as it was (spaces and tabs apart)."""
    return line.raw[: len(line.raw) - len(line.raw.lstrip())]


def _caption_set_as_a_paragraph(
    items: list[Line], labels: list[str], i: int, j: int, body: Callable[[], int]
) -> range:
    """Label lines ``i`` to ``j``, one block read as a caption, a paragraph of the text
    where they run as one: ``_PARAGRAPH_LINES`` lines or more, each but the last set to
    the text's measure (``body()``, ``_full_line``), the last closing its sentence, none
    with a credit or a photo's label. Returns the lines relabelled."""
    if (
        j - i + 1 < _PARAGRAPH_LINES
        or not ends_sentence(items[j].text)
        or any(_marks_a_photo(items[k].text) for k in range(i, j + 1))
        or not all(_full_line(items[k].text, items[k + 1].text, body()) for k in range(i, j))
    ):
        return range(0)
    labels[i] = "pstart"
    labels[i + 1 : j + 1] = ["pcont"] * (j - i)
    return range(i, j + 1)


_PARAGRAPH_LINES = 4  # a block read as a caption of this many lines may be a paragraph


def _full_line(line: str, below: str, width: int) -> bool:
    """Whether ``line`` is set to the measure ``width``: 70% of it at least, or so long that
    the first word of the line ``below`` would not have fit after it (a narrow column's
    lines are ragged: "harbour hall in" / "August, the town")."""
    return len(line) * 10 >= width * 7 or len(line) + 1 + len(below.split(" ", 1)[0]) > width


def credited_lines_under_the_headline(items: list[Line], labels: list[str]) -> list[int]:
    """A photo's caption and credit copied under a web page's headline: "Council approves
    new bridge" / "" / "The new bridge over the river at dusk. Getty Images" is a caption
    with its credit, not a deck; "Council approves new bridge" / "Getty Images", the
    credit alone (its caption not copied), leaves the line above it the headline, not a
    caption. Asked of the page's header, over its first text. Returns the indexes
    relabelled."""
    top = next((k for k, label in enumerate(labels) if label in _BODY), len(labels))
    found = []
    for i in range(top):
        text = items[i].text
        caption, credit = split_credit(text)
        if labels[i] == "deck" and credit is not None and caption and ends_sentence(caption):
            labels[i] = "caption"
            found.append(i)
        elif (
            i == 1
            and labels[0] == labels[1] == "caption"
            and standalone_credit(text) == text.strip()
            and not ends_sentence(items[0].text)
            and split_credit(items[0].text)[1] is None
            and not any(label in _STARTS for label in labels[:top])
        ):
            labels[0], labels[1] = "head", "credit"
            found += [0, 1]
    return found


def paragraphs_run_into_the_text(items: list[Line], labels: list[str]) -> list[int]:
    """ "When a winter storm tore the" / "roof off the harbour hall in" / … / "volunteers." /
    "The 90-year-old building, used" / …: a block read as a caption that runs straight on
    into the text, with no blank line between, of ``_PARAGRAPH_LINES`` lines or more each
    but the last set to the text's measure, closing its sentence, with no credit or
    photo's label, is the text's first paragraph, wherever it stands: a caption is a line
    or two, set apart from the text. Returns the indexes relabelled."""
    found: list[int] = []
    body = cache(lambda: _text_width(items, labels))  # read when first needed
    for first, j in _label_runs(labels, "caption"):
        # (the run's last block: a caption of its own may stand a blank line above it)
        i = j
        while i > first and items[i - 1].no + 1 == items[i].no:
            i -= 1
        if j + 1 < len(items) and labels[j + 1] in _TEXT and items[j + 1].no == items[j].no + 1:
            found += _caption_set_as_a_paragraph(items, labels, i, j, body)
    return found


def text_over_an_unwrapped_caption(items: list[Line], labels: list[str]) -> list[int]:
    """ "Police closed the main square of the" / … / "which dozens of people were
    arrested." / " Police patrol the empty square on Monday morning. AFP": lines read as a
    caption, right over a caption's line with its credit that runs a fifth or more wider
    than any of them, are not that caption's: a caption's lines share one measure. They
    are the text where they run as paragraphs do (each line but the last near their
    measure or closing a paragraph, a sentence closed over a capital, most of them near it,
    the last closing a sentence, none with a credit or a photo's label); so are
    three lines or more a blank line over it (two may be a caption of their own). Returns
    the indexes relabelled."""
    found: list[int] = []
    for i, j in _label_runs(labels, "caption"):
        for c in range(i + 2, j + 1):
            # (the credit on it, or on a line of its own right under it)
            if split_credit(items[c].text)[1] is None and not (
                c + 1 < len(items)
                and labels[c + 1] == "credit"
                and items[c + 1].no == items[c].no + 1
            ):
                continue
            # the block over the credited line, right against it or a blank line apart
            # (then three lines or more: a photo has one caption)
            # (which may have been read in pieces: caption, no story's, the text's)
            start = c - 1
            while (
                start > max(0, c - _CAPTION_REACH)
                and items[start].no == items[start - 1].no + 1
                and (start > i or labels[start - 1] in ("caption", "outside", *_TEXT))
            ):
                start -= 1
            while labels[start] in _TEXT:
                start += 1
            lines = range(start, c)
            if len(lines) < (2 if items[c].no == items[c - 1].no + 1 else 3):
                break
            widest = max(_printed(items[k]) for k in lines)
            longest = max(len(items[k].text) for k in lines)
            full = [
                _printed(items[k]) * 10 >= widest * 8
                or _full_line(items[k].text, items[k + 1].text, longest)
                for k in lines[:-1]
            ]
            if (
                _printed(items[c]) * 5 >= widest * 6
                and all(
                    full[n] or _closes_a_paragraph(items[k].text, items[k + 1].text)
                    for n, k in enumerate(lines[:-1])
                )
                and full.count(True) * 2 > len(full)
                and ends_sentence(items[c - 1].text)
                and not any(_marks_a_photo(items[k].text) for k in lines)
            ):
                # (going on from the text right above where its sentence is open)
                goes_on = (
                    start > 0
                    and labels[start - 1] in _TEXT
                    and items[start - 1].no + 1 == items[start].no
                    and not ends_sentence(items[start - 1].text)
                )
                labels[start] = "pcont" if goes_on else "pstart"
                for n, k in enumerate(lines[1:]):
                    if labels[k] not in _TEXT:
                        labels[k] = "pcont" if full[n] else "pstart"
                found += lines
            break
    return found


def prose_read_in_pieces(items: list[Line], labels: list[str]) -> list[int]:
    """ "The Baía das Gatas" / "festival in Mindelo" / "drew more than 40,000" / "people last
    weekend," / … / "until sunrise.", set 21 wide: a block of ``_PIECES_LINES`` lines or
    more, one under the other, that the model read as material of two kinds or more
    (caption, no story's lines, box, headline, deck, subhead, credit, running head), with
    nothing that marks a photo (a credit's form), a box's title or a pull quote (an
    inset's label ends the block, ``_a_piece``), in which the phrase runs on from most
    lines into the next, under the text or the header's byline or date line, is the text:
    a caption or a box is read as one, and a headline's lines open on capitals. A model
    lost in a narrow column reads a paragraph so. Returns the indexes relabelled."""
    found: list[int] = []
    n = len(items)
    i = 0
    while i < n:
        if not _a_piece(items, labels, i):
            i += 1
            continue
        j = i
        while j + 1 < n and _a_piece(items, labels, j + 1) and items[j + 1].no == items[j].no + 1:
            j += 1
        run = range(i, j + 1)
        joins = sum(_runs_on(items[k].text, items[k + 1].text) for k in range(i, j))
        if (
            len(run) >= _PIECES_LINES
            # (under the text or the header's byline or date line: not a header's lines)
            and i > 0
            and labels[i - 1] in (*_TEXT, "byline", "date")
            and len({labels[k] for k in run}) >= 2
            and 4 * joins >= 3 * (len(run) - 1)
            # (a line read as a credit ends a caption: "… leurs activités." / "(Amélie
            # Dupont)")
            and labels[j] != "credit"
            and not any(
                _marks_a_photo(items[k].text)
                or standalone_credit(items[k].text) is not None
                or box_title(items[k].text)
                for k in run
            )
            # (nor a pull quote's mark: "“Stock markets across" / "the world fell dra-"; nor
            # a headline's line or a name in capitals opening an old caption: "KOTES." /
            # "She has whelped 62", "LADY R. L. BROWN, cha-" / "mpion swimmer, …")
            and items[i].text.lstrip()[:1] not in _OPENING_QUOTES
            and labels[i] != "head"
            and not is_caps(items[i].text.split(",", 1)[0])
        ):
            goes_on = (
                i > 0
                and labels[i - 1] in _TEXT
                and items[i - 1].no + 1 == items[i].no
                and not ends_sentence(items[i - 1].text)
            )
            # (a short line closing its sentence over a capital ends a paragraph)
            longest = max(len(items[k].text) for k in run)
            for k in run:
                ends = k > i and (
                    _closes_a_paragraph(items[k - 1].text, items[k].text)
                    and not _full_line(items[k - 1].text, items[k].text, longest)
                )
                labels[k] = "pcont" if (k > i and not ends) or (k == i and goes_on) else "pstart"
            found += run
        i = j + 1
    return found


def _a_piece(items: list[Line], labels: list[str], k: int) -> bool:
    """Whether line ``k`` is read as something a paragraph in pieces may be read as: a
    running head too where it opens on a word in small letters, as none does; not an
    inset's label, which ends the block."""
    return (
        labels[k] in _PIECES
        or (labels[k] == "running" and items[k].text.split(" ", 1)[0].islower())
    ) and inset_label(items[k].text) is None


# What the model may read a paragraph as, in pieces, in a column too narrow for it.
_PIECES = frozenset(("caption", "outside", "inset", "head", "deck", "sub", "credit"))
_PIECES_LINES = 5


def sentences_going_on_through_material(items: list[Line], labels: list[str]) -> list[int]:
    """ "… described a visit" / "to the delta last month:" / "- The villages have new" /
    "roofs, but many people" / "still sleep in tents at" / …: a sentence of the text, or
    of a line read as a subhead, that goes on in small letters on the line right under it
    read as a running head, a caption, a credit, a subhead or no story's line, goes on
    there, and the block's lines under it read so, down to a blank line, a photo's credit
    or label, or an inset's label, are the text too: no caption, box or running head
    begins inside a sentence. (A subhead so going on is the paragraph's first line.)
    Returns the indexes relabelled."""
    found = []
    n = len(items)
    i = 1
    while i < n:
        above = labels[i - 1]
        if not (
            labels[i] in _MATERIAL
            and (above in _TEXT or above == "sub")
            and items[i].no == items[i - 1].no + 1
            # (a word in small letters: "fContinued on Pace" is OCR's jump line)
            and items[i].text.split(" ", 1)[0].islower()
            and not ends_sentence(items[i - 1].text)
            and not _marks_a_photo(items[i].text)
        ):
            i += 1
            continue
        if above == "sub":
            labels[i - 1] = "pstart"
            found.append(i - 1)
        k = i
        while (
            k < n
            and labels[k] in _MATERIAL
            and items[k].no == items[k - 1].no + 1
            and not _marks_a_photo(items[k].text)
            and inset_label(items[k].text) is None
        ):
            labels[k] = "pcont"
            found.append(k)
            k += 1
        i = k + 1
    return found


# What a column sets between the lines of its text: a caption, a credit, a box, a subhead,
# another story's lines.
_SET_INTO_TEXT = frozenset(("caption", "credit", "inset", "sub", "outside"))
# A caption or a box set into a column is seldom longer; a run longer is the text's.
_SET_INTO_LINES = 3


def material_inside_an_open_sentence(items: list[Line], labels: list[str]) -> list[int]:
    """ "… dressed leather which was stolen last" / "Friday night from Mr F.J. Walters’" /
    (a running head) / "boot factory, Parramatta-road …": one to three lines read as a
    caption, a box or a subhead, between a line of the text that leaves its sentence open
    and one that goes on with it in small letters, that themselves close no sentence and
    carry no credit or label, are that sentence's middle. A caption set into a column
    closes its own words, and the text under it goes on with the text above, not with
    the caption. Lines of them with no word in them are scan noise ("'1 l" / "Cameron)
    said yesterday that in the case"). Returns the indexes relabelled."""
    found = []
    n = len(items)
    j = -1
    for i in range(n):
        if i <= j or labels[i] not in _SET_INTO_TEXT:
            continue
        j = i
        while j + 1 < n and labels[j + 1] in _SET_INTO_TEXT:
            j += 1
        if j - i + 1 > _SET_INTO_LINES or ends_sentence(items[j].text):
            continue
        k, m = i - 1, j + 1
        while k > 0 and labels[k] in _REMOVED:
            k -= 1
        while m < n - 1 and labels[m] in _REMOVED:
            m += 1
        if not (
            k >= 0
            and m < n
            and labels[k] in _TEXT
            and labels[m] in _TEXT
            and items[m].no - items[k].no == m - k  # no blank line between
            and (not ends_sentence(items[k].text) or _INITIAL_END.search(items[k].text))
            and opens_in_small_letters(items[m].text)
            and not any(
                _marks_a_photo(items[x].text)
                or inset_label(items[x].text)
                or jump_line(items[x].text)
                for x in range(i, j + 1)
            )
        ):
            continue
        for x in range(i, j + 1):
            labels[x] = "pcont" if has_word(items[x].text) else "noise"
            found.append(x)
    return found


def paragraphs_begun_in_material(items: list[Line], labels: list[str]) -> list[int]:
    """ "Residents of the Hillside estate" / "have launched a campaign to stop", "Police
    closed the main square of" / "the capital on Monday after a": a paragraph opens on no
    word in small letters, so where the line read as one's first does, the line right over
    it, read as a caption, a deck or a subhead, that leaves its sentence open and carries
    no credit, is the paragraph's first line. Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        below = items[i + 1].text
        if (
            labels[i] in ("caption", "deck", "sub")
            and labels[i + 1] == "pstart"
            and items[i + 1].no == items[i].no + 1
            and below.split(" ", 1)[0].islower()
            and not ends_sentence(items[i].text)
            and items[i].text[-1:] not in ":;,"
            and not _marks_a_photo(items[i].text)
        ):
            labels[i], labels[i + 1] = "pstart", "pcont"
            found.append(i)
    return found


# What a sentence of the text may have been misread as where it goes on.
_MATERIAL = frozenset(("running", "caption", "credit", "sub", "outside"))


# How far above a caption's credited line the paragraphs read into it are looked for: a
# page with no blank lines would otherwise be walked from each caption to its top.
_CAPTION_REACH = 60


def _closes_a_paragraph(line: str, below: str) -> bool:
    """Whether a short ``line`` is a paragraph's last, the one ``below`` opening the next."""
    return ends_sentence(line) and below[:1].isupper()


def credits_running_on(items: list[Line], labels: list[str]) -> list[int]:
    """ "Writer Joana Tavares" / "described the" / "atmosphere on her" / "blog: …": a credit
    names who took a photo and ends there; a line read as one whose sentence goes on in
    small letters on the line right under it, open on no stop, is the text's, and so are
    the lines under it read as material outside the stories, down to the text, which goes
    on there. Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        if not (
            labels[i] == "credit"
            and items[i + 1].no == items[i].no + 1
            and items[i + 1].text[:1].islower()
            and items[i].text[-1:].isalpha()
            and labels[i + 1] in (*_TEXT, "outside")
        ):
            continue
        k = _run_end(items, labels, i, ("outside",)) + 1
        # (and the text's line under them, going on in small letters, opens no paragraph)
        if (
            k < len(items)
            and labels[k] == "pstart"
            and items[k].no == items[k - 1].no + 1
            and items[k].text[:1].islower()
        ):
            k += 1
        for m in range(i, k):
            labels[m] = "pcont"
            found.append(m)
    return found


def leads_read_as_captions(items: list[Line], labels: list[str]) -> list[int]:
    """ "By Tran Minh Anh" / "Rising water has cut off" / "dozens of villages in the" / … /
    "" / "Boats are carrying food and" / …: the story's first paragraphs, set in a narrow
    column under its header, read as a photo's caption. Lines read as a caption right under
    the header (its headline, deck, byline or date) that run over two blocks or more, each
    line but a block's last filling most of the column, with no credit and no photo's
    label among them, are the text: a photo has one caption. So is one block of three
    lines or more that the text goes on right under, not set in from the column ("For
    most of the last century," / … / "her work." / "Marr, who died in 1968," / … / "port
    where she grew up." / "Critics of her day …"), where a paragraph's last line closing
    its sentence may be short. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "caption" or labels[i - 1] not in HEADER:
            continue
        end = i
        while end + 1 < len(items) and labels[end + 1] == "caption":
            end += 1
        # (A block that carries a credit or a photo's label is a caption: the run stops
        # over it.)
        credited = next(
            (k for k in range(i, end + 1) if _marks_a_photo(items[k].text)),
            None,
        )
        if credited is not None:
            end = credited - 1
            while end >= i and items[end + 1].no == items[end].no + 1:
                end -= 1
        run = range(i, end + 1)
        opens = [k == i or items[k].no > items[k - 1].no + 1 for k in run]
        width = _printed_width([items[k] for k in run])
        # (one block is enough where the text goes on right under it, with no blank line
        # or credit between, and its lines are set as the text's: a caption is set apart
        # from the text, or set in from the column)
        into_text = (
            credited is None
            and end + 1 < len(items)
            and labels[end + 1] in _TEXT
            and items[end + 1].no == items[end].no + 1
            and len(run) >= _PROSE_LINES
            and not all(items[k].indent for k in run)
        )
        if (
            not run
            or (sum(opens) < 2 and not into_text)
            or not ends_sentence(items[end].text)
            or any(
                _printed(items[k]) * 10 < width * 6
                for k, first in zip(run[:-1], opens[1:], strict=True)
                # (a block's last line may be short, and so may a paragraph's, closing
                # its sentence, where the blocks are not set apart)
                if not first and not (into_text and ends_sentence(items[k].text))
            )
        ):
            continue
        for k, first in zip(run, opens, strict=True):
            labels[k] = "pstart" if first else "pcont"
            found.append(k)
    return found


def _credited(items: list[Line], labels: list[str], j: int, beyond: int) -> bool:
    """Whether line ``j`` is a caption with its credit, or a credit on its own line with
    its caption right beyond it ("(Photo by Alex Wong/Getty Images)" / "The Federal
    Reserve building in Washington.")."""
    if labels[j] == "caption":
        return split_credit(items[j].text)[1] is not None
    return (
        labels[j] == "credit"
        and 0 <= beyond < len(items)
        and labels[beyond] == "caption"
        and abs(items[beyond].no - items[j].no) == 1
    )


def signed_paragraphs(items: list[Line], labels: list[str]) -> None:
    """A block of two lines or more read as a caption that ends the text of a story in an
    agency's sign ("… a spokesman said. (ats, afp)") is the story's last paragraph: the
    sign only looks like a photo credit."""
    n = len(items)
    i = 0
    while i < n:
        if labels[i] not in ("caption", "credit") or not i or labels[i - 1] not in _TEXT:
            i += 1
            continue
        j = i
        while j + 1 < n and labels[j + 1] in ("caption", "credit"):
            j += 1
        ends_story = j + 1 == n or labels[j + 1] in _STARTS or labels[j + 1] in _REMOVED
        if j > i and ends_story and closing_sign(items[j].text)[1] is not None:
            labels[i] = "pstart" if items[i].no > items[i - 1].no + 1 else "pcont"
            labels[i + 1 : j + 1] = ["pcont"] * (j - i)
        i = j + 1


# Labels of lines of a headline's size the model may give a headline line it misread.
_BOXED_READS = frozenset(("caption", "sub", "inset", "outside", "kicker", "deck"))


def boxed_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "I Québec : un spectacle multimédia I" / "I sur le titanic et l’empress of I": the
    rules boxing a headline's lines, read as bars or as "I" at both ends of each, make a
    headline line, though the model, misled by the "I"s, read it as a caption, a subhead or
    a deck ("I DRAFTING I" / "| WOOL |" / "I PLANS I"). Returns the indexes relabelled."""
    found = []
    for i, line in enumerate(items):
        if labels[i] not in _BOXED_READS:
            continue
        words = line.text.split()
        if len(words) >= 3 and words[0] in _BOX_BARS and words[-1] in _BOX_BARS:
            labels[i] = "head"
            found.append(i)
    return found


_BOX_BARS = frozenset(("I", "|"))


def captions_above_headlines(items: list[Line], labels: list[str]) -> None:
    """A photo caption printed above the headline: "Des habitants rassemblés jeudi matin."
    over "L'usine de papier annonce 80 embauches". A line read as a one-line headline that
    is a sentence, with its stop and in small letters, over lines read as a deck that end
    without one, is the caption, and those lines the headline: a headline set in small
    letters ends without a stop, a caption with one."""
    n = len(items)
    for i in range(n - 1):
        if labels[i] != "head" or (i and labels[i - 1] in _STARTS) or labels[i + 1] == "head":
            continue
        text = items[i].text
        if (
            text.count(" ") < 2
            or not text.endswith(".")
            or text.endswith("..")
            or text.isupper()
            or text[text.rfind(" ") + 1 : -1].lower() in TITLES
        ):
            continue
        j = i + 1 + (labels[i + 1] == "credit")
        if j >= n or labels[j] != "deck":
            continue
        k = j
        while k + 1 < n and labels[k + 1] == "deck" and items[k + 1].no == items[k].no + 1:
            k += 1
        # (and a blank line apart, lines opening in small letters, its phrase going on:
        # "Santé : les OGM" / "" / "pourraient" / "" / "augmenter le")
        while k + 1 < n and labels[k + 1] == "deck" and items[k + 1].text[:1].islower():
            k += 1
        # (a sentence of its own under the lines without a stop is none of the headline's:
        # "Engine troubles" / "delay Airbus" / "superjumbo tour" / "A view of the harbour
        # at dusk.")
        if (
            k > j
            and ends_sentence(items[k].text)
            and items[k].text[:1].isupper()
            and not (ends_sentence(items[k - 1].text) or items[k - 1].text[-1] in ",;:")
            # (unless the line above leaves its phrase open into it: "Bore Skull and
            # Cross-Bones and the" / "Name “Jean Crones.”")
            and items[k - 1].text.rsplit(None, 1)[-1].lower() not in _PHRASE_GOES_ON
        ):
            k -= 1
        if (
            ends_sentence(items[k].text)
            or items[k].text[-1] in ",;:"
            # ("| Das neue Sozialistengesetz. |" / "Katrin Schwarz, Wirtschaftsredakteur":
            # the writer under the headline, not a headline under a caption)
            or _names_with_a_job(items[j].text)
        ):
            continue
        labels[i] = "caption"
        for m in range(j, k + 1):
            labels[m] = "head"


def captions_set_over_headlines(items: list[Line], labels: list[str]) -> list[int]:
    """ "Volunteers at work on Saturday." / "" / "BIGAMY CHARGE." / "BY KWAME HADDAD": a
    line read as a headline of its own, a sentence in small letters closed by its stop, set
    apart over another headline, is the photo's caption printed above that headline: a
    headline set in small letters ends without a stop. Returns the indexes relabelled."""
    found = []
    for i in range(len(items) - 1):
        if (
            labels[i] == "head"
            and (i == 0 or labels[i - 1] not in _STARTS)
            and _caption_over_a_headline(items, labels, i)
        ):
            labels[i] = "caption"
            found.append(i)
    return found


# A stop after a word of three letters or more, and more text: a second sentence.
_TWO_SENTENCES = re.compile(r"[^\W\d_]{3}\s?[.!?]\s+\S")


def _caption_over_a_headline(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i`` is a sentence in small letters closed by its stop, set apart
    right over a line read as a headline: a photo's caption printed above it. One
    sentence: a notice of clipped phrases is no caption ("À louer : chambre meublée près
    de la gare. Tél. 22-14.")."""
    text = items[i].text
    return (
        i + 1 < len(items)
        and labels[i + 1] == "head"
        and items[i + 1].no > items[i].no + 1
        and text.endswith(".")
        and not text.endswith("..")
        and _TWO_SENTENCES.search(text[:-1]) is None
        and _sentence_case(text)
        and text[text.rfind(" ") + 1 : -1].lower() not in TITLES
    )


def _signed_below(items: list[Line], feats: list[list[str]], labels: list[str], i: int) -> bool:
    """Whether a byline with its "By" follows line ``i`` in the story's header."""
    for k in range(i + 1, min(len(items), i + _HEADER_REACH)):
        if labels[k] in _TEXT:
            return False
        if labels[k] == "byline" and "byline" in feats[k]:
            return True
    return False


# How far below the headline a story's header reaches, in lines.
_HEADER_REACH = 6


def _no_byline_form(line: str, feats: list[str]) -> bool:
    """Nothing but its words says a line is a byline: no "By", no role ("Staff Writer",
    "(From Our Correspondent)"), no comma between a name and a job, and it is no caption
    with its credit ("Volunteers at work. Photo: Ana Ruiz")."""
    if (
        _comma_before_name(line)
        or ". " in line
        or line[0] in "(—–-"
        or "byline" in feats
        or _LABELLED.match(line)
    ):
        return False
    return not any(f.startswith("endword=") or f in _CREDIT_FEATURES for f in feats)


def _comma_before_name(line: str) -> bool:
    """A comma a byline sets before a job, a place or another name ("Jane Doe, Staff
    Writer", "…, Rome", "…, and Tom Becker"), not a phrase's ("…care, not just
    hospitals")."""
    return any(
        part[:1].isupper() or part.split(" ", 1)[0] in _BYLINE_JOINS
        for part in (p.strip() for p in line.split(",")[1:])
    )


# Small words a byline goes on with after a comma.
_BYLINE_JOINS = wordset("and in with for from und aus mit et à en de y e")
_CREDIT_FEATURES = frozenset(("credit_end", "caption_label", "credit_alone"))
_LABEL_FEATURES = _CREDIT_FEATURES | {"inset_label"}


_PUNCT = ".,;:!?\"'“”‘’()«»„-—–"


def _words_to_weigh(line: str) -> list[str]:
    """A line's words of three letters or more, without their marks, in small letters."""
    return [w.strip(_PUNCT).lower() for w in line.split() if len(w.strip(_PUNCT)) >= 3]


def _mostly_written_small(words: list[str], common: frozenset[str]) -> bool:
    """Whether half of ``words`` or more are ones the page's text writes small
    (``_common_words``): a phrase's words, not a name's."""
    return 2 * sum(w in common for w in words) >= len(words)


def _common_words(items: list[Line]) -> frozenset[str]:
    """The words the page's running text writes in small letters."""
    words: set[str] = set()
    for line in items:
        if line.text.count(" ") >= 5:
            words.update(line.text.split(" "))
    return frozenset(w.strip(_PUNCT) for w in words if w.islower())


# A paper's nameplate stands over its page's text: with this many lines of the text above
# it and more text below, a line read as one is some other box's.
_TEXT_ABOVE_NAMEPLATE = 3


def _text_below(labels: list[str], i: int) -> bool:
    """Whether the first line below line ``i`` that is no furniture is the text's (a
    nameplate stands over the headline)."""
    return next((label for label in labels[i + 1 :] if label not in _REMOVED), None) in _TEXT


def _breaks_a_word(items: list[Line], labels: list[str], i: int) -> bool:
    """ "MURDER NEAR MARY-" / "ROROUGH.": a line that ends inside a word goes on in the
    next one, so it is no page furniture while that line is kept."""
    text = items[i].text
    return (
        len(text) > 2
        and text[-1] == "-"
        and text[-2].isalpha()
        and i + 1 < len(items)
        and labels[i + 1] not in _REMOVED
        and items[i + 1].text[:1].isalpha()
    )


# Words in small letters a line of the text has at least, where page furniture has few
# (and a speck of the scan has letters alone: "t i j it").
_SMALL_WORDS_OF_TEXT = 2
_SMALL_WORD_OF_TEXT = re.compile(r"(?<!\S)[^\W\d_A-ZÀ-Þ][^\W\d_]+[.,;:]?(?!\S)")


# Lines whose phrase a year on the next line may close.
_YEAR_GOES_ON = frozenset(("pstart", "pcont", "deck", "caption"))


def _year_closing_a_phrase(items: list[Line], labels: list[str], i: int) -> bool:
    """ "Lors de la deuxième" / "partie des années" / "1970": a year alone on a line right
    under the text (or a deck or a caption), whose phrase it closes, is its last word, not
    a page number: a page is numbered with fewer figures, and its number is set apart."""
    return (
        i > 0
        and labels[i] in ("folio", "noise")
        and labels[i - 1] in _YEAR_GOES_ON
        and items[i - 1].no == items[i].no - 1
        and _YEAR.fullmatch(items[i].text.rstrip(".,;:)")) is not None
        and items[i - 1].text[-1:].isalpha()
        and (i + 1 == len(items) or not items[i + 1].text[:1].islower())
    )


# A line of sentences: this many words at least, most written small, and a sentence closed
# inside it before a capital.
_PROSE_WORDS = 20
# A line of at least this many words on a page with no other text is read as its text.
_NOTICE_WORDS = 5
# A line read as a page's number holding this many words, in no running head's form, is
# no page number.
_FOLIO_WORDS = 4
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{2}[.!?][\"'”’»)]? [\"'“‘„«(]?[A-ZÀ-Þ]")


# A sentence of running text: this many words at least, most written small.
_SENTENCE_WORDS = 8


def _sentence_of_prose(text: str) -> bool:
    """Whether a line is a whole sentence of running text: opening on a capital or a
    quote, closing on its stop, its words mostly written small."""
    words = text.count(" ") + 1
    return (
        words >= _SENTENCE_WORDS
        and (text[:1].isupper() or text[:1] in _QUOTE_OPENERS)
        and ends_sentence(text)
        and 10 * len(_SMALL_WORD_OF_TEXT.findall(text)) >= 6 * words
    )


def notices_read_as_furniture(items: list[Line], labels: list[str], marginal) -> list[int]:
    """Furniture frames a page's text: where no line is left to the text, there is no page
    around the lines, and a short notice ("Concerte." / "Sing-Akademie. Mittwoch, Anfang 8
    Uhr: II. Concert von Lydia Müller.", its title read as a nameplate and its line as a
    running head) is read, not removed. A removed line of ``_NOTICE_WORDS`` words or more
    is the text; where every line was removed, each with letters takes its likeliest
    label of those kept. Returns the indexes relabelled."""
    if any(label in _BODY for label in labels):
        return []
    nothing = all(label in _REMOVED for label in labels)
    found = []
    for i, item in enumerate(items):
        if labels[i] not in _REMOVED:
            continue
        if len(item.text.split()) >= _NOTICE_WORDS:
            labels[i] = "pcont" if i and labels[i - 1] in _TEXT else "pstart"
        elif nothing and has_letters(item.text):
            labels[i] = max(_KEPT, key=lambda other: marginal(other, i))
        else:
            continue
        found.append(i)
    return found


def sentences_of_prose(text: str) -> bool:
    """Whether a line holds sentences of running text ("Le directeur de la banque a parlé
    devant le conseil lundi matin. C'est la responsabilité des banques …"): a running head,
    a nameplate or a page's number never does, however sure the model is (a paragraph
    pasted as one line, with nothing around it, reads to it as a running head)."""
    if text.count(" ") + 1 < _PROSE_WORDS or _SENTENCE_INSIDE.search(text) is None:
        return False
    return 2 * len(_SMALL_WORD_OF_TEXT.findall(text)) > text.count(" ") + 1


def _sentence_going_on(items: list[Line], labels: list[str], i: int) -> bool:
    """ "… re¬" / "levés à la charge de ces deux candidats." / "M. Olivier a avoué avoir
    dépensé 21,200" / "francs et le frère du candidat …": a line of words in small letters
    between two lines of the text, whose sentence it goes on into the next in small
    letters, is the text's, not a running head: page furniture runs on into nothing. So
    is such a line opening a paragraph after a blank line ("~ Volunteers counted more
    than 200" / "nests, known as redds, …")."""
    text = items[i].text
    return (
        0 < i < len(items) - 1
        and labels[i - 1] in _TEXT
        and labels[i + 1] in _TEXT
        # (right under the text, or opening a paragraph after a blank line)
        and (items[i - 1].no == items[i].no - 1 or ends_sentence(items[i - 1].text))
        and items[i + 1].no == items[i].no + 1
        and not ends_sentence(text)
        and items[i + 1].text[:1].islower()
        and len(_SMALL_WORD_OF_TEXT.findall(text)) >= _SMALL_WORDS_OF_TEXT
    )


def _titles_page(items: list[Line], feats: list[list[str]], labels: list[str], i: int) -> bool:
    """The page's first line, read as a caption, is its headline: it ends without a stop
    (or is set in capitals, as an old paper's headline closed by its stop is:
    "'MERCANTILE AND MONEY ARTICLE."), carries no credit or photo label, no caption goes
    on right under it, and no headline follows it before the body."""
    text = items[i].text.rstrip("”’“\"'»")
    if (ends_sentence(text) and not _mostly_caps(text)) or any(
        f in _CREDIT_FEATURES for f in feats[i]
    ):
        return False
    for k in range(i + 1, len(labels)):
        label = labels[k]
        if label in _STARTS:
            return False
        # A caption going on right under it makes it a caption's first line; one set
        # apart under it is the first photo's ("Fußball: Aufsteiger gewinnt Derby" / "" /
        # "Helfer bei der Arbeit.").
        # Unless it is set in title case over a caption whole on its own line, credit and
        # all ("Volunteers Rebuild Harbour Hall in Six Weeks" / "Volunteers sort donated
        # timber … on Saturday. Credit: Ana Ruiz").
        if (
            label in ("caption", "credit")
            and items[k].no == items[i].no + 1
            and not (k == i + 1 and _headline_over_caption(items[i].text, items[k].text))
        ):
            return False
        if label in _BODY:
            return True
    return False


def _headline_over_caption(text: str, below: str) -> bool:
    """Whether ``text``, in title case, is a headline over the caption ``below``, whole
    on its own line (``_caption_of_its_own``)."""
    return _mostly_title(text) and _caption_of_its_own(below) and not _runs_on(text, below)


def _phrase_goes_on_into_the_text(items: list[Line], labels: list[str], i: int) -> bool:
    """A headline's line never ends on a word its phrase goes on from right over the text:
    "Macron warned that if" / "Russia continued refusing …" is the text's first line. (A
    line in capitals under one in capitals is the headline's next line, whatever it was
    read as: "FRANCE : INCIDENT À L’ASSEMBLÉE NATIONALE LORS" / "DES DÉBATS …".)"""
    text = items[i].text
    return (
        i + 1 < len(items)
        and labels[i + 1] in _TEXT
        and items[i + 1].no == items[i].no + 1
        and (_phrase_open(text) or text[text.rfind(" ") + 1 :].lower() in _CLAUSE_OPENERS)
        and not (_mostly_caps(text) and _mostly_caps(items[i + 1].text))
    )


# Words that open a clause, which its phrase goes on from: "… warned that if".
_CLAUSE_OPENERS = wordset(
    "if because although though unless whether while "
    "wenn weil dass ob obwohl falls "
    "si parce lorsque puisque quoique"
)


def _set_as_its_subheads(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether the heading at line ``i``, not in capitals, closing on no stop or mark and
    with no header under it, is set as a subhead read earlier in the story it follows
    ("Collaborative Testing: a leaking dam" … "Over blocking"): a paper sets its subheads
    of one rank alike."""
    text = items[i].text
    form = _form(text)[:2]
    # (Old papers close headlines and subheads alike on a stop, and set them alike.)
    if is_caps(text) or form[1] != "open" or _header_under(labels, i):
        return False
    for k in range(i - 1, -1, -1):
        if labels[k] == "head" and (k == 0 or labels[k - 1] not in _STARTS):
            return False  # the story's start: no subhead set alike above
        if labels[k] == "sub" and _form(items[k].text)[:2] == form:
            return True
    return False


def _header_under(labels: list[str], i: int) -> bool:
    """Whether the heading at line ``i`` has a story's header under it, before its text: a
    deck, a byline or a dateline, which no subhead has."""
    for k in range(i + 1, min(len(labels), i + 1 + _HEADER_UNDER)):
        if labels[k] in ("deck", "byline", "date"):
            return True
        if labels[k] not in _STARTS and labels[k] not in _REMOVED and labels[k] != "caption":
            return False
    return False


_HEADER_UNDER = 4  # lines under a heading its story's header may take


def _goes_on_in_headline(items: list[Line], labels: list[str], i: int) -> bool:
    """Line ``i``, read as a headline, goes on in a headline line right under it."""
    return (
        i + 1 < len(items)
        and labels[i] in _STARTS
        and labels[i + 1] == "head"
        and items[i + 1].no == items[i].no + 1
    )


# Items of a news column open on a title run into their first line: this many make a
# column of items rather than one story whose paragraph opens on a place or a phrase.
_RUN_IN_ITEMS = 2
# A line ending its paragraph stops short of this share of the column's width.
_LAST_LINE_SHARE = 0.85
# A sentence has a word in small letters among its first four ("Die auf heute", "Laut dem").
_SENTENCE_OPENING = 4
_ORDINAL_END = re.compile(r"\b\d+\.$")
# A name going on past its title's or its particle's stop: "… Hrn. Prem.-Lieut." / "Goës
# (Koblenz). — …", "… Hrn. Sec.-Lieut. H. v." / "Wißmann (Hoffstädt). — …".
_NAME_STOP_END = re.compile(
    r"(?:^|[\s.-])(?:(?i:" + "|".join(sorted(_NAME_TITLES)) + r")|[a-zß])\.$"
)


def run_in_items(items: list[Line], labels: list[str]) -> list[int]:
    """ "Grande-Bretagne. —Sir Strafford …" / "France. — On reçoit …": the raw line numbers
    of the lines that open an item of a news column with a title run into the text, each
    item a story of its own whose paragraph keeps the title. Such a line is read as a
    paragraph start; the model may have read it as a headline, a subhead or text going on
    after a finished sentence. One such line alone is a paragraph opening on a place or a
    phrase, and opens nothing."""
    found = []
    full = []
    width = 0
    for i, line in enumerate(items):
        label = labels[i]
        if label == "pcont":
            # (the line it goes on from, past any removed: none where it opens the page)
            above = next((k for k in range(i - 1, -1, -1) if labels[k] not in _REMOVED), None)
            if above is not None and not ends_sentence(items[above].text):
                continue
        elif label not in ("pstart", "head", "sub"):
            continue
        elif (
            label == "head"
            and i + 1 < len(items)
            and labels[i + 1] in _HEADLINE_BELOW
            and items[i + 1].no == line.no + 1
            and not _text_runs_in(line.text)
        ):
            # An item's text goes on under its title; a deck or a byline goes under a
            # headline: "CLEARANCES. - MAY 7." / "MISSES KATHLEEN AND BRIDGET." / "By …"
            # (unless the text has begun after the title's dash: "Orange. — Explosive
            # Dropped 2,000 Feet" / "By Fleet of Navy Aeroplanes Destroys" goes on)
            continue
        if i and _NAME_STOP_END.search(items[i - 1].text):
            continue  # a name goes on from the line above
        # (without the speck the margin left first on the line: ". Cressier. — À Porto")
        text = line.text
        if text[:1] in _SPECK_FIRST:
            text = _LEAD_SPECK.sub("", text, count=1)
        dashed = run_in_title(text, stop_closed=False)
        if (
            dashed is None
            and text[-1:] in "-¬"
            and i + 1 < len(items)
            and items[i + 1].no == line.no + 1
            and ("—" in items[i + 1].text or "–" in items[i + 1].text or " -" in items[i + 1].text)
        ):
            # a title a narrow column broke in a word: "Québec : un spectacle mul-" /
            # "timédia. —La" (a short line over "… adjourned. — The" is a sentence's)
            first = text
            text = _with_next_line(first, items[i + 1].text)
            dashed = run_in_title(text, stop_closed=False)
            if dashed is not None and len(dashed) < len(first):
                dashed = None  # (the title must run on into the next line)
        if dashed is not None:
            # the sentence may open on a bracket or a quote: "Cooma. — (Before his Honor …";
            # a speck of the margin may stand before it: "Cressier. —¦ Dimanche"; or on the
            # next line, under a title that ends this one: "RENENS — Société de
            # développement. —" / "(C. P.) — Lors …"
            rest = text[len(dashed) :].lstrip(" —–-")
            if not rest and i + 1 < len(items) and items[i + 1].no == line.no + 1:
                rest = items[i + 1].text
            if rest.lstrip(" —–-([\"'“„«‚¦|")[:1].isupper() and not _names_listed(items, i, rest):
                found.append(i)
            continue
        # A title closed by its stop alone opens a sentence (words in small letters among
        # its first): a list, a playbill, a caption and its credit, a headline and its deck
        # have that form too ("Schneider. Anfang 6 Uhr.", "Helfer bei der Arbeit. AP Photo/
        # Ulrike Richter", "Amazing Defence. JUDGE DISCHARGES JURY."), after the item's
        # dateline if it has one ("Italien. Neapel, 25. Mai. Ueber die …").
        title = run_in_title(line.text)
        rest = line.text[len(title) :].lstrip() if title else ""
        if (
            rest
            and " " not in rest
            and not ends_sentence(rest)
            and i + 1 < len(items)
            and items[i + 1].no == line.no + 1
            and items[i + 1].text[:1].islower()
        ):
            # The sentence goes on in small words under a narrow column's line: "Zürich.
            # Regierungsrathsverhandlungen" / "vom 15. Juni. Zum Hauptmann …"
            rest = _with_next_line(rest, items[i + 1].text)
        words = rest[dateline_end(rest) :].split()[:_SENTENCE_OPENING]
        if len(words) < 3 or not any(word[0].islower() for word in words):
            continue
        if label == "pcont":
            # Read as text going on, it must open a paragraph: the line above ends on a
            # sentence's stop, not an ordinal's ("Opernhaus. 4." / "Vorstellung. Tannhäuser
            # …"), and short of the column, or a list may be going on ("Bayer. Wald.
            # Preisgebiet 22"); after a line to the column's end it counts only on a page
            # whose other items make it a column of items.
            width = width or column_width(items)
            above = items[i - 1].text
            if _ORDINAL_END.search(above):
                continue
            if len(above) > _LAST_LINE_SHARE * width:
                full.append(i)
                continue
        found.append(i)
    if len(found) < _RUN_IN_ITEMS:
        # Under a signature, which closed the piece above, one read as the text is an
        # item of its own (read as a headline, it opens its story as one); so is the
        # page's first line read as its headline, its text run in after the title's dash
        # ("Boudry. - Depuis septembre, les" / "élèves de CM2 …").
        top = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
        found = [
            i
            for i in found
            if (i and labels[i - 1] == "sig" and labels[i] in _TEXT)
            or (i == top and labels[i] == "head" and _text_runs_in(items[i].text))
        ]
        if not found:
            return []
        full = []
    found = sorted(found + full)
    for i in found:
        labels[i] = "pstart"
        if (
            i + 1 < len(items)
            and (
                labels[i + 1] == "pstart"
                or (labels[i + 1] in _HEADLINE_BELOW and _text_runs_in(items[i].text))
            )
            and not ends_sentence(items[i].text)
            and items[i + 1].no == items[i].no + 1
        ):
            # Read as a headline, the line had the text under it open a paragraph; the
            # item's sentence goes on there ("Grande-Bretagne. —Sir Strafford" /
            # "Northcote, secrétaire d'État …").
            labels[i + 1] = "pcont"
    return [items[i].no for i in found]


def _text_runs_in(text: str) -> bool:
    """Whether a title run in before a dash is followed on its line by the item's text:
    "Orange. — Explosive Dropped 2,000 Feet", "Boudry. - Depuis septembre, les"."""
    title = run_in_title(text, stop_closed=False)
    if title is None:
        return False
    words = [w for w in text[len(title) :].split() if has_word(w)]
    return len(words) >= _RUN_IN_TEXT_WORDS


# Words of text after a title's dash that show the item's sentence has begun ("I
# CLEARANCES. - May 7 I": a date and the rule's bar are none).
_RUN_IN_TEXT_WORDS = 3


def _names_listed(items: list[Line], i: int, rest: str) -> bool:
    """Whether what follows a title's dash is a list of names, not an item's sentence:
    "Faculty of Medicine. - Shirley Clifton Smith Gordon Manning Colditz …", a class
    list under its faculty, where an item's sentence has words in small letters among
    its first ("Cressier. — Le Conseil général a …")."""
    if i + 1 < len(items) and items[i + 1].no == items[i].no + 1:
        rest = f"{rest} {items[i + 1].text}"
    words = [w for w in rest.split() if w[:1].isalpha()][:_LISTED_NAMES]
    return len(words) >= _LISTED_NAMES and not any(
        w[0].islower() or w.rstrip(")]").endswith(".") for w in words
    )


# So many words, none in small letters nor closed by a stop, make a list of names (a
# dateline and a name or two open many a sentence: "FRANKFORT, Ky., Jan. 31. - Governor
# Taylor at …", "(Before Judge Cohen.) Crown Prosecutor, Mr. L. J. McKean.").
_LISTED_NAMES = 10


# What stands right under a headline, never under a run-in item's title.
_HEADLINE_BELOW = frozenset(("deck", "byline"))
_SPECK_FIRST = frozenset(".,;:'|¦")
_LEAD_SPECK = re.compile(r"^[.,;:'|¦] +(?=[A-ZÀ-Ý])")


def _with_next_line(text: str, below: str) -> str:
    """A line and the one under it as one, a word broken at the line's end closed up."""
    if text[-1:] in "-¬" and text[-2:-1].isalpha() and below[:1].islower():
        return text[:-1] + below
    return f"{text} {below}"


# What a headline over a dateline is not: a line of more words than this, ...
_HEADING_WORDS = 12
# ... a sentence in small letters of this many words or more, the last paragraph of the
# story above ("Only meagre particulars are obtainable."), ...
_SMALL_SENTENCE_WORDS = 4
# ... or a line the model read as a heading of another kind (a deck; a subhead, unless a
# credited telegram follows).
_READ_AS_TEXT = frozenset(("pstart", "pcont", "caption", "outside", "inset"))
# "by Mr. W. J." ends no sentence; "I." may, the first of a list or a part as often as an
# initial ("Siehe Anmerkung bei I.")
_INITIAL_END = re.compile(r"(?<![^\W\d_])[A-HJ-ZÀ-Ý]\.$")


def decks_over_datelines(items: list[Line], labels: list[str]) -> list[int]:
    """Under a headline, a short paragraph set in title case over the paragraph its
    dateline opens is the headline's deck ("BRITISH NAVAL AUXILIARY" / "TORPEDOED IN
    NORTH SEA" / "Twenty-Three Men Lost, Including" / "the Commander, It Is Offi" /
    "cially Announced." / "LONDON, August 26, 2:35 p.m.—The …"): a story's text opens
    on its dateline, and nothing of it stands above. Returns the indexes relabelled."""
    found = []
    for i in range(1, len(items)):
        if labels[i] != "pstart" or labels[i - 1] not in ("head", "deck"):
            continue
        j = i + 1
        while j < len(items) and labels[j] == "pcont" and j - i < _TITLE_DECK_LINES:
            j += 1
        if (
            j < len(items)
            and labels[j] == "pstart"
            and opens_with_dateline(items[j].text)
            and _mostly_title(" ".join(items[k].text for k in range(i, j)))
        ):
            for k in range(i, j):
                labels[k] = "deck"
                found.append(k)
    return found


_TITLE_DECK_LINES = 4  # a deck's lines at most


def _mostly_title(text: str) -> bool:
    """Whether most of the long words are capitalised, as a deck in title case sets them
    (OCR may split one: "Offi" / "cially")."""
    words = [w for w in _WORD_OF_LETTERS.findall(text) if len(w) >= 4]
    return len(words) >= 3 and 5 * sum(w[0].isupper() for w in words) >= 4 * len(words)


def headings_over_datelines(items: list[Line], labels: list[str]) -> list[int]:
    """A dateline opens a story: "Neuer polnisch-tschechischer Handelsvertrag," over "Warschau
    7. Nov. Der polnische Gesandte …", "The Milwaukee Printers' Strike." over "MILWAUKEE,
    March 4. There is …". A short line between the end of one text (its sentence closed)
    and a paragraph that opens on a place and a day is the headline of the story that
    dateline opens, however the model read it: a paragraph, a caption, an inset. (A line
    it read as a subhead stays one, since a roundup of wire news sets subheads over its
    dated parts, "SWITCHMEN TO MEDIATE" / "WASHINGTON, Aug. 4 —Following …", unless the
    dated part carries its own credit.) The line under it opens a paragraph. Returns the
    indexes of those headlines. Where the model opened a story on one heading over a
    dated part, a subhead set alike over another dated part opens one too: a page of
    briefs sets every item's headline the same way ("MINERS RETURN TO WORK" / "SYDNEY,
    March 3.—…", "FIRE DESTROYS BARN" / "TRURO, March 2.—…")."""
    found = []
    dated_forms = set()
    for i in range(1, len(items) - 1):
        if (
            labels[i] == "head"
            and labels[i - 1] in _BODY
            and opens_with_dateline(items[i + 1].text)
        ):
            dated_forms.add(_form(items[i].text))
    for i in range(1, len(items) - 1):
        if (
            (labels[i] not in _READ_AS_TEXT and labels[i] not in ("sub", "head"))
            or labels[i - 1] not in _BODY
            or labels[i + 1] not in ("pstart", "pcont", "date")
            # (a line right under a box's line is the box's: "AT A GLANCE" / … / "LANGLEY
            # FIELD, HAMPTON." / "VA., June 21 - …")
            or (labels[i] == labels[i - 1] == "inset" and items[i - 1].no + 1 == items[i].no)
        ):
            continue
        # (without the speck the margin left first on the line: "; Rußland.")
        text = _LEAD_SPECK.sub("", items[i].text, count=1)
        if (
            not ends_sentence(items[i - 1].text)
            or _abbreviation_stop(items[i - 1].text)
            or _INITIAL_END.search(items[i - 1].text)
            or not text.lstrip(_QUOTE_OPENERS)[:1].isupper()
            or text[-1] in "-¬⸗"
            or len(text.split()) > _HEADING_WORDS
        ):
            continue
        # A dated item with its own credit ("Madrid, 1er avril. Par service spécial.") is a
        # telegram of its own, even under a line read as a subhead.
        credited = dateline_credit(items[i + 1].text) is not None or _agency_marked(
            items[i + 1].text
        )
        if (
            (
                labels[i] == "sub"
                and not credited
                and _form(items[i].text) not in dated_forms
                and not _set_apart_under_a_paragraph(items, labels, i)
            )
            or _small_sentence(text, _SMALL_SENTENCE_WORDS)
            or opens_with_dateline(text)
            # a box's label and title ("Related article: THE WOOL SALES.") heads no story
            or inset_label(text) is not None
            or not (credited or opens_with_dateline(items[i + 1].text))
            # The line's phrase goes on into the next ("Wagengestellung für Kohle, Koks
            # und" / "Briketts am 1. November …", "… Mr. Bauer, Mr" / "Jones. January 9.").
            or _runs_on(text, items[i + 1].text)
            or text.rsplit(None, 1)[-1].lower() in TITLES
        ):
            continue
        labels[i] = "head"
        if labels[i + 1] == "pcont":
            labels[i + 1] = "pstart"
        found.append(i)
    return found + _two_line_headings_over_datelines(items, labels)


def _set_apart_under_a_paragraph(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i`` stands between blank lines under a paragraph of two lines or more."""
    return (
        i >= 2
        and items[i - 1].no + 1 < items[i].no < items[i + 1].no - 1
        and labels[i - 2] in _TEXT
        and items[i - 2].no + 1 == items[i - 1].no
    )


def _agency_marked(text: str) -> bool:
    """Whether the dateline opening the line carries an agency's mark: "Prag, 23. Febr. ag
    (AFP) Die …", "Berlin, 1. Juli. (Wolff.) Der …"."""
    end = dateline_end(text)
    return end > 0 and ")" in text[:end]


def _two_line_headings_over_datelines(items: list[Line], labels: list[str]) -> list[int]:
    """The same for a headline of two lines, the first leaving its phrase open for the
    second ("Die Haussuchung am Sitze der" / "Volkssozialistischen Partei" over "Prag, 23.
    Febr. ag (AFP) Die …"). Returns the indexes of their first lines."""
    found = []
    for i in range(2, len(items) - 1):
        first, second, below = items[i - 1].text, items[i].text, items[i + 1].text
        if (
            labels[i - 1] not in _READ_AS_TEXT
            or labels[i] not in _READ_AS_TEXT
            or labels[i - 2] not in _TEXT
            or labels[i + 1] not in ("pstart", "pcont", "date")
            or not first[:1].isupper()
            or not ends_sentence(items[i - 2].text)
            or _abbreviation_stop(items[i - 2].text)
            or ends_sentence(first)
            or first[-1] in ",;:"
            or second[-1] in "-¬⸗"
            or len(first.split()) + len(second.split()) > _HEADING_WORDS
            or _small_sentence(f"{first} {second}", _SMALL_SENTENCE_WORDS)
            or not opens_with_dateline(below)
            or _runs_on(second, below)
        ):
            continue
        labels[i - 1] = labels[i] = "head"
        if labels[i + 1] == "pcont":
            labels[i + 1] = "pstart"
        found.append(i - 1)
    return found


# A deck line under a headline is no longer than this many words.
_DECK_WORDS = 8
# A headline has at most this many deck lines between it and its dateline.
_DECK_LINES = 2


def headings_with_decks_over_datelines(items: list[Line], labels: list[str]) -> list[int]:
    """A subhead has no deck: "WOULD PROBE PAPER COST." / "New York State Federation of
    Labor" / "Acts Before Adjourning." / "GLENS FALLS, N. Y., August 28.—The …" is the
    headline of the story that dateline opens, with its deck, though the model read the
    first line as a subhead and the others as text. The heading follows a finished
    sentence; one or two short lines follow it, none closing a sentence but the last, and
    the last not running on into the dateline's line. The lines between are the deck, the
    dateline's line opens the text. Returns the indexes of those headlines."""
    found = []
    for i in range(1, len(items) - 2):
        if (
            labels[i] != "sub"
            or labels[i - 1] not in _TEXT
            or not ends_sentence(items[i - 1].text)
            or len(items[i].text.split()) > _HEADING_WORDS
        ):
            continue
        for size in range(1, _DECK_LINES + 1):
            k = i + 1 + size  # the dateline's line
            if k >= len(items):
                break
            decks = range(i + 1, k)
            if any(
                labels[j] not in ("pstart", "pcont", "deck", "caption")
                or len(items[j].text.split()) > _DECK_WORDS
                or items[j].no != items[j - 1].no + 1
                for j in decks
            ) or any(ends_sentence(items[j].text) for j in decks[:-1]):
                break
            if not opens_with_dateline(items[k].text):
                continue
            if _runs_on(items[k - 1].text, items[k].text):
                break
            labels[i] = "head"
            for j in decks:
                labels[j] = "deck"
            labels[k] = "pstart"
            found.append(i)
            break
    return found


# A heading no longer than this many words may be set in the form of the page's headlines.
_FORM_WORDS = 6
_CLOSE_MARKS = "\"'”’“»«"


def _form(text: str) -> tuple[str, str, bool]:
    """How a heading is set: its case, how it ends, and whether it is a short one."""
    words = text.count(" ") + 1
    case = "caps" if text.isupper() else "title" if text[:1].isupper() else "other"
    last = text.rstrip(_CLOSE_MARKS)[-1:]
    end = "stop" if last in ".!?" else "open" if last.isalnum() else "mark"
    return case, end, words <= 2


def _set_alike(form: tuple[str, str, bool], forms: set[tuple[str, str, bool]]) -> bool:
    """Whether a heading of ``form`` is set as one of the page's headlines. A heading begun
    with a capital and closed by its stop is so set whatever its length ("Familien-
    Nachrichten." and "Fonds- und Staats-Papiere."); in capitals the length counts, a
    rubric of a word or two heading its story ("VORBEMERKUNGEN.") where a longer line
    inside one is a subhead ("VOLS INTÉRIEURS ET INTERNATIONAUX.")."""
    if form in forms:
        return True
    return form[:2] == ("title", "stop") and any(other[:2] == form[:2] for other in forms)


# A heading set apart has at least this many words; fewer make a label ("Photo", "Fin").
_APART_WORDS = 3


def headings_set_apart(items: list[Line], labels: list[str]) -> list[int]:
    """ "… subi d'importants dommages." / "Union européenne : ACTA rejeté par le Parlement
    européen" / "Après trois ans de mobilisation, …": a line read as a paragraph of its
    own, after a finished sentence and over a paragraph, that closes on no mark at all, is
    a heading: a paragraph ends its sentence. Where the text below it speaks of other
    things than the text above (``topic_shift``), it is the headline of the story it
    opens; otherwise a subhead. A line the model read as a subhead opens a story only set
    apart by blank lines, where the text below shares none of the words above, and on a
    page the model read as several stories ("Late Ferry Times" in a short story of one
    page stays its subhead). Returns the indexes of the headlines."""
    found = []
    # A subhead opens a story only on a page the model has read as several stories.
    several = any(label == "head" and labels[k - 1] in _BODY for k, label in enumerate(labels) if k)
    for i in range(1, len(items) - 1):
        line, text = items[i], items[i].text
        # (A photo's caption or a box set between the text and the line stands aside.)
        k = i - 1
        while k > 0 and labels[k] in _SET_BETWEEN and labels[i] == "pstart":
            k -= 1
        if (
            labels[i] not in ("pstart", "sub")
            or (labels[i] == "sub" and not several)
            or labels[k] not in _TEXT
            or labels[i + 1] != "pstart"
            or (labels[i] == "sub" and items[i - 1].no + 1 == line.no)
            or (labels[i] == "sub" and line.no + 1 == items[i + 1].no)
            # (a subhead in capitals may close on its stop, as old papers' headlines do,
            # a stop no initial's: "DR. J. W. ZINKEISEN." is a name)
            or not (
                text.rstrip(_CLOSE_MARKS)[-1:].isalnum()
                or (
                    labels[i] == "sub" and is_caps(text) and text.endswith(".") and ". " not in text
                )
            )
            # a quotation set apart is a heading where it ends on a word that can end a
            # phrase ("'A building with a past'"; "‚In Gemeinschaft mit den nicht‘" is none)
            or (
                text[-1:] in _CLOSE_MARKS
                and text.rstrip(_CLOSE_MARKS).rsplit(None, 1)[-1].lower() in OPEN_WORDS
            )
            or not text.lstrip(_QUOTE_OPENERS)[:1].isupper()
            or len(text.split()) < _APART_WORDS
            or len(text) > _SCREEN_LINE  # a paragraph a screen set on one line
            or not ends_sentence(items[k].text)
            # a story's dateline alone is no text finished ("BRISBANE, Monday." / "IT
            # BECAME KNOWN." / "Some sensation …")
            or dateline_end(items[k].text) >= len(items[k].text)
            # A list's items close on no mark either: "Key points:" / "• Rates unchanged".
            or items[k].text.endswith(":")
            or _BULLET.match(line.fixed) is not None
            or opens_with_dateline(text)
            or desk_credit(text)  # "Reporting by …; Editing by …" closes the story
        ):
            continue
        # The model's subhead needs the surer sign: no word shared across it, or a word
        # or two by chance where the heading names what follows it.
        shift = topic_shift(items, i, labels)
        if shift == "coh=0" or (
            shift == "coh=1"
            and (
                labels[i] != "sub"
                or (names_what_follows(items, i, labels) and not _ends_on_an_open_word(text))
            )
        ):
            if k < i - 1:
                continue  # under a caption or a box, only a subhead is read so
            labels[i] = "head"
            found.append(i)
        else:
            labels[i] = "sub"
    return found


# A heading in capitals runs over at most this many lines; capitals in more are a notice.
_CAPS_HEADING_LINES = 4
# A line in capitals, though OCR reads a letter or two small: this share of its letters.
_CAPS_SHARE = 0.9


# Two small letters in a row: running text has them on every line, and OCR misreads a
# letter of capitals small one at a time ("BOUItSE"), not two together.
_TWO_SMALL = re.compile(r"[a-zà-öø-ÿß]{2}")


def _mostly_caps(text: str) -> bool:
    """A line in capitals, though OCR read a letter or two small."""
    if _TWO_SMALL.search(text) is not None:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= _CAPS_SHARE * len(letters)


def _not_heading(text: str) -> bool:
    """A line in capitals that is some other thing: a byline, a dateline, an inset's
    label ("READ MORE"), an item's title run into its text ("SOCIETA … FERRATA. —Il")."""
    return bool(
        byline_name(text)
        or opens_with_dateline(text)
        or inset_label(text)
        or _label_alone(text)
        or run_in_title(text, stop_closed=False)
    )


def _label_alone(text: str) -> bool:
    """An inset's label alone on its line, with no mark: "READ MORE"."""
    m = inset_label(text.rstrip(" :—–") + ":")
    return m is not None and not m.group("rest")


# "Tennis : victoire de …", "Tour d'Espagne : Ilinault demeure leader": a topic, the French
# colon set apart, and what happened: the form of a French headline, not of a subhead.
# (a year or a day may date the topic: "Élection présidentielle américaine de 2012 :
# Obama …", "Météo du 19 août 2012 : une trentaine de …")
_TOPIC_HEADLINE = re.compile(
    r"[A-ZÀ-Ý][^\W\d_]*(?:[ '’-][^\W\d_]+){0,3}"
    r"(?: [^\W\d_]+ (?:\d{1,2} [^\W\d_]+ )?\d{4})? : [^\W\d_]"
)


# A rule printed across the column between two stories: "———", "* * *", "-o-".
_RULE = re.compile(r"[—–\-_=*·•~][—–\-_=*·•~\s]+[—–\-_=*·•~]|[—–\-_=~]+\s*[oO0*·•]\s*[—–\-_=~]+")
# A heading under a rule has at most this many words.
_RULED_HEADING_WORDS = 12


def headings_under_a_rule(items: list[Line], labels: list[str]) -> list[int]:
    """ "… mit beiden Seiten verhandeln." / "———" / "Neuer Tunnel unter der Schelde
    eröffnet" / "Antwerpen, 3. März. Nach …": a rule across the column ends a story, and a
    line right under it that ends no sentence, over a line of text that opens on a
    capital, is the next story's headline, where the model read it as the text going
    on. Returns the indexes of the headlines."""
    found = []
    for i in range(1, len(items) - 1):
        text, below = items[i].text, items[i + 1].text
        if (
            labels[i] in _TEXT
            and labels[i - 1] in _REMOVED
            and _RULE.fullmatch(items[i - 1].text)
            and text[:1].isupper()
            and not ends_sentence(text)
            and text[-1:] not in ",;:-"
            and len(text.split()) <= _RULED_HEADING_WORDS
            and labels[i + 1] in _TEXT
            and below[:1].isupper()
        ):
            labels[i], labels[i + 1] = "head", "pstart"
            found.append(i)
    return found


def topics_read_as_subheads(items: list[Line], labels: list[str]) -> list[int]:
    """A subhead goes on with its story's text; a French headline names its topic first,
    then, after a colon set apart, what happened ("Science : fin de la traque du boson de
    Higgs ?"). A line read as a subhead in that form, between a story's text and the
    text it heads, opens a story; so does one read as a paragraph of its own line, set
    apart over the text under the text's closed sentence, that closes on no stop
    ("Élection présidentielle américaine de 2012 : Obama raille « Coach » Romney"; a
    question mark may close it).
    Returns the indexes of the headlines."""
    found = []
    for i in range(1, len(items) - 1):
        text = items[i].text
        if (
            (
                labels[i] == "sub"
                or (
                    labels[i] == "pstart"
                    and items[i + 1].no > items[i].no + 1
                    and ends_sentence(items[i - 1].text)
                    and text.rstrip("»”\"' ")[-1:] not in ".!:;,"  # (a question may head)
                )
            )
            and labels[i - 1] in _BODY
            and labels[i + 1] in _TEXT
            and _TOPIC_HEADLINE.match(text) is not None
        ):
            labels[i] = "head"
            labels[i + 1] = "pstart"
            found.append(i)
    return found


def capitals_read_as_text(items: list[Line], labels: list[str]) -> list[int]:
    """Running text is set in small letters: lines in capitals read as a paragraph's,
    under a finished sentence and over a paragraph in small letters, are a heading: the
    headline of the story that paragraph opens ("… l'investira comme candidat à sa
    succession." / "BOURSE : L'ACTION DE" / "SAMSUNG EN BAISSE APRÈS SA" / "CONDAMNATION
    FACE À APPLE." / "Rome 22. — L'action de Samsung …"). Not a byline's name, a
    dateline, an inset's label or an item's run-in title; not a run of more than a few
    lines (an official notice set in capitals), of one word ("ZAHLEN"), of two sentences
    (a quotation set in capitals) or ending on a comma or a broken word; and the
    paragraph under it must hold small letters. Returns the indexes of the headlines."""
    found = []
    i = 1
    while i < len(items) - 1:
        j = i
        while j < len(items) and labels[j] in _TEXT and _mostly_caps(items[j].text):
            j += 1
        if j == i:
            i += 1
            continue
        run, i = range(i, j), j
        if (
            j >= len(items)
            or len(run) > _CAPS_HEADING_LINES
            or labels[run[0] - 1] not in _TEXT
            or labels[j] not in _TEXT
            or not items[j].text[:1].isupper()
            or not any(c.islower() for c in items[j].text)
            or not ends_sentence(items[run[0] - 1].text)
            # a word broken at the run's end goes on below it: "THROUGH - \"SCULLDUG¬"
            or items[run[-1]].text[-1:] in "-¬⸗"
            or sum(len(items[k].text.split()) for k in run) < 2  # a label: "ZAHLEN"
            or any(items[k].no != items[k - 1].no + 1 for k in (*run[1:], j))
            or any(_not_heading(items[k].text) for k in run)
            # one sentence at most, not closed by a comma: "\"THIS YEAR IS … OF 1816," /
            # "… A BUSHEL. AT THIS RATE" is a quotation set in capitals
            or _SENTENCE_BREAK.search(" ".join(items[k].text for k in run)) is not None
            or items[run[-1]].text.endswith(",")
        ):
            continue
        for k in run:
            labels[k] = "head"
        labels[j] = "pstart"
        found.append(run[0])
    return found


# A comma, or a stop after a word or an initial, inside a line.
_INNER_MARK = re.compile(r"\w[.,]\s")


def _fills_column(text: str, width: int) -> bool:
    """A line of running text: words across most of the column."""
    return text.count(" ") >= _TEXT_WORDS - 1 and len(text) * 10 >= width * 8


def headline_over_the_first_line(items: list[Line], labels: list[str]) -> list[int]:
    """ "Shares worldwide surge due to US government plan" / "Stock markets around the
    world, particularly" / "those in …": the page's first line, read as its text's first
    where nothing above it was read as a headline, that ends on no stop or mark while the
    line under it opens a sentence on a capital the page's text sets small elsewhere, is
    the headline (as ``headlines_over_first_lines`` finds one under another story): no
    sentence runs on from it into a new one. Returns the indexes relabelled."""
    i = next((k for k, label in enumerate(labels) if label not in _REMOVED), None)
    if i is None or i + 2 >= len(items):
        return []
    first = _heading_over_a_sentence(items, labels, i)
    if first is None or not (
        _common_word(first, _small_words(items, labels))
        or _wider_than_its_paragraph(items, labels, i)
    ):
        return []
    labels[i], labels[i + 1] = "head", "pstart"
    return [i]


def _heading_over_a_sentence(items: list[Line], labels: list[str], i: int) -> str | None:
    """The first word of the line under line ``i`` where line ``i``, read as a paragraph's
    first over two more of its lines, is set as a heading over a sentence opening on a
    capital: it opens on a capital and ends on no stop or mark, of a few words at least,
    with no comma or inner stop ("W. J. Camplin, S.M., at the Central": a list of names),
    its phrase not running on into the line under it, and no dateline, byline or run-in
    title. None where it is not."""
    text, below = items[i].text, items[i + 1].text
    first = _LEAD_WORD.match(below)
    if (
        labels[i] != "pstart"
        # the paragraph under it goes on: "… Western" / "Gold-fields, Sofala." is one
        or labels[i + 1] != "pcont"
        or labels[i + 2] != "pcont"
        or items[i + 2].no != items[i].no + 2
        or first is None
        or (len(first.group()) > 1 and first.group().isupper())
        or not text[:1].isupper()
        or not text[-1:].isalnum()
        or len(text.split()) < _APART_WORDS
        or _INNER_MARK.search(text) is not None
        or _runs_on(text, below)
        or text[text.rfind(" ") + 1 :].lower() in _PREPOSITIONS
        or opens_with_dateline(text)
        or byline_name(text)
        or run_in_title(text) is not None
    ):
        return None
    return first.group()


# A line this much wider than every line of the paragraph under it was not set to its
# measure; and the paragraph has at least this many lines to show its measure.
_WIDER_THAN_MEASURE = 1.05
_MEASURE_LINES = 3


def _wider_than_its_paragraph(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i`` runs wider than every line of the paragraph it was read as the
    first of, which the measure that wrapped them would have broken."""
    k, widths = i + 1, []
    while k < len(items) and labels[k] == "pcont" and items[k].no == items[k - 1].no + 1:
        widths.append(len(items[k].text))
        k += 1
    return len(widths) >= _MEASURE_LINES and len(items[i].text) > _WIDER_THAN_MEASURE * max(widths)


def headlines_over_first_lines(items: list[Line], labels: list[str]) -> list[int]:
    """ "… en 2010." / "Tennis : victoire de Serena Williams à Wimbledon" / "Après 2002,
    2003, …": a line read as a paragraph's first, under a finished sentence, that ends on
    no stop or mark while the line read as its second opens a sentence on a capital the
    page's text sets small elsewhere ("après") is no paragraph's first line: no sentence
    runs on from it into a new one. Where the text below it speaks of other things than
    the text above, it is the headline of the story its next line opens. A line the
    phrase runs on from ("… for the" / "Government …"), a dateline, a byline or a run-in
    title stays as it was read. Returns the indexes of the headlines."""
    found = []
    small = None
    width = column_width(items)
    for i in range(1, len(items) - 2):
        if (
            labels[i] != "pstart"
            or labels[i - 1] not in _BODY
            or not ends_sentence(items[i - 1].text)
            or (first := _heading_over_a_sentence(items, labels, i)) is None
            # under running text, not under a masthead's lines read as text ("45 67.")
            or not any(_fills_column(items[k].text, width) for k in range(max(0, i - 3), i))
            or topic_shift(items, i, labels) not in ("", "coh=0", "coh=1")
        ):
            continue
        if small is None:
            small = _small_words(items, labels)
        if _common_word(first, small):
            labels[i], labels[i + 1] = "head", "pstart"
            found.append(i)
    return found


# A heading set between paragraphs has at most this many words.
_BETWEEN_WORDS = 4


def _heading_between(items: list[Line], i: int) -> bool:
    """Whether line ``i``, which the model read as a headline too unsure to open a story,
    is set as a subhead between two paragraphs ("… over the six-mile course." / "RESULTS" /
    "1. Westbury Harriers 48 pts"): a few words in capitals, closed by no mark, after a
    finished sentence and over a line that opens on a capital or a figure. Text cannot go
    on from a sentence's end in capitals alone."""
    text = items[i].text
    return (
        0 < i < len(items) - 1
        and text.isupper()
        and text[-1:].isalnum()
        and len(text.split()) <= _BETWEEN_WORDS
        and ends_sentence(items[i - 1].text)
        and (items[i + 1].text[:1].isupper() or items[i + 1].text[:1].isdigit())
    )


# A sentence of the text runs on over at most this many lines read as something else.
_RUN_ON_LINES = 3


def _sentence_run_on(items: list[Line], labels: list[str], i: int) -> None:
    """ "… are said to be very heavy." / "It is reported that Marshal MacMahon has fallen
    back upon" / "Saverne.": line ``i``, read as a headline too unsure to open a story and
    given another heading's label, is a paragraph of the text where it is a sentence in
    small letters after a finished sentence, its phrase running on into the next lines
    until its stop (``_sentence_running_on``); those lines go on with it."""
    run = _sentence_running_on(items, labels, i)
    if run:
        labels[i] = "pstart"
        for k in run:
            labels[k] = "pcont"


def _sentence_running_on(items: list[Line], labels: list[str], i: int) -> list[int]:
    """The lines a sentence in small letters begun on line ``i``, after a finished
    sentence of the text, runs on over to its stop; empty where it is no such sentence."""
    text = items[i].text
    words = text.split()
    if (
        i == 0
        or labels[i - 1] not in _TEXT
        or not ends_sentence(items[i - 1].text)
        or ends_sentence(text)
        or len(words) < _SENTENCE_LINE_WORDS
        or 2 * sum(w[:1].islower() for w in words[1:]) <= len(words) - 1
    ):
        return []
    return _lines_to_the_stop(items, labels, i, lambda label: label not in _REMOVED)


def _lines_to_the_stop(items: list[Line], labels: list[str], i: int, may) -> list[int]:
    """The lines under line ``i``, one under the other and each read as a label ``may``
    allows, down to the first that ends a sentence (``_RUN_ON_LINES`` at most); empty
    where the sentence ends on none of them."""
    run = []
    for k in range(i + 1, min(len(items), i + 1 + _RUN_ON_LINES)):
        if items[k].no != items[k - 1].no + 1 or not may(labels[k]):
            return []
        run.append(k)
        if ends_sentence(items[k].text):
            return run
    return []


# A line in Title Case of this many words is a headline's, not a subhead's ("What Comes
# Next", "Over Blocking").
_TITLED_WORDS = 5


def _titled(text: str) -> bool:
    """A heading in Title Case of ``_TITLED_WORDS`` words or more, closing on no mark."""
    return (
        text[-1:].isalnum()
        and len(text.split()) >= _TITLED_WORDS
        and not is_caps(text)
        and _title_case(text)
    )


# What ``topic_shift`` says across a headline between stories: too little text to tell,
# or the text below shares no more than a word or two of the text above.
_NEW_SUBJECT = ("", "coh=0", "coh=1")


def like_headlines(
    items: list[Line], labels: list[str], doubtful: frozenset[int] = frozenset()
) -> list[int]:
    """A page of several stories sets their headlines alike. Where the model has opened a
    story on a one-line headline over text ("Bestätigung."; the page's first headline
    counts too, "Hauptstädtisches."), a line set the same way
    between a finished sentence and a new paragraph opens a story too, however unsure the
    model is of it ("Boshaft.", "Ausweg." read as a paragraph's lines), unless the text
    goes on about the same things across it (sharing more than a word or two) or the line
    ends on a word that leaves its phrase open ("MRS. EMERY AND."). A headline closing on
    no stop ("Volunteers Count Record Number of Seabirds", the first of articles pasted
    one after another) makes its form one to look for only as the page's first, and a
    line of that form opens a story only set apart by blank lines where the text is seen
    to change its subject across it (or, in Title Case and five words long, shares only
    several words with the text above, ``_titled``), and not closing on a photo's credit.
    Where the page's first headline is in capitals, a line in capitals set apart on a new
    subject opens a story whatever its stop (``_capitals_apart``). A line in
    ``doubtful`` (raw line numbers of headlines the model was too unsure of to open a
    story) needs no change of subject: its form and the model's doubt decide together."""
    forms = set()
    headed = False
    titled = False  # the page's first headline, closing on no stop, is in Title Case
    previous = ""
    for i, label in enumerate(labels):
        if (
            label == "head"
            and (previous in _BODY or not headed)
            and i + 1 < len(labels)
            and labels[i + 1] in _TEXT
        ):
            form = _form(items[i].text)
            # A form closing on no stop is taken from the page's first headline only: the
            # stories pasted after it are set as it is.
            if form[1] == "stop" or (form[1] == "open" and not headed):
                forms.add(form)
                titled = titled or (form[1] == "open" and _titled(items[i].text))
        if label in _STARTS or label in _BODY:
            headed = True
        if label not in _REMOVED:
            previous = label
    # (the page's first headline, over its text or its decks, set in capitals)
    first = next((k for k, label in enumerate(labels) if label == "head"), None)
    capitals = first is not None and is_caps(items[first].text)
    if not forms and not capitals:
        return []
    width = column_width(items)
    found = []
    for i in range(1, len(items) - 1):
        text = items[i].text
        if (
            labels[i] in _MAY_OPEN
            and labels[i - 1] in _TEXT
            and labels[i + 1] in _TEXT
            and text.count(" ") < _HEADING_WORDS
            and ends_sentence(items[i - 1].text)
            and (items[i + 1].text[:1].isupper() or items[i + 1].text[:1] in "\"“„«‚'")
            and (_set_alike(_form(text), forms) or (capitals and _capitals_apart(items, labels, i)))
            # a heading ends on a word that can end a phrase: "MRS. EMERY AND." is none
            and not _ends_on_an_open_word(text)
            and (
                (
                    text.count(" ") < _FORM_WORDS
                    and len(text) * 10 < width * 6
                    and _TITLE_END.search(text) is not None
                    and (items[i].no in doubtful or topic_shift(items, i, labels) in _NEW_SUBJECT)
                )
                # One closing on no stop is set apart as the first was, by blank lines, and
                # the text is seen to change its subject across it; it may be as long as a
                # heading's line.
                or (
                    text[-1:].isalnum()
                    and len(text) < width
                    # (a caption closing on its photo's credit: "… on Monday morning. AFP")
                    and split_credit(text)[1] is None
                    and items[i - 1].no + 1 < items[i].no < items[i + 1].no - 1
                    and (
                        items[i].no in doubtful
                        or topic_shift(items, i, labels) in _NEW_SUBJECT[1:]
                        # (or shares several, where the line names what follows it)
                        or (
                            topic_shift(items, i, labels) == "coh=2"
                            and names_what_follows(items, i, labels)
                        )
                        # (a headline in Title Case as long as a story's under one so set,
                        # though the two stories share a few words: "Volunteers Count
                        # Record Number of Seabirds" … "New Bus Routes Start on Monday")
                        or (titled and _titled(text) and topic_shift(items, i, labels) == "coh=2")
                    )
                )
            )
        ):
            labels[i] = "head"
            labels[i + 1] = "pstart"
            found.append(i)
    return found


def _ends_on_an_open_word(text: str) -> bool:
    """Whether the line's last word, its stop aside, leaves its phrase open
    (``_phrase_open``): "MRS. EMERY AND.", "… SE TIENDRA À."."""
    return _phrase_open(text.rstrip(_CLOSE_MARKS + ".!?"))


def _capitals_apart(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i``, on a page whose first headline is in capitals, is a heading in
    capitals closing on no mark or on a stop, set apart by blank lines, where the text
    below shares no word with the text above: a story's headline, with or without its
    stop ("EXPLOSION IN FIRE-" / "PLACE." … "A BRILLIANT AFFAIR", "THE LIST."), not a
    phrase of capitalised words alone."""
    text = items[i].text
    return (
        (text[-1:].isalnum() or _TITLE_END.search(text) is not None)
        and is_caps(text)
        # (no names: "JOHN O'NEILL AND CLAIRE DOYLE" is a byline, "AVIS IMPORTANT" a
        # notice's label)
        and not looks_like_name(text.split())
        and items[i - 1].no + 1 < items[i].no < items[i + 1].no - 1
        and topic_shift(items, i, labels) == "coh=0"
    )


# Fewer letters than this make no headline's word: a number ("1S15"), unless it numbers
# a part ("1)").
_LETTERS_OF_A_WORD = 3


def _sentence_going_on_under(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i``, in small letters and closing on no stop, comes straight under a
    full line of the text that ends on a word or a number: the sentence goes on into it,
    however like a headline the model found it ("… had increased" / "29 per cent in the
    last eight years", "… at meeting of full" / "Federal Cabinet on Monday", "… on the
    night of October 9" / "1915"). Another story's headline comes under a text closed by
    its stop or a comma, or is set in capitals, or closes on its own stop ("… Dr.
    Bertling," / "4) Verkäufe …")."""
    text, above = items[i].text, items[i - 1].text
    lower, upper = sum(c.islower() for c in text), sum(c.isupper() for c in text)
    return (
        i >= 2
        and labels[i - 1] in _TEXT
        and items[i - 1].no + 1 == items[i].no
        and above[-1:].isalnum()
        # (a full line of the text, not a short one that may be a headline's first line:
        # "… 11350.58 points." / "“Fire Crews" / "Tackle Moorland" / "Blaze”")
        and len(above) * 10 >= len(items[i - 2].text) * 6
        and (lower >= upper if lower + upper >= _LETTERS_OF_A_WORD else text[-1:].isalnum())
        and not text.endswith(".")
    )


# A part's number alone on its line: "III", "IV.", "2.".
_PART_NUMBER = re.compile(r"(?:[IVXL]+|\d{1,2})\s?\.?")


# Articles, written small: no heading ends on one.
_ARTICLES = wordset("the a an der die das den dem des ein eine einer le la les un une du")
# Words no phrase ends on: it goes on after them (not OPEN_WORDS, which holds "est",
# French's "is", the end of "Le Républicain de l'Est").
_PHRASE_TIES = _ARTICLES | _JOINING_WORDS | _TYING_WORDS


def _sentence_on_its_line(text: str) -> bool:
    """Whether a line of a page set a paragraph to a line is a paragraph of one sentence."""
    return (
        len(text.split()) > _UNWRAPPED_SENTENCE_WORDS and ends_sentence(text) and not is_caps(text)
    )


def _title_between_paragraphs(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i`` is a title set alone, a blank line over it and under it, between
    two paragraphs (of a page set a paragraph to a line, text pasted from a screen, the
    caller has found): four words or more, most of them capitalised, not in capitals,
    closing no sentence ("Factory Closure Puts 300 Jobs at Risk"). Such a page's next story
    opens so; whether it does is the subject's to say (``opens_story``)."""
    if not (0 < i < len(items) - 1 and labels[i - 1] in _TEXT and labels[i + 1] in _TEXT):
        return False
    text = items[i].text
    words = _WORD_OF_LETTERS.findall(text)
    big = [w for w in words if w.lower() not in _TITLE_SMALL]
    return (
        items[i - 1].no + 1 < items[i].no < items[i + 1].no - 1
        and len(words) >= _TITLE_WORDS
        and not is_caps(text)
        and not ends_sentence(text)
        and 3 * sum(w[0].isupper() for w in big) >= 2 * len(big)
    )


# A title holds this many words at least (fewer, "Over blocking", is as often a subhead).
_TITLE_WORDS = 4


def opens_story(
    items: list[Line],
    labels: list[str],
    i: int,
    marginal,
    kept: set[int],
    language: str = "und",
    unwrapped: bool | None = None,
) -> bool:
    """Whether line ``i``, read as a headline (or as a line a weaker headline may have been
    read as, ``_MAY_OPEN``) after another story's text, opens a story. How sure the model
    must be depends on whether the text goes on about the same things across it
    (``features.topic_shift``). ``unwrapped``: whether the page is set a paragraph to a
    line (``_a_paragraph_to_a_line``), where the caller knows."""
    if unwrapped is None:
        unwrapped = _a_paragraph_to_a_line(items, labels)
    label = labels[i]
    sure = marginal("head", i) + marginal("kicker", i)
    # Most paragraphs are no headline by any reading, as the model says before any other
    # test is made; but a title set alone between two paragraphs of a page copied from a
    # screen is asked whatever the model read it as.
    if (
        label in _MAY_OPEN
        and sure < _NEED["coh=0"]
        and not (unwrapped and _title_between_paragraphs(items, labels, i))
    ):
        return False
    # A part's number alone ("III", "2.") heads a part of the text it is in.
    if _PART_NUMBER.fullmatch(items[i].text) is not None:
        return False
    # Nor does a paragraph of one sentence on a page set a paragraph to a line
    # (``paragraphs_read_as_headlines``) open a story, however new its subject.
    if label in _TEXT and unwrapped and _sentence_on_its_line(items[i].text):
        return False
    # No headline ends on an article, unless it goes on on the next line ("Apparait que
    # les" over "Il apparait que les prisonniers …" is the paragraph's first words set as
    # a subhead).
    words = items[i].text.split()
    if words and words[-1] in _ARTICLES and not (i + 1 < len(items) and labels[i + 1] in _STARTS):
        return False
    if opens_in_small_letters(items[i].text) and _text_left_open(items, labels, i):
        return False
    # A sentence left on a title's stop ("… The resignation of Mr. G. H.") goes on under
    # whatever a box set between ("Reid as president …"): no story ends there.
    if _text_left_on_a_name(items, labels, i):
        return False
    # A text closing on a colon goes on below it ("… the filter is full of flaws:" /
    # "Collaborative Testing: a leaking dam", read as a subhead; "… to arrest Laura Ling and
    # Euna Lee:" / "" / "Grave crime", read as a headline): no story ends so, unless the
    # headline is set in capitals, as an old paper's are (a story cut short there:
    # "… die mindestens enthalten:" / "PARLAMENTSBERICHT").
    if (
        labels[i - 1] in _TEXT
        and items[i - 1].text.endswith(":")
        and (label in _MAY_OPEN or not is_caps(items[i].text))
    ):
        return False
    if subhead_in_capitals(items, labels, i) or subhead_in_sentence_case(
        items, labels, i, language
    ):
        return False
    # A box's label alone on its line heads the box, not a story ("À LIRE AUSSI" /
    # "Chômage : le nombre d’emplois menacés …").
    if label_alone(items[i].text) or box_title(items[i].text):
        return False
    if _goes_on_in_headline(items, labels, i):
        # A headline of two lines is as sure as its surer line.
        sure = max(sure, marginal("head", i + 1) + marginal("kicker", i + 1))
    if label not in _MAY_OPEN:
        if _sentence_going_on_under(items, labels, i):
            return False
        # Where the subject seems to change, a weaker headline opens a story, but not a
        # sentence in small letters running on to its stop ("It is reported that Marshal
        # MacMahon has fallen back upon" / "Saverne.").
        if sure < SPLIT_CONFIDENCE and _sentence_running_on(items, labels, i):
            return False
        # The line right under a box's label goes on in the box ("Related article: THE
        # RAILWAY BUDGET." / "MELBOURNE, Wednesday."), whatever the model read it as.
        if (
            labels[i - 1] == "inset"
            and items[i - 1].no == items[i].no - 1
            and inset_label(items[i - 1].text) is not None
        ):
            return False
        shift = topic_shift(items, i, labels)
        # A heading set as a subhead read earlier in the story, where the story goes on
        # about the same things across it, is another of its subheads however sure the
        # model is ("Over blocking" set in a column 22 wide, under "Collaborative Testing:
        # a leaking dam").
        if _set_as_its_subheads(items, labels, i):
            return shift not in SAME_SUBJECT and sure >= _NEED["coh=3"]
        if shift == "coh=3" and not is_caps(items[i].text) and not _header_under(labels, i):
            return False
        if shift == "coh=2" and not is_caps(items[i].text) and not _header_under(labels, i):
            return sure >= _NEED_SAME_SUBJECT_BARE
        if _phrase_goes_on_into_the_text(items, labels, i):
            return False
        return sure >= _NEED.get(shift, SPLIT_CONFIDENCE)
    return (
        items[i].no not in kept
        and (label != "caption" or split_credit(items[i].text)[1] is None)
        # a photo's caption printed over the next story's headline opens no story
        and not (label == "caption" and _caption_over_a_headline(items, labels, i))
        # a box's label ("Related article: …") heads no story, nor its lines, nor the
        # block under the label (its title or teaser)
        and inset_label(items[i].text) is None
        and not (
            label == labels[i - 1] == "inset"
            and (items[i - 1].no == items[i].no - 1 or inset_label(items[i - 1].text) is not None)
        )
        and (
            topic_shift(items, i, labels) == "coh=0"
            or (
                topic_shift(items, i, labels) == "coh=1"
                and _heading_set_as_a_paragraph(items, labels, i)
            )
        )
        and has_letters(items[i].text)
        # a subhead set like one read earlier in the story heads a part of it, whatever
        # the few words around it share ("Over blocking" over a short line and a box)
        and not (
            label == "sub" and _set_as_its_subheads(items, labels, i) and sure < _NEED["coh=3"]
        )
    )


# A heading set as a paragraph of its own holds this many words at most.
_PARAGRAPH_HEADING_WORDS = 8


def _heading_set_as_a_paragraph(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether line ``i``, read as a paragraph's first line, is set as a heading between
    two paragraphs of a page printed with no blank lines: a phrase of a few words on a
    line or two, closing as a headline does (on a stop or on nothing), after a finished
    sentence and right over the next paragraph's first line ("… accept proposal for
    admitting Greece to Conference." / "Poisoning Cattle." / "A herd of Highland cattle
    …")."""
    # (its last line: the heading's second, where it has one)
    j = i + 1 if i + 1 < len(items) and labels[i + 1] == "pcont" else i
    text = " ".join(items[k].text for k in range(i, j + 1))
    return (
        i > 0
        and j + 1 < len(items)
        and labels[j + 1] == "pstart"
        and labels[i - 1] in _TEXT
        and ends_sentence(items[i - 1].text)
        # (no blank line above it or under it: one there sets a heading apart for the
        # model to see)
        and items[i - 1].no == items[i].no - 1
        and items[j + 1].no == items[j].no + 1
        and len(text.split()) <= _PARAGRAPH_HEADING_WORDS
        and text.rstrip()[-1:] not in ",;:"
    )


# The first word of a line, past any opening marks, and the word after it.
_FIRST_WORDS = re.compile(r"[^\w]*([^\W\d_][\w'’-]*)(?:\s+(\w))?")
# Name particles a headline may open on: "de Gaulle dit non", "van Gogh Sold for Millions".
_PARTICLES = frozenset(("de", "du", "da", "di", "van", "von", "der", "den", "le", "la", "al", "el"))


def opens_in_small_letters(text: str) -> bool:
    """Whether a line opens on a word in small letters, as a headline seldom does. A word
    with a capital inside ("iPhone", "eBay") and a name's particle before a capital ("de
    Gaulle") are a headline's words."""
    m = _FIRST_WORDS.match(text)
    if m is None:
        return False
    word, after = m.group(1), m.group(2) or ""
    if not word.islower():
        return False
    return not (word in _PARTICLES and after[:1].isupper())


# A line of text ending on a title's stop, perhaps with initials: "… of Mr.", "… Mr. G. H.".
_NAME_LEFT_OPEN = re.compile(
    r"(?:^|\s)(?i:" + "|".join(sorted(_NAME_TITLES)) + r")\.(?:\s[A-ZÀ-Þ]\.){0,3}$"
)


def _text_left_on_a_name(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether the text above line ``i``, past any box or caption set between, ends on a
    title's stop, perhaps with initials after it, its sentence open before the name ("The
    resignation of Mr. G. H." / "Related article: …" / "Reid as president …"). (An
    initial alone may end a signature: "… K.")"""
    k = next((k for k in range(i - 1, max(-1, i - _BOX_REACH), -1) if labels[k] in _TEXT), None)
    return k is not None and _NAME_LEFT_OPEN.search(items[k].text) is not None


# A box set inside a sentence holds this many lines at most: its label, title and teaser.
_BOX_REACH = 12


def _text_left_open(items: list[Line], labels: list[str], i: int) -> bool:
    """Whether the text above line ``i``, past any box or caption set between, ends in a
    word or a hyphen, its sentence open: a line in small letters there goes on with it,
    whatever parted them ("… cost $400 mil-" / a box / "lion."; "… promised for" /
    "reconstruction."). OCR reads some headlines in small letters ("dollar bill police
    clue."), but under a sentence it closed, or a line its dirt closed ("hw. ,")."""
    k = next((k for k in range(i - 1, -1, -1) if labels[k] in _TEXT), None)
    if k is None:
        return False
    end = items[k].text[-1:]
    return end.isalpha() or end in "-¬"


def subhead_in_capitals(items: list[Line], labels: list[str], i: int) -> bool:
    """ "Wildfire Forces Thousands to Flee Homes Near Marseille" / … / "EVACUATION ORDERS" /
    "Local authorities opened two schools …": under a page's first headline set in Title
    Case, a short line in capitals closing on no stop, run straight into the text below
    it, set right under the text above ("… unless they had to." / "WHY SO MUCH SNOW?" /
    "" / "Meteorologists say …") or under a box set in the text, is a subhead. (Old
    pages set their headlines in capitals with a stop: "Imperial Parliament." / … /
    "WHITSUNTIDE HOLIDAYS." opens a story.)"""
    if not (
        items[i].text.count(" ") < _CAPS_SUBHEAD_WORDS
        and is_caps(items[i].text)
        and not items[i].text.endswith(".")
        and i + 1 < len(items)
        and labels[i + 1] in _TEXT
        # right over the text, or right under the text above it, or under a box set in
        # the text ("Also read: …" / "" / "WAITING LISTS" / "" / "Patients say …")
        and (
            items[i + 1].no == items[i].no + 1
            or (i and items[i - 1].no == items[i].no - 1)
            or (i and labels[i - 1] == "inset")
        )
    ):
        return False
    first = next((k for k in range(i) if labels[k] == "head"), None)
    return first is not None and _title_case(items[first].text)


_CAPS_SUBHEAD_WORDS = 4  # a subhead in capitals has fewer words than this


def subhead_in_sentence_case(items: list[Line], labels: list[str], i: int, language: str) -> bool:
    """ "Apple Announces Mac OS X Lion, iOS 5, and iCloud" / … / "Developers will spend" /
    "" / "All 5,200 participating developers …": on an English page whose first headline is
    set in Title Case, a short line read as a headline over the text, in sentence case and
    closing on no stop, where the text goes on about the same things across it, is a
    subhead: a paper sets its headlines in one style, so a line in another, inside one
    subject, heads a part of the story. (A page may mix the styles: "First A380 enters
    commercial service", under a story about a fire, opens a story. English only: German
    writes its nouns with a capital, French its headlines in sentence case.)"""
    text = items[i].text
    if not (
        language == "en"
        and labels[i] == "head"
        and len(text.split()) <= _SENTENCE_SUBHEAD_WORDS
        and text[-1:] not in ".!?:"
        and _sentence_case(text)
        and i + 1 < len(items)
        and labels[i + 1] in _TEXT
    ):
        return False
    first = next((k for k in range(i) if labels[k] == "head"), None)
    if first is None:
        return False
    head = items[first].text
    capitals = [w for w in _WORD_OF_LETTERS.findall(head)[1:] if w.lower() not in _TITLE_SMALL]
    return (
        _title_case(head) and len(capitals) >= 2 and topic_shift(items, i, labels) in SAME_SUBJECT
    )


_SENTENCE_SUBHEAD_WORDS = 8  # a subhead in sentence case has at most this many words


@dataclass
class Tagging:
    labels: dict[int, str]  # each non-blank line's label, by raw line number
    # Lines where another story may begin, though the model was not sure enough to say so.
    doubtful_starts: list[int] = field(default_factory=list)
    # Lines that open an item of a news column on a title run into the text.
    run_in: list[int] = field(default_factory=list)


def tag(lines: list[Line], starts: frozenset[int] = frozenset(), language: str = "und") -> Tagging:
    """Label the page's lines.

    Only page furniture is removed, so a line is labelled as furniture only when the model
    is sure of it (``REMOVE_CONFIDENCE``); otherwise it keeps its likeliest other label.

    A new story is where a headline follows the text or the header of another. Splitting a
    story in two where it does not end costs its reader half the story, so a headline there
    must be a confident one: below ``SPLIT_CONFIDENCE`` the line keeps the likeliest label of
    the text it interrupts, and is reported as a doubtful start. At ``starts``, the lines
    where a curator begins a story, a headline needs no such confidence.
    """
    lines, controls = controls_on_top(lines)
    items, feats = sequence(lines)
    model = tagger()
    labels = model.tag(feats)
    texts_above = 0  # lines read as the text so far, which a paper's nameplate is above
    for i, label in enumerate(labels):
        if _year_closing_a_phrase(items, labels, i):
            labels[i] = "pcont" if labels[i - 1] in _TEXT else labels[i - 1]
        elif label in _REMOVED and (
            (
                model.marginal(label, i) < REMOVE_CONFIDENCE
                # (a paper's name over the page's text is its masthead, however unsure)
                and not (label == "masthead" and not texts_above and names_a_paper([items[i]]))
            )
            or _breaks_a_word(items, labels, i)
            or _sentence_going_on(items, labels, i)
            or sentences_of_prose(items[i].text)
            # under the text, a sentence of it set alone ("Le pont coûtera 40 millions
            # d'euros, a précisé le maire.") is its last paragraph, no footer
            or (texts_above and _sentence_of_prose(items[i].text))
            # a page of one line has no page around it for furniture to frame
            or len(items) == 1
            # a page's number is a number, not a line of words ("Allgemeine Verfügung vom
            # 18. Dezember 1846")
            or (
                label == "folio"
                and len(_WORD_OF_LETTERS.findall(items[i].text)) >= _FOLIO_WORDS
                and not page_number(items[i].text)
                and running_line(items[i].fixed, top=False) is None
            )
            # a year is no speck of the scan: "1931 - 2024" under a name
            or (label == "noise" and _YEAR.search(items[i].text) is not None)
            # between lines of the text, a box's lines ("Built: 1828") are no nameplate
            or (
                label == "masthead"
                and texts_above >= _TEXT_ABOVE_NAMEPLATE
                and _text_below(labels, i)
            )
        ):
            # Removing a line the reader needed costs more than keeping furniture.
            labels[i] = max(_KEPT, key=lambda other: model.marginal(other, i))
            if labels[i + 1 : i + 2] == ["head"] and _breaks_a_word(items, labels, i):
                labels[i] = "head"  # "MORDER HBAR MARY-" / "BOROUGH.": the word goes on
        texts_above += labels[i] in _TEXT
    text_read_as_furniture(items, labels, model.marginal)
    prose_read_as_outside(items, labels)
    # (a headline after a grid, an advertisement or a table opens its story, however unsure)
    after_outside = (
        *headings_read_as_outside(items, labels),
        *headings_read_as_rows(items, labels),
    )
    bylines_read_as_text(items, labels)
    bylines_read_as_furniture(items, labels)
    bylines_without_letters(items, labels)
    sentence_ends_wrapped_alone(items, labels)
    rows_read_as_furniture(items, labels)
    fact_boxes(items, labels)
    boxes_under_their_title(items, labels)
    advertisement_labels(items, labels)
    # (a heading set under a box opens its story, however unsure)
    under_a_box = [k for k in text_read_as_inset(items, feats, labels) if labels[k] == "head"]
    paragraphs_read_as_insets(items, feats, labels)
    running_heads_inside_sentences(items, labels)
    headlines_read_as_running_heads_on_top(items, labels)
    headlines_read_as_furniture(items, labels)
    headlines_read_as_running_heads(items, labels)
    headlines_over_unwrapped_text(items, labels)
    questions_read_as_furniture(items, labels)
    furniture_read_as_headlines(items, labels)
    slogans_read_as_text(items, labels)
    papers_read_as_headlines(items, labels)
    papers_over_the_header(items, labels)
    nameplates_read_as_headlines(items, labels)
    headlines_read_as_captions(items, labels)
    # (its heading opens the story under a photo's closed caption, however unsure)
    after_caption = headings_under_a_credited_caption(items, labels)
    headlines_closed_read_as_mastheads(items, labels)
    sections_read_as_mastheads(items, labels)
    headlines_read_as_mastheads(items, labels)
    headlines_named_as_mastheads(items, labels)
    ears_above_the_nameplate(items, labels)
    headlines_begun_in_the_masthead(items, labels)
    headlines_read_as_the_nameplate(items, labels)
    page_dates_read_as_headlines(items, labels)
    headlines_begun_over_a_caption(items, labels)
    slogans_under_the_nameplate(items, labels)
    boxed_headlines(items, labels)
    specks_over_headlines(items, labels)
    numberings_read_as_noise(items, labels)
    kickers_over_headlines(items, feats, labels)
    kickers_read_as_text(items, labels)
    kickers_going_on(items, labels)
    kickers_in_the_headlines_case(items, feats, labels)
    rubrics_closed_over_capitals(items, labels)
    headlines_under_kickers(items, labels)
    # (a headline set as a bare caption is, opens its story however unsure)
    bare = headlines_read_as_bare_captions(items, labels)
    dates_read_as_attributions(items, labels)
    attributions_read_as_headlines(items, labels)
    signatures_read_as_headlines(items, labels, language)
    names_read_as_french_bylines(items, labels)
    days_read_as_headlines(items, labels)
    continue_headlines(items, feats, labels)
    rubrics_under_headlines(items, labels)
    quotes_closed_in_the_headline(items, labels)
    quotes_closed_alone(items, labels)
    decks_under_closed_headlines(items, labels)
    decks_wider_than_the_headline(items, labels)
    decks_apart_and_wider(items, labels)
    questions_set_apart_under_headlines(items, labels)
    rubrics_over_short_headlines(items, labels, language)
    countries_under_a_column_heading(items, labels)
    decks_in_small_letters_under_capitals(items, labels)
    decks_in_capitals_under_small_letters(items, labels)
    decks_in_another_case(items, labels)
    decks_set_smaller(items, labels)
    decks_opening_on_a_common_word(items, labels)
    decks_going_on(items, labels)
    decks_running_into_text(items, labels)
    paragraphs_read_as_decks(items, labels)
    headlines_closed_on_one_word(items, labels)
    letters_addressed_to_the_editor(items, labels)
    # (Lines the text goes on from are no headline, however sure the model was.)
    in_text = frozenset(
        items[i].no
        for i in (
            *headlines_running_into_text(items, labels),
            *sentences_under_title_case(items, labels, language),
        )
    )
    datelines_read_as_headlines(items, labels)
    datelines_read_as_decks(items, labels)
    text_read_as_date(items, labels)
    dates_without_a_date(items, labels)
    time_stamps(items, labels)
    bylines_over_time_stamps(items, labels)
    captions_above_headlines(items, labels)
    captions_set_over_headlines(items, labels)
    credited_captions_over_headlines(items, labels)
    credited_text_over_the_headline(items, labels)
    captions_over_their_credit(items, labels)
    portraits_over_headlines(items, labels)
    portraits_read_as_text_on_top(items, labels)
    portraits = portraits_inside_the_text(items, labels)
    captions_under_headlines(items, labels, model.marginal)
    labelled_captions(items, feats, labels)
    paragraphs_read_as_headlines(items, labels)
    introductions_read_as_headlines(items, labels)
    inset_labels_read_as_text(items, labels)
    text_read_as_teasers(items, labels)
    boxed = (
        *teasers_read_as_paragraphs(items, labels),
        *boxes_running_into_the_text(items, labels),
        *titles_under_a_label_alone(items, labels),
        *teasers_read_as_headlines(items, labels),
        *datelines_of_teasers(items, labels),
    )
    captions_begun_in_the_headline(items, labels)
    wrapped = captions_wrapped_with_their_credit(items, labels)
    credited_blocks_under_the_header(items, labels)
    standfirsts_read_as_captions(items, labels)
    captions_inside_sentences(items, labels)
    names_read_as_captions(items, labels)
    sentences_ended_in_captions(items, labels)
    credited = captions_with_their_credit(items, labels)
    captions_under_their_credit(items, labels)
    datelines_under_a_credit(items, labels)
    paragraphs_beside_captions(items, labels)
    paragraphs_read_as_captions(items, labels)
    captions_indented_as_paragraphs(items, labels)
    credits_running_on(items, labels)
    leads_read_as_captions(items, labels)
    text_over_an_unwrapped_caption(items, labels)
    text_run_into_captions(items, labels)
    numbered_lists(items, labels)
    correspondent_bylines(items, labels)
    names_read_as_the_headline(items, labels)
    bylines_going_on_from_headlines(items, labels)
    names_set_apart_under_headlines(items, labels, language)
    names_closing_the_header(items, labels, language)
    read_as_bylines = headlines_read_as_bylines(items, feats, labels)
    after_letters = letters_closing_in_the_text(items, labels)
    dated_bylines_read_as_running_heads(items, labels)
    headlines_removed_as_furniture(items, labels)
    signed_paragraphs(items, labels)
    bylines_under_captions(feats, labels)
    credits_read_as_bylines(items, feats, labels)
    captions_over_bylines(items, feats, labels)
    bylines_without_a_name(items, feats, labels, model.marginal)
    headlines_run_into_their_caption(items, labels)
    # A line that was no byline may be the headline under a section's name.
    kickers_over_headlines(items, feats, labels)
    labels_alone_over_names(items, labels)
    roles_under_bylines(items, labels)
    names_with_their_job(items, labels)
    cued_bylines_read_as_decks(items, labels)
    desk_credits(items, labels)
    stories_without_text(items, labels)
    headings_alone(items, labels)
    desk_signs(items, labels)
    headings_apart_from_the_byline(items, feats, labels)
    header_lines_read_as_headline(items, labels)
    bracketed_lines_under_headlines(items, labels)
    names_read_as_headlines_under_kickers(items, labels)
    standfirsts_over_bylines(items, feats, labels)
    indented_paragraphs(items, feats, labels)
    sentences_read_as_headings(items, feats, labels)
    full_lines_go_on(items, labels)
    paragraphs_going_on_past_a_box(items, labels)
    short_lines_end_paragraphs(items, labels)
    blank_lines_end_paragraphs(items, labels)
    lines_as_paragraphs(items, labels)
    datelines_alone_open_the_text(items, labels)
    subheads_in_title_case(items, labels, language)
    under_a_block = headlines_read_as_text_under_a_block(items, labels, language)
    interview_turns(items, labels)
    dated_items(items, labels)
    decks_of_unwrapped_pages(items, labels)
    captions_of_unwrapped_pages(items, labels)
    repeated_lines(items, labels)
    signatures_set_apart(items, labels, language)
    signed_off = signatures(items, labels)
    signatures_inside_quotes(items, labels)
    signatures_inside_the_story(items, labels)
    sentences_going_on_as_headings(items, labels)
    attributions_inside_the_text(items, labels)
    headings_without_letters(items, labels, model.marginal)
    begun = headlines_begun_inside_sentences(items, labels)
    texts_read_as_running_heads(items, labels)
    lines_over_the_furniture(items, labels)
    # Headlines over a dateline or under a signature open their stories, however unsure.
    decks_over_datelines(items, labels)
    dated = (
        *headings_over_datelines(items, labels),
        *headings_with_decks_over_datelines(items, labels),
    )
    apart = (
        *headings_set_apart(items, labels),
        *headlines_over_first_lines(items, labels),
        *headline_over_the_first_line(items, labels),
        *capitals_read_as_text(items, labels),
        *topics_read_as_subheads(items, labels),
        *headings_under_a_rule(items, labels),
        *running_heads_without_form(items, labels),
    )
    settled = frozenset(
        items[i].no
        for i in (
            *dated,
            *signed_off,
            *apart,
            *after_letters,
            *after_outside,
            *after_caption,
            *under_a_block,
            *under_a_box,
            *read_as_bylines,
            *(k for k in bare if labels[k] == "head"),
        )
    )
    # (The date line printed over the page's first heading comes before it.)
    first = next(
        (i for i, label in enumerate(labels) if label not in _REMOVED and label != "date"), None
    )
    if first is not None and (
        labels[first] in ("sub", "sig")
        or (labels[first] == "caption" and _titles_page(items, feats, labels, first))
    ):
        # A subhead divides a story's body, and a signature closes one, so none can open
        # a page: the line that opens the page's printed text in the form of a heading is
        # its headline. So is a caption-like line with no stop and no credit over a body
        # that has no headline.
        labels[first] = "head"
    agencies_read_as_captions(items, labels)
    # Lines the text goes on from or into, and sentences with their photo's credit (found
    # so, or read as a caption that carries one), open no story however new their subject.
    # So do an inset's title and teaser, however unlike the text around them.
    kept = in_text | {items[i].no for i in (*begun, *wrapped, *credited, *boxed, *portraits)}
    doubtful = []
    previous = ""
    headed = False  # the story being read has its headline
    unwrapped = _a_paragraph_to_a_line(items, labels)  # asked once, of the whole page
    for i, label in enumerate(labels):
        if (
            (label in _STARTS or label in _MAY_OPEN)
            and headed
            and previous not in _STARTS
            and items[i].no not in starts
            and items[i].no not in settled
        ):
            if opens_story(items, labels, i, model.marginal, kept, language, unwrapped):
                labels[i] = label = "head" if label in _MAY_OPEN else label
            elif label in _STARTS and _phrase_goes_on_into_the_text(items, labels, i):
                labels[i], labels[i + 1] = "pstart", "pcont"  # one sentence goes on
                doubtful.append(items[i].no)
            elif subhead_in_sentence_case(items, labels, i, language):
                labels[i] = "sub"
            elif label in _STARTS:
                labels[i] = max(_INSTEAD, key=lambda other: model.marginal(other, i))
                if labels[i] == "pcont" and _heading_between(items, i):
                    labels[i] = "sub"
                elif labels[i] not in _TEXT:
                    _sentence_run_on(items, labels, i)
                doubtful.append(items[i].no)
        if label == "head" or label in _BODY:
            headed = True  # from here, a headline opens a new story (a kicker is no headline)
        if labels[i] not in _REMOVED:
            previous = labels[i]
    headlines_broken_in_a_word(items, labels)
    headlines_left_open_by_a_mark(items, labels)
    datelines_inside_the_text(items, labels)
    like_headlines(items, labels, frozenset(doubtful))
    # A headline too unsure to open a story may have been read as an inset instead: a box
    # is still one block.
    text_read_as_inset(items, feats, labels)
    insets_begun_inside_a_sentence(items, labels)
    text_under_a_closed_box(items, labels)
    quotations_read_as_pull_quotes(items, labels)
    prose_read_in_pieces(items, labels)
    # and the pieces of a paragraph read as a headline too unsure to open a story, between
    # lines read as a caption, are asked again with them
    text_over_an_unwrapped_caption(items, labels)
    sentences_going_on_through_material(items, labels)
    material_inside_an_open_sentence(items, labels)
    paragraphs_begun_in_material(items, labels)
    paragraphs_opening_inside_a_word(items, labels)
    paragraphs_run_into_the_text(items, labels)
    credited_lines_under_the_headline(items, labels)
    notices_read_as_furniture(items, labels, model.marginal)
    run_in = run_in_items(items, labels)
    titles_left_as_furniture(items, labels)
    tagged = {line.no: label for line, label in zip(items, labels, strict=True)}
    tagged.update(dict.fromkeys(controls, "jump"))
    return Tagging(tagged, doubtful, run_in)
