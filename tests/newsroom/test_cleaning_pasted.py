"""An article pasted as a person has it: the evaluation kit's articles, set again from their
expected form in the paragraph styles people paste (``training.pasted.STYLES``), come back
as one story with their headline and byline, and the styles that mark every paragraph keep
every paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom.cleaning import clean
from newsroom.cleaning.training.corpus import Article, all_articles
from newsroom.cleaning.training.pasted import STYLES
from newsroom.cleaning.training.pasted import expected as corpus_expected
from newsroom.cleaning.training.pasted import pasted as corpus_pasted
from tests.newsroom.cleaning_util import clean_story

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"
ARTICLES = sorted(CASES.glob("*.expected.json"))


def pasted(expected: dict, style: str) -> str:
    """A kit case's expected article, pasted as ``training.pasted`` pastes the corpus's."""
    article = Article(
        id="kit",
        language="und",
        title=expected["headline"],
        paragraphs=tuple(expected["paragraphs"]),
        source="the evaluation kit",
        licence="the kit's",
        author=expected.get("byline"),
    )
    return corpus_pasted(article, style)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name.split(".")[0])
def test_a_pasted_article_is_one_story_with_its_headline_and_byline(path, style):
    expected = json.loads(path.read_text(encoding="utf-8"))
    article = clean_story(pasted(expected, style))
    assert article.headline == expected["headline"]
    assert article.byline == (expected.get("byline") or None)
    assert article.flags.unaccounted_lines == ()
    if style in ("blank", "indent"):
        assert len(article.paragraphs) == len(expected["paragraphs"])


def test_a_capital_before_a_figure_opens_no_sentence():
    """ "… calling the Air France aircraft a Boeing" / "A330, another one saying …": the
    line is a paragraph's first, not a headline over a sentence opening on "A"."""
    expected = json.loads((CASES / "dev05_gv_airfrance.expected.json").read_text("utf-8"))
    article = clean_story(pasted(expected, "blank"))
    assert article.paragraphs[-1].startswith("I have heard one of them calling")


def test_a_paragraph_on_a_line_of_its_own_is_no_headline():
    expected = json.loads((CASES / "dev02_gv_china.expected.json").read_text("utf-8"))
    # as copied from a page, with no line break after the last paragraph
    article = clean_story(pasted(expected, "line, no blank").rstrip())
    assert article.paragraphs == expected["paragraphs"]


@pytest.mark.parametrize("style", STYLES)
def test_a_headline_telling_of_something_since_a_year_is_no_tagline(style):
    """ "GM posts first annual loss since 1992" (Wikinews, CC BY 2.5) is no paper's motto
    ("Established 1872")."""
    article = next(a for a in all_articles() if a.id == "mt-31965")
    cleaned = clean_story(corpus_pasted(article, style))
    assert cleaned.headline == "GM posts first annual loss since 1992"
    assert cleaned.removed == []


@pytest.mark.parametrize("style", STYLES)
def test_a_headline_over_text_it_does_not_run_into_is_no_running_head(style):
    """The page's first line, no furniture by its form, over the text's first line."""
    article = next(a for a in all_articles() if a.id == "wnfr-44489")
    cleaned = clean_story(corpus_pasted(article, style))
    assert cleaned.headline == article.title
    if style == "short":  # a paragraph whose last line fills the column has no mark
        assert " ".join(cleaned.paragraphs) == " ".join(article.paragraphs)
    else:
        assert cleaned.paragraphs == list(article.paragraphs)


def test_a_sentence_on_a_page_of_a_paragraph_to_a_line_is_no_headline():
    """ "Le candidat des Frères Musulmans exigent la publication des résultats immédiate par
    la commission électorale." (Wikinews, CC BY 2.5) among paragraphs set one to a line."""
    article = next(a for a in all_articles() if a.id == "wnfr-44337")
    cleaned = clean_story(corpus_pasted(article, "line, no blank"))
    assert cleaned.headline == article.title
    assert cleaned.paragraphs == list(article.paragraphs)


@pytest.mark.parametrize("style", ["blank", "indent"])
def test_articles_pasted_one_after_another_are_stories_of_their_own(style):
    """Two briefs (written for the corpus, CC0) pasted into one text, their headlines in
    Title Case with no stop, as the first sets them."""
    briefs = {a.id: a for a in all_articles() if a.id in ("en-w05", "en-w08")}
    group = [briefs["en-w05"], briefs["en-w08"]]
    raw = "\n\n".join(corpus_pasted(article, style).rstrip() for article in group)
    page = clean(raw)
    assert [story.headline for story in page.stories] == [a.title for a in group]
    for story, article in zip(page.stories, group, strict=True):
        assert story.paragraphs == list(article.paragraphs)


@pytest.mark.parametrize("style", ["blank", "indent", "line"])
def test_a_pasted_headline_naming_what_follows_opens_its_story_though_a_few_words_recur(style):
    """Wikinews (CC BY 2.5, by way of the MEANTIME corpus): "Apple Inc. doubled its
    profits", "Ford Taurus to be revived" and "U.S. stocks plummet amid global sell-off"
    pasted one after another. The first two share a few words ("company", "reported"),
    as two texts on business do, but "Ford" and "Taurus" recur only under their headline,
    which is so the second story's, not a subhead of the first."""
    wire = {a.id: a for a in all_articles() if a.id in ("mt-58772", "mt-60086", "mt-61327")}
    group = [wire["mt-58772"], wire["mt-60086"], wire["mt-61327"]]
    page = clean("\n\n".join(corpus_pasted(article, style).rstrip() for article in group))
    assert [story.headline for story in page.stories] == [a.title for a in group]
    for story, article in zip(page.stories, group, strict=True):
        assert story.paragraphs == list(article.paragraphs)


def test_a_subhead_naming_what_its_story_has_named_stays_a_subhead():
    article = clean_story(
        "Harbour Ferry Fares Rise in Spring\n\n"
        "The harbour ferry company will raise its fares by ten cents from March, the council "
        "said on Tuesday, after the cost of fuel rose for the third year running.\n\n"
        "Ferry Passes Kept\n\n"
        "Monthly passes will keep their price until the autumn, and pensioners will travel "
        "free on the ferry on weekdays, the company said.\n"
    )
    assert article.subheads == ["Ferry Passes Kept"]


def test_a_subhead_in_the_headlines_form_stays_a_subhead_where_the_subject_goes_on():
    article = clean_story(
        "Ferry Services Cut Over Winter\n\n"
        "The island ferry will run four times a day instead of six from November, the "
        "ferry company said, because fewer passengers travel in the winter months.\n\n"
        "Late Ferry Times\n\n"
        "The last ferry from the island will leave at 7pm instead of 10pm, and the ferry "
        "company said passengers travelling later in the winter months could book a taxi "
        "boat.\n"
    )
    assert article.subheads == ["Late Ferry Times"]


@pytest.mark.parametrize(
    "names",
    [
        ("de-w01", "de-w04"),  # "Neue Grundschule im Baugebiet Nord eröffnet" (CC0)
        # Wikinews, CC BY 2.5: "US stock markets have their best week since November"
        ("mt-120578", "mt-122475"),
    ],
)
def test_a_pasted_headline_as_long_as_a_headings_line_opens_its_story(names):
    wire = {a.id: a for a in all_articles() if a.id in names}
    group = [wire[name] for name in names]
    page = clean("\n\n".join(corpus_pasted(article, "blank").rstrip() for article in group))
    assert [story.headline for story in page.stories] == [a.title for a in group]


def test_wire_stories_pasted_a_paragraph_to_a_line_are_told_apart():
    """Wikinews (CC BY 2.5): "Global markets surge in value" then "Japan enters recession",
    each paragraph on a line of its own: whether the subject changes is read over as many
    words as a column's lines hold, not eight whole paragraphs."""
    wire = {a.id: a for a in all_articles() if a.id in ("mt-115064", "mt-116834")}
    group = [wire["mt-115064"], wire["mt-116834"]]
    page = clean("\n\n".join(corpus_pasted(article, "line").rstrip() for article in group))
    assert [story.headline for story in page.stories] == [a.title for a in group]


def test_paragraphs_set_a_paragraph_to_a_line_are_no_box():
    """Wikinews (CC BY 2.5, by way of the MEANTIME corpus): three wire stories pasted a
    paragraph to a line with no blank line between. The first story's paragraphs, each a
    line of several sentences, are its text, not an inset."""
    wire = {a.id: a for a in all_articles() if a.id in ("mt-143480", "mt-150433", "mt-190356")}
    group = [wire["mt-143480"], wire["mt-150433"], wire["mt-190356"]]
    page = clean("\n\n".join(corpus_pasted(a, "line, no blank").rstrip() for a in group))
    first = page.stories[0]
    assert first.headline == group[0].title
    assert first.paragraphs == list(group[0].paragraphs)
    assert first.insets == []


def test_a_labelled_box_on_a_page_of_a_paragraph_to_a_line_stays_a_box():
    raw = (
        "Council Approves New Library Budget\n\n"
        "The city council approved the library budget on Tuesday after a long debate about "
        "opening hours and the cost of new books for the branches in the north of the city.\n"
        "Related article:\n"
        "Libraries across the region have cut their hours this year. Several branches now "
        "close on Mondays, and the council says more may follow if the budget is not raised "
        "again next spring.\n"
        "The mayor said the new budget would keep every branch open six days a week, and that "
        "the council would look again at the hours in the autumn when the figures are known.\n"
    )
    article = clean_story(raw)
    assert article.insets == [
        "Related article: Libraries across the region have cut their hours this year. Several "
        "branches now close on Mondays, and the council says more may follow if the budget is "
        "not raised again next spring."
    ]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "names",
    [
        # briefs written for the corpus (CC0): a wolf, a pollution alert, a cycle lane
        ("fr-w03", "fr-w07", "fr-w11"),
        # Wikinews (CC BY 2.5): a recession, Boeing's emails, car sales
        ("mt-116834", "mt-1173", "mt-120578"),
    ],
)
def test_stories_sharing_only_the_words_every_text_uses_are_told_apart(names):
    """Three stories pasted one after another share "cette", "après", "which" or "their",
    as any two texts do: whether the subject changes is read without such words."""
    corpus = {a.id: a for a in all_articles() if a.id in names}
    group = [corpus[name] for name in names]
    page = clean("\n\n".join(corpus_pasted(article, "blank").rstrip() for article in group))
    assert [story.headline for story in page.stories] == [a.title for a in group]


def test_a_headline_the_corpus_cut_at_its_line_break_is_expected_whole():
    article = Article(
        id="op2-test",
        language="en",
        title="TWO MURDER",
        deck=("CHARGES.", "CRIME RECALLED."),
        paragraphs=("The hearing of two charges of murder was continued.",),
        source="test",
        licence="test",
    )
    wanted = corpus_expected(article, "blank")
    assert wanted["headline"] == "TWO MURDER CHARGES."
    assert wanted["subheads"] == ["CRIME RECALLED."]
    # the page still prints the headline's two lines
    assert corpus_pasted(article, "blank").startswith("TWO MURDER\nCHARGES.\n")
