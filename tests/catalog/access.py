"""Sample objects for the URL-walking permission test (tests/test_url_access.py)."""

from gongkai.catalog.models import InfoItem
from tests.catalog.factories import InfoItemFactory, attachment_on

OBJECT_SAMPLES = {
    InfoItem: lambda world, unit: InfoItemFactory(unit=unit),
}
EXTRA_KWARGS = {
    (InfoItem, "attachment_id"): lambda item: attachment_on(item).pk,
}
