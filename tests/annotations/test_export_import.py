"""Exports through the command and imports back: W3C and doccano round-trip, the W3C
export passes the checker, the brat export parses with a brat reader, bad files are
refused whole with every bad record named."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
import zipfile

import pytest
from django.core.management import CommandError, call_command
from pybrat.parser import BratParser

from annotations.export import Selection, export_stream
from annotations.iris import Links
from annotations.models import Annotation, ArticleReview
from annotations.writes import annotation_delete
from tests.annotations.test_w3c_conformance import run_checker
from tests.factories import bulk_annotations, make_annotation, make_article, make_entity

FIELDS = ("kind", "start", "end", "exact", "quote_cue", "quote_type", "verdict")
MORE = ("verdict_note", "note")


def export(tmp_path, fmt: str, *args: str) -> tuple:
    out = tmp_path / f"export.{fmt}"
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("export", "--format", fmt, "--out", str(out), *args, stdout=stdout, stderr=stderr)
    return out, stderr.getvalue()


def state(annotation: Annotation) -> tuple:
    def entity(e):
        return None if e is None else (e.pk, e.name, e.kind, e.wikidata_id)

    values = tuple(getattr(annotation, name) for name in FIELDS + MORE)
    return (
        *values,
        entity(annotation.entity),
        entity(annotation.speaker),
        entity(annotation.claimant),
    )


def live(article) -> list[tuple]:
    rows = (
        Annotation.objects.live()
        .filter(article=article)
        .select_related("entity", "speaker", "claimant")
    )
    return sorted(state(a) for a in rows)


@pytest.fixture
def annotated(newsroom_annotations, curator, article):
    """The fixture's annotations less the orphan (no offsets: nothing to import onto)."""
    orphan = newsroom_annotations.pop("orphan")
    annotation_delete(annotation_id=orphan.pk, user=curator, version=orphan.version)
    return newsroom_annotations


def forget(article, curator) -> None:
    for annotation in Annotation.objects.live().filter(article=article):
        annotation_delete(annotation_id=annotation.pk, user=curator, version=annotation.version)


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["w3c", "doccano"])
def test_export_then_import_gives_the_same_annotations(annotated, article, curator, tmp_path, fmt):
    before = live(article)
    assert len(before) == len(annotated)
    out, _ = export(tmp_path, fmt, "--article", article.slug)
    forget(article, curator)
    assert live(article) == []

    stdout = io.StringIO()
    call_command("import_annotations", str(out), "--format", fmt, "--as", "casey", stdout=stdout)

    assert live(article) == before
    imported = Annotation.objects.live().filter(article=article)
    assert {a.status for a in imported} == {"proposed"}
    assert f"Imported {len(before)} annotations onto 1 articles" in stdout.getvalue()


@pytest.mark.django_db
def test_import_accepted_needs_a_curator(annotated, article, annotator, curator, tmp_path):
    out, _ = export(tmp_path, "doccano", "--article", article.slug)
    forget(article, curator)
    with pytest.raises(CommandError, match="Only curators"):
        call_command(
            "import_annotations", str(out), "--format", "doccano", "--as", "ana", "--accepted"
        )
    assert live(article) == []
    call_command(
        "import_annotations", str(out), "--format", "doccano", "--as", "casey", "--accepted"
    )
    assert {a.status for a in Annotation.objects.live().filter(article=article)} == {"accepted"}


@pytest.mark.django_db
def test_an_entity_id_from_another_database_is_matched_by_name(article, curator, tmp_path):
    macron = make_entity("Emmanuel Macron", "person")
    make_annotation(article, curator, "Macron", kind="entity", entity=macron)
    out, _ = export(tmp_path, "w3c", "--article", article.slug)
    forget(article, curator)
    # In the other database the same id is someone else: the name decides.
    macron.name = "Someone Else"
    macron.save()
    call_command("import_annotations", str(out), "--format", "w3c", "--as", "casey")
    tag = Annotation.objects.live().get(article=article)
    assert tag.entity.name == "Emmanuel Macron" and tag.entity.kind == "person"
    assert tag.entity.pk != macron.pk


@pytest.mark.django_db
def test_a_bad_doccano_file_is_refused_whole_with_line_numbers(article, curator, tmp_path):
    good = {"text": article.text, "label": [[0, 5, "CLAIM"]]}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"text": article.text, "label": [[5, 2, "CLAIM"], [0, 3, "ORG"]]}),
        json.dumps({"text": "A text no article has.", "label": [[0, 1, "CLAIM"]]}),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n")
    stderr = io.StringIO()

    with pytest.raises(CommandError, match="nothing was imported"):
        call_command(
            "import_annotations", str(path), "--format", "doccano", "--as", "casey", stderr=stderr
        )

    report = stderr.getvalue()
    assert [line.split(":")[0] for line in report.splitlines()] == [
        "line 2",
        "line 3, label[0]",
        "line 3, label[1]",
        "line 4",
    ]
    assert "line 2: not JSON" in report
    assert "line 3, label[0]: offsets 5, 2" in report
    assert "line 3, label[1]: unknown label 'ORG'" in report
    assert "line 4: no article's current text is this text" in report
    assert not any(line.startswith("line 1:") for line in report.splitlines())
    assert live(article) == []  # line 1 was good, and is not kept either


@pytest.mark.django_db
def test_a_bad_w3c_record_is_refused_with_where_it_is(annotated, article, curator, tmp_path):
    out, _ = export(tmp_path, "w3c", "--article", article.slug)
    with zipfile.ZipFile(out) as archive:
        page = json.loads(archive.read("page-000000.jsonld"))
    page["items"][1]["target"]["selector"] = [{"type": "TextQuoteSelector", "exact": "Not here."}]
    page["items"][2]["target"]["source"] = "http://127.0.0.1:8000/articles/no-such-article/"
    path = tmp_path / "page.jsonld"
    path.write_text(json.dumps(page))
    forget(article, curator)
    stderr = io.StringIO()

    with pytest.raises(CommandError, match="2 bad record"):
        call_command(
            "import_annotations", str(path), "--format", "w3c", "--as", "casey", stderr=stderr
        )

    report = stderr.getvalue().splitlines()
    assert report[0].startswith("page.jsonld, record 2 (") and "not in the current" in report[0]
    assert report[1].startswith("page.jsonld, record 3 (") and "none of our articles" in report[1]
    assert live(article) == []


@pytest.mark.django_db
def test_the_w3c_export_is_paged_and_passes_every_must(
    newsroom_annotations, article, tmp_path, monkeypatch
):
    annotated = newsroom_annotations  # the orphan too: its quote, no position
    monkeypatch.setattr("annotations.export.W3C_PAGE_SIZE", 3)
    out, progress = export(tmp_path, "w3c")
    folder = tmp_path / "w3c"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
    pages = sorted(folder.glob("page-*.jsonld"))
    collection = json.loads((folder / "collection.jsonld").read_text())
    assert collection["total"] == len(annotated) == 8
    assert len(pages) == 3
    documents = [json.loads(p.read_text()) for p in pages]
    assert collection["first"] == documents[0]["id"] and collection["last"] == documents[2]["id"]
    assert [d.get("next") for d in documents] == [documents[1]["id"], documents[2]["id"], None]
    assert [d["startIndex"] for d in documents] == [0, 3, 6]
    assert "1/1 articles, 8 annotations" in progress

    output, (checked, failed, _) = run_checker("--no-follow", str(folder))

    assert failed == 0, output
    assert checked == len(annotated), output


@pytest.mark.django_db
def test_brat_spans_are_the_text_they_name(annotated, article, tmp_path):
    two = make_article(headline="A second story")
    make_annotation(two, annotated["claim"].author, "American contribution")
    out, _ = export(tmp_path, "brat")
    folder = tmp_path / "brat"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
    assert (folder / "annotation.conf").exists()

    examples = BratParser(error="raise").parse(folder)

    assert sorted(e.id for e in examples) == sorted([article.slug, two.slug])
    spans = 0
    for example in examples:
        for entity in example.entities:
            pieces = [example.text[s.start : s.end] for s in entity.spans]
            assert entity.mention == " ".join(pieces)
            spans += 1
    assert spans == len(annotated) + 1
    ann = (folder / f"{article.slug}.ann").read_text()
    relations = [r for e in examples for r in e.relations]
    assert {(r.type, r.arg2.mention) for r in relations} == {
        ("Claimant", "Macron"),
        ("Speaker", "Macron"),
    }
    references = [ref for e in examples for ent in e.entities for ref in ent.references]
    assert {(r.rid, r.eid) for r in references} == {("Wikidata", "Q3052772")}
    assert "\tQuoteType " in ann and " indirect\n" in ann
    assert "\tVerdict " in ann and " mostly-true\n" in ann


@pytest.mark.django_db
def test_csv_has_a_row_per_annotation_and_no_formulas(article, curator, tmp_path):
    make_annotation(article, curator, "Macron", kind="quote", note='=HYPERLINK("x")')
    make_annotation(article, curator, "Zelensky", kind="claim", note="-1+2")
    ArticleReview.objects.create(article=article, reviewer=curator)
    out, _ = export(tmp_path, "csv", "--reviewed")
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 2
    assert {r["note"] for r in rows} == {'\'=HYPERLINK("x")', "'-1+2"}
    assert {r["exact"] for r in rows} == {"Macron", "Zelensky"}
    assert rows[0]["start"].isdigit()


@pytest.mark.django_db
def test_the_selection_narrows_and_reviewed_keeps_accepted_only(
    annotated, article, annotator, curator, tmp_path
):
    other = make_article(headline="Elsewhere", publication="Another Paper")
    make_annotation(other, annotator, "American contribution")
    out, _ = export(tmp_path, "doccano", "--publication", "another-paper")
    assert [json.loads(line)["article"] for line in out.read_text().splitlines()] == [other.slug]

    # The reviewed layer: accepted tags of articles marked reviewed, not of the others.
    make_annotation(other, curator, "Elsewhere")
    ArticleReview.objects.create(article=article, reviewer=curator)
    out, _ = export(tmp_path, "doccano", "--reviewed")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    accepted = Annotation.objects.live().filter(article=article, status="accepted")
    assert [line["article"] for line in lines] == [article.slug]
    assert len(lines[0]["label"]) == accepted.count() < len(annotated)

    with pytest.raises(CommandError, match="No article"):
        export(tmp_path, "csv", "--article", "nope")


@pytest.mark.django_db
def test_the_export_streams_article_by_article_in_a_few_queries(
    annotator, django_assert_max_num_queries
):
    articles = [make_article(headline=f"Story {n}") for n in range(4)]
    for article in articles:
        make_annotation(article, annotator, "Macron")
        make_annotation(article, annotator, "Zelensky", kind="quote")
    seen = []
    stream = export_stream(
        "doccano", Selection(), Links("http://testserver"), progress=lambda *n: seen.append(n)
    )
    with django_assert_max_num_queries(4):  # the two streams, whatever the number of rows
        first = next(stream)
        assert seen == []  # the first line is out before the export moves past its article
        rest = list(stream)
    assert json.loads(first)["article"] == articles[0].slug
    assert len(rest) == 3
    assert seen == [(1, 2), (2, 4), (3, 6), (4, 8)]


@pytest.mark.django_db
def test_since_and_until_select_articles_by_their_date(annotator, tmp_path):
    dated = {}
    for day in ("2025-09-01", "2025-09-04", "2025-09-09"):
        article = make_article(headline=f"Story of {day}")
        article.published_on = day
        article.save(update_fields=["published_on"])
        make_annotation(article, annotator, "Macron")
        dated[day] = article.slug
    make_annotation(make_article(headline="Undated"), annotator, "Macron")

    out, _ = export(tmp_path, "csv", "--since", "2025-09-02", "--until", "2025-09-09")

    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert sorted(r["article"] for r in rows) == sorted([dated["2025-09-04"], dated["2025-09-09"]])
    assert {r["published_on"] for r in rows} == {"2025-09-04", "2025-09-09"}
    with pytest.raises(CommandError, match="after --until"):
        export(tmp_path, "csv", "--since", "2025-09-09", "--until", "2025-09-01")
    with pytest.raises(CommandError, match="not a date"):
        export(tmp_path, "csv", "--since", "September")


@pytest.mark.django_db
def test_a_w3c_export_is_not_imported_twice(annotated, article, curator, tmp_path):
    out, _ = export(tmp_path, "w3c", "--article", article.slug)
    stderr = io.StringIO()
    with pytest.raises(CommandError, match="7 bad record"):  # they are all still here
        call_command(
            "import_annotations", str(out), "--format", "w3c", "--as", "casey", stderr=stderr
        )
    assert "is already here (annotation" in stderr.getvalue()

    forget(article, curator)
    call_command("import_annotations", str(out), "--format", "w3c", "--as", "casey")
    with pytest.raises(CommandError, match="7 bad record"):  # imported once already
        call_command(
            "import_annotations", str(out), "--format", "w3c", "--as", "casey", stderr=stderr
        )
    assert Annotation.objects.live().filter(article=article).count() == 7


def peak_of_export(fmt: str, selection: Selection) -> tuple[int, int]:
    """Peak memory (bytes) of making an export, and its size."""
    size = 0
    tracemalloc.start()
    try:
        for chunk in export_stream(fmt, selection, Links("http://testserver")):
            size += len(chunk)
        return tracemalloc.get_traced_memory()[1], size
    finally:
        tracemalloc.stop()


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["w3c", "csv"])
def test_memory_stays_flat_as_the_export_grows(annotator, fmt, monkeypatch):
    # Memory is bounded by the rows fetched at a time: smaller chunks, so that both
    # exports below read many.
    monkeypatch.setattr("annotations.export.ARTICLE_CHUNK", 2)
    monkeypatch.setattr("annotations.export.ANNOTATION_CHUNK", 60)
    for n in range(60):
        bulk_annotations(make_article(publication="Small" if n < 10 else "Large"), [annotator], 30)
    small, every = Selection(publication="small"), Selection()
    for selection in (small, every):  # a first run pays once for what is cached
        peak_of_export(fmt, selection)

    small_peak, small_size = peak_of_export(fmt, small)
    large_peak, large_size = peak_of_export(fmt, every)

    assert large_size > 5 * small_size
    assert large_peak < 1.25 * small_peak, (small_peak, large_peak)


@pytest.mark.django_db
def test_a_collection_without_its_pages_is_refused(annotated, article, tmp_path):
    out, _ = export(tmp_path, "w3c", "--article", article.slug)
    with zipfile.ZipFile(out) as archive:
        collection = tmp_path / "collection.jsonld"
        collection.write_bytes(archive.read("collection.jsonld"))
    stderr = io.StringIO()
    with pytest.raises(CommandError, match="1 bad record"):
        call_command(
            "import_annotations", str(collection), "--format", "w3c", "--as", "casey", stderr=stderr
        )
    assert "import the whole export (the zip)" in stderr.getvalue()
