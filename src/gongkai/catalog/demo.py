"""Demo step: the catalog of the Zibo units, 2005–2021, written from templates (``demo_texts``).

Reproduces the seed's 规范性文件 figures and lifecycle events (``demo_plan``), adds policies,
general information, 解读 and 结果公开 records, then builds the search index. Bulk inserts: the
items are created as if published through the services (索引号 serials per unit and year).
"""

import random
from collections import defaultdict
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Max

from gongkai.catalog import demo_plan as plan
from gongkai.catalog.demo_records import build_records
from gongkai.catalog.demo_texts import (
    CITY_CODES,
    COUNTY_CODES,
    GENERAL_TITLES,
    INTERPRETATION_PARAGRAPHS,
    INTERPRETATION_TITLES,
    NORMATIVE_TITLES,
    PARAGRAPHS,
    POLICY_TITLES,
    RULE_TITLES,
    SUBJECTS,
    UNIT_TOPICS,
)
from gongkai.catalog.docnumber import parse
from gongkai.catalog.models import (
    CatalogNode,
    DecisionKind,
    DocType,
    Genre,
    InfoItem,
    Status,
    Topic,
    Validity,
)
from gongkai.catalog.services import tree
from gongkai.catalog.services.lifecycle import Decision, record_decisions
from gongkai.core import audit
from gongkai.orgs.models import Kind, Level, Unit
from gongkai.search import indexing

TERM_YEARS = 5


def _add_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years) if not (day.month == 2 and day.day == 29) else date(day.year + years, 3, 1)


class CatalogDemo:
    def __init__(self, scale: float = 1.0, seed: int = 20201231):
        self.rng = random.Random(seed)
        self.scale = scale
        self.items: list[InfoItem] = []
        self.serials: dict[tuple[str, int], int] = defaultdict(int)
        self.reserved = {parse(n) for n in (plan.CONTINUED_BY[0], plan.ABOLISHED_BY[0], plan.OFFICE_ABOLISHED_BY[0],
                                            plan.MANAGEMENT_MEASURES[0])}
        self.nodes = {node.code: node for node in CatalogNode.objects.standard()}
        self._group_units()

    # --- units and their 机关代字 ----------------------------------------------------------

    def _group_units(self) -> None:
        units = list(Unit.objects.all())
        self.city = next(u for u in units if u.parent_id is None)
        governments = [u for u in units if u.level == Level.COUNTY and u.kind in (Kind.GOVERNMENT, Kind.DISPATCHED)
                       and u.parent_id == self.city.pk]
        self.groups = {
            "city_government": [self.city],
            "city_department": [u for u in units if u.level == Level.CITY and u.parent_id == self.city.pk],
            "county_government": governments,
            "county_department": [u for u in units if u.level == Level.COUNTY and u not in governments],
            "town": [u for u in units if u.level == Level.TOWN],
        }
        self.county_of = {u.pk: u for u in governments}
        self.all_units = units

    def code_for(self, unit: Unit, kind: str = "发") -> str:
        if unit.pk == self.city.pk:
            return {"发": "淄政发", "字": "淄政字", "办": "淄政办发"}[kind]
        if unit.level == Level.CITY:
            prefix = next((code for word, code in CITY_CODES.items() if word in unit.name), "淄" + unit.short_name[1:3])
            return prefix + ("字" if kind == "字" else "发")
        county = self.county_of.get(unit.pk) or self.county_of.get(unit.parent_id)
        short = COUNTY_CODES.get(county.short_name, county.short_name[:1]) if county else unit.short_name[:1]
        if unit.pk in self.county_of:
            return f"{short}政{'字' if kind == '字' else '发'}"
        body = unit.short_name.removeprefix(county.short_name if county else "")[:2] or "办"
        return f"{short}{body}{'字' if kind == '字' else '发'}"

    def next_number(self, code: str, year: int) -> tuple[str, int, int]:
        while True:
            self.serials[(code, year)] += 1
            seq = self.serials[(code, year)]
            if all((n.code, n.year, n.seq) != (code, year, seq) for n in self.reserved):
                return code, year, seq

    # --- text -----------------------------------------------------------------------------

    def subject(self, topic: str | None = None, unit: Unit | None = None) -> tuple[str, str]:
        """A topic and subject: the given topic, else the unit's usual one, else any."""
        if topic is None and unit is not None:
            topic = next((t for word, t in UNIT_TOPICS.items() if word in unit.name), None)
        topic = topic or self.rng.choice(list(SUBJECTS))
        return topic, self.rng.choice(SUBJECTS[topic])

    def place(self, unit: Unit) -> str:
        county = self.county_of.get(unit.pk) or self.county_of.get(unit.parent_id)
        return county.short_name if county else "全市"

    def body(self, unit: Unit, subject: str, published: date, genre: str) -> str:
        chosen = self.rng.sample(PARAGRAPHS[:-2], 4) + PARAGRAPHS[-2:]
        values = {"subject": subject, "place": self.place(unit), "issuer": unit.name, "end": published.year + 3,
                  "effective": f"{published + timedelta(days=30):%Y年%-m月%-d日}", "genre": Genre(genre).label}
        return "".join(f"<p>{p.format(**values)}</p>" for p in chosen)

    def date_in(self, year: int, first: date | None = None) -> date:
        start = first or date(year, 1, 15)
        return start + timedelta(days=self.rng.randrange((date(year, 12, 28) - start).days))

    # --- items ----------------------------------------------------------------------------

    def add(self, unit, title, doc_type, published, *, number=None, node=None, genre=Genre.NOTICE, topic=None,
            expires=True, body=None, subject="政务公开", **extra) -> InfoItem:
        written = max(date(published.year, 1, 1), published - timedelta(days=self.rng.randrange(0, 12)))
        effective = published + timedelta(days=30) if doc_type in (DocType.RULE, DocType.NORMATIVE) else None
        item = InfoItem(
            unit=unit, title=title, doc_type=doc_type, genre=genre, topic=topic or Topic.GENERAL_AFFAIRS,
            written_on=written, published_on=published, status=Status.PUBLISHED,
            node=node or self.nodes[tree.DEFAULT_NODE_CODE[doc_type]],
            body=body if body is not None else self.body(unit, subject, published, genre),
            effective_from=effective,
            expires_on=_add_years(effective, TERM_YEARS) - timedelta(days=1) if effective and expires else None,
            validity=Validity.VALID if effective else "", **extra,
        )
        if number:
            item.doc_code, item.doc_year, item.doc_seq = number
        item.demo_subject = subject
        item.summary = item.title if not item.body else item.body[3:123].split("</p>")[0]
        self.items.append(item)
        return item

    def add_seed_documents(self) -> dict[str, list[InfoItem]]:
        city = self.city
        continued = []
        for index in range(plan.CONTINUED_COUNT):
            published = date(2015, 3, 2) + timedelta(days=5 * index)
            _, subject = self.subject() if index else (None, "土地使用权管理")
            title = plan.CONTINUED_NAMED if index == 0 else f"淄博市人民政府关于加强{subject}工作的意见"
            continued.append(self.add(city, title, DocType.NORMATIVE, published, number=self.next_number("淄政发", 2015),
                                      genre=Genre.DECISION if index == 0 else Genre.OPINION, subject=subject))
        abolished = [self.add(city, title, DocType.NORMATIVE, published, number=self.next_number("淄政发", published.year),
                              genre=Genre.OPINION, expires=False) for title, published in plan.ABOLISHED]
        title, published = plan.OFFICE_ABOLISHED
        office = self.add(city, title, DocType.NORMATIVE, published, number=self.next_number("淄政办发", 2015),
                          genre=Genre.OPINION, expires=False)
        number, title, published = plan.MANAGEMENT_MEASURES
        parsed = parse(number)
        self.add(city, title, DocType.NORMATIVE, published, number=(parsed.code, parsed.year, parsed.seq),
                 genre=Genre.ORDER, subject="行政规范性文件管理")
        for number, title, published in (plan.CONTINUED_BY, plan.ABOLISHED_BY, plan.OFFICE_ABOLISHED_BY):
            parsed = parse(number)
            self.add(city, title, DocType.POLICY, published, number=(parsed.code, parsed.year, parsed.seq),
                     subject="行政规范性文件清理")
        return {"continued": continued, "abolished": abolished, "office": [office]}

    def add_normative(self, year: int, count: int) -> None:
        for group, share in plan.ISSUER_SHARES:
            for _ in range(round(count * share) if group != plan.ISSUER_SHARES[-1][0] else count):
                unit = self.rng.choice(self.groups[group])
                topic, subject = self.subject(unit=unit)
                pattern, genre = self.rng.choice(NORMATIVE_TITLES)
                title = pattern.format(issuer=unit.name, subject=subject, place=self.place(unit).replace("全市", "淄博市"))
                self.add(unit, title, DocType.NORMATIVE, self.date_in(year), number=self.next_number(
                    self.code_for(unit), year), genre=genre, topic=topic, subject=subject,
                    expires=self.rng.random() < 0.8)
            count -= round(count * share) if group != plan.ISSUER_SHARES[-1][0] else 0

    def add_rules(self, year: int, count: int) -> None:
        for _ in range(count):
            topic, subject = self.subject()
            title = self.rng.choice(RULE_TITLES).format(subject=subject)
            self.add(self.city, title, DocType.RULE, self.date_in(year), genre=Genre.ORDER, topic=topic,
                     subject=subject, expires=False)

    def add_policies(self, year: int) -> None:
        units = self.groups["city_government"] + self.groups["city_department"] + self.groups["county_government"]
        for _ in range(round(plan.POLICIES_PER_YEAR * self.scale)):
            unit = self.rng.choice(units)
            topic, subject = self.subject(unit=unit)
            pattern, genre = self.rng.choice(POLICY_TITLES)
            self.add(unit, pattern.format(issuer=unit.name, year=year, subject=subject), DocType.POLICY,
                     self.date_in(year), number=self.next_number(self.code_for(unit, "字"), year), genre=genre,
                     topic=topic, subject=subject)

    def add_general(self, year: int) -> None:
        for _ in range(round(plan.GENERAL_PER_YEAR * self.scale)):
            unit = self.rng.choice(self.all_units)
            code, pattern, topic = self.rng.choice(GENERAL_TITLES)
            _, subject = self.subject(topic if topic in SUBJECTS else None)
            title = pattern.format(issuer=unit.name, year=year, prev=year - 1, end=year + 4, subject=subject,
                                   place=self.place(unit), month=self.rng.randint(1, 12))
            self.add(unit, title, DocType.GENERAL, self.date_in(year), node=self.nodes[code], genre=Genre.OTHER,
                     topic=topic, subject=subject)

    def add_interpretations(self, saved: list[InfoItem]) -> list[InfoItem]:
        readings = []
        for policy in saved:
            if policy.doc_type != DocType.NORMATIVE or policy.published_on.year < min(plan.CONTENT_YEARS):
                continue
            if policy.unit.level == Level.TOWN or self.rng.random() > plan.INTERPRETED_SHARE:
                continue
            title = self.rng.choice(INTERPRETATION_TITLES).format(title=policy.title)
            values = {"title": policy.title, "subject": policy.demo_subject, "issuer": policy.unit.name,
                      "phone": f"{self.rng.randrange(10000, 99999)}"}
            body = "".join(f"<p>{p.format(**values)}</p>" for p in INTERPRETATION_PARAGRAPHS)
            readings.append(self.add(policy.unit, title, DocType.INTERPRETATION, policy.published_on, body=body,
                                     genre=Genre.OTHER, topic=policy.topic, interprets=policy))
        return readings

    # --- saving ---------------------------------------------------------------------------

    def save(self, items: list[InfoItem]) -> list[InfoItem]:
        """Assign 索引号 serials in publication order per unit and year, then insert."""
        counters: dict[tuple[int, int], int] = defaultdict(int)
        for row in InfoItem.objects.values("unit_id", "index_year").annotate(top=Max("index_serial")).order_by():
            counters[(row["unit_id"], row["index_year"])] = row["top"] or 0
        for item in sorted(items, key=lambda i: (i.published_on, i.title)):
            key = (item.unit_id, item.published_on.year)
            counters[key] += 1
            item.index_year, item.index_serial = key[1], counters[key]
            item.index_code = item.format_index_no()
        return InfoItem.objects.bulk_create(items, batch_size=500)

    def build(self) -> dict:
        seed = self.add_seed_documents()
        for year, count in plan.NORMATIVE_PER_YEAR.items():
            self.add_normative(year, count - sum(1 for i in self.items if i.doc_type == DocType.NORMATIVE
                                                 and i.published_on.year == year))
        for year, count in plan.RULES_PER_YEAR.items():
            self.add_rules(year, count)
        for year in plan.CONTENT_YEARS:
            self.add_policies(year)
            self.add_general(year)
        saved, self.items = self.save(self.items), []
        self.save(self.add_interpretations(saved))
        return seed


def apply_seed_decisions(seed: dict) -> int:
    number, title, effective = plan.CONTINUED_BY
    record_decisions(seed["continued"], Decision(DecisionKind.CONTINUE, number, title, effective,
                                                 new_expires_on=plan.CONTINUED_UNTIL))
    number, title, effective = plan.ABOLISHED_BY
    record_decisions(seed["abolished"], Decision(DecisionKind.REPEAL, number, title, effective))
    number, title, effective = plan.OFFICE_ABOLISHED_BY
    record_decisions(seed["office"], Decision(DecisionKind.REPEAL, number, title, effective))
    return len(seed["continued"]) + len(seed["abolished"]) + len(seed["office"])


def add_unit_columns(city: Unit) -> None:
    """A few units extend their catalog with their own columns."""
    extensions = [("淄博市财政局", "budget", "预算绩效管理"), ("淄博市张店区人民政府", "livelihood", "院务公开"),
                  ("淄博市生态环境局", "inspection", "环境影响评价审批公示")]
    for unit_name, parent_code, name in extensions:
        unit = Unit.objects.filter(name=unit_name).first()
        if unit is not None:
            tree.add_unit_node(unit, tree.standard_node(parent_code), name)


def build(out=None, scale: float = 1.0) -> list[str]:
    with transaction.atomic():
        tree.sync_standard_catalog()
        demo = CatalogDemo(scale=scale)
        seed = demo.build()
        decisions = apply_seed_decisions(seed)
        add_unit_columns(demo.city)
        records = build_records(demo, scale)
        audit.record("catalog.demo_loaded", summary="演示目录与政策文件已生成",
                     items=InfoItem.objects.count(), decisions=decisions, records=records)
    indexed = indexing.rebuild()
    return [f"主动公开：{InfoItem.objects.count()} 条政府信息，{records} 条结果公开记录（{_records_by_year()}），"
            f"检索索引 {indexed} 条。"]


def _records_by_year() -> str:
    from django.db.models import Count
    from django.db.models.functions import ExtractYear

    from gongkai.catalog.models import DecisionRecord

    rows = (DecisionRecord.objects.annotate(year=ExtractYear("decided_on")).values("year")
            .annotate(n=Count("pk")).order_by("year"))
    return "，".join(f"{row['year']}年{row['n']}条" for row in rows)
