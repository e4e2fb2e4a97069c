"""/curate/export/: curators download a streamed export; everyone else is refused."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from annotations.models import ArticleReview
from tests.factories import make_annotation, signed_in_client


@pytest.fixture
def tagged(article, curator, annotator):
    make_annotation(article, curator, "Macron", kind="claim")
    make_annotation(article, annotator, "Zelensky", kind="claim")
    ArticleReview.objects.create(article=article, reviewer=curator)
    return article


def download(response) -> bytes:
    assert response.streaming
    return b"".join(response.streaming_content)


@pytest.mark.django_db
def test_a_curator_downloads_the_reviewed_layer_as_doccano(tagged, curator):
    response = signed_in_client(curator).get(
        "/curate/export/", {"format": "doccano", "article": tagged.slug, "reviewed": "on"}
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.jsonl"')
    (line,) = download(response).decode().splitlines()
    document = json.loads(line)
    assert document["text"] == tagged.text
    start = tagged.text.index("Macron")
    assert document["label"] == [[start, start + len("Macron"), "CLAIM"]]


@pytest.mark.django_db
def test_brat_comes_as_a_zip(tagged, curator):
    response = signed_in_client(curator).get("/curate/export/", {"format": "brat"})
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(download(response))) as archive:
        names = set(archive.namelist())
    assert {"annotation.conf", f"{tagged.slug}.txt", f"{tagged.slug}.ann"} <= names


@pytest.mark.django_db
def test_the_form_shows_its_errors(curator):
    response = signed_in_client(curator).get(
        "/curate/export/",
        {"format": "xml", "article": "nope", "since": "2025-02-01", "until": "2025-01-01"},
    )
    assert response.status_code == 200 and not response.streaming
    assert b"Select a valid choice" in response.content
    assert b"There is no article with this slug." in response.content
    assert b"The range ends before it starts." in response.content


@pytest.mark.django_db
def test_the_page_offers_the_form(curator):
    response = signed_in_client(curator).get("/curate/export/")
    assert response.status_code == 200
    assert b'name="format"' in response.content


@pytest.mark.django_db
def test_only_curators_export(tagged, annotator, client):
    assert signed_in_client(annotator).get("/curate/export/", {"format": "csv"}).status_code == 403
    response = client.get("/curate/export/", {"format": "csv"})
    assert response.status_code == 302 and "/login" in response["Location"]
