#!/usr/bin/env bash
# The whole test suite: static checks, migrations check, then pytest on SQLite and on PostgreSQL.
# Extra arguments go to both pytest runs. GONGKAI_TEST_DATABASE_URL overrides the PostgreSQL URL.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
unset DATABASE_URL

echo "== ruff"
ruff check src tests bench

echo "== migrations are up to date"
GONGKAI_MODE=test GONGKAI_HOME=$(mktemp -d) gongkai manage makemigrations --check --dry-run >/dev/null \
  || { echo "模型变更缺少迁移文件：请运行 gongkai manage makemigrations" >&2; exit 1; }

pg_url=${GONGKAI_TEST_DATABASE_URL:-}
if [ -z "$pg_url" ]; then
  scripts/postgres.sh
  pg_url="postgres://gongkai:gongkai@127.0.0.1:5432/gongkai"
fi

workers=${GONGKAI_TEST_WORKERS:-2}
status=0
echo "== pytest on SQLite"
pytest -n "$workers" --dist loadgroup "$@" || status=1
echo "== pytest on PostgreSQL"
DATABASE_URL="$pg_url" pytest -n "$workers" --dist loadgroup "$@" || status=1
[ $status = 0 ] && echo "全部测试通过（SQLite 与 PostgreSQL）。" || echo "有测试失败，见上文。" >&2
exit $status
