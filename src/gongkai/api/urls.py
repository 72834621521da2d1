"""URL patterns of the API, each marked with the access policy its operations declare.

A pattern serves one path with one or more operations (HTTP methods). It is marked only when
every operation declares a policy and they all agree; otherwise it stays unmarked and
``tests/test_url_access.py`` names it.
"""

import inspect

from gongkai.orgs.access import ACCESS_ATTR, AccessPolicy

ROOT = AccessPolicy(kind="public")


def operations_of(callback) -> list:
    """The ninja operations a URL callback dispatches to (none for the docs and the root)."""
    path_view = inspect.getclosurevars(callback).nonlocals.get("self") if inspect.isfunction(callback) else None
    return list(getattr(path_view, "operations", []))


def _policy(callback):
    operations = operations_of(callback)
    policies = {getattr(op.view_func, ACCESS_ATTR, None) for op in operations}
    if not operations or None in policies or len(policies) != 1:
        return None
    return policies.pop()


def mark_patterns(api):
    """``api.urls`` with each pattern's callback marked with its operations' common policy."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        if pattern.name == "api-root":
            setattr(pattern.callback, ACCESS_ATTR, ROOT)
            continue
        if hasattr(pattern.callback, ACCESS_ATTR):  # the docs, marked by docs_decorator
            continue
        policy = _policy(pattern.callback)
        if policy is not None:
            setattr(pattern.callback, ACCESS_ATTR, policy)
    return patterns, app_name, namespace


def urls():
    from gongkai.api.api import api

    return mark_patterns(api)
