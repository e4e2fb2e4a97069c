"""Django's database sessions, loaded together with the signed-in user in one query.

Every signed-in request reads its session, then its user, then their permissions: three
ORM queries, each costing more to build than to run. Here the session row carries the
user's id (``models.Session``), and one plain query returns the session, the user and
their permissions; ``newsroom.auth`` hands Django that user when the signed session data
names the same one. Saving, expiry, cycling and verification stay Django's.
"""

from __future__ import annotations

from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore as DBStore
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from newsroom import sql
from newsroom.auth import user_columns, user_from_row


class SessionStore(DBStore):
    # The user the session row pointed at, with their permissions, once loaded.
    loaded_user = None

    @classmethod
    def get_model_class(cls):
        from newsroom.models import Session

        return Session

    def create_model_instance(self, data):
        session = super().create_model_instance(data)
        try:
            session.user_id = get_user_model()._meta.pk.to_python(data.get(SESSION_KEY))
        except ValidationError:
            session.user_id = None
        return session

    def _get_session_from_db(self):
        model, user_model = self.model, get_user_model()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {sql.columns(model, 's')}, {user_columns('u')}"  # noqa: S608 - names from the models
                f" FROM {model._meta.db_table} s LEFT JOIN {user_model._meta.db_table} u"
                f" ON u.{user_model._meta.pk.column} = s.user_id"
                " WHERE s.session_key = %s AND s.expire_date > %s",
                [self.session_key, timezone.now()],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        width = len(model._meta.concrete_fields)
        self.loaded_user = user_from_row(row[width:])
        return sql.instance(model, row[:width])
