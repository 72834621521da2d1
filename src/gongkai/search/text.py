"""Text rules of search, shared by every backend. Plain Python, no Django.

The promise to users: **an item is found when its text contains every term of the query**
(terms are separated by spaces; after NFKC normalisation and lower-casing). Word segmentation
cannot keep that promise (a segmenter may cut 影响评价 differently in the document and in the
query), so the backends index characters: every overlapping bigram of each run of non-space
characters (a 2-or-more-character term matches exactly when its bigrams occur consecutively)
and every single character (for 1-character terms).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

_SPACE = re.compile(r"\s+")
MAX_TERMS = 8
MAX_TERM_LENGTH = 64


def normalize(text: str) -> str:
    """NFKC (full-width letters and digits to ASCII), lower case, single spaces."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text or "").lower()).strip()


def runs(text: str) -> list[str]:
    return [run for run in normalize(text).split(" ") if run]


def bigram_runs(text: str) -> list[list[str]]:
    """The overlapping bigrams of each run; a run of one character has none."""
    return [[run[i:i + 2] for i in range(len(run) - 1)] for run in runs(text)]


def unigrams(text: str) -> set[str]:
    return set(normalize(text).replace(" ", ""))


def bigrams(text: str) -> set[str]:
    return {gram for run in bigram_runs(text) for gram in run}


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query, longest first, bounded in number and length."""
    terms = []
    for term in runs(query)[:MAX_TERMS]:
        term = term[:MAX_TERM_LENGTH]
        if term not in terms:
            terms.append(term)
    return sorted(terms, key=len, reverse=True)


def contains_all(text: str, terms: list[str]) -> bool:
    """The reference semantics every backend must equal (the exactness tests' brute scan)."""
    haystack = " ".join(runs(text))
    return all(term in haystack for term in terms)


@dataclass(frozen=True)
class SearchDocument:
    """What the index knows of one searchable thing (an item or a 结果公开 record)."""

    key: str  # "item:12", "record:5"
    kind: str  # "item" | "record"
    pk: int
    unit_id: int
    unit_path: str  # the unit's materialized path, for subtree filters
    doc_type: str  # item DocType or record kind
    title: str
    doc_number: str  # canonical 文号 or ""
    text: str  # everything else that is searchable: summary, body, attachments
    published_on: date

    @property
    def year(self) -> int:
        return self.published_on.year

    @property
    def searchable(self) -> str:
        return f"{self.title} {self.doc_number} {self.text}"

    @property
    def unit_ids(self) -> list[int]:
        return [int(part) for part in self.unit_path.strip("/").split("/") if part]


@dataclass(frozen=True)
class Query:
    text: str
    unit_id: int | None = None  # the unit and everything below it
    year: int | None = None
    doc_type: str | None = None
    kind: str | None = None
    offset: int = 0
    limit: int = 20
    doc_number: str = ""  # the query read as a 文号 (canonical), if it is one

    @property
    def terms(self) -> list[str]:
        return query_terms(self.text)

    @property
    def number_key(self) -> str:
        return normalize(self.doc_number or self.text)


@dataclass
class Hit:
    key: str
    kind: str
    pk: int


@dataclass
class Results:
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def snippet(text: str, terms: list[str], width: int = 120) -> list[tuple[str, bool]]:
    """A window of ``text`` around the first match, as (segment, is_match) pairs for highlighting.

    Matching is on the normalised text; the segments are taken from it too, so what is marked is
    exactly what matched.
    """
    haystack = normalize(text)
    if not haystack:
        return []
    positions = [(haystack.find(term), term) for term in terms if term]
    found = sorted((pos, term) for pos, term in positions if pos >= 0)
    start = max(0, found[0][0] - width // 3) if found else 0
    window = haystack[start:start + width]
    segments: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    pattern = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True) if term)
    cursor = 0
    for match in re.finditer(pattern, window) if pattern else ():
        if match.start() > cursor:
            segments.append((window[cursor:match.start()], False))
        segments.append((match.group(), True))
        cursor = match.end()
    if cursor < len(window):
        segments.append((window[cursor:], False))
    if start + width < len(haystack):
        segments.append(("…", False))
    return segments
