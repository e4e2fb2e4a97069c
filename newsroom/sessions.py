"""Django's database sessions, each row also naming its signed-in user.

The documented way to extend a database-backed session engine ("Extending database-backed
session engines" in Django's sessions docs): ``newsroom.models.Session`` adds the user's
id, so deleting a user deletes their sessions. The signed session data stays the
authority on who is signed in; loading, saving, expiry and cycling are Django's.
"""

from __future__ import annotations

from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore as DBStore
from django.core.exceptions import ValidationError


class SessionStore(DBStore):
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
