"""Where to appeal, from the unit tree: proposed in the letters' remedies and the appeal form."""

import pytest

from gongkai.appeals import venues

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("unit", "organ", "court"), [
    ("city", "", "淄博市中级人民法院"),
    ("city_office", "淄博市人民政府", "淄博市中级人民法院"),
    ("district", "淄博市人民政府", "淄博市中级人民法院"),
    ("district_bureau", "淄博市张店区人民政府", "淄博市张店区人民法院"),
    ("town", "淄博市张店区人民政府", "淄博市张店区人民法院"),
])
def test_review_organ_and_court_follow_the_tree(world, unit, organ, court):
    assert (venues.review_organ(getattr(world, unit)), venues.court(getattr(world, unit))) == (organ, court)
