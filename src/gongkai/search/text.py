"""Text rules of search, shared by every backend. Plain Python, no Django.

The promise to users: **an item is found when its text contains every term of the query**
(terms are separated by spaces; after NFKC normalisation and lower-casing). Word segmentation
cannot keep that promise (a segmenter may cut 影响评价 differently in the document and in the
query), so the backends index characters: every overlapping n-gram of each run of non-space
characters (a term matches exactly when its n-grams occur at consecutive positions) and every
single character (for 1-character terms).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

_SPACE = re.compile(r"\s+")
MAX_TERMS = 8
MAX_TERM_LENGTH = 64
# Deep paging is refused: result pages beyond these bounds are never computed (a caller asking
# for offset 10^15 must not make a backend allocate a heap of that size).
MAX_OFFSET = 10_000
MAX_LIMIT = 100_000  # internal callers (the exactness checks) take every hit; public pages are small


def normalize(text: str) -> str:
    """NFKC (full-width letters and digits to ASCII), lower case, single spaces."""
    text = text or ""
    if not unicodedata.is_normalized("NFKC", text):  # the quick check is far cheaper than normalising
        text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text.lower()).strip()


def runs(text: str) -> list[str]:
    return [run for run in normalize(text).split(" ") if run]


def gram_runs(text: str, n: int) -> list[list[str]]:
    """The overlapping ``n``-grams of each run (runs shorter than ``n`` have none)."""
    return [[run[i:i + n] for i in range(len(run) - n + 1)] for run in runs(text)]


def unigrams(text: str) -> set[str]:
    return set(normalize(text).replace(" ", ""))


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query, longest first, bounded in number and length."""
    terms = []
    for term in runs(query)[:MAX_TERMS]:
        term = term[:MAX_TERM_LENGTH]
        if term not in terms:
            terms.append(term)
    return sorted(terms, key=len, reverse=True)


def cited_numbers(text: str) -> list[str]:
    """The canonical form (淄政发〔2020〕13号) of each 文号 that ``text`` cites in other brackets
    (淄政发(2020)13号, 淄政发[2020]13号…), so a 文号 query finds it however it was typed."""
    from gongkai.catalog import docnumber  # plain Python, like this module

    found = []
    for match in docnumber.FIND.finditer(text):
        canonical = docnumber.normalize(match.group())
        if canonical and canonical != match.group() and canonical not in found:
            found.append(canonical)
    return found


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
        text = f"{self.title} {self.doc_number} {self.text}"
        return " ".join((text, *cited_numbers(text)))

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

    def __post_init__(self):
        if not (0 <= self.offset <= MAX_OFFSET and 0 <= self.limit <= MAX_LIMIT):
            raise ValueError(f"offset must be in [0, {MAX_OFFSET}] and limit in [0, {MAX_LIMIT}], "
                             f"got {self.offset} and {self.limit}")

    @property
    def terms(self) -> list[str]:
        """The query's terms; a query that is a 文号 is searched in its canonical form, which every
        document citing it has (``cited_numbers``), whatever brackets either side typed."""
        return query_terms(self.doc_number or self.text)

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


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` normalised character by character, and the source index of each output character,
    so matches found in normalised form can be shown in the original text."""
    out, source = [], []
    for index, char in enumerate(text):
        folded = " " if char.isspace() else unicodedata.normalize("NFKC", char).lower()
        out.append(folded)
        source.extend([index] * len(folded))
    return "".join(out), source


def snippet(text: str, terms: list[str], width: int = 120) -> list[tuple[str, bool]]:
    """A window of the original ``text`` around the first match, as (segment, is_match) pairs.

    Terms are matched as the index matches them (normalised, never across a space); the marked
    segments are the original characters.
    """
    text = _SPACE.sub(" ", text or "").strip()
    if not text:
        return []
    folded, source = _folded(text)
    spans = []
    for term in terms:
        start = folded.find(term)
        while term and start >= 0:
            spans.append((source[start], source[start + len(term) - 1] + 1))
            start = folded.find(term, start + len(term))
    first = min((a for a, _ in spans), default=0)
    begin = max(0, first - width // 3)
    end = min(len(text), begin + width)
    segments: list[tuple[str, bool]] = [("…", False)] if begin > 0 else []
    cursor = begin
    for a, b in sorted(spans):
        if a < cursor or b > end:
            continue
        if a > cursor:
            segments.append((text[cursor:a], False))
        segments.append((text[a:b], True))
        cursor = b
    if cursor < end:
        segments.append((text[cursor:end], False))
    if end < len(text):
        segments.append(("…", False))
    return segments
