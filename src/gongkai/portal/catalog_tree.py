"""A unit's 公开目录 as a tree with item counts and last updates (parents include children)."""

from dataclasses import dataclass, field
from datetime import date

from gongkai.catalog.models import CatalogNode, InfoItem


@dataclass
class Column:
    node: CatalogNode
    own_count: int = 0
    own_last: date | None = None
    children: list["Column"] = field(default_factory=list)

    @property
    def count(self) -> int:
        return self.own_count + sum(child.count for child in self.children)

    @property
    def last_update(self) -> date | None:
        dates = [d for d in [self.own_last, *(child.last_update for child in self.children)] if d]
        return max(dates) if dates else None

    def node_ids(self) -> list[int]:
        return [self.node.pk, *(pk for child in self.children for pk in child.node_ids())]

    def find(self, node_id: int) -> "Column | None":
        if self.node.pk == node_id:
            return self
        return next((found for child in self.children if (found := child.find(node_id))), None)


def unit_catalog(unit) -> list[Column]:
    """The unit's columns (standard and its own), top level first, with their figures."""
    updates = InfoItem.objects.column_updates(unit)
    columns = {node.pk: Column(node, *updates.get(node.pk, (0, None)))
               for node in CatalogNode.objects.for_unit(unit).order_by("position", "id")}
    roots = []
    for column in columns.values():
        parent = columns.get(column.node.parent_id)
        (parent.children if parent else roots).append(column)
    return roots


def find_column(roots: list[Column], node_id: int) -> Column | None:
    return next((found for root in roots if (found := root.find(node_id))), None)
