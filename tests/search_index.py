"""A per-test search index directory; app conftests import this fixture."""

import pytest


@pytest.fixture(autouse=True)
def search_index_dir(request, settings, tmp_path):
    """Each test gets its own (empty) search index, except those on the shared demo."""
    if "demo" in request.fixturenames:
        return None
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    return settings.SEARCH_INDEX_DIR
