"""Joining hard-wrapped lines, end-of-line de-hyphenation, paragraph breaks inside a block."""

from __future__ import annotations

import pytest

from newsroom.cleaning.lines import (
    Line,
    Vocabulary,
    ends_sentence,
    has_word,
    join_lines,
    keeps_hyphen,
    quote_open,
    recent_text,
)
from tests.newsroom.cleaning_util import clean_story


def _lines(*texts: str, indents: tuple[int, ...] = ()) -> list[Line]:
    indents = indents or (0,) * len(texts)
    return [
        Line(i, t, t, t.strip(), n, False)
        for i, (t, n) in enumerate(zip(texts, indents, strict=True), 1)
    ]


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        (
            "supports a reformist candi-",
            "date, Mehdi Karoubi",
            "supports a reformist candidate, Mehdi Karoubi",
        ),
        ("launched in Nethe-", "rlands. Kamran", "launched in Netherlands. Kamran"),
        ("Iranian expats sho-", "uld play", "Iranian expats should play"),
        ("San Fransisco and else-", "where in the", "San Fransisco and elsewhere in the"),
        ("many cybe-", "ractivist groups", "many cyberactivist groups"),
        ("videos posted on You-", "Tube and Facebook", "videos posted on YouTube and Facebook"),
        ("by Messrs. Ralph Turn-", "bull and H. Savage", "by Messrs. Ralph Turnbull and H. Savage"),
    ],
)
def test_soft_line_end_hyphens_are_removed(head, tail, joined):
    text, _ = join_lines(_lines(head, tail), None, None)
    assert text == joined


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("after his high-", "profile visit", "after his high-profile visit"),
        ("launched its full-", "scale invasion", "launched its full-scale invasion"),
        ("the so-", "called coalition", "the so-called coalition"),
        ("a strong anti-", "American mood", "a strong anti-American mood"),
        ("the Digital AI-", "5 decree", "the Digital AI-5 decree"),
        ("a trip of twenty-", "five days", "a trip of twenty-five days"),
        ("the story. Well-", "known faces", "the story. Well-known faces"),
    ],
)
def test_real_compounds_keep_their_hyphen(head, tail, joined):
    text, _ = join_lines(_lines(head, tail), None, None)
    assert text == joined


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("Buster, 3-", "masted schooner", "Buster, 3-masted schooner"),
        ("the war of 1914-", "18 ended", "the war of 1914-18 ended"),
        ("a 19th-century, 20-", "year-old house", "a 19th-century, 20-year-old house"),
        # A hyphen standing for a repeated part keeps its space.
        ("Es kostet 3-", "bis 4mal mehr", "Es kostet 3- bis 4mal mehr"),
        ("for 2-", "and 3-year-olds", "for 2- and 3-year-olds"),
    ],
)
def test_a_number_broken_at_its_hyphen_stays_one_word(head, tail, joined):
    assert join_lines(_lines(head, tail), None, None)[0] == joined


@pytest.mark.parametrize(
    ("head", "tail", "joined", "language"),
    [
        ("nebst Gewinn-", "und Verlustrechnung", "nebst Gewinn- und Verlustrechnung", "de"),
        ("vor dem Herrn Land=", "und Stadtgericht", "vor dem Herrn Land- und Stadtgericht", "de"),
        ("in den Moor-", "oder Sandgegenden", "in den Moor- oder Sandgegenden", "de"),
        ("both pre-", "and post-war years", "both pre- and post-war years", "en"),
        ("Directoren, nebst Gewinn-", "und", "Directoren, nebst Gewinn- und", "de"),
        # a headline in capitals sets its "und" in capitals
        (
            "DER GEISTLICHEN, UNTERRICHTS-",
            "UND MEDIZINAL-ANGELEGENHEITEN.",
            "DER GEISTLICHEN, UNTERRICHTS- UND MEDIZINAL-ANGELEGENHEITEN.",
            "de",
        ),
        ("ZUR VERLUST-", "UND", "ZUR VERLUST- UND", "de"),
        # but a word in capitals that only starts like one is no part set apart
        ("DIE UNTERRICHTS-", "UNDANK WAR", "DIE UNTERRICHTS-UNDANK WAR", "de"),
        ("in honour of their hon-", "or", "in honour of their honor", "en"),
        # a word broken before a word that only starts like one joins as ever
        ("the ballot of Gewinn-", "undank war", "the ballot of Gewinnundank war", "de"),
        # a dash between two names: no word goes on with an initial
        ("H. C. Lausanne-", "H. C. Chaux-de-Fonds", "H. C. Lausanne- H. C. Chaux-de-Fonds", "fr"),
        ("the Smith-", "Jones family", "the Smith-Jones family", "en"),
    ],
)
def test_a_hyphen_for_a_part_the_next_word_repeats_keeps_its_space(head, tail, joined, language):
    assert join_lines(_lines(head, tail), None, None, language)[0] == joined


def test_the_document_itself_decides_first():
    # Old papers print "to-day"; the same word hyphenated mid-line settles it.
    vocab = Vocabulary.of("He left to-day at noon.")
    assert keeps_hyphen("Hebburn to-", "day.", vocab)
    assert not keeps_hyphen("Hebburn to-", "day.", Vocabulary.of("He left today."))


@pytest.mark.parametrize("tail", ["day, at Paris", "morrow morning", "night."])
def test_to_day_keeps_the_hyphen_papers_printed_it_with(tail):
    # With nothing on the page to say otherwise: "today" is a word, but a century of
    # papers printed "to-day", and a column rarely breaks a short modern word.
    assert keeps_hyphen("annual meeting to-", tail, Vocabulary.of("No word of it here."))
    assert keeps_hyphen("annual meeting to-", tail, None)


def test_a_page_of_hyphenated_names_keeps_the_one_broken_at_its_hyphen():
    vocab = Vocabulary.of("He lives in York-gate, opposite the shop in Pitt-gate.")
    assert keeps_hyphen("Joseph Nice, of 70 King-", "gate, for", vocab)
    # Without such compounds on the page, a name broken over two lines closes up.
    assert not keeps_hyphen("Joseph Nice, of 70 King-", "gate, for", Vocabulary.of("x"))
    # The English word list still decides first: "re-" / "turn" is one word.
    vocab = Vocabulary.of("He made a U-turn in the street.")
    assert not keeps_hyphen("they will re-", "turn soon", vocab)
    # German OCR breaks words mid-line too often for a tail seen so to count.
    vocab = Vocabulary.of("Die Verbin-dung ist da.")
    assert not keeps_hyphen("eine Abbin-", "dung", vocab, "de")


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        # words that end compounds of any name or noun
        ("Joseph Nice, of 70 King-", "street, for"),
        ("bought back the Craiova-", "based car maker"),
        ("the country's state-", "owned bank"),
        # no typesetter breaks a word after its first letter
        ("its sales leader, the F-", "series pickup"),
        ("a German U-", "Boot"),
        # a name of linked words, each hyphenated
        ("die Gemeinden Marie-", "aux-Chênes, Saint Ail"),
        ("Bourg-Bruche, Colroy-", "la-Roche, Plaine"),
    ],
)
def test_compounds_broken_at_their_hyphen_keep_it(head, tail):
    assert keeps_hyphen(head, tail, Vocabulary.of("x"), "fr" if "Colroy" in head else "en")


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("des Arrondissements Chate-", "au-Salins bis"),  # "au" ends many a word
        ("Alderman Jones o-", "jected to it"),  # a letter after noise, small
        ("ror N;c-", "wcastle, with"),
        ("a name broken over the lines, Turn-", "bull, said"),
    ],
)
def test_words_broken_mid_word_close_up(head, tail):
    assert not keeps_hyphen(head, tail, Vocabulary.of("x"), "en")


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("Eine Tochter: Hrn. Prem.-", "Lieut. Goës", "Eine Tochter: Hrn. Prem.-Lieut. Goës"),
        ("Herr Direktor Dr.-", "Ing. Paul Hammer", "Herr Direktor Dr.-Ing. Paul Hammer"),
        # a dash OCR read as a hyphen after a dateline's stop, printed unspaced
        ("LONDON, Tuesday.-", "The Marquardts", "LONDON, Tuesday.-The Marquardts"),
    ],
)
def test_a_hyphen_after_an_abbreviations_stop_joins_unspaced(head, tail, joined):
    assert join_lines(_lines(head, tail), None, None)[0] == joined


def test_dehyphenation_is_reported():
    changes = []
    join_lines(_lines("a reformist candi-", "date, Mehdi"), None, changes)
    assert [(c.kind, c.line_start, c.line_end, c.before, c.after) for c in changes] == [
        ("dehyphenated", 1, 2, "candi-\ndate,", "candidate,")
    ]


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        (
            "who have formally committed —",
            "some others",
            "who have formally committed — some others",
        ),
        ("the word—", "and more", "the word—and more"),
        ("come what may -", "creating theories", "come what may - creating theories"),
        ("a soft hyphena\u00ad", "tion point", "a soft hyphenation point"),
    ],
)
def test_dashes_and_soft_hyphens_join_as_printed(head, tail, joined):
    assert join_lines(_lines(head, tail), None, None)[0] == joined


@pytest.mark.parametrize(
    ("head", "tail", "language", "joined"),
    [
        # OCR of old type reads a line-end hyphen as a dash.
        ("die jetzt po—", "pulären Pläne", "de", "die jetzt populären Pläne"),
        ("von angeblichen Mi—", "ßverständnissen", "de", "von angeblichen Mißverständnissen"),
        ("la direction a con–", "firmé mardi", "fr", "la direction a confirmé mardi"),
        ("the po—", "pular vote", "en", "the popular vote"),
        # A dash between words stays: the joined word is no word.
        ("the man—", "who came", "en", "the man—who came"),
        ("in Berlin—", "Wien und", "de", "in Berlin—Wien und"),
        ("the end—", "The next", "en", "the end—The next"),
        # German and French set their dashes apart: one against a word before "und" or
        # "et" is the hyphen of a part the next word completes,
        ("von der sie die Weſt—", "und Südgrenze", "de", "von der sie die Weſt- und Südgrenze"),
        ("les sous—", "et sur-préfectures", "fr", "les sous- et sur-préfectures"),
        # and a name of linked words keeps the hyphen a dash was read for
        ("den Gemeinden Marie—", "aux-Chênes", "de", "den Gemeinden Marie-aux-Chênes"),
        ("à Colroy—", "la-Roche", "fr", "à Colroy-la-Roche"),
        # (English sets its dash against the words)
        ("the house—", "and the garden", "en", "the house—and the garden"),
    ],
)
def test_a_line_end_dash_inside_a_word_is_a_hyphen(head, tail, language, joined):
    changes = []
    vocab = Vocabulary.of("the man who came in Berlin")
    text, _ = join_lines(_lines(head, tail), vocab, changes, language)
    assert text == joined
    assert [c.kind for c in changes] == (["dehyphenated"] if "—" not in joined else [])


def test_a_line_end_dash_before_a_compounds_second_word_is_its_hyphen():
    vocab = Vocabulary.of("Corpsarzt des I. Armee-Corps, in Berlin")
    changes = []
    text, _ = join_lines(_lines("des XV. Armee—", "Corps, kommandirt"), vocab, changes, "de")
    assert text == "des XV. Armee-Corps, kommandirt"
    assert [(c.kind, c.after) for c in changes] == [("dehyphenated", "Armee-Corps,")]
    # a compound the page does not print is a dash between words: a route, a pair
    text, _ = join_lines(_lines("in Berlin—", "Wien und"), vocab, None, "de")
    assert text == "in Berlin—Wien und"


def test_join_lines_maps_offsets_back_to_raw_lines():
    text, starts = join_lines(_lines("first line", "second line", "third"), None, None)
    assert text == "first line second line third"
    assert starts == [(0, 1), (11, 2), (23, 3)]


def test_text_without_blank_lines_still_gets_paragraphs():
    raw = (
        "Storm hits the coast\n"
        "A storm hit the northern coast on Monday, cutting power to thousands of homes and\n"
        "closing the main road for most of the day.\n"
        "Repair crews worked through the night, the power company said in a statement on\n"
        "Tuesday morning.\n"
        "Schools will reopen on Wednesday.\n"
    )
    article = clean_story(raw)
    assert article.headline == "Storm hits the coast"
    assert article.paragraphs == [
        "A storm hit the northern coast on Monday, cutting power to thousands of homes and "
        "closing the main road for most of the day.",
        "Repair crews worked through the night, the power company said in a statement on "
        "Tuesday morning.",
        "Schools will reopen on Wednesday.",
    ]


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("Die Regie=", "rung hat beschlossen", "Die Regierung hat beschlossen"),
        ("Die Regie\u2e17", "rung hat beschlossen", "Die Regierung hat beschlossen"),
        ("Die Regie¬", "rung hat beschlossen", "Die Regierung hat beschlossen"),
        ("der Nord=", "Atlantik", "der Nord-Atlantik"),  # a compound: the hyphen printed as "-"
        ("x =", "5", "x = 5"),  # an equals sign stays one
    ],
)
def test_fraktur_line_end_hyphens_are_soft_hyphens(head, tail, joined):
    assert join_lines(_lines(head, tail), None, None, "de")[0] == joined


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        # Fraktur's double hyphen, read as a guillemet
        ("in Begleitung des Hof»", "geistlichen", "in Begleitung des Hofgeistlichen"),
        ("die Pfarrer wesentlich er«", "höht", "die Pfarrer wesentlich erhöht"),
        # a guillemet closing a quote still open is the quote's
        ("die Bezeichnung „Margarine»", "enthält", "die Bezeichnung „Margarine» enthält"),
        ("er sagte »das ist gut«", "und ging", "er sagte »das ist gut« und ging"),
        # before a capital, or in another language, it is no hyphen
        ("des Hof»", "Geistlichen", "des Hof» Geistlichen"),
    ],
)
def test_a_line_end_guillemet_inside_a_german_word_is_a_hyphen(head, tail, joined):
    assert join_lines(_lines(head, tail), None, None, "de")[0] == joined


def test_a_fraktur_hyphen_is_reported():
    changes = []
    join_lines(_lines("Die Regie=", "rung hat", "der Nord=", "Atlantik"), None, changes, "de")
    assert [(c.before, c.after) for c in changes] == [
        ("Regie=\nrung", "Regierung"),
        ("Nord=\nAtlantik", "Nord-Atlantik"),
    ]


@pytest.mark.parametrize(
    ("head", "tail", "language", "joined"),
    [
        # German: a capital before a small letter is one noun broken
        ("Die Bundes-", "regierung tagte", "de", "Die Bundesregierung tagte"),
        ("die Corona-", "krise", "de", "die Coronakrise"),
        ("war nicht vor-", "handen", "de", "war nicht vorhanden"),
        # a capital after the hyphen, or an acronym before it, is a real compound
        ("der Nord-", "Atlantik", "de", "der Nord-Atlantik"),
        ("der SPD-", "Chef", "de", "der SPD-Chef"),
        ("in Baden-", "Württemberg", "de", "in Baden-Württemberg"),
        # two adjectives in -isch are a pair; a word broken after "…sch" is not
        ("im deutsch-", "österreichischen Verkehr", "de", "im deutsch-österreichischen Verkehr"),
        ("eine französisch-", "englische Abordnung", "de", "eine französisch-englische Abordnung"),
        ("die zwisch-", "enzeitliche Lage", "de", "die zwischenzeitliche Lage"),
        ("der Fisch-", "markt", "de", "der Fischmarkt"),
        # French
        ("Le gouverne-", "ment a réagi", "fr", "Le gouvernement a réagi"),
        ("Peut-", "être demain", "fr", "Peut-être demain"),
        ("faudra-t-", "il revoir", "fr", "faudra-t-il revoir"),
        ("celui-", "ci", "fr", "celui-ci"),
        # an object pronoun goes with a verb in the imperative, not with a word's syllable
        ("Donnez-", "les aux enfants", "fr", "Donnez-les aux enfants"),
        ("aux représail-", "les qui allaient", "fr", "aux représailles qui allaient"),
        ("les responsab-", "les politiques", "fr", "les responsables politiques"),
        # a subject pronoun after its verb follows a "t" or a "d"
        ("Que dit-", "il encore ?", "fr", "Que dit-il encore ?"),
        ("Des bénévoles au trava-", "il.", "fr", "Des bénévoles au travail."),
        ("Jean-", "Pierre", "fr", "Jean-Pierre"),
        # a compound's first word that is never a syllable at a break; "ex-" and "mi-" are
        ("le régime nord-", "américain", "fr", "le régime nord-américain"),
        ("l'après-", "midi", "fr", "l'après-midi"),
        ("l'accord franco-", "allemand", "fr", "l'accord franco-allemand"),
        ("les ex-", "plosions", "fr", "les explosions"),
        ("la lettre mi-", "nistérielle", "fr", "la lettre ministérielle"),
    ],
)
def test_other_languages_are_dehyphenated_without_the_english_word_list(
    head, tail, language, joined
):
    assert join_lines(_lines(head, tail), None, None, language)[0] == joined


def test_other_languages_follow_the_documents_own_words():
    vocab = Vocabulary.of("Das Know-how der Firma. Die Regierung tagte.")
    assert keeps_hyphen("das Know-", "how", vocab, "de")
    assert not keeps_hyphen("Regie-", "rung", vocab, "de")
    # The English list would call "high-profile" a compound; German text has no such word.
    assert not keeps_hyphen("high-", "profile", None, "de")
    assert keeps_hyphen("high-", "profile", None, "en")


def test_a_capital_after_the_hyphen_keeps_it_whatever_else_the_page_prints():
    # A word broken at the line's end goes on in small letters: "Verwaltung" is a
    # compound's second noun, though the page also prints "Eisenbahnverwaltung".
    vocab = Vocabulary.of("die Staats-Eisenbahnverwaltung zu errichten")
    text, _ = join_lines(_lines("die Eisenbahn=", "Verwaltung aus"), vocab, None, "de")
    assert text == "die Eisenbahn-Verwaltung aus"
    # an "I" may be an "l" misread inside the word, and the page's word decides
    vocab = Vocabulary.of("der Beitrag für jeden")
    assert join_lines(_lines("welchen Be=", "Itrag"), vocab, None, "de")[0] == "welchen BeItrag"
    # English keeps its camel-cased names the page prints whole
    vocab = Vocabulary.of("seen on YouTube")
    assert join_lines(_lines("seen on You-", "Tube today"), vocab, None, "en")[0] == (
        "seen on YouTube today"
    )


def test_an_english_text_of_unknown_language_is_judged_as_english():
    assert keeps_hyphen("after his high-", "profile", None, "und")
    assert not keeps_hyphen("a reformist candi-", "date", None, "und")


@pytest.mark.parametrize(
    "text",
    [
        "„Vermutlich im Keller!“",  # German quotes close on “
        "‚So nicht.‘",
        "»Ja.«",  # as Swiss and some German papers set them
        "« C’est fini. »",
        "He said, “It is over.”",
        "(See page 4.)",
    ],
)
def test_a_sentence_ends_inside_its_closing_marks(text):
    assert ends_sentence(text)


@pytest.mark.parametrize("text", ["Er sagte: „Wir gehen", "„Gibt es denn kein Mittel“ und", ""])
def test_an_open_sentence_does_not_end(text):
    assert not ends_sentence(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [("The Bell", True), ("Nr. 80", True), ("' , i", False), (".:;", False), ("21;6", False)],
)
def test_a_word_is_two_letters_in_a_row(text, word):
    assert has_word(text) is word


def test_whether_a_quote_is_open_is_read_from_the_texts_recent_end():
    assert quote_open("er sagte „nein und ging")
    assert not quote_open("er sagte „nein“ und ging")
    assert quote_open("er sagte »nein und ging")
    # Asked at every line, the look back is bounded, so a long text costs in proportion.
    parts = ["eine Zeile von vierzig Zeichen und mehr."] * 1000
    recent = recent_text(parts)
    assert 2000 <= len(recent) <= 2100
    assert recent_text(parts, 3) == " ".join(parts[:3])


@pytest.mark.parametrize(
    ("head", "tail", "kept"),
    [
        ("Son franc-", "parler lors des matchs", True),
        ("sa grand-", "mère et son père", True),
        # words French breaks at a syllable that only looks like a compound's head
        ("il faut sous-", "crire au projet", False),
        ("ce qu'il a contre-", "dit hier", False),
    ],
)
def test_french_compound_heads_keep_their_hyphen(head, tail, kept):
    assert keeps_hyphen(head, tail, Vocabulary.of("x"), "fr") is kept
