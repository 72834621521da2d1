"""Sample URL arguments for the portal's public pages (tests/test_url_access.py)."""

from datetime import date

from gongkai.catalog.services.tree import standard_node
from tests.catalog.factories import DecisionRecordFactory, attachment_on, published_item


def _item(world):
    return published_item(world.district, title="访问测试信息").pk


URL_KWARGS = {
    "portal:unit": lambda world: {"unit_id": world.district.pk},
    "portal:column": lambda world: {"unit_id": world.district.pk, "node_id": standard_node("policy").pk},
    "portal:item": lambda world: {"item_id": _item(world)},
    "portal:attachment": lambda world: (lambda a: {"item_id": a.item_id, "attachment_id": a.pk})(
        attachment_on(published_item(world.district, title="附件访问测试"))),
    "portal:normative_quarter": lambda world: {"unit_id": world.district.pk, "year": 2020, "quarter": 2},
    "portal:record": lambda world: {"record_id": DecisionRecordFactory(unit=world.district,
                                                                       decided_on=date(2020, 5, 1)).pk},
    "portal:sitemap_section": lambda world: {"name": "pages", "number": 1},
}
