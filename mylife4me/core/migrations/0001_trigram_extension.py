from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm, for site search that finds "ketamin" as Ketamine. Does nothing on SQLite."""

    initial = True
    dependencies = []
    operations = [TrigramExtension()]
