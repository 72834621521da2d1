"""Serving with gunicorn (static files through WhiteNoise) plus the background task worker."""

import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def unapplied_migrations() -> list:
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def serve(*, host: str, port: int, workers: int, worker: bool) -> int:
    if unapplied_migrations():
        print("数据库结构不是最新的，请先执行: gongkai manage migrate", file=sys.stderr)
        return 2
    call_command("collectstatic", interactive=False, verbosity=0)
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="gongkai.settings", GONGKAI_MODE=settings.MODE)
    children = []
    if worker:
        children.append(subprocess.Popen([sys.executable, "-m", "gongkai", "manage", "db_worker"], env=env))
    web = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "gongkai.wsgi:application", "--bind", f"{host}:{port}",
         "--workers", str(workers), "--threads", "4", "--access-logfile", "-", "--timeout", "120"],
        env=env,
    )
    children.append(web)
    # A supervisor (systemd, a test) stops us with SIGTERM: stop the children too, not orphan them.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    print(f"Gongkai 已启动: http://{host}:{port}/  (Ctrl+C 停止)", flush=True)
    try:
        return web.wait()
    except (KeyboardInterrupt, SystemExit):
        return 0
    finally:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
