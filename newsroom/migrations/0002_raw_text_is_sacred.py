"""Database-level guarantees that the raw OCR text is stored exactly as received.

- raw_sha256 must be the SHA-256 of raw_text (so the dedupe key cannot drift);
- an UPDATE may never change raw_text (or its hash): cleaning makes new revisions;
- a revision's compiled document never changes once written (history is append-only).
"""

from django.db import migrations

FORWARD = """
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

CREATE FUNCTION newsroom_revision_is_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW.text IS DISTINCT FROM OLD.text OR NEW.blocks IS DISTINCT FROM OLD.blocks
     OR NEW.content IS DISTINCT FROM OLD.content OR NEW.number IS DISTINCT FROM OLD.number
     OR NEW.article_id IS DISTINCT FROM OLD.article_id THEN
    RAISE EXCEPTION 'an article revision is history and cannot be rewritten'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER revision_is_immutable
  BEFORE UPDATE ON newsroom_articlerevision
  FOR EACH ROW EXECUTE FUNCTION newsroom_revision_is_immutable();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS revision_is_immutable ON newsroom_articlerevision;
DROP FUNCTION IF EXISTS newsroom_revision_is_immutable();
DROP TRIGGER IF EXISTS article_raw_is_immutable ON newsroom_article;
DROP FUNCTION IF EXISTS newsroom_article_raw_is_immutable();
ALTER TABLE newsroom_article DROP CONSTRAINT IF EXISTS article_raw_sha256_matches;
"""


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0001_initial")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
