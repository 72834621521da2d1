#!/usr/bin/env bash
# Make sure a local PostgreSQL is running and has the role and database the tests use
# (gongkai/gongkai, allowed to create test databases). Idempotent.
set -euo pipefail

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  version=$(ls /etc/postgresql | sort -n | tail -1)
  echo "启动 PostgreSQL $version …"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -qAtX "$@"; else psql -U postgres -h 127.0.0.1 -qAtX "$@"; fi; }
if [ "$(as_postgres -c "select 1 from pg_roles where rolname='gongkai'")" != 1 ]; then
  as_postgres -c "create role gongkai login createdb password 'gongkai'"
fi
if [ "$(as_postgres -c "select 1 from pg_database where datname='gongkai'")" != 1 ]; then
  as_postgres -c "create database gongkai owner gongkai"
fi
