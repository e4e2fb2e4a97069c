"""Small helpers for talking to the annotation API in tests."""

from __future__ import annotations

import json

from annotations.w3c import ANNO_CONTEXT, MEDIA_TYPE
from tests.annotations.conftest import CLAIM


def container_url(article) -> str:
    return f"/api/articles/{article.slug}/annotations/"


def new_annotation(article=None, phrase: str = CLAIM, kind: str = "claim", *extra_bodies, **top):
    """A W3C annotation the way a plain client writes it: a tag, a quote, maybe offsets."""
    selectors = [{"type": "TextQuoteSelector", "exact": phrase}]
    if article is not None and phrase in article.text:
        start = article.text.index(phrase)
        selectors.append(
            {"type": "TextPositionSelector", "start": start, "end": start + len(phrase)}
        )
    target = {"type": "SpecificResource", "selector": selectors}
    if article is not None:
        target["source"] = f"http://testserver{article.get_absolute_url()}"
    return {
        "@context": ANNO_CONTEXT,
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": kind}, *extra_bodies],
        "target": target,
        **top,
    }


def post(client, url: str, data, content_type: str = MEDIA_TYPE, **kwargs):
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(url, body, content_type=content_type, **kwargs)


def put(client, url: str, data, etag: str | None, content_type: str = MEDIA_TYPE):
    headers = {"If-Match": etag} if etag else {}
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.put(url, body, content_type=content_type, headers=headers)


def delete(client, url: str, etag: str | None):
    return client.delete(url, headers={"If-Match": etag} if etag else {})


def note(text: str) -> dict:
    return {"type": "TextualBody", "purpose": "commenting", "value": text}


def error(response) -> dict:
    assert response["Content-Type"] == MEDIA_TYPE, response.content[:200]
    return response.json()["error"]
