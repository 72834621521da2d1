"""Search backends behind one interface (``base.SearchBackend``), chosen by measurement:

- ``tantivy`` (default, embedded): tantivy on character bigrams and unigrams, in
  ``settings.SEARCH_INDEX_DIR``; see ``docs/benchmarks.md``.
- ``postgres``: a bigram/unigram ``tsvector`` with a GIN index, rechecked with ``strpos``.
"""
