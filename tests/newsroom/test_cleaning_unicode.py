"""Character repair: mojibake, ligatures, control characters, OCR garbage glyphs."""

from __future__ import annotations

import pytest

from newsroom.cleaning import unicode as uni
from tests.newsroom.cleaning_util import clean_story


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        (
            "took place in SÃ£o Paulo to promote debate.",
            "took place in São Paulo to promote debate.",
        ),
        ("the 1964 coup dâ€™Ã©tat in Brazil", "the 1964 coup d’état in Brazil"),
        ("a â€œreassurance forceâ€\x9d for Ukraine", "a “reassurance force” for Ukraine"),
        ("the ﬁrst ﬂight from Rio", "the first flight from Rio"),
        ("the cam\x07paign was cancelled", "the campaign was cancelled"),
        ("ＰＡＲＩＳ talks", "PARIS talks"),
    ],
)
def test_repair_line_fixes_encoding_damage(damaged, repaired):
    assert uni.repair_line(damaged) == repaired


@pytest.mark.parametrize(
    "clean_line",
    [
        "“We have today 26 countries,” Macron told reporters.",
        "‘First concrete step’ — and Ukraine’s reply",
        "Não ao projeto de Azeredo",
    ],
)
def test_repair_line_keeps_curly_quotes_and_accents(clean_line):
    assert uni.repair_line(clean_line) == clean_line


def test_soft_hyphen_is_dropped_mid_line_and_kept_at_the_end():
    assert uni.repair_line("inter\u00adnational candi\u00ad") == "international candi\u00ad"


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        ("%¢ Moscow Times", "Moscow Times", ["%¢"]),
        ("the election should be boycotted. The blog mentions that this %¢", None, ["%¢"]),
        ("~ we can't access them anymore.", "we can't access them anymore.", ["~"]),
        ("Baxter was shot by one of the blacks. During Eyre’s absence •", None, ["•"]),
        ("five |", "five", ["|"]),
    ],
)
def test_stand_alone_garbage_glyphs_are_dropped(line, kept, dropped):
    text, found = uni.drop_garbage(line)
    assert found == dropped
    if kept is not None:
        assert text.strip() == kept


@pytest.mark.parametrize(
    "line", ["a 50 % rise", "see http://example.org/~user", "cost ~£5", "a|b pipes"]
)
def test_symbols_inside_text_are_not_garbage(line):
    assert uni.drop_garbage(line) == (line, [])


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        (
            " Murals in the east gallery. | Julia Berg",
            "Murals in the east gallery. | Julia Berg",
            [],
        ),
        ("Engineers inspect the bridge | AFP ~", "Engineers inspect the bridge | AFP", ["~"]),
        ("such as |", "such as", ["|"]),  # a bar closing a line is dirt
        ("|   companion of Edward John Eyre", "companion of Edward John Eyre", ["|"]),
        ("the chief business. | and so", "the chief business.  and so", ["|"]),
    ],
)
def test_a_bar_setting_off_a_credit_at_the_line_end_stays(line, kept, dropped):
    text, found = uni.drop_garbage(line)
    assert (text.strip(), found) == (kept, dropped)


def test_tidy_whitespace_collapses_inner_runs_and_reports_indent():
    assert uni.tidy_whitespace("   used in  conjunction\twith ") == (
        "used in conjunction with",
        3,
        True,
    )
    assert uni.tidy_whitespace("plain line") == ("plain line", 0, False)


def test_plain_ascii_never_reaches_ftfy(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ftfy called on text with nothing to fix")

    monkeypatch.setattr(uni.ftfy, "fix_text", refuse)
    article = clean_story("A quiet day\n\nNothing happened in the city today, officials said.\n")
    assert article.paragraphs == ["Nothing happened in the city today, officials said."]


def test_lines_needing_repair_finds_only_damaged_lines():
    text = "clean line\nSÃ£o Paulo\nanother clean line\ncafÃ© and Ã©tat\n"
    assert uni.lines_needing_repair(text) == {1, 3}


def test_mojibake_in_an_article_is_repaired_and_reported():
    raw = "Protest in Brazil\n\nA protest took place in SÃ£o Paulo on Sunday.\n"
    article = clean_story(raw)
    assert article.paragraphs == ["A protest took place in São Paulo on Sunday."]
    repaired = [c for c in article.changes if c.kind == "repaired"]
    assert repaired and repaired[0].line_start == 3
    assert "SÃ£o" in repaired[0].before and "São" in repaired[0].after
