"""The search interface the rest of the platform uses: one backend, chosen in settings."""

from functools import cache

from django.conf import settings

from gongkai.search.backends.base import SearchBackend
from gongkai.search.text import Query, Results

BACKENDS = ("tantivy", "postgres")


def get_backend(name: str | None = None) -> SearchBackend:
    """The configured backend (``settings.SEARCH_BACKEND``), one instance per index location."""
    return _backend(name or settings.SEARCH_BACKEND, str(settings.SEARCH_INDEX_DIR))


@cache
def _backend(name: str, directory: str) -> SearchBackend:
    if name == "tantivy":
        from gongkai.search.backends.tantivy_backend import TantivyBackend

        return TantivyBackend(directory)
    if name == "postgres":
        from gongkai.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    raise ValueError(f"unknown search backend {name!r}; expected one of {BACKENDS}")


def search(query: Query, backend: SearchBackend | None = None) -> Results:
    return (backend or get_backend()).search(query)
