"""Signing in, sessions and permissions: Django's, with each session row naming its user."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission

from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_group_and_user_permissions_are_read_once(django_assert_max_num_queries):
    user = make_user("ana", role="annotator")
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    with django_assert_max_num_queries(2):
        assert user.has_perm("annotations.add_annotation")  # from the Annotators group
        assert user.has_perm("newsroom.add_article")  # given to the user
        assert not user.has_perm("annotations.curate_annotation")


def test_inactive_and_anonymous_users_have_no_permissions(db):
    user = make_user("gone", role="curator")
    user.is_active = False
    assert not user.has_perm("annotations.add_annotation")


def test_superusers_have_every_permission(django_user_model):
    root = django_user_model.objects.create_superuser("root", password="x" * 20)
    assert root.has_perm("annotations.curate_annotation")


def test_the_session_row_names_its_user_and_logout_ends_it(client):
    from newsroom.models import Session

    user = make_user("ana", role="annotator")
    client.force_login(user)
    session = Session.objects.get(session_key=client.session.session_key)
    assert session.user_id == user.pk
    client.post("/accounts/logout/")
    assert not Session.objects.filter(session_key=session.session_key).exists()
    assert client.get("/articles/").context["user"].is_anonymous


def test_a_session_row_pointing_elsewhere_still_signs_in_whom_the_signed_data_names(client):
    # The signed session data is the authority; the user id column only ties the row
    # to its user.
    from newsroom.models import Session

    ana, bo = make_user("ana"), make_user("bo")
    client.force_login(ana)
    Session.objects.filter(session_key=client.session.session_key).update(user=bo)
    assert client.get("/articles/").context["user"] == ana


def test_a_deleted_user_is_signed_out_and_their_sessions_go(client):
    from newsroom.models import Session

    user = make_user("ana")
    client.force_login(user)
    user.delete()
    assert not Session.objects.filter(user_id=user.pk).exists()
    assert client.get("/articles/").context["user"].is_anonymous


def test_a_changed_password_signs_out_other_sessions(client):
    user = make_user("ana")
    client.force_login(user)
    user.set_password("a completely different passphrase 7")
    user.save()
    assert client.get("/articles/").context["user"].is_anonymous


def test_an_inactive_user_is_not_signed_in(client):
    user = make_user("ana")
    client.force_login(user)
    user.is_active = False
    user.save()
    assert client.get("/articles/").context["user"].is_anonymous


def test_no_migration_leaves_a_permission_function(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_proc WHERE proname = 'newsroom_permissions'")
        assert cursor.fetchone() == (0,)
