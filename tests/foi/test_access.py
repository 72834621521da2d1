"""The access samples build objects owned by the unit asked for (the district in the URL walk)."""

import pytest

from tests.foi import access

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", list(access.OBJECT_SAMPLES))
def test_samples_belong_to_the_requested_unit(world, model):
    sample = access.OBJECT_SAMPLES[model](world, world.district)
    assert isinstance(sample, model) and sample.scope_unit == world.district
