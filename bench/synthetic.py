"""Deterministic synthetic Chinese government documents for the benchmarks (templates from the
demo: no scraped text)."""

import random
from collections.abc import Iterator
from datetime import date, timedelta

from gongkai.catalog.demo_texts import (
    COMPANY_PLACES,
    COMPANY_TRADES,
    NORMATIVE_TITLES,
    PARAGRAPHS,
    POLICY_TITLES,
    RECORD_MATTERS,
    SUBJECTS,
)
from gongkai.search.text import SearchDocument

ISSUERS = ["淄博市人民政府", "淄博市财政局", "淄博市教育局", "淄博市生态环境局", "淄博市张店区人民政府",
           "桓台县人民政府", "沂源县卫生健康局", "淄博市住房和城乡建设局", "博山区城镇街道办事处"]
CODES = ["淄政发", "淄政字", "淄财发", "淄教发", "淄环发", "张政发", "桓政发", "源卫发", "淄建发"]
DOC_TYPES = ["normative", "policy", "general", "general", "interpretation"]
FIRST_DAY = date(2010, 1, 1)


def documents(count: int, seed: int = 1) -> Iterator[SearchDocument]:
    rng = random.Random(seed)
    subjects = [s for values in SUBJECTS.values() for s in values]
    patterns = NORMATIVE_TITLES + POLICY_TITLES
    for pk in range(1, count + 1):
        issuer_index = rng.randrange(len(ISSUERS))
        subject = rng.choice(subjects)
        published = FIRST_DAY + timedelta(days=rng.randrange(12 * 365))
        pattern, _ = rng.choice(patterns)
        title = pattern.format(issuer=ISSUERS[issuer_index], subject=subject, place="全市", year=published.year)
        values = {"subject": subject, "place": "全市", "issuer": ISSUERS[issuer_index], "end": published.year + 3,
                  "effective": f"{published:%Y年%m月%d日}", "genre": "通知"}
        body = "".join(p.format(**values) for p in rng.sample(PARAGRAPHS, 3))
        if rng.random() < 0.2:
            body += f"依据{rng.choice(CODES)}〔{rng.randint(2010, 2021)}〕{rng.randint(1, 150)}号执行。"
        number = f"{CODES[issuer_index]}〔{published.year}〕{pk % 997 + 1}号" if rng.random() < 0.5 else ""
        yield SearchDocument(key=f"item:{pk}", kind="item", pk=pk, unit_id=issuer_index + 1,
                             unit_path=f"/1/{issuer_index + 1}/", doc_type=rng.choice(DOC_TYPES), title=title,
                             doc_number=number, text=body, published_on=published)


def record_rows(count: int, seed: int = 2) -> Iterator[list[str]]:
    """CSV rows (without header) of 结果公开 records."""
    rng = random.Random(seed)
    kinds = [("行政许可", "admin_license", "许"), ("行政处罚", "admin_penalty", "罚"), ("行政强制", "admin_coercion", "强")]
    for n in range(1, count + 1):
        label, key, action = kinds[0] if rng.random() < 0.6 else rng.choice(kinds[1:])
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(730))
        subject = f"淄博{rng.choice(COMPANY_PLACES)}{rng.choice(COMPANY_TRADES)}有限公司"
        yield [label, f"淄市监{action}〔{day.year}〕{n}号", rng.choice(RECORD_MATTERS[key]), subject, "",
               day.isoformat(), "依法作出决定"]
