"""``gongkai bench``: the benchmarks of ``bench/`` in a source checkout, each a module with a
``main()`` that prints its table against a baseline measured in the same run."""

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # src/gongkai/core/benchmarks.py → the checkout
BENCH_DIR = ROOT / "bench"
SUMMARY_WIDTH = 100


class BenchmarkMissing(Exception):
    pass


def available() -> dict[str, str]:
    """Benchmark name → the first paragraph of its docstring (shortened); helper modules (``_…``, no
    ``main``) left out."""
    if not BENCH_DIR.is_dir():
        raise BenchmarkMissing("基准测试只随源码提供：请在 Gongkai 源码目录中运行（未找到 bench/ 目录）")
    found = {}
    for path in sorted(BENCH_DIR.glob("[!_]*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and node.name == "main" for node in module.body):
            summary = " ".join((ast.get_docstring(module) or "").split("\n\n")[0].split())
            found[path.stem] = summary if len(summary) <= SUMMARY_WIDTH else summary[:SUMMARY_WIDTH - 1] + "…"
    return found


def run(name: str, arguments: list[str]) -> int:
    """Run one benchmark in its own process (it sets up Django its own way) and return its exit code."""
    names = available()
    if name not in names:
        raise BenchmarkMissing(f"没有名为“{name}”的基准测试；可用的有：{'、'.join(names)}")
    path = os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return subprocess.run([sys.executable, "-m", f"bench.{name}", *arguments], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": path}).returncode
