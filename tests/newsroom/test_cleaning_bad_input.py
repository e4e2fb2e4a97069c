"""Unusable or unusual input: clear errors for the unusable, sensible articles for the rest."""

from __future__ import annotations

import codecs
import contextlib
import json
import time
from pathlib import Path

import pytest

from newsroom.cleaning import CleaningError, clean, decode_bytes
from newsroom.cleaning import __main__ as cli
from newsroom.cleaning.decode import Replaced, decode
from tests.newsroom.cleaning_samples import BODY, WEB_PARAGRAPHS
from tests.newsroom.cleaning_util import clean_story

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning" / "seed_moscow_times.raw.txt"


@pytest.mark.parametrize("raw", ["", " ", "\n\n\n", " \t \r\n \u00a0 \n"])
def test_empty_text_is_refused_with_a_clear_message(raw):
    with pytest.raises(CleaningError, match=r"^The text is empty\.$"):
        clean_story(raw)


def test_text_of_stray_symbols_only_is_refused():
    with pytest.raises(CleaningError, match="No readable text"):
        clean_story("¢ ~ ■\n•\n|\n")


@pytest.mark.parametrize(
    "raw", ["PK\x03\x04\x00\x00\x08\x00", "\x00" * 50 + "text", "\x01\x02\x03\x04" * 100]
)
def test_binary_looking_text_is_refused(raw):
    with pytest.raises(CleaningError, match=r"^This looks like a binary file, not text\.$"):
        clean_story(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "Coalition of Willing Commits to Ukraine Force if Peace Agreed",
        "Coalition of Willing Commits to Ukraine\nForce if Peace Agreed\n",
        "  Coalition of Willing Commits to Ukraine Force if Peace Agreed  \n\n",
        "Coalition of Willing Commits\n\nto Ukraine Force\nif Peace Agreed",
    ],
)
def test_a_file_that_is_only_a_headline_gives_a_headline_and_no_body(raw):
    article = clean_story(raw)
    assert article.headline == "Coalition of Willing Commits to Ukraine Force if Peace Agreed"
    assert article.flags.headline_printed
    assert article.body == []
    assert article.removed == []


@pytest.mark.parametrize(
    ("raw", "headline"),
    [
        # read alone, as a running head would be, or as a paper's name
        ("Bridge to Stay Closed", "Bridge to Stay Closed"),
        ("THE NORTHERN\nGAZETTE", "THE NORTHERN GAZETTE"),
        ("LABOUR TROUBLES.", "LABOUR TROUBLES."),
    ],
)
def test_a_heading_alone_is_the_headline_not_furniture(raw, headline):
    article = clean_story(raw)
    assert article.headline == headline
    assert article.removed == []


def test_a_headline_with_its_byline_alone_keeps_the_byline():
    article = clean_story("Bridge to Stay Closed\nBy Anna Petrova")
    assert (article.headline, article.byline) == ("Bridge to Stay Closed", "Anna Petrova")


@pytest.mark.parametrize(
    "raw",
    [
        # a photo's caption with its credit stays a caption
        "Residents gather near the site on Monday morning. Photo: AP",
        # sentences are text, not a heading
        "The council met. It agreed to close the bridge.",
    ],
)
def test_lines_that_are_no_heading_are_not_made_the_headline_alone(raw):
    article = clean_story(raw)
    assert not article.flags.headline_printed


@pytest.mark.parametrize(
    ("raw", "headline"),
    [
        (
            "the council met on monday and agreed to close the bridge. repairs will cost\n"
            "millions, the mayor said, and will take months.\n",
            "the council met on monday and agreed to close the bridge.",
        ),
        (
            "More than two dozen countries have pledged to join a force to deploy in Ukraine\n"
            "after any eventual peace deal with Russia, aiming to deter Moscow from again\n"
            "attacking its neighbor, leaders announced Thursday. The force would stay back.\n",
            "More than two dozen countries have pledged to join a force to deploy…",
        ),
        # a day's number and its stop end no sentence before the month
        (
            "der Vorstand hat am 4. Juni beschlossen, die Brücke zu schließen. Die\n"
            "Reparatur wird Monate dauern, sagte der Bürgermeister am Abend.\n",
            "der Vorstand hat am 4. Juni beschlossen, die Brücke zu schließen.",
        ),
        # a year's does
        (
            "the war in the east ended in 1918. the peace was signed at last, and the\n"
            "armies went home to their farms and towns.\n",
            "the war in the east ended in 1918.",
        ),
    ],
)
def test_text_without_a_headline_gets_its_first_sentence_trimmed(raw, headline):
    article = clean_story(raw)
    assert article.headline == headline
    assert article.paragraphs and article.paragraphs[0].startswith(raw.split()[0])


def test_windows_line_endings_and_a_byte_order_mark_are_fine():
    article = clean_story("\ufeffBridge to Stay Closed\r\n\r\nThe bridge is closed.\r\n")
    assert article.headline == "Bridge to Stay Closed"
    assert article.paragraphs == ["The bridge is closed."]


@pytest.mark.parametrize(
    "raw",
    [
        "a" * 400_000,
        "\"'" * 200_000,
        "-" * 400_000,
        "(" * 400_000,
        "a.b." * 100_000,
        "By " * 130_000,
        " " * 400_000 + "x",
        "candi-\n" * 60_000,
        "Related article: x\n" * 20_000,
    ],
    ids=[
        "word",
        "quotes",
        "hyphens",
        "parens",
        "dots",
        "bylines",
        "spaces",
        "hyphen-lines",
        "labels",
    ],
)
def test_degenerate_input_finishes_quickly(raw):
    # Each case targets a regex or loop that could go quadratic. Work that grows with the
    # square of 60,000 lines would take minutes; linear work takes a few seconds at most
    # even for lines of one word each (throughput is bench/cleaning.py's to measure).
    start = time.process_time()
    with contextlib.suppress(CleaningError):
        clean(raw)
    assert time.process_time() - start < 10


def test_decode_bytes_reads_utf8_with_or_without_bom():
    text = "Não ao projeto — “quoted”\n"
    assert decode_bytes(text.encode("utf-8")) == (text, None)
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, None)


def test_decode_bytes_falls_back_to_a_detected_encoding_with_a_note():
    text = SEED.read_text(encoding="utf-8").replace("¢", "")
    decoded, note = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert note == "Not UTF-8: decoded as windows-1252"


def test_decode_bytes_reads_utf16_with_a_bom():
    decoded, note = decode_bytes("Bridge to Stay Closed\n".encode("utf-16"))
    assert decoded == "Bridge to Stay Closed\n"
    assert note == "Not UTF-8: decoded as UTF-16"


CAFE = "Le café était déjà plein; la crème brûlée, naïve et française.\n" * 3


def test_a_mostly_utf8_file_stays_utf8_and_says_where_bytes_were_replaced():
    # A UTF-8 file into which two bytes of windows-1252 strayed (line 2, and line 4).
    lines = CAFE.encode("utf-8").split(b"\n")
    lines[1] = b"Un caf\xe9 " + lines[1]
    lines.insert(3, b"Prix: 5 \x80")
    decoded = decode(b"\n".join(lines))
    assert decoded.text.startswith("Le café était déjà plein")  # not “cafÃ©”
    assert decoded.text.split("\n")[1].startswith("Un caf\ufffd Le café")
    assert decoded.replaced == (Replaced(2, 7, b"\xe9"), Replaced(4, 9, b"\x80"))
    assert decoded.note == (
        "Mostly UTF-8: 2 bytes that were not UTF-8 replaced with “\ufffd” "
        "(line 2, column 7; line 4, column 9)"
    )


def test_a_file_of_another_code_page_is_not_taken_for_damaged_utf8():
    decoded = decode(CAFE.encode("cp1252"))
    assert decoded.text == CAFE and not decoded.replaced
    assert decoded.note == "Not UTF-8: decoded as windows-1252"


@pytest.mark.parametrize(
    ("encoding", "order"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")]
)
def test_utf16_without_a_byte_order_mark_is_read(encoding, order):
    text = f"Bridge to Stay “Closed”\n\n{BODY}"
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.note == f"Not UTF-8: decoded as UTF-16 ({order}, no byte order mark)"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.7\n\x00\x01\x02binary",
        bytes(range(256)) * 8,
    ],
)
def test_decode_bytes_refuses_binary_files(data):
    with pytest.raises(CleaningError, match=r"^This looks like a binary file, not text\.$"):
        decode_bytes(data)


def test_command_line_prints_the_article_as_json(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(f"Bridge to Stay “Closed”\n\n{BODY}", encoding="utf-8")
    assert cli.main([str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["headline"] == "Bridge to Stay “Closed”"
    assert out["paragraphs"] == [" ".join(p.split()) for p in BODY.split("\n\n")]
    assert set(out) >= {"publication", "headline", "byline", "captions", "subheads", "insets"}


def test_command_line_reports_unusable_input_and_fails(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"   \n")
    assert cli.main([str(path)]) == 1
    assert "The text is empty." in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "encoding", "name"),
    [
        (
            "Le café était déjà plein; la crème brûlée, naïve et française.",
            "cp1252",
            "windows-1252",
        ),
        ("Die Straße in München war schön, über alle Maßen grün.", "cp1252", "windows-1252"),
        ("“Quoted” — and ‘so’ on… for £5.", "cp1252", "windows-1252"),
        ("Kraków i Łódź są pięknymi miastami, ale Gdańsk też.", "cp1250", "windows-1250"),
        ("Москва — столица России, крупнейший город страны.", "cp1251", "windows-1251"),
        ("Ленин сказал это вчера в Кремле.", "cp1251", "windows-1251"),
    ],
)
def test_short_legacy_texts_are_decoded_in_their_own_code_page(text, encoding, name):
    decoded, note = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert note == f"Not UTF-8: decoded as {name}"


# (over 300 characters with its title: text that came with no line breaks at all)
_ONE_LINE_BODY = " " + " ".join(WEB_PARAGRAPHS)


@pytest.mark.parametrize(
    ("title", "headline", "byline"),
    [
        ("Council Approves New Bridge By Jane Smith", "Council Approves New Bridge", "Jane Smith"),
        ("COUNCIL APPROVES NEW BRIDGE By JANE SMITH", "COUNCIL APPROVES NEW BRIDGE", "JANE SMITH"),
        ("Stand By Me Wins Award", "Stand By Me Wins Award", None),  # no one named
    ],
)
def test_a_byline_run_on_after_the_title_of_a_page_with_no_line_breaks(title, headline, byline):
    article = clean_story(title + _ONE_LINE_BODY)
    assert (article.headline, article.byline) == (headline, byline)
