"""Category lists that the rest of the platform takes from the report format, never retypes.

- Decision categories: the data rows under 「三、本年度办理结果」 of the 2021 format, except the
  total. A request's outcome is exactly one of these; the 2019 format is a view of them.
- Applicant types: the columns of table 三, except 总计.
"""

from dataclasses import dataclass
from functools import cache

from gongkai.reportformat.model import load, raw_spec

RESULT_GROUP = "results"
RESULT_TOTAL = "result_total"


@dataclass(frozen=True)
class Category:
    key: str  # the 2021 t3 row key, e.g. "denied_third_party"
    label: str  # the row label as printed, e.g. "4.保护第三方合法权益"
    group_key: str  # "granted", "denied", "unable", "not_processed", "other" …
    group_label: str  # "（三）不予公开"
    basis: str  # legal basis note from the spec
    row_2019: str  # the 2019 t3 row this counts in

    @property
    def full_label(self) -> str:
        """「不予公开 — 4.保护第三方合法权益」 style label for forms and letters."""
        group = self.group_label.split("）", 1)[-1].split("（", 1)[0]
        if self.group_key == self.key:
            return group
        return f"{group} — {self.label}"


def _row_2019(key_2021: str) -> str:
    """2019.other = 2021.other_no_correction + other_no_fee + other_other; all else identical."""
    return "other" if key_2021.startswith("other_") else key_2021


@cache
def decision_categories() -> tuple[Category, ...]:
    t3 = load("2021").t3
    categories = []
    for row in t3.rows:
        if not row.data or row.key == RESULT_TOTAL:
            continue
        if row.parent == RESULT_GROUP:
            group = row
        elif row.parent is not None and t3.row(row.parent).parent == RESULT_GROUP:
            group = t3.row(row.parent)
        else:
            continue  # 一、本年新收 and the other level-0 rows are not outcomes
        categories.append(Category(key=row.key, label=row.label, group_key=group.key, group_label=group.label,
                                   basis=row.basis, row_2019=_row_2019(row.key)))
    return tuple(categories)


def category(key: str) -> Category:
    for item in decision_categories():
        if item.key == key:
            return item
    raise KeyError(f"unknown decision category {key!r}")


@dataclass(frozen=True)
class ApplicantType:
    key: str  # t3 column key, e.g. "commercial"
    label: str  # 商业企业
    is_organisation: bool  # the 法人或其他组织 columns


@cache
def applicant_types() -> tuple[ApplicantType, ...]:
    return tuple(
        ApplicantType(key=c.key, label=c.label, is_organisation=bool(c.group))
        for c in load("2021").t3.columns
        if c.key != "total"
    )


@cache
def mapping_2021_to_2019() -> dict[str, str]:
    """2021 t3 data row key → 2019 t3 data row key (many-to-one only for （六）其他处理)."""
    rows_2019 = {row.key for row in load("2019").t3.data_rows}
    mapping = {row.key: _row_2019(row.key) for row in load("2021").t3.data_rows}
    missing = set(mapping.values()) - rows_2019
    if missing:  # the spec and this rule disagree: fail loudly rather than miscount
        raise RuntimeError(f"2021→2019 mapping targets unknown rows {missing}; see {raw_spec()['mapping_2021_to_2019']}")
    return mapping
