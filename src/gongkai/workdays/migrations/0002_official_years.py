"""Seed the calendar table with the official schedules 2004–2026 (chinesecalendar package)."""

from django.db import migrations


def seed_official_years(apps, schema_editor):
    from gongkai.workdays.seed import seed

    seed(apps.get_model("workdays", "CalendarYear"), apps.get_model("workdays", "SpecialDay"),
         using=schema_editor.connection.alias)


def remove_all_years(apps, schema_editor):
    apps.get_model("workdays", "CalendarYear").objects.using(schema_editor.connection.alias).all().delete()


class Migration(migrations.Migration):
    dependencies = [("workdays", "0001_initial")]

    operations = [migrations.RunPython(seed_official_years, remove_all_years)]
