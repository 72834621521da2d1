"""Sample objects and URL arguments for the URL-walking permission test (test_url_access.py).

Every model used with ``object_view`` needs a sample factory here, and every other URL with
arguments needs sample arguments; the test fails and names what is missing otherwise.
Apps register theirs in ``tests/<app>/access.py`` and are listed in ``APP_SAMPLE_MODULES``.
"""

import importlib

from gongkai.orgs.models import Membership, Unit

# model → function(world, unit) returning an instance owned by ``unit``
OBJECT_SAMPLES = {
    Unit: lambda world, unit: unit,
    Membership: lambda world, unit: Membership.objects.filter(unit=unit, role="clerk").first(),
}
# (model, extra URL kwarg) → function(obj) returning the value, for URLs with nested objects
EXTRA_KWARGS = {}
# URL name ("namespace:name") → function(world) returning kwargs, for public/staff URLs
URL_KWARGS = {}

APP_SAMPLE_MODULES: list[str] = [
    "tests.workdays.access",
    "tests.reports.access",
    "tests.foi.access",
    "tests.catalog.access",
    "tests.portal.access",
    "tests.api.access",
]


def load_app_samples() -> None:
    for name in APP_SAMPLE_MODULES:
        module = importlib.import_module(name)
        OBJECT_SAMPLES.update(getattr(module, "OBJECT_SAMPLES", {}))
        EXTRA_KWARGS.update(getattr(module, "EXTRA_KWARGS", {}))
        URL_KWARGS.update(getattr(module, "URL_KWARGS", {}))
