"""Articles copied from a web page: time stamps, buttons, standfirsts, credits over their
captions, bullet lists and related-link boxes."""

from __future__ import annotations

import pytest

from newsroom.cleaning import clean
from newsroom.cleaning.furniture import copied_label
from newsroom.cleaning.header import byline_name
from newsroom.cleaning.running import relative_stamp, timestamp
from tests.newsroom.cleaning_util import clean_story

FED = """Central bank holds rates steady as inflation cools

Policymakers signal cuts could come later this year

By Maria Gonzalez and Tom Becker
Published March 20, 2024 at 2:15 p.m. ET
Updated March 20, 2024 at 4:40 p.m. ET

WASHINGTON — The Federal Reserve left interest rates unchanged on Wednesday but signaled \
that it still expects to cut borrowing costs three times this year as inflation continues \
to ease.

The decision, which was widely expected, keeps the benchmark rate in a range of 5.25 \
percent to 5.5 percent, the highest level in more than two decades.

Advertisement

"We are not yet confident that inflation is moving sustainably down," the chair said at a \
news conference after the meeting.

Key points:
• Rates unchanged for a fifth straight meeting
• Three cuts still expected in 2024
• Growth forecast raised to 2.1 percent

Markets rallied after the announcement, with the S&P 500 closing at a record high.

(Photo by Alex Wong/Getty Images)
The Federal Reserve building in Washington.

Share this article
"""


def test_a_copied_web_article_comes_out_whole_and_in_its_parts():
    page = clean(FED)
    story = clean_story(FED)
    assert story.headline == "Central bank holds rates steady as inflation cools"
    assert story.deck == ["Policymakers signal cuts could come later this year"]
    assert story.byline == "Maria Gonzalez and Tom Becker"
    assert story.dateline == "March 20, 2024"
    assert story.flags.unaccounted_lines == ()  # every raw word is in the story or removed
    assert [(c.text, c.credit) for c in story.captions] == [
        ("The Federal Reserve building in Washington.", "Alex Wong/Getty Images")
    ]
    assert story.paragraphs[-4:] == [
        "Rates unchanged for a fifth straight meeting",
        "Three cuts still expected in 2024",
        "Growth forecast raised to 2.1 percent",
        "Markets rallied after the announcement, with the S&P 500 closing at a record high.",
    ]
    removed = {(r.text, r.reason) for r in page.removed}
    assert ("Share this article", "page control") in removed
    assert ("Advertisement", "advertisement label") in removed
    # What the first time stamp prints besides the date is reported, in the order printed;
    # the second is left out whole.
    assert ("Published at 2:15 p.m. ET", "running head") in removed
    assert ("Updated March 20, 2024 at 4:40 p.m. ET", "running head") in removed


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published March 20, 2024 at 2:15 p.m. ET", "March 20, 2024"),
        ("Published 3:45 PM EST, Mon March 4, 2024", "March 4, 2024"),
        ("Stand: 12.03.2024, 14:30 Uhr", "12.03.2024, 14:30 Uhr"),
        ("Aktualisiert am 12.03.2024 um 16:05 Uhr", "12.03.2024"),
        ("Publié le 12 mars 2024 à 14h30, mis à jour à 16h05", "12 mars 2024"),
        # how long ago it was updated
        ("March 20, 2024 7:12 AM GMT Updated 2 hours ago", "March 20, 2024 7:12 AM GMT"),
        ("12. März 2024, aktualisiert vor 3 Stunden", "12. März 2024"),
        ("Publié le 12 mars 2024, mis à jour il y a 2 heures", "12 mars 2024"),
        ("March 20, 2024 was a good day", None),
        ("He left on March 20, 2024 at noon", None),  # a sentence with a date in it
        ("SALEM, OREGON, WEDNESDAY, JANUARY 5, 1916", None),
    ],
)
def test_a_time_stamp_is_its_date_and_nothing_else(line, date):
    assert timestamp(line) == date


@pytest.mark.parametrize(
    ("line", "control"),
    [
        ("Share this article", True),
        ("Artikel teilen", True),
        ("Partager cet article", True),
        ("Sign up for our daily newsletter", True),
        ("Shares rose 5% on Monday", False),
        ("Print media is changing", False),
        # share buttons named alone, or in a row
        ("Facebook", True),
        ("Twitter | LinkedIn | Email", True),
        ("Facebook is fined in Ireland", False),
        # a breadcrumb trail
        ("Home > News > Local", True),
        ("News › UK › Politics", True),
        ("Startseite / Politik / Ausland", True),
        ("Prices rose > 5% in May", False),
        ("a chapeauté l›étude.", False),  # an apostrophe misread
        ("Paris / Lyon / Marseille", False),  # a slash from no site's home
    ],
)
def test_a_web_pages_buttons_are_told_from_text(line, control):
    assert (copied_label(line) == "page control") == control


def test_a_german_time_stamp_is_the_date_and_a_subhead_under_a_link_box_stays_text():
    raw = (
        "Bahnstreik: Pendler müssen sich auf Ausfälle einstellen\n\n"
        "Stand: 12.03.2024, 14:30 Uhr\n\n"
        "Die Lokführergewerkschaft GDL hat erneut zu einem Streik aufgerufen. Ab Mittwochmorgen"
        " sollen bundesweit Fern- und Regionalzüge stillstehen.\n\n"
        "„Wir bedauern die Auswirkungen für unsere Fahrgäste“, sagte eine Bahnsprecherin am"
        " Dienstag. Ein Notfahrplan soll einen Teil der Verbindungen sichern.\n\n"
        "Lesen Sie auch: Was Fahrgäste bei Zugausfällen wissen müssen\n\n"
        "Verhandlungen gescheitert\n\n"
        "Die Tarifverhandlungen zwischen der Bahn und der GDL waren am Wochenende erneut"
        " abgebrochen worden. Beide Seiten warfen sich gegenseitig vor, nicht kompromissbereit"
        " zu sein.\n"
    )
    story = clean_story(raw)
    assert story.byline is None
    assert story.dateline == "12.03.2024, 14:30 Uhr"
    assert story.insets == ["Lesen Sie auch: Was Fahrgäste bei Zugausfällen wissen müssen"]
    assert "Verhandlungen gescheitert" not in " ".join(story.insets)


def test_a_french_time_stamp_is_not_glued_to_the_headline():
    raw = (
        "Incendie dans un entrepôt : les pompiers toujours mobilisés\n\n"
        "Publié le 12 mars 2024 à 14h30, mis à jour à 16h05\n\n"
        "Par Le Monde avec AFP\n\n"
        "Un important incendie s'est déclaré mardi matin dans un entrepôt de la zone"
        " industrielle de Gennevilliers. Plus de cent pompiers étaient mobilisés.\n\n"
        "« Le feu est désormais circonscrit », a indiqué la préfecture. Aucun blessé n'est"
        " à déplorer.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.headline == "Incendie dans un entrepôt : les pompiers toujours mobilisés"
    assert story.dateline == "12 mars 2024"
    assert [(r.text, r.reason) for r in page.removed] == [
        ("Publié le à 14h30, mis à jour à 16h05", "running head")
    ]


def test_a_bbc_style_page_keeps_its_caption_credit_and_date_apart_from_the_byline():
    raw = (
        "Volcano erupts in Iceland for the fourth time since December\n\n"
        "By Jane Holloway\n"
        "BBC News\n"
        "Published 16 March 2024\n\n"
        "Image source, Getty Images\n"
        "Image caption, Lava fountains lit up the night sky near the town of Grindavik\n\n"
        "A volcano in south-west Iceland has erupted for the fourth time since December,"
        " sending lava flowing towards a nearby town.\n\n"
        "The eruption began on Saturday evening between two mountains, the Icelandic Met"
        " Office said.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.byline == "Jane Holloway, BBC News"
    assert story.dateline == "16 March 2024"
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Lava fountains lit up the night sky near the town of Grindavik", "Getty Images")
    ]
    assert ("Image caption,", "page control") in [(r.text, r.reason) for r in page.removed]
    assert story.flags.unaccounted_lines == ()


def test_a_standfirst_under_the_headline_and_a_writer_over_the_time_stamp():
    raw = (
        "Heatwave pushes temperatures past 40C in southern Europe\n"
        "Authorities issue red alerts as tourists are urged to stay indoors during the"
        " hottest hours\n\n"
        "Lucy Brennan in Rome\n"
        "Tue 18 Jul 2023 14.05 BST\n\n"
        "Tourists shelter from the sun near the Colosseum in Rome. Photograph: Andrew"
        " Medichini/AP\n\n"
        "Temperatures climbed past 40C across much of southern Europe on Tuesday as a"
        " heatwave tightened its grip.\n\n"
        "In Rome, the health ministry placed 20 cities on its highest alert level.\n\n"
        "Firefighters in Greece battled wildfires on the outskirts of Athens.\n"
    )
    story = clean_story(raw)
    assert story.headline == "Heatwave pushes temperatures past 40C in southern Europe"
    assert story.deck == [
        "Authorities issue red alerts as tourists are urged to stay indoors during the"
        " hottest hours"
    ]
    assert story.byline == "Lucy Brennan in Rome"
    assert story.dateline == "18 Jul 2023 14.05 BST"
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Tourists shelter from the sun near the Colosseum in Rome.", "Andrew Medichini/AP")
    ]


def test_a_german_page_with_kicker_teaser_and_stamp_under_the_byline():
    raw = (
        "Energiewende\n"
        "Solarausbau erreicht neuen Rekord\n\n"
        "Noch nie wurden in Deutschland so viele Solaranlagen installiert wie im vergangenen"
        " Jahr. Die Branche rechnet mit weiterem Wachstum – warnt aber vor Engpässen.\n\n"
        "Von Jonas Weber\n"
        "14.01.2024, 10.22 Uhr\n\n"
        "Solarmodule auf einem Dach in Freiburg\n"
        "Foto: Patrick Seeger / dpa\n\n"
        "Der Ausbau der Solarenergie in Deutschland hat 2023 einen neuen Höchststand erreicht."
        " Nach Angaben der Bundesnetzagentur wurden rund 14 Gigawatt neu installiert.\n\n"
        "Das ist fast doppelt so viel wie im Jahr zuvor. Besonders stark wuchs die Zahl kleiner"
        " Anlagen auf Balkonen.\n\n"
        "»Wir sehen eine enorme Nachfrage«, sagte der Hauptgeschäftsführer des"
        " Branchenverbands. Es fehle aber an Fachkräften.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert (story.kicker, story.headline) == ("Energiewende", "Solarausbau erreicht neuen Rekord")
    assert story.deck[0].startswith("Noch nie wurden in Deutschland")
    assert story.byline == "Jonas Weber"
    assert story.dateline == "14.01.2024, 10.22 Uhr"
    assert page.removed == []  # the date is the dateline, not a masthead removed
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Solarmodule auf einem Dach in Freiburg", "Patrick Seeger / dpa")
    ]


def test_a_headline_over_its_standfirst_is_not_taken_for_a_masthead():
    raw = (
        "Le gouvernement présente son plan pour l'hôpital\n\n"
        "Le ministre de la santé a détaillé mardi une série de mesures destinées à désengorger"
        " les urgences.\n\n"
        "Par Jean Dupont\n"
        "Temps de Lecture 3 min.\n\n"
        "Article réservé aux abonnés\n\n"
        "Le gouvernement a présenté, mardi 12 mars, un plan de 2 milliards d'euros pour"
        " l'hôpital public. Les mesures visent d'abord les services d'urgences.\n\n"
        "« Nous devons agir vite », a déclaré le ministre. Les syndicats jugent ces annonces"
        " insuffisantes.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.headline == "Le gouvernement présente son plan pour l’hôpital"
    assert story.deck == [
        "Le ministre de la santé a détaillé mardi une série de mesures destinées à désengorger"
        " les urgences."
    ]
    assert story.byline == "Jean Dupont"
    assert [p[:20] for p in story.paragraphs] == ["Le gouvernement a pr", "« Nous devons agir v"]
    assert [(r.text, r.reason) for r in page.removed] == [
        ("Temps de Lecture 3 min.\nArticle réservé aux abonnés", "page control")
    ]


def test_a_credit_run_into_its_caption_with_dots_as_one_great_paper_sets_it():
    raw = (
        "Ukraine's Farmers Race to Plant Before the Spring Rains\n\n"
        "Listen to this article · 5:12 min Learn more\n"
        "Share full article\n\n"
        "A farmer inspected his field near Kherson last week.Credit...Finbarr O'Reilly for"
        " The New York Times\n\n"
        "By Andrew E. Kramer\n\n"
        "March 12, 2024\n\n"
        "Farmers in southern Ukraine are rushing to plant wheat and sunflowers before the"
        " spring rains turn their fields to mud.\n\n"
        "Many fields are still littered with mines and unexploded shells.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.deck == []
    assert [(c.text, c.credit) for c in story.captions] == [
        (
            "A farmer inspected his field near Kherson last week.",
            "Finbarr O'Reilly for The New York Times",
        )
    ]
    assert {r.reason for r in page.removed if "article" in r.text} == {"page control"}
    assert story.flags.unaccounted_lines == ()


def test_a_tables_rows_of_dates_and_figures_are_no_time_stamps():
    from newsroom.cleaning.lines import Line
    from newsroom.cleaning.structure import time_stamps

    texts = ["12.03.1896 45", "13.03.1896 47", "Die Preise stiegen am Montag weiter an."]
    items = [Line(n, t, t, t, 0, False) for n, t in enumerate(texts, 1)]
    labels = ["table", "table", "pstart"]
    assert time_stamps(items, labels) == []
    labels = ["caption", "table", "pstart"]
    assert time_stamps(items, labels) == [0]  # read as a caption, the first is the date line


@pytest.mark.parametrize(
    ("name", "outlet", "byline"),
    [
        ("By Jane Holloway", "BBC News", "Jane Holloway, BBC News"),
        ("By PERRY ARNOLD", "The Associated Press", "PERRY ARNOLD, The Associated Press"),
        ("By Tom Becker", "Reuters", "Tom Becker, Reuters"),
        (
            "By Andrew E. Kramer",
            "Reporting from Kherson, Ukraine",
            "Andrew E. Kramer, Reporting from Kherson, Ukraine",
        ),
        # A name wrapped over two lines is one name.
        ("By Mary Ann", "Evans", "Mary Ann Evans"),
    ],
)
def test_the_paper_under_a_writers_name_is_set_off_from_it(name, outlet, byline):
    raw = (
        f"Storm cuts power to thousands along the coast\n\n{name}\n{outlet}\n\n"
        "The storm hit the coast on Monday night and left thousands of homes without power"
        " across the region, the utility said.\n"
    )
    assert clean_story(raw).byline == byline


def test_the_bar_after_a_related_links_label_is_kept_and_not_reported_as_noise():
    raw = (
        "Le gouvernement présente son plan pour l'hôpital\n\n"
        "Par Claire Martin\n\n"
        "Le ministre de la santé a présenté mercredi un plan de financement pour les hôpitaux"
        " publics, qui prévoit la création de dix mille postes d'infirmiers.\n\n"
        "Lire aussi | Les urgences saturées dans plusieurs villes de France\n\n"
        "Les syndicats ont salué un premier pas mais jugent les moyens insuffisants face à la"
        " pénurie de personnel.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.insets == ["Lire aussi | Les urgences saturées dans plusieurs villes de France"]
    assert not [c for c in page.changes if c.reason == "margin noise"]


STANDFIRST = "Health leaders say extra funding must go to community care, not just hospitals"


@pytest.mark.parametrize(
    "header",
    [
        f"\n{STANDFIRST}\n\nJane Doe Health correspondent\n",
        f"{STANDFIRST}\n\nJane Doe Health correspondent\n",
        f"\n{STANDFIRST}\nJane Doe Health correspondent\n",
    ],
    ids=["blank-lines-around", "under-the-headline", "over-the-byline"],
)
def test_a_standfirst_over_a_writer_and_job_is_the_deck_not_the_byline(header):
    raw = (
        "Ministers urged to act as NHS waiting lists hit record high\n"
        f"{header}"
        "Tue 5 Mar 2024 14.30 GMT\n\n"
        "NHS waiting lists in England have reached a record 7.8 million, according to figures"
        " published on Tuesday, prompting calls for ministers to act.\n\n"
        "The figures show that more than 400,000 people have waited over a year for"
        " treatment.\n"
    )
    story = clean_story(raw)
    assert story.headline == "Ministers urged to act as NHS waiting lists hit record high"
    assert story.deck == [STANDFIRST]
    assert story.byline == "Jane Doe, Health correspondent"


def test_a_headline_over_the_date_and_reading_time_is_not_taken_for_a_masthead():
    raw = (
        "Bahnstreik: Was Fahrgäste jetzt wissen müssen\n\n"
        "5. März 2024, 14:30 Uhr\n"
        "Lesezeit: 3 Min.\n\n"
        "Die Lokführergewerkschaft GDL hat erneut zu einem Streik im Personenverkehr"
        " aufgerufen. Betroffen sind Fern- und Regionalzüge in ganz Deutschland.\n\n"
        "Die Deutsche Bahn kündigte einen Notfahrplan an. Fahrgäste sollten sich vor"
        " Reiseantritt informieren.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.headline == "Bahnstreik: Was Fahrgäste jetzt wissen müssen"
    assert story.flags.headline_printed
    assert story.dateline == "5. März 2024, 14:30 Uhr"
    assert "masthead" not in [r.reason for r in page.removed]


def test_a_papers_name_over_a_story_without_a_headline_stays_its_masthead():
    raw = (
        "THE NORTHERN GAZETTE\n\n"
        "Tuesday, March 5, 2024\n\n"
        "The council voted on Monday night to close the old library on Bridge Street and"
        " move its books to the new community centre by the end of the year.\n\n"
        "Residents who spoke at the meeting were divided over the plan.\n"
    )
    page = clean(raw)
    assert page.story.headline != "THE NORTHERN GAZETTE"
    assert ("THE NORTHERN GAZETTE", "masthead") in [(r.text, r.reason) for r in page.removed]


def test_a_quotation_and_a_contributor_line_of_a_copied_page_are_paragraphs_not_captions():
    raw = (
        "Tornadoes tear through Ohio, killing at least three\n\n"
        "By Jane Doe and Mark Lee, CNN\n\n"
        "Updated 10:32 AM EST, Fri March 15, 2024\n\n"
        "(CNN) — At least three people were killed after tornadoes tore through parts of"
        " Ohio late Thursday, officials said, as a line of severe storms moved across the"
        " Midwest.\n\n"
        "The storms damaged dozens of homes in Logan County, where rescue crews were"
        " searching through debris on Friday morning.\n\n"
        '"It looks like a war zone," the county sheriff told reporters.\n\n'
        "CNN's Sam Green contributed to this report.\n"
    )
    story = clean_story(raw)
    assert story.captions == []
    assert story.paragraphs[-2:] == [
        "“It looks like a war zone,” the county sheriff told reporters.",
        "CNN’s Sam Green contributed to this report.",
    ]
    assert story.byline == "Jane Doe and Mark Lee, CNN"


def test_a_wire_storys_stamp_and_its_desk_credit_stay_with_the_one_story():
    raw = (
        "UK inflation falls to lowest level in nearly three years\n\n"
        "By William Schomberg and Andy Bruce\n\n"
        "March 20, 2024 7:12 AM GMT Updated 2 hours ago\n\n"
        "LONDON, March 20 (Reuters) - British inflation fell more than expected last month to"
        " its lowest level since September 2021, official data showed on Wednesday.\n\n"
        "Economists polled by Reuters had expected a reading of 3.5%.\n\n"
        "Reporting by William Schomberg; Editing by Catherine Evans\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    story = clean_story(raw)
    assert story.dateline == "March 20, 2024 7:12 AM GMT"
    assert story.byline == "William Schomberg and Andy Bruce"
    assert story.paragraphs[-2] == "Reporting by William Schomberg; Editing by Catherine Evans"


def test_a_standfirst_over_the_byline_is_a_deck_and_the_stamp_under_it_the_date():
    raw = (
        "Streit um den Haushalt\n\n"
        "Koalition ringt um Milliardenloch\n\n"
        "Die Ampel sucht nach einem Ausweg aus der Haushaltskrise. Der Finanzminister will"
        " sparen, die Grünen wollen investieren.\n\n"
        "Von Max Mustermann und Erika Musterfrau\n\n"
        "05.03.2024, 14.30 Uhr\n\n"
        "Die Verhandlungen über den Bundeshaushalt für das kommende Jahr sind am Dienstag"
        " ohne Ergebnis vertagt worden. Nach Angaben aus Koalitionskreisen fehlen weiterhin"
        " rund 17 Milliarden Euro.\n\n"
        "Der Finanzminister bekräftigte, dass er an der Schuldenbremse festhalten wolle.\n"
    )
    story = clean_story(raw)
    assert story.deck[-1].startswith("Die Ampel sucht nach einem Ausweg")
    assert story.byline == "Max Mustermann und Erika Musterfrau"
    assert story.dateline == "05.03.2024, 14.30 Uhr"
    assert story.paragraphs[0].startswith("Die Verhandlungen über den Bundeshaushalt")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Von Max Mustermann und Erika Musterfrau", "Max Mustermann und Erika Musterfrau"),
        ("Par Jean Dupont et Claire Martin", "Jean Dupont et Claire Martin"),
        ("Von der Leyen und die EU", None),
    ],
)
def test_two_writers_are_named_in_the_papers_language(line, name):
    assert byline_name(line) == name


def test_controls_over_the_headline_are_removed_before_the_page_is_read():
    raw = (
        "Supported by\n\nSKIP ADVERTISEMENT\n\n"
        "Judge Rules Against Tech Giant in Landmark Antitrust Case\n\n"
        "The decision could force changes to how the company runs its search business.\n\n"
        "By Jane Roe and Sam Poe\n\nAug. 5, 2024\n\n"
        "A federal judge ruled on Monday that the company had illegally maintained a monopoly"
        " in online search, a landmark decision that could reshape the technology industry.\n\n"
        "The ruling is the first major decision in a series of government cases against the"
        " largest technology companies.\n\nSKIP ADVERTISEMENT\n\n"
        "The company said it would appeal.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.headline == "Judge Rules Against Tech Giant in Landmark Antitrust Case"
    assert story.deck == [
        "The decision could force changes to how the company runs its search business."
    ]
    assert story.byline == "Jane Roe and Sam Poe"
    assert story.paragraphs[-1] == "The company said it would appeal."
    assert {r.reason for r in page.removed} == {"advertisement label"}


def test_a_stamp_without_a_date_is_removed_and_the_paper_with_its_agency_is_the_byline():
    raw = (
        "Le Sénat adopte le projet de loi sur l'immigration\n\n"
        "Le texte, durci par la majorité sénatoriale, doit maintenant être examiné par"
        " l'Assemblée nationale.\n\n"
        "Le Monde avec AFP\n\n"
        "Publié aujourd'hui à 10h30, modifié à 11h45\n\n"
        "Lecture 2 min.\n\n"
        "Le Sénat a adopté mardi soir, par 210 voix contre 115, le projet de loi sur"
        " l'immigration présenté par le gouvernement.\n\n"
        "« C'est un texte ferme et juste », s'est félicité le ministre de l'intérieur.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.byline == "Le Monde avec AFP"
    assert story.dateline is None
    assert story.paragraphs[0].startswith("Le Sénat a adopté mardi soir")
    assert [(r.text, r.reason) for r in page.removed] == [
        ("Publié aujourd'hui à 10h30, modifié à 11h45", "running head"),
        ("Lecture 2 min.", "page control"),
    ]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Publié aujourd’hui à 10h30, modifié à 11h45", True),
        ("Updated 2 hours ago", True),
        ("Aktualisiert vor 5 Minuten", True),
        ("Updated 2 hours ago, the mayor said", False),
    ],
)
def test_a_time_stamp_may_give_no_date(line, stamp):
    assert relative_stamp(line) is stamp


@pytest.mark.parametrize(
    ("sign", "byline", "last"),
    [
        ("mmu/dpa", "Max Mustermann", "mmu/dpa"),  # signed at the top: the sign is text
        ("Quelle: SZ/dpa/mane", "SZ/dpa/mane", None),  # signed only by it: the byline
    ],
)
def test_a_desks_sign_under_the_text_signs_the_story(sign, byline, last):
    top = "Von Max Mustermann\n\n" if last else ""
    raw = (
        f"Bahnstreik: Was Fahrgäste jetzt wissen müssen\n\n{top}"
        "Die Lokführergewerkschaft GDL hat erneut zu einem Streik im Personenverkehr"
        " aufgerufen. Betroffen sind Fern- und Regionalzüge in ganz Deutschland.\n\n"
        "Die Deutsche Bahn kündigte einen Notfahrplan an.\n\n"
        f"{sign}\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.byline == byline
    assert story.paragraphs[-1] == (last or "Die Deutsche Bahn kündigte einen Notfahrplan an.")
    assert page.removed == []


def test_a_related_link_with_its_bar_is_an_inset_not_a_credited_caption():
    raw = (
        "Le gouvernement présente son plan pour l'hôpital\n\n"
        "Par Jean Dupont\n\n"
        "Le gouvernement a présenté, mardi 12 mars, un plan de 2 milliards d'euros pour"
        " l'hôpital public. Les mesures visent d'abord les services d'urgences.\n\n"
        "Lire aussi | Les urgences sous tension dans plusieurs régions\n\n"
        "« Nous devons agir vite », a déclaré le ministre lors d'une conférence de presse."
        " Les syndicats jugent ces annonces insuffisantes.\n"
    )
    story = clean_story(raw)
    assert story.captions == []
    assert story.insets == ["Lire aussi | Les urgences sous tension dans plusieurs régions"]


def test_a_short_story_signed_at_its_end_keeps_its_text():
    raw = (
        "Bahnstreik: Was Fahrgäste jetzt wissen müssen\n\n"
        "Die Lokführergewerkschaft GDL hat erneut zu einem Streik im Personenverkehr"
        " aufgerufen. Betroffen sind Fern- und Regionalzüge in ganz Deutschland.\n\n"
        "Die Deutsche Bahn kündigte einen Notfahrplan an.\n\n"
        "Quelle: SZ/dpa/mane\n"
    )
    story = clean_story(raw)
    assert story.deck == [
        "Die Lokführergewerkschaft GDL hat erneut zu einem Streik im Personenverkehr"
        " aufgerufen. Betroffen sind Fern- und Regionalzüge in ganz Deutschland."
    ]
    assert story.paragraphs == ["Die Deutsche Bahn kündigte einen Notfahrplan an."]
    assert story.byline == "SZ/dpa/mane"


def test_a_short_copied_page_whose_paragraphs_look_like_captions_keeps_its_text():
    raw = (
        "Paris : un incendie ravage un immeuble du XIe arrondissement\n\n"
        "Par Le Parisien avec AFP\n"
        "Le 5 mars 2024 à 14h30, modifié le 5 mars 2024 à 16h05\n\n"
        "Un violent incendie s'est déclaré mardi matin dans un immeuble de six étages du XIe"
        " arrondissement de Paris. Une centaine de pompiers ont été mobilisés.\n\n"
        "Trois personnes ont été légèrement blessées, selon la préfecture de police.\n"
    )
    story = clean_story(raw)
    assert story.captions == []
    assert len(story.paragraphs) == 2
    assert story.byline == "Le Parisien avec AFP"
    assert story.dateline == "5 mars 2024"


def test_a_stamp_with_two_dates_and_the_buttons_under_the_byline_leave_it_alone():
    raw = (
        "Congress reaches deal to avert shutdown\n\n"
        "By Jacob Bogage and Marianna Sotomayor\n"
        "Updated March 5, 2024 at 4:42 p.m. EST|Published March 5, 2024 at 2:00 p.m. EST\n\n"
        "Gift Article\nComment 123\n\n"
        "Congressional leaders reached an agreement late Sunday on a package of spending"
        " bills that would keep most of the government funded through the end of September.\n\n"
        "The deal still needs to pass both chambers before Friday's deadline.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.byline == "Jacob Bogage and Marianna Sotomayor"
    assert story.dateline == "March 5, 2024"
    assert story.captions == []
    assert len(story.paragraphs) == 2
    assert ("Gift Article\nComment 123", "page control") in [
        (r.text, r.reason) for r in page.removed
    ]


def test_listen_and_picture_buttons_are_controls_and_the_headline_stays():
    raw = (
        "Nach Tarifeinigung: Lufthansa-Streik abgesagt\n\n"
        "Aktualisiert am 05.03.2024-14:30\n\n"
        "Artikel anhören\n\n"
        "Die Gewerkschaft Verdi hat den geplanten Warnstreik beim Bodenpersonal der Lufthansa"
        " abgesagt. Beide Seiten hätten sich in der Nacht auf einen neuen Tarifvertrag"
        " geeinigt.\n\n"
        "Bildbeschreibung einblenden\n"
        "Passagiere am Frankfurter Flughafen Bild: dpa\n\n"
        "Der Vertrag sieht eine Lohnerhöhung in zwei Stufen vor. Die Laufzeit beträgt 24"
        " Monate.\n"
    )
    page = clean(raw)
    story = clean_story(raw)
    assert story.headline == "Nach Tarifeinigung: Lufthansa-Streik abgesagt"
    assert story.dateline == "05.03.2024"
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Passagiere am Frankfurter Flughafen", "dpa")
    ]
    removed = [(r.text, r.reason) for r in page.removed]
    assert ("Artikel anhören", "page control") in removed
    assert ("Bildbeschreibung einblenden", "page control") in removed


def test_share_buttons_under_the_byline_are_no_deck():
    raw = (
        "Council approves new cycle lanes for city centre\n\n"
        "Plan will remove 200 parking spaces along the high street\n\n"
        "By Sarah Jones\n\n"
        "Share\nFacebook\nTwitter\nEmail\n\n"
        "The city council voted on Tuesday to build protected cycle lanes through the centre, "
        "a plan that will remove about 200 parking spaces.\n"
    )
    story = clean_story(raw)
    assert story.deck == ["Plan will remove 200 parking spaces along the high street"]
    assert story.byline == "Sarah Jones"


def test_a_credit_over_its_caption_between_paragraphs_is_the_captions():
    raw = (
        "Hochwasser: Stadt sperrt Uferpromenade\n\n"
        "Der Pegel der Elbe ist über Nacht um einen Meter gestiegen. Die Feuerwehr rechnet mit "
        "dem Höchststand am Donnerstag.\n\n"
        "Von Anna Schulz\n"
        "04.03.2025, 15:45 Uhr\n\n"
        "Dresden – Die Stadt hat am Mittwoch die Uferpromenade zwischen Augustusbrücke und "
        "Albertbrücke gesperrt. „Wir wollen niemanden gefährden“, sagte ein Sprecher.\n\n"
        "Foto: dpa\n"
        "Helfer füllen Sandsäcke am Terrassenufer.\n\n"
        "Nach Angaben des Umweltamtes könnte der Pegel bis auf sieben Meter steigen. Bei "
        "diesem Stand wird die zweite Alarmstufe ausgerufen.\n"
    )
    story = clean_story(raw)
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Helfer füllen Sandsäcke am Terrassenufer.", "dpa")
    ]
    assert len(story.paragraphs) == 2


def test_a_breadcrumb_over_the_headline_is_removed_not_read_into_it():
    raw = (
        "Home > News > Local\nCouncil approves new bridge\nBy Jane Smith\n\n"
        "The city council voted on Tuesday to approve the new bridge over the river, ending"
        " a debate that had lasted for three years.\n"
    )
    out = clean(raw).to_json()
    assert out["headline"] == "Council approves new bridge"
    assert [(r["text"], r["reason"]) for r in out["removed"]] == [
        ("Home > News > Local", "page control")
    ]
