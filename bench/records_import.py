"""Import benchmark: N 结果公开 rows from one CSV file through ``import_records`` (parse,
validate, write, all or nothing), against the raw engine writing the same rows in the same run
(PostgreSQL: COPY of ready tuples; SQLite: executemany), and a file with one bad row.

    DATABASE_URL=postgres://… GONGKAI_MODE=demo GONGKAI_HOME=/tmp/gk-bench \\
      PYTHONPATH=src:. python -m bench.records_import --rows 1000000
"""

import argparse
import csv
import io
import random
import time


def make_csv(rows: int, bad_line: int | None = None) -> bytes:
    from bench.synthetic import record_rows
    from gongkai.catalog.recordfile import COLUMNS

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([COLUMNS[k] for k in ("kind", "decision_no", "matter", "subject", "subject_code",
                                          "decided_on", "content")])
    for line, row in enumerate(record_rows(rows), start=2):
        if line == bad_line:
            row[5] = "2020-02-30"
        writer.writerow(row)
    return buffer.getvalue().encode()


def raw_write(unit, rows: int) -> float:
    """The engine alone: the same rows, already parsed, written in one transaction."""
    from django.db import connection, transaction

    from bench.synthetic import record_rows
    from gongkai.catalog.models import DecisionRecord, RecordBatch
    from gongkai.catalog.services.records import COLUMNS

    kinds = {"行政许可": "admin_license", "行政处罚": "admin_penalty", "行政强制": "admin_coercion"}
    with transaction.atomic():
        batch = RecordBatch.objects.create(unit=unit, file_name="raw")
        tuples = [(unit.pk, kinds[r[0]], r[1], r[2], r[3], r[4], r[5], r[6], batch.pk) for r in record_rows(rows)]
        started = time.perf_counter()
        table = DecisionRecord._meta.db_table
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for values in tuples:
                        copy.write_row(values)
            else:
                cursor.executemany(f"INSERT INTO {table} ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * 9)})",
                                   tuples)
        elapsed = time.perf_counter() - started
        transaction.set_rollback(True)
    return rows / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    from bench._django import setup_django

    setup_django(mode="demo")
    from django.db import connection

    from bench._table import print_table
    from gongkai.catalog.models import DecisionRecord
    from gongkai.catalog.services.records import import_records
    from gongkai.core.imports import ImportRejected
    from gongkai.orgs import credit_code
    from gongkai.orgs.models import Kind, Level, Unit

    unit = Unit.objects.filter(name="基准测试单位").first() or Unit.objects.create(
        name="基准测试单位", level=Level.CITY, kind=Kind.DEPARTMENT,
        credit_code=credit_code.generate("370300", random.Random(3)))
    DecisionRecord.objects.filter(unit=unit).delete()
    data = make_csv(args.rows)
    print(f"{connection.vendor}: CSV of {args.rows:,} rows, {len(data) / 1e6:.0f} MB")
    raw_rate = raw_write(unit, args.rows)
    started = time.perf_counter()
    batch = import_records(unit, data, "bench.csv")
    rate = batch.row_count / (time.perf_counter() - started)
    DecisionRecord.objects.filter(unit=unit).delete()  # else every row of the same numbers is a duplicate
    bad = make_csv(args.rows, bad_line=args.rows // 2)
    started = time.perf_counter()
    try:
        import_records(unit, bad, "bench-bad.csv")
        verdict = "imported (wrong)"
    except ImportRejected as rejected:
        verdict = f"rejected: {rejected.errors[0]}"
    bad_seconds = time.perf_counter() - started
    print_table(["what", "rows", "rows/s", "vs raw engine"], [
        ["raw engine write", f"{args.rows:,}", f"{raw_rate:,.0f}", "1.0×"],
        ["import_records (parse, validate, write)", f"{batch.row_count:,}", f"{rate:,.0f}", f"{rate / raw_rate:.2f}×"],
    ])
    print(f"\nfile with one bad row: {verdict} after {bad_seconds:.1f} s; "
          f"records of the unit now: {DecisionRecord.objects.filter(unit=unit).count():,}")
    DecisionRecord.objects.filter(unit=unit).delete()


if __name__ == "__main__":
    main()
