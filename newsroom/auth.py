"""Authentication: Django's, with a user and their permissions read in one plain query.

Every signed-in request loads its user and every write checks permissions; Django's
ModelBackend asks for the user, then for user and group permissions, in three ORM
queries, each costing more to build than to run. Here one query answers all three, and
when the session row already brought the user along (``newsroom.sessions``) there is no
query at all. Django's ``get_user`` still verifies the session against the user.
"""

from __future__ import annotations

import contextvars

from django.contrib import auth
from django.contrib.auth import get_user_model
from django.contrib.auth import middleware as auth_middleware
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils.functional import SimpleLazyObject

from newsroom import sql

# A user's permissions as "app_label.codename": newsroom_permissions(user id), a SQL
# function (migration 0003) so that PostgreSQL plans its five-table query once per
# connection instead of on every request.
ALL_PERMISSIONS_SQL = """
SELECT ct.app_label || '.' || p.codename
  FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
"""


def user_columns(alias: str) -> str:
    """The user's columns and permissions (NULL for superusers, who need none listed)."""
    model = get_user_model()
    pk = f"{alias}.{model._meta.pk.column}"
    return (
        f"{sql.columns(model, alias)},"
        f" CASE WHEN {alias}.is_superuser THEN NULL ELSE newsroom_permissions({pk}) END"
    )


def user_from_row(row):
    """A user from a row of ``user_columns``, permissions cached; None for a NULL row."""
    if row[0] is None:
        return None
    user = sql.instance(get_user_model(), row[:-1])
    if row[-1] is not None:
        user._perm_cache = set(row[-1])
    return user


# The session whose user is being loaded: set around Django's get_user, read by the
# backend, so the user that came with the session row is used without asking again.
_session = contextvars.ContextVar("newsroom_auth_session", default=None)


class AuthenticationMiddleware(auth_middleware.AuthenticationMiddleware):
    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _get_user(request))


def _get_user(request):
    if not hasattr(request, "_cached_user"):
        token = _session.set(request.session)
        try:
            request._cached_user = auth.get_user(request)
        finally:
            _session.reset(token)
    return request._cached_user


class OneQueryModelBackend(ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        try:
            pk = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        session = _session.get()
        user = getattr(session, "loaded_user", None)
        if user is None or user.pk != pk:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {user_columns('u')} FROM {model._meta.db_table} u"  # noqa: S608 - names from the model
                    f" WHERE u.{model._meta.pk.column} = %s",
                    [pk],
                )
                row = cursor.fetchone()
            user = None if row is None else user_from_row(row)
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            with connection.cursor() as cursor:
                if user_obj.is_superuser:
                    cursor.execute(ALL_PERMISSIONS_SQL)
                    user_obj._perm_cache = {name for (name,) in cursor}
                else:
                    cursor.execute("SELECT newsroom_permissions(%s)", [user_obj.pk])
                    user_obj._perm_cache = set(cursor.fetchone()[0])
        return user_obj._perm_cache
