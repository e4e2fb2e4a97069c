"""Authentication backend: Django's, with a user's permissions loaded in one query.

Every write checks permissions; Django's ModelBackend asks for user and group
permissions in two ORM queries, each costing more to build than to run. One plain
query answers both.
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.db import connection

PERMISSIONS_SQL = """
SELECT ct.app_label, p.codename
  FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
 WHERE p.id IN (SELECT permission_id FROM auth_user_user_permissions WHERE user_id = %(user)s
                UNION
                SELECT gp.permission_id FROM auth_group_permissions gp
                  JOIN auth_user_groups ug ON ug.group_id = gp.group_id
                 WHERE ug.user_id = %(user)s)
"""
ALL_PERMISSIONS_SQL = """
SELECT ct.app_label, p.codename
  FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
"""


class OneQueryModelBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            with connection.cursor() as cursor:
                if user_obj.is_superuser:
                    cursor.execute(ALL_PERMISSIONS_SQL)
                else:
                    cursor.execute(PERMISSIONS_SQL, {"user": user_obj.pk})
                user_obj._perm_cache = {f"{app}.{codename}" for app, codename in cursor}
        return user_obj._perm_cache
