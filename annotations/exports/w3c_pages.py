"""W3C Web Annotation: annotations -> an AnnotationCollection and its AnnotationPages.

Paged as the protocol's containers are (https://www.w3.org/TR/annotation-protocol/#container-representations):
the collection names its ``first`` and ``last`` page and the ``total``; each page is a
document of its own with ``partOf``, ``startIndex``, its ``items`` (annotations
embedded, in the page's context) and ``next``/``prev``. An export is a snapshot, not a
live container, so the collection and page ids are ``urn:uuid:`` names, and each
document is a file of its own: ``page-000000.jsonld``, ... and ``collection.jsonld``.

The annotations come already written (``annotations.w3c.annotation_to_w3c``, the one
serialisation of an annotation, with ``embedded=True``); this only pages them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PAGE_SIZE = 100
COLLECTION_FILE = "collection.jsonld"


def page_file(n: int) -> str:
    return f"page-{n:06d}.jsonld"


def page_id(collection_id: str, n: int) -> str:
    """A page's IRI, derived from its collection's ``urn:uuid:`` name (uuid5), so that a
    page can name the next before it is written."""
    return f"urn:uuid:{uuid.uuid5(uuid.UUID(collection_id.removeprefix('urn:uuid:')), f'page-{n}')}"


def _dump(document: dict) -> list[str]:
    return [json.dumps(document, ensure_ascii=False, indent=1), "\n"]


def w3c_documents(
    items: Iterable[dict],
    *,
    collection_id: str,
    label: str,
    page_size: int = PAGE_SIZE,
    modified: str = "",
) -> Iterator[tuple[str, list[str]]]:
    """(file name, text) for every page, then the collection. A page is held until the
    first item of the next one arrives (so it knows whether there is a next): memory
    stays one page, whatever the total."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    partof = {"id": collection_id, "label": label}
    n, held, total = 0, [], 0

    def page(number: int, page_items: list[dict], has_next: bool) -> dict:
        document = {
            "@context": ANNO_CONTEXT,
            "id": page_id(collection_id, number),
            "type": "AnnotationPage",
            "partOf": partof,
            "startIndex": number * page_size,
            "items": page_items,
        }
        if has_next:
            document["next"] = page_id(collection_id, number + 1)
        if number:
            document["prev"] = page_id(collection_id, number - 1)
        return document

    for item in items:
        if len(held) == page_size:
            yield page_file(n), _dump(page(n, held, has_next=True))
            n, held = n + 1, []
        held.append(item)
        total += 1
    if held:
        yield page_file(n), _dump(page(n, held, has_next=False))
    collection = {
        "@context": ANNO_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": total,
    }
    if modified:
        collection["modified"] = modified
    if total:
        collection["first"] = page_id(collection_id, 0)
        collection["last"] = page_id(collection_id, n)
    yield COLLECTION_FILE, _dump(collection)
