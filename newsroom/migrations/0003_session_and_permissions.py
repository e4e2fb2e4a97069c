"""Sessions that carry their user's id, and a user's permissions as one SQL function.

Both serve the query every signed-in request makes (newsroom/sessions.py, auth.py): the
session row joins its user, and newsroom_permissions(user) lists their permissions as
"app_label.codename". PL/pgSQL keeps the function's plan for the connection's life, so
the five-table query is planned once, not on every request.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

PERMISSIONS_FUNCTION = """
CREATE FUNCTION newsroom_permissions(uid bigint) RETURNS text[] AS $$
BEGIN
  RETURN ARRAY(
    SELECT ct.app_label || '.' || p.codename
      FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
     WHERE p.id IN (SELECT up.permission_id FROM auth_user_user_permissions up
                     WHERE up.user_id = uid
                    UNION
                    SELECT gp.permission_id FROM auth_group_permissions gp
                      JOIN auth_user_groups ug ON ug.group_id = gp.group_id
                     WHERE ug.user_id = uid)
     ORDER BY 1);
END;
$$ LANGUAGE plpgsql STABLE;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0002_raw_text_is_sacred"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Session",
            fields=[
                (
                    "session_key",
                    models.CharField(
                        max_length=40, primary_key=True, serialize=False, verbose_name="session key"
                    ),
                ),
                ("session_data", models.TextField(verbose_name="session data")),
                ("expire_date", models.DateTimeField(db_index=True, verbose_name="expire date")),
                (
                    "user",
                    models.ForeignKey(
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "session",
                "verbose_name_plural": "sessions",
                "db_table": "newsroom_session",
                "abstract": False,
            },
        ),
        migrations.RunSQL(PERMISSIONS_FUNCTION, "DROP FUNCTION newsroom_permissions(bigint);"),
    ]
