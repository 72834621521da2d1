"""Store each published item's 索引号 as assigned, so that a later change of the format setting or
of a unit's credit code does not renumber it. Existing items keep the number they show today."""

from django.conf import settings
from django.db import migrations, models


def fill_index_codes(apps, schema_editor):
    from gongkai.catalog import indexno

    InfoItem = apps.get_model("catalog", "InfoItem")
    items = InfoItem.objects.filter(index_serial__isnull=False, index_code="").select_related("unit")
    batch = []
    for item in items.iterator(chunk_size=2000):
        item.index_code = indexno.format_index(item.unit.credit_code, item.index_year, item.index_serial,
                                               settings.CATALOG_INDEX_FORMAT)
        batch.append(item)
        if len(batch) >= 2000:
            InfoItem.objects.bulk_update(batch, ["index_code"])
            batch = []
    InfoItem.objects.bulk_update(batch, ["index_code"])


class Migration(migrations.Migration):

    dependencies = [
        ("catalog", "0002_standard_catalog"),
    ]

    operations = [
        migrations.AddField(
            model_name="infoitem",
            name="index_code",
            field=models.CharField(blank=True, editable=False, max_length=80, verbose_name="索引号"),
        ),
        migrations.RunPython(fill_index_codes, migrations.RunPython.noop),
    ]
