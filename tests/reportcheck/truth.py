"""The hand-checked truth files of the corpus, mapped from printed labels to template keys.

Truth files key cells by the labels a person reads (「（三）1.属于国家秘密」 × 「自然人」); the
checker's tables use the keys of ``report_templates.json``. A truth value is a number, a decimal
string, ``None`` for a blank cell, or ``{"raw": …}`` where the printed digits ran together and the
person could not (or only probably, ``likely``) split them.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from gongkai.reportcheck.anchors import parse_label
from gongkai.reportformat import load, normalize_label

CORPUS = Path(__file__).parent / "corpus"
_GROUP_AND_ITEM = re.compile(r"^\((.)\)(\d)\.")


@dataclass
class TruthCell:
    address: str
    expected: object  # int | str | None | {"raw": …}


def entries() -> list[dict]:
    return [json.loads(line) for line in (CORPUS / "index.jsonl").read_text(encoding="utf-8").splitlines() if line]


def raw_file(entry_id: str) -> Path:
    return next(p for p in sorted((CORPUS / "raw").glob(f"{entry_id}.*")) if p.suffix != ".pdf")


def truth(entry_id: str) -> dict:
    return json.loads((CORPUS / "truth" / f"{entry_id}.json").read_text(encoding="utf-8"))


def cells(data: dict, versions: dict[str, str]) -> list[TruthCell]:
    """Every truth cell as (template address, expected value)."""
    found = []
    t3 = load(versions["t3"]).t3
    for label, row in data["table3"].items():
        key = _t3_row(t3, label)
        found += [TruthCell(f"t3.{key}.{_t3_column(t3, c)}", v) for c, v in row.items()]
    t4 = load(versions["t4"]).t4
    for group, row in data["table4"].items():
        path = tuple(group.split("_"))
        for label, value in row.items():
            column = next(c for c in t4.columns if c.group == path and c.label == label)
            found.append(TruthCell(f"t4.cases.{column.key}", value))
    t2 = load(versions["t2"]).t2
    for caption, rows in data["article20"].items():
        block = next(b for b in t2.blocks if normalize_label(b.caption) == normalize_label(caption))
        for label, columns in rows.items():
            row = next(r for r in block.rows if r.label == label or r.label.endswith(label) or label.endswith(r.label))
            if "raw" in columns:
                found.append(TruthCell(f"t2.{block.key}.{row.key}", columns))
                continue
            for column_label, value in columns.items():
                column = next(c for c in block.columns
                              if parse_label(c.label).short == parse_label(column_label).short)
                found.append(TruthCell(f"t2.{block.key}.{row.key}.{column.key}", value))
    return found


def _t3_row(t3, label: str) -> str:
    text = normalize_label(label)
    match = _GROUP_AND_ITEM.match(text)
    if match:
        group = next(r for r in t3.rows if normalize_label(r.label).startswith(f"({match.group(1)})"))
        return next(r.key for r in t3.children(group.key) if normalize_label(r.label).startswith(f"{match.group(2)}."))
    return next(r.key for r in t3.data_rows if normalize_label(r.label).startswith(text))


def _t3_column(t3, label: str) -> str:
    return next(c.key for c in t3.columns if c.label == label)
