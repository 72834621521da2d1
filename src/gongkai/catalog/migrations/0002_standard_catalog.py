from django.db import migrations


def load_standard_catalog(apps, schema_editor):
    from gongkai.catalog.services.tree import sync_standard_catalog

    sync_standard_catalog(apps.get_model("catalog", "CatalogNode"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]

    operations = [migrations.RunPython(load_standard_catalog, migrations.RunPython.noop)]
