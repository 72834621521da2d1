import pytest

from gongkai.reports import statistics
from tests.reports.fakes import UnitData


@pytest.fixture
def unit_data():
    """Per-unit statistics behind the report assembly; restored to the platform's afterwards."""
    data = UnitData()
    statistics.use_sources(data.sources())
    yield data
    statistics.use_sources(None)
