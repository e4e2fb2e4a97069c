"""Labelled lines -> the page's stories, each as header lines and body items in reading
order, and what was left out of them.

The structure model says what each line is (see ``structure.LABELS``); this module only
groups: a new story begins where a headline (or its kicker) follows body text; a caption
printed just above a headline goes with that headline's story; a paragraph cut by an
inset, a caption or page furniture goes on after it, with the interruption set after the
paragraph; consecutive lines of one kind make one item, split where the page shows a
break (a blank line, an inset's label, a caption's credit).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .header import inset_label, run_in_title
from .lines import Line, ends_sentence

# Labels whose lines are left out of every story, and the reason each is reported with.
REMOVED = {
    "masthead": "masthead",
    "running": "running head",
    "folio": "page number",
    "jump": "jump line",
    "noise": "scan noise",
}
HEADER = frozenset(("kicker", "head", "deck", "attrib", "byline", "date"))
BODY = frozenset(("pstart", "pcont", "sub", "table", "inset", "sig"))
FIGURE = frozenset(("caption", "credit"))


@dataclass
class Item:
    kind: str  # paragraph | subhead | inset | figure | table
    lines: list[Line]
    credit_line: Line | None = None  # figure: a credit printed on a line of its own


@dataclass
class Story:
    kicker: list[Line] = field(default_factory=list)
    head: list[Line] = field(default_factory=list)
    deck: list[list[Line]] = field(default_factory=list)
    attrib: list[Line] = field(default_factory=list)
    byline: list[Line] = field(default_factory=list)
    date: list[Line] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)
    body: list[Item] = field(default_factory=list)
    # Opened by an item of a news column whose title is run into its text.
    run_in: bool = False
    # Its text opens on a title run into it: a writer's topics, under a byline.
    topics: bool = False

    @property
    def has_body(self) -> bool:
        return any(item.kind != "figure" for item in self.body)

    def all_lines(self) -> list[Line]:
        """Every line the story holds, in page order."""
        found = [
            *self.kicker,
            *self.head,
            *(ln for bank in self.deck for ln in bank),
            *self.attrib,
            *self.byline,
            *self.date,
            *self.signature,
            *(ln for item in self.body for ln in item_lines(item)),
        ]
        return sorted(found, key=lambda ln: ln.no)


@dataclass
class Layout:
    stories: list[Story]
    removed: list[tuple[str, list[Line]]]  # (label, consecutive lines)
    outside: list[list[Line]]


class _Builder:
    def __init__(self, starts: list[int] | None, run_in: frozenset[int]) -> None:
        # Story boundaries a person set: stories start there and nowhere else.
        self.starts = starts
        self.run_in = run_in
        self.stories: list[Story] = [Story()]
        self.removed: list[tuple[str, list[Line]]] = []
        self.outside: list[list[Line]] = []
        self.pending: list[Item] = []  # figures after a story's body: this story's or the next
        self.open: Item | None = None  # the paragraph that a pcont line goes on with
        self.deferred: list[Item] = []  # items that cut into the open paragraph
        self.prev_label = ""
        self.prev_line: Line | None = None

    @property
    def story(self) -> Story:
        return self.stories[-1]

    def add(self, line: Line, label: str, gap: bool) -> None:
        if self.starts is not None:
            label = self._forced(line, label)
        if label in REMOVED:
            self._remove(line, label)
            return
        if label == "outside":
            self._close_paragraph()
            if self.prev_label == "outside" and self.outside:
                self.outside[-1].append(line)
            else:
                self.outside.append([line])
            self.prev_label = label
            return
        # One writer's piece (a correspondent's letter, signed at its top) runs its topics
        # in, from its first paragraph until the writer signs it. So do the report of one
        # sitting, dated on a line of its own ("104. Sitzung: Montag, 12. September"), and
        # a story headed with decks, with titles closed by their stop alone ("Motion.
        # Züsli hat …"); a dash after the title opens the next item of a column even there.
        # A column of items, each a story, has no byline over them, or comes under a
        # story's own text.
        if line.no in self.run_in and not self.story.has_body:
            self.story.topics = True
        run_in = (
            self.starts is None
            and line.no in self.run_in
            and (
                not self.story.byline
                # (a writer's signature under the piece closes it)
                or bool(self.story.signature)
                # (a headed story's text came first: the items under it are a column's)
                or not self.story.topics
            )
            and not (
                (self.story.date or self.story.deck)
                and run_in_title(line.text, stop_closed=False) is None
            )
        )
        opens = run_in and (self.story.has_body or bool(self.story.signature))
        if run_in and not opens:
            self._heads_column()
        if opens or (
            label in ("kicker", "head") and self.starts is None and self._starts_story(label)
        ):
            # Captions that closed the last story's text sit above this headline.
            carry = []
            while self.deferred and self.deferred[-1].kind == "figure":
                carry.insert(0, self.deferred.pop())
            carry += self.pending
            self.pending = []
            self._close_paragraph()
            self.stories.append(Story(run_in=run_in))
            self.story.body.extend(carry)
        elif label not in FIGURE:
            self._flush_pending()
        getattr(self, f"_{label}")(line, gap)
        self.prev_label = label
        self.prev_line = line

    def _forced(self, line: Line, label: str) -> str:
        """The label under boundaries a person set: a new story where they said, opening
        on its headline when its first line is a subhead, and a headline inside a story
        read as a subhead."""
        if self.starts and line.no >= self.starts[0]:
            while self.starts and line.no >= self.starts[0]:
                self.starts.pop(0)
            self._close_paragraph()
            self.stories.append(Story())
            return "head" if label == "sub" else label
        if label in ("kicker", "head") and (self.story.has_body or self.story.signature):
            return "sub"
        return label

    def _heads_column(self) -> None:
        """The first item of a column of run-in items opens the story: the item is headed
        by its title, and a heading over the column ("NOUVELLES SUISSES", "CANTON") is
        its kicker."""
        story = self.story
        story.run_in = True
        if story.head:
            # (with the deck under it: "D'une commune à l'autre..." / "Echos de la terre
            # vaudoise" / "AIGLE. — Réparations et embellissement. — …")
            story.kicker.extend([*story.head, *(ln for bank in story.deck for ln in bank)])
            story.head, story.deck = [], []

    def _starts_story(self, label: str) -> bool:
        story = self.story
        if story.has_body or story.signature:
            return True
        # A second kicker, or a headline after a deck or byline, opens another story.
        if label == "kicker":
            return bool(story.head or (story.kicker and self.prev_label != "kicker"))
        return bool(story.head) and self.prev_label not in ("head", "kicker")

    def _remove(self, line: Line, label: str) -> None:
        if self.removed and self.removed[-1][0] == label and self.prev_label == label:
            self.removed[-1][1].append(line)
        else:
            self.removed.append((label, [line]))
        self.prev_label = label

    def _flush_pending(self) -> None:
        if self.pending:
            if self.open is not None:
                self.deferred.extend(self.pending)
            else:
                self.story.body.extend(self.pending)
            self.pending = []

    def _close_paragraph(self) -> None:
        self._flush_pending()
        self.open = None
        self.story.body.extend(self.deferred)
        self.deferred = []

    def _interrupt(self, item: Item) -> None:
        """An item that may cut into the open paragraph, which then goes on after it."""
        if self.open is not None:
            self.deferred.append(item)
        else:
            self.story.body.append(item)

    # One method per label.
    def _kicker(self, line: Line, gap: bool) -> None:
        self.story.kicker.append(line)

    def _head(self, line: Line, gap: bool) -> None:
        self.story.head.append(line)

    def _deck(self, line: Line, gap: bool) -> None:
        if self.story.has_body:
            # A deck stands between the headline and the text: one after the text has
            # begun is a subhead ("ABOLITION OF SLAVERY IN EAST AFRICA." in a report).
            self._sub(line, gap)
            return
        deck = self.story.deck
        prev = deck[-1][-1] if deck and self.prev_label == "deck" else None
        if prev is None or gap or ends_sentence(prev.text) or _case_changes(prev, line):
            deck.append([line])
        else:
            deck[-1].append(line)

    def _attrib(self, line: Line, gap: bool) -> None:
        self.story.attrib.append(line)

    def _byline(self, line: Line, gap: bool) -> None:
        self.story.byline.append(line)

    def _date(self, line: Line, gap: bool) -> None:
        self.story.date.append(line)

    def _sig(self, line: Line, gap: bool) -> None:
        self._close_paragraph()
        self.story.signature.append(line)

    def _pstart(self, line: Line, gap: bool) -> None:
        self._close_paragraph()
        self.open = Item("paragraph", [line])
        self.story.body.append(self.open)

    def _pcont(self, line: Line, gap: bool) -> None:
        if self.open is None:
            self._pstart(line, gap)
        else:
            self.open.lines.append(line)

    def _table(self, line: Line, gap: bool) -> None:
        if self.prev_label == "table" and not gap and self.story.body:
            self.story.body[-1].lines.append(line)
            return
        self._close_paragraph()
        self.story.body.append(Item("table", [line]))

    def _sub(self, line: Line, gap: bool) -> None:
        body = self.story.body
        if self.prev_label == "sub" and not gap and body and body[-1].kind == "subhead":
            body[-1].lines.append(line)
            return
        self._close_paragraph()
        body.append(Item("subhead", [line]))

    def _inset(self, line: Line, gap: bool) -> None:
        last = self.deferred[-1] if self.deferred else (self.story.body or [None])[-1]
        goes_on = self.prev_label == "inset" and last is not None and last.kind == "inset"
        if goes_on and inset_label(line.text) is None:
            last.lines.append(line)
            return
        self._interrupt(Item("inset", [line]))

    def _caption(self, line: Line, gap: bool) -> None:
        self._figure_line(line, gap, credit=False)

    def _credit(self, line: Line, gap: bool) -> None:
        self._figure_line(line, gap, credit=True)

    def _figure_line(self, line: Line, gap: bool, credit: bool) -> None:
        # After a story's body, a caption may be the next story's (printed above its
        # headline): it waits until the next line says which.
        if self.story.has_body and self.open is None:
            items = self.pending
        else:
            items = self.deferred if self.open is not None else self.story.body
        last = items[-1] if items else None
        goes_on = (
            last is not None
            and last.kind == "figure"
            and last.credit_line is None
            and self.prev_label == "caption"
            and not gap
        )
        if credit:
            if goes_on:
                last.credit_line = line
            else:
                items.append(Item("figure", [], credit_line=line))
        elif goes_on or (
            # The credit set over its caption ("Photo: Reuters" / "Firefighters battle …").
            last is not None
            and last.kind == "figure"
            and not last.lines
            and self.prev_label == "credit"
            and not gap
        ):
            last.lines.append(line)
        else:
            items.append(Item("figure", [line]))

    def finish(self) -> Layout:
        self._close_paragraph()
        stories = _merge_headers([s for s in self.stories if s.all_lines()])
        for story in stories:
            if story.kicker and not story.head and not story.run_in:
                # A kicker with no headline under it ("SHIPPING." / "SYDNEY, Sunday, …")
                # is the story's one heading: its headline.
                story.head, story.kicker = story.kicker, []
        return Layout(stories or [Story()], self.removed, self.outside)


def _merge_headers(stories: list[Story]) -> list[Story]:
    """A story with a header and no text is no story: its lines open the next one (its
    headline stays the headline, the next one's becomes a deck)."""
    out: list[Story] = []
    for story in stories:
        if out and not out[-1].has_body and not out[-1].signature:
            first = out.pop()
            if first.head:
                later = [story.head] if story.head else []
                story.deck = [*first.deck, *later, *story.deck]
                story.head = first.head
            else:
                story.deck = [*first.deck, *story.deck]
            story.kicker = first.kicker + story.kicker
            story.attrib = first.attrib + story.attrib
            story.byline = first.byline + story.byline
            story.date = first.date + story.date
            story.body = first.body + story.body
        out.append(story)
    return out


def _case_changes(prev: Line, line: Line) -> bool:
    return _caps(prev.text) != _caps(line.text)


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def item_lines(item: Item) -> list[Line]:
    """The item's lines in the order printed (a credit may stand over its caption)."""
    lines = [*item.lines, *([item.credit_line] if item.credit_line else [])]
    if item.credit_line is not None and item.lines and item.credit_line.no < item.lines[0].no:
        lines.insert(0, lines.pop())
    return lines


def layout(
    lines: list[Line],
    labels: dict[int, str],
    starts: list[int] | None = None,
    run_in: frozenset[int] = frozenset(),
) -> Layout:
    """Group the page's lines by their labels (``labels`` maps a line number to its label).

    ``starts``: raw line numbers where a person said stories begin (then only there).
    ``run_in``: lines that open an item of a news column, each a story of its own
    (``structure.run_in_items``).
    """
    builder = _Builder(list(starts) if starts is not None else None, run_in)
    gap = False
    for line in lines:
        if not line.text:
            gap = True
            continue
        builder.add(line, labels[line.no], gap)
        gap = False
    return builder.finish()
