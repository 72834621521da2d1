"""Checking report tables against the format's identities (勾稽关系).

``check(tables)`` evaluates every identity of one report; ``check_across_years(prev, cur)`` the
soft rules that link a unit's consecutive reports. Blank cells (``None``) make an identity
instance *not checkable* rather than failed. Plain Python, no Django.
"""

from dataclasses import dataclass, field

from gongkai.reportformat.model import Identity, ReportFormat, load
from gongkai.reportformat.tables import Tables, as_number, get_cell

IDENTITY_NAMES = {
    "T3.BALANCE": "第一项加第二项之和应等于第三项加第四项之和",
    "T3.RESULT_TOTAL": "（七）总计应等于各项办理结果之和",
    "T3.ROW_SUM": "总计应等于自然人与法人或其他组织各列之和",
    "T3.NONNEG_INT": "申请数量应为非负整数",
    "T3.CARRY_ACROSS_YEARS": "上年结转应等于上一年度报告的结转下年度继续办理",
    "T4.REVIEW_TOTAL": "行政复议总计应等于结果维持、结果纠正、其他结果、尚未审结之和",
    "T4.LIT_DIRECT_TOTAL": "未经复议直接起诉总计应等于结果维持、结果纠正、其他结果、尚未审结之和",
    "T4.LIT_AFTER_REVIEW_TOTAL": "复议后起诉总计应等于结果维持、结果纠正、其他结果、尚未审结之和",
    "T4.NONNEG_INT": "复议、诉讼数量应为非负整数",
    "T2.NONNEG": "主动公开数量和金额不应为负数",
    "T2.PUBLISHED_LE_TOTAL": "本年新公开数量不应大于对外公开总数量",
    "T2.ITEMS_ACROSS_YEARS": "上一年项目数量应等于上一年度报告的上一年项目数量加本年增/减",
    "T2.VALID_ACROSS_YEARS": "现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数",
    "T2.REPEALED_LE_PREV_VALID": "本年废止件数不应大于上年现行有效件数加本年制发件数",
}


@dataclass(frozen=True)
class Failure:
    """One identity instance that does not hold (or cannot be checked)."""

    identity: str
    kind: str  # hard | soft
    cells: tuple[str, ...]
    message: str
    lhs: object = None
    rhs: object = None
    checkable: bool = True
    blank_cells: tuple[str, ...] = field(default=())


def describe_cell(fmt: ReportFormat, address: str) -> str:
    """A Chinese description of a cell, e.g. 表三「一、本年新收…」行「自然人」列."""
    parts = address.split(".")
    try:
        if parts[0] == "t3":
            row, column = fmt.t3.row(parts[1]), fmt.t3.column(parts[2])
            return f"表三「{row.label}」行「{column.label}」列"
        if parts[0] == "t4":
            column = fmt.t4.column(parts[2])
            return f"表四「{' · '.join((*column.group, column.label))}」"
        block = next(b for b in fmt.t2.blocks if b.key == parts[1])
        row = next(r for r in block.rows if r.key == parts[2])
        column = next(c for c in block.columns if c.key == parts[3])
        return f"表二{block.caption}「{row.label}」「{column.label}」"
    except (KeyError, IndexError, StopIteration):
        return address


def _expand(identity: Identity, fmt: ReportFormat) -> list[tuple[str, dict[str, str]]]:
    """(instance label, placeholder values) for each instance of an identity."""
    if not identity.for_each:
        return [("", {})]
    (name, domain), = identity.for_each.items()
    if domain == "t3.columns":
        return [(f"「{c.label}」列", {name: c.key}) for c in fmt.t3.columns]
    if domain == "t3.data_rows":
        return [(f"「{r.label}」行", {name: r.key}) for r in fmt.t3.data_rows]
    return [(str(value), {name: value}) for value in domain]


def _sum(tables: Tables, addresses: list[str]):
    """Sum of the cells, or (None, blank addresses) when any cell is blank."""
    values = [as_number(get_cell(tables, a)) for a in addresses]
    blanks = tuple(a for a, v in zip(addresses, values, strict=True) if v is None)
    if blanks:
        return None, blanks
    return sum(values, start=0), ()


def _check_sum_identity(identity: Identity, fmt: ReportFormat, tables: Tables) -> list[Failure]:
    failures = []
    for instance, values in _expand(identity, fmt):
        lhs_cells = [a.format(**values) for a in identity.lhs]
        rhs_cells = [a.format(**values) for a in identity.rhs]
        try:
            lhs, lhs_blank = _sum(tables, lhs_cells)
            rhs, rhs_blank = _sum(tables, rhs_cells)
        except KeyError:
            continue  # a missing row/column is reported by the reader, not as an identity failure
        cells = tuple(lhs_cells + rhs_cells)
        name = IDENTITY_NAMES.get(identity.id, identity.expr)
        if lhs_blank or rhs_blank:
            failures.append(Failure(identity.id, identity.kind, cells, f"{name}{instance}：含空白单元格，无法核对",
                                    checkable=False, blank_cells=lhs_blank + rhs_blank))
        elif lhs != rhs:
            failures.append(Failure(identity.id, identity.kind, cells,
                                    f"{name}{instance}：左边为{lhs}，右边为{rhs}，相差{lhs - rhs}", lhs=lhs, rhs=rhs))
    return failures


def _check_nonnegative(fmt: ReportFormat, tables: Tables) -> list[Failure]:
    failures = []
    columns = {f"t3.{r.key}.{c.key}": ("T3.NONNEG_INT", c) for r in fmt.t3.data_rows for c in fmt.t3.columns}
    columns |= {f"t4.cases.{c.key}": ("T4.NONNEG_INT", c) for c in fmt.t4.columns}
    columns |= {f"t2.{b.key}.{r.key}.{c.key}": ("T2.NONNEG", c) for b in fmt.t2.blocks for r in b.rows
                for c in b.columns if c.type != "signed_int"}
    for address, (identity, column) in columns.items():
        try:
            value = as_number(get_cell(tables, address))
        except (KeyError, ArithmeticError, ValueError):
            continue
        if value is None:
            continue
        whole = column.type in ("int", "signed_int")
        if value < 0 or (whole and value != int(value)):
            failures.append(Failure(identity, "hard", (address,),
                                    f"{describe_cell(fmt, address)}为{value}：{IDENTITY_NAMES[identity]}"))
    return failures


def _check_published_le_total(identity: Identity, fmt: ReportFormat, tables: Tables) -> list[Failure]:
    failures = []
    for _, values in _expand(identity, fmt):
        row = values["r"]
        published, total = f"t2.art20_1.{row}.new_published", f"t2.art20_1.{row}.total_published"
        try:
            a, b = as_number(get_cell(tables, published)), as_number(get_cell(tables, total))
        except KeyError:
            continue
        if a is not None and b is not None and a > b:
            failures.append(Failure(identity.id, identity.kind, (published, total),
                                    f"{describe_cell(fmt, published)}为{a}，大于对外公开总数量{b}", lhs=a, rhs=b))
    return failures


def check(tables: Tables, version: str | None = None) -> list[Failure]:
    """Every identity of one report (hard and soft, within the report). Empty list = consistent."""
    fmt = load(version or tables["version"])
    failures = _check_nonnegative(fmt, tables)
    for identity in fmt.identities():
        if identity.across_years:
            continue
        if identity.lhs and identity.rhs:
            failures += _check_sum_identity(identity, fmt, tables)
        elif identity.id == "T2.PUBLISHED_LE_TOTAL":
            failures += _check_published_le_total(identity, fmt, tables)
    return failures


def _pair(prev: Tables, cur: Tables, a: str, b: str):
    try:
        return as_number(get_cell(prev, a)), as_number(get_cell(cur, b))
    except KeyError:
        return None, None


def check_across_years(prev: Tables, cur: Tables) -> list[Failure]:
    """Soft rules between a unit's report for year Y-1 (``prev``) and year Y (``cur``)."""
    fmt = load(cur["version"])
    failures = []
    if "t3" in prev and "t3" in cur:
        for column in fmt.t3.columns:
            before, now = _pair(prev, cur, f"t3.carry_next.{column.key}", f"t3.carried_in.{column.key}")
            if before is not None and now is not None and before != now:
                failures.append(Failure(
                    "T3.CARRY_ACROSS_YEARS", "soft", (f"t3.carried_in.{column.key}",),
                    f"「{column.label}」列上年结转为{now}，上一年度报告结转下年度继续办理为{before}",
                    lhs=now, rhs=before))
    if prev.get("version") == cur.get("version") == "2019":
        failures += _items_across_years(fmt, prev, cur)
    if prev.get("version") == cur.get("version") == "2021":
        failures += _valid_across_years(fmt, prev, cur)
    return failures


def _items_across_years(fmt: ReportFormat, prev: Tables, cur: Tables) -> list[Failure]:
    failures = []
    for block in fmt.t2.blocks:
        if not any(c.key == "prev_items" for c in block.columns):
            continue
        for row in block.rows:
            base = f"t2.{block.key}.{row.key}"
            try:
                items, change = (as_number(get_cell(prev, f"{base}.{k}")) for k in ("prev_items", "change"))
                now = as_number(get_cell(cur, f"{base}.prev_items"))
            except KeyError:
                continue
            if None not in (items, change, now) and items + change != now:
                failures.append(Failure("T2.ITEMS_ACROSS_YEARS", "soft", (f"{base}.prev_items",),
                                        f"「{row.label}」上一年项目数量为{now}，按上一年度报告应为{items + change}",
                                        lhs=now, rhs=items + change))
    return failures


def _valid_across_years(fmt: ReportFormat, prev: Tables, cur: Tables) -> list[Failure]:
    failures = []
    for row in fmt.t2.blocks[0].rows:
        base = f"t2.art20_1.{row.key}"
        try:
            before = as_number(get_cell(prev, f"{base}.valid"))
            made, repealed, valid = (as_number(get_cell(cur, f"{base}.{k}")) for k in ("made", "repealed", "valid"))
        except KeyError:
            continue
        if None in (before, made, repealed, valid):
            continue
        if before + made - repealed != valid:
            failures.append(Failure("T2.VALID_ACROSS_YEARS", "soft", (f"{base}.valid",),
                                    f"「{row.label}」现行有效件数为{valid}，按上年{before}+制发{made}-废止{repealed}"
                                    f"应为{before + made - repealed}", lhs=valid, rhs=before + made - repealed))
        if repealed > before + made:
            failures.append(Failure("T2.REPEALED_LE_PREV_VALID", "soft", (f"{base}.repealed",),
                                    f"「{row.label}」本年废止件数{repealed}大于上年现行有效{before}加本年制发{made}"))
    return failures


def is_consistent(tables: Tables) -> bool:
    return not [f for f in check(tables) if f.kind == "hard" and f.checkable]

