"""Sample objects for the URL-walking permission test (tests/test_url_access.py)."""

from gongkai.catalog.models import InfoItem
from tests.catalog.factories import InfoItemFactory

OBJECT_SAMPLES = {
    InfoItem: lambda world, unit: InfoItemFactory(unit=unit),
}
