"""Search backends behind one interface (``base.SearchBackend``), chosen by measurement:

- ``tantivy`` (default, embedded): tantivy on character n-grams with positions, in
  ``settings.SEARCH_INDEX_DIR``; see ``docs/benchmarks.md``.
- ``postgres``: a ``tsvector`` of 1- to 4-character substrings with a GIN index, rechecked with
  ``strpos`` for longer terms.
"""
