"""Small builders for the reportcheck tests."""

from gongkai.reportcheck.source import Location, Segment, Source

LINE = Segment("x", Location(line=1), 0)


def text_source(text: str) -> Source:
    from gongkai.reportcheck.readers.text import text_source as build

    return build(text)


def cell(text: str, group: int = 0) -> Segment:
    return Segment(text, Location(table=1, row=1, column=1), group, cell=True)
