"""Search benchmark: build an index of N synthetic documents, then time queries.

    DJANGO_SETTINGS_MODULE=gongkai.settings GONGKAI_MODE=demo GONGKAI_HOME=/tmp/gk-bench \\
      PYTHONPATH=src python -m bench.search --items 1000000 --backend tantivy
    DATABASE_URL=postgres://… (same) --backend postgres

Reports the index build rate and, for each query, p50/p95 of the full backend search (three
ranking tiers, facets, top 20) against the raw engine's own time for the same match in the
same run (tantivy: one top-20 query; PostgreSQL: the bare GIN match with LIMIT 20).
"""

import argparse
import time

QUERIES = ["公", "价", "公开", "改造", "影响评价", "棚户区改造", "财政资金绩效管理", "淄政发〔2015〕13号",
           "优化营商环境 重点任务", "没有的词"]


def raw_tantivy(backend, text):
    from tantivy import Occur
    from tantivy import Query as TQ

    from gongkai.search.text import query_terms

    query = TQ.boolean_query([(Occur.Must, backend._term(t)) for t in query_terms(text)])
    return lambda: backend.searcher().search(query, limit=20, count=False)


def raw_postgres(backend, text):
    from django.db import connection

    from gongkai.search.backends.postgres import tsquery
    from gongkai.search.text import query_terms

    sql = "SELECT key FROM search_searchentry WHERE grams @@ %s::tsquery LIMIT 20"
    params = [tsquery(query_terms(text))]

    def run():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    return run


def build(backend, items: int) -> float:
    from bench.synthetic import documents

    started = time.perf_counter()
    chunk, written = [], 0
    with backend.rebuilding():  # as ``gongkai search rebuild`` does
        for document in documents(items):
            chunk.append(document)
            if len(chunk) == 50_000:
                written += backend.index(chunk)
                chunk = []
                print(f"  indexed {written:,} ({written / (time.perf_counter() - started):,.0f}/s)", flush=True)
        written += backend.index(chunk)
    return written / (time.perf_counter() - started)


def measure(backend, repeat: int) -> list[list]:
    from bench._table import summary, timed
    from gongkai.catalog import docnumber
    from gongkai.search.text import Query

    raw = raw_tantivy if backend.name == "tantivy" else raw_postgres
    rows = []
    for text in QUERIES:
        query = Query(text=text, doc_number=docnumber.normalize(text) or "")
        full, bare, total = [], [], 0
        for _ in range(repeat):
            elapsed, results = timed(backend.search, query)
            full.append(elapsed)
            total = results.total
            bare.append(timed(raw(backend, text))[0])
        (p50, p95, _), (r50, r95, _) = summary(full), summary(bare)
        rows.append([text, f"{total:,}", f"{p50:.1f}", f"{p95:.1f}", f"{r50:.1f}", f"{r95:.1f}",
                     f"{p95 / r95:.1f}×" if r95 else "-"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--backend", choices=["tantivy", "postgres"], default="tantivy")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    from bench._django import setup_django

    setup_django(mode="demo")
    from bench._table import print_table
    from gongkai.search.service import get_backend

    backend = get_backend(args.backend)
    if not args.skip_build:
        rate = build(backend, args.items)
        print(f"\n{args.backend}: {backend.count():,} documents, index build {rate:,.0f} documents/s\n")
    print_table(["query", "matches", "p50 ms", "p95 ms", "raw p50 ms", "raw p95 ms", "p95 / raw"],
                measure(backend, args.repeat))


if __name__ == "__main__":
    main()
