"""Quote repair: broken, doubled and mismatched quote glyphs become balanced curly quotes."""

from __future__ import annotations

import pytest

from newsroom.cleaning import clean
from newsroom.cleaning.quotes import continuation_marks, repair_quotes
from tests.newsroom.cleaning_util import clean_story


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # straight quotes
        ('the so-called "coalition of the willing."', "the so-called “coalition of the willing.”"),
        # mismatched ends: the pair takes the double type
        ("A \"reassurance force' for Ukraine", "A “reassurance force” for Ukraine"),
        (
            "the United States was being \"very clear' about",
            "the United States was being “very clear” about",
        ),
        # doubled and mixed runs collapse to one mark
        (
            'accused Russia of ""doing nothing other than try to play for time\' and',
            "accused Russia of “doing nothing other than try to play for time” and",
        ),
        (
            "conditions have been clarified,'\" a German government spokesman",
            "conditions have been clarified,” a German government spokesman",
        ),
        (
            "a \"'regeneration' of the army so that it can '\"'not just resist.\"",
            "a “regeneration” of the army so that it can “not just resist.”",
        ),
        ("the term 'pornographic websites'' was used", "the term “pornographic websites” was used"),
        (
            'the decision of the ""Hermit Kingdom"" to arrest',
            "the decision of the “Hermit Kingdom” to arrest",
        ),
        # backticks and low-9 quotes
        ("he said ``no'' twice", "he said “no” twice"),
        # the German closing mark is English's opening one: it is turned
        ("„Guten Tag“ she said", "“Guten Tag” she said"),
    ],
)
def test_broken_double_quotes_become_one_balanced_pair(broken, fixed):
    assert repair_quotes(broken)[0] == fixed


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("'First concrete step'", "‘First concrete step’"),
        (
            "\"We deploy as a 'reassurance force' troops,\" Macron said.",
            "“We deploy as a ‘reassurance force’ troops,” Macron said.",
        ),
        (
            "\"We deploy as a 'reassurance force'' troops,\" Macron said.",
            "“We deploy as a ‘reassurance force’ troops,” Macron said.",
        ),
    ],
)
def test_single_quotes_stay_single_and_nest_inside_double(broken, fixed):
    assert repair_quotes(broken)[0] == fixed


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Ukraine's President", "Ukraine’s President"),
        ("I don''t want to discuss", "I don’t want to discuss"),
        ("the 1964 coup d''état", "the 1964 coup d’état"),
        ("Putin hailed his forces' progress", "Putin hailed his forces’ progress"),
        ("the disaster victims'' lives", "the disaster victims’ lives"),
        (
            '"I think the victims\' lives matter," she said',
            "“I think the victims’ lives matter,” she said",
        ),
        (
            "back in the '90s, 'tis said, rock 'n' roll",
            "back in the ’90s, ’tis said, rock ’n’ roll",
        ),
        ("O'Brien and M'Leod met Sa'id", "O’Brien and M’Leod met Sa’id"),
        # a single guillemet or a low mark for the apostrophe inside a word
        ("John O‹Grady at the inspector›s office", "John O’Grady at the inspector’s office"),
        # ... and at a word's edge, for the plural's apostrophe or a single quote
        ("the soldiers› orphans’ home", "the soldiers’ orphans’ home"),
        ("he called it ‹Home Rule› and left", "he called it ‘Home Rule’ and left"),
        ("Mrs. Stowe‚s new novel", "Mrs. Stowe’s new novel"),
    ],
)
def test_apostrophes_are_told_apart_from_closing_quotes(broken, fixed):
    assert repair_quotes(broken)[0] == fixed


@pytest.mark.parametrize(
    "printed",
    [
        "launched a site named ‘Vote for Iran.”",
        "“You will have many emotions racing,” she wrote.",
        "the WSJ’s news",
    ],
)
def test_lone_curly_quotes_are_trusted_as_printed(printed):
    assert repair_quotes(printed) == (printed, [])


def test_a_double_glyph_outweighs_a_trusted_single_end():
    assert repair_quotes('a site named ‘Vote for Iran.""')[0] == "a site named ‘Vote for Iran.”"


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        ("installed by Bro. Wigli'j, assisted", "installed by Bro. Wiglij, assisted"),
        ("Bro. R. M'liao, fle'htine!, Bro.", "Bro. R. M’liao, flehtine!, Bro."),
        ("installed the officer« for the quarter", "installed the officer for the quarter"),
    ],
)
def test_ocr_misreadings_of_letters_are_not_left_as_quotes(ocr, fixed):
    assert repair_quotes(ocr)[0] == fixed


@pytest.mark.parametrize(
    ("ocr", "language", "fixed"),
    [
        (
            "the ordinary digger is enable ' to command.",
            "en",
            "the ordinary digger is enable to command.",
        ),
        (
            'to deliver to him a " suit of clothes and',
            "en",
            "to deliver to him a suit of clothes and",
        ),
        ("Freunde in der Armee und ' Polizei.", "de", "Freunde in der Armee und Polizei."),
        ('chez le groupe " Sanofi avec un plan', "fr", "chez le groupe Sanofi avec un plan"),
    ],
)
def test_a_mark_standing_alone_between_words_is_a_speck(ocr, language, fixed):
    text, changes = repair_quotes(ocr, language)
    assert text == fixed
    assert [reason for *_, reason in changes] == ["margin noise"]


@pytest.mark.parametrize(
    ("printed", "language", "fixed"),
    [
        # paired, however spaced: a quotation
        ('the " Young Soldier, " the paper', "en", "the “ Young Soldier, ” the paper"),
        ("la fraude « réelle » est", "fr", "la fraude « réelle » est"),
        # an opening mark after a colon or a comma, or at the start, opens a quotation
        ('He said: " we will go.', "en", "He said: “ we will go."),
        ('" We will go, he said.', "en", "“ We will go, he said."),
        # a typed opening mark, and a curly one, are printed marks
        ("tumble on ` black monday ‘anniversary", "en", "tumble on ‘ black monday ‘anniversary"),
        ("tumble on ‘ black monday", "en", "tumble on ‘ black monday"),
    ],
)
def test_a_mark_that_may_open_or_close_a_quotation_stays(printed, language, fixed):
    assert repair_quotes(printed, language)[0] == fixed


def test_primes_after_digits_are_left_alone():
    assert repair_quotes("a 5′ 11″ man")[0] == "a 5′ 11″ man"


def test_ditto_marks_in_a_list_are_no_quotes():
    # Paired as quotes, the three marks left one open, and the quote after them nested.
    text = "3 300 „ Ankerhaken, 2 900 „ Isolatoren, 980 „ Drahtseile mit der Aufschrift „Angebot“."
    assert repair_quotes(text, "de")[0] == text
    assert repair_quotes('He paid 5 " for it and said "no".')[0] == (
        'He paid 5 " for it and said “no”.'
    )


def test_low_marks_standing_alone_are_ditto_marks_after_words_too():
    text = "Reg.-Bez. Gumbinnen, „ „ Königsberg, „ „ Westpreußen. Er sagte „Nein“."
    assert repair_quotes(text, "de")[0] == text
    # one alone may open a quote OCR set apart from its word
    assert repair_quotes("Er sagte „ Nein“ und ging.", "de")[0] == "Er sagte „ Nein“ und ging."


def test_each_change_is_reported_with_its_offset_and_context():
    text, changes = repair_quotes('He said "no" today.')
    assert text == "He said “no” today."
    assert changes == [
        (8, 'He said "no" today.', 'He said “no" today.', ""),
        (11, 'He said "no" today.', 'He said "no” today.', ""),
    ]


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # straight, doubled and English curly quotes take the German form
        ('"Das ist gut", sagte er.', "„Das ist gut“, sagte er."),
        ('""Das ist gut"", sagte er.', "„Das ist gut“, sagte er."),
        ("“Das ist gut”, sagte er.", "„Das ist gut“, sagte er."),
        ("''Das ist gut'', sagte er.", "„Das ist gut“, sagte er."),
        # ",," is German OCR's reading of „
        (
            ',,Wir werden die Steuern nicht erhöhen", sagte der Kanzler.',
            "„Wir werden die Steuern nicht erhöhen“, sagte der Kanzler.",
        ),
        (",,Wir bleiben“, sagte sie.", "„Wir bleiben“, sagte sie."),
        # a quote within a quote is single, the apostrophe is ’
        (
            "Sie fügte hinzu: \"Wir haben 'genug' geredet, jetzt geht's los.\"",
            "Sie fügte hinzu: „Wir haben ‚genug‘ geredet, jetzt geht’s los.“",
        ),
        # a quote printed „…“ inside another stays as printed: nested so, or after a lost “
        (
            "Er sagte: „Das Wort: „Keine Exportware“, gilt nicht mehr.“",
            "Er sagte: „Das Wort: „Keine Exportware“, gilt nicht mehr.“",
        ),
        # a stray guillemet glued to a word is still a misread letter
        ("Der Vorstand« tagte am Montag.", "Der Vorstand tagte am Montag."),
        ("„Der Vorstand« tagte“, hieß es.", "„Der Vorstand tagte“, hieß es."),
        # ... but where it is all that can close a quote „ opened, it is its closing mark
        ("Die Inschrift „Margarine» tragen.", "Die Inschrift „Margarine“ tragen."),
        (
            "Die Bezeichnung „Margarine» enthält. Die Bezeichnung ,,Butter“ fehlt.",
            "Die Bezeichnung „Margarine“ enthält. Die Bezeichnung „Butter“ fehlt.",
        ),
        # Printed double at both ends (OCR's ,, for „), the inner quote stays double.
        (
            '„Er nannte es ,,Unsinn" und ging“, hieß es.',
            "„Er nannte es „Unsinn“ und ging“, hieß es.",
        ),
    ],
)
def test_german_quotes_take_the_low_high_form(broken, fixed):
    assert repair_quotes(broken, "de")[0] == fixed


@pytest.mark.parametrize(
    ("printed", "fixed"),
    [
        # »…« is German too: kept where the text sets it, and straight quotes follow it
        ("»Das ist gut«, sagte er. »Wirklich?«", "»Das ist gut«, sagte er. »Wirklich?«"),
        ('»Das ist gut«, sagte er, "wirklich".', "»Das ist gut«, sagte er, »wirklich«."),
        ("»Er nannte es 'Unsinn'«, hieß es.", "»Er nannte es ›Unsinn‹«, hieß es."),
        # a guillemet OCR turned the wrong way round
        ("»Das ist gut», sagte er. »Wirklich?«", "»Das ist gut«, sagte er. »Wirklich?«"),
        # Swiss German sets «…»: kept
        ("«Das ist gut», sagte er.", "«Das ist gut», sagte er."),
    ],
)
def test_german_guillemets_are_kept_in_the_direction_the_text_uses(printed, fixed):
    assert repair_quotes(printed, "de")[0] == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "„Wir werden die Steuern nicht erhöhen“, sagte der Kanzler.",
        "Er nannte es ‚Unsinn‘ und ging. Wie geht’s?",
        "»Das ist gut«, sagte er.",
        "Hans’ Auto stand vor dem Haus.",
    ],
)
def test_correct_german_is_left_alone(clean):
    assert repair_quotes(clean, "de") == (clean, [])


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # the spacing inside the guillemets is kept as printed, none added or removed
        (
            'Il a ajouté : "Il n\'y a pas de temps à perdre."',
            "Il a ajouté : «Il n’y a pas de temps à perdre.»",
        ),
        (
            'Il a ajouté : " Nous verrons ", puis il est parti.',
            "Il a ajouté : « Nous verrons », puis il est parti.",
        ),
        ("un budget “insuffisant” selon eux", "un budget «insuffisant» selon eux"),
        ("»Bonjour«, dit-il.", "«Bonjour», dit-il."),
        # inner quotes, apostrophes
        (
            "« Il m'a dit 'non' hier », raconte-t-elle.",
            "« Il m’a dit ‹non› hier », raconte-t-elle.",
        ),
        (
            # Printed double at both ends, a nested quote stays double: French sets it in
            # English marks.
            '« Il a dit "jamais" », selon l\'AFP.',
            "« Il a dit “jamais” », selon l’AFP.",
        ),
        (
            # double at both ends, curly at one and straight at the other
            '« Ils disent “char"" pour une voiture ! »',
            "« Ils disent “char” pour une voiture ! »",
        ),
        # guillemets repeated inside guillemets stay as printed
        ("« Il a dit « non » hier »", "« Il a dit « non » hier »"),
        # a closing one with nothing open, before the same closing further on, is turned
        ("Portugal : un » alphabet » des couleurs", "Portugal : un « alphabet » des couleurs"),
        ("fin » . Puis « début » ici", "fin » . Puis « début » ici"),
        (
            "L'État l'a fait aujourd'hui, qu'il pleuve ou non, jusqu'à présent.",
            "L’État l’a fait aujourd’hui, qu’il pleuve ou non, jusqu’à présent.",
        ),
    ],
)
def test_french_quotes_are_guillemets(broken, fixed):
    assert repair_quotes(broken, "fr")[0] == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "Il a dit : « Je viens. » Puis il est parti.",
        "Il a dit\u00a0: «\u00a0Je viens.\u00a0»",
        "Il a dit : «Je viens.»",
        "« Je viens »",  # a lone « … » is a quote, not a misread letter as in English
        "Le mot « fin» puis rien.",
        "L’État l’a fait aujourd’hui.",
    ],
)
def test_correct_french_is_left_alone(clean):
    assert repair_quotes(clean, "fr") == (clean, [])


def test_a_quote_continued_from_the_last_paragraph_keeps_its_guillemet_in_french():
    text = "et la suite de son discours, qui ne convainquit personne»"
    assert repair_quotes(text, "fr") == (text, [])
    # In English the same glyph glued to a word is OCR's reading of a letter.
    assert repair_quotes(text, "en")[0] == text[:-1]


@pytest.mark.parametrize("language", ["en", "und", "es", "it", "nl"])
def test_other_languages_keep_the_english_repair(language):
    assert repair_quotes('the so-called "coalition"', language)[0] == "the so-called “coalition”"


def test_english_is_the_default_and_unchanged():
    assert repair_quotes(',,Wort" und „Guten Tag“') == repair_quotes(
        ',,Wort" und „Guten Tag“', "en"
    )
    assert repair_quotes("„Guten Tag“ she said")[0] == "“Guten Tag” she said"


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # OCR broke the strokes of a double quote apart: ",," opening a word is a quote.
        ('known there as ,,Lord Napier." The captain', "known there as “Lord Napier.” The captain"),
        (
            'The admiral said: ,,We sail at dawn," and left.',
            "The admiral said: “We sail at dawn,” and left.",
        ),
        # Two commas after a word are no quote mark.
        ("one,, two and three", "one,, two and three"),
    ],
)
def test_a_low_double_mark_opens_a_quote_in_english_too(broken, fixed):
    assert repair_quotes(broken, "en")[0] == fixed


def test_german_changes_are_reported_with_offsets():
    text, changes = repair_quotes(',,Nein", sagte er.', "de")
    assert text == "„Nein“, sagte er."
    assert [(offset, before[offset : offset + 2]) for offset, before, _, _ in changes] == [
        (0, ",,"),
        (6, '",'),
    ]
    assert [after for _, _, after, _ in changes] == ['„Nein", sagte', ",,Nein“, sagte er."]


def test_printed_marks_of_both_kinds_side_by_side_stay_two_marks():
    printed = "“He called it ‘nonsense’”, she said."
    assert repair_quotes(printed) == (printed, [])
    assert repair_quotes("“Er nannte es ‘Unsinn’”, hieß es.", "de")[0] == (
        "„Er nannte es ‚Unsinn‘“, hieß es."
    )


# Old type marked every line of a long quotation with its opening mark.
_CONTINUED = [
    "Er teilte mit, welche „die Nordostbahn betreffend",
    "„den von der Gemeinde beschlossenen unter¬",
    "„irdischen Durchgang durch den Bahnhof zur",
    "„Verbindung mit dem Quartiere“ abgegeben habe.",
]


def test_marks_repeating_an_open_quote_at_each_line_start_are_found():
    assert continuation_marks(_CONTINUED, "de") == [1, 2, 3]
    # The quote that opens on a line is a new one; so is one after a closed quote.
    assert continuation_marks(["„Ja“, sagte er.", "„Nein“, sagte sie."], "de") == []
    assert continuation_marks(["He read:", "“The Governor", "“has decided ...”"], "en") == [2]


def test_a_new_quote_on_a_single_line_is_no_continuation():
    # The quote above was never closed, but one marked line alone is a new speaker.
    lines = [
        "„Im Übrigen gönnen Sie sich",
        "nun Ruhe und Pflege.",
        "„Ich denke an Ruhe, Herr",
        "Physikus.“",
    ]
    assert continuation_marks(lines, "de") == []


def test_a_quote_marked_on_every_line_reads_as_one_quote():
    raw = (
        "Die Erklärung\n\n"
        + "\n".join(_CONTINUED)
        + (
            "\nDie Gemeinde hat darauf noch nicht geantwortet, und der Rath wird sich in\n"
            "seiner nächsten Sitzung mit dem Geschäfte befassen müssen, wie man hört.\n"
        )
    )
    text = clean_story(raw).paragraphs[0]
    assert "„die Nordostbahn betreffend den von der Gemeinde beschlossenen unterirdischen" in text
    assert "Quartiere“ abgegeben" in text
    assert text.count("„") == 1


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        (
            "Limited, to deliver to him a » suit of clothes",
            "Limited, to deliver to him a suit of clothes",
        ),
        ("on September 29, » and stealing £7", "on September 29, and stealing £7"),
    ],
)
def test_a_guillemet_standing_alone_in_english_is_a_speck(ocr, fixed):
    text, changes = repair_quotes(ocr, "en")
    assert text == fixed
    assert [reason for *_, reason in changes] == ["margin noise"]


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        ("“EQUALISING MISERY»", "“EQUALISING MISERY”"),
        ("He said “we will go» and left.", "He said “we will go” and left."),
        # with no quote open, or one closed, it is still a misread letter
        ("The officer« said", "The officer said"),
        ("“We will go,” he said of the officer« plan", "“We will go,” he said of the officer plan"),
    ],
)
def test_a_guillemet_glued_to_a_word_closes_the_quote_english_opened(ocr, fixed):
    assert repair_quotes(ocr, "en")[0] == fixed


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        ("barred Apple Computer from using the «Apple” brand", "the “Apple” brand"),
        ("Churchill says: «The conditions are hard.", "says: “The conditions are hard."),
    ],
)
def test_a_guillemet_opening_a_word_in_english_is_the_quote_it_opens(ocr, fixed):
    assert repair_quotes(ocr, "en")[0].endswith(fixed)


_LOW_QUOTED_PAGE = """\
Aus Oesterreich-Ungarn.

Wien, 21. Oktober. Die »Polit. Korr.« meldet: Aus Konstantinopel wird berichtet, dass
die Pforte die Verhandlungen mit den Mächten fortsetzen wolle und dass der Minister
darüber dem Sultan Bericht erstattet habe.

Nach dem „Pester Lloyd“ sprach Tisza den Wunsch aus, dass die Regierung die
Beziehungen zu den Nachbarn pflege. Das „Neue Pester Journal“ bezieht sich auf die
Rede, in welcher von dem „rückständigen Theile der Aufgabe“ gesprochen wird.
"""


def test_a_german_page_quoting_low_keeps_low_quotes_where_a_guillemet_was_read():
    story = clean_story(_LOW_QUOTED_PAGE)
    assert story.paragraphs[0].startswith("Wien, 21. Oktober. Die „Polit. Korr.“ meldet")
    assert "„Pester Lloyd“" in story.paragraphs[1]
    # a page that quotes in guillemets keeps them
    guillemets = _LOW_QUOTED_PAGE.replace("„", "»").replace("“", "«")
    assert "»Polit. Korr.«" in clean_story(guillemets).paragraphs[0]


def test_a_guillemet_standing_alone_in_german_quoted_low_is_a_speck():
    text, changes = repair_quotes(
        "am 13. Februar » 1918 aufgehoben. Die „Leipziger Volkszeitung“ wurde verboten.", "de"
    )
    assert text == "am 13. Februar 1918 aufgehoben. Die „Leipziger Volkszeitung“ wurde verboten."
    assert [reason for *_, reason in changes] == ["margin noise"]


@pytest.mark.parametrize("read", ['" "', "“ ”", "” „"])
def test_double_marks_standing_alone_two_by_two_are_ditto_marks(read):
    text = f"Reg.-Bez. Hannover, {read} Minden, {read} Münster. Er sagte „Nein“."
    assert repair_quotes(text, "de")[0] == (
        "Reg.-Bez. Hannover, „ „ Minden, „ „ Münster. Er sagte „Nein“."
    )
    # one mark alone is a quote's, set apart from its word
    assert repair_quotes('Er sagte " Nein" und ging.', "de")[0] == "Er sagte „ Nein“ und ging."


def test_a_guillemet_after_a_number_is_a_ditto_mark():
    listed = "3 300 „ Ankerhaken, 26 350 » Schraubenstützen"
    assert repair_quotes(listed, "de")[0] == listed
    assert (
        repair_quotes("a suit of clothes, 12 » shirts", "en")[0] == "a suit of clothes, 12 » shirts"
    )


@pytest.mark.parametrize(
    ("printed", "language"),
    [
        ("Er sagte » nein, gestern", "de"),  # German quotes in guillemets
        ("Il a dit « non » hier", "fr"),
    ],
)
def test_a_guillemet_standing_alone_stays_where_the_language_quotes_with_them(printed, language):
    assert "»" in repair_quotes(printed, language)[0]


@pytest.mark.parametrize(
    ("ocr", "language", "fixed"),
    [
        # German and French close the quote before the sentence's comma, English after it
        ("von Auber. „Un doux poëme,,, Walzer", "de", "von Auber. „Un doux poëme“, Walzer"),
        ("le « Grand Prix,,, dit-il", "fr", "le « Grand Prix», dit-il"),
        ("nach dem „Pester Lloyd,, sprach Tisza", "de", "nach dem „Pester Lloyd“ sprach Tisza"),
        ('"We have extended our lead.,, It also', "en", "“We have extended our lead.” It also"),
        (
            "''The offer is $57 million overall,,, said he",
            "en",
            "“The offer is $57 million overall,” said he",
        ),
        # with no quote open, a doubled comma stays as printed
        ("the word,, and more", "en", "the word,, and more"),
    ],
)
def test_a_low_mark_after_a_word_closes_the_open_quote(ocr, language, fixed):
    assert repair_quotes(ocr, language)[0] == fixed


def test_a_speck_read_as_a_quote_goes_from_the_article_and_is_reported():
    raw = (
        "GOLD FIELDS REPORT\n\n"
        "The branch of gold mining is too laborious, and\n"
        "requires an amount of capital which the\n"
        "ordinary digger is enable ' to command. The\n"
        "district contains a population of several thousand.\n"
    )
    page = clean(raw)
    assert page.story.paragraphs == [
        "The branch of gold mining is too laborious, and requires an amount of capital which"
        " the ordinary digger is enable to command. The district contains a population of"
        " several thousand."
    ]
    assert [(r.lines, r.text, r.reason) for r in page.removed] == [((5, 5), "'", "margin noise")]


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        (
            'sans réussir à rencontrer l\'" abominable homme des neiges ".',
            "sans réussir à rencontrer l’« abominable homme des neiges ».",
        ),
        ('le prix d\'"Amérique" est là', "le prix d’«Amérique» est là"),
        ('jusqu\'"au bout" dit-il', "jusqu’«au bout» dit-il"),
    ],
)
def test_a_french_elision_keeps_its_apostrophe_before_the_quote_it_opens(ocr, fixed):
    assert repair_quotes(ocr, "fr")[0] == fixed


@pytest.mark.parametrize(
    ("ocr", "language", "fixed"),
    [
        (
            "Seiner Majestät des ' Kaisers und Königs wird ' einen Vortrag",
            "de",
            "Seiner Majestät des Kaisers und Königs wird einen Vortrag",
        ),
        (
            "le piratage de sites ' de commerce. Pour le ' procureur fédéral",
            "fr",
            "le piratage de sites de commerce. Pour le procureur fédéral",
        ),
        # after a word's mark too
        (
            "le Japon, ' le Canada et mit Haft bestraft. ' Im Falle",
            "fr",
            "le Japon, le Canada et mit Haft bestraft. Im Falle",
        ),
    ],
)
def test_straight_single_marks_apart_outside_english_are_specks_though_they_pair(
    ocr, language, fixed
):
    text, changes = repair_quotes(ocr, language)
    assert text == fixed
    assert [reason for *_, reason in changes] == ["margin noise", "margin noise"]


def test_english_single_quotes_set_apart_still_pair():
    assert repair_quotes("the ' Times ' says", "en")[0] == "the ‘ Times ’ says"
