"""Captions set in the running text, credits in less common forms, an inset label on a line
of its own, and paragraphs marked by indentation."""

from __future__ import annotations

import pytest

from newsroom.cleaning.captions import split_credit, standalone_credit
from tests.newsroom.cleaning_util import MODEL_MISS, clean_story

HEAD = "Bridge to Stay Closed\n\n"


@pytest.mark.parametrize(
    ("printed", "caption", "credit"),
    [
        (
            "Agnes Muller as a young teacher in 1941. Courtesy of the Muller family",
            "Agnes Muller as a young teacher in 1941.",
            "Courtesy of the Muller family",
        ),
        (
            "The rail yards on a summer evening. (Photo: AFP)",
            "The rail yards on a summer evening.",
            "AFP",
        ),
        (
            "A man wades through a flooded street. EPA-EFE/Linh Pham",
            "A man wades through a flooded street.",
            "EPA-EFE/Linh Pham",
        ),
        (
            "Residents tend vegetable beds. Photograph: Sam Cole/Getty Images",
            "Residents tend vegetable beds.",
            "Sam Cole/Getty Images",
        ),
        (
            "Tobias Klein am Samstag vor dem Rathaus. Tobias Becker/dpa",
            "Tobias Klein am Samstag vor dem Rathaus.",
            "Tobias Becker/dpa",
        ),
        # German labels, and a label or © with no colon before an agency
        (
            "Helfer füllen Sandsäcke am Rheinufer. Foto: dpa",
            "Helfer füllen Sandsäcke am Rheinufer.",
            "dpa",
        ),
        ("Helfer am Ufer. Bild: Keystone", "Helfer am Ufer.", "Keystone"),
        (
            "Des habitants évacuent leur maison. Photo AFP",
            "Des habitants évacuent leur maison.",
            "AFP",
        ),
        ("Des habitants évacuent leur maison. © AFP", "Des habitants évacuent leur maison.", "AFP"),
        # the French label, with the colon set apart as French sets it
        (
            "L'incident s'est produit à Maripasoula. Crédit : Julien Martin",
            "L'incident s'est produit à Maripasoula.",
            "Julien Martin",
        ),
        # a lower-case word that spells an agency is none
        ("He spoke at the meeting in the pa", "He spoke at the meeting in the pa", None),
        # the paper's own photographer, after a sentence
        ("Crowds gather outside. Staff Photo", "Crowds gather outside.", "Staff Photo"),
        (
            "Crowds gather outside. Courier Photo by Jim Bell",
            "Crowds gather outside.",
            "Courier Photo by Jim Bell",
        ),
        (
            "Crowds gather outside. Herald Staff Photograph",
            "Crowds gather outside.",
            "Herald Staff Photograph",
        ),
        ("Crowds gather outside. Photo by Jim Bell", "Crowds gather outside.", "Jim Bell"),
        ("We looked at the old photo", "We looked at the old photo", None),
        # the label without its colon, as French and German regional papers set it
        (
            "Les chalutiers à quai lundi matin. Photo Jean Dupuis",
            "Les chalutiers à quai lundi matin.",
            "Jean Dupuis",
        ),
        ("Die Fischer am Kai. Foto Hans Meier", "Die Fischer am Kai.", "Hans Meier"),
        ("« Quelle joie ». PHOTO OUEST-FRANCE", "« Quelle joie ».", "OUEST-FRANCE"),
        # but not a word in small letters after it, nor the label inside a sentence
        ("Le maire. Photo archives", "Le maire. Photo archives", None),
        ("He waited by the Photo Booth", "He waited by the Photo Booth", None),
    ],
)
def test_credit_forms(printed, caption, credit):
    assert split_credit(printed) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Tobias Becker/dpa", "Tobias Becker/dpa"),  # an agency that writes itself small
        ("Léa Rousseau/AFP", "Léa Rousseau/AFP"),
        ("Tom Doyle/Reuters", "Tom Doyle/Reuters"),
        # a name that opens on an accented capital
        ("AP Photo/Élodie Laurent", "AP Photo/Élodie Laurent"),
        ("Émile Garcia/AFP", "Émile Garcia/AFP"),
        ("Tobias Becker/dpatch", None),  # no agency: a word after the slash
        ("and/or", None),
    ],
)
def test_a_credit_alone_on_its_line(line, credit):
    assert standalone_credit(line) == credit


@pytest.mark.parametrize(
    ("caption_line", "text", "credit"),
    [
        (
            "A man wades through a flooded street in the delta. EPA-EFE/Linh Pham",
            "A man wades through a flooded street in the delta.",
            "EPA-EFE/Linh Pham",
        ),
        (
            "Kofi Mensah celebrates his winning goal. Photo: Lisa Grant",
            "Kofi Mensah celebrates his winning goal.",
            "Lisa Grant",
        ),
        (
            "The rebuilt hall on its first evening back in use. harbourtrust.org.uk",
            "The rebuilt hall on its first evening back in use.",
            "harbourtrust.org.uk",
        ),
    ],
)
def test_a_caption_between_paragraphs_without_blank_lines_is_lifted_out(caption_line, text, credit):
    raw = (
        f"{HEAD}"
        "   Officials said on Tuesday that the bridge would stay closed for at least\n"
        "another week while engineers inspect the damage.\n"
        f"{caption_line}\n"
        "   Traffic has been diverted through the town centre, where shop owners say\n"
        "trade has fallen sharply since the closure began.\n"
    )
    article = clean_story(raw)
    assert [(b.text, b.credit) for b in article.captions] == [(text, credit)]
    assert [b.kind for b in article.body] == ["paragraph", "figure", "paragraph"]


@MODEL_MISS
def test_prose_ending_in_a_slash_pair_mid_sentence_is_not_a_caption():
    raw = (
        f"{HEAD}"
        "The survey was run for the council. It was done by a joint BBC/Reuters\n"
        "Ipsos team that polled 2,000 people in the town over two weeks in May.\n"
    )
    article = clean_story(raw)
    assert article.captions == []
    assert len(article.paragraphs) == 1


@MODEL_MISS
def test_an_inset_label_alone_on_its_line_takes_the_title_below_it():
    raw = (
        f"{HEAD}"
        "Officials said on Tuesday that the bridge would stay closed for another week.\n\n"
        "Related article:\n"
        "Flood Waters Reach the Old Town\n"
        "Heavy rain pushed the river over its banks on Sunday.\n\n"
        "Traffic has been diverted through the town centre.\n"
    )
    article = clean_story(raw)
    assert article.insets == [
        "Related article: Flood Waters Reach the Old Town\n"
        "Heavy rain pushed the river over its banks on Sunday."
    ]
    assert len(article.paragraphs) == 2


def test_indented_first_lines_of_blocks_mark_paragraphs_inside_a_block():
    raw = (
        f"{HEAD}"
        "   Salmon have been seen spawning in the upper reaches of the river for the\n"
        "first time since the 1970s, scientists said on Wednesday, crediting a long\n"
        "effort to remove old dams and weirs from the smaller streams of the valley.\n"
        "   Volunteers counted more than 200 nests in streams where none had been seen\n"
        "in living memory, said the fisheries biologist who led the count this year.\n\n"
        "   Not everyone is celebrating. Some landowners say the work has increased\n"
        "flooding downstream, a claim the river trust disputes.\n"
    )
    article = clean_story(raw)
    assert [p.split()[0] for p in article.paragraphs] == ["Salmon", "Volunteers", "Not"]


def test_a_credit_set_over_its_caption_is_that_captions():
    raw = (
        "Photo: Reuters\n"
        "Firefighters battle the blaze in the hills above the city on Sunday.\n"
        "Wildfire forces evacuation of hillside homes\n\n"
        "By James Carter\n\n"
        "Hundreds of residents were ordered to leave their homes on Sunday as a fast-moving\n"
        "wildfire spread through dry brush in the hills above the city.\n\n"
        "Fire officials said the blaze had burned more than 2,000 acres by the afternoon.\n"
    )
    article = clean_story(raw)
    assert article.headline == "Wildfire forces evacuation of hillside homes"
    assert [(b.text, b.credit, b.lines) for b in article.captions] == [
        ("Firefighters battle the blaze in the hills above the city on Sunday.", "Reuters", (1, 2))
    ]
    assert article.flags.unaccounted_lines == ()


_WEIMAR = (
    "Neue Brücke über die Ilm freigegeben\n"
    "Von Sabine Krüger\n"
    "Weimar. Nach zwei Jahren Bauzeit ist die neue Brücke über die Ilm am\n"
    "Montag für den Verkehr freigegeben worden. Oberbürgermeister Peter Kleine\n"
    "sprach von einem wichtigen Tag für die Stadt.\n"
    "Die Baukosten lagen mit 8,4 Millionen Euro leicht über der Planung. Grund\n"
    "seien gestiegene Preise für Stahl gewesen, sagte ein Sprecher der Stadt.\n"
    "Foto: Stadt Weimar\n"
)
_FERRY = (
    "COUNCIL BACKS NEW FERRY TERMINAL\n"
    "\n"
    "The council voted on Wednesday night to approve a new ferry terminal at the\n"
    "north quay, ending a dispute that has run for almost a decade.\n"
    '"This is a good day for the town," said the council leader, Tom Reid.\n'
    "Photo: The north quay at dusk. (Gazette/J. Hall)\n"
)
_TOOLS = (
    "La médiathèque prête désormais des outils\n"
    "Par Claire Dubois\n"
    "Depuis lundi, la médiathèque municipale prête des outils de bricolage\n"
    "aux habitants du quartier. Le service, gratuit, est réservé aux abonnés.\n"
    "Un succès immédiat\n"
    "Dès le premier jour, une quarantaine d’outils ont été empruntés. La ville\n"
    "envisage d’étendre le service aux autres bibliothèques l’an prochain.\n"
    "Photo Le Progrès / Marc Petit\n"
)


@pytest.mark.parametrize(
    ("raw", "last", "captions"),
    [
        # the last paragraph over the photo's credit alone
        (_WEIMAR, "Die Baukosten lagen", [("", "Stadt Weimar")]),
        # the line over a labelled caption
        (
            _FERRY,
            "said the council leader",
            [("Photo: The north quay at dusk.", "Gazette/J. Hall")],
        ),
        # the paragraph under a subhead, over the photo's credit alone
        (_TOOLS, "Dès le premier jour", [("", "Photo Le Progrès / Marc Petit")]),
    ],
)
def test_the_text_over_a_photo_credit_stays_the_text(raw, last, captions):
    """A paragraph of the text does not turn into a caption because a photo's credit or
    caption follows it."""
    story = clean_story(raw)
    assert last in story.paragraphs[-1]
    assert [(c.text, c.credit) for c in story.captions] == captions
