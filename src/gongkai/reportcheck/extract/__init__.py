"""Tables 二, 三 and 四 from a segment stream, each with the evidence for every value."""

from dataclasses import dataclass

from gongkai.reportcheck.extract.common import TableReading
from gongkai.reportcheck.extract.t2 import read_t2
from gongkai.reportcheck.extract.t3 import read_t3
from gongkai.reportcheck.extract.t4 import read_t4
from gongkai.reportcheck.limits import Budget
from gongkai.reportcheck.source import Source


@dataclass
class Extraction:
    t2: TableReading | None
    t3: TableReading | None
    t4: TableReading | None

    @property
    def readings(self) -> list[TableReading]:
        return [r for r in (self.t2, self.t3, self.t4) if r is not None]


def extract(source: Source, year: int | None, budget: Budget) -> Extraction:
    index = source.index
    t3 = read_t3(index, budget)
    t2 = read_t2(index, t3.span[0] if t3 else len(index.text), year, budget)
    t4_version = t3.version if t3 else (t2.version if t2 else "2021")
    t4 = read_t4(index, t3.span[1] if t3 else (t2.span[1] if t2 else 0), t4_version, budget)
    return Extraction(t2=t2, t3=t3, t4=t4)


__all__ = ["Extraction", "TableReading", "extract"]
