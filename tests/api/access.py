"""Sample URL arguments for the API's public operations (tests/test_url_access.py)."""

from tests.portal.access import _item

URL_KWARGS = {
    "api:item": lambda world: {"item_id": _item(world)},
    "api:unit_catalog": lambda world: {"unit_id": world.district.pk},
}
