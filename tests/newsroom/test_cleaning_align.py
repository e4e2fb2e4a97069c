"""Line labels for hand-made cases (newsroom.cleaning.training.align): the structure model
learns from them, so a line put in the wrong field teaches it the wrong thing."""

from __future__ import annotations

from newsroom.cleaning.training.align import align


def _labels(raw: str, expected: dict) -> dict[str, str]:
    lines, labels = align(raw, expected)
    return {line.text: label for line, label in zip(lines, labels, strict=True) if line.text}


def _case(**fields) -> dict:
    return {"headline": None, "byline": None, "paragraphs": [], "subheads": [], **fields}


def test_each_line_takes_the_field_it_was_found_in():
    raw = (
        "THE DAILY COURIER\n\n"
        "Council Approves the New Bridge\n\n"
        "By Jane Smith\n\n"
        "The council voted on Monday to build a new bridge over the\n"
        "river, ending a debate that had lasted for ten years.\n"
    )
    expected = _case(
        headline="Council Approves the New Bridge",
        byline="Jane Smith",
        paragraphs=[
            "The council voted on Monday to build a new bridge over the river, ending a "
            "debate that had lasted for ten years."
        ],
    )
    labels = _labels(raw, expected)
    assert labels["THE DAILY COURIER"] == "masthead"
    assert labels["Council Approves the New Bridge"] == "head"
    assert labels["By Jane Smith"] == "byline"
    assert labels["The council voted on Monday to build a new bridge over the"] == "pstart"
    assert labels["river, ending a debate that had lasted for ten years."] == "pcont"


def test_short_lines_that_begin_a_headline_are_the_headline():
    raw = (
        "UNE DAME\n"
        "L'ÉNIGME\n"
        "DU CHÂTEAU\n\n"
        "Hier soir, la police a été appelée au château par le gardien, qui\n"
        "avait vu de la lumière dans les pièces fermées depuis dix ans.\n"
    )
    expected = _case(
        headline="UNE DAME L’ÉNIGME DU CHÂTEAU",
        paragraphs=[
            "Hier soir, la police a été appelée au château par le gardien, qui avait vu de "
            "la lumière dans les pièces fermées depuis dix ans."
        ],
    )
    labels = _labels(raw, expected)
    assert [labels["UNE DAME"], labels["L'ÉNIGME"], labels["DU CHÂTEAU"]] == ["head"] * 3


def test_a_short_line_is_not_taken_for_the_start_of_a_later_heading():
    # "The" opens the masthead ("The / Island Herald"), not the subhead "The Crowds".
    raw = (
        "The\n"
        "Island Herald\n\n"
        "Festival Draws Record Crowds\n\n"
        "More than forty thousand people came to the festival last weekend,\n"
        "the organisers said on Monday.\n\n"
        "The Crowds\n\n"
        "Ferries ran through the night to bring them home again.\n"
    )
    expected = _case(
        publication="The Island Herald",
        headline="Festival Draws Record Crowds",
        subheads=["The Crowds"],
        paragraphs=[
            "More than forty thousand people came to the festival last weekend, the "
            "organisers said on Monday.",
            "Ferries ran through the night to bring them home again.",
        ],
    )
    labels = _labels(raw, expected)
    assert labels["The"] != "sub"
    assert labels["The Crowds"] == "sub"


def test_a_running_head_where_the_column_broke_stays_out_of_the_paragraph():
    # Between two lines of a paragraph, a line not found in it is OCR noise in the text,
    # unless the furniture's recognisers know it; the kit's re-set pages set it inside
    # the paragraph's text otherwise ("… bef- WORLD | 13 ore the end …").
    raw = (
        "The national utility has asked for new storage batteries at three substations bef-\n"
        "\n"
        "WORLD | 13\n"
        "\n"
        "ore the end of next year, the minister said.\n"
        "Tlie w0rk startcd in Mav.\n"
        "The engineers say the grid needs them.\n"
    )
    expected = _case(
        paragraphs=[
            "The national utility has asked for new storage batteries at three substations "
            "before the end of next year, the minister said. The work started in May. The "
            "engineers say the grid needs them."
        ],
    )
    lines, labels = align(raw, expected)
    read = {line.raw: label for line, label in zip(lines, labels, strict=True) if line.text}
    assert read["WORLD | 13"] == "running"
    assert read["Tlie w0rk startcd in Mav."] == "pcont"  # garbled, but the text's
