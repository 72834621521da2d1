"""The PostgreSQL backend: one row per document in ``search_searchentry`` with a ``grams``
tsvector of its distinct bigrams and characters (GIN-indexed, no positions).

A query asks for every bigram of each term (every character, for 1-character terms). For terms
of one or two characters that is exact; longer terms are rechecked with ``strpos`` on the
normalised text, so the answer is exactly "contains every term" (``gongkai.search.text``).
"""

from collections.abc import Iterable

from django.db import connection, transaction

from gongkai.orgs.models import Unit, subtree_bounds
from gongkai.search import text
from gongkai.search.backends.base import FACET_SIZE, SearchBackend
from gongkai.search.text import Hit, Query, Results, SearchDocument

TABLE = "search_searchentry"
COLUMNS = ("key", "kind", "object_pk", "unit_id", "unit_path", "doc_type", "year", "published_on", "doc_number",
           "title", "body")
UPSERT = (
    f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}, grams) VALUES ({', '.join(['%s'] * len(COLUMNS))}, "
    "array_to_tsvector(%s::text[])) ON CONFLICT (key) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*COLUMNS[1:], "grams"))
)
BATCH = 2000


def tokens(value: str) -> list[str]:
    return sorted(text.bigrams(value) | text.unigrams(value))


def row(document: SearchDocument) -> tuple:
    searchable = document.searchable
    return (document.key, document.kind, document.pk, document.unit_id, document.unit_path, document.doc_type,
            document.year, document.published_on, text.normalize(document.doc_number),
            " ".join(text.runs(document.title)), " ".join(text.runs(searchable)), tokens(searchable))


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(terms: list[str]) -> str:
    needed = []
    for term in terms:
        grams = [term] if len(term) == 1 else [term[i:i + 2] for i in range(len(term) - 1)]
        needed.extend(g for g in grams if g not in needed)
    return " & ".join(_lexeme(g) for g in needed)


class PostgresBackend(SearchBackend):
    name = "postgres"

    def __init__(self):
        if connection.vendor != "postgresql":
            raise RuntimeError("the postgres search backend needs DATABASE_URL to point at PostgreSQL")

    def index(self, documents: Iterable[SearchDocument]) -> int:
        written, batch = 0, []
        with transaction.atomic(), connection.cursor() as cursor:
            for document in documents:
                batch.append(row(document))
                if len(batch) >= BATCH:
                    cursor.executemany(UPSERT, batch)
                    written, batch = written + len(batch), []
            if batch:
                cursor.executemany(UPSERT, batch)
                written += len(batch)
        return written

    def remove(self, keys: Iterable[str]) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE key = ANY(%s)", [list(keys)])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")

    def count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            return cursor.fetchone()[0]

    def _where(self, query: Query) -> tuple[str, list]:
        terms = query.terms
        clauses, params = [], []
        if terms:
            clauses.append("grams @@ %s::tsquery")
            params.append(tsquery(terms))
            for term in terms:
                if len(term) > 2:
                    clauses.append("strpos(body, %s) > 0")
                    params.append(term)
        if query.unit_id is not None:
            path = Unit.objects.filter(pk=query.unit_id).values_list("path", flat=True).first() or "/-/"
            clauses.append("unit_path >= %s AND unit_path < %s")
            params.extend(subtree_bounds(path))
        for column in ("year", "doc_type", "kind"):
            value = getattr(query, column)
            if value:
                clauses.append(f"{column} = %s")
                params.append(value)
        return (" AND ".join(clauses) or "TRUE"), params

    def search(self, query: Query) -> Results:
        where, params = self._where(query)
        title_match = " AND ".join(["strpos(title, %s) > 0"] * len(query.terms)) or "FALSE"
        order = f"({title_match}) DESC, (doc_number = %s) DESC, published_on DESC, id DESC"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", params)
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT key, kind, object_pk FROM {TABLE} WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, *query.terms, query.number_key, query.limit, query.offset])
            hits = [Hit(key=key, kind=kind, pk=pk) for key, kind, pk in cursor.fetchall()]
            facets = {}
            for facet, column in (("year", "year"), ("doc_type", "doc_type"), ("unit", "unit_id")):
                cursor.execute(f"SELECT {column}, count(*) AS n FROM {TABLE} WHERE {where} GROUP BY {column} "
                               f"ORDER BY n DESC, {column} LIMIT {FACET_SIZE}", params)
                facets[facet] = [(str(value), n) for value, n in cursor.fetchall()] if total else []
        return Results(total=total, hits=hits, facets=facets)
