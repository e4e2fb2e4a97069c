"""Roles as groups: reader (anonymous), annotator, curator (staff).

Permissions are what the server checks; the groups only bundle them. ``ensure_roles``
runs after every migrate so that a fresh database, and every later model, gets them.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

ANNOTATORS = "Annotators"
CURATORS = "Curators"

# (app_label, codename) pairs; codenames of models that do not exist yet are skipped.
ANNOTATOR_PERMISSIONS = [
    ("annotations", "add_annotation"),
    ("annotations", "view_annotation"),
    ("annotations", "add_reply"),
    ("annotations", "view_reply"),
    ("annotations", "add_entity"),
    ("annotations", "view_entity"),
]
CURATOR_APPS = ["newsroom", "annotations"]


def _permissions(pairs):
    perms = []
    for app_label, codename in pairs:
        perm = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if perm is not None:
            perms.append(perm)
    return perms


def ensure_roles(**kwargs) -> None:
    annotators, _ = Group.objects.get_or_create(name=ANNOTATORS)
    annotators.permissions.add(*_permissions(ANNOTATOR_PERMISSIONS))
    curators, _ = Group.objects.get_or_create(name=CURATORS)
    curators.permissions.add(*Permission.objects.filter(content_type__app_label__in=CURATOR_APPS))


def make_annotator(user) -> None:
    user.groups.add(Group.objects.get(name=ANNOTATORS))


def make_curator(user) -> None:
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=CURATORS), Group.objects.get(name=ANNOTATORS))
