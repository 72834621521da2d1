"""The README's first command: build the demo, serve it; running it again rebuilds it cleanly."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

# One worker runs the module (``--dist loadgroup``): the demo is built once for its tests, each
# build a minute or more, several on a loaded machine.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("demo_command"), pytest.mark.timeout(900)]


def demo_env(home) -> dict:
    if "sqlite" not in os.environ.get("DATABASE_URL", "sqlite"):
        pytest.skip("the demo is the embedded-SQLite set-up; PostgreSQL is covered by the rest of the suite")
    env = dict(os.environ, GONGKAI_HOME=str(home), GONGKAI_MODE="demo")
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL"):
        env.pop(name, None)
    return env


def run_demo(home) -> str:
    result = subprocess.run([sys.executable, "-m", "gongkai", "demo", "--no-serve"], env=demo_env(home),
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def count_units(home) -> int:
    with sqlite3.connect(home / "gongkai.sqlite3") as db:
        return db.execute("select count(*) from orgs_unit").fetchone()[0]


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo")
    output = run_demo(home)
    assert "演示账号" in output and "shizhengfu.jingban" in output
    return home


def test_demo_builds_the_zibo_tree(demo_home):
    assert count_units(demo_home) >= 500


def test_second_demo_run_rebuilds_cleanly(demo_home):
    units = count_units(demo_home)
    run_demo(demo_home)
    assert count_units(demo_home) == units


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, attempts: int = 100):
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.headers, response.read()
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


def test_serve_answers_with_pages_and_static_files(demo_home):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "gongkai", "serve", "--port", str(port), "--workers", "1",
                               "--no-worker"], env=demo_env(demo_home), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        status, headers, body = fetch(f"http://127.0.0.1:{port}/")
        assert status == 200 and "gunicorn" in headers.get("Server", "")
        assert "政府信息公开" in body.decode()
        status, _, css = fetch(f"http://127.0.0.1:{port}/static/gongkai/site.css")
        assert status == 200 and b"--red" in css
    finally:
        server.terminate()
        server.wait(timeout=20)
