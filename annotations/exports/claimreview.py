"""schema.org ClaimReview (JSON-LD): one review per claim with a verdict that is a rating.

Written as Google's fact-check markup guidelines ask: ``claimReviewed``, ``reviewRating``
(``alternateName`` always; ``ratingValue`` with ``worstRating``/``bestRating`` when the
verdict sits on the scale), ``url``, ``author`` (the newsroom), ``datePublished`` and
``itemReviewed``, a ``Claim`` with its ``author`` (the claimant, ``sameAs`` its Wikidata
page when known) and ``appearance`` (the articles that state it).

The file is a JSON array of ClaimReview objects, each with its own ``@context``: one
element is what a page puts in its ``<script type="application/ld+json">``, as in the
guidelines' examples, and the whole is still one JSON-LD document. ``<``, ``>`` and ``&``
are written as ``\\u`` escapes (as Django's ``json_script`` does), so no text a person
typed can end that script element; JSON readers see the same characters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from annotations.exports.records import EntityRecord

CONTEXT = "https://schema.org"
WORST, BEST = 1, 5
# Verdicts on the scale (1 false .. 5 true). "unverifiable" is no point on it: its
# rating is its name alone, which the guidelines allow (alternateName is the required
# part; the numbers are recommended).
SCALE = {
    "false": 1,
    "mostly-false": 2,
    "misleading": 2,
    "mixed": 3,
    "mostly-true": 4,
    "true": 5,
}
WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"
_EMBED_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


@dataclass(frozen=True)
class Newsroom:
    """Who publishes the reviews: ClaimReview's ``author``."""

    name: str
    url: str


@dataclass(frozen=True)
class AppearanceRecord:
    """An article that states the claim."""

    url: str
    headline: str = ""
    published_on: date | None = None
    publication: str = ""


@dataclass(frozen=True)
class ClaimRecord:
    url: str  # the claim page, absolute
    text: str
    verdict: str
    label: str  # the verdict as readers see it: "Mostly true"
    explanation: str = ""
    reviewed_on: date | None = None
    claimant: EntityRecord | None = None
    appearances: list[AppearanceRecord] = field(default_factory=list)


def rating(claim: ClaimRecord) -> dict:
    out = {"@type": "Rating", "alternateName": claim.label}
    if claim.verdict in SCALE:
        out.update(
            ratingValue=SCALE[claim.verdict], worstRating=WORST, bestRating=BEST, name=claim.label
        )
    if claim.explanation:
        out["ratingExplanation"] = claim.explanation
    return out


def _claimant(entity: EntityRecord) -> dict:
    out = {"@type": "Person" if entity.kind == "person" else "Organization", "name": entity.name}
    if entity.wikidata_id:
        out["sameAs"] = WIKIDATA_PAGE + entity.wikidata_id
    return out


def _appearance(article: AppearanceRecord) -> dict:
    out = {"@type": "NewsArticle", "url": article.url}
    if article.headline:
        out["headline"] = article.headline
    if article.published_on:
        out["datePublished"] = article.published_on.isoformat()
    if article.publication:
        out["publisher"] = {"@type": "Organization", "name": article.publication}
    return out


def claim_review(claim: ClaimRecord, newsroom: Newsroom) -> dict:
    item: dict = {"@type": "Claim"}
    if claim.claimant is not None:
        item["author"] = _claimant(claim.claimant)
    dated = [a.published_on for a in claim.appearances if a.published_on]
    if dated:  # when it was made, as far as we know: its first appearance with us
        item["datePublished"] = min(dated).isoformat()
    if claim.appearances:
        item["appearance"] = [_appearance(a) for a in claim.appearances]
    review = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": claim.url,
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": newsroom.name, "url": newsroom.url},
        "reviewRating": rating(claim),
    }
    if claim.reviewed_on:
        review["datePublished"] = claim.reviewed_on.isoformat()
    return review


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_EMBED_SAFE)


def claimreview_chunks(claims: Iterable[ClaimRecord], newsroom: Newsroom) -> Iterator[str]:
    """The JSON array, one review at a time."""
    yield "["
    separator = "\n"
    for claim in claims:
        yield separator + dumps(claim_review(claim, newsroom))
        separator = ",\n"
    yield "\n]\n"
