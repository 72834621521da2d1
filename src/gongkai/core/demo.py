"""``gongkai demo``: rebuild the demo database from scratch, step by step.

Each step is a module with ``build(out) -> list[str]``; the returned lines (logins, hints) are
printed at the end. A second run starts again from an empty data directory.
"""

import importlib
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import DatabaseError, connection

DEMO_STEPS = [
    ("单位与人员", "gongkai.orgs.demo"),
    ("主动公开目录与政策文件", "gongkai.catalog.demo"),
    ("依申请公开与复议诉讼（2019—2021）", "gongkai.foi.demo"),
    ("年度报告", "gongkai.reports.demo"),
]


class DemoRefused(Exception):
    """The database holds someone's real data; the demo would erase it."""


def holds_real_data() -> bool:
    """Units, none of which the demo generated (it always marks some ``synthetic``): a real unit
    tree, not a previous demo. An operator who runs ``gongkai demo`` with the production
    GONGKAI_HOME or DATABASE_URL must not lose it."""
    from gongkai.orgs.models import Unit

    try:
        return Unit.objects.exists() and not Unit.objects.filter(synthetic=True).exists()
    except DatabaseError:  # no tables yet: a new data directory
        return False


def reset_state() -> None:
    """Empty the database and every derived directory under GONGKAI_HOME."""
    for directory in (settings.MEDIA_ROOT, settings.SEARCH_INDEX_DIR, settings.DOCUMENTS_DIR):
        shutil.rmtree(directory, ignore_errors=True)
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database['NAME']}{suffix}").unlink(missing_ok=True)
        call_command("migrate", verbosity=0)
    else:
        call_command("migrate", verbosity=0)
        call_command("flush", interactive=False, verbosity=0)


def build(out) -> None:
    started = time.monotonic()
    print(f"数据目录: {settings.HOME}", file=out, flush=True)
    if holds_real_data():
        raise DemoRefused(f"数据库中已有非演示数据（数据目录 {settings.HOME}），构建演示数据会将其清空，已停止。"
                          "请为演示使用新的 GONGKAI_HOME 目录（并且不要设置 DATABASE_URL）。")
    reset_state()
    notes: list[str] = []
    for label, module_name in DEMO_STEPS:
        step_started = time.monotonic()
        print(f"· {label} …", end="", file=out, flush=True)
        notes.extend(importlib.import_module(module_name).build(out=out) or [])
        print(f" 完成（{time.monotonic() - step_started:.1f} 秒）", file=out, flush=True)
    print(f"演示数据已构建，用时 {time.monotonic() - started:.1f} 秒。", file=out)
    for line in notes:
        print(line, file=out)
