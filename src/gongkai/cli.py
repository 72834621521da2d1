"""The ``gongkai`` command. Each app contributes its subcommands through a ``commands`` module
with ``register(subparsers)``; a subcommand sets ``func`` and, optionally, ``env`` defaults that
must be in place before Django's settings load (``gongkai demo`` runs in demo mode)."""

import argparse
import importlib
import os
import sys

COMMAND_MODULES = [
    "gongkai.core.commands",
    "gongkai.orgs.commands",
    "gongkai.workdays.commands",
    "gongkai.reports.commands",
    "gongkai.reportcheck.commands",
    "gongkai.foi.commands",
    "gongkai.catalog.commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gongkai", description="Gongkai 政府信息公开平台")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, value in getattr(args, "env", {}).items():
        os.environ.setdefault(name, value)
    if not getattr(args, "setup_django", True):  # e.g. ``gongkai check``: no settings, no database
        return args.func(args) or 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as exc:
        print(f"配置错误: {exc}", file=sys.stderr)
        return 2
    return args.func(args) or 0


if __name__ == "__main__":
    raise SystemExit(main())
