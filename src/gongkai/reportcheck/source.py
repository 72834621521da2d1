"""What a reader produces: the report as an ordered stream of segments, each with its location.

A segment is one line of text or one table cell. Labels are found in a *compact* view of the
stream (only CJK characters, letters and digits, NFKC-normalised), so a label split across lines,
spaced out by a PDF converter or wrapped in Word markup is still one string; values are read from
the segments between two labels, where line and cell boundaries still separate the numbers.
Plain Python, no Django.
"""

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

# CJK ideographs (basic + extension A + compatibility), 〇, ASCII letters and digits.
_KEY_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007A-Za-z0-9]+")
# odd dashes and spaces made plain; invisible characters web editors leave in text dropped (UEditor
# fills an empty cell with a zero-width space)
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "—", "\u00a0": " ", "\u3000": " ",
                         **dict.fromkeys("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad")})
# Variant spellings in published labels, each the length of the template's: the compact view folds
# them so a label is found however the unit spelt it (「3.其它」 is the template's 「3.其他」).
_VARIANTS = (("其它", "其他"), ("部份", "部分"))


def normalize_text(text: str) -> str:
    """NFKC (full-width digits and brackets to ASCII) with the odd minus signs made ASCII and the
    invisible characters dropped."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def label_key(text: str) -> str:
    """The compact form of a label: what remains after dropping punctuation and whitespace."""
    return fold_variants("".join(_KEY_RUN.findall(normalize_text(text))))


def fold_variants(compact: str) -> str:
    for variant, spelling in _VARIANTS:
        compact = compact.replace(variant, spelling)
    return compact


@dataclass(frozen=True, slots=True)
class Location:
    """Where a value was read, precise enough for a person to find it in the original file."""

    line: int | None = None
    page: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    paragraph: int | None = None

    def describe(self) -> str:
        page = f"第{self.page}页" if self.page else ""
        if self.table is not None and self.line is None:
            return f"{page}第{self.table}个表格第{self.row}行第{self.column}列"
        if self.table is not None:
            return f"{page}第{self.table}个表格第{self.row}行第{self.column}列，源文件第{self.line}行"
        if self.paragraph is not None:
            return f"第{self.paragraph}段"
        if self.line is not None and self.column is not None:
            return f"{page}第{self.line}行第{self.column}格"
        if self.line is not None:
            return f"{page}第{self.line}行"
        return page or "位置不详"

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__ if getattr(self, name) is not None}


@dataclass(slots=True)
class Segment:
    text: str  # normalised text of one line or one cell
    where: Location
    group: int  # the line or table row it belongs to: the numbers of one group belong together
    cell: bool = False  # a table cell, where an empty text is a blank cell
    link: bool = False  # holds a hyperlink's text (HTML): a report title there names another page


@dataclass
class Source:
    """A report as read from one file, before any table is recognised."""

    kind: str  # text | markdown | html | docx | pdf
    segments: list[Segment]
    title: str = ""
    _index: "Index | None" = field(default=None, repr=False)

    @property
    def index(self) -> "Index":
        if self._index is None:
            self._index = Index(self.segments)
        return self._index


class Index:
    """The compact view of a segment stream and the way back from it to segments."""

    def __init__(self, segments: list[Segment]):
        self.segments = segments
        pieces, self._starts, self._runs = [], [], []
        length = 0
        for number, segment in enumerate(segments):
            for match in _KEY_RUN.finditer(segment.text):
                pieces.append(fold_variants(match.group()))
                self._starts.append(length)
                self._runs.append((number, match.start()))
                length += match.end() - match.start()
        self.text = "".join(pieces)

    def position(self, compact: int) -> tuple[int, int]:
        """(segment number, offset in its text) of a compact position; the end maps past the last."""
        if compact >= len(self.text):
            return len(self.segments), 0
        run = bisect.bisect_right(self._starts, compact) - 1
        number, offset = self._runs[run]
        return number, offset + compact - self._starts[run]

    def segment_at(self, compact: int) -> int:
        return self.position(compact)[0]

    def between(self, start: int, end: int):
        """(segment, text piece, offset of the piece) covering the stream between two compact positions.

        ``start`` is the end of one label (exclusive) and ``end`` the start of the next one, so the
        punctuation and spacing around the values stay with them.
        """
        if start > 0:
            first, offset = self.position(start - 1)
            offset += 1
        else:
            first, offset = 0, 0
        last, last_offset = self.position(end)
        for number in range(first, min(last, len(self.segments) - 1) + 1):
            segment = self.segments[number]
            begin = offset if number == first else 0
            stop = last_offset if number == last else len(segment.text)
            yield segment, segment.text[begin:stop], begin

    def find(self, key: str, start: int = 0, end: int | None = None) -> int:
        return self.text.find(key, start, len(self.text) if end is None else end)
