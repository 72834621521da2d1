"""The embedded default: tantivy (a Rust search library) on character n-grams.

Each document is indexed as overlapping 4-grams and bigrams (with positions) and single
characters. A term of four or more characters is a phrase query on consecutive 4-grams (a
single term lookup for exactly four), two or three characters a phrase on bigrams, one
character a term on the unigram field: each is exactly "contains the term" (see
``gongkai.search.text``). The 4-grams keep frequent long phrases cheap: a phrase over
bigrams must check positions in every document that holds them. Runs of text are separated by
a token that no query produces, so no match spans a space.
"""

import threading
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import tantivy
from tantivy import Occur
from tantivy import Query as TQ

from gongkai.search import text
from gongkai.search.backends.base import FACET_FIELDS, FACET_SIZE, SearchBackend
from gongkai.search.text import Hit, Query, Results, SearchDocument

RUN_BREAK = "\x01"
SCHEMA_VERSION = "3"
QUAD = 4
RELOAD_SECONDS = 0.5
WRITER_HEAP = 128_000_000
FACET_TERMS = 200  # per tier, before the tiers are merged and cut to FACET_SIZE


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    builder.add_text_field("kind", stored=True, tokenizer_name="raw", fast=True)
    builder.add_integer_field("pk", stored=True, fast=True)
    builder.add_integer_field("unit", indexed=True, fast=True)
    builder.add_integer_field("units", indexed=True)
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_integer_field("day", fast=True)
    builder.add_text_field("doc_type", tokenizer_name="raw", fast=True)
    builder.add_text_field("doc_number", tokenizer_name="raw")
    for prefix in ("", "title_"):
        builder.add_text_field(f"{prefix}grams", tokenizer_name="whitespace", index_option="position")
        builder.add_text_field(f"{prefix}chars", tokenizer_name="whitespace", index_option="basic")
    builder.add_text_field("quads", tokenizer_name="whitespace", index_option="position")
    return builder.build()


def gram_field(value: str, n: int = 2) -> str:
    return f" {RUN_BREAK} ".join(" ".join(run) for run in text.gram_runs(value, n) if run)


def char_field(value: str) -> str:
    return " ".join(sorted(text.unigrams(value)))


def to_tantivy(document: SearchDocument) -> tantivy.Document:
    searchable, title = text.normalize(document.searchable), text.normalize(document.title)
    return tantivy.Document(
        key=document.key, kind=document.kind, pk=document.pk, unit=document.unit_id, units=document.unit_ids,
        year=document.year, day=document.published_on.toordinal(), doc_type=document.doc_type,
        doc_number=text.normalize(document.doc_number),
        grams=gram_field(searchable), chars=char_field(searchable), quads=gram_field(searchable, QUAD),
        title_grams=gram_field(title), title_chars=char_field(title),
    )


class TantivyBackend(SearchBackend):
    name = "tantivy"

    def __init__(self, directory: Path):
        self.directory = Path(directory) / f"tantivy-v{SCHEMA_VERSION}"
        self.directory.mkdir(parents=True, exist_ok=True)
        self.schema = build_schema()
        self.index_ = tantivy.Index(self.schema, path=str(self.directory))
        self._write_lock = threading.Lock()
        self._reloaded_at = 0.0

    # --- writing ---------------------------------------------------------------------------

    def _writer(self):
        for attempt in range(50):  # another process may hold the writer lock briefly
            try:
                return self.index_.writer(heap_size=WRITER_HEAP, num_threads=1)
            except ValueError:
                if attempt == 49:
                    raise
                time.sleep(0.1)
        raise AssertionError("unreachable")

    def index(self, documents: Iterable[SearchDocument]) -> int:
        written = 0
        with self._write_lock:
            writer = self._writer()
            for document in documents:
                writer.delete_documents_by_term("key", document.key)
                writer.add_document(to_tantivy(document))
                written += 1
            writer.commit()
            writer.wait_merging_threads()
        self._reloaded_at = 0.0
        return written

    def remove(self, keys: Iterable[str]) -> None:
        with self._write_lock:
            writer = self._writer()
            for key in keys:
                writer.delete_documents_by_term("key", key)
            writer.commit()
            writer.wait_merging_threads()
        self._reloaded_at = 0.0

    def clear(self) -> None:
        with self._write_lock:
            writer = self._writer()
            writer.delete_all_documents()
            writer.commit()
            writer.wait_merging_threads()
        self._reloaded_at = 0.0

    # --- reading ---------------------------------------------------------------------------

    def searcher(self):
        now = time.monotonic()
        if now - self._reloaded_at > RELOAD_SECONDS:
            self.index_.reload()
            self._reloaded_at = now
        return self.index_.searcher()

    def count(self) -> int:
        return self.searcher().num_docs

    def _term(self, term: str, prefix: str = ""):
        if len(term) == 1:
            return TQ.term_query(self.schema, f"{prefix}chars", term)
        n, field = (QUAD, "quads") if len(term) >= QUAD and not prefix else (2, f"{prefix}grams")
        grams = [term[i:i + n] for i in range(len(term) - n + 1)]
        if len(grams) == 1:
            return TQ.term_query(self.schema, field, grams[0])
        return TQ.phrase_query(self.schema, field, grams)

    def _filters(self, query: Query) -> list:
        filters = []
        if query.unit_id is not None:
            filters.append(TQ.term_query(self.schema, "units", query.unit_id))
        if query.year is not None:
            filters.append(TQ.term_query(self.schema, "year", query.year))
        if query.doc_type:
            filters.append(TQ.term_query(self.schema, "doc_type", query.doc_type))
        if query.kind:
            filters.append(TQ.term_query(self.schema, "kind", query.kind))
        return filters

    def _tiers(self, query: Query):
        """The three ranking tiers of the query: title match, exact 文号, the rest.

        The title is part of the searchable text, so a title match needs no main-query check;
        only the last tier evaluates the (possibly expensive) main query, once, with its count.
        """
        terms, filters = query.terms, self._filters(query)
        must = [self._term(term) for term in terms] + filters
        main = TQ.boolean_query([(Occur.Must, q) for q in must]) if must else TQ.all_query()
        if not terms:
            return [main]
        title = TQ.boolean_query([(Occur.Must, self._term(term, "title_")) for term in terms] +
                                 [(Occur.Must, f) for f in filters])
        number = TQ.term_query(self.schema, "doc_number", query.number_key)
        return [
            title,
            TQ.boolean_query([(Occur.Must, main), (Occur.Must, number), (Occur.MustNot, title)]),
            TQ.boolean_query([(Occur.Must, main), (Occur.MustNot, number), (Occur.MustNot, title)]),
        ]

    def search(self, query: Query) -> Results:
        """One aggregation per ranking tier gives its count, its facets and its slice of the page
        (top hits by date from fast fields), so the main query is evaluated once."""
        searcher = self.searcher()
        tiers = self._tiers(query)
        counts, hits, facets = [], [], {field: Counter() for field in FACET_FIELDS}
        offset, wanted = query.offset, query.limit
        for tier in tiers:
            answer = searcher.aggregate(tier, self._request(offset, wanted))
            count = int(answer["n"]["value"])
            counts.append(count)
            for field in FACET_FIELDS:
                facets[field].update({str(b["key"]): b["doc_count"] for b in answer[field]["buckets"]})
            taken = [Hit(key=f"{h['docvalue_fields']['kind'][0]}:{h['docvalue_fields']['pk'][0]}",
                         kind=h["docvalue_fields"]["kind"][0], pk=h["docvalue_fields"]["pk"][0])
                     for h in answer.get("top", {}).get("hits", [])[offset:]]
            hits += taken
            offset, wanted = max(0, offset - count), wanted - len(taken)
        return Results(total=sum(counts), hits=hits,
                       facets={field: [(v, n) for v, n in facets[field].most_common(FACET_SIZE)]
                               for field in FACET_FIELDS})

    @staticmethod
    def _request(offset: int, wanted: int) -> dict:
        request = {"n": {"value_count": {"field": "day"}}}
        request |= {field: {"terms": {"field": field, "size": FACET_TERMS}} for field in FACET_FIELDS}
        if wanted > 0:
            # tantivy panics when "from" reaches past a tier's hits, so the top hits are taken from
            # the first one and the page is cut here (the offset is capped by ``text.MAX_OFFSET``).
            request["top"] = {"top_hits": {"size": offset + wanted, "sort": [{"day": "desc"}],
                                           "docvalue_fields": ["pk", "kind"]}}
        return request
