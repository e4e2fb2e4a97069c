from __future__ import annotations

import time

import pytest

from annotations.anchoring import (
    CONTEXT,
    Anchor,
    TextPositionSelector,
    TextQuoteSelector,
    describe,
    locate,
    locate_all,
)

ARTICLE = "\n\n".join(
    [
        "Coalition of Willing Commits to Ukraine Force if Peace Agreed",
        "European leaders and Ukrainian President Volodymyr Zelensky holding a summit in Paris "
        "of the so-called “coalition of the willing.”",
        "More than two dozen countries have pledged to join a force to deploy in Ukraine after "
        "any eventual peace deal with Russia, leaders announced Thursday.",
        "It was hosted by French President Emmanuel Macron and attended by Ukraine’s President "
        "Volodymyr Zelensky, while others, like U.K. premier Keir Starmer, participated remotely.",
        "“We have today 26 countries who have formally committed — some others have not yet "
        "taken a position — to deploy as a ‘reassurance force’ troops in Ukraine,” Macron told "
        "reporters, standing alongside Zelensky.",
        "Zelensky hailed the move. “I think that today, for the first time in a long time, this "
        "is the first such serious concrete step,” he said.",
        "Café owners in the Élysée’s neighbourhood said the summit had closed their street.",
    ]
)


def select(text: str, words: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def relocate(old: str, new: str, words: str, occurrence: int = 0) -> tuple[Anchor, str | None]:
    quote, position = describe(old, *select(old, words, occurrence))
    anchor = locate(new, quote, position)
    return anchor, None if anchor.orphaned else new[anchor.start : anchor.end]


def test_describe_takes_context_from_both_sides() -> None:
    start, end = select(ARTICLE, "Emmanuel Macron")
    quote, position = describe(ARTICLE, start, end)
    assert quote == TextQuoteSelector(
        exact="Emmanuel Macron",
        prefix=ARTICLE[start - CONTEXT : start],
        suffix=ARTICLE[end : end + CONTEXT],
    )
    assert position == TextPositionSelector(start, end)


def test_describe_context_stops_at_the_ends_of_the_text() -> None:
    quote, _ = describe(ARTICLE, 0, 9)
    assert (quote.prefix, quote.exact) == ("", "Coalition")
    quote, _ = describe(ARTICLE, len(ARTICLE) - 7, len(ARTICLE))
    assert (quote.exact, quote.suffix) == ("street.", "")


@pytest.mark.parametrize(("start", "end"), [(5, 5), (6, 5), (-1, 3), (0, len(ARTICLE) + 1)])
def test_describe_rejects_empty_or_outside_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="not a non-empty range"):
        describe(ARTICLE, start, end)


def test_locate_rejects_an_empty_quote() -> None:
    with pytest.raises(ValueError, match="non-empty exact"):
        locate(ARTICLE, TextQuoteSelector(""))


@pytest.mark.parametrize("threshold", [0.0, 1.5])
def test_locate_rejects_a_threshold_outside_zero_one(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        locate(ARTICLE, TextQuoteSelector("Macron"), threshold=threshold)


@pytest.mark.parametrize(
    ("words", "occurrence"),
    [
        ("Zelensky", 2),
        ("“coalition of the willing.”", 0),
        ("‘reassurance force’", 0),
        ("Ukraine’s", 0),
        ("Café owners in the Élysée’s", 0),
        ("in Paris of the so-called “coalition of the willing.”\n\nMore than two dozen", 0),
        ("A", 0),
    ],
)
def test_unchanged_text_keeps_every_position(words: str, occurrence: int) -> None:
    start, end = select(ARTICLE, words, occurrence)
    anchor = relocate(ARTICLE, ARTICLE, words, occurrence)[0]
    assert anchor == Anchor(start, end, "position", 1.0)
    assert not anchor.orphaned


@pytest.mark.parametrize(
    ("words", "occurrence"),
    [
        ("Zelensky", 0),
        ("Zelensky", 2),  # the same name four times: the context says which
        ("Zelensky", 3),
        ("the first", 1),
        ("Volodymyr Zelensky", 1),
        ("participated remotely.\n\n“We have today", 0),
    ],
)
def test_text_shifted_by_an_insertion_reanchors_the_same_words(words: str, occurrence: int) -> None:
    kicker = "EXCLUSIVE\n\nUpdated at 18:40 with comments from Kyiv.\n\n"
    start, end = select(ARTICLE, words, occurrence)
    anchor = relocate(ARTICLE, kicker + ARTICLE, words, occurrence)[0]
    assert (anchor.start, anchor.end, anchor.method) == (
        start + len(kicker),
        end + len(kicker),
        "quote",
    )


def test_repeated_name_is_told_apart_by_context_without_a_position() -> None:
    # A W3C client may send the quote selector alone.
    start, end = select(ARTICLE, "Zelensky", 2)
    quote, _ = describe(ARTICLE, start, end)
    assert locate(ARTICLE, quote) == Anchor(start, end, "quote", 1.0)


def test_quote_without_context_or_position_takes_the_first_occurrence() -> None:
    start, end = select(ARTICLE, "Zelensky")
    assert locate(ARTICLE, TextQuoteSelector("Zelensky")) == Anchor(start, end, "quote", 1.0)


def test_stale_position_beyond_a_shortened_text_is_only_a_hint() -> None:
    quote, _ = describe(ARTICLE, *select(ARTICLE, "Keir Starmer"))
    shorter = ARTICLE[ARTICLE.index("It was hosted") :]
    anchor = locate(shorter, quote, TextPositionSelector(9000, 9012))
    assert shorter[anchor.start : anchor.end] == "Keir Starmer"


@pytest.mark.parametrize(
    ("words", "old", "new", "expected"),
    [
        pytest.param(
            "Volodymyr Zelensky holding",
            "Volodymyr Zelensky holding",
            "Volodymyr Zelenskyy holding",
            "Volodymyr Zelenskyy holding",
            id="spelling changed inside the quote",
        ),
        pytest.param(
            "first such serious concrete step",
            "first such serious concrete step",
            "first such serious and concrete step",
            "first such serious and concrete step",
            id="word inserted inside the quote",
        ),
        pytest.param(
            "pledged to join a force to deploy in Ukraine",
            "join a force",
            "join an international force",
            "pledged to join an international force to deploy in Ukraine",
            id="words replaced inside a longer quote",
        ),
        pytest.param(
            "Café owners in the Élysée’s neighbourhood",
            "neighbourhood",
            "neighborhood",
            "Café owners in the Élysée’s neighborhood",
            id="spelling normalised at the end",
        ),
    ],
)
def test_edited_quote_reanchors_fuzzily_over_the_changed_words(
    words: str, old: str, new: str, expected: str
) -> None:
    anchor, found = relocate(ARTICLE, ARTICLE.replace(old, new, 1), words)
    assert anchor.method == "fuzzy"
    assert found == expected
    assert 0.8 <= anchor.score < 1.0


def test_words_run_together_by_an_edit_do_not_pull_in_the_next_word() -> None:
    glued = ARTICLE.replace("Zelensky hailed the", "Zelenskyy hailedthe")
    anchor, found = relocate(ARTICLE, glued, "Zelensky hailed")
    assert (anchor.method, found) == ("fuzzy", "Zelenskyy hailed")


def test_recleaned_quote_marks_inside_the_quote_keep_the_range() -> None:
    straightened = ARTICLE.replace("“", '"').replace("”", '"').replace("’", "'")
    start, end = select(ARTICLE, "“coalition of the willing.”")
    anchor, found = relocate(ARTICLE, straightened, "“coalition of the willing.”")
    assert anchor == Anchor(start, end, "fuzzy", 1.0)
    assert found == '"coalition of the willing."'


def test_recleaned_quote_marks_around_the_quote_keep_the_position() -> None:
    straightened = ARTICLE.replace("“", '"').replace("”", '"')
    start, end = select(ARTICLE, "coalition of the willing.")
    anchor, _ = relocate(ARTICLE, straightened, "coalition of the willing.")
    assert anchor == Anchor(start, end, "position", 1.0)


@pytest.mark.parametrize(
    ("words", "occurrence", "old", "new"),
    [
        pytest.param(
            "Zelensky",
            1,
            "Ukraine’s President Volodymyr Zelensky, while",
            "Ukraine’s president, while",
            id="mentioned name deleted while the name stays elsewhere",
        ),
        pytest.param(
            "Emmanuel Macron",
            0,
            "French President Emmanuel Macron",
            "the French government",
            id="name replaced by other words",
        ),
        pytest.param(
            "the first such serious concrete step",
            0,
            "this is the first such serious concrete step",
            "this is a gesture",
            id="claim rewritten",
        ),
        pytest.param(
            "Zelensky hailed the move.",
            0,
            "Zelensky hailed the move. ",
            "",
            id="sentence deleted, its words used elsewhere",
        ),
    ],
)
def test_destroyed_words_are_orphaned_rather_than_moved(
    words: str, occurrence: int, old: str, new: str
) -> None:
    anchor = relocate(ARTICLE, ARTICLE.replace(old, new, 1), words, occurrence)[0]
    assert anchor == Anchor(None, None, "orphan", 0.0)
    assert anchor.orphaned


def test_paragraph_deleted_orphans_its_annotations() -> None:
    paragraph = ARTICLE.split("\n\n")[5]
    revised = ARTICLE.replace(paragraph + "\n\n", "")
    for words in ("Zelensky hailed", "the first time", "he said."):
        assert relocate(ARTICLE, revised, words)[0].orphaned


def test_paragraph_moved_keeps_its_annotations() -> None:
    blocks = ARTICLE.split("\n\n")
    moved = "\n\n".join([*blocks[:2], blocks[3], blocks[2], *blocks[4:]])
    for words in ("Emmanuel Macron", "Keir Starmer", "two dozen countries"):
        anchor, found = relocate(ARTICLE, moved, words)
        assert (anchor.method, found) == ("quote", words)


class CountedText(str):
    """A text that counts how often it is folded (str.translate over all of it)."""

    folds = 0

    def translate(self, table):
        self.folds += 1
        return super().translate(table)


def test_a_revisions_text_is_folded_once_for_all_its_annotations() -> None:
    words = ["“coalition of the willing.”", "“We have today 26", "Ukraine’s President"]
    selectors = [describe(ARTICLE, *select(ARTICLE, w)) for w in words]
    straightened = ARTICLE.replace("“", '"').replace("”", '"').replace("’", "'")
    revised = CountedText(straightened)

    anchors = locate_all(revised, selectors)

    assert [anchor.method for anchor in anchors] == ["fuzzy", "fuzzy", "fuzzy"]
    assert anchors == [locate(straightened, quote, position) for quote, position in selectors]
    assert revised.folds == 1  # not once per annotation: 20 MB takes seconds to fold


def test_a_text_whose_words_are_all_found_is_never_folded() -> None:
    kicker = "Paris summit: "
    selectors = [describe(ARTICLE, *select(ARTICLE, w)) for w in ["Macron told", "Zelensky"]]
    moved = CountedText(kicker + ARTICLE)

    anchors = locate_all(moved, selectors)

    assert [(anchor.method, anchor.start) for anchor in anchors] == [
        ("quote", len(kicker) + select(ARTICLE, "Macron told")[0]),
        ("quote", len(kicker) + select(ARTICLE, "Zelensky")[0]),
    ]
    assert moved.folds == 0


def test_many_selectors_on_an_unchanged_long_text_are_fast() -> None:
    text = "\n\n".join(f"{ARTICLE} (part {n})" for n in range(60))  # ~50 KB
    selectors = [describe(text, at, at + 25) for at in range(0, len(text) - 25, len(text) // 1000)]
    began = time.perf_counter()
    anchors = [locate(text, quote, position) for quote, position in selectors]
    assert time.perf_counter() - began < 1.0
    assert {anchor.method for anchor in anchors} == {"position"}


def test_fuzzy_search_on_a_degenerate_text_stays_bounded() -> None:
    text = "the " * 12_500  # 50 KB where every fragment occurs everywhere
    selectors = [describe(text, at, at + 23) for at in range(0, len(text) - 23, 997)]
    revised = text.replace("the", "thé")  # no exact quote survives: all go fuzzy
    began = time.perf_counter()
    anchors = [locate(revised, quote, position) for quote, position in selectors]
    assert time.perf_counter() - began < 2.0
    assert all(anchor.method in ("fuzzy", "orphan") for anchor in anchors)


def test_a_quote_that_became_part_of_a_longer_word_is_orphaned():
    # Found by the property tests: "26" edited into "2600" must not keep "26" of "2600".
    quote, position = describe("More 26 than", 5, 7)
    assert locate("More 2600 than", quote, position).orphaned
    assert locate("More 26 than ever", quote, position).method == "position"
