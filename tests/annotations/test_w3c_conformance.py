"""The W3C checker (vendored in tests/fixtures/w3c) finds no failed MUST in what we serve.

Model mode reads an export (the article's container and each annotation on its own);
protocol mode drives a running server (``live_server``) through GET, HEAD, OPTIONS,
Prefer, POST, PUT with If-Match and DELETE, signed in with a session and CSRF token.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.test import Client
from django.utils.crypto import get_random_string

from annotations.w3c import ANNO_CONTEXT, MEDIA_TYPE
from tests.annotations.conftest import CLAIM
from tests.factories import make_annotation, make_article, make_entity, make_user

CHECKER = Path(__file__).resolve().parents[1] / "fixtures" / "w3c" / "check_annotations.py"
MODEL = re.compile(r"^w3c-model: (\d+) annotations, (\d+) failed MUST, (\d+) SHOULD warnings$")
PROTOCOL = re.compile(r"^w3c-protocol: (\d+) passed, (\d+) failed MUST, (\d+) SHOULD warnings$")


def run_checker(*args: str) -> tuple[str, tuple[int, ...]]:
    result = subprocess.run(  # noqa: S603 - our own vendored script
        [sys.executable, str(CHECKER), *args], capture_output=True, text=True, timeout=300
    )
    output = result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    match = (MODEL if last.startswith("w3c-model") else PROTOCOL).match(last)
    assert match, output
    return output, tuple(int(n) for n in match.groups())


@pytest.mark.django_db
def test_the_export_passes_every_model_must(newsroom_annotations, curator, article, tmp_path):
    client = Client()
    client.force_login(curator)
    container = client.get(f"/api/articles/{article.slug}/annotations/").json()
    singles = [client.get(a.get_absolute_url()).json() for a in newsroom_annotations.values()]
    (tmp_path / "container.json").write_text(json.dumps(container))
    (tmp_path / "annotations.json").write_text(json.dumps(singles))

    output, (checked, failed, _) = run_checker("--no-follow", str(tmp_path))

    assert failed == 0, output
    assert checked == 2 * len(newsroom_annotations), output


def protocol_headers(live_server, user) -> list[str]:
    client = Client()
    client.force_login(user)
    token = get_random_string(32)
    cookie = f"sessionid={client.cookies['sessionid'].value}; csrftoken={token}"
    return ["-H", f"Cookie: {cookie}", "-H", f"X-CSRFToken: {token}"]


def post_file(tmp_path, live_server, article) -> str:
    start = article.text.index(CLAIM)
    annotation = {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "Annotation",
        "motivation": "tagging",
        "body": [
            {"type": "TextualBody", "purpose": "commenting", "value": "Count them."},
            {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
        ],
        "target": {
            "type": "SpecificResource",
            "source": live_server.url + article.get_absolute_url(),
            "selector": [
                {"type": "TextQuoteSelector", "exact": CLAIM},
                {"type": "TextPositionSelector", "start": start, "end": start + len(CLAIM)},
            ],
        },
    }
    path = tmp_path / "post.json"
    path.write_text(json.dumps(annotation))
    return str(path)


@pytest.fixture
def served_article(transactional_db):
    curator = make_user("casey", role="curator")
    article = make_article()
    macron = make_entity("Emmanuel Macron", "person", wikidata_id="Q3052772")
    make_annotation(article, curator, "Macron", kind="entity", entity=macron)
    make_annotation(article, curator, "Zelensky", kind="entity", entity=make_entity("Zelensky"))
    make_annotation(article, curator, "We have today 26 countries", kind="quote", speaker=macron)
    return article, curator


@pytest.mark.parametrize("container", ["/api/annotations/", "article"])
def test_the_protocol_passes_every_must(live_server, served_article, tmp_path, container):
    article, curator = served_article
    if container == "article":
        container = f"/api/articles/{article.slug}/annotations/"
    output, (passed, failed, _) = run_checker(
        "--protocol",
        live_server.url + container,
        *protocol_headers(live_server, curator),
        "--post-file",
        post_file(tmp_path, live_server, article),
    )
    assert failed == 0, output
    assert passed > 50, output
    assert MEDIA_TYPE  # the checker asked for exactly this type
