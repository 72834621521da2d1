"""The 公开目录: the standard columns (synchronised from data) and units' own columns."""

from django.db import transaction

from gongkai.catalog.models import CatalogNode, DocType
from gongkai.catalog.services import CatalogError
from gongkai.catalog.standard_catalog import standard_nodes
from gongkai.core import audit

# The standard column an item of each type goes to unless the unit picks another.
DEFAULT_NODE_CODE = {
    DocType.RULE: "policy-rules",
    DocType.NORMATIVE: "policy-normative",
    DocType.POLICY: "policy-other",
    DocType.INTERPRETATION: "policy-interpretation",
    DocType.GENERAL: "other-statutory",
}


def sync_standard_catalog(node_model=CatalogNode) -> int:
    """Create or update the standard columns by code; returns how many were created.

    ``node_model`` lets the data migration pass its historical model.
    """
    created = 0
    by_code = {node.code: node for node in node_model.objects.filter(unit__isnull=True)}
    for entry in standard_nodes():
        node = by_code.get(entry.code) or node_model(code=entry.code)
        created += node.pk is None
        node.name, node.position, node.basic_only, node.description = (
            entry.name, entry.position, entry.basic_only, entry.description)
        node.parent = by_code.get(entry.parent_code) if entry.parent_code else None
        node.save()
        by_code[entry.code] = node
    return created


def standard_node(code: str) -> CatalogNode:
    """A standard column by code; the standard catalog is synchronised first if it is missing
    (a database emptied after its migrations ran)."""
    for attempt in range(2):
        try:
            return CatalogNode.objects.get(unit__isnull=True, code=code)
        except CatalogNode.DoesNotExist:
            if attempt or sync_standard_catalog() == 0:
                break
    raise CatalogError(f"标准目录栏目“{code}”不存在，请检查 catalog/data/standard_catalog.json")


def default_node(doc_type: str) -> CatalogNode:
    return standard_node(DEFAULT_NODE_CODE[doc_type])


@transaction.atomic
def add_unit_node(unit, parent: CatalogNode, name: str, *, by=None) -> CatalogNode:
    """A unit extends its catalog with its own column under a column it can see."""
    name = name.strip()
    if not name:
        raise CatalogError("栏目名称不能为空")
    if not CatalogNode.objects.for_unit(unit).filter(pk=parent.pk).exists():
        raise CatalogError("上级栏目不在本单位的公开目录中")
    if CatalogNode.objects.filter(unit=unit, parent=parent, name=name).exists():
        raise CatalogError(f"本单位在“{parent.name}”下已有栏目“{name}”")
    position = CatalogNode.objects.filter(parent=parent).count() + 1
    node = CatalogNode.objects.create(unit=unit, parent=parent, name=name, position=position)
    audit.record("catalog.node_added", actor=by, unit=unit, target=node, summary=f"新增目录栏目：{parent.name} › {name}")
    return node
