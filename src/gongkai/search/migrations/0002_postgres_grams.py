"""The tsvector column and GIN index of the PostgreSQL backend: PostgreSQL only."""

from django.db import migrations

FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN grams tsvector NOT NULL DEFAULT ''::tsvector",
    "CREATE INDEX search_searchentry_grams_gin ON search_searchentry USING gin (grams)",
    # Keep heap rows narrow: the text and the tsvector go to TOAST, the columns a search reads
    # for every match (title, 文号…) stay in the row, so counting many matches reads narrow rows.
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 128)",
    "ALTER TABLE search_searchentry ALTER COLUMN title SET STORAGE MAIN",
    "ALTER TABLE search_searchentry ALTER COLUMN body SET STORAGE EXTERNAL",
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
