from tests.search_index import search_index_dir  # noqa: F401  (autouse)
