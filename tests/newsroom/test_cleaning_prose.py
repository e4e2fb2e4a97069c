"""Language-aware repairs of a block's text: spaces before punctuation, dropped apostrophes."""

from __future__ import annotations

import pytest

from newsroom.cleaning.lines import Vocabulary
from newsroom.cleaning.prose import repair_prose, shift
from tests.newsroom.cleaning_util import clean_story


@pytest.mark.parametrize(
    ("spaced", "language", "fixed"),
    [
        ("said the mayor , who added .", "en", "said the mayor, who added."),
        ("Why not ? Because ; and then : this !", "en", "Why not? Because; and then: this!"),
        (
            "sagte der Kanzler vor der Presse . Er fügte hinzu :",
            "de",
            "sagte der Kanzler vor der Presse. Er fügte hinzu:",
        ),
        ("“It was late” , she said", "en", "“It was late”, she said"),
        ("the final score : 3-1", "en", "the final score: 3-1"),
        ('the so-called "coalition" , he said', "en", 'the so-called "coalition", he said'),
        ('un budget "insuffisant" .', "fr", 'un budget "insuffisant".'),
        # French keeps its space before ; : ! ? and », but not before , and .
        (
            "a déclaré le maire , qui a ajouté : « Pourquoi ? » , puis rien .",
            "fr",
            "a déclaré le maire, qui a ajouté : « Pourquoi ? », puis rien.",
        ),
    ],
)
def test_a_space_before_punctuation_is_closed_up(spaced, language, fixed):
    assert repair_prose(spaced, language)[0] == fixed


@pytest.mark.parametrize(
    ("printed", "language", "fixed"),
    [
        ("FRANKFORT, ! Ky., Jan. 31.", "en", "FRANKFORT, Ky., Jan. 31."),
        ("around US$5.5 billion. ;", "en", "around US$5.5 billion."),
        ("a side to a dispute, ; but when", "en", "a side to a dispute, but when"),
        ("Fallite Firma: Aizig. ] Schwartz.", "de", "Fallite Firma: Aizig. Schwartz."),
        # spaced as French sets its marks, or closing a bracket it opened: the text's own
        ("Pourquoi ? ! dit-il ; et rien", "fr", None),
        ("de commerce en ligne ; ; il s", "fr", "de commerce en ligne ; il s"),
        ("[BY TELEGRAPH. ] (FROM OUR CORRESPONDENT.)", "en", None),
    ],
)
def test_a_mark_standing_apart_after_a_words_own_is_a_speck(printed, language, fixed):
    text, fixes = repair_prose(printed, language)
    assert text == (fixed or printed)
    assert [f.reason for f in fixes] == (["margin noise"] if fixed else [])


@pytest.mark.parametrize(
    ("printed", "language", "fixed"),
    [
        ("to the people I she met, and", "en", "to the people she met, and"),
        ("the alternative question I of reversion", "en", "the alternative question of reversion"),
        ("and containing a l large party", "en", "and containing a large party"),
        ("here she resided for I 21 years", "en", "here she resided for 21 years"),
        ("et reprises I par les chansonniers", "fr", "et reprises par les chansonniers"),
        ("des Andrea l Grigoli, Sohn des Pietro", "de", "des Andrea Grigoli, Sohn des Pietro"),
        (
            "die Sendungen nach dem I postalischen Gebiet",
            "de",
            "die Sendungen nach dem postalischen Gebiet",
        ),
        # the pronoun, a king's numeral, a misread number, an elision, an ordinal
        ("Several days ago I saw a group", "en", None),
        ("and l said to him", "en", None),
        ("Charles I of England", "en", None),
        ("on the I lth article", "en", None),
        ("la guerre de l Algérie", "fr", None),  # (its apostrophe is put back elsewhere)
        ("François I er", "fr", None),
        ("Landgericht Berlin I Strafantrag", "de", None),
    ],
)
def test_an_i_or_l_that_is_no_word_where_it_stands_is_a_speck(printed, language, fixed):
    text, fixes = repair_prose(printed, language)
    removed = [f for f in fixes if f.reason == "margin noise"]
    if fixed is None:
        assert not removed
        assert "I " in text or "l " in text or "l’" in text
    else:
        assert text == fixed
        assert len(removed) == 1


@pytest.mark.parametrize(
    ("printed", "fixed"),
    [
        ("der Cortes behalten ] dürfte, wird", "der Cortes behalten dürfte, wird"),
        ("and in 1877 } came to Australia", "and in 1877 came to Australia"),
        # a bracket opened and closed before it holds nothing open for it to close
        ("see [note 4] and then ] more of it", "see [note 4] and then more of it"),
        # closing what the text opened
        ("[BY TELEGRAPH ] From our correspondent", None),
    ],
)
def test_a_closing_bracket_alone_with_nothing_opened_is_a_speck(printed, fixed):
    text, fixes = repair_prose(printed, "en")
    assert text == (fixed or printed)
    assert [f.reason for f in fixes] == (["margin noise"] if fixed else [])


def test_a_speck_after_a_mark_is_reported_as_removed():
    article = clean_story(
        "Governor Adjourns the Legislature\n\n"
        "FRANKFORT, ! Ky., Jan. 31. - Governor Taylor adjourned the legislature today and"
        " called it to meet in London.\n"
    )
    assert article.paragraphs[0].startswith("FRANKFORT, Ky., Jan. 31.")
    assert ("removed", "margin noise") in [(c.kind, c.reason) for c in article.changes]


@pytest.mark.parametrize(
    "text",
    [
        "He paused ... and went on.",  # an ellipsis set apart
        "He paused . . . and went on.",
        "a ratio of 3 : 1 in favour",
        "a .45 calibre pistol",
        "What ?!",
        "Il a dit : « Pourquoi ? »",
    ],
)
def test_spacing_that_is_not_the_scanners_stays(text):
    assert repair_prose(text, "fr" if "«" in text else "en") == (text, [])


def test_stray_spaces_before_commas_and_stops_go_where_the_semicolons_keep_theirs():
    text = "the boat , who, it is said ; went down . The crew , all told: nine."
    assert repair_prose(text, "en", spaced_marks=True, stray_spaces=True)[0] == (
        "the boat, who, it is said ; went down. The crew, all told: nine."
    )


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        # some commas and some stops set apart, others not: a scanner's noise
        ("Ships , boats, men . Women. " * 5 + "So ; and so : again ; more ;", True),
        # every comma and stop set apart: the type's own style
        ("Ships , boats , men . Women . " * 5 + "So ; and so : again ; more ;", False),
        # only commas set apart (misread semicolons): the style's
        ("Ships , boats, men. Women. " * 5 + "So ; and so : again ; more ;", False),
        # no semicolons set apart: the scanner's noise goes anyway
        ("Ships , boats, men . Women. " * 5, False),
    ],
)
def test_a_page_tells_its_scanners_spaces_from_its_types(text, stray):
    assert Vocabulary.of(text).stray_spaces is stray


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        # Most of its ; and : set apart: the type's.
        ("Hines ; Smith ; Little; Auld : Bennett. " * 2, True),
        # Some only, and no comma or stop set apart: the type's still (SMH, 1890s).
        ("Glebe ; and 14 days; Pitt-street; York-street, fined; costs. " * 2, True),
        # Some only, and commas set apart too: a scanner's noise.
        ("Glebe ; and 14 days , fined; Pitt-street; costs. " * 2, False),
        ("No mark at all set apart; none: here. ", False),
    ],
)
def test_a_page_tells_whether_its_type_sets_semicolons_apart(text, spaced):
    assert Vocabulary.of(text).spaced_marks is spaced


def test_a_document_that_spaces_its_semicolons_keeps_its_spacing():
    # Old type set a space before ; and :, and OCR often reads that ; as a comma.
    text = "Bro. Miller , chaplain ; Sis. Auld , secretary ; Bro. Bennett , marshal"
    assert repair_prose(text, "en", spaced_marks=True) == (text, [])
    assert repair_prose(text, "en")[0] == (
        "Bro. Miller, chaplain; Sis. Auld, secretary; Bro. Bennett, marshal"
    )


@pytest.mark.parametrize(
    ("dropped", "fixed"),
    [
        ("I don t know and I can t say", "I don’t know and I can’t say"),
        ("He won t go. They aren t here. It isn t", "He won’t go. They aren’t here. It isn’t"),
        ("Don t worry, it doesn t matter", "Don’t worry, it doesn’t matter"),
        ("It s late and that s that. Let s go", "It’s late and that’s that. Let’s go"),
        ("Russia s army and NATO s members", "Russia’s army and NATO’s members"),
        (
            "the government s plan and the city s new budget",
            "the government’s plan and the city’s new budget",
        ),
        ("I m sure they re here and I d like it", "I’m sure they’re here and I’d like it"),
        ("we ll see; you ve heard; she ll come", "we’ll see; you’ve heard; she’ll come"),
        ("Sale commences at 9 o clock sharp", "Sale commences at 9 o’clock sharp"),
        (
            "married one Ellen O Brien and John O Grady",
            "married one Ellen O’Brien and John O’Grady",
        ),
        ("ROBERTS IMPRESSED BY CRONJE S INGENUITY", "ROBERTS IMPRESSED BY CRONJE’S INGENUITY"),
        ("IT S OVER", "IT’S OVER"),
        ("the Standard and Poor s 500 index", "the Standard and Poor’s 500 index"),
    ],
)
def test_dropped_english_apostrophes_are_restored(dropped, fixed):
    assert repair_prose(dropped, "en")[0] == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The s-bahn and the U-bahn",
        "In s p a c e d letters",
        "add an s to the word",
        "the 1990 s and 2000 s",
        "a vitamin s",  # no word after: nothing to possess
        "The s shape of the river",  # "The" is no name
        "i m not sure",  # a lowercase i is no pronoun
        "the Mr s",
        "he said t and s were letters",
        "O Lord, hear us",  # a vocative, no Irish name
        "THE S SHAPE OF THE RIVER",
        "U S ARMY",
        "the clock struck",
    ],
)
def test_apostrophes_are_not_invented(text):
    assert repair_prose(text, "en") == (text, [])


@pytest.mark.parametrize("language", ["de", "fr", "nl"])
def test_english_apostrophes_are_only_restored_in_english(language):
    assert repair_prose("Das ist Hans s Buch, don t", language)[0] == "Das ist Hans s Buch, don t"


@pytest.mark.parametrize(
    ("dropped", "fixed"),
    [
        ("l usage de la torture qu il dénonce", "l’usage de la torture qu’il dénonce"),
        ("3 millions d euros, s il le faut", "3 millions d’euros, s’il le faut"),
        ("C est fini. J ai vu l homme jusqu au bout", "C’est fini. J’ai vu l’homme jusqu’au bout"),
        ("selon L ONU et n a rien dit", "selon L’ONU et n’a rien dit"),
        ("Aujourd hui, quelqu un a vu", "Aujourd’hui, quelqu’un a vu"),
        ("des vivres aujourd hui lors", "des vivres aujourd’hui lors"),
        ("LE NOMBRE D EMPLOIS (L ARMÉE)", "LE NOMBRE D’EMPLOIS (L’ARMÉE)"),
        # a compound eliding its "de" after a hyphen
        ("les chef-d œuvres et la main-d œuvre", "les chef-d’œuvres et la main-d’œuvre"),
    ],
)
def test_dropped_french_elisions_are_restored(dropped, fixed):
    assert repair_prose(dropped, "fr")[0] == fixed


@pytest.mark.parametrize(
    "text",
    [
        "à 5 m au-dessus du sol",  # a unit after a number
        "la vitamine C a disparu",  # a capital inside a sentence is a name or a letter
        "M Antoine est arrivé",  # M for Monsieur
        "a t elle dit",  # wants hyphens, not an apostrophe
        "le plan B ou le plan A",
        "UNE FEMME DE 11 ©S ANS",  # in capitals, a letter after a symbol is a misread figure
        "le vent du Nord-d est",  # a "d" after a hyphen elides only in "-d’œuvre"
    ],
)
def test_french_elisions_are_not_invented(text):
    assert repair_prose(text, "fr")[0] == text


def test_french_elisions_are_only_restored_in_french():
    assert repair_prose("l usage", "en")[0] == "l usage"


def test_repairs_are_reported_with_offsets_and_line_starts_move_with_them():
    text = "the mayor , who won t go"
    fixed, fixes = repair_prose(text, "en")
    assert fixed == "the mayor, who won’t go"
    assert [(f.offset, f.kind, f.new) for f in fixes] == [
        (9, "whitespace", ""),
        (19, "repaired", "’"),
    ]
    assert fixes[0].before == "the mayor , who won t "
    assert fixes[0].after == "the mayor, who won t "
    # The line that started at "who" (offset 12) now starts one character earlier.
    assert shift([(0, 1), (12, 2)], fixes) == [(0, 1), (11, 2)]


def test_prose_repairs_in_an_article_point_at_their_raw_lines():
    raw = (
        "Budget passes\n"
        "\n"
        "The council passed the budget , the mayor said on Tuesday, and\n"
        "it s the first time in years that they didn t argue.\n"
    )
    article = clean_story(raw)
    assert article.paragraphs == [
        "The council passed the budget, the mayor said on Tuesday, and it’s the first time "
        "in years that they didn’t argue."
    ]
    found = [
        (c.kind, c.line_start) for c in article.changes if c.kind in ("whitespace", "repaired")
    ]
    assert found == [("whitespace", 3), ("repaired", 4), ("repaired", 4)]


@pytest.mark.parametrize(
    ("printed", "language", "fixed"),
    [
        (
            "the State of Kentucky, to; meet at London",
            "en",
            "the State of Kentucky, to meet at London",
        ),
        (
            "pronounced upon him by; Mr. W. J. Camplin",
            "en",
            "pronounced upon him by Mr. W. J. Camplin",
        ),
        # set apart from the word as well
        ("Kentucky, to ; meet at London", "en", "Kentucky, to meet at London"),
        ("les symboles de ; la ville", "fr", "les symboles de la ville"),
        ("Der Buchweizen hat in; den Moorgegenden", "de", "Der Buchweizen hat in den Moorgegenden"),
        (
            "Er sprach mit dem Amt und; die Leute gingen",
            "de",
            "Er sprach mit dem Amt und die Leute gingen",
        ),
        ("les symboles de; la ville", "fr", "les symboles de la ville"),
        ("if available, the! Market for Commerce", "en", "if available, the Market for Commerce"),
        # a German determiner, or an adjective declined for the noun after the mark
        ("ich muss noch einige ; Worte sagen", "de", "ich muss noch einige Worte sagen"),
        ("dem österreichischen ; Gebiet", "de", "dem österreichischen Gebiet"),
        ("Das ist österreichisch; Die Sache ist klar", "de", None),
        ("um den Bericht zu veröffentlichen; Die Regierung", "de", None),
        ("die Kosten der Eisenbahnen; die Sache", "de", None),
        # a clause may end on any other word, an adverb or a particle among them
        ("he was met with; but nothing came of it", "en", None),
        ("Er machte die Tür zu; dann ging er", "de", None),
        ("the said ten days; the Commission shall", "en", None),
    ],
)
def test_a_mark_after_a_word_no_clause_ends_on_is_a_speck(printed, language, fixed):
    text, fixes = repair_prose(printed, language)
    assert text == (fixed or printed)
    assert [f.reason for f in fixes] == (["margin noise"] if fixed else [])


@pytest.mark.parametrize(
    "printed",
    ["Brotraffinade I o. F. 18,25", "Kristallzucker I mit Sack", "die Klasse I und die Klasse II"],
)
def test_a_german_i_after_a_noun_is_its_numeral(printed):
    text, fixes = repair_prose(printed, "de")
    assert text == printed
    assert not fixes


def test_a_glyph_glued_to_a_word_is_reported_alone():
    article = clean_story(
        "Governor Adjourns the Legislature\n\n"
        "FRANKFORT, Ky., Jan. 31. - Governor Taylor adjourned the legislature today and"
        " called it to; meet in London.\n"
    )
    assert "called it to meet in London." in article.paragraphs[0]
    assert [(r.text, r.reason) for r in article.removed] == [(";", "margin noise")]


def test_a_french_mark_wrapped_to_the_next_line_stays():
    article = clean_story(
        "Un match superbe au stade\n\n"
        "Le match était superbe hier soir au stade de la ville. Il a dit : « Superbe ! Quel"
        " pied\n! Oh putain ! » avait-il dit devant les journalistes du club.\n"
    )
    assert "« Superbe ! Quel pied ! Oh putain ! »" in article.paragraphs[0]
    assert not article.removed


def test_a_french_elision_before_a_ligature_is_put_back_not_taken_for_a_speck():
    text, fixes = repair_prose("avec des vents dans l œil du cyclone", "fr")
    assert text == "avec des vents dans l’œil du cyclone"
    assert [f.kind for f in fixes] == ["repaired"]


def test_a_speck_after_a_mark_the_scanner_set_apart_goes_too():
    text, fixes = repair_prose("Henry Simms and Co , } importer", "en")
    assert text == "Henry Simms and Co, importer"
    assert sorted(f.reason for f in fixes) == ["", "margin noise"]
