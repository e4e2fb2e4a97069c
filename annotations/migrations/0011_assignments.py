"""Assignments of articles to annotators, and their history (append-only, like the
annotations' own: a trigger refuses UPDATE and DELETE of an event)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


APPEND_ONLY = """
CREATE FUNCTION annotations_assignment_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'assignment history is append-only'
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assignmentevent_append_only
  BEFORE UPDATE OR DELETE ON annotations_assignmentevent
  FOR EACH ROW EXECUTE FUNCTION annotations_assignment_event_is_append_only();
"""

REMOVE_APPEND_ONLY = """
DROP TRIGGER IF EXISTS assignmentevent_append_only ON annotations_assignmentevent;
DROP FUNCTION IF EXISTS annotations_assignment_event_is_append_only();
"""


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0010_claims'),
        ('newsroom', '0010_revision_corrections'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Assignment',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('assigned_at', models.DateTimeField(auto_now_add=True)),
                ('due_on', models.DateField(blank=True, null=True, verbose_name='due date')),
                ('note', models.TextField(blank=True, help_text='What the curator asks for.', max_length=2000)),
                ('done_at', models.DateTimeField(blank=True, null=True)),
                ('removed_at', models.DateTimeField(blank=True, null=True)),
                ('annotator', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to=settings.AUTH_USER_MODEL)),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to='newsroom.article')),
                ('assigned_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='assignments_made', to=settings.AUTH_USER_MODEL)),
                ('removed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['article', 'assigned_at', 'id'],
            },
        ),
        migrations.CreateModel(
            name='AssignmentEvent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('action', models.CharField(choices=[('assigned', 'Assigned'), ('changed', 'Due date or note changed'), ('done', 'Marked done'), ('reopened', 'Reopened'), ('removed', 'Unassigned')], max_length=10)),
                ('before', models.JSONField(blank=True, null=True)),
                ('after', models.JSONField(blank=True, null=True)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('actor', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='events', to='annotations.assignment')),
            ],
            options={
                'ordering': ['assignment', 'created_at', 'id'],
            },
        ),
        migrations.AddIndex(
            model_name='assignment',
            index=models.Index(condition=models.Q(('removed_at__isnull', True)), fields=['annotator', 'due_on', 'assigned_at'], name='assignment_annotator_due'),
        ),
        migrations.AddConstraint(
            model_name='assignment',
            constraint=models.UniqueConstraint(condition=models.Q(('removed_at__isnull', True)), fields=('article', 'annotator'), name='assignment_one_current_per_annotator', violation_error_message='This article is already assigned to this annotator.'),
        ),
        migrations.AddConstraint(
            model_name='assignment',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('removed_at__isnull', True), ('removed_by__isnull', True)), models.Q(('removed_at__isnull', False), ('removed_by__isnull', False)), _connector='OR'), name='assignment_removed_by_whom'),
        ),
        migrations.RunSQL(APPEND_ONLY, REMOVE_APPEND_ONLY),
    ]
