"""Tables with merged cells (HTML rowspan/colspan, Word gridSpan/vMerge) as segments.

Each cell is emitted once, at the row where it starts, with the column it occupies in the
expanded grid, so a person can count to it in the original table.
"""

from dataclasses import dataclass

from gongkai.reportcheck.limits import MAX_SPAN, MAX_TABLE_CELLS, UnreadableReport
from gongkai.reportcheck.source import Location, Segment, normalize_text


@dataclass
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    line: int | None = None  # source line, when the format has one (HTML)


def span(value) -> int:
    """A rowspan/colspan attribute as a sane integer (1 for junk, capped for hostile input)."""
    try:
        number = int(str(value).strip() or 1)
    except ValueError:
        return 1
    return min(max(number, 1), MAX_SPAN)


def add_grid(segments: list[Segment], rows: list[list[Cell]], table: int) -> None:
    """Append a table's cells to the stream, one group per table row."""
    occupied: set[tuple[int, int]] = set()
    expanded = 0
    for r, cells in enumerate(rows):
        group = len(segments)
        c = 0
        for cell in cells:
            while (r, c) in occupied:
                c += 1
            expanded += cell.rowspan * cell.colspan
            if expanded > MAX_TABLE_CELLS:
                raise UnreadableReport(f"第{table}个表格过大（超过{MAX_TABLE_CELLS}个单元格），无法读取")
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    occupied.add((r + dr, c + dc))
            where = Location(line=cell.line, table=table, row=r + 1, column=c + 1)
            segments.append(Segment(" ".join(normalize_text(cell.text).split()), where, group, cell=True))
            c += cell.colspan
