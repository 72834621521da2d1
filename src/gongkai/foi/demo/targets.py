"""What the demo years must add up to, city-wide (plain Python).

2020 is the seed report's table 三 (``reportformat.fixture("zibo_2020")``, 2019 format), with
its （六）其他处理 row split over the 2021 sub-rows (逾期不补正 / 其他; no fees before 2021). 2019 and
2021 are scaled from it: the seed says requests grew 3.1 % from 2019, and the open requests at
the boundaries are the seed's (18 carried into 2020, 21 carried into 2021).
"""

from collections import Counter
from dataclasses import dataclass, field

from gongkai.reportformat import applicant_types, decision_categories, fixture

COLUMNS = tuple(t.key for t in applicant_types())
OUTCOMES = tuple(c.key for c in decision_categories())
# Share of the 2019 format's single （六）其他处理 row that were requests not corrected in time.
NO_CORRECTION_SHARE = 0.55


@dataclass
class YearTarget:
    year: int
    new: dict[str, int]
    carried_in: dict[str, int]
    carry_next: dict[str, int]
    results: Counter = field(default_factory=Counter)  # (outcome, column) → closed in the year

    def check(self) -> None:
        for column in COLUMNS:
            closed = sum(n for (_, c), n in self.results.items() if c == column)
            if self.new[column] + self.carried_in[column] != closed + self.carry_next[column]:
                raise ValueError(f"{self.year} column {column}: new + carried_in != results + carry_next")


def _split_other(t3: dict) -> Counter:
    results = Counter()
    for outcome in OUTCOMES:
        for column in COLUMNS:
            if outcome.startswith("other_"):
                other = t3["other"][column]
                share = round(other * NO_CORRECTION_SHARE)
                value = {"other_no_correction": share, "other_other": other - share}.get(outcome, 0)
            else:
                value = t3[outcome][column]
            if value:
                results[outcome, column] = value
    return results


def seed_2020() -> YearTarget:
    t3 = fixture("zibo_2020")["t3"]
    target = YearTarget(2020, new={c: t3["new"][c] for c in COLUMNS}, carried_in={c: t3["carried_in"][c] for c in COLUMNS},
                        carry_next={c: t3["carry_next"][c] for c in COLUMNS}, results=_split_other(t3))
    target.check()
    return target


def apportion(total: int, weights: dict) -> dict:
    """``total`` split in proportion to ``weights`` (largest remainder, ties by key order)."""
    weight_sum = sum(weights.values())
    if not weight_sum:
        return {key: 0 for key in weights}
    exact = {key: total * w / weight_sum for key, w in weights.items()}
    shares = {key: int(value) for key, value in exact.items()}
    for key in sorted(exact, key=lambda k: shares[k] - exact[k])[: total - sum(shares.values())]:
        shares[key] += 1
    return shares


def scaled(base: YearTarget, year: int, new_total: int, carried_in: dict[str, int], carry_next: dict[str, int],
           moves: dict[tuple[str, str], tuple[str, int]] | None = None) -> YearTarget:
    """A year like ``base`` with ``new_total`` new requests and the given boundary counts.
    ``moves``: {(from_outcome, column): (to_outcome, n)} shifts a few results (e.g. fee endings)."""
    new = apportion(new_total, base.new)
    results = Counter()
    for column in COLUMNS:
        closed = new[column] + carried_in.get(column, 0) - carry_next.get(column, 0)
        weights = {o: base.results[o, column] for o in OUTCOMES} if any(
            base.results[o, column] for o in OUTCOMES) else {"granted": 1}
        for outcome, n in apportion(closed, weights).items():
            if n:
                results[outcome, column] = n
    for (source, column), (dest, n) in (moves or {}).items():
        n = min(n, results[source, column])
        results[source, column] -= n
        results[dest, column] += n
    target = YearTarget(year, new=new, carried_in={c: carried_in.get(c, 0) for c in COLUMNS},
                        carry_next={c: carry_next.get(c, 0) for c in COLUMNS}, results=+results)
    target.check()
    return target


def demo_years() -> list[YearTarget]:
    """2019 (first year on the platform), 2020 (the seed) and 2021; a few 2021 requests run into 2022."""
    y2020 = seed_2020()
    y2019 = scaled(y2020, 2019, round(sum(y2020.new.values()) / 1.031), carried_in={},
                   carry_next=y2020.carried_in)
    y2021 = scaled(y2020, 2021, round(sum(y2020.new.values()) * 1.05), carried_in=y2020.carry_next,
                   carry_next={"natural": 9, "commercial": 1},
                   moves={("other_other", "natural"): ("other_no_fee", 2)})
    return [y2019, y2020, y2021]
