"""Character repair: mojibake, ligatures, control characters, OCR garbage glyphs."""

from __future__ import annotations

import pytest

from newsroom.cleaning import clean
from newsroom.cleaning import unicode as uni
from newsroom.cleaning.lines import Vocabulary
from newsroom.cleaning.prepare import prepare_lines
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


def test_a_word_ending_in_a_letter_before_frakturs_hyphen_is_no_mojibake():
    # "ß¬" is also the UTF-8 pair of the N'Ko letter U+07EC: no German word turns into it.
    assert uni.repair_line("die Schluß¬", "de") == "die Schluß¬"
    assert uni.repair_line("GrÃ¼ÃŸe zur Schluß¬", "de") == "Grüße zur Schluß¬"
    # A word that decodes wholly into another script is mojibake all the same.
    hebrew = "שלב".encode().decode("latin-1")
    assert uni.repair_line(hebrew) == "שלב"


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


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("the ﬁrst ﬀort to ﬃll the ﬄat ﬂoor", "the first ffort to ffill the fflat floor"),
        ("die ﬅraße und der ﬆein", "die straße und der stein"),
        # Fraktur's long s, alone and in a ligature
        ("Die Regierung hat beſchloſſen, daß", "Die Regierung hat beschlossen, daß"),
    ],
)
def test_ligatures_and_the_long_s_become_plain_letters(damaged, repaired):
    assert uni.repair_line(damaged) == repaired
    assert uni.lines_needing_repair(damaged) == {0}


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("Ein schÃ¶ner Tag fÃ¼r die BÃ¼rger", "Ein schöner Tag für die Bürger"),
        ("GrÃ¼ÃŸe aus der StraÃŸe", "Grüße aus der Straße"),
        ("â€žDas ist gutâ€œ, sagte er.", "„Das ist gut“, sagte er."),
        ("Lâ€™Ã©tÃ© Ã  Paris", "L’été à Paris"),
        ("Les Ã©lÃ¨ves de lâ€™Ã©cole", "Les élèves de l’école"),
        ("Â« Bonjour Â», a-t-il dit", "« Bonjour », a-t-il dit"),
    ],
)
def test_german_and_french_mojibake_is_repaired(damaged, repaired):
    assert uni.lines_needing_repair(damaged) == {0}
    assert uni.repair_line(damaged) == repaired


@pytest.mark.parametrize(
    "clean_line",
    [
        "Ein schöner Tag für die Bürger, „wirklich“.",
        "L’été à Paris, « vraiment ».",
        "São Paulo, Zürich, Malmö, Ærø",
    ],
)
def test_correct_accented_text_is_not_sent_for_repair(clean_line):
    assert uni.lines_needing_repair(clean_line) == set()
    assert uni.repair_line(clean_line) == clean_line


def test_a_whole_text_of_mojibake_is_found_and_repaired_line_by_line():
    raw = (
        "Ã„rger im Rathaus\n"
        "\n"
        "Der BÃ¼rgermeister hat am Montag erklÃ¤rt, dass die StraÃŸen\n"
        "erneuert werden. â€žWir beginnen im FrÃ¼hjahrâ€œ, sagte er.\n"
    )
    assert uni.lines_needing_repair(raw) == {0, 2, 3}
    article = clean_story(raw)
    assert article.headline == "Ärger im Rathaus"
    assert article.paragraphs == [
        "Der Bürgermeister hat am Montag erklärt, dass die Straßen erneuert werden. "
        "„Wir beginnen im Frühjahr“, sagte er."
    ]
    assert article.language == "de"
    assert [c.line_start for c in article.changes if c.kind == "repaired"] == [1, 3, 4]


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        ("° The council met on Tuesday.", "The council met on Tuesday.", ["°"]),
        ("¦ said the mayor, who", "said the mayor, who", ["¦"]),
        ("!| It was a long night.", "It was a long night.", ["!|"]),
        ("_ Later that evening", "Later that evening", ["_"]),
        ("  °_ Die Sitzung begann", "Die Sitzung begann", ["°_"]),
        ("■ Le conseil s’est réuni", "Le conseil s’est réuni", ["■"]),
        # a single quote standing alone before the first word
        ("' das Eilbestellgeld für die", "das Eilbestellgeld für die", ["'"]),
        ("’ the Ladies’ Kennel Club", "the Ladies’ Kennel Club", ["’"]),
        # and so is a "!" ("! München, 8. März. (Tel.) Se. Ma-")
        ("! München, 8. März. (Tel.)", "München, 8. März. (Tel.)", ["!"]),
        ("! According to Dr. Helie, the", "According to Dr. Helie, the", ["!"]),
    ],
)
def test_margin_glyphs_before_a_line_are_dropped(line, kept, dropped):
    text, found = uni.drop_garbage(line)
    assert (text.strip(), found) == (kept, dropped)


@pytest.mark.parametrize(
    "line",
    [
        "!Kung hunters of the Kalahari",
        "° C higher than last year",  # a unit wrapped onto the line
        "I said no.",
        "Ich sage nein.",
        "the 20° mark and a snake_case name",
        "30 °C in the shade",
        "'Tis the season, said he.",  # a quote set against its word
        "' 90 tons of coal",  # before a figure
    ],
)
def test_text_that_only_looks_like_margin_noise_stays(line):
    assert uni.drop_garbage(line) == (line, [])


def test_french_may_open_a_line_on_the_exclamation_mark_it_spaces():
    # « Oh putain » / "! » avait-il lancé": French sets "!" apart from its word.
    line = "! Oh putain ! » avait-il lancé après le match"
    assert uni.drop_garbage(line, "fr") == (line, [])
    assert uni.drop_garbage(line, "en")[1] == ["!"]


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        ("la torture _ dans les prisons", "la torture dans les prisons", ["_"]),
        ("the door ° opened slowly", "the door opened slowly", ["°"]),
        ("at the end of the line °", "at the end of the line", ["°"]),
    ],
)
def test_a_lone_speck_inside_a_line_is_dropped(line, kept, dropped):
    text, found = uni.drop_garbage(line)
    assert (uni.tidy_whitespace(text)[0], found) == (kept, dropped)


@pytest.mark.parametrize(
    "line", ["it was 20 ° C today", "at 40 ° in the shade", "fill in: ____ here", "a snake_case"]
)
def test_units_and_underscores_in_text_are_no_specks(line):
    assert uni.drop_garbage(line) == (line, [])


def test_margin_noise_is_reported_with_its_reason():
    article = clean_story("Council meets\n\n° The council met on Tuesday to set the budget.\n")
    assert article.paragraphs == ["The council met on Tuesday to set the budget."]
    removed = [c for c in article.changes if c.kind == "removed"]
    assert [(c.line_start, c.reason, c.after) for c in removed] == [
        (3, "margin noise", "The council met on Tuesday to set the budget.")
    ]


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("| think we should wait,", "I think we should wait,"),
        ('"| am not sure," she said', '"I am not sure," she said'),
        ("and | said that was enough", "and I said that was enough"),
        ("When | was young, |'m told", "When I was young, I'm told"),
        ("|t was a cold night", "It was a cold night"),
        ("|n the morning it rained", "In the morning it rained"),
        ("the |nternational court", "the International court"),
        # first on the line, before a verb of a speaker's own thought or judgment
        ("   | understand that inability to swallow", "   I understand that inability to swallow"),
        ("the vicinity. 3.  | estimate the", "the vicinity. 3.  I estimate the"),
    ],
)
def test_a_bar_standing_for_i_becomes_i(line, repaired):
    assert uni.lines_needing_repair(line) == {0}
    assert uni.repair_line(line) == repaired


@pytest.mark.parametrize(
    "line",
    [
        "Murals in the east gallery. | Julia Berg",  # a credit separator
        "| Name | Party | Votes |",  # a table row
        "| was | is | will be |",
        "a|b pipes",
        "| had walked to school",  # first on the line: the margin's rule as likely as "I"
        "| The council met",
        "the |ater edition",  # "l" misread, not "I"
        "Photo: Reuters | AFP",
    ],
)
def test_a_bar_that_is_no_i_stays(line):
    assert uni.repair_line(line) == line


@pytest.mark.parametrize(
    ("line", "language", "repaired"),
    [
        ("|ch glaube nicht, dass das reicht", "de", "Ich glaube nicht, dass das reicht"),
        ("Das |st gut", "de", "Das Ist gut"),
        ("|l a dit non", "fr", "Il a dit non"),
        # only English has a lone "I" to read from a bar between words
        ("und | sagte", "de", "und | sagte"),
    ],
)
def test_a_bar_for_i_in_other_languages(line, language, repaired):
    assert uni.repair_line(line, language) == repaired


def test_a_bar_for_i_is_known_by_the_documents_own_words():
    vocab = Vocabulary.of("Der Igel lief über die Straße. Igel sind nachtaktiv.")
    assert uni.repair_line("Der |gel schlief", "de", vocab) == "Der Igel schlief"
    assert uni.repair_line("Der |gel schlief", "de") == "Der |gel schlief"


def test_a_bar_read_as_i_is_reported_as_a_repair():
    article = clean_story("Why I stayed\n\nWhen the war came, | think we all knew.\n")
    assert article.paragraphs == ["When the war came, I think we all knew."]
    repaired = [c for c in article.changes if c.kind == "repaired"]
    assert [(c.line_start, c.before, c.after) for c in repaired] == [
        (3, "When the war came, | think we all knew.", "When the war came, I think we all knew.")
    ]


@pytest.mark.parametrize(
    ("line", "tidied"),
    [
        # French keeps its no-break space after « and before ; : ! ? »
        ("Il a dit\u00a0: «\u00a0oui\u00a0»", "Il a dit\u00a0: «\u00a0oui\u00a0»"),
        ("Quoi\u00a0?  Vraiment\u00a0!", "Quoi\u00a0? Vraiment\u00a0!"),
        ("Il a dit \u00a0: non", "Il a dit\u00a0: non"),
        # elsewhere a no-break space is a space
        ("le 14\u00a0juillet", "le 14 juillet"),
    ],
)
def test_french_no_break_spaces_by_punctuation_are_kept(line, tidied):
    assert uni.tidy_whitespace(line, "fr")[0] == tidied


def test_no_break_spaces_are_plain_spaces_outside_french():
    assert uni.tidy_whitespace("Il a dit\u00a0: «\u00a0oui\u00a0»")[0] == "Il a dit : « oui »"


@pytest.mark.parametrize(
    ("line", "language", "kept", "letter"),
    [
        ("who arrived here yesterday j", "en", "who arrived here yesterday", "j"),
        ("the molding of the English- i", "en", "the molding of the English-", "i"),
        ("Deshalb sei die Lage sehr ernst. M", "de", "Deshalb sei die Lage sehr ernst.", "M"),
        ("New Orleans, Aug 11, 1682. J", "en", "New Orleans, Aug 11, 1682.", "J"),
        # After a word broken at the line's end, a mark or a rule letter is debris.
        ("the developing of the economic ef- !", "en", "the developing of the economic ef-", "!"),
        ("die erforderlichen Desinfek- ]", "de", "die erforderlichen Desinfek-", "]"),
        ("großherzoglich mec¬ }", "de", "großherzoglich mec¬", "}"),
        ("als Ersatz- l", "de", "als Ersatz-", "l"),
        # after Fraktur's hyphen glyphs and a dash OCR read for one as well
        ("die Ermächti⸗ ]", "de", "die Ermächti⸗", "]"),
        ("einstimmig be— }", "de", "einstimmig be—", "}"),
        ("die Ermächti— I", "de", "die Ermächti—", "I"),
        ("this was not the end— |", "en", "this was not the end—", "|"),
    ],
)
def test_a_letter_the_margin_left_at_the_end_of_a_line_is_dropped(line, language, kept, letter):
    assert uni.drop_trailing_letter(line, language) == (kept, letter)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("the committee will appoint a", "en"),  # an English word
        ("nothing was found. A", "en"),  # the next sentence's first word
        ("The boat sank. I", "en"),
        ("séance de la Conférence. M", "fr"),  # "M le comte": Monsieur
        ("qu'il y allait. À", "fr"),
        ("Gericht Berlin I", "de"),  # no closed sentence before it: a numeral
        ("religious services by Kev. W", "en"),  # an abbreviation's stop, then an initial
        ("Schweden, Norwegen usw V", "de"),
        ("x j", "en"),  # too short to say
        ("' , i", "en"),  # a line of scan noise, which goes whole
        ("Ein- und Ausfuhr von Land- u", "de"),  # a word after the elided part
        ("and then he said— I", "en"),  # after an English dash, a word
        ("he had hoped to go— ”", "de"),  # a quote closing what the dash broke off
        ("in the year 1914- !", "en"),  # not a word broken
    ],
)
def test_a_letter_that_may_be_a_word_stays(line, language):
    assert uni.drop_trailing_letter(line, language) == (line, None)


@pytest.mark.parametrize(
    ("raw", "first"),
    [
        # a drop cap alone on its line goes back before its word
        ("E\nwan Grant still wakes at four every morning.", "Ewan Grant still wakes"),
        ("D\nie Bahn streicht Verbindungen.", "Die Bahn streicht"),
        # "A" and "I" are words; a capital over a capitalised line is no drop cap
        ("A\nman walked in.", "A"),
        ("E\nWan Grant", "E"),
        # a letter of the margin inside a paragraph is no drop cap
        ("Der Minister sagte am Montag vor der Presse, dass\nM\ndie Lage ernst sei.", "Der"),
    ],
)
def test_a_drop_cap_on_its_own_line_begins_the_word_under_it(raw, first):
    changes = []
    texts = [line.text for line in prepare_lines(raw, changes, "en") if line.text]
    assert texts[0].startswith(first)
    assert bool(changes) is (len(texts) == 1)


@pytest.mark.parametrize(
    ("raw", "language", "first", "mark"),
    [
        ("said that she had ,\nmarried Edwards in 1901.", "en", "said that she had", ","),
        ("Majestät des Kaisers und ,\nKönigs Franz Joseph.", "de", "Majestät des Kaisers und", ","),
        (
            "sich mit der Partei in Verbindung !\nzu setzen.",
            "de",
            "sich mit der Partei in Verbindung",
            "!",
        ),
        (
            "the committee met on the Tuesday ;\nthe Mayor presided.",
            "en",
            "the committee met on the Tuesday",
            ";",
        ),
        (
            "le groupe papetier a annoncé ,\njeudi, la création.",
            "fr",
            "le groupe papetier a annoncé",
            ",",
        ),
        # a heading in capitals, however short, never closes on a semicolon
        ("JOHN ASANTE ;\nDUBLIN, July 26.—The communique", "en", "JOHN ASANTE", ";"),
    ],
)
def test_a_mark_the_rule_left_after_a_line_is_dropped_where_the_page_sets_none_apart(
    raw, language, first, mark
):
    changes = []
    lines = prepare_lines(raw, changes, language)
    assert lines[0].text == first
    assert [(c.reason, c.before) for c in changes] == [("margin noise", f"{first} {mark}")]


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        # a page setting its marks apart inside the lines sets them so at the end too
        ("from Bahia ; Martha, from Pernambuco ;\nand the brig Hope.", "en"),
        ("Simms and Co , importers of the wool ,\nand the bales.", "en"),
        # an exclamation mark over a capital may close its sentence
        ("What a night it was for the town !\nThe fire burned on.", "en"),
        # French sets its semicolon apart
        ("le centenaire est fêté aujourd’hui ;\nla ville est en fête.", "fr"),
        # a short line may be a heading's
        ("SHIPPING NEWS ,\narrivals of the week.", "en"),
        ("Apples, pears ;\nplums and figs.", "en"),
        ("LES POMMES ;\nles poires.", "fr"),
        # a mark against its word is the word's
        ("the committee met on the Tuesday,\nthe Mayor presided.", "en"),
    ],
)
def test_a_mark_set_apart_at_a_lines_end_stays_where_it_may_be_the_texts(raw, language):
    first = raw.split("\n")[0]
    kept = prepare_lines(raw, [], language)[0].text
    # (the mark stays; OCR's space before a comma is closed: "Co , importers" -> "Co,")
    assert kept == first.replace(" ,", ",")


@pytest.mark.parametrize(
    ("raw", "language", "read"),
    [
        ("By FRANK GREEN .", "en", "By FRANK GREEN."),
        ("MRS .", "en", "MRS."),
        (
            "failed to pass the Senate this week , the",
            "en",
            "failed to pass the Senate this week, the",
        ),
        ("Von MIRIAM HARTMANN .", "de", "Von MIRIAM HARTMANN."),
        ("Quebec , dit-il ; la ville", "fr", "Quebec, dit-il ; la ville"),
        # not after a figure ("31 . DECEMBER"), nor a spaced ellipsis, nor a decimal
        ("BANK VOM 31 . DECEMBER 1878.", "de", "BANK VOM 31 . DECEMBER 1878."),
        ("and so . . . it went", "en", "and so . . . it went"),
        ("rose by .45 per cent", "en", "rose by .45 per cent"),
    ],
)
def test_a_space_ocr_set_before_a_comma_or_a_stop_is_closed_before_lines_are_read(
    raw, language, read
):
    changes = []
    line = prepare_lines(raw, changes, language, Vocabulary.of(raw))[0]
    assert line.text == read
    assert line.raw == raw  # (the raw text is kept as it came)
    assert [c.kind for c in changes] == (["whitespace"] if read != raw else [])


def test_a_page_setting_its_marks_apart_keeps_its_spacing():
    """Old English type set a space before ; and : and the page's spacing is its own."""
    raw = "from Bahia ; Martha , from Pernambuco ;\nand the brig Hope : sailed ."
    lines = prepare_lines(raw, [], "en", Vocabulary.of(raw))
    assert [line.text for line in lines] == raw.split("\n")


def test_a_dropped_letter_is_reported_as_margin_noise():
    changes = []
    raw = "Die Lage ist sehr ernst. M\nOberbefehlshaber Foch erklärte"
    lines = prepare_lines(raw, changes, "de")
    assert lines[0].text == "Die Lage ist sehr ernst."
    assert [(c.kind, c.reason, c.line_start) for c in changes] == [("removed", "margin noise", 1)]


@pytest.mark.parametrize(
    ("line", "kept", "mark"),
    [
        (", Secretary Lansing. Germany in a", "Secretary Lansing. Germany in a", ","),
        ("; visit those places. Ho spoke freely", "visit those places. Ho spoke freely", ";"),
        (". selves in time of prosperity", "selves in time of prosperity", "."),
        ("! Golden, Elizabeth R. Walton, W. F.", "Golden, Elizabeth R. Walton, W. F.", "!"),
        ("' the Land Act, had recommended", "the Land Act, had recommended", "'"),
        ("  ; the ironworkers", "  the ironworkers", ";"),  # the indentation stays
    ],
)
def test_a_mark_the_margin_left_before_a_line_is_dropped(line, kept, mark):
    assert uni.drop_leading_mark(line) == (kept, mark)


@pytest.mark.parametrize(
    "line",
    [
        '" take our enemies by the hand',  # a double quote may reopen a quotation
        "' Immunity.",  # a capital after a single quote: it may open a quote
        "' the so-called 'experts' said",  # closed on the line: a quote
        ". . . . 5",  # leaders
        ".5 per cent",
        "!Hola, amigos",  # a mark against its word is the word's
        "; , .",  # no word: the line is noise, and goes whole
    ],
)
def test_a_mark_that_may_be_the_texts_stays(line):
    assert uni.drop_leading_mark(line) == (line, None)


def test_the_margin_mark_goes_from_running_text_and_is_reported():
    raw = (
        "THE LABOUR COLUMN\n\n"
        "Our friends the masters would have us to believe. But it is an important fact\n"
        "; the ironworkers, like many more, have neglected them-\n"
        ". selves in time of prosperity to a great extent. We\n"
        "shall see what the winter brings to them and to their families.\n"
    )
    page = clean(raw)
    assert page.story.paragraphs == [
        "Our friends the masters would have us to believe. But it is an important fact the"
        " ironworkers, like many more, have neglected themselves in time of prosperity to a"
        " great extent. We shall see what the winter brings to them and to their families."
    ]
    removed = [
        (c.line_start, c.before, c.after) for c in page.changes if c.reason == "margin noise"
    ]
    assert (
        4,
        "; the ironworkers, like many more, have neglected them-",
        "the ironworkers, like many more, have neglected them-",
    ) in removed
