from collections.abc import Iterable

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

    def search(self, query: Query) -> Results:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError


def page_across_tiers(counts: list[int], offset: int, limit: int) -> list[tuple[int, int, int]]:
    """(tier, offset within the tier, how many) windows that make up one page of results."""
    windows = []
    for tier, count in enumerate(counts):
        if limit <= 0:
            break
        if offset >= count:
            offset -= count
            continue
        take = min(limit, count - offset)
        windows.append((tier, offset, take))
        limit -= take
        offset = 0
    return windows
