"""Shared fixtures: personas and factories. Tests run on real PostgreSQL (embedded by default)."""

from __future__ import annotations

import os

# Before Django configures itself: development settings for the test run, unless the
# caller chose otherwise. Playwright's sync API runs an event loop in the test thread,
# which would make Django refuse ORM calls made by browser tests' setup code.
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest

from tests.factories import make_article, make_user


@pytest.fixture
def annotator(db):
    return make_user("ana", role="annotator")


@pytest.fixture
def fellow(db):
    return make_user("ben", role="annotator")


@pytest.fixture
def curator(db):
    return make_user("casey", role="curator")


@pytest.fixture
def article(db):
    return make_article()


@pytest.fixture
def draft(db):
    return make_article(headline="A draft nobody may read yet", status="draft")
