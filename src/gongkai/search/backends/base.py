from collections.abc import Iterable
from contextlib import contextmanager

from gongkai.search.text import Query, Results, SearchDocument

FACET_FIELDS = ("year", "doc_type", "unit")
FACET_SIZE = 20


class SearchBackend:
    """Ranking (every backend): items whose title contains the query first, then the item whose
    文号 is exactly the query, then the rest; most recent first within each tier."""

    name = ""

    def index(self, documents: Iterable[SearchDocument]) -> int:
        """Add or replace documents (by key); returns how many were written."""
        raise NotImplementedError

    def remove(self, keys: Iterable[str]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    @contextmanager
    def rebuilding(self):
        """Empty the index for a rebuild; backends may load faster inside (documents are new)."""
        self.clear()
        yield self

    def search(self, query: Query) -> Results:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError
