"""The national annual-report formats as data (plain Python, no Django).

One definition shared by the request decisions (``foi``), the report generator (``reports``) and
the checker of published reports (``reportcheck``).
"""

import copy

from gongkai.reportformat.categories import (
    ApplicantType,
    Category,
    applicant_types,
    category,
    decision_categories,
    mapping_2021_to_2019,
)
from gongkai.reportformat.identities import Failure, check, check_across_years, describe_cell, is_consistent
from gongkai.reportformat.labels import normalize_label
from gongkai.reportformat.model import (
    FIRST_REPORT_YEAR,
    VERSIONS,
    ReportFormat,
    load,
    raw_spec,
    version_for_year,
)
from gongkai.reportformat.tables import (
    Tables,
    cell_addresses,
    derived_row,
    empty_tables,
    get_cell,
    set_cell,
    t3_2021_to_2019,
)


def fixture(name: str = "zibo_2020") -> dict:
    """A report's tables stored in the spec (``fixtures.zibo_2020``: the seed report)."""
    data = copy.deepcopy(raw_spec()["fixtures"][name])  # callers may change it; the spec stays intact
    return {"version": data["version"], "t2": data["t2"], "t3": data["t3"], "t4": data["t4"]}


__all__ = [
    "FIRST_REPORT_YEAR", "VERSIONS", "ApplicantType", "Category", "Failure", "ReportFormat", "Tables", "applicant_types",
    "category", "cell_addresses", "check", "check_across_years", "decision_categories", "derived_row",
    "describe_cell", "empty_tables", "fixture", "get_cell", "is_consistent", "load", "mapping_2021_to_2019",
    "normalize_label", "set_cell", "t3_2021_to_2019", "version_for_year",
]
