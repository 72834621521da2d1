"""Demo 结果公开 records (行政许可, 行政处罚, 行政强制) for 2020 and 2021."""

from datetime import date, timedelta

from gongkai.catalog import demo_plan as plan
from gongkai.catalog.demo_texts import (
    COMPANY_PLACES,
    COMPANY_TRADES,
    RECORD_ACTION,
    RECORD_CONTENT,
    RECORD_MATTERS,
    SURNAMES,
)
from gongkai.catalog.models import DecisionRecord, RecordKind
from gongkai.orgs import credit_code

# Which bodies decide which kinds (by a word of the unit's name).
DECIDERS = {
    RecordKind.ADMIN_LICENSE: ("行政审批", "自然资源", "交通运输", "卫生健康"),
    RecordKind.ADMIN_PENALTY: ("市场监督", "生态环境", "综合行政执法", "城市管理", "应急管理", "交通运输"),
    RecordKind.ADMIN_COERCION: ("市场监督", "综合行政执法", "生态环境"),
}
KIND_SHARE = ((RecordKind.ADMIN_LICENSE, 0.6), (RecordKind.ADMIN_PENALTY, 0.35), (RecordKind.ADMIN_COERCION, 0.05))


def _subject(rng) -> tuple[str, str]:
    if rng.random() < 0.2:
        return f"{rng.choice(SURNAMES)}某某", ""
    name = f"淄博{rng.choice(COMPANY_PLACES)}{rng.choice(COMPANY_TRADES)}有限公司"
    return name, credit_code.generate("370300", rng, category="91")


def _content(kind: str, decided: date, rng) -> str:
    return RECORD_CONTENT[kind].format(until=f"{decided.year + 5}年{decided.month}月{decided.day}日",
                                       amount=rng.randrange(1, 200) * 500, days=rng.choice((15, 30)))


def build_records(demo, scale: float) -> int:
    rng = demo.rng
    deciders = {kind: [u for u in demo.all_units if any(word in u.name for word in words)]
                for kind, words in DECIDERS.items()}
    serials: dict[tuple[int, int, str], int] = {}
    records = []
    for year, total in plan.RECORDS_PER_YEAR.items():
        for kind, share in KIND_SHARE:
            for _ in range(round(total * share * scale)):
                unit = rng.choice(deciders[kind])
                decided = date(year, 1, 1) + timedelta(days=rng.randrange(365))
                key = (unit.pk, year, kind)
                serials[key] = serials.get(key, 0) + 1
                subject, code = _subject(rng)
                records.append(DecisionRecord(
                    unit=unit, kind=kind, decided_on=decided, subject=subject, subject_code=code,
                    matter=rng.choice(RECORD_MATTERS[kind]), content=_content(kind, decided, rng),
                    decision_no=f"{demo.code_for(unit)[:-1]}{RECORD_ACTION[kind]}〔{year}〕{serials[key]}号",
                ))
    DecisionRecord.objects.bulk_create(records, batch_size=2000)
    return len(records)
