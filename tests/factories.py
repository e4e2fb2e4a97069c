"""Plain factory functions: real rows through the same services the app uses."""

from __future__ import annotations

import itertools
import random

from django.contrib.auth import get_user_model
from django.test import Client

from annotations.models import Annotation, Entity, normalise_name
from annotations.tag_rules import Tag
from annotations.writes import annotation_create
from newsroom.ingest import line_count
from newsroom.models import Article, Page
from newsroom.revisions import article_create, page_create, publication_get_or_create
from newsroom.roles import ensure_roles, make_annotator, make_curator
from newsroom.text.document import PhotoText

PASSWORD = "correct horse battery staple 42"
_counter = itertools.count(1)

DEFAULT_BODY = [
    {"kind": "figure", "photo": 0},
    {
        "kind": "paragraph",
        "text": "More than two dozen countries have pledged to join a force to deploy in "
        "Ukraine after any eventual peace deal with Russia, leaders announced Thursday.",
    },
    {"kind": "subhead", "text": "‘First concrete step’"},
    {
        "kind": "paragraph",
        "text": "“We have today 26 countries who have formally committed,” Macron told "
        "reporters, standing alongside Zelensky.",
    },
    {"kind": "inset", "text": "Related article: Russian Strike Kills 2 Deminers\nA teaser."},
    {"kind": "paragraph", "text": "However, the American contribution remains unclear."},
]


def make_user(username: str, *, role: str = "annotator", password: str = PASSWORD):
    ensure_roles()
    user = get_user_model().objects.create_user(username=username, password=password)
    if role == "curator":
        make_curator(user)
    elif role == "annotator":
        make_annotator(user)
    return user


def make_page(raw_text: str | None = None, **fields) -> Page:
    raw_text = raw_text if raw_text is not None else f"RAW OCR TEXT {next(_counter)}\n"
    return page_create(raw_text=raw_text, **fields)


def make_article(**overrides) -> Article:
    """An article through the same service ingestion uses; its page is made for it unless
    ``page`` is given (then ``lines`` says which of the page's lines the story took)."""
    n = next(_counter)
    content = {
        "headline": overrides.pop("headline", f"Coalition of Willing Commits to Force {n}"),
        "kicker": overrides.pop("kicker", None),
        "deck": overrides.pop("deck", []),
        "byline": overrides.pop("byline", None),
        "dateline": overrides.pop("dateline", None),
        "body": overrides.pop("body", DEFAULT_BODY),
    }
    photos = overrides.pop(
        "photos",
        [PhotoText("European leaders holding a summit in Paris.", "president.gov.ua")],
    )
    publication = publication_get_or_create(overrides.pop("publication", "The Moscow Times"))
    page = overrides.pop("page", None)
    if page is None:
        raw_text = overrides.pop("raw_text", f"RAW OCR TEXT {n}\n{content['headline']}\n")
        page = make_page(
            raw_text,
            source_name=overrides.pop("source_name", ""),
            decode_note=overrides.pop("decode_note", ""),
            report={"stories": [[1, line_count(raw_text)]]},
        )
    lines = overrides.pop("lines", (1, page.line_count))
    return article_create(
        page=page,
        lines=lines,
        content=content,
        photos=photos,
        publication=publication,
        status=overrides.pop("status", Article.Status.PUBLISHED),
        **overrides,
    )


def make_entity(name: str = "Emmanuel Macron", kind: str = "person", **fields):
    entity, _ = Entity.objects.get_or_create(
        kind=kind, normalised_name=normalise_name(name), defaults={"name": name, **fields}
    )
    return entity


def make_annotation(
    article: Article, author, phrase: str, *, kind: str = "claim", occurrence=0, **fields
):
    """Annotate the ``occurrence``-th appearance of ``phrase`` in the article's document."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(phrase, start + 1)
    if kind == "entity" and "entity" not in fields:
        fields["entity"] = make_entity(phrase, "other")
    return annotation_create(
        article=article,
        user=author,
        tag=Tag(kind=kind, **fields),
        start=start,
        end=start + len(phrase),
        exact=phrase,
    )


def bulk_annotations(article: Article, authors, count: int, *, seed: int = 0) -> list:
    """``count`` annotations of every kind, overlapping, spread over the article's blocks and
    written in bulk (no history): for query-count tests and the benchmark."""
    rng = random.Random(seed)
    revision = article.revisions.get(number=article.revision)
    person = make_entity("Emmanuel Macron", "person")
    blocks = [b for b in article.document.blocks if b.end - b.start > 1]
    text = article.text
    rows = []
    for i in range(count):
        block = rng.choice(blocks)
        start = rng.randrange(block.start, block.end - 1)
        end = min(block.end, start + rng.randint(3, 80))
        kind = ("claim", "entity", "quote")[i % 3]
        rows.append(
            Annotation(
                article=article,
                revision=revision,
                start=start,
                end=end,
                anchor_revision=article.revision,
                exact=text[start:end],
                prefix=text[max(0, start - 32) : start],
                suffix=text[end : end + 32],
                kind=kind,
                entity=person if kind == "entity" else None,
                speaker=person if kind == "quote" else None,
                quote_type="direct" if kind == "quote" else "",
                verdict="unreviewed" if kind == "claim" else "",
                author=authors[i % len(authors)],
                status="accepted" if i % 4 == 0 else "proposed",
            )
        )
    return Annotation.objects.bulk_create(rows, batch_size=500)


def signed_in_client(user) -> Client:
    """A test client signed in as ``user``."""
    client = Client()
    client.force_login(user)
    return client
