"""Shared fixtures: personas and factories. Tests run on real PostgreSQL (embedded by default)."""

from __future__ import annotations

# The environment for the test run is set by tests/testenv.py, loaded before Django.
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
