"""The backends under test: tantivy always, PostgreSQL when the suite runs on it."""

from datetime import date

from django.db import connection

import pytest

from gongkai.search.service import get_backend
from gongkai.search.text import SearchDocument


def backend_params():
    return [pytest.param("tantivy", id="tantivy"), pytest.param("postgres", id="postgres")]


def make_backend(name):
    if name == "postgres" and connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL backend runs in the PostgreSQL test run")
    backend = get_backend(name)
    backend.clear()
    return backend


def document(pk, text, *, title="", unit_id=1, unit_path="/1/", doc_type="general", doc_number="",
             published_on=date(2020, 1, 1), kind="item"):
    return SearchDocument(key=f"{kind}:{pk}", kind=kind, pk=pk, unit_id=unit_id, unit_path=unit_path,
                          doc_type=doc_type, title=title, doc_number=doc_number, text=text,
                          published_on=published_on)
