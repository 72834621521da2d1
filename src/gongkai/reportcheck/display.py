"""Check results shaped for the page: tables as grids with each cell's value, source and state."""

from gongkai.reportcheck.checker import CheckResult
from gongkai.reportcheck.findings import KIND_LABELS, SEVERITY_LABELS
from gongkai.reportcheck.xlsx import LAYOUT_LABELS, note, severities, status, template_label
from gongkai.reportformat import load


def present(result: CheckResult) -> dict:
    """What the results page shows for one file."""
    shown = {
        "file": result.file, "error": result.error, "status": status(result), "state": _state(result),
        "unit": result.metadata.unit, "year": result.metadata.year, "published_on": result.metadata.published_on,
        "template": template_label(result), "layout": LAYOUT_LABELS.get(result.layout or "", ""),
        "errors": result.errors, "warnings": result.warnings, "unresolved": result.unresolved,
        "findings": [{"severity": str(f.severity), "severity_label": SEVERITY_LABELS[f.severity],
                      "kind": KIND_LABELS[f.kind], "message": f.message, "quote": f.quote, "where": f.where}
                     for f in result.findings],
    }
    if result.tables is not None:
        cell = _cell_factory(result)
        shown["t2"] = _t2(result.versions["t2"], cell)
        shown["t3"] = _t3(result.versions["t3"], cell)
        shown["t4"] = _t4(result.versions["t4"], cell)
    return shown


def _state(result: CheckResult) -> str:
    if result.error:
        return "unreadable"
    if result.errors:
        return "error"
    return "warning" if result.findings else "ok"


def _cell_factory(result: CheckResult):
    flagged = severities(result)
    unresolved = {a for u in result.unresolved for a in u["cells"]}

    def cell(address: str) -> dict:
        node = result.tables
        for part in address.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        where = result.locations.get(address, {})
        state = str(flagged[address]) if address in flagged else ""
        explanation = note(address, node, where, unresolved)
        if not state and explanation:
            state = "unresolved" if address in unresolved else "blank"
        return {"value": node, "where": where.get("where", ""), "text": where.get("text", ""), "state": state,
                "note": explanation}

    return cell


def _t3(version: str, cell) -> dict:
    t3 = load(version).t3
    return {"columns": [c.label for c in t3.columns],
            "rows": [{"label": r.label, "level": r.level, "cells": [cell(f"t3.{r.key}.{c.key}") for c in t3.columns]}
                     for r in t3.rows if r.data]}


def _t4(version: str, cell) -> dict:
    t4 = load(version).t4
    return {"columns": [" · ".join((*c.group, c.label)) for c in t4.columns],
            "cells": [cell(f"t4.cases.{c.key}") for c in t4.columns]}


def _t2(version: str, cell) -> list[dict]:
    return [{"caption": b.caption, "columns": [c.label for c in b.columns],
             "rows": [{"label": r.label, "cells": [cell(f"t2.{b.key}.{r.key}.{c.key}") for c in b.columns]}
                      for r in b.rows]}
            for b in load(version).t2.blocks]
