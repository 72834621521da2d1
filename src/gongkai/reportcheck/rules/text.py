"""The report's text outside the tables, as sentences with their locations."""

import bisect
import re
from dataclasses import dataclass

from gongkai.reportcheck.extract import Extraction
from gongkai.reportcheck.source import Source

_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
QUOTE_CHARS = 80  # a quoted sentence is cut to this length around the match
_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"})
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Sentence:
    text: str
    where: str
    paragraph: int  # sentences of one paragraph share a topic (复议 or 诉讼)


def narrative(source: Source, extraction: Extraction | None) -> list[Sentence]:
    """Sentences outside the table spans. PDF lines are joined (a sentence wraps across lines);
    other lines are paragraphs of their own."""
    index = source.index
    spans = sorted(r.span for r in extraction.readings) if extraction else []
    gaps, cursor = [], 0
    for start, end in spans:
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    gaps.append((cursor, len(index.text) + 1))
    joiner = "" if source.kind == "pdf" else "\n"
    pieces, starts, places, length = [], [], [], 0
    for start, end in gaps:
        for segment, piece, _ in index.between(start, end):
            if segment.cell and not piece.strip():
                continue
            starts.append(length)
            places.append(segment.where.describe())
            pieces.append(piece + joiner)
            length += len(piece) + len(joiner)
        pieces.append("\n")
        starts.append(length)
        places.append("")
        length += 1
    text = "".join(pieces)
    sentences, position, paragraph = [], 0, 0
    for match in _SENTENCE_END.finditer(text + "\n"):
        chunk = text[position:match.start() + 1].strip()
        if chunk:
            where = places[bisect.bisect_right(starts, position) - 1] if starts else ""
            sentences.append(Sentence(chunk, where, paragraph))
        if match.group() == "\n":
            paragraph += 1
        position = match.end()
    return sentences


def display(text: str) -> str:
    """Chinese text with the Chinese punctuation that reading (NFKC) made half-width."""
    return text.translate(_FULL_WIDTH) if _CJK.search(text) else text


def quote(sentence: Sentence, start: int, end: int) -> str:
    """The part of a sentence around a match, short enough for a table cell."""
    text = sentence.text
    if len(text) <= QUOTE_CHARS:
        return display(text)
    margin = max(0, (QUOTE_CHARS - (end - start)) // 2)
    left, right = max(0, start - margin), min(len(text), end + margin)
    return ("…" if left else "") + display(text[left:right]) + ("…" if right < len(text) else "")
