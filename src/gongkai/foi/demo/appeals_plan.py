"""Planning the demo's 行政复议 and 行政诉讼: table 四 targets per year, each case linked to a
replied request of the respondent unit, filed and decided on plausible dates. Plain Python.

Year rule (``gongkai.appeals.stats``): a case counts in its filing year, as decided if decided by
31 December of that year, otherwise 尚未审结. So a pending case is filed in the year and decided
in the next.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from gongkai.foi.demo.plan import PlannedRequest, Planner
from gongkai.foi.demo.targets import apportion
from gongkai.reportformat import fixture

GROUPS = ("review", "lit_direct", "lit_after_review")
STATUSES = ("maintained", "corrected", "other", "pending")
# Replies more likely to be challenged weigh more when picking the request a case is about.
APPEAL_WEIGHTS = {"granted": 1, "partial": 6}
DEFAULT_WEIGHT = 8  # 不予公开, 无法提供, 不予处理


@dataclass
class PlannedAppeal:
    request: int  # index into the planned requests
    group: str  # review | lit_direct | lit_after_review
    status: str  # maintained | corrected | other | pending (at 31 December of the filing year)
    filed_on: date
    decided_on: date
    review: int | None = None  # index of the planned review, for lit_after_review


def seed_t4() -> Counter:
    cases = fixture("zibo_2020")["t4"]["cases"]
    return Counter({(g, s): cases[f"{g}_{s}"] for g in GROUPS for s in STATUSES})


def scaled_t4(base: Counter, factor: float) -> Counter:
    result = Counter()
    for group in GROUPS:
        weights = {s: base[group, s] for s in STATUSES}
        for status, n in apportion(round(sum(weights.values()) * factor), weights).items():
            result[group, status] = n
    return result


def demo_targets() -> dict[int, Counter]:
    seed = seed_t4()
    return {2019: scaled_t4(seed, 0.85), 2020: seed, 2021: scaled_t4(seed, 1.08)}


class AppealPlanner:
    def __init__(self, planner: Planner, requests: list[PlannedRequest]):
        self.p, self.rng = planner, planner.rng
        self.replied = [i for i, r in enumerate(requests) if r.steps and r.steps[-1].kind == "replied"]
        self.requests = requests
        self.weights = [APPEAL_WEIGHTS.get(requests[i].outcome, DEFAULT_WEIGHT) for i in self.replied]
        self.used: set[int] = set()

    def plan(self, targets: dict[int, Counter]) -> list[PlannedAppeal]:
        appeals: list[PlannedAppeal] = []
        for year, target in sorted(targets.items()):
            for group in GROUPS:
                for status in STATUSES:
                    for _ in range(target[group, status]):
                        appeals.append(self._one(year, group, status, appeals))
        return appeals

    def _decided(self, year: int, status: str, filed: date, low: int, high: int) -> date | None:
        decided = self.p.calendar.next_working_day(filed + timedelta(days=self.rng.randint(low, high)))
        return decided if (decided.year > year) == (status == "pending") else None

    def _one(self, year: int, group: str, status: str, so_far: list[PlannedAppeal]) -> PlannedAppeal:
        days, decide = {"review": ((5, 58), (20, 60)), "lit_direct": ((15, 175), (30, 150)),
                        "lit_after_review": ((1, 15), (30, 150))}[group]
        for _ in range(2000):
            review = None
            if group == "lit_after_review":
                review = self._review(year, so_far)
                if review is None:
                    continue
                index, start = so_far[review].request, so_far[review].decided_on
            else:
                index = self.rng.choices(self.replied, self.weights)[0]
                start = self.requests[index].closed_on
            filed = self.p.calendar.next_working_day(start + timedelta(days=self.rng.randint(*days)))
            if filed.year != year or index in self.used and group != "lit_after_review":
                continue
            decided = self._decided(year, status, filed, *decide)
            if decided and decided <= self.p.today:
                if group != "lit_after_review":
                    self.used.add(index)
                return PlannedAppeal(index, group, status, filed, decided, review)
        raise RuntimeError(f"cannot plan a {group} case filed in {year}")

    def _review(self, year: int, so_far: list[PlannedAppeal]) -> int | None:
        taken = {a.review for a in so_far if a.review is not None}
        candidates = [i for i, a in enumerate(so_far) if a.group == "review" and i not in taken
                      and a.decided_on.year == year and a.decided_on <= date(year, 12, 15)]
        return self.rng.choice(candidates) if candidates else None
