"""The official schedules 2004–2026 from the ``chinesecalendar`` package: the initial content of
the calendar table. Written by the data migration, and again by ``post_migrate`` whenever the
table is found empty (``flush`` empties it: the demo on PostgreSQL, transactional tests).

``seed`` receives the model classes, so the migration can pass its historical models; it sets
only fields that exist since the first migration.
"""

from collections import defaultdict
from datetime import date

SEED_YEARS = range(2004, 2027)  # chinesecalendar 1.11 raises for 2027

PACKAGE_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}

# Notice details confirmed in docs/regulation (spec §5); other years carry the standard title only.
KNOWN_NOTICES = {
    2020: {"notice_title": "国务院办公厅关于2020年部分节假日安排的通知；国务院办公厅关于延长2020年春节假期的通知"},
    2025: {"notice_number": "国办发明电〔2024〕12号", "notice_date": date(2024, 11, 12)},
    2026: {"notice_date": date(2025, 11, 4)},
}


def notice_year(day: date, name: str) -> int:
    """The year whose notice set ``day``: late-December 元旦 days belong to the next year's."""
    return day.year + 1 if day.month == 12 and name == "元旦" else day.year


def official_days() -> dict[int, dict[date, tuple[bool, str]]]:
    """Year → {day → (is a working day, holiday name)} for ``SEED_YEARS``, from the package."""
    from chinese_calendar import constants

    years: dict[int, dict[date, tuple[bool, str]]] = defaultdict(dict)
    for table, working in ((constants.holidays, False), (constants.workdays, True)):
        for day, package_name in table.items():
            name = PACKAGE_NAMES[package_name]
            year = notice_year(day, name)
            if year in SEED_YEARS:
                years[year][day] = (working, name)
    return dict(years)


def package_version() -> str:
    import chinese_calendar

    return getattr(chinese_calendar, "__version__", "")


def seed(calendar_year_model, special_day_model, using: str = "default") -> int:
    """Write the official years into an empty calendar table; returns the number of years written."""
    years = calendar_year_model.objects.using(using)
    if years.exists():
        return 0
    note = f"据 chinesecalendar {package_version()} 官方数据录入"
    created = years.bulk_create(
        calendar_year_model(
            year=year, confirmed=True, source="package", note=note,
            **{"notice_title": f"国务院办公厅关于{year}年部分节假日安排的通知", **KNOWN_NOTICES.get(year, {})},
        )
        for year in SEED_YEARS
    )
    ids = dict(years.values_list("year", "pk"))
    special_day_model.objects.using(using).bulk_create(
        special_day_model(date=day, calendar_year_id=ids[year], kind="working" if working else "off", name=name)
        for year, days in official_days().items()
        for day, (working, name) in days.items()
    )
    return len(created)
