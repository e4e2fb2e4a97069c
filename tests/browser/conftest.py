"""Real headless Chromium driven by Playwright against pytest-django's live_server.

Uses the system Chromium (/usr/bin/chromium, `apt-get install chromium` on Debian)
so no browser download is needed; PLAYWRIGHT_CHROMIUM overrides the path.
"""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from django.core.signals import request_finished, request_started
from playwright.sync_api import Page, sync_playwright

from tests.factories import PASSWORD

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    path = os.environ.get("PLAYWRIGHT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        pytest.fail(
            "Browser tests need Chromium: `apt-get install chromium` (Debian), "
            "or set PLAYWRIGHT_CHROMIUM to a Chromium binary."
        )
    return path


class InFlight:
    """Counts the requests the live server is answering, from Django's request signals."""

    def __init__(self) -> None:
        self.count = 0
        self.changed = threading.Condition()

    def started(self, **kwargs) -> None:
        with self.changed:
            self.count += 1

    def finished(self, **kwargs) -> None:
        with self.changed:
            self.count -= 1
            self.changed.notify_all()

    def wait_until_idle(self, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.count <= 0, timeout)


@pytest.fixture(scope="session")
def in_flight():
    requests = InFlight()
    request_started.connect(requests.started)
    request_finished.connect(requests.finished)
    yield requests
    request_started.disconnect(requests.started)
    request_finished.disconnect(requests.finished)


@pytest.fixture(autouse=True)
def requests_done_before_the_flush(in_flight):
    """A browser test's database is emptied only once the live server has answered the
    last request its pages made: a poll still being answered when the tables are
    truncated can deadlock with the truncation. Set up after the database (pytest-django's
    own autouse fixtures come first), so torn down before it is flushed, and after the
    test's browser contexts are closed."""
    yield
    assert in_flight.wait_until_idle(timeout=10), "the live server is still answering a request"


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context) -> Page:
    return context.new_page()


def csp_refusals(page: Page) -> list[str]:
    """The Content Security Policy refusals the page reports on its console from now on."""
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return refused


def sign_in(page: Page, live_server, username: str, password: str = PASSWORD) -> None:
    """Sign in through the real login form, like a person."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/articles/")


def select_first_paragraph_words(page: Page, words: int = 4) -> None:
    """From the focused article text, by keyboard: down to the first paragraph, then
    Shift+Ctrl+Right word by word."""
    for _ in range(12):
        in_paragraph = page.evaluate(
            "() => !!getSelection().focusNode?.parentElement?.closest('.paragraph')"
        )
        if in_paragraph:
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Home")
    for _ in range(words):
        page.keyboard.press("Shift+Control+ArrowRight")
