"""Annotation history cannot be rewritten: UPDATE and DELETE of events are refused."""

from django.db import migrations

FORWARD = """
CREATE FUNCTION annotations_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'annotation history is append-only'
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER annotationevent_append_only
  BEFORE UPDATE OR DELETE ON annotations_annotationevent
  FOR EACH ROW EXECUTE FUNCTION annotations_event_is_append_only();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS annotationevent_append_only ON annotations_annotationevent;
DROP FUNCTION IF EXISTS annotations_event_is_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("annotations", "0001_initial")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
