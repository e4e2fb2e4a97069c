"""Quote repair: broken, doubled and mismatched quote glyphs become balanced curly quotes."""

from __future__ import annotations

import pytest

from newsroom.cleaning.quotes import repair_quotes


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
        ("„Guten Tag“ she said", "“Guten Tag“ she said"),
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


def test_primes_after_digits_are_left_alone():
    assert repair_quotes("a 5′ 11″ man")[0] == "a 5′ 11″ man"


def test_each_change_is_reported_with_its_offset_and_context():
    text, changes = repair_quotes('He said "no" today.')
    assert text == "He said “no” today."
    assert changes == [
        (8, 'He said "no" today.', 'He said “no" today.'),
        (11, 'He said "no" today.', 'He said "no” today.'),
    ]
