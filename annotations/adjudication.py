"""PURE: one article's annotations from several authors, grouped where their spans overlap,
with what the versions in each group disagree on. No Django import (a test holds this
module to it).

Groups are made by position across kinds, as INCEpTION's curation groups by position: a
passage one annotator tagged as a quote and another as a claim is one disagreement (its
kind), not two unrelated agreements. A group is a connected component of overlapping spans
(two spans overlap when they share a character): a span that overlaps either of two
otherwise separate spans joins them into one group, so no version is ever compared in two
places.

What is compared (``FIELDS``): the span (start and end), the kind, and each kind's own
fields: the entity of an entity tag, the speaker and quote type of a quote, the claimant and
verdict of a claim. A kind's field is compared among the versions of that kind only; when
the kinds differ, the kind says so.

Rejected versions are shown but stand aside: differences are among the versions still
standing (proposed or accepted). A group is

- ``settled`` when at most one version stands and none is proposed (the curator decided);
- ``agreed`` when every annotator of the article made a standing version and they agree
  on every field;
- a ``disagreement`` otherwise, which includes an annotator who tagged nothing there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

FIELDS = ("span", "kind", "entity", "speaker", "quote_type", "claimant", "verdict")
# Which kinds carry each field; span and kind belong to every version.
FIELD_KINDS = {
    "entity": ("entity",),
    "speaker": ("quote",),
    "quote_type": ("quote",),
    "claimant": ("claim",),
    "verdict": ("claim",),
}
REJECTED = "rejected"
PROPOSED = "proposed"

SETTLED = "settled"
AGREED = "agreed"
DISAGREEMENT = "disagreement"


@dataclass(frozen=True)
class Version:
    """One author's annotation; entity fields are ids (as text), None when not set."""

    id: str
    author: str
    kind: str
    start: int
    end: int
    status: str = PROPOSED
    entity: str | None = None
    speaker: str | None = None
    quote_type: str = ""
    claimant: str | None = None
    verdict: str = ""

    def value(self, name: str):
        if name == "span":
            return (self.start, self.end)
        return getattr(self, name)

    def carries(self, name: str) -> bool:
        return name not in FIELD_KINDS or self.kind in FIELD_KINDS[name]

    @property
    def standing(self) -> bool:
        return self.status != REJECTED


@dataclass(frozen=True)
class Group:
    """Overlapping versions: where they lie together, and what they disagree on."""

    start: int
    end: int
    versions: tuple[Version, ...]
    differences: frozenset[str]
    missing: tuple[str, ...]  # annotators of the article with no version here

    @property
    def standing(self) -> tuple[Version, ...]:
        return tuple(v for v in self.versions if v.standing)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(v.kind for v in self.versions)

    @property
    def state(self) -> str:
        standing = self.standing
        if len(standing) <= 1 and all(v.status != PROPOSED for v in standing):
            return SETTLED
        if not self.differences and not self.missing:
            return AGREED
        return DISAGREEMENT


def differences(versions: Sequence[Version]) -> frozenset[str]:
    """The fields on which the standing ``versions`` do not all agree."""
    standing = [v for v in versions if v.standing]
    differing = set()
    for name in FIELDS:
        values = {v.value(name) for v in standing if v.carries(name)}
        if len(values) > 1:
            differing.add(name)
    return frozenset(differing)


def overlap_groups(versions: Iterable[Version], annotators: Iterable[str] = ()) -> list[Group]:
    """Connected components of overlapping spans, in document order. ``annotators`` are
    the article's: one of them without a version in a group is missing there."""
    everyone = tuple(sorted(set(annotators)))
    placed = sorted(versions, key=lambda v: (v.start, -v.end, v.author, v.id))
    groups: list[Group] = []
    members: list[Version] = []
    reach = -1
    for version in placed:
        if members and version.start < reach:
            members.append(version)
            reach = max(reach, version.end)
            continue
        if members:
            groups.append(_group(members, everyone))
        members, reach = [version], version.end
    if members:
        groups.append(_group(members, everyone))
    return groups


def _group(members: list[Version], everyone: tuple[str, ...]) -> Group:
    authors = {v.author for v in members}
    return Group(
        start=min(v.start for v in members),
        end=max(v.end for v in members),
        versions=tuple(members),
        differences=differences(members),
        missing=tuple(a for a in everyone if a not in authors),
    )


def select(groups: Iterable[Group], *, kind: str = "", disagreements: bool = False) -> list[Group]:
    """The groups holding a version of ``kind`` (any when empty), and only those that
    disagree if asked."""
    return [
        g
        for g in groups
        if (not kind or kind in g.kinds) and (not disagreements or g.state == DISAGREEMENT)
    ]
