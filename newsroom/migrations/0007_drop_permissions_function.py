"""Drop newsroom_permissions(user), which 0003 used to create.

Permissions are Django's own lookup (ModelBackend); a database migrated before 0003
stopped creating the function still has it, a fresh one never had it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0006_article_reads_its_page")]

    operations = [
        migrations.RunSQL(
            "DROP FUNCTION IF EXISTS newsroom_permissions(bigint);", migrations.RunSQL.noop
        ),
    ]
