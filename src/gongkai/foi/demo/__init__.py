"""Demo step: 依申请公开 and 复议诉讼 for 2019–2021 across the Zibo units, and today's open cases.

City-wide, 2020 reproduces the seed report's tables 三 and 四 cell for cell; 2019 and 2021 are
scaled from it with the seed's carry-overs at the year boundaries (18 into 2020, 21 into 2021).
Every request has a lawful event history and is written through the services.

The planning modules (``targets``, ``plan``, ``appeals_plan``, ``current``, ``people``) are plain
Python; Django is imported only when the step is built.
"""

import random

from gongkai.foi.demo.appeals_plan import AppealPlanner, demo_targets
from gongkai.foi.demo.current import current_requests
from gongkai.foi.demo.plan import Planner
from gongkai.foi.demo.targets import demo_years

SEED = 20201231
CITY = "淄博市人民政府"
LOGIN_UNITS = ("淄博市人民政府", "淄博市张店区人民政府", "淄博市财政局")


def plan_history(weights: list[float], today, work_calendar, seed: int = SEED):
    """The 2019–2021 requests and appeals over units of these weights, planned (no database)."""
    planner = Planner(work_calendar, random.Random(seed), weights, today)
    requests = planner.skeletons(demo_years())
    for request in requests:
        planner.plan(request)
    appeals = AppealPlanner(planner, requests).plan(demo_targets())
    return planner, requests, appeals


def build(out=None) -> list[str]:
    from django.db import transaction
    from django.utils import timezone

    from gongkai.foi.demo.people import People
    from gongkai.foi.demo.staff import Staff
    from gongkai.foi.demo.writer import Builder, unit_weight
    from gongkai.foi.services.common import calendar
    from gongkai.orgs.models import Unit

    today = timezone.localdate()
    units = list(Unit.objects.in_subtree(Unit.objects.get(name=CITY)).order_by("path"))
    planner, requests, appeals = plan_history([unit_weight(u) for u in units], today, calendar())
    index = {unit.name: i for i, unit in enumerate(units)}
    others = planner.rng.sample(range(len(units)), 30)
    current = current_requests(planner, [index[name] for name in LOGIN_UNITS], others, today)
    people = People(random.Random(SEED + 1))
    with transaction.atomic():
        builder = Builder(units, people, Staff(people))
        written = {id(plan): builder.request(plan).application
                   for plan in sorted(requests, key=lambda r: (r.submitted_on, r.received_on))}
        reviews: dict = {}
        for i, plan in enumerate(appeals):
            builder.appeal(plan, written[id(requests[plan.request])], reviews, i)
        today_cases = [builder.request(plan) for plan in current]
    sample = next(s for s in today_cases if s.application.phase == "closed")
    return [
        "",
        f"依申请公开：2019—2021年{len(requests)}件申请、{len(appeals)}件行政复议和行政诉讼，今日在办{len(current)}件。",
        f"  申请人查询示例：查询编号 {sample.application.tracking_number}，查询密码 {sample.secret}",
    ]
