"""The permission boundary, checked for every URL pattern that exists.

Walks the URL configuration, so a new page is covered the moment it is routed: it must declare
an access policy (``gongkai.orgs.access``), and its policy is then exercised with the ``world``
users: anonymous visitors, a logged-in person with no role, staff of another unit, staff of a
child unit, supervisors above and beside, and the owner.
"""

from django.urls import URLPattern, URLResolver, get_resolver, reverse

import pytest

from gongkai.orgs.access import ACCESS_ATTR
from tests import access_samples

access_samples.load_app_samples()

SKIPPED_NAMESPACES = {"admin"}  # Django's admin: superusers only, tested below


def walk(patterns=None, namespace=""):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            if ns in SKIPPED_NAMESPACES:
                continue
            yield from walk(entry.url_patterns, f"{namespace}{ns}:" if ns else namespace)
        elif isinstance(entry, URLPattern):
            yield f"{namespace}{entry.name}" if entry.name else None, entry


PATTERNS = list(walk())
NAMED = [(name, p) for name, p in PATTERNS if name]


def test_every_url_pattern_is_named():
    assert [str(p.pattern) for name, p in PATTERNS if name is None] == []


def test_the_walk_catches_a_view_without_a_policy(settings):
    settings.ROOT_URLCONF = "tests.urlconf_unguarded"
    unguarded = [name for name, pattern in walk() if not hasattr(pattern.callback, ACCESS_ATTR)]
    assert unguarded == ["forgotten"]


@pytest.mark.parametrize(("name", "pattern"), NAMED, ids=[n for n, _ in NAMED])
def test_every_view_declares_an_access_policy(name, pattern):
    assert hasattr(pattern.callback, ACCESS_ATTR), (
        f"view for URL {name!r} declares no access policy; wrap it with a decorator from gongkai.orgs.access"
    )


def _url_for(name, pattern, world):
    policy = getattr(pattern.callback, ACCESS_ATTR)
    arguments = set(pattern.pattern.converters)
    if policy.kind == "object":
        factory = access_samples.OBJECT_SAMPLES.get(policy.model)
        assert factory, f"no sample factory for {policy.model.__name__} (URL {name}) in tests/access_samples.py"
        obj = factory(world, world.district)
        kwargs = {policy.kwarg: obj.pk}
        for extra in arguments - {policy.kwarg}:
            key = (policy.model, extra)
            assert key in access_samples.EXTRA_KWARGS, f"no sample value for {extra!r} of URL {name}"
            kwargs[extra] = access_samples.EXTRA_KWARGS[key](obj)
        return reverse(name, kwargs=kwargs), policy
    if arguments:
        assert name in access_samples.URL_KWARGS, f"no sample URL arguments for {name} in tests/access_samples.py"
        return reverse(name, kwargs=access_samples.URL_KWARGS[name](world)), policy
    return reverse(name), policy


def _status(client, user, method, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(url) if method == "get" else client.post(url, {})
    return response


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "pattern"), NAMED, ids=[n for n, _ in NAMED])
def test_access_policy_holds(name, pattern, world, client):
    url, policy = _url_for(name, pattern, world)
    anonymous = _status(client, None, "get", url)
    if policy.kind == "public":
        assert anonymous.status_code < 500
        return
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"], f"{url} open to anonymous"
    assert _status(client, world.outsider, "get", url).status_code == 403, f"{url} open to a user without role"
    if policy.kind == "sysadmin":
        assert _status(client, world.district_clerk, "get", url).status_code == 403
        assert _status(client, world.city_supervisor, "post", url).status_code == 403
        assert _status(client, world.sysadmin, "get", url).status_code < 400
    if policy.kind == "object":
        _check_object_policy(client, world, url, policy)


def _check_object_policy(client, world, url, policy):
    owner = world.district_clerk if "clerk" in policy.act_roles else world.district_admin
    for stranger in (world.other_clerk, world.town_clerk, world.city_clerk):
        for method in ("get", "post"):
            status = _status(client, stranger, method, url).status_code
            assert status == 404, f"{stranger.username} {method.upper()} {url} → {status}, expected 404"
    assert _status(client, world.district_supervisor, "get", url).status_code not in (403, 404)
    assert _status(client, world.city_supervisor, "get", url).status_code not in (403, 404)
    assert _status(client, world.city_supervisor, "post", url).status_code == 403, "supervisors must not act"
    assert _status(client, owner, "get", url).status_code not in (403, 404)


@pytest.mark.django_db
def test_admin_is_for_superusers_only(world, client):
    assert _status(client, world.city_supervisor, "get", "/admin/").status_code == 302
    assert _status(client, world.sysadmin, "get", "/admin/").status_code == 200


def test_an_api_operation_without_a_policy_gets_no_pattern_policy():
    """A new API operation that forgets its decorator stays unmarked, so the tests above fail."""
    from ninja import NinjaAPI, Router

    from gongkai.api.urls import mark_patterns
    from gongkai.orgs.access import public_view

    router = Router()

    @router.get("/forgotten", url_name="forgotten")
    def forgotten(request):
        return {}

    @router.get("/declared", url_name="declared")
    @public_view
    def declared(request):
        return {}

    api = NinjaAPI(urls_namespace="probe_api", docs_url=None, openapi_url=None)
    api.add_router("", router)
    marked = {p.name: hasattr(p.callback, ACCESS_ATTR) for p in mark_patterns(api)[0]}
    assert (marked["forgotten"], marked["declared"]) == (False, True)


def test_public_api_operations_are_read_only():
    from gongkai.api.urls import operations_of

    for name, pattern in NAMED:
        if name.startswith("api:") and getattr(pattern.callback, ACCESS_ATTR).kind == "public":
            methods = {method for op in operations_of(pattern.callback) for method in op.methods}
            assert methods <= {"GET"}, f"public API operation {name} accepts {sorted(methods)}"
