"""Every report of a year at once (``gongkai report --all``): each unit's own tables in a few
GROUP BY passes, every subtree and named group summed from them, one file per report."""

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from gongkai.orgs.models import Unit
from gongkai.reports import narrative, render, statistics
from gongkai.reports.document import ReportDocument
from gongkai.reports.models import NamedGroup, ScopeKind
from gongkai.reports.scope import Scope
from gongkai.reports.tables_math import total


@dataclass
class BulkResult:
    files: int
    seconds: float


def all_tables(year: int, version: str, progress=None):
    """Yield (scope, tables) for every unit, every unit with units below it, and every named group."""
    units = {unit.pk: unit for unit in Unit.objects.all()}
    own = statistics.by_unit(year, version, list(units.values()), progress=progress)
    paths = {pk: unit.path for pk, unit in units.items()}
    for pk, tables in own.items():
        yield Scope(ScopeKind.UNIT, units[pk]), tables
    for pk, tables in statistics.subtree_totals(own, paths, version).items():
        yield Scope(ScopeKind.SUBTREE, units[pk]), tables
    for group in NamedGroup.objects.select_related("owner"):
        members = group.units().values_list("pk", flat=True)
        yield Scope.for_group(group), total([own[pk] for pk in members if pk in own], version)


def document(scope: Scope, year: int, tables: dict) -> ReportDocument:
    """A report with drafted text only (nothing stored), for bulk rendering."""
    text = narrative.draft(tables, year=year, compiler=scope.unit.name)
    return ReportDocument(title=scope.title(year), year=year, version=tables["version"], compiler=scope.unit.name,
                          scope_label=scope.label, narrative=text, tables=tables)


def run(year: int, version: str, out_dir: Path, fmt: str = "json", progress: bool = True) -> BulkResult:
    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    extension = render.FORMATS[fmt][1]
    units = Unit.objects.count()
    with tqdm(total=units, desc="统计各单位数据", unit="个", file=sys.stderr, disable=not progress) as bar:
        reports = list(all_tables(year, version, progress=bar.update))
    for scope, tables in tqdm(reports, desc="生成年度报告", unit="份", file=sys.stderr, disable=not progress):
        content = render.tables_json(tables) if fmt == "json" else render.render(document(scope, year, tables), fmt)
        target = out_dir / f"{scope.slug}.{extension}"
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)
    return BulkResult(files=len(reports), seconds=time.monotonic() - started)
