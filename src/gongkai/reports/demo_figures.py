"""Demo figures: table 二 cells the platform does not hold, for every unit and the years 2019,
2020 and 2021, imported through the ordinary file import (so each carries its provenance).

Deterministic (fixed seed). The city-wide 2020 sums equal the seed report's table 二 exactly;
the platform's own 结果公开 records are topped up (an imported figure replaces the platform count
of its unit and cell, so each unit's figure is at least what the platform already holds);
上一年项目数量(2020) = 上一年项目数量(2019) + 本年增/减(2019) for every unit.
"""

import csv
import io
import random
from decimal import Decimal

from gongkai.orgs.models import Kind, Level, Unit
from gongkai.reportformat import fixture
from gongkai.reports import statistics
from gongkai.reports.cells import cells_for, figure_cell
from gongkai.reports.figure_io import CODE, NAME, YEAR
from gongkai.reports.figure_services import import_figures

SEED = 20201231
TARGET_YEAR = 2020
KEYWORDS = {  # row → name fragments of the bodies that hold most of it
    "admin_license": ("行政审批服务局", "审批"),
    "other_mgmt_services": ("行政审批服务局", "人力资源", "民政", "医疗保障", "社会保险", "公积金", "不动产"),
    "admin_penalty": ("市场监督管理局", "综合行政执法", "公安", "生态环境", "交通运输", "城市管理", "应急管理"),
    "admin_coercion": ("市场监督管理局", "综合行政执法", "公安", "生态环境", "应急管理"),
    "admin_fees": ("自然资源", "人力资源", "住房", "公安", "市场监督", "教育"),
    "gov_central_procurement": ("财政", "教育", "卫生健康", "公共资源交易"),
}


def weight(unit: Unit, row: str) -> int:
    if any(word in unit.name for word in KEYWORDS.get(row, ())):
        return 40
    if unit.kind in (Kind.DEPARTMENT, Kind.INSTITUTION):
        return 4
    return 2 if unit.level == Level.TOWN else 3


def split(total: int, weights: list[int], rng: random.Random, floors: list[int] | None = None) -> list[int]:
    """Integers ≥ ``floors`` summing to ``total``, roughly proportional to ``weights`` (largest remainder)."""
    floors = floors or [0] * len(weights)
    rest = total - sum(floors)
    if rest < 0:
        raise ValueError(f"the platform already counts {sum(floors)}, more than the target {total}")
    shares = [w * rng.uniform(0.5, 1.5) for w in weights]
    scale = rest / sum(shares)
    raw = [share * scale for share in shares]
    out = [int(value) for value in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: rest - sum(out)]:
        out[i] += 1
    return [a + b for a, b in zip(out, floors, strict=True)]


def signed_split(total: int, items: list[int], rng: random.Random) -> list[int]:
    """Per-unit changes summing to ``total``, with items + change ≥ 0 for each unit."""
    if total >= 0:
        return split(total, [max(1, n) for n in items], rng)
    changes = [-part for part in split(-total, items, rng)]
    if any(n + c < 0 for n, c in zip(items, changes, strict=True)):
        raise ValueError(f"cannot remove {-total} items from {sum(items)} without going below zero")
    return changes


def decimal_split(total: Decimal, weights: list[int], rng: random.Random) -> list[Decimal]:
    """Amounts to four places summing to ``total`` exactly."""
    scale, places = Decimal("10000"), Decimal("0.0001")
    return [(Decimal(part) / scale).quantize(places) for part in split(int(total * scale), weights, rng)]


def platform_counts(units: list[Unit], year: int) -> dict[tuple[int, str], int]:
    selected = Unit.objects.filter(pk__in=[unit.pk for unit in units])
    by_unit = statistics.sources().decision_record_counts_by_unit(selected, year)
    return {(unit.pk, row): n for unit in units for row, n in by_unit[unit.pk].items()}


class FigureMaker:
    def __init__(self, units: list[Unit]):
        self.units = units
        self.rng = random.Random(SEED)

    def _weights(self, row: str) -> list[int]:
        return [weight(unit, row) for unit in self.units]

    def seed_year(self) -> dict[str, list]:
        """2020 in the 2019 format: the seed's table 二 split over the units, platform counts topped up."""
        t2 = fixture("zibo_2020")["t2"]
        platform = platform_counts(self.units, TARGET_YEAR)
        values: dict[str, list] = {}
        for cell in cells_for("2019"):
            _, block, row, column = cell.address.split(".")
            target = t2[block][row][column]
            if column == "change":
                continue  # after prev_items, below
            if cell.type == "decimal":
                values[cell.address] = decimal_split(Decimal(target), self._weights(row), self.rng)
            else:
                floors = [platform[(u.pk, row)] for u in self.units] if cell.platform_row else None
                values[cell.address] = split(target, self._weights(row), self.rng, floors)
        for cell in cells_for("2019"):
            _, block, row, column = cell.address.split(".")
            if column == "change":
                items = values[cell.address.replace(".change", ".prev_items")]
                values[cell.address] = signed_split(t2[block][row][column], items, self.rng)
        values |= self._amounts_2021(TARGET_YEAR)
        return values

    def year_before(self, seed: dict[str, list]) -> dict[str, list]:
        """2019 in the 2019 format: items chosen so that items(2019) + change(2019) = items(2020)."""
        values = self._decisions_near(seed, TARGET_YEAR - 1)
        for cell in cells_for("2019"):
            now = seed[cell.address]
            if cell.address.endswith(".prev_items"):
                change = [self.rng.randint(-2, min(3, n)) for n in now]
                values[cell.address.replace(".prev_items", ".change")] = change
                values[cell.address] = [n - c for n, c in zip(now, change, strict=True)]
            elif not cell.address.endswith(".change") and cell.address not in values:
                values[cell.address] = [self._drift(v) for v in now]
        return values

    def year_after(self, seed: dict[str, list]) -> dict[str, list]:
        """2021 in the 2021 format: decisions near 2020's, and the fee amounts."""
        return self._decisions_near(seed, TARGET_YEAR + 1) | self._amounts_2021(TARGET_YEAR + 1)

    def _decisions_near(self, seed: dict[str, list], year: int) -> dict[str, list]:
        """处理决定数量 near 2020's, never below what the platform counts for that year."""
        platform = platform_counts(self.units, year)
        return {cell.address: [max(self._drift(v), platform[(u.pk, cell.platform_row)])
                               for v, u in zip(seed[cell.address], self.units, strict=True)]
                for cell in cells_for("2019") if cell.platform_row}

    def _amounts_2021(self, year: int) -> dict[str, list]:
        """本年收费金额（万元）, a cell only the 2021 format has (also given for 2020)."""
        total = Decimal(self.rng.randint(180_000_000, 260_000_000)) / Decimal(10000)
        return {"t2.art20_8.admin_fees.fee_amount": decimal_split(total, self._weights("admin_fees"), self.rng)}

    def _drift(self, value):
        if isinstance(value, Decimal):
            return (value * Decimal(self.rng.uniform(0.8, 1.2))).quantize(Decimal("0.0001"))
        return round(value * self.rng.uniform(0.8, 1.2))


def csv_file(units: list[Unit], year: int, values: dict[str, list]) -> bytes:
    """The import file a unit would send, for all units at once."""
    cells = [figure_cell(address) for address in values]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([CODE, NAME, YEAR, *(cell.label for cell in cells)])
    for index, unit in enumerate(units):
        writer.writerow([unit.credit_code, unit.name, year, *(values[c.address][index] for c in cells)])
    return buffer.getvalue().encode("utf-8-sig")


def build_figures() -> list[str]:
    units = list(Unit.objects.order_by("path"))
    maker = FigureMaker(units)
    seed = maker.seed_year()
    files = [(TARGET_YEAR - 1, maker.year_before(seed)), (TARGET_YEAR, seed), (TARGET_YEAR + 1, maker.year_after(seed))]
    lines = []
    for year, values in files:
        name = f"演示数据-{year}年主动公开数据.csv"
        result = import_figures(csv_file(units, year, values), name)
        lines.append(f"  {name}：{result.units}个单位，{result.created}项")
    return lines
