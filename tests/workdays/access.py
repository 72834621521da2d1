"""URL arguments for the permission walk (tests/test_url_access.py)."""

URL_KWARGS = {
    "workdays:year": lambda world: {"year": 2026},
    "workdays:edit": lambda world: {"year": 2026},
    "workdays:withdraw": lambda world: {"year": 2026},
}
