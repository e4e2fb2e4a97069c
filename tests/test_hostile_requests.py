"""Hostile requests: nothing a client sends ends in a 5xx, and under /api/ every answer is JSON.

Hypothesis writes the requests; Django's test client sends them to the real views, on
PostgreSQL, as a signed-in annotator, a fellow annotator, a curator or an anonymous
visitor. Four families, each with its own share of examples (``EXAMPLES``, over a
thousand in all): the annotation API (hostile JSON, addresses, query strings, If-Match
and Prefer headers), the reader's htmx endpoints (hostile form fields), the live poll
(hostile marks) and the ingest page (hostile text, files and fields). Each example runs
in a transaction that is rolled back, so each meets the same newsroom; ``derandomize``
makes every run send the same requests, so a failure in CI repeats on any machine.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from datetime import timezone as fixed_offset
from urllib.parse import quote_from_bytes

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.api_http import JSON_TYPES
from annotations.highlights import key_of
from annotations.models import Annotation, Entity
from annotations.replies import reply_create
from annotations.w3c import ANNO_CONTEXT, MEDIA_TYPE
from annotations.writes import annotation_delete
from newsroom.models import Article
from tests.factories import make_annotation, make_article, make_entity, make_user
from tests.newsroom.bad_input import sample_lines

pytestmark = pytest.mark.django_db

EXAMPLES = {"api": 450, "htmx": 300, "live": 150, "ingest": 120}
assert sum(EXAMPLES.values()) >= 1000


def fuzz(family: str):
    return settings(
        max_examples=EXAMPLES[family],
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,  # the newsroom is rolled back per example
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


# --- the newsroom every example meets ------------------------------------------------------

CLAIM = "26 countries who have formally committed"
QUOTE = "We have today 26 countries who have formally committed"
PHRASES = [CLAIM, QUOTE, "Macron", "Ukraine", "Paris", "Zelensky"]


@dataclass(frozen=True)
class Newsroom:
    article: Article
    draft: Article
    annotation: Annotation  # the annotator's claim
    quote: Annotation  # the curator's quote, with a speaker
    deleted: Annotation
    reply: object
    person: object
    place: object
    clients: dict[str, Client]


@pytest.fixture
def newsroom(db) -> Newsroom:
    annotator = make_user("ana", role="annotator")
    fellow = make_user("ben", role="annotator")
    curator = make_user("casey", role="curator")
    article = make_article()
    person = make_entity("Emmanuel Macron", "person", wikidata_id="Q3052772")
    place = make_entity("Ukraine", "place")
    claim = make_annotation(article, annotator, CLAIM)
    quote = make_annotation(article, curator, QUOTE, kind="quote", speaker=person)
    make_annotation(article, fellow, "Ukraine", kind="entity", entity=place)
    deleted = make_annotation(article, annotator, "Zelensky")
    annotation_delete(annotation_id=deleted.pk, user=annotator, version=deleted.version)
    reply = reply_create(annotation_id=claim.pk, user=annotator, text="Which 26?")
    clients = {"anonymous": Client()}
    for name, user in (("annotator", annotator), ("fellow", fellow), ("curator", curator)):
        clients[name] = Client()
        clients[name].force_login(user)
    return Newsroom(
        article=article,
        draft=make_article(headline="A draft nobody may read yet", status="draft"),
        annotation=claim,
        quote=quote,
        deleted=deleted,
        reply=reply,
        person=person,
        place=place,
        clients=clients,
    )


def send(client: Client, method: str, path: str, body: bytes = b"", content_type: str = "", **kw):
    """One request, in a transaction rolled back afterwards; the answer must not be a 5xx,
    and under /api/ it must be JSON (or have no body at all)."""
    with transaction.atomic():
        response = client.generic(method, path, body, content_type=content_type, **kw)
        transaction.set_rollback(True)
    assert response.status_code < 500, (method, path, body[:500], response.content[:500])
    if path.startswith("/api/") and response.content:
        media_type = response["Content-Type"].split(";")[0]
        assert media_type in JSON_TYPES, (method, path, response["Content-Type"], response.content)
        json.loads(response.content)
    return response


# --- hostile values --------------------------------------------------------------------------

BROKEN_IRIS = [
    "http://[oops/",
    "http://[::1",
    "http://[::1]x/",
    "http://testserver:99999/articles/x/",
    "http://testserver:port/",
    "//testserver/articles/",
    "javascript:alert(1)",
    "http://testserver/api/entities/99999999999999999999999/",
    "http://testserver/api/entities/-1/",
    "http://testserver/api/entities/0/",
    "http://www.wikidata.org/entity/Q" + "1" * 25,
    "http://www.wikidata.org/entity/Q0",
    "urn:x:" + "y" * 2100,
]
ODD_TEXTS = [
    "",
    " ",
    "\x00",
    "nul\x00inside",
    "\ud800",
    "lone \udfff surrogate",
    "ß" * 150,
    "\ufdfa" * 20,  # one character, eighteen once decomposed
    "\ufb03" * 120,  # the ffi ligature
    "\u202eevil",
    "\ufeffbom",
    "e\u0301" * 60,
    "😀" * 30,
    "x" * 201,
    "x" * 10_001,
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "%",
    "\r\n",
    "\t\v\f\x1b",
    "null",
    "-1",
    "0",
    "-0",
    "1e999",
    "NaN",
    "Infinity",
    "9" * 30,
    "9" * 5000,
    "Q" + "1" * 25,
    "2024-02-30T10:00:00+00:00",
    "2026-11-28T10:00:00+99:99",
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+23:59",
    "2026-11-28T10:00:00+15:30",
    *BROKEN_IRIS,
]
ODD_CHARACTERS = st.characters(categories=["Cc", "Cs", "Cf", "Mn", "Co", "Zl", "Zp", "So"])
TEXT = st.one_of(
    st.sampled_from(ODD_TEXTS),
    st.text(max_size=40),
    st.text(ODD_CHARACTERS, max_size=12),
    st.integers().map(str),
)
# What a header value can hold once past gunicorn, which refuses control characters in
# them (RFC 9110, 5.5): visible ASCII, space, tab and bytes 0x80-0xFF read as latin-1.
HEADER_TEXT = st.text(
    st.characters(codec="latin-1", exclude_categories=["Cc"]) | st.just("\t"), max_size=60
)


def encode(text: str) -> bytes:
    """As a hostile client may send it: lone surrogates become invalid UTF-8."""
    return text.encode("utf-8", "surrogatepass")


def form_body(pairs: list[tuple[str, str | bytes]]) -> bytes:
    """application/x-www-form-urlencoded, whatever the bytes."""
    return "&".join(
        f"{quote_from_bytes(encode(name))}="
        f"{quote_from_bytes(value if isinstance(value, bytes) else encode(value))}"
        for name, value in pairs
    ).encode("ascii")


def without_surrogates(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


# --- the annotation API ---------------------------------------------------------------------


def deep(n: int) -> str:
    return "[" * n + "]" * n


RAW_BODIES = [
    b"",
    b"{",
    b"null",
    b"[]",
    b'"Annotation"',
    b"1e999",
    b'{"body": NaN}',
    b"\xff\xfe{\x00}",
    b'{"target": "\\ud800"}',
    deep(100_000).encode(),
    b'{"a":' * 5000 + b"1" + b"}" * 5000,
    b'{"body": "' + b"x" * (600 * 1024) + b'"}',
]
CONTENT_TYPES = [
    MEDIA_TYPE,
    "application/ld+json",
    "application/json",
    "application/json; charset=UTF-8",
    "application/json; charset=latin-1",
    "application/json; charset=utf-16",
    "application/json; charset=no-such-thing",
    "application/json; charset=",
    'application/ld+json; profile=""; charset=utf-8; x',
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "",
]


def annotations_to_send(n: Newsroom, name: str = "Paris", wikidata_id: str = "Q90") -> list[dict]:
    """Annotations of every shape, well formed but for the name and Wikidata id of the
    entities they create; the strategies then spoil them."""
    ours = "http://testserver"
    source = f"{ours}{n.article.get_absolute_url()}"

    def annotation(phrase: str, kind: str, *bodies) -> dict:
        start = n.article.text.index(phrase)
        return {
            "@context": ANNO_CONTEXT,
            "type": "Annotation",
            "motivation": "tagging",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": kind}, *bodies],
            "target": {
                "type": "SpecificResource",
                "source": source,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": phrase, "prefix": "", "suffix": ""},
                    {"type": "TextPositionSelector", "start": start, "end": start + len(phrase)},
                ],
            },
        }

    def resource(purpose: str, node) -> dict:
        return {"type": "SpecificResource", "purpose": purpose, "source": node}

    note = {"type": "TextualBody", "purpose": "commenting", "value": "Check this."}
    verdict = {
        "type": "TextualBody",
        "purpose": "assessing",
        "value": "mixed",
        "schema:ratingExplanation": "Two wavered.",
    }
    return [
        annotation(CLAIM, "claim", note, verdict),
        annotation(QUOTE, "quote", resource("describing", f"{ours}/api/entities/{n.person.pk}/")),
        annotation(QUOTE, "quote", {"type": "TextualBody", "purpose": "describing", "value": "X"}),
        annotation(
            "Ukraine", "entity", resource("identifying", f"{ours}/api/entities/{n.place.pk}/")
        ),
        annotation(
            "Paris",
            "entity",
            resource(
                "identifying",
                {
                    "id": f"http://www.wikidata.org/entity/{wikidata_id}",
                    "type": "schema:Place",
                    "schema:name": name,
                },
            ),
        ),
        annotation(
            "Macron",
            "entity",
            resource("identifying", {"type": "schema:Person", "schema:name": name}),
        ),
        annotation(QUOTE, "quote", resource("describing", {"schema:name": name})),
        {"@context": ANNO_CONTEXT, "bodyValue": "A note", "target": source},
    ]


JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([-1, 0, 2**31, 2**63, 2**70, 10**400]),
    st.floats(),  # NaN and infinities travel as JSON's NaN and Infinity
    TEXT,
    st.sampled_from(BROKEN_IRIS),
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=10,
)
KEYS = st.sampled_from(
    [
        "@context",
        "id",
        "type",
        "purpose",
        "value",
        "source",
        "selector",
        "exact",
        "start",
        "end",
        "schema:name",
        "canonical",
        "via",
        "body",
        "bodyValue",
        "target",
    ]
)


def _slots(node, found: list) -> list:
    """(container, key) of every value in a JSON document."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        found.append((node, key))
        if isinstance(value, dict | list):
            _slots(value, found)
    return found


# Values aimed at what a slot means: an IRI where an IRI goes, a name where a name goes.
IRIS = st.sampled_from(BROKEN_IRIS) | st.text(max_size=20).map(lambda host: f"http://[{host}/")
# Names the columns cannot hold, three of them only once normalised for search.
LONG_NAMES = st.sampled_from(["ß" * 150, "\ufdfa" * 20, "\ufb03" * 120, "x" * 201])
NAMES = LONG_NAMES | st.sampled_from([" \x00 ", "", " "]) | TEXT
WIKIDATA_IDS = st.sampled_from(["Q" + "1" * 25, "Q0", "q90", "Q-1"]) | st.integers(0, 10**40).map(
    lambda number: f"Q{number}"
)
AIMED = {
    "source": IRIS | st.fixed_dictionaries({"id": IRIS}),
    "id": IRIS,
    "canonical": IRIS,
    "via": IRIS,
    "schema:name": NAMES,
    "value": NAMES,
    "exact": NAMES,
    "start": st.integers(),
    "end": st.integers(),
}


@st.composite
def spoiled(draw, template: dict) -> dict:
    """The annotation with up to three of its values replaced, removed or added to; half
    the replacements aim at what the slot means."""
    data = json.loads(json.dumps(template))
    for _ in range(draw(st.integers(0, 3))):
        slots = _slots(data, [])
        if not slots:
            break
        if draw(st.booleans()):  # aim at a slot whose meaning a value can abuse
            slots = [(node, key) for node, key in slots if key in AIMED] or slots
        node, key = slots[draw(st.integers(0, len(slots) - 1))]
        action = draw(st.sampled_from(["replace", "replace", "replace", "remove", "add"]))
        if action == "replace":
            node[key] = draw(AIMED[key] if key in AIMED and draw(st.booleans()) else JSON_VALUES)
        elif action == "remove":
            del node[key]
        elif isinstance(node, dict):
            node[draw(KEYS | TEXT)] = draw(JSON_VALUES)
        else:
            node.append(draw(JSON_VALUES))
    return data


def mostly(draw, plausible: st.SearchStrategy, hostile: st.SearchStrategy, tenths: int = 7):
    """A plausible value ``tenths`` times in ten, else a hostile one: a request must get
    past its first check now and then to reach the code behind it."""
    return draw(plausible if draw(st.integers(0, 9)) < tenths else hostile)


MISSING = uuid.UUID("00000000-0000-4000-8000-000000000000")  # no annotation has it
ANNOTATION_USERS = st.sampled_from(["annotator", "annotator", "fellow", "curator", "anonymous"])


@st.composite
def api_requests(draw, n: Newsroom):
    pk = draw(st.sampled_from([n.annotation.pk] * 3 + [n.quote.pk] * 2 + [n.deleted.pk, MISSING]))
    containers = [
        "/api/annotations/",
        f"/api/articles/{n.article.slug}/annotations/",
        f"/api/articles/{n.draft.slug}/annotations/",
    ]
    described = [f"/api/entities/{n.person.pk}/", f"/api/people/{n.annotation.author_id}/"]
    anywhere = st.sampled_from(
        [*containers, f"/api/annotations/{pk}/", *described, "/api/entities/9999999999999999999/"]
    )
    junk = st.binary(max_size=30).map(lambda raw: f"/api/{quote_from_bytes(raw)}")
    operation = draw(st.integers(0, 9))
    if operation < 4:
        method, path = "POST", draw(st.sampled_from(containers))
    elif operation < 6:
        method, path = "PUT", f"/api/annotations/{pk}/"
    elif operation < 7:
        method, path = "DELETE", f"/api/annotations/{pk}/"
    elif operation < 9:
        method, path = draw(st.sampled_from(["GET", "HEAD"])), draw(anywhere)
    else:
        method = draw(st.sampled_from(["GET", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]))
        path = draw(junk | anywhere)
    query = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["article", "page", "iris", "x"]),
                st.sampled_from([n.article.slug, "0", "1"]) | TEXT,
            ),
            max_size=3,
        )
    )
    if query:
        path += "?" + form_body(query).decode()
    body, content_type = b"", ""
    if method in ("POST", "PUT", "PATCH"):
        if draw(st.integers(0, 9)) < 8:
            name = mostly(draw, st.sampled_from(["Paris", "Macron"]), LONG_NAMES, 6)
            wikidata_id = mostly(draw, st.just("Q90"), WIKIDATA_IDS, 6)
            data = draw(spoiled(draw(st.sampled_from(annotations_to_send(n, name, wikidata_id)))))
            body = encode(json.dumps(data, ensure_ascii=draw(st.booleans())))
        else:
            body = draw(st.sampled_from(RAW_BODIES) | st.binary(max_size=200))
        content_type = mostly(
            draw, st.sampled_from([MEDIA_TYPE, "application/json"]), st.sampled_from(CONTENT_TYPES)
        )
    headers = {}
    etag = n.annotation.etag if pk == n.annotation.pk else n.quote.etag
    if method in ("PUT", "DELETE") or draw(st.booleans()):
        headers["If-Match"] = mostly(
            draw,
            st.sampled_from([etag, "*", f"{etag}, *"]),
            st.sampled_from(['"zzz"', f"W/{etag}", f'"{pk}-v99999999999"', ""]) | HEADER_TEXT,
        )
    if draw(st.booleans()):
        headers["Prefer"] = draw(
            st.sampled_from(
                [
                    'return=representation; include="http://www.w3.org/ns/ldp#PreferMinimalContainer"',
                    'return=representation; include="http://www.w3.org/ns/oa#PreferContainedIRIs"',
                    "include=;;;,,,=",
                ]
            )
            | HEADER_TEXT
        )
    if draw(st.booleans()):
        headers["If-None-Match"] = draw(st.sampled_from([etag, "*"]) | HEADER_TEXT)
    return draw(ANNOTATION_USERS), method, path, body, content_type, headers


@fuzz("api")
@given(data=st.data())
def test_hostile_api_requests_are_answered_in_json_without_a_5xx(newsroom, data):
    user, method, path, body, content_type, headers = data.draw(api_requests(newsroom))
    send(newsroom.clients[user], method, path, body, content_type, headers=headers)


# --- the reader's htmx endpoints --------------------------------------------------------------


def form_fields(n: Newsroom) -> dict[str, st.SearchStrategy]:
    """Each field the reader's forms read: plausible values, and hostile ones."""
    length = len(n.article.text)
    entities = st.sampled_from([str(n.person.pk), str(n.place.pk)])
    return {
        "start": st.integers(-5, length + 5).map(str),
        "end": st.integers(-5, length + 5).map(str),
        "exact": st.sampled_from(PHRASES),
        "prefix": st.just(""),
        "suffix": st.just(""),
        "kind": st.sampled_from(["claim", "entity", "quote"]),
        "entity": entities,
        "speaker": entities,
        "claimant": entities,
        "quote_cue": st.just("told reporters"),
        "quote_type": st.sampled_from(["direct", "indirect"]),
        "verdict": st.sampled_from(list(Annotation.Verdict.values)),
        "verdict_note": st.just("Two wavered."),
        "note": st.just("Check this."),
        "save": st.just("1"),
        "version": st.sampled_from(["1", "2", "0"]),
        "status": st.sampled_from(list(Annotation.Status.values)),
        "text": st.just("Which 26?"),
        "show": st.sampled_from(["claim", "entity", "quote"]),
        "by": st.sampled_from(["ana", "ben", "casey"]),
        "field": st.sampled_from(["entity", "speaker", "claimant"]),
        "q": st.sampled_from(["mac", "ukr"]),
        "name": st.sampled_from(["Keir Starmer", "Paris Club", "Emmanuel Macron"]),
        "entity_kind": st.sampled_from(list(Entity.Kind.values)),
        "aliases": st.just("Starmer, Sir Keir"),
        "wikidata_id": st.sampled_from(["Q6383", "q90", ""]),
        "description": st.just("Prime minister"),
    }


TAG = ["kind", "entity", "speaker", "claimant", "quote_cue", "quote_type", "verdict"]
TAG += ["verdict_note", "note"]
FILTERS = ["show", "by"]
SELECTION = ["start", "end", "exact", "prefix", "suffix"]
NEW_ENTITY = ["name", "entity_kind", "aliases", "wikidata_id", "description"]
AIMED_FIELDS = {  # hostile values aimed at what a field means; others get any TEXT
    "name": NAMES,
    "wikidata_id": WIKIDATA_IDS,
    "aliases": st.sampled_from(["V" * 201, "ß" * 150, ",,,", "a," * 999]) | TEXT,
    "exact": NAMES,
}


def htmx_endpoints(n: Newsroom, pk) -> list[tuple[str, str, list[str]]]:
    slug = n.article.slug
    reply = n.reply.pk
    return [
        ("POST", f"/articles/{slug}/annotations/", [*SELECTION, *TAG, "save", *FILTERS]),
        ("GET", f"/annotations/{pk}/edit/", []),
        ("POST", f"/annotations/{pk}/edit/", [*TAG, "version", *FILTERS]),
        ("POST", f"/annotations/{pk}/delete/", ["version", *FILTERS]),
        ("POST", f"/annotations/{pk}/status/", ["status", "version", *FILTERS]),
        ("POST", f"/annotations/{pk}/replies/", ["text"]),
        ("GET", f"/annotations/{pk}/", []),
        ("POST", f"/replies/{reply}/edit/", ["text"]),
        ("POST", f"/replies/{reply}/delete/", []),
        ("GET", f"/articles/{slug}/", FILTERS),
        ("GET", "/entities/search/", ["field", "q"]),
        ("GET", "/entities/pick/", ["field", "entity"]),
        ("POST", "/entities/new/", [*NEW_ENTITY, "field"]),
    ]


@st.composite
def htmx_requests(draw, n: Newsroom):
    pk = draw(st.sampled_from([n.annotation.pk] * 3 + [n.quote.pk] * 2 + [n.deleted.pk, MISSING]))
    method, path, names = draw(st.sampled_from(htmx_endpoints(n, pk)))
    plausible = form_fields(n)
    hostile = TEXT | st.binary(max_size=12)
    pairs: list[tuple[str, str | bytes]] = []
    prefix = ""
    if path == "/entities/new/":  # its fields are named after the picker ("speaker-name")
        prefix = draw(plausible["field"])
        pairs.append(("field", prefix))  # a later "field" overrides it
    for name in names:
        if not draw(st.integers(0, 4)):  # left out now and then
            continue
        value = mostly(
            draw, plausible.get(name, st.sampled_from(PHRASES)), AIMED_FIELDS.get(name, hostile)
        )
        if name in NEW_ENTITY:
            name = f"{prefix}-{name}"
        pairs.extend([(name, value)] * draw(st.sampled_from([1, 1, 1, 2])))
    user = draw(ANNOTATION_USERS)
    headers = {"HX-Request": "true"} if draw(st.booleans()) else {}
    if method == "GET":
        return user, method, f"{path}?{form_body(pairs).decode()}", b"", "", headers
    content_type = "application/x-www-form-urlencoded"
    return user, method, path, form_body(pairs), content_type, headers


@fuzz("htmx")
@given(data=st.data())
def test_hostile_form_posts_to_the_reader_never_end_in_a_5xx(newsroom, data):
    user, method, path, body, content_type, headers = data.draw(htmx_requests(newsroom))
    send(newsroom.clients[user], method, path, body, content_type, headers=headers)


# --- the live poll --------------------------------------------------------------------------

OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: fixed_offset(timedelta(minutes=minutes))
)
# A date and time as a mark writes it, with every part anywhere in its field's digits:
# 30 February, hour 25, an offset of +99:99.
WELL_FORMED_MOMENTS = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}{:02d}:{:02d}".format,
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(0, 25),
    st.integers(0, 61),
    st.integers(0, 61),
    st.sampled_from("+-"),
    st.integers(0, 99),
    st.integers(0, 99),
)
MOMENTS = st.one_of(
    WELL_FORMED_MOMENTS,
    WELL_FORMED_MOMENTS,
    st.datetimes(timezones=OFFSETS).map(lambda moment: moment.isoformat()),
    st.sampled_from(ODD_TEXTS),
)


@st.composite
def live_polls(draw, n: Newsroom):
    slug = mostly(
        draw,
        st.sampled_from([n.article.slug] * 8 + [n.draft.slug]),
        st.binary(max_size=20).map(quote_from_bytes),
        tenths=9,
    )
    recently = st.builds(
        lambda seconds, offset: (
            (timezone.now() - timedelta(seconds=seconds)).astimezone(offset).isoformat()
        ),
        st.integers(-60, 10**6),
        OFFSETS,
    )
    keys = st.text(max_size=12) | st.sampled_from([key_of(n.annotation.pk), key_of(n.quote.pk)])
    seen = st.lists(keys.map(lambda key: f"{key}:1"), max_size=102).map(",".join)
    fields = {  # (plausible, hostile)
        "checked": (recently, MOMENTS, 5),
        "revision": (st.just(str(n.article.revision)), st.integers().map(str) | TEXT),
        "seen": (seen, TEXT),
        "show": (st.sampled_from(["claim", "quote", "entity"]), TEXT),
        "by": (st.sampled_from(["ana", "ben"]), TEXT),
    }
    pairs = [
        (name, mostly(draw, *values)) for name, values in fields.items() if draw(st.integers(0, 9))
    ]
    user = mostly(
        draw, st.sampled_from(["annotator", "curator"]), st.sampled_from(["fellow", "anonymous"]), 8
    )
    headers = {"HX-Request": "true"} if draw(st.booleans()) else {}
    return user, f"/articles/{slug}/live/?{form_body(pairs).decode()}", headers


@fuzz("live")
@given(data=st.data())
def test_hostile_live_polls_never_end_in_a_5xx(newsroom, data):
    user, path, headers = data.draw(live_polls(newsroom))
    send(newsroom.clients[user], "GET", path, headers=headers)


# --- the ingest page -------------------------------------------------------------------------

LINES = sample_lines()
RAW_TEXTS = st.lists(st.sampled_from(LINES) | TEXT, max_size=12).map("\n".join)
INGEST_FIELDS = {  # (plausible, hostile)
    "text": (RAW_TEXTS, TEXT),
    "publication": (st.just("The Moscow Times"), TEXT),
    "action": (st.sampled_from(["preview", "draft", "publish"]), TEXT),
    "story_starts": (st.sampled_from(["1", "1,5", "", "0", "99999999"]), TEXT),
    "story_by": (st.sampled_from(["cleaner", "curator"]), TEXT),
    "story_digest": (st.just("0" * 64), TEXT),
    "starts": (st.sampled_from(["1", "3", "0", "10000001"]), TEXT),
    "edit": (st.sampled_from(["up-2", "down-1", "merge-1", "split", "up-9999999"]), TEXT),
    "split_at": (st.sampled_from(["1", "2", "0", "10000001"]), TEXT),
}
FILE_NAMES = st.sampled_from(["page.txt", "../../etc/passwd", "", "x" * 300, "a\x00b.txt"]) | TEXT
FILE_BYTES = st.one_of(
    st.binary(max_size=300),
    RAW_TEXTS.map(encode),
    st.sampled_from([b"", b"\x00" * 50, b"\xff\xfe" + "Headline\n".encode("utf-16-le")]),
)


@st.composite
def ingest_posts(draw):
    pairs: list[tuple[str, str]] = []
    for name, values in INGEST_FIELDS.items():
        for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2] if name == "starts" else [0, 1, 1]))):
            pairs.append((name, mostly(draw, *values)))
    files = []
    if draw(st.integers(0, 3)) == 0:
        for _ in range(draw(st.integers(1, 3))):
            name = without_surrogates(draw(FILE_NAMES)).replace("\x00", "") or "x"
            files.append(SimpleUploadedFile(name, draw(FILE_BYTES), content_type="text/plain"))
    user = draw(st.sampled_from(["curator", "curator", "curator", "annotator"]))
    headers = {"HX-Request": "true"} if draw(st.booleans()) else {}
    return user, pairs, files, headers


@fuzz("ingest")
@given(data=st.data())
def test_hostile_ingest_posts_never_end_in_a_5xx(newsroom, data):
    user, pairs, files, headers = data.draw(ingest_posts())
    client = newsroom.clients[user]
    if not files:
        content_type = "application/x-www-form-urlencoded"
        send(client, "POST", "/ingest/", form_body(pairs), content_type, headers=headers)
        return
    # A multipart body, as browsers send files (Django's client writes it).
    fields: dict[str, list] = {"files": files}
    for name, value in pairs:
        fields.setdefault(name, []).append(without_surrogates(value))
    with transaction.atomic():
        response = client.post("/ingest/", fields, headers=headers)
        transaction.set_rollback(True)
    assert response.status_code < 500, (pairs, [f.name for f in files], response.content[:500])
