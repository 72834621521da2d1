"""Django set-up shared by the benchmarks: a throw-away data directory unless GONGKAI_HOME is set,
the database from DATABASE_URL (SQLite under GONGKAI_HOME by default)."""

import os
import tempfile


def setup_django(mode: str = "test", migrate: bool = True) -> None:
    os.environ.setdefault("GONGKAI_MODE", mode)
    os.environ.setdefault("GONGKAI_HOME", tempfile.mkdtemp(prefix="gongkai-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
