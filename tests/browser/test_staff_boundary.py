"""A clerk logs in, sees their unit, and cannot open another unit's page."""

import pytest

from tests.browser.conftest import log_in
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clerk_sees_own_unit_but_not_another(page, world):
    log_in(page, "district_clerk", PASSWORD)
    page.get_by_role("link", name=world.district.name).click()
    assert page.get_by_role("heading", level=1).inner_text() == world.district.name
    assert world.district.credit_code in page.content()

    response = page.goto(f"/workbench/units/{world.other_district.pk}/")
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "页面不存在"
    assert world.other_district.credit_code not in page.content()
