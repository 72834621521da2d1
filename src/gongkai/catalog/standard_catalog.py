"""The standard 公开目录 as data (``data/standard_catalog.json``). Plain Python: reading only."""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "standard_catalog.json"


@dataclass(frozen=True)
class StandardNode:
    code: str
    name: str
    parent_code: str | None
    position: int
    basic_only: bool
    description: str


def _walk(entries: list[dict], parent: str | None, inherited_basic: bool):
    for position, entry in enumerate(entries, start=1):
        basic = bool(entry.get("basic_only", inherited_basic))
        yield StandardNode(code=entry["code"], name=entry["name"], parent_code=parent, position=position,
                           basic_only=basic, description=entry.get("description", ""))
        yield from _walk(entry.get("children", []), entry["code"], basic)


@cache
def standard_nodes() -> tuple[StandardNode, ...]:
    """Every standard column, parents before children."""
    nodes = tuple(_walk(json.loads(DATA_FILE.read_text(encoding="utf-8"))["nodes"], None, False))
    codes = [node.code for node in nodes]
    if len(codes) != len(set(codes)):
        raise ValueError(f"duplicate codes in {DATA_FILE}")
    return nodes
