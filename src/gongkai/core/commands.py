"""``gongkai demo``, ``gongkai serve``, ``gongkai manage`` (Django's management commands) and
``gongkai bench``."""

import argparse
import sys


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="构建演示数据（淄博市）并启动服务")
    demo.add_argument("--no-serve", action="store_true", help="只构建演示数据，不启动服务")
    _add_serve_options(demo)
    demo.set_defaults(func=run_demo, env={"GONGKAI_MODE": "demo"})

    serve = subparsers.add_parser("serve", help="以生产级服务器（gunicorn）启动平台")
    _add_serve_options(serve)
    serve.set_defaults(func=run_serve)

    manage = subparsers.add_parser("manage", help="执行 Django 管理命令，例如 migrate、createsuperuser")
    manage.add_argument("arguments", nargs=argparse.REMAINDER)
    manage.set_defaults(func=run_manage)

    bench = subparsers.add_parser("bench", help="运行性能基准（bench/，源码目录中）；不带名称时列出全部")
    bench.add_argument("name", nargs="?", help="基准名称，例如 reports_all_units")
    bench.add_argument("arguments", nargs=argparse.REMAINDER, help="传给该基准的参数，例如 --repeat 3")
    bench.set_defaults(func=run_bench, setup_django=False)


def _add_serve_options(parser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn 工作进程数")
    parser.add_argument("--no-worker", action="store_true", help="不启动后台任务进程（db_worker）")


def run_demo(args) -> int:
    from gongkai.core import demo

    try:
        demo.build(out=sys.stdout)
    except demo.DemoRefused as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.no_serve:
        return 0
    return run_serve(args)


def run_serve(args) -> int:
    from gongkai.core import server

    return server.serve(host=args.host, port=args.port, workers=args.workers, worker=not args.no_worker)


def run_manage(args) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["gongkai manage", *args.arguments])
    return 0


def run_bench(args) -> int:
    from gongkai.core import benchmarks

    try:
        if args.name:
            return benchmarks.run(args.name, args.arguments)
        for name, summary in benchmarks.available().items():
            print(f"{name:<24} {summary}")
    except benchmarks.BenchmarkMissing as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0
