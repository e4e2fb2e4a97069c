"""The adjudication core: overlap groups across kinds and what their versions disagree on."""

from __future__ import annotations

import pytest

import annotations.adjudication
from annotations.adjudication import (
    AGREED,
    DISAGREEMENT,
    SETTLED,
    Version,
    differences,
    overlap_groups,
    select,
)
from tests.purity import django_imports


def quote(id, author, start, end, speaker="macron", **fields) -> Version:
    return Version(id, author, "quote", start, end, speaker=speaker, quote_type="direct", **fields)


def test_the_core_imports_no_django() -> None:
    assert django_imports(annotations.adjudication.__file__) == []


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 10), (20, 30)], [[0], [1]]),  # apart
        ([(0, 10), (10, 20)], [[0], [1]]),  # touching shares no character
        ([(0, 10), (9, 20)], [[0, 1]]),  # one character in common
        ([(0, 10), (20, 30), (5, 25)], [[0, 2, 1]]),  # a bridge joins two groups
        ([(0, 100), (10, 20), (50, 60)], [[0, 1, 2]]),  # a long span holds short ones
    ],
)
def test_groups_are_connected_components_of_overlapping_spans(spans, expected):
    versions = [quote(str(i), "ana", s, e) for i, (s, e) in enumerate(spans)]
    groups = overlap_groups(versions)
    assert [[v.id for v in g.versions] for g in groups] == [[str(i) for i in g] for g in expected]
    assert [(g.start, g.end) for g in groups] == [
        (min(spans[i][0] for i in g), max(spans[i][1] for i in g)) for g in expected
    ]


def test_a_quote_and_a_claim_on_one_passage_are_one_group_differing_in_kind():
    claim = Version("c", "ben", "claim", 0, 40, verdict="unreviewed")
    (group,) = overlap_groups([quote("q", "ana", 0, 40), claim], ["ana", "ben"])
    assert group.differences == {"kind"}  # speaker and verdict are each one kind's only
    assert group.state == DISAGREEMENT


@pytest.mark.parametrize(
    ("other", "differing"),
    [
        (quote("b", "ben", 0, 40), set()),
        (quote("b", "ben", 4, 40), {"span"}),
        (quote("b", "ben", 0, 40, speaker="zelensky"), {"speaker"}),
        (quote("b", "ben", 0, 40, speaker=None), {"speaker"}),
        (quote("b", "ben", 4, 40, speaker="zelensky"), {"span", "speaker"}),
        (
            Version("b", "ben", "quote", 0, 40, speaker="macron", quote_type="indirect"),
            {"quote_type"},
        ),
    ],
)
def test_differences_between_two_quotes(other, differing):
    assert differences([quote("a", "ana", 0, 40), other]) == differing


def test_entity_claimant_and_verdict_are_compared_within_their_kind():
    one = Version("1", "ana", "entity", 0, 6, entity="7")
    two = Version("2", "ben", "entity", 0, 6, entity="8")
    assert differences([one, two]) == {"entity"}
    a = Version("a", "ana", "claim", 0, 9, claimant="7", verdict="unreviewed")
    b = Version("b", "ben", "claim", 0, 9, claimant="7", verdict="false")
    assert differences([a, b]) == {"verdict"}


def test_rejected_versions_stand_aside():
    kept = quote("a", "ana", 0, 40, status="accepted")
    rejected = quote("b", "ben", 3, 40, speaker="zelensky", status="rejected")
    (group,) = overlap_groups([kept, rejected], ["ana", "ben"])
    assert group.differences == frozenset()
    assert group.missing == ()  # ben did tag it; the curator turned it down
    assert group.state == SETTLED


def test_states():
    both = overlap_groups([quote("a", "ana", 0, 40), quote("b", "ben", 0, 40)], ["ana", "ben"])
    assert both[0].state == AGREED
    alone = overlap_groups([quote("a", "ana", 0, 40)], ["ana", "ben"])
    assert alone[0].missing == ("ben",) and alone[0].state == DISAGREEMENT
    proposed_alone = overlap_groups([quote("a", "ana", 0, 40)], ["ana"])
    assert proposed_alone[0].state == AGREED  # nobody else to compare with; still to accept
    accepted = overlap_groups([quote("a", "ana", 0, 40, status="accepted")], ["ana", "ben"])
    assert accepted[0].state == SETTLED
    two_accepted = [quote("a", "ana", 0, 40, status="accepted"), quote("b", "ben", 0, 40)]
    assert overlap_groups(two_accepted, ["ana", "ben"])[0].state == AGREED


def test_select_by_kind_and_disagreement():
    versions = [
        quote("a", "ana", 0, 40),
        quote("b", "ben", 0, 40, speaker="zelensky"),
        Version("c", "ana", "claim", 100, 120, verdict="unreviewed"),
        Version("d", "ben", "claim", 100, 120, verdict="unreviewed"),
    ]
    groups = overlap_groups(versions, ["ana", "ben"])
    assert [g.start for g in select(groups, kind="claim")] == [100]
    assert [g.start for g in select(groups, disagreements=True)] == [0]
    assert select(groups, kind="entity") == []
