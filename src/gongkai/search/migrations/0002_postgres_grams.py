"""The tsvector column and GIN index of the PostgreSQL backend: PostgreSQL only."""

from django.db import migrations

FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN grams tsvector NOT NULL DEFAULT ''::tsvector",
    "CREATE INDEX search_searchentry_grams_gin ON search_searchentry USING gin (grams)",
    # Keep heap rows narrow (text and tsvector go to TOAST): a search that counts many matches
    # reads the narrow rows only.
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 128)",
]
BACKWARD = [
    "ALTER TABLE search_searchentry RESET (toast_tuple_target)",
    "DROP INDEX IF EXISTS search_searchentry_grams_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS grams",
]


def _run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
