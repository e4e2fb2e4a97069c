"""Language detection: the language of an article from a bounded sample of its text."""

from __future__ import annotations

import time

import pytest

from newsroom.cleaning import clean, language
from newsroom.cleaning.language import LANGUAGES, detect_language, sample, story_language
from tests.newsroom.cleaning_util import clean_story

ENGLISH = (
    "The city council voted on Tuesday to approve a budget that raises spending on schools "
    "and roads, after a debate that lasted well into the night. The mayor said the plan "
    "would not require new taxes."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag beschlossen, die Ausgaben für Schulen und Straßen "
    "zu erhöhen. Nach einer Debatte, die bis spät in die Nacht dauerte, sagte der Kanzler, "
    "neue Steuern seien dafür nicht nötig."
)
FRENCH = (
    "Le conseil municipal a voté mardi un budget qui augmente les dépenses pour les écoles "
    "et les routes, après un débat qui a duré jusque tard dans la nuit. Le maire a déclaré "
    "que l’État n’aurait pas besoin de nouveaux impôts."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (GERMAN, "de"),
        (FRENCH, "fr"),
        (
            "El gobierno anunció el martes que subirá los impuestos para financiar las "
            "escuelas, según fuentes oficiales.",
            "es",
        ),
        (
            "Il governo ha annunciato martedì che aumenterà le tasse per finanziare le scuole "
            "e le strade.",
            "it",
        ),
        (
            "De regering heeft dinsdag besloten de belastingen te verhogen om de scholen en "
            "wegen te betalen.",
            "nl",
        ),
        (
            "O governo anunciou na terça-feira que vai aumentar os impostos para pagar as "
            "escolas e as estradas.",
            "pt",
        ),
        (
            "Regeringen meddelade på tisdagen att skatterna ska höjas för att betala skolorna "
            "och vägarna.",
            "sv",
        ),
    ],
)
def test_newspaper_languages_are_told_apart(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("damaged", "language"),
    [
        # Real OCR damage: letters misread, words run together, stray glyphs.
        (
            "Tbe Counci1 rnet on Tuesdav, and tlie Mayor said tbat the rates wonld be raised. "
            "Mr. Smitb objected ~ to the increase, and tho motion was lost.",
            "en",
        ),
        # Fraktur OCR: long s, "=" for the hyphen, an old spelling.
        (
            "Die Regie=\nrung hat am Dienſtag beſchloſſen, daß die Steuern erhöht werden "
            "ſollen. Der Kanzler ſagte, es ſei nicht anders möglich.",
            "de",
        ),
        # UTF-8 read as cp1252 all through the text.
        (
            "FÃ¼r die BÃ¼rger der Stadt ist das eine gute Nachricht, sagte der "
            "BÃ¼rgermeister am Montag vor dem Rathaus. Die StraÃŸen werden erneuert.",
            "de",
        ),
        (
            "Lâ€™Ã©tÃ© a Ã©tÃ© chaud, et les Ã©lÃ¨ves de lâ€™Ã©cole ont Ã©tÃ© "
            "renvoyÃ©s chez eux plus tÃ´t que prÃ©vu.",
            "fr",
        ),
    ],
)
def test_damaged_text_is_still_recognised(damaged, language):
    assert detect_language(damaged) == language


@pytest.mark.parametrize(
    "unclear",
    [
        "",
        "   \n\n ",
        "12 345 678 — 2024 — p. 4",
        "Moscow Times",  # a name, not a sentence
        # A language we do not expect is not forced into the nearest one we do.
        "Warszawa: rząd ogłosił we wtorek podwyżkę podatków dla wszystkich obywateli.",
    ],
)
def test_short_unclear_or_unexpected_text_is_undetermined(unclear):
    assert detect_language(unclear) == "und"


def test_answers_are_iso_639_1_codes_from_the_expected_set():
    assert all(len(code) == 2 for code in LANGUAGES)
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "da", "sv", "no", "fi"} <= set(LANGUAGES)


def test_a_large_text_is_sampled_not_read():
    big = (GERMAN + "\n") * 60_000  # about 12 MB
    part = sample(big)
    assert len(part) <= 10_100
    assert len(sample(big, 2_000)) <= 2_100  # a story on a page of known language
    detect_language(ENGLISH)  # the model loads on first use; that is not what is timed
    started = time.process_time()
    assert detect_language(big) == "de"
    assert time.process_time() - started < 0.5


def test_the_sample_spans_the_text_so_a_table_at_the_top_does_not_decide():
    table = "\n".join(f"{i:>4} {i * 7:>8} {i * 13:>8}   NYSE  AMEX  DJIA" for i in range(3000))
    assert detect_language(table + "\n" + (FRENCH + "\n") * 200) == "fr"


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        (f"Council approves the budget\n\n{ENGLISH}\n", "en"),
        (f"Regierung beschließt den Haushalt\n\n{GERMAN}\n", "de"),
        (f"Le conseil vote le budget\n\n{FRENCH}\n", "fr"),
    ],
)
def test_each_article_carries_its_language(raw, language):
    article = clean_story(raw)
    assert article.language == language
    assert article.flags is not None and article.flags.language == language
    assert "language could not be told" not in " ".join(article.flags.weaknesses())


def test_each_story_on_a_page_has_its_own_language():
    raw = f"Council approves the budget\n\n{ENGLISH}\n\nRegierung beschließt\n\n{GERMAN}\n"
    page = clean(raw, story_starts=[5])
    assert [s.language for s in page.stories] == ["en", "de"]
    assert [s.flags.language for s in page.stories] == ["en", "de"]
    assert page.to_json()["language"] == "en"


@pytest.mark.parametrize(
    ("story", "page", "expected"),
    [
        (ENGLISH, "en", "en"),
        (GERMAN, "en", "de"),  # a foreign column
        (FRENCH, "de", "fr"),
        ("Shots. Bang, bang.", "fr", "fr"),  # too little to tell: the page's language
    ],
)
def test_a_story_keeps_the_page_language_unless_it_reads_otherwise(story, page, expected):
    assert story_language(story * 20, page) == expected


def test_a_story_in_the_page_language_is_settled_by_a_glance(monkeypatch):
    read = []
    detect = language.detect_language

    def spy(text, size=language.PAGE_SAMPLE):
        read.append(size)
        return detect(text, size)

    monkeypatch.setattr(language, "detect_language", spy)
    assert story_language(ENGLISH * 20, "en") == "en"
    assert read == [language.QUICK_SAMPLE]
    read.clear()
    # Found otherwise, the story is read at the larger sample before it is called foreign.
    assert story_language(GERMAN * 20, "en") == "de"
    assert read == [language.QUICK_SAMPLE, language.STORY_SAMPLE]


def test_an_undetermined_language_is_flagged_for_review():
    article = clean_story("Shots\n\nBang, bang.\n")
    assert article.language == "und"
    assert "The language could not be told." in article.flags.weaknesses()


def test_a_french_article_is_cleaned_in_french():
    raw = (
        "Le maire défend son budget\n"
        "\n"
        "Le maire a présenté mardi son budget devant le conseil municipal.\n"
        "«\u00a0Nous n'augmenterons pas les impôts\u00a0», a-t-il déclaré\u00a0; l'opposition\n"
        'parle d\'un budget "insuffisant" . Le gouverne-\n'
        "ment n'a pas réagi, mais peut-\n"
        "être le fera-t-il demain.\n"
    )
    article = clean_story(raw)
    assert article.language == "fr"
    assert article.paragraphs == [
        "Le maire a présenté mardi son budget devant le conseil municipal. «\u00a0Nous "
        "n’augmenterons pas les impôts\u00a0», a-t-il déclaré\u00a0; l’opposition parle d’un "
        "budget «insuffisant». Le gouvernement n’a pas réagi, mais peut-être le fera-t-il demain."
    ]


def test_a_german_fraktur_article_is_cleaned_in_german():
    raw = (
        "Die Regierung und der Haushalt\n"
        "\n"
        "Die Bundes-\n"
        "regierung hat am Dienstag beſchloſſen, den Haushalt vorzulegen. ,,Wir werden die\n"
        'Steuern nicht erhöhen", sagte der Kanzler vor der Presse . Die Regie=\n'
        "rung will außerdem den Nord=\n"
        "Atlantik-Pakt stärken. |ch glaube nicht, dass das reicht, sagte ein Sprecher.\n"
    )
    article = clean_story(raw)
    assert article.language == "de"
    assert article.paragraphs == [
        "Die Bundesregierung hat am Dienstag beschlossen, den Haushalt vorzulegen. „Wir werden "
        "die Steuern nicht erhöhen“, sagte der Kanzler vor der Presse. Die Regierung will "
        "außerdem den Nord-Atlantik-Pakt stärken. Ich glaube nicht, dass das reicht, sagte ein "
        "Sprecher."
    ]
    kinds = {c.kind for c in article.changes}
    assert {"dehyphenated", "repaired", "quotes", "whitespace"} <= kinds
