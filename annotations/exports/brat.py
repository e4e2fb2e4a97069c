"""brat standoff (https://brat.nlplab.org/standoff.html): per article a ``.txt`` (the
document text, so our offsets are brat's) and a ``.ann``; ``annotation.conf`` and
``tools.conf`` for the collection.

- ``T`` lines: every anchored annotation, typed ``Claim``, ``Quote`` or its entity's kind
  (``Person``, ``Organization``, ``Place``, ``Event``, ``Other``). A span that crosses a
  line break is written as brat writes one, as fragments that stop at each break.
- ``A`` lines: ``QuoteType`` (direct, indirect) on quotes, ``Verdict`` on claims,
  ``Status`` (proposed, accepted, rejected) on every span.
- ``R`` lines: ``Speaker`` (quote -> mention) and ``Claimant`` (claim -> mention), to
  the first entity tag in the same article that names the same entity.
- ``N`` lines: an entity tag whose entity has a Wikidata id is normalised to it; so is a
  quote or claim whose speaker or claimant the article never tags (no mention to relate
  to) but who has a Wikidata id.
- ``#`` lines (``AnnotatorNotes``): the note, and a speaker or claimant with neither.

Orphans have no span and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from annotations.exports.records import AnnotationRecord, ArticleRecord

ENTITY_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "place": "Place",
    "event": "Event",
    "other": "Other",
}
VERDICTS = (
    "unreviewed",
    "true",
    "mostly-true",
    "mixed",
    "mostly-false",
    "false",
    "unverifiable",
)
SPEAKER_TYPES = "Person|Organization"

ANNOTATION_CONF = f"""\
# Newsroom annotations: claims, quotes and the entities they name.
[entities]
Claim
Quote
{chr(10).join(ENTITY_TYPES.values())}

[relations]
Speaker Arg1:Quote, Arg2:{SPEAKER_TYPES}
Claimant Arg1:Claim, Arg2:{SPEAKER_TYPES}
<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
QuoteType Arg:Quote, Value:direct|indirect
Verdict Arg:Claim, Value:{"|".join(VERDICTS)}
Status Arg:<ENTITY>, Value:proposed|accepted|rejected
"""

TOOLS_CONF = """\
[normalization]
Wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s
"""


def span_type(annotation: AnnotationRecord) -> str:
    if annotation.kind == "entity" and annotation.entity is not None:
        return ENTITY_TYPES.get(annotation.entity.kind, "Other")
    return annotation.kind.capitalize()


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) pieces of the span, cut at line breaks (a ``.ann`` line cannot hold
    one); pieces that would be empty are dropped."""
    pieces, begin = [], start
    for i in range(start, end):
        if text[i] == "\n":
            if i > begin:
                pieces.append((begin, i))
            begin = i + 1
    if end > begin:
        pieces.append((begin, end))
    return pieces


def _one_line(value: str) -> str:
    return " ".join(value.split())


def ann_lines(article: ArticleRecord) -> Iterator[str]:
    text = article.text
    spans = sorted(article.anchored, key=lambda a: (a.start, -a.end, a.id))
    ids: dict[str, str] = {}
    mention: dict[int, str] = {}  # entity id -> the T of its first tag
    counters = {"A": 0, "R": 0, "N": 0, "#": 0}

    def next_id(letter: str) -> str:
        counters[letter] += 1
        return f"{letter}{counters[letter]}"

    t = 0
    for a in spans:
        pieces = fragments(text, a.start, a.end)
        if not pieces:  # only line breaks: nothing brat can show
            continue
        t += 1
        ids[a.id] = f"T{t}"
        where = ";".join(f"{s} {e}" for s, e in pieces)
        shown = " ".join(text[s:e] for s, e in pieces)
        yield f"T{t}\t{span_type(a)} {where}\t{shown}\n"
        if a.kind == "entity" and a.entity is not None:
            mention.setdefault(a.entity.id, f"T{t}")
    for a in spans:
        tid = ids.get(a.id)
        if tid is None:
            continue
        yield f"{next_id('A')}\tStatus {tid} {a.status}\n"
        if a.kind == "quote" and a.quote_type:
            yield f"{next_id('A')}\tQuoteType {tid} {a.quote_type}\n"
        if a.kind == "claim" and a.verdict:
            yield f"{next_id('A')}\tVerdict {tid} {a.verdict}\n"
        if a.kind == "entity" and a.entity is not None and a.entity.wikidata_id:
            yield (
                f"{next_id('N')}\tReference {tid} Wikidata:{a.entity.wikidata_id}"
                f"\t{_one_line(a.entity.name)}\n"
            )
        person = a.person
        if person is not None:
            role = "Speaker" if a.kind == "quote" else "Claimant"
            if person.id in mention:
                yield f"{next_id('R')}\t{role} Arg1:{tid} Arg2:{mention[person.id]}\n"
            elif person.wikidata_id:
                yield (
                    f"{next_id('N')}\tReference {tid} Wikidata:{person.wikidata_id}"
                    f"\t{_one_line(person.name)}\n"
                )
            else:
                note = f"{role.lower()}: {_one_line(person.name)}"
                yield f"{next_id('#')}\tAnnotatorNotes {tid}\t{note}\n"
        if a.note.strip():
            yield f"{next_id('#')}\tAnnotatorNotes {tid}\t{_one_line(a.note)}\n"


def brat_files(articles: Iterable[ArticleRecord]) -> Iterator[tuple[str, list[str]]]:
    """(file name, text pieces): the two configuration files, then each article's
    ``SLUG.txt`` and ``SLUG.ann``."""
    yield "annotation.conf", [ANNOTATION_CONF]
    yield "tools.conf", [TOOLS_CONF]
    for article in articles:
        yield f"{article.slug}.txt", [article.text]
        yield f"{article.slug}.ann", list(ann_lines(article))
