"""``manage.py clean_text`` and ``manage.py ingest``, called as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DataError

from newsroom import ingest
from newsroom.cleaning import CleaningError
from newsroom.models import Article
from tests.newsroom.bad_input import ARTICLES, CP1252, ERRORS, HEADLINE, SAMPLE, ids
from tests.newsroom.pages import FIRST, NO_ARTICLE, SECOND, two_stories

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- clean_text ---------------------------------------------------------------------------


def test_clean_text_prints_the_cleaned_article_as_json():
    out, _ = run("clean_text", str(SAMPLE))
    article = json.loads(out)
    assert article["headline"] == HEADLINE
    assert set(article) >= {"publication", "headline", "byline", "captions", "subheads"}
    assert article["captions"][0]["credit"] == "president.gov.ua"
    assert "“" in out  # typographic quotes are printed as they are, not escaped


def test_clean_text_decodes_other_encodings_and_says_so(tmp_path):
    out, err = run("clean_text", write(tmp_path, "lyon.txt", CP1252))
    assert json.loads(out)["headline"] == "Café Owners in Lyon Protest New Rules"
    assert "lyon.txt" in err and err.strip()


@pytest.mark.parametrize("case", ERRORS, ids=ids(ERRORS))
def test_clean_text_refuses_bad_input_with_a_message(tmp_path, case):
    with pytest.raises(CommandError, match=case.error):
        run("clean_text", write(tmp_path, f"{case.id}.txt", case.data))


@pytest.mark.parametrize("case", ARTICLES, ids=ids(ARTICLES))
def test_clean_text_makes_something_sensible_of_awkward_input(tmp_path, case):
    out, _ = run("clean_text", write(tmp_path, f"{case.id}.txt", case.data))
    assert json.loads(out)["headline"]


def test_clean_text_from_the_shell_fails_without_a_traceback(tmp_path):
    # From a new shell: nothing exported (manage.py runs in development by itself).
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    done = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "clean_text", write(tmp_path, "empty.txt", b"")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "The text is empty." in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_clean_text_works_from_a_new_shell_without_the_virtualenv():
    # `python manage.py ...` with the Python the virtualenv was made from, nothing of the
    # virtualenv's in the environment: manage.py runs the command with .venv's Python.
    base_python = Path(sys.base_prefix) / "bin" / "python3"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "VIRTUAL_ENV", "PYTHON"))
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p
    )
    done = subprocess.run(  # noqa: S603 - a known interpreter and manage.py
        [str(base_python), "manage.py", "clean_text", str(SAMPLE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["headline"] == HEADLINE


def test_clean_text_names_a_missing_file():
    with pytest.raises(CommandError, match="No such file"):
        run("clean_text", "/nonexistent/article.txt")


# --- ingest ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_ingest_reports_each_file_and_goes_on_after_a_bad_one(tmp_path):
    good = write(tmp_path, "a-good.txt", SAMPLE.read_bytes())
    bad = write(tmp_path, "b-empty.txt", b"   \n")
    other = write(tmp_path, "c-lyon.txt", CP1252)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 of 3"):
        call_command("ingest", good, bad, other, stdout=out, stderr=err)
    assert f"[1/3] {good}: ok — 1 story, 1 article(s)" in out.getvalue()
    assert f"    lines 1–107: {HEADLINE} (/articles/" in out.getvalue()
    assert f"[2/3] {bad}: FAILED: The text is empty." in err.getvalue()
    assert "[3/3]" in out.getvalue()
    assert "3 file(s): 2 ingested, 0 already ingested, 1 failed." in out.getvalue()
    assert Article.objects.count() == 2
    assert Article.objects.get(page__source_name="c-lyon.txt").page.decode_note


@pytest.mark.django_db
def test_ingest_goes_on_after_an_unexpected_error_and_still_sums_up(tmp_path, monkeypatch):
    # A fault of ours rather than of the file (here the database refusing a row) fails
    # that file only; the next one still goes in and the summary is printed.
    real = ingest.page_create

    def refusing(**fields):
        if fields["source_name"] == "b-refused.txt":
            raise DataError("value too long for type character varying(200)")
        return real(**fields)

    monkeypatch.setattr(ingest, "page_create", refusing)
    first = write(tmp_path, "a-good.txt", SAMPLE.read_bytes())
    refused = write(tmp_path, "b-refused.txt", CP1252)
    last = write(tmp_path, "c-good.txt", two_stories().encode())
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 of 3"):
        call_command("ingest", first, refused, last, stdout=out, stderr=err)
    assert (
        f"[2/3] {refused}: FAILED: an unexpected error (DataError); nothing of this file "
        "was saved and the error was logged." in err.getvalue()
    )
    assert "Traceback" not in err.getvalue()
    assert f"[3/3] {last}: ok" in out.getvalue()
    assert "3 file(s): 2 ingested, 0 already ingested, 1 failed." in out.getvalue()
    assert not Article.objects.filter(page__source_name="b-refused.txt").exists()


@pytest.mark.django_db
def test_ingest_twice_is_idempotent(tmp_path):
    path = write(tmp_path, "sample.txt", SAMPLE.read_bytes())
    run("ingest", path)
    out, _ = run("ingest", path)
    assert "already ingested" in out
    assert "1 file(s): 0 ingested, 1 already ingested, 0 failed." in out
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_ingest_can_publish_under_a_given_publication(tmp_path):
    run("ingest", write(tmp_path, "s.txt", SAMPLE.read_bytes()), "--publish", "--publication=Wire")
    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert article.publication.name == "Wire"
    assert article.page.source_name == "s.txt"


@pytest.mark.django_db
def test_ingest_takes_the_text_files_of_a_folder(tmp_path):
    write(tmp_path, "one.txt", SAMPLE.read_bytes())
    write(tmp_path, "notes.md", b"not an article")
    out, _ = run("ingest", str(tmp_path))
    assert "1 file(s): 1 ingested" in out


@pytest.mark.django_db
@pytest.mark.parametrize("case", ERRORS, ids=ids(ERRORS))
def test_ingest_refuses_bad_input_and_saves_nothing(tmp_path, case):
    path = write(tmp_path, f"{case.id}.txt", case.data)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", path, stdout=out, stderr=err)
    assert "FAILED: " in err.getvalue() and case.error in err.getvalue()
    assert not Article.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("case", ARTICLES, ids=ids(ARTICLES))
def test_ingest_makes_an_article_of_awkward_input(tmp_path, case):
    out, _ = run("ingest", write(tmp_path, f"{case.id}.txt", case.data))
    assert ": ok — " in out
    article = Article.objects.get()
    assert article.headline == (case.headline or article.headline)


@pytest.mark.django_db
def test_ingest_names_a_file_it_cannot_read(tmp_path):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path / "missing.txt"), stdout=out, stderr=err)
    assert "FAILED: cannot read it" in err.getvalue()


@pytest.mark.django_db
def test_ingest_reports_how_many_stories_and_articles_a_file_gave(tmp_path, finds_two_stories):
    path = write(tmp_path, "courier.txt", two_stories().encode())
    out, _ = run("ingest", path)
    assert f"[1/1] {path}: ok — 2 stories, 2 article(s)" in out
    assert f"    lines 1–16: {FIRST} (/articles/" in out
    assert f"    lines 18–27: {SECOND} (/articles/" in out
    assert "1 file(s): 1 ingested, 0 already ingested, 0 failed. 2 article(s) made" in out
    again, _ = run("ingest", path)
    assert f"[1/1] {path}: already ingested — 2 stories, 2 article(s)" in again
    assert f"    lines 18–27: {SECOND}" in again
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_ingest_says_which_articles_wait_for_review_instead_of_being_published(tmp_path):
    text = "\n".join(SAMPLE.read_text().split("\n")[40:])  # no headline printed
    out, _ = run("ingest", write(tmp_path, "middle.txt", text.encode()), "--publish")
    assert "(/articles/" in out and ", draft) — a draft instead of published, needs review:" in out
    assert "No headline was printed" in out
    assert "1 article(s) made, 1 to review." in out
    assert Article.objects.get().status == Article.Status.DRAFT


@pytest.mark.django_db
def test_ingest_refuses_a_text_holding_no_article(tmp_path, junk_refused):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", write(tmp_path, "junk.txt", b";"), stdout=out, stderr=err)
    assert f"FAILED: {NO_ARTICLE}" in err.getvalue()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_demo_refuses_a_sample_holding_no_article_with_the_message(monkeypatch):
    def refuses(raw):
        raise CleaningError(NO_ARTICLE)

    monkeypatch.setattr(ingest, "clean", refuses)
    with pytest.raises(CommandError, match=NO_ARTICLE):
        run("demo")
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_demo_loads_every_story_of_its_page():
    out, _ = run("demo")
    assert f"Loaded: {HEADLINE} (/articles/" in out
    again, _ = run("demo")
    assert f"Already loaded: {HEADLINE}" in again
    assert Article.objects.get().status == Article.Status.PUBLISHED
