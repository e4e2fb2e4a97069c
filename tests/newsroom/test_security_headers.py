"""Security headers on pages, the API, the admin and static files."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().partition(" ")[::2] for part in policy.split(";") if part.strip())


@pytest.mark.parametrize(
    "url", ["/articles/", "/accounts/login/", "/api/annotations/", "/admin/login/"]
)
def test_pages_api_and_admin_carry_the_security_headers(client, article, url):
    response = client.get(url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"  # no inline script, no eval
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    assert "unsafe" not in response["Content-Security-Policy"]
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_the_article_page_is_signed_in_and_still_carries_them(client, article, annotator):
    client.force_login(annotator)
    response = client.get(article.get_absolute_url())
    assert "script-src 'self'" in response["Content-Security-Policy"]


@override_settings(WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True)
def test_static_files_may_not_be_embedded_by_other_sites():
    # A new client loads the middleware again, with WhiteNoise serving from the sources.
    response = Client().get("/static/css/site.css")
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_htmx_is_told_to_need_no_inline_style_and_no_eval(client, article):
    page = client.get("/articles/").content.decode()
    assert '"includeIndicatorStyles": false' in page
    assert '"allowEval": false' in page
