import pytest


@pytest.fixture(autouse=True)
def search_index_dir(settings, tmp_path):
    """Each test gets its own (empty) search index."""
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    return settings.SEARCH_INDEX_DIR
