"""Pages: step 3 of 3. The article's raw text lives on its page only; every article has one."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0005_move_raw_text_to_pages")]

    operations = [
        migrations.RemoveField(model_name="article", name="raw_text"),
        migrations.RemoveField(model_name="article", name="raw_sha256"),
        migrations.RemoveField(model_name="article", name="source_name"),
        migrations.RemoveField(model_name="article", name="decode_note"),
        migrations.AlterField(
            model_name="article",
            name="page",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="newsroom.page",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="line_start",
            field=models.PositiveIntegerField(help_text="First raw line of the story."),
        ),
        migrations.AlterField(
            model_name="article",
            name="line_end",
            field=models.PositiveIntegerField(help_text="Last raw line of the story."),
        ),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("line_end__gte", models.F("line_start")), ("line_start__gte", 1)
                ),
                name="article_lines_in_order",
            ),
        ),
    ]
