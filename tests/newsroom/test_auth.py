"""Permissions come from the user and their groups, in one query."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission

from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_group_and_user_permissions_in_one_query(django_assert_num_queries):
    user = make_user("ana", role="annotator")
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    with django_assert_num_queries(1):
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
