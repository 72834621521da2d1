"""A table as a grid of cells with merges: one layout, rendered to HTML, DOCX and XLSX alike.

Cells are placed like HTML table cells: each row lists the cells that *start* in it, and a cell
skips the columns still covered by a row-spanning cell above (see ``place_rows``).
"""

from dataclasses import dataclass, field


@dataclass
class Cell:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    numeric: bool = False
    value: object = None  # the number behind ``text`` (spreadsheets keep it numeric)
    address: str = ""  # the report cell this shows ("t3.new.total"), for highlighting
    marks: set[str] = field(default_factory=set)  # "failed", "missing", "warning" …

    @property
    def last_row(self) -> int:
        return self.row + self.rowspan - 1

    @property
    def last_col(self) -> int:
        return self.col + self.colspan - 1


@dataclass
class Grid:
    """``widths`` are relative column widths (any unit); ``caption`` names the table."""

    n_cols: int
    widths: tuple[float, ...]
    cells: list[Cell] = field(default_factory=list)
    caption: str = ""
    header_rows: int = 0  # leading rows that repeat on every page

    @property
    def n_rows(self) -> int:
        return max((cell.last_row for cell in self.cells), default=-1) + 1

    def rows(self) -> list[list[Cell]]:
        """The cells starting in each row, left to right (the shape HTML wants)."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for cell in sorted(self.cells, key=lambda c: (c.row, c.col)):
            out[cell.row].append(cell)
        return out

    def head(self) -> list[list[Cell]]:
        return self.rows()[: self.header_rows]

    def body(self) -> list[list[Cell]]:
        return self.rows()[self.header_rows:]

    def add(self, cell: Cell) -> Cell:
        self.cells.append(cell)
        return cell

    def check(self) -> None:
        """Every position covered exactly once: a bad layout fails here, not in Word."""
        covered: dict[tuple[int, int], Cell] = {}
        for cell in self.cells:
            if cell.last_col >= self.n_cols:
                raise ValueError(f"cell {cell.text!r} runs past column {self.n_cols - 1}")
            for r in range(cell.row, cell.last_row + 1):
                for c in range(cell.col, cell.last_col + 1):
                    if (r, c) in covered:
                        raise ValueError(f"cells {covered[(r, c)].text!r} and {cell.text!r} overlap at {(r, c)}")
                    covered[(r, c)] = cell
        holes = [(r, c) for r in range(self.n_rows) for c in range(self.n_cols) if (r, c) not in covered]
        if holes:
            raise ValueError(f"grid has uncovered positions {holes[:5]}")


def place_rows(grid: Grid, rows: list[list[dict]], *, first_row: int, first_col: int = 0, header: bool = True) -> int:
    """Place HTML-style rows of ``{"label", "rowspan", "colspan"}`` starting at (first_row, first_col).

    Returns the number of grid rows used. Positions already taken (by cells placed earlier,
    e.g. a corner cell spanning these rows) are skipped, as a browser would.
    """
    taken = {(r, c) for cell in grid.cells for r in range(cell.row, cell.last_row + 1)
             for c in range(cell.col, cell.last_col + 1)}
    for offset, row in enumerate(rows):
        r, c = first_row + offset, first_col
        for spec in row:
            while (r, c) in taken:
                c += 1
            cell = grid.add(Cell(spec["label"], r, c, rowspan=spec.get("rowspan", 1),
                                 colspan=spec.get("colspan", 1), header=header))
            taken |= {(rr, cc) for rr in range(r, cell.last_row + 1) for cc in range(c, cell.last_col + 1)}
            c = cell.last_col + 1
    return len(rows)
