"""The PostgreSQL backend: one row per document in ``search_searchentry`` with a ``grams``
tsvector of every distinct substring of one to four characters (GIN-indexed, no positions).

A term of up to four characters is then one lexeme, and its presence is exactly "contains the
term". A longer term asks for all its 4-grams and is rechecked with ``strpos`` on the normalised
text, so the answer is exactly "contains every term" (``gongkai.search.text``).
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from django.db import connection, transaction

from gongkai.orgs.models import Unit, subtree_bounds
from gongkai.search import text
from gongkai.search.backends.base import FACET_SIZE, SearchBackend
from gongkai.search.text import Hit, Query, Results, SearchDocument

TABLE = "search_searchentry"
GIN_INDEX = "search_searchentry_grams_gin"  # created by migration 0002
COLUMNS = ("key", "kind", "object_pk", "unit_id", "unit_path", "doc_type", "year", "published_on", "doc_number",
           "title", "body")
UPSERT = (
    f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}, grams) VALUES ({', '.join(['%s'] * len(COLUMNS))}, "
    "array_to_tsvector(%s::text[])) ON CONFLICT (key) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*COLUMNS[1:], "grams"))
)
BATCH = 2000
WORK_MEM = "64MB"


MAX_GRAM = 4


def tokens(value: str) -> list[str]:
    """Every distinct substring of one to ``MAX_GRAM`` characters of each run."""
    return sorted({run[i:i + n] for run in text.runs(value) for n in range(1, MAX_GRAM + 1)
                   for i in range(len(run) - n + 1)})


def row(document: SearchDocument) -> tuple:
    searchable = document.searchable
    return (document.key, document.kind, document.pk, document.unit_id, document.unit_path, document.doc_type,
            document.year, document.published_on, text.normalize(document.doc_number),
            " ".join(text.runs(document.title)), " ".join(text.runs(searchable)), tokens(searchable))


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(terms: list[str]) -> str:
    needed = []
    for term in terms:
        grams = [term] if len(term) <= MAX_GRAM else [term[i:i + MAX_GRAM] for i in range(len(term) - MAX_GRAM + 1)]
        needed.extend(g for g in grams if g not in needed)
    return " & ".join(_lexeme(g) for g in needed)


class PostgresBackend(SearchBackend):
    name = "postgres"

    def __init__(self):
        if connection.vendor != "postgresql":
            raise RuntimeError("the postgres search backend needs DATABASE_URL to point at PostgreSQL")
        self._copying = False

    def index(self, documents: Iterable[SearchDocument]) -> int:
        if self._copying:
            return self._copy(documents)
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

    def _copy(self, documents: Iterable[SearchDocument]) -> int:
        """COPY new documents in, the tsvector as its text form (parsed by PostgreSQL in C).

        Documents are read a batch at a time before each COPY: the source may itself be reading
        the database on this connection, which cannot happen while a COPY is open."""
        written = 0
        sql = f"COPY {TABLE} ({', '.join(COLUMNS)}, grams) FROM STDIN"
        with transaction.atomic(), connection.cursor() as cursor:
            for batch in batched(documents, BATCH):
                rows = [row(document) for document in batch]
                with cursor.cursor.copy(sql) as copy:
                    for *values, grams in rows:
                        copy.write_row((*values, " ".join(_lexeme(g) for g in grams)))
                written += len(rows)
        return written

    def remove(self, keys: Iterable[str]) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE key = ANY(%s)", [list(keys)])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {TABLE}")

    @contextmanager
    def rebuilding(self):
        """Empty the table, drop the GIN index and COPY the documents in; the index is built once
        at the end (much faster than maintaining it row by row)."""
        self.clear()
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")
        self._copying = True
        try:
            yield self
        finally:
            self._copying = False
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON {TABLE} USING gin (grams)")
                cursor.execute(f"ANALYZE {TABLE}")

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
                if len(term) > MAX_GRAM:
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
        """One statement: the matches are found once (a materialised CTE), then counted by facet
        (GROUPING SETS, the empty set being the total) and ordered for the page."""
        where, params = self._where(query)
        title_match = " AND ".join(["strpos(title, %s) > 0"] * len(query.terms)) or "FALSE"
        sql = f"""
            WITH m AS MATERIALIZED (
                SELECT id, key, kind, object_pk, year, doc_type, unit_id, published_on,
                       ({title_match}) AS in_title, (doc_number = %s) AS same_number
                FROM {TABLE} WHERE {where}),
            facets AS (SELECT year, doc_type, unit_id, count(*) AS n, GROUPING(year, doc_type, unit_id) AS g
                       FROM m GROUP BY GROUPING SETS ((year), (doc_type), (unit_id), ())),
            page AS (SELECT key, kind, object_pk FROM m
                     ORDER BY in_title DESC, same_number DESC, published_on DESC, id DESC LIMIT %s OFFSET %s)
            SELECT 'f', year, doc_type, unit_id, n, g, NULL, NULL, NULL FROM facets
            UNION ALL SELECT 'p', NULL, NULL, NULL, NULL, NULL, key, kind, object_pk FROM page"""
        with transaction.atomic(), connection.cursor() as cursor:
            # Enough memory for an exact (not lossy) bitmap of many matches and in-memory sorting;
            # and the GIN index always: a sequential scan would have to read every tsvector.
            cursor.execute(f"SET LOCAL work_mem = '{WORK_MEM}'")
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(sql, [*query.terms, query.number_key, *params, query.limit, query.offset])
            rows = cursor.fetchall()
        return _results(rows)


# GROUPING(year, doc_type, unit_id): one bit per column left out of the grouping set.
TOTAL_GROUPING = 0b111
FACET_OF_GROUPING = {0b011: "year", 0b101: "doc_type", 0b110: "unit"}


def _results(rows) -> Results:
    total, hits = 0, []
    facets: dict[str, list[tuple[str, int]]] = {name: [] for name in FACET_OF_GROUPING.values()}
    for part, year, doc_type, unit_id, n, grouping, key, kind, pk in rows:
        if part == "p":
            hits.append(Hit(key=key, kind=kind, pk=pk))
        elif grouping == TOTAL_GROUPING:
            total = n
        else:
            name = FACET_OF_GROUPING[grouping]
            facets[name].append((str({"year": year, "doc_type": doc_type, "unit": unit_id}[name]), n))
    return Results(total=total, hits=hits, facets={
        name: sorted(values, key=lambda entry: (-entry[1], entry[0]))[:FACET_SIZE] for name, values in facets.items()})
