"""The training-page generator: deterministic, labelled line for line, expected files the
kit's scorer takes as perfect, and a style space that really varies."""

from __future__ import annotations

import importlib.util
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path

import ftfy
import pytest

from newsroom.cleaning.training import generate
from newsroom.cleaning.training.archive import split_title
from newsroom.cleaning.training.corpus import all_articles, articles, join_parted
from newsroom.cleaning.training.generate import main as cli_main
from newsroom.cleaning.training.overproof import cases as overproof_cases

SCORER = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning" / "score.py"
LABELS = {"masthead", "running", "folio", "jump", "noise", "kicker", "head", "deck", "attrib",
          "byline", "date", "caption", "credit", "pstart", "pcont", "sub", "inset", "sig",
          "table", "outside"}  # fmt: skip


def _scorer():
    spec = importlib.util.spec_from_file_location("cleaning_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pages():
    return list(generate(7, 300))


def test_same_seed_gives_identical_pages():
    first = [(p.name, p.raw, json.dumps(p.expected), p.labels) for p in generate(3, 60, "eval")]
    again = [(p.name, p.raw, json.dumps(p.expected), p.labels) for p in generate(3, 60, "eval")]
    assert first == again
    other = [p.raw for p in generate(4, 60, "eval")]
    assert other != [raw for _, raw, _, _ in first]


def test_one_label_per_raw_line_from_the_vocabulary(pages):
    for page in pages:
        raw_lines = page.raw.split("\n")
        assert len(page.labels) == len(raw_lines), page.name
        for line, label in zip(raw_lines, page.labels, strict=True):
            if line.strip():
                assert label in LABELS, (page.name, line, label)
            else:
                assert label == "", (page.name, line, label)


def _unmojibake(line: str) -> str:
    # only where mojibake may be: ftfy takes a broken quote before a letter ("s›étaient")
    # for mojibake too
    if not re.search("[ÃÂâÅï€]", line):
        return line
    try:
        return line.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return ftfy.fix_text(line)


def _letters(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("ſ", "s")
    return re.sub(r"[^\w]", "", text.replace("|", "I")).lower()


def test_every_expected_word_is_printed(pages):
    """Up to hyphens, repairs and line joins, the expected body is in the raw text."""
    furniture = {"masthead", "running", "folio", "jump", "noise"}
    for page in pages:
        printed = zip(page.raw.split("\n"), page.labels, strict=True)
        # margin glyphs and stray tokens at line ends go first: one may sit by a soft hyphen
        glyphs = r"[°¦!|_~•■»';%¢\s]+"
        kept = [
            re.sub(f"^{glyphs}|{glyphs}$", "", _unmojibake(ln))
            for ln, lab in printed
            if lab not in furniture
        ]
        raw = _letters("\n".join(kept))
        for story in page.expected.get("stories") or [page.expected]:
            for para in story["paragraphs"]:
                for word in re.findall(r"[^\W_]+", para):
                    assert _letters(word) in raw, (page.name, word)


def test_the_kit_scorer_finds_expected_perfect(pages):
    score = _scorer()
    for page in pages[:120]:
        result = score.score_case(page.expected, page.expected)
        for key in ("head", "byline", "capF1", "subF1", "insF1", "quote"):
            assert result[key] == 1.0, (page.name, key)
        assert result["CER"] == 0.0
        if page.expected.get("paragraph_boundaries") != "unknown":
            assert result["paraF1"] == 1.0 and result["bndF1"] == 1.0


def test_the_style_space_varies(pages):
    seen = Counter()
    for page in pages:
        seen.update(page.expected["source"]["degradations"])
        seen[page.expected["language"]] += 1
        seen.update(set(page.labels) - {""})
        if page.expected.get("stories"):
            seen["multi-story"] += 1
    for mode in ("blank", "indent", "shortlast", "none", "oneline", "noline"):
        assert seen[f"paragraphs: {mode}"], mode
    for lang in ("en", "de", "fr"):
        assert seen[lang] >= 15, lang
    assert 30 <= seen["multi-story"] <= 150
    for kind in ("margin glyphs", "stray glyph tokens", "ligatures", "spaces before punctuation",
                 "mojibake in some lines", "double spaces", "long s", "| read for I",
                 "character errors kept in expected", "page break inside a paragraph",
                 "column break inside a paragraph", "subheads", "one-line paragraph",
                 "caption above the headline", "credit on its own line"):  # fmt: skip
        assert seen[kind], kind
    assert any(k.startswith("broken quotes") for k in seen)
    assert set(seen) >= LABELS, LABELS - set(seen)


def test_train_and_eval_pages_never_share_an_article():
    train = {a for p in generate(1, 200, "train") for a in p.expected["source"]["articles"]}
    held = {a for p in generate(1, 200, "eval") for a in p.expected["source"]["articles"]}
    assert train and held and not train & held
    split = {a.id: a.in_split for a in all_articles()}
    assert all(split[a] == "train" for a in train)
    assert all(split[a] == "eval" for a in held)


def _runs_of_eight_words(text: str) -> set[str]:
    words = re.findall(r"[^\W_]+", text.lower())
    return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}


def test_no_training_article_holds_a_set_aside_overproof_text():
    # The corpus holds the corrected side of overProof articles; those the overProof check
    # scores are marked eval, so no training page (nor the model) has seen their text.
    checked = [
        _runs_of_eight_words(" ".join(c.expected["paragraphs"])) for c in overproof_cases("check")
    ]
    assert len(checked) > 40
    for art in articles("train"):
        runs = _runs_of_eight_words(" ".join([art.title, *art.deck, *art.paragraphs]))
        assert not any(len(runs & c) >= 3 for c in checked), art.id


def test_corpus_split_is_about_eighty_twenty():
    n_eval = len(articles("eval"))
    assert 0.12 < n_eval / len(all_articles()) < 0.28


def test_corpus_articles_are_whole_sourced_and_openly_licensed():
    seen = Counter()
    for art in all_articles():
        seen[art.language] += 1
        assert art.title and art.paragraphs and all(p.strip() for p in art.paragraphs), art.id
        assert "@" in art.source or art.source.startswith("written for this project"), art.id
        assert art.licence and not re.search(r"\bNC\b|\bND\b|non-?commercial", art.licence)
        text = " ".join([art.title, *art.deck, *art.paragraphs])
        assert '"' not in text and not re.search(r"\w'\w", text), art.id
        assert all(0 <= i <= len(art.paragraphs) for i, _ in art.subheads), art.id
    assert set(seen) == {"en", "de", "fr"}
    assert seen["fr"] >= 100, seen


def test_pages_keep_the_language_mix():
    langs = Counter(p.expected["language"] for p in generate(3, 400))
    assert langs["en"] > langs["de"] and langs["en"] > langs["fr"], langs
    assert min(langs["de"], langs["fr"]) > 60, langs


def test_three_thousand_pages_are_quick():
    start = time.perf_counter()
    assert sum(1 for _ in generate(11, 3000)) == 3000
    assert time.perf_counter() - start < 30


def test_cli_writes_cases_the_scorer_reads(tmp_path):
    cli_main(["--seed", "5", "--n", "4", "--split", "eval", "--out", str(tmp_path)])
    names = sorted(p.name.removesuffix(".raw.txt") for p in tmp_path.glob("*.raw.txt"))
    assert len(names) == 4
    for name in names:
        raw = (tmp_path / f"{name}.raw.txt").read_text(encoding="utf-8")
        labels = json.loads((tmp_path / f"{name}.labels.json").read_text(encoding="utf-8"))
        assert len(labels) == len(raw.split("\n"))
        assert json.loads((tmp_path / f"{name}.expected.json").read_text(encoding="utf-8"))[
            "headline"
        ]


def test_expected_text_uses_house_apostrophes(pages):
    for page in pages:
        fields = {
            k: v for k, v in page.expected.items() if k not in ("source", "removed", "outside")
        }
        assert not re.search(r"\w'\w", json.dumps(fields, ensure_ascii=False)), page.name


def _archive(pages):
    return [
        p
        for p in pages
        if any(d.startswith("archive page") for d in p.expected["source"]["degradations"])
    ]


@pytest.fixture(scope="module")
def archive_pages():
    return _archive(generate(5, 1500))


def test_archive_pages_cover_the_old_styles(archive_pages):
    seen = Counter(d for p in archive_pages for d in p.expected["source"]["degradations"])
    for kind in ("old masthead", "old byline", "old decks", "dateline on its own line",
                 "dateline opening the first paragraph", "run-in titles", "country headings",
                 "section label above several items", "long caption above the headline",
                 "portrait caption in the text", "letter to the editor", "garbled lines",
                 "line-end hyphens lost", "words split by a space", "two columns read as one",
                 "column-rule debris at line ends", "scan junk between lines",
                 "lines of the next column between paragraphs", "long s"):  # fmt: skip
        assert seen[kind], kind
    assert any(k.startswith("line-end hyphen read as") for k in seen)
    readers = Counter(d for d in seen if d.startswith("archive page"))
    assert any("Tesseract" in d for d in readers) and any("OCR" in d for d in readers)
    assert {p.expected["language"] for p in archive_pages} == {"en", "de", "fr"}


def test_archive_pages_are_a_share_of_the_mix(pages):
    assert 0.2 < len(_archive(pages)) / len(pages) < 0.5


def test_most_archive_pages_open_on_their_headline(archive_pages):
    firsts = [next(label for label in p.labels if label) for p in archive_pages]
    assert firsts.count("head") > 0.35 * len(firsts), Counter(firsts)
    assert firsts.count("head") > 1.5 * firsts.count("masthead"), Counter(firsts)


def test_archive_headlines_are_set_narrower_than_the_text(archive_pages):
    wider = 0
    for page in archive_pages:
        lines = list(zip(page.raw.split("\n"), page.labels, strict=True))
        heads = [len(t.strip()) for t, lab in lines if lab == "head"]
        body = [len(t.strip()) for t, lab in lines if lab == "pcont"]
        if heads and len(body) >= 5:
            wider += max(heads) > max(body)
    assert wider < 0.1 * len(archive_pages)


def test_archive_columns_run_on_without_blank_lines(archive_pages):
    """Read by OCR (not Tesseract), a column's next story follows the last one's text."""
    joined = gaps = 0
    for page in archive_pages:
        if any("Tesseract" in d for d in page.expected["source"]["degradations"]):
            continue
        labels = page.labels
        for k, label in enumerate(labels):
            if label == "head" and k and labels[k - 1] in ("pstart", "pcont", ""):
                prev = max(j for j in range(k) if labels[j] or j == 0)
                gaps += labels[k - 1] == ""
                joined += labels[k - 1] != "" and prev >= 0
    assert joined > 4 * gaps


def test_damaged_paragraph_lines_rebuild_the_expected_text():
    import random
    from types import SimpleNamespace

    from newsroom.cleaning.training.archive_noise import ArchiveStyle, para_damage

    text = "The remaining money will be appropriated when the well-known architect is ready."
    lines = [
        "The remaining money will be ap-",
        "propriated when the well-",
        "known architect is ready.",
    ]
    arc = ArchiveStyle("stack", False, 0.0, 1.0, 0.0, 0.0, "-", 0.0, 0.0)
    notes = []
    style = SimpleNamespace(archive=arc, note=notes.append)
    out, expected = para_damage(style, random.Random(1), lines, text)
    assert out == [
        "The remaining money will be ap",
        "propriated when the well",
        "known architect is ready.",
    ]
    assert (
        expected
        == "The remaining money will be ap propriated when the well known architect is ready."
    )
    fraktur = SimpleNamespace(
        archive=ArchiveStyle("as", False, 0.0, 0.0, 0.0, 0.0, "⸗", 0.0, 0.0), note=notes.append
    )
    out, expected = para_damage(fraktur, random.Random(1), lines, text)
    assert out[0].endswith("ap⸗") and out[1].endswith("well⸗") and expected == text
    garbled = SimpleNamespace(
        archive=ArchiveStyle("as", False, 1.0, 0.0, 0.0, 0.0, "-", 0.0, 0.0), note=notes.append
    )
    out, expected = para_damage(garbled, random.Random(3), lines, text)
    assert out != lines and out[0].endswith("-") and out[1].endswith("-")
    # what OCR made of the words is the expected text, the soft hyphen still goes
    assert expected.split()[:4] == out[0].split()[:4]


def test_old_bylines_follow_the_house_style():
    import random
    from types import SimpleNamespace

    from newsroom.cleaning.training.archive_parts import byline
    from newsroom.cleaning.training.furniture import PageDate

    for seed in range(400):
        lang = ("en", "de", "fr")[seed % 3]
        style = SimpleNamespace(lang=lang, date=PageDate(1916, 10, 12, 3))
        printed, expected = byline(style, random.Random(seed))
        assert not re.match(r"(?i)(by|von|par) ", expected), (printed, expected)
        assert not expected.endswith(".") and not re.search(r"[()\[\]]", expected), printed
        assert _letters(expected) in _letters(" ".join(printed)).replace("by", "", 1) or all(
            _letters(w) in _letters(" ".join(printed)) for w in expected.split()
        ), (printed, expected)


@pytest.mark.parametrize(("mode", "width"), [("blank", 40), ("indent", 60), ("none", 90)])
def test_the_kits_pages_set_again_keep_every_word_and_change_only_the_bodys_lines(mode, width):
    import re
    from collections import Counter

    from newsroom.cleaning.training.cases import KIT, cases
    from newsroom.cleaning.training.reset import reset

    case = next(c for c in cases(KIT) if c.name == "dev01_gv_iran")
    raw = reset(case.raw, case.expected, mode, width)
    # Every word is still there, the words the kit broke over two lines whole again, and
    # the specks the margins left at the body's line ends ("Nethe-" / "• rlands") gone.
    assert "•" in case.raw and "•" not in raw
    joined = re.sub(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*•?[ \t]*(?=[a-z])", "", case.raw)
    assert Counter(raw.split()) == Counter(joined.split())
    lines = raw.splitlines()
    body = lines[lines.index("By Hamid Tehrani") + 1 :]
    first = next(ln for ln in body if ln.strip())
    assert first.startswith("   ") == (mode == "indent")
    assert len(first) <= width + 3


def test_a_compound_broken_at_a_line_end_is_set_again_whole_with_its_hyphen():
    from newsroom.cleaning.training.reset import reset

    raw = "HEADLINE\n\nShe is a second-\nyear student, and she will gra-\nduate soon.\n"
    expected = {
        "headline": "HEADLINE",
        "paragraphs": ["She is a second-year student, and she will graduate soon."],
    }
    assert reset(raw, expected, "blank", 90).splitlines()[2] == (
        "She is a second-year student, and she will graduate soon."
    )


@pytest.mark.parametrize(
    ("title", "deck", "head"),
    [
        ("DEATH OF MRS. D. C.", ["McLACHLAN."], ["DEATH OF MRS. D. C.", "McLACHLAN."]),
        ("SENATE TO ACT", ["ON EXTENSION OF"], ["SENATE TO ACT", "ON EXTENSION OF"]),
        ("FOURTH TEST MATCH.", ["APPOINTMENT OF UMPIRES."], ["FOURTH TEST MATCH."]),
        ("Markets Down", ["across the world"], ["Markets Down"]),
    ],
)
def test_a_title_runs_on_where_its_phrase_or_a_name_is_left_open(title, deck, head):
    article = next(iter(articles("train")))
    assert split_title(replace(article, title=title, deck=tuple(deck)))[0] == head


def test_paragraphs_the_source_parted_inside_a_word_or_a_sentence_arejoin_parted():
    """A transcription that parts its text at each region of the page parts it where a
    column ends, inside a word or a sentence; the corpus joins those paragraphs again, and
    keeps apart the ones a subhead stands between."""
    paragraphs, subheads = join_parted(
        [
            "Die Eintragungen waren aus dem Grundbuche nicht er-",
            "sichtlich, spätestens im Termine, an denen Postwertzeichen",
            "und amtliche Vordrucke erhältlich sind.",
            "Das Amt bleibt geschlossen.",
            "Neue Verordnung.",
            "die nur hier gilt.",
        ],
        [(4, "Verordnungen."), (5, "Zweiter Teil.")],
    )
    assert paragraphs == (
        "Die Eintragungen waren aus dem Grundbuche nicht ersichtlich, spätestens im Termine, "
        "an denen Postwertzeichen und amtliche Vordrucke erhältlich sind.",
        "Das Amt bleibt geschlossen.",
        "Neue Verordnung.",
        "die nur hier gilt.",
    )
    assert subheads == ((2, "Verordnungen."), (3, "Zweiter Teil."))


def test_no_corpus_paragraph_ends_inside_a_sentence_its_next_goes_on():
    for article in all_articles():
        for above, below in zip(article.paragraphs, article.paragraphs[1:], strict=False):
            if below[:1].islower():
                assert re.search(r"[.!?:;)\]»«“”\"'’]$", above), (article.id, above[-40:])
