"""The one JSON API (django-ninja), mounted at ``/api/``; OpenAPI docs at ``/api/docs``.

Apps contribute routers: a module listed in ``ROUTER_MODULES`` defines ``router`` and
``PREFIX``. Every operation declares its access policy with a decorator from
``gongkai.orgs.access`` (``@public_view`` for public, read-only data) under the router's
decorator; ``gongkai.api.urls`` refuses to route an operation without one.
"""

import importlib

from django.http import Http404

from ninja import NinjaAPI
from ninja.errors import ValidationError

from gongkai.api import params
from gongkai.orgs.access import public_view

ROUTER_MODULES = [
    "gongkai.catalog.api",
    "gongkai.search.api",
]

api = NinjaAPI(
    title="政府信息公开平台 API",
    version="1",
    description="主动公开的政府信息、公开目录和全文检索（只读，分页）。",
    urls_namespace="api",
    docs_url="/docs",
    docs_decorator=public_view,
)



@api.exception_handler(Http404)
def _not_found(request, exc):
    return api.create_response(request, {"detail": params.NOT_FOUND}, status=404)


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    return api.create_response(request, {"detail": [params.explain(e) for e in exc.errors]}, status=422)


for module_name in ROUTER_MODULES:
    module = importlib.import_module(module_name)
    api.add_router(module.PREFIX, module.router)
