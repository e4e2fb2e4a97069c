"""Pages: one stored raw text that may hold several stories. Step 1 of 3: new tables, columns.

0004 adds Page (its raw text immutable by trigger, as the article's was) and the columns
that point an article at its page and line range, and makes the article's own raw-text
columns optional; 0005 moves every article's raw text to a page of its own; 0006 drops the
article's raw-text columns. Three migrations, three transactions: PostgreSQL will not
alter a table that still has deferred constraint checks pending from a data change.

Going back works while every page holds one article (0005 refuses otherwise, rather than
lose the other stories).
"""

import django.db.models.deletion
from django.db import migrations, models

PAGE_RAW_IS_SACRED = """
ALTER TABLE newsroom_page
  ADD CONSTRAINT page_raw_sha256_matches
  CHECK (raw_sha256 = encode(sha256(convert_to(raw_text, 'UTF8')), 'hex'));

CREATE FUNCTION newsroom_page_raw_is_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW.raw_text IS DISTINCT FROM OLD.raw_text OR NEW.raw_sha256 IS DISTINCT FROM OLD.raw_sha256 THEN
    RAISE EXCEPTION 'raw_text is stored unchanged forever; clean it into a new revision instead'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER page_raw_is_immutable
  BEFORE UPDATE ON newsroom_page
  FOR EACH ROW EXECUTE FUNCTION newsroom_page_raw_is_immutable();
"""

PAGE_RAW_IS_SACRED_UNDONE = """
DROP TRIGGER IF EXISTS page_raw_is_immutable ON newsroom_page;
DROP FUNCTION IF EXISTS newsroom_page_raw_is_immutable();
ALTER TABLE newsroom_page DROP CONSTRAINT IF EXISTS page_raw_sha256_matches;
"""

# The article's own guarantees (from 0002), dropped here and restored on the way back.
ARTICLE_RAW_IS_SACRED_UNDONE = """
DROP TRIGGER IF EXISTS article_raw_is_immutable ON newsroom_article;
DROP FUNCTION IF EXISTS newsroom_article_raw_is_immutable();
ALTER TABLE newsroom_article DROP CONSTRAINT IF EXISTS article_raw_sha256_matches;
"""

ARTICLE_RAW_IS_SACRED = """
ALTER TABLE newsroom_article
  ADD CONSTRAINT article_raw_sha256_matches
  CHECK (raw_sha256 = encode(sha256(convert_to(raw_text, 'UTF8')), 'hex'));

CREATE FUNCTION newsroom_article_raw_is_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW.raw_text IS DISTINCT FROM OLD.raw_text OR NEW.raw_sha256 IS DISTINCT FROM OLD.raw_sha256 THEN
    RAISE EXCEPTION 'raw_text is stored unchanged forever; clean it into a new revision instead'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_raw_is_immutable
  BEFORE UPDATE ON newsroom_article
  FOR EACH ROW EXECUTE FUNCTION newsroom_article_raw_is_immutable();
"""


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0003_session_and_permissions")]

    operations = [
        migrations.CreateModel(
            name="Page",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("raw_text", models.TextField()),
                ("raw_sha256", models.CharField(editable=False, max_length=64, unique=True)),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="File name or channel the raw text came from.",
                        max_length=255,
                    ),
                ),
                (
                    "decode_note",
                    models.CharField(
                        blank=True,
                        help_text="How the input bytes were decoded, if not UTF-8.",
                        max_length=255,
                    ),
                ),
                (
                    "stories",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Raw line range of each story, in reading order.",
                    ),
                ),
                (
                    "story_starts",
                    models.JSONField(
                        blank=True,
                        help_text="Story boundaries (raw line numbers) a curator set; null when "
                        "the cleaner's own were kept.",
                        null=True,
                    ),
                ),
                (
                    "removed",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Raw lines left out of every story, with the reason.",
                    ),
                ),
                (
                    "outside",
                    models.JSONField(
                        blank=True, default=list, help_text="Material that belongs to no story."
                    ),
                ),
                (
                    "flags",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        help_text="The cleaner's confidence flags for the page.",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "ordering": ["-created_at", "-id"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("raw_sha256__regex", "^[0-9a-f]{64}$")),
                        name="page_raw_sha256_hex",
                    )
                ],
            },
        ),
        migrations.RunSQL(PAGE_RAW_IS_SACRED, PAGE_RAW_IS_SACRED_UNDONE),
        migrations.AddField(
            model_name="article",
            name="page",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="newsroom.page",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="line_start",
            field=models.PositiveIntegerField(help_text="First raw line of the story.", null=True),
        ),
        migrations.AddField(
            model_name="article",
            name="line_end",
            field=models.PositiveIntegerField(help_text="Last raw line of the story.", null=True),
        ),
        migrations.AddField(
            model_name="article",
            name="needs_review",
            field=models.BooleanField(
                default=False,
                help_text="The cleaner doubted this result (see the revision's flags); a curator "
                "clears this once the article has been checked.",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("needs_review", True)),
                fields=["-created_at"],
                name="article_needs_review",
            ),
        ),
        migrations.AddField(
            model_name="articlerevision",
            name="flags",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text="The cleaner's confidence flags for this story.",
            ),
        ),
        migrations.AlterField(
            model_name="articlerevision",
            name="changes",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="The cleaner's change report for this revision (removals with their "
                "reason).",
            ),
        ),
        # The article's raw text moves to its page (0005): its own columns become optional.
        migrations.RunSQL(ARTICLE_RAW_IS_SACRED_UNDONE, ARTICLE_RAW_IS_SACRED),
        migrations.RemoveConstraint(model_name="article", name="article_raw_sha256_hex"),
        migrations.AlterField(
            model_name="article",
            name="raw_sha256",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.AlterField(
            model_name="article",
            name="raw_text",
            field=models.TextField(null=True),
        ),
    ]
