"""Importing 结果公开 records: all or nothing per file, with a row-numbered error report.

One pass, one transaction: rows are validated and written as they are read (PostgreSQL: COPY;
SQLite: batched INSERT); after the first bad row nothing more is written, the rest is only
checked, and any error rolls the whole file back.
"""

from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from gongkai.catalog import recordfile
from gongkai.catalog.models import DecisionRecord, RecordBatch, RecordKind
from gongkai.core import audit
from gongkai.core.imports import ImportRejected
from gongkai.orgs.models import Unit
from gongkai.search import indexing

BATCH = 5000
COLUMNS = ("unit_id", "kind", "decision_no", "matter", "subject", "subject_code", "decided_on", "content",
           "batch_id")


@dataclass
class _Writer:
    """Writes checked rows in batches. Before a batch is written, its 决定文书号 are checked against
    each other and against what is already stored (earlier batches of this file included): the
    same decision (unit, kind, 决定文书号) imported twice would be counted twice in table 二."""

    batch: RecordBatch
    units: dict[str, int]
    default_unit: int
    pending: list = field(default_factory=list)
    lines: list = field(default_factory=list)
    written: int = 0

    def add(self, line: int, row: recordfile.RecordRow) -> list[str]:
        unit_id = self.units[row.unit_code] if row.unit_code else self.default_unit
        self.pending.append((unit_id, row.kind, row.decision_no, row.matter, row.subject, row.subject_code,
                             row.decided_on, row.content, self.batch.pk))
        self.lines.append(line)
        return self.flush() if len(self.pending) >= BATCH else []

    def flush(self) -> list[str]:
        """Write the pending rows, or return the duplicates found among them (nothing written)."""
        if not self.pending:
            return []
        errors = self._duplicates()
        if errors:
            self.pending, self.lines = [], []
            return errors
        table = DecisionRecord._meta.db_table
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for values in self.pending:
                        copy.write_row(values)
            else:
                cursor.executemany(f"INSERT INTO {table} ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * 9)})",
                                   self.pending)
        self.written += len(self.pending)
        self.pending, self.lines = [], []
        return []

    def _duplicates(self) -> list[str]:
        stored = set(DecisionRecord.objects.filter(decision_no__in={v[2] for v in self.pending})
                     .values_list("unit_id", "kind", "decision_no"))
        first_line: dict[tuple, int] = {}
        errors = []
        for line, values in zip(self.lines, self.pending, strict=True):
            key = values[:3]
            if key in stored:
                errors.append(f"第{line}行：决定文书号“{key[2]}”已经导入过，不能重复导入")
            elif key in first_line:
                errors.append(f"第{line}行：决定文书号“{key[2]}”与第{first_line[key]}行重复")
            else:
                first_line[key] = line
        return errors


def _write_rows(rows, checker: recordfile.RowChecker, writer: _Writer) -> tuple[list[str], int]:
    """Check every row and write the good ones until the first error (then only check):
    the first errors (up to ``MAX_ERRORS``) and how many there were."""
    errors: list[str] = []
    total = 0
    for line, raw in enumerate(rows, start=2):
        if not any(str(cell or "").strip() for cell in raw):
            continue
        row, row_errors = checker.check(line, raw)
        if row is not None and row.unit_code and row.unit_code not in writer.units:
            row, row_errors = None, [f"第{line}行：决定机关“{row.unit_code}”不是本单位或下级单位"]
        if row is not None and not total:
            row_errors = writer.add(line, row)
        if row_errors:
            total += len(row_errors)
            errors.extend(row_errors[:max(0, recordfile.MAX_ERRORS - len(errors))])
    return errors, total


def import_records(unit: Unit, data: bytes, file_name: str, *, by=None) -> RecordBatch:
    """Import one file for ``unit``. A row may name another deciding unit in ``unit``'s subtree
    by its 统一社会信用代码 (e.g. a city-wide file imported by the city)."""
    fmt = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    units = dict(Unit.objects.in_subtree(unit).values_list("credit_code", "pk"))
    try:
        with transaction.atomic():
            rows = recordfile.raw_rows(data, fmt)
            header = next(rows, None)
            if header is None:
                raise ImportRejected(["文件为空"])
            checker = recordfile.RowChecker(recordfile.header_map(header),
                                            {label: key for key, label in RecordKind.choices},
                                            today=timezone.localdate())
            batch = RecordBatch.objects.create(unit=unit, file_name=file_name[:200],
                                               imported_by=by if getattr(by, "is_authenticated", False) else None)
            writer = _Writer(batch, units, unit.pk)
            errors, total_errors = _write_rows(rows, checker, writer)
            if not total_errors:
                errors = writer.flush()
                total_errors = len(errors)
            if total_errors:
                raise ImportRejected(errors[:recordfile.MAX_ERRORS], total_errors)
            if not writer.written:
                raise ImportRejected(["文件中没有数据行"])
            batch.row_count = writer.written
            batch.save(update_fields=["row_count"])
            audit.record("catalog.records_imported", actor=by, unit=unit, target=batch,
                         summary=f"导入结果公开记录 {writer.written} 条（{file_name}）", rows=writer.written)
    except recordfile.RecordFileError as exc:
        raise ImportRejected([str(exc)]) from None
    transaction.on_commit(lambda: indexing.index_record_batch.enqueue(batch.pk))
    return batch
