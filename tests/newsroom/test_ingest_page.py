"""The staff page: paste or upload, preview, save; who may use it; bad input at this door."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from newsroom.models import Article
from tests.factories import make_user
from tests.newsroom.bad_input import ARTICLES, CP1252, ERRORS, HEADLINE, SAMPLE, ids

pytestmark = pytest.mark.django_db
URL = reverse("ingest")
HTMX = {"HTTP_HX_REQUEST": "true"}


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/plain")


@pytest.fixture
def staff(client, curator):
    client.force_login(curator)
    return client


def test_anonymous_readers_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_annotators_may_not_add_articles(client, annotator):
    client.force_login(annotator)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"text": SAMPLE.read_text(), "action": "draft"}).status_code == 403
    assert not Article.objects.exists()
    assert "Add articles" not in client.get(reverse("article-list")).content.decode()


def test_curators_find_the_page_in_the_navigation(staff):
    html = staff.get(reverse("article-list")).content.decode()
    assert f'href="{URL}"' in html
    page = staff.get(URL)
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.content.decode()


def test_a_post_without_the_csrf_token_is_refused(curator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    response = client.post(URL, {"text": SAMPLE.read_text(), "action": "draft"})
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_pasted_text_is_previewed_and_nothing_is_saved(staff):
    response = staff.post(URL, {"text": SAMPLE.read_text(), "action": "preview"})
    html = response.content.decode()
    assert response.status_code == 200
    assert HEADLINE in html
    assert "president.gov.ua" in html and "Credit" in html
    assert "‘First concrete step’" in html and "Related article:" in html
    assert "changes</strong>" in html
    assert "<html" in html  # a whole page when the browser posted the form itself
    assert not Article.objects.exists()


def test_htmx_gets_the_preview_fragment(staff):
    response = staff.post(URL, {"text": SAMPLE.read_text(), "action": "preview"}, **HTMX)
    html = response.content.decode()
    assert HEADLINE in html and "<html" not in html
    assert response["Vary"].count("HX-Request") == 1


def test_saving_pasted_text_lands_on_the_draft(staff, curator):
    text = SAMPLE.read_text().replace("\n", "\r\n")  # as a browser sends a textarea
    response = staff.post(URL, {"text": text, "action": "draft"})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert article.status == Article.Status.DRAFT
    assert article.page.raw_text == SAMPLE.read_text()
    assert article.revisions.get().created_by == curator
    page = staff.get(response["Location"])
    assert "saved as a draft" in page.content.decode()


def test_saving_with_htmx_redirects_the_browser(staff):
    response = staff.post(URL, {"text": SAMPLE.read_text(), "action": "publish"}, **HTMX)
    article = Article.objects.get()
    assert response["HX-Redirect"] == article.get_absolute_url()
    assert article.status == Article.Status.PUBLISHED


def test_publishing_needs_the_change_permission(client):
    clerk = make_user("clerk", role="none")
    clerk.is_staff = True
    clerk.save()
    clerk.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(clerk)
    assert "Save and publish" not in client.get(URL).content.decode()
    assert client.post(URL, {"text": SAMPLE.read_text(), "action": "publish"}).status_code == 403
    assert client.post(URL, {"text": SAMPLE.read_text(), "action": "draft"}).status_code == 302


def test_several_files_are_previewed_one_by_one(staff):
    files = [upload("sample.txt", SAMPLE.read_bytes()), upload("empty.txt", b"")]
    html = staff.post(URL, {"files": files, "action": "preview"}).content.decode()
    assert "sample.txt" in html and HEADLINE in html
    assert "empty.txt" in html and "The text is empty." in html
    assert "choose them again" in html  # the browser forgot the files on this reload
    assert not Article.objects.exists()


def test_several_files_are_saved_with_a_report_per_file(staff):
    staff.post(URL, {"files": [upload("first.txt", SAMPLE.read_bytes())], "action": "draft"})
    files = [
        upload("again.txt", SAMPLE.read_bytes()),
        upload("lyon.txt", CP1252),
        upload("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ]
    response = staff.post(URL, {"files": files, "action": "draft"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 created, 1 already there, 1 failed." in html
    assert "Already there" in html and "binary" in html
    assert Article.objects.count() == 2
    assert Article.objects.get(page__source_name="lyon.txt").page.decode_note


def test_a_non_utf8_file_is_previewed_with_its_decode_note(staff):
    html = staff.post(URL, {"files": [upload("lyon.txt", CP1252)]}).content.decode()
    assert "Encoding" in html and "Café Owners in Lyon" in html


def test_an_article_already_stored_says_so_in_the_preview(staff):
    staff.post(URL, {"text": SAMPLE.read_text(), "action": "draft"})
    html = staff.post(URL, {"text": SAMPLE.read_text(), "action": "preview"}).content.decode()
    assert "Already in the newsroom" in html


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "Paste the text of an article, or choose one or more .txt files."),
        ({"text": " \r\n\t "}, "The text is empty."),
        ({"text": "Headline", "files": [upload("a.txt", b"x")]}, "not both"),
        ({"text": "Headline\n\nBody\x00"}, "Pasted text: Null characters are not allowed."),
        ({"text": "Headline\n\nBody", "publication": "P" * 201}, "Publication: Ensure"),
    ],
    ids=["nothing", "whitespace-only", "both", "nul", "long-publication"],
)
def test_the_form_says_what_is_missing(staff, data, message):
    response = staff.post(URL, {**data, "action": "draft"}, **HTMX)
    assert response.status_code == 200  # htmx swaps only 2xx bodies
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_pasting_more_than_the_limit_is_refused_with_a_message(staff, settings):
    settings.NEWSROOM_MAX_RAW_BYTES = 1024 * 1024
    text = "A line of words in an enormous paste.\n" * 30_000
    response = staff.post(URL, {"text": text, "action": "preview"})
    assert "larger than 1 MB" in response.content.decode()


@pytest.fixture
def small_limits(settings):
    """The product's limit and Django's (above it), made small so tests post little."""
    settings.NEWSROOM_MAX_RAW_BYTES = 1024 * 1024
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024


def csrf_client(curator) -> tuple[Client, str]:
    """A client that checks CSRF like production, so Django reads the body before the
    view (the CSRF check looks for the token in it)."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    client.get(URL)
    return client, client.cookies["csrftoken"].value


@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_a_paste_bigger_than_django_reads_gets_the_size_message(curator, small_limits, htmx):
    client, token = csrf_client(curator)
    text = "A line of words in an enormous paste.\n" * 60_000  # 2.3 MB
    headers = {**HTMX, "HTTP_X_CSRFTOKEN": token} if htmx else {}
    response = client.post(
        URL, {"text": text, "action": "draft", "csrfmiddlewaretoken": token}, **headers
    )
    html = response.content.decode()
    assert response.status_code == (200 if htmx else 413)
    assert "The text is larger than 1 MB; split it into articles. Nothing was saved." in html
    assert ("<html" in html) is not htmx  # htmx gets the fragment it swaps in
    assert not Article.objects.exists()


def test_too_many_files_at_once_get_a_message(curator, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 3
    client, token = csrf_client(curator)
    files = [upload(f"{n}.txt", SAMPLE.read_bytes()) for n in range(4)]
    response = client.post(URL, {"files": files, "csrfmiddlewaretoken": token})
    assert response.status_code == 413
    assert "Choose at most 3 files at a time." in response.content.decode()


def test_other_pages_keep_djangos_answer_to_a_body_too_big(curator, small_limits):
    client, token = csrf_client(curator)
    response = client.post(
        reverse("login"), {"username": "x" * 3_000_000, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 400
    assert "larger than" not in response.content.decode()


@pytest.mark.parametrize("case", ERRORS, ids=ids(ERRORS))
@pytest.mark.parametrize("action", ["preview", "draft"])
def test_bad_files_get_a_message_and_nothing_is_saved(staff, case, action):
    files = [upload(f"{case.id}.txt", case.data)]
    response = staff.post(URL, {"files": files, "action": action})
    assert response.status_code == 200
    assert case.error in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.parametrize("case", ARTICLES, ids=ids(ARTICLES))
def test_awkward_files_make_sensible_articles(staff, case):
    files = [upload(f"{case.id}.txt", case.data)]
    preview = staff.post(URL, {"files": files, "action": "preview"}, **HTMX)
    assert "Ready" in preview.content.decode()
    response = staff.post(URL, {"files": [upload("x.txt", case.data)], "action": "draft"})
    article = Article.objects.get()
    assert response["Location"] == article.get_absolute_url()
    if case.headline:
        assert article.headline == case.headline
