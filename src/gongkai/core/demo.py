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
from django.db import connection

DEMO_STEPS = [
    ("单位与人员", "gongkai.orgs.demo"),
    ("主动公开目录与政策文件", "gongkai.catalog.demo"),
    ("依申请公开与复议诉讼（2019—2021）", "gongkai.foi.demo"),
    ("年度报告", "gongkai.reports.demo"),
]


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
