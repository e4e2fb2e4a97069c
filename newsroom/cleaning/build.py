"""One story's lines -> a CleanedArticle: header fields and body blocks, finished."""

from __future__ import annotations

import re
from dataclasses import replace

from .assemble import Assembler
from .features import writer_beside_date
from .header import (
    BYLINE_LABEL,
    SOURCE_LABEL,
    closing_sign,
    damaged_service,
    dateline_alone,
    dateline_credit,
    dateline_end,
    looks_like_name,
    outlet_line,
    role_line,
    run_in_title,
    set_off_role,
    strip_byline_speck,
    trailing_credit,
)
from .lines import FRENCH_ELIDED, Line, wordset
from .model import Block, Change, CleanedArticle
from .running import DATE, MONTH_NAME, close_up, running_line, timestamp
from .stories import Story

# Where a sentence ends: not after a name's title or an initial ("Death of Mr. John
# Kitchen.", "J. Smith said …").
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\b[Mm]r\.)(?<!\b[Mm]rs\.)(?<!\b[Dd]r\.)(?<!\b[Ss]t\.)(?<!\b[A-Z]\.)"
    r"[\"'”’)]*\s"
)
# A day's number with its stop ends no sentence before its month or a word written small:
# "Allgemeine Verfügung vom 4. Juni 1887", "am 3. d. M." ("in 1914. The …" is a year's).
_DAY_STOP = re.compile(r"(?<![\d.])\d{1,2}\.[\"'”’)]*\s$")
_HEADLINE_WORDS = 14
_WEAK_ENDINGS = wordset("a an the of to in on for and or but with from by at as that which who")
# "By", "Von", "Par"... before the name; the kit's scorer and our readers want the name.
_BYLINE_CUE = re.compile(rf"^{BYLINE_LABEL}\b[:\s]+(?=\w)", re.IGNORECASE)
# Punctuation OCR doubled inside a byline ("Ackerman,, United Press").
_DOUBLED = re.compile(r"([,;:])[,;:]+")
_BYLINE_SEPARATOR = re.compile(r"\s+[|·•—–/]\s+")
# "(United Press Staff Correspondent.)": a line set in parentheses or brackets (which OCR
# also reads as braces: "{Special to The Tribune.)").
_PARENTHESES = re.compile(r"^[(\[{](.*?)(?<!\b[A-Z])[.,]?[)\]}]\.?$")
_NAME_JOINS = frozenset(("and", "&", "und", "et", "e", "y"))
_SPACE_BEFORE = re.compile(r"\s+([,;:.)])")
# A byline quotes nothing but a paper's name ("Telegramm der „Neuen Freien Presse“"): a
# quote mark not inside a word (O’Neill) or around words is a speck of the scan, and so
# is punctuation opening it.
_STRAY_QUOTE = re.compile(r"(?<![^\W\d_])['‘’\"“”‹›«»„‚]|['‘’\"“”‹›«»„‚](?![^\W\d_])")
_QUOTED_NAME = re.compile(r"[„“\"«](?=\w)[^„“”\"«»]*\w[“”\"»]")


def _drop_stray_quotes(text: str) -> str:
    kept = [(m.start(), m.end()) for m in _QUOTED_NAME.finditer(text)]
    parts, at = [], 0
    for start, end in kept:
        parts += [_STRAY_QUOTE.sub("", text[at:start]), text[start:end]]
        at = end
    return "".join([*parts, _STRAY_QUOTE.sub("", text[at:])])


_INITIAL_END = re.compile(r"\b[A-Z]\.[);:]*$")
_STRAY_LEAD = re.compile(r"^[\s;:,.|!]+")
# Specks the scan left before a date line: tokens opening on a mark, or a letter alone.
_SPECKS_BEFORE = re.compile(r"(?:(?:[^\w\s]\S*|\w)\s+)+")
# (The place may have its state or country shortened: "SACRAMENTO, Calif. (AP) —".)
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’ -]{1,30}?"
    r"(?:, (?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]{2}))?)"
    r",?\s*(?:\((?P<agency>[A-Za-z. ]{2,20})\)\s*)?"
    r"(?P<date>(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Za-zéû]{3,9}\.?|[A-Z][a-z]+day))?"
    r"\.?\s*[-—–]"
)

# The place in capitals, with its state or country shortened ("Ill.", "D.C.", "NY").
_PLACE_DASH = re.compile(
    r"(?P<place>[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’ -]{1,30}?"
    r"(?:, (?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]{2}))?)"
    r" (?:—|–|--) (?=[A-ZÀ-Ý\"“‘'])"
)
# Web copy writes the place as a name, one to three words ("Köln – Der Pegel …", "Frankfurt
# am Main – …", "Saint-Denis – …"), before a dash set apart and a sentence that goes on.
_TITLED_PLACE_DASH = re.compile(
    r"(?P<place>[A-ZÀ-Ý][a-zß-ÿ]+(?:-[A-ZÀ-Ý][a-zß-ÿ]+)*"
    r"(?: (?:am|an der|im|sur|upon|on) [A-ZÀ-Ý][a-zß-ÿ]+| [A-ZÀ-Ý][a-zß-ÿ]+)?)"
    r" (?:—|–) (?=[A-ZÀ-Ý\"“‘„«][^\W\d_]*(?: \S+){6})"
)
# Labels set the same way before a story's first words, which name no place.
_RUBRICS = wordset(
    """Update Breaking Exclusive Analysis Opinion Editorial Live Video Interview Eilmeldung
    Exklusiv Kommentar Analyse Hintergrund Fazit Exclusif Direct Vidéo Éditorial Tribune"""
)


def build(story: Story, assembler: Assembler, publication: str | None) -> CleanedArticle:
    _credit_run_onto_heading(story)
    body = [assembler.block(item) for item in story.body]
    headline = assembler.headline(story.head) if story.head else ""
    if not headline.strip() and story.run_in and body and body[0].kind == "paragraph":
        # An item of a news column is headed by the title run into its text.
        headline = run_in_title(body[0].text) or ""
    printed = bool(headline.strip())
    if not printed:
        headline = derived_headline(body)
    by = _byline_block(story.byline)
    # (no byline line: the writer named beside the date, "Jane Smith | March 12, 2024")
    byline = _byline(by, assembler) or _writer_on_date_line(story)
    rest = _place_byline_rest([ln for ln in story.byline if ln not in by], body, assembler)
    opening = next((b.text for b in body if b.kind == "paragraph"), "")
    if byline is None and opening:
        # A credit run in after the dateline ("SOFIA, 1er avril. Par service spécial. —
        # …") signs the story at its top; it stays in the text, as the dateline does.
        byline = dateline_credit(opening)
    if story.signature:
        signature = _byline(story.signature, assembler)
        if byline is None:
            byline = signature
        else:
            first, last = story.signature[0].no, story.signature[-1].no
            body.append(Block("paragraph", assembler.text(story.signature), None, (first, last)))
    last = last_paragraph(body)
    if byline is None and last is not None:
        # No byline at the top: the sign closing the story (an agency's, the writer's name)
        # is its byline.
        text, sign = closing_sign(body[last].text)
        if sign:
            body[last] = replace(body[last], text=text)
            byline = sign
    _dateline_into_the_text(story, body)
    deck = [assembler.text(bank) for bank in story.deck]
    if rest:
        deck.append(assembler.text(rest))
    lines = story.all_lines()
    article = CleanedArticle(
        publication=publication,
        headline=headline,
        byline=byline,
        dateline=_dateline(story, body, assembler),
        body=body,
        # set in a headline's type, a kicker loses the specks around its words as one does
        kicker=assembler.headline(story.kicker) if story.kicker else None,
        deck=deck,
        attribution=assembler.text(story.attrib) if story.attrib else None,
        lines=(lines[0].no, lines[-1].no) if lines else (0, 0),
    )
    article.headline_printed = printed
    return article


def _dateline_into_the_text(story: Story, body: list[Block]) -> None:
    """A dispatch's dateline printed on a line of its own over the text ("KURRI KURRI,
    Sunday." / "The Hebburn miners …") opens the text as if run into it: the first
    paragraph keeps it as printed, as it keeps a dateline run in, and it is the story's
    dateline too. A date alone ("Tuesday, March 4, 2025") is no part of the text."""
    k = next((k for k, block in enumerate(body) if block.kind == "paragraph"), None)
    if not story.date or k is None:
        return
    line, first = story.date[0], body[k]
    text = close_up(line.text)
    specks = _SPECKS_BEFORE.match(text)  # (".TL ' BOMBALA, FRIDAY.": dropped, reported)
    if specks is not None and dateline_end(text[specks.end() :]):
        text = text[specks.end() :]
    if (
        not dateline_alone(text)
        or line.no > first.lines[0]
        # (the text printed with its dateline already: a copied page's line over it)
        or first.text.startswith(text.rstrip(" .:—–-"))
    ):
        return
    body[k] = replace(first, text=f"{text} {first.text}")


def _credit_run_onto_heading(story: Story) -> None:
    """A story with no byline line whose heading's last line ends on a correspondent's
    credit ("… Gelehrten.(Telegramm der „Neuen Freien Presse".)", "… IN PARAGUAY / Von
    unserm Korrespondenten in Brasilien") has that credit for its byline: OCR ran the
    credit's line of the print into the heading's."""
    bank = story.deck[-1] if story.deck else story.head
    if story.byline or not bank:
        return
    found = trailing_credit(bank[-1].text)
    if found is not None:
        heading, credit = found
        line = bank[-1]
        bank[-1] = replace(line, text=heading)
        story.byline = [replace(line, text=credit)]


def last_paragraph(body: list[Block]) -> int | None:
    """Where the story's text ends: its last paragraph, with only pictures after it."""
    for k in range(len(body) - 1, -1, -1):
        if body[k].kind == "paragraph":
            return k
        if body[k].kind != "figure":
            return None
    return None


def _writer_on_date_line(story: Story) -> str | None:
    """The writer named beside the date on the story's first date line, or None."""
    for line in story.date[:1]:
        text = close_up(line.text)
        dated = DATE.search(text)
        if dated is not None:
            return writer_beside_date(text, dated.start(), dated.end())
    return None


def _byline(lines: list[Line], assembler: Assembler) -> str | None:
    """The byline as a reader wants it: "Jane Doe, Staff Writer", without its "By"."""
    if not lines:
        return None
    credit = damaged_service(lines[0].text) if len(lines) == 1 else None
    if credit is not None:
        line = lines[0]
        assembler.changes.append(
            Change("removed", line.no, line.no, line.text, credit, "misread label")
        )
        lines = [replace(line, text=credit)]
    texts = [_PARENTHESES.sub(r"\1", ln.text).strip() for ln in lines]
    if len(texts) > 1 and (role_line(texts[-1]) or outlet_line(texts[-1])) and _names(texts[:-1]):
        # "By PERRY ARNOLD." over "United Press Staff Correspondent.": name, then role;
        # "Jane Holloway" over "BBC News": name, then the paper.
        names = " ".join(texts[:-1]).rstrip(".")
        text = f"{names}, {texts[-1]}"
    else:
        text = " ".join(texts)
    text = _STRAY_LEAD.sub("", _drop_stray_quotes(text))
    text = _BYLINE_SEPARATOR.sub(", ", text)
    text = _DOUBLED.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text))
    text = _BYLINE_CUE.sub("", text.strip().lstrip("—–-([{").strip())
    text = SOURCE_LABEL.sub("", text, count=1)
    if "," not in text:
        text = set_off_role(text)
    text = " ".join(text.split())
    if (cut := strip_byline_speck(text)) != text:
        text, line = cut, lines[-1]
        assembler.changes.append(
            Change("removed", line.no, line.no, line.text, text, "margin noise")
        )
    # The stop of an initial stays ("M. B."); other closing marks go.
    text = text.rstrip("),;:" if _INITIAL_END.search(text) else ").,;:").strip()
    return assembler.quotes(text, [(0, lines[0].no)]) or None


def _place_byline_rest(rest: list[Line], body: list[Block], assembler: Assembler) -> list[Line]:
    """The lines read as the byline but left out of it stay where they stand: those in the
    text (a story a curator joined to the one above) as a paragraph of ``body``, put in
    place; those in the header are returned, for its deck."""
    text_starts = min((b.lines[0] for b in body if b.lines[0]), default=None)
    if text_starts is None:
        return rest
    in_text = [line for line in rest if line.no > text_starts]
    if in_text:
        first, last = in_text[0].no, in_text[-1].no
        body.append(Block("paragraph", assembler.text(in_text), None, (first, last)))
        body.sort(key=lambda block: block.lines[0])
    return [line for line in rest if line.no <= text_starts]


def _byline_block(lines: list[Line]) -> list[Line]:
    """Of lines read as the byline that stand apart from one another ("(Faserholz)" …
    "SOPHIE HARTMANN", "Ingrid Wolf, Redakteurin" … "Actien"), the first block that names
    someone, with or without a job after a comma; all of them where none does."""
    blocks: list[list[Line]] = []
    for line in lines:
        if blocks and line.no == blocks[-1][-1].no + 1:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    if len(blocks) < 2:
        return lines
    for block in blocks:
        texts = [_PARENTHESES.sub(r"\1", ln.text).strip() for ln in block]
        name = " ".join(texts).split(",", 1)[0]
        if _names([name]) and not _ELISION.search(name):
            return block
    return lines


# A French elision before a word in small letters, which no name has ("C'est"; "O'Neill"
# is a name).
_ELISION = re.compile(rf"\b(?i:{FRENCH_ELIDED})['’][a-zà-ÿ]")


def _names(texts: list[str]) -> bool:
    """Lines that name people ("By PERRY ARNOLD.", "Jane Doe and"), not the start of a
    phrase ("By A STAFF" over "CORRESPONDENT")."""
    words = _BYLINE_CUE.sub("", " ".join(texts).strip().lstrip("—–-(")).split()
    if not words or words[-1].lower() in _NAME_JOINS:
        return False
    return len(words) >= 2 and looks_like_name(words)


def _dateline(story: Story, body: list[Block], assembler: Assembler) -> str | None:
    """A date printed with the story, or the place it was filed from."""
    for line in story.date:
        stamp = timestamp(line.text)  # a date with no more than a web page's words
        if stamp:
            return stamp
        date = running_line(close_up(line.fixed), top=True)
        if date is not None and date.date:
            return date.date
        text = close_up(line.text)
        dated = DATE.search(text)
        if dated is not None and writer_beside_date(text, dated.start(), dated.end()):
            # "Von Hans Müller, 12. März 2024": the date, the writer's name beside it
            return dated.group().rstrip(".")
        specks = _SPECKS_BEFORE.match(text)
        if specks is not None and dateline_end(text[specks.end() :]):
            # ".TL ' BOMBALA, FRIDAY.", "I Paris, 23. April."
            text = text[specks.end() :]
            assembler.changes.append(
                Change("removed", line.no, line.no, line.text, text, "margin noise")
            )
        return text.rstrip(".—–- »«|¦°_~")  # (a speck after it: "WASHINGTON, FRIDAY. »")
    first = next((b.text for b in body if b.kind == "paragraph"), "")
    # A place alone in capitals before a dash is a run-in title as often ("BERNE. — Le
    # Conseil …"): a dateline names the day or the agency.
    m = _DATELINE.match(first)
    if m and (m.group("date") or m.group("agency")):
        return first[: m.end()].rstrip(".—–- ")
    # Today's form names the place alone, in capitals, and sets the dash apart with no
    # stop before it, where a run-in title closes on its stop: "BOSTON — A powerful …",
    # "SPRINGFIELD, Ill. — The …".
    m = _PLACE_DASH.match(first) or _TITLED_PLACE_DASH.match(first)
    if m and m.group("place") not in _RUBRICS:
        return m.group("place")
    # The place and the day closed by a stop, with the agency's mark if there is one:
    # "Berlin, 30. Juni. Eine …", "SOFIA, 1er avril. Par service spécial. —".
    end = dateline_end(first)
    return first[:end].rstrip(".,:;?—–-_ ") or None if end else None


def _first_sentence(text: str) -> str:
    for m in _SENTENCE.finditer(text):
        after = text[m.end() :]
        if _DAY_STOP.search(text, 0, m.end()) and (
            after[:1].islower() or MONTH_NAME.match(after) is not None
        ):
            continue
        return text[: m.start()].strip()
    return text.strip()


def derived_headline(body: list[Block]) -> str:
    """A headline for text that prints none: its first sentence, trimmed."""
    source = next((b.text for b in body if b.kind == "paragraph"), None)
    if source is None:
        source = body[0].text if body else ""
    # A dateline opening the text names no subject: "Berlin, 1. Juli. Der Reichspräsident
    # hat …" is headed from "Der Reichspräsident hat …".
    source = source[dateline_end(source) :] or source
    first = _first_sentence(source)
    words = first.split()
    if len(words) > _HEADLINE_WORDS:
        words = words[:_HEADLINE_WORDS]
        # Do not leave the cut hanging on "in", "the" or "and".
        while len(words) > 1 and words[-1].lower() in _WEAK_ENDINGS:
            words.pop()
        return " ".join(words).rstrip(",;:—-") + "…"
    return first
