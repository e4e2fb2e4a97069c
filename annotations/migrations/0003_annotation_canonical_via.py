from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0002_history_is_append_only'),
    ]

    operations = [
        migrations.AddField(
            model_name='annotation',
            name='canonical',
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name='annotation',
            name='via',
            field=models.TextField(blank=True),
        ),
    ]
