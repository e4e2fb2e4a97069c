"""The export formats' pure cores, without a database: each against its format's
published examples (doccano's documented JSONL, brat's standoff documentation) and our
own records."""

from __future__ import annotations

import csv
import io
import json
import pkgutil
import re
import zipfile
from datetime import UTC, date, datetime

import pytest
from pybrat.parser import BratParser

import annotations.exports
from annotations.exports.archive import zip_stream
from annotations.exports.brat import ANNOTATION_CONF, ann_lines, brat_files, fragments
from annotations.exports.doccano import doccano_line, parse_lines
from annotations.exports.records import AnnotationRecord, ArticleRecord, EntityRecord
from annotations.exports.table import COLUMNS, csv_lines, safe
from annotations.exports.w3c_pages import w3c_documents
from tests.purity import django_imports

TEXT = (
    "Coalition Commits to Force\n\n"
    "“We have today 26 countries who have formally committed,” Macron told reporters.\n\n"
    "Zelensky welcomed it."
)
MACRON = EntityRecord(7, "Emmanuel Macron", "person", "Q3052772")
ZELENSKY = EntityRecord(8, "Volodymyr Zelensky", "person")


def span(phrase: str, kind: str, n: int, **fields) -> AnnotationRecord:
    start = TEXT.index(phrase)
    return AnnotationRecord(
        id=f"a{n}", kind=kind, start=start, end=start + len(phrase), exact=phrase, **fields
    )


ARTICLE = ArticleRecord(
    slug="coalition",
    iri="http://example.org/articles/coalition/",
    text=TEXT,
    publication="The Moscow Times",
    published_on=date(2025, 9, 4),
    annotations=[
        span("Macron", "entity", 1, entity=MACRON, status="accepted"),
        span("Zelensky", "entity", 2, entity=ZELENSKY),
        span(
            "26 countries who have formally committed",
            "claim",
            3,
            claimant=MACRON,
            verdict="mostly-true",
            note="=1+1",
        ),
        span("We have today 26 countries", "quote", 4, speaker=MACRON, quote_type="direct"),
        span("Zelensky welcomed it.", "quote", 5, speaker=ZELENSKY, quote_type="indirect"),
        span("Force\n\n“We", "claim", 6, verdict="unreviewed"),
        AnnotationRecord(id="a7", kind="claim", start=None, end=None, exact="Gone text"),
    ],
)


def test_every_export_core_imports_no_django():
    package = annotations.exports
    modules = [m.name for m in pkgutil.iter_modules(package.__path__)]
    assert {"records", "doccano", "brat", "table", "w3c_pages", "archive"} <= set(modules)
    for name in modules:
        path = f"{package.__path__[0]}/{name}.py"
        assert django_imports(path) == [], name


# --- doccano ---------------------------------------------------------------------------

# doccano's documented JSONL for sequence labelling (its dataset upload example; the
# upload page elides the first line's last label, given here whole).
DOCCANO_EXAMPLE = "\n".join(
    [
        '{"text": "EU rejects German call to boycott British lamb.", '
        '"label": [ [0, 2, "ORG"], [11, 17, "MISC"], [34, 41, "MISC"] ]}',
        '{"text": "Peter Blackburn", "label": [ [0, 15, "PERSON"] ]}',
        '{"text": "President Obama", "label": [ [10, 15, "PERSON"] ]}',
    ]
)


def test_the_reader_takes_doccanos_example_and_names_labels_it_does_not_know():
    documents, problems = parse_lines(DOCCANO_EXAMPLE.splitlines())

    assert [(d.line, d.text) for d in documents] == [(2, "Peter Blackburn"), (3, "President Obama")]
    (obama,) = documents[1].spans
    assert (obama.start, obama.end, obama.kind, obama.entity_kind) == (10, 15, "entity", "person")
    assert [(n, i) for n, i, _ in problems] == [(1, 0), (1, 1), (1, 2)]
    assert "unknown label 'ORG'" in problems[0][2]


def test_a_line_has_doccanos_shape_and_our_offsets():
    line = json.loads(doccano_line(ARTICLE))
    documented = json.loads(DOCCANO_EXAMPLE.splitlines()[0])
    assert set(documented) <= set(line)
    assert line["text"] == TEXT
    for start, end, name in line["label"]:
        assert type(start) is int and type(end) is int and isinstance(name, str)
    anchored = [a for a in ARTICLE.annotations if a.start is not None]
    assert sorted((s, e) for s, e, _ in line["label"]) == sorted((a.start, a.end) for a in anchored)
    assert {name for *_, name in line["label"]} == {"ENTITY:PERSON", "CLAIM", "QUOTE"}
    assert len(line["fields"]) == len(line["label"])


def test_a_line_reads_back_as_it_was_written():
    (document,), problems = parse_lines([doccano_line(ARTICLE)])
    assert problems == []
    written = sorted((a.start, a.end, a.kind) for a in ARTICLE.anchored)
    assert sorted((s.start, s.end, s.kind) for s in document.spans) == written
    claim = next(s for s in document.spans if s.fields.get("id") == "a3")
    assert claim.fields["claimant"] == {
        "name": "Emmanuel Macron",
        "kind": "person",
        "wikidata_id": "Q3052772",
    }
    assert claim.fields["verdict"] == "mostly-true"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "abc", "label": [[0, 9, "CLAIM"]]}', "offsets 0, 9"),
        ('{"text": "abc", "label": [[0, 1]]}', "must be [start, end, LABEL]"),
        ('{"text": "abc", "label": [[0, 1, "PERSN"]]}', "unknown label 'PERSN'"),
        ('{"label": []}', '"text" must be'),
        ("[1, 2]", "JSON object"),
        ('{"text": "abc", "label": [[0, 1, "CLAIM"]], "fields": [1, 2]}', "one object per label"),
    ],
)
def test_a_bad_line_is_named_with_what_is_wrong(line, problem):
    documents, problems = parse_lines(["", line])
    assert documents == []
    assert problems and all(n == 2 for n, _, _ in problems)
    assert problem in problems[0][2]


# --- brat --------------------------------------------------------------------------------

# The example of brat's standoff documentation (https://brat.nlplab.org/standoff.html).
BRAT_TEXT = "Sony formed a joint venture with Ericsson, a mobile phone company based in Sweden.\n"
BRAT_ANN = """\
T1\tOrganization 0 4\tSony
T2\tMERGE-ORG 14 27\tjoint venture
T3\tOrganization 33 41\tEricsson
E1\tMERGE-ORG:T2 Org1:T1 Org2:T3
T4\tCountry 75 81\tSweden
R1\tOrigin Arg1:T3 Arg2:T4
"""
# More lines from the same page: attributes, normalisation, notes, a discontinuous span.
BRAT_MORE = [
    "A1\tNegation E1",
    "A2\tConfidence E2 L1",
    "N1\tReference T1 Wikipedia:534366\tBarack Obama",
    "#1\tAnnotatorNotes T1\tthis annotation is suspect",
    "T1\tLocation 0 5;16 23\tNorth America",
]
# The line grammars of the standoff format, as the documentation gives them.
GRAMMAR = {
    "T": re.compile(r"^T\d+\t[^ \t]+ \d+ \d+(;\d+ \d+)*\t[^\n]*$"),
    "A": re.compile(r"^A\d+\t[^ \t]+ [TERA]\d+( [^ \t]+)?$"),
    "R": re.compile(r"^R\d+\t[^ \t]+ Arg1:T\d+ Arg2:T\d+$"),
    "N": re.compile(r"^N\d+\tReference [TE]\d+ [^ \t:]+:[^ \t]+\t[^\n]+$"),
    "#": re.compile(r"^#\d+\tAnnotatorNotes [TERAN]\d+\t[^\n]*$"),
    "E": re.compile(r"^E\d+\t[^ \t:]+:T\d+( [^ \t:]+:[TE]\d+)*$"),
}


def parse_brat(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return BratParser(error="raise").parse(tmp_path)


def test_the_grammar_takes_the_documentations_examples(tmp_path):
    for line in [*BRAT_ANN.splitlines(), *BRAT_MORE]:
        assert GRAMMAR[line[0]].match(line), line
    (example,) = parse_brat(tmp_path, {"doc.txt": BRAT_TEXT, "doc.ann": BRAT_ANN})
    for entity in example.entities:
        assert BRAT_TEXT[entity.start : entity.end] == entity.mention


def test_our_ann_lines_keep_the_grammar_and_the_reader_takes_them(tmp_path):
    lines = "".join(ann_lines(ARTICLE)).splitlines()
    for line in lines:
        assert GRAMMAR[line[0]].match(line), line

    (example,) = parse_brat(tmp_path, {"coalition.txt": TEXT, "coalition.ann": "\n".join(lines)})

    assert len(example.entities) == len(ARTICLE.anchored)
    for entity in example.entities:
        assert entity.mention == " ".join(TEXT[s.start : s.end] for s in entity.spans)
    crossing = next(e for e in example.entities if len(e.spans) > 1)
    assert [TEXT[s.start : s.end] for s in crossing.spans] == ["Force", "“We"]
    relations = {(r.type, r.arg1.mention, r.arg2.mention) for r in example.relations}
    assert relations == {
        ("Claimant", "26 countries who have formally committed", "Macron"),
        ("Speaker", "We have today 26 countries", "Macron"),
        ("Speaker", "Zelensky welcomed it.", "Zelensky"),
    }
    macron = next(e for e in example.entities if e.mention == "Macron")
    assert [(r.rid, r.eid, r.entry) for r in macron.references] == [
        ("Wikidata", "Q3052772", "Emmanuel Macron")
    ]
    quote_types = [x.split(" ")[-1] for x in lines if "\tQuoteType " in x]
    assert sorted(quote_types) == ["direct", "indirect"]
    assert any(re.match(r"^A\d+\tVerdict T\d+ mostly-true$", x) for x in lines)
    assert any(x.endswith("\t=1+1") and x.startswith("#") for x in lines)


def test_the_configuration_declares_every_type_and_attribute_we_write():
    lines = "".join(ann_lines(ARTICLE)).splitlines()
    used = {line.split("\t")[1].split(" ")[0] for line in lines if line[0] in "TRA"}
    sections = re.split(r"^\[(\w+)\]$", ANNOTATION_CONF, flags=re.M)
    declared = {
        line.split()[0]
        for section in sections[2::2]
        for line in section.splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert used <= declared
    names = [name for name, _ in brat_files([ARTICLE])]
    assert names == ["annotation.conf", "tools.conf", "coalition.txt", "coalition.ann"]


@pytest.mark.parametrize(
    ("text", "start", "end", "pieces"),
    [("ab\ncd", 0, 5, [(0, 2), (3, 5)]), ("ab\n\ncd", 1, 5, [(1, 2), (4, 5)]), ("\n", 0, 1, [])],
)
def test_a_span_is_cut_at_line_breaks(text, start, end, pieces):
    assert fragments(text, start, end) == pieces


# --- CSV ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+33 1 23", "'+33 1 23"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("plain, with a comma", "plain, with a comma"),
        (12, 12),
        (None, ""),
    ],
)
def test_cells_never_start_a_formula(value, cell):
    assert safe(value) == cell


def test_one_row_per_annotation_with_every_field():
    text = "".join(csv_lines([ARTICLE]))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 1 + len(ARTICLE.annotations)
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    assert by_id["a3"]["note"] == "'=1+1"
    assert by_id["a3"]["claimant_wikidata_id"] == "Q3052772"
    assert by_id["a6"]["exact"] == "Force\n\n“We"  # line breaks survive, quoted
    assert by_id["a7"]["start"] == "" and by_id["a7"]["exact"] == "Gone text"


# --- W3C pages and zips --------------------------------------------------------------------


def test_pages_chain_and_the_collection_counts_them():
    items = ({"id": f"urn:uuid:0000000{i}-0000-4000-8000-000000000000"} for i in range(5))
    documents = dict(
        (name, json.loads("".join(text)))
        for name, text in w3c_documents(
            items,
            collection_id="urn:uuid:9b1f0bd8-4e5b-4c3a-9f1e-6f7c8d9e0a1b",
            label="x",
            page_size=2,
        )
    )
    assert list(documents) == [
        "page-000000.jsonld",
        "page-000001.jsonld",
        "page-000002.jsonld",
        "collection.jsonld",
    ]
    pages = [documents[f"page-00000{i}.jsonld"] for i in range(3)]
    assert [len(p["items"]) for p in pages] == [2, 2, 1]
    assert [p.get("next") for p in pages] == [pages[1]["id"], pages[2]["id"], None]
    assert [p.get("prev") for p in pages] == [None, pages[0]["id"], pages[1]["id"]]
    collection = documents["collection.jsonld"]
    assert (collection["total"], collection["first"], collection["last"]) == (
        5,
        pages[0]["id"],
        pages[2]["id"],
    )


def test_an_empty_collection_has_no_pages():
    (only,) = w3c_documents(
        [], collection_id="urn:uuid:9b1f0bd8-4e5b-4c3a-9f1e-6f7c8d9e0a1b", label="x"
    )
    collection = json.loads("".join(only[1]))
    assert only[0] == "collection.jsonld" and collection["total"] == 0
    assert "first" not in collection


def test_a_zip_is_written_as_it_is_read():
    taken = []

    def pieces(n):
        for i in range(n):
            taken.append(i)
            yield f"line {i} " * 200 + "\n"

    stream = zip_stream([("a.txt", pieces(400)), ("b.txt", ["b"])])
    first = next(stream)
    assert first and len(taken) < 400  # bytes went out before the member was all made
    data = first + b"".join(stream)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("b.txt") == b"b"
        assert archive.read("a.txt").decode().count("\n") == 400


def test_records_keep_their_moments():
    moment = datetime(2025, 9, 4, 12, tzinfo=UTC)
    record = AnnotationRecord(id="x", kind="claim", start=0, end=1, exact="C", created=moment)
    assert record.created == moment and record.person is None
