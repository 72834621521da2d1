"""A year's holiday notice as entered by an administrator, and its validation. Plain Python.

A notice (《国务院办公厅关于YYYY年部分节假日安排的通知》) lists holidays; each has a name, a range
of days off and the weekend days worked instead (调休上班). Validation returns every problem at
once, in Chinese, naming the row or line it was found on (``HolidayRange.label``).
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from gongkai.workdays.rules import YearSchedule, is_weekend, schedule_span

STATUTORY_HOLIDAYS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
NAME_MAX_LENGTH = 32
MAX_RANGE_DAYS = 31  # the longest break so far: 10 days (2020 Spring Festival, extended)
WEEKDAY_NAMES = "一二三四五六日"

_DAY_PATTERN = re.compile(r"^\s*(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})\s*日?\s*$")
_LIST_SEPARATORS = re.compile(r"[\s,，、;；]+")


def cn_date(day: date, *, weekday: bool = False) -> str:
    text = f"{day.year}年{day.month}月{day.day}日"
    return f"{text}（星期{WEEKDAY_NAMES[day.weekday()]}）" if weekday else text


def parse_day(text: str) -> date:
    """``2027-02-06``, ``2027/2/6``, ``2027.2.6`` or ``2027年2月6日``; ValueError in Chinese."""
    match = _DAY_PATTERN.match(str(text))
    if not match:
        raise ValueError(f"“{text}”不是有效日期（应为 YYYY-MM-DD，例如 2027-02-06）")
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValueError(f"“{text}”不是有效日期（该日不存在）") from None


def parse_day_list(text: str) -> list[date]:
    """Dates separated by commas, 顿号, semicolons or spaces."""
    return [parse_day(part) for part in _LIST_SEPARATORS.split(text.strip()) if part]


@dataclass(frozen=True)
class HolidayRange:
    """One holiday of a notice: ``first``–``last`` off, ``working_days`` worked (调休上班)."""

    name: str
    first: date
    last: date
    working_days: tuple[date, ...] = ()
    label: str = ""  # where the user wrote it: "第2行", "第14行（holidays 第3项）"

    @property
    def where(self) -> str:
        return f"{self.label}（{self.name}）" if self.name else self.label

    def days_off(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def describe(self) -> str:
        """The notice's own wording: 春节：2026年2月15日至2月23日放假，共9天；2月14日（星期六）上班。"""
        span = cn_date(self.first) if self.first == self.last else (
            f"{cn_date(self.first)}至{_short_date(self.last, self.first)}")
        text = f"{self.name}：{span}放假，共{(self.last - self.first).days + 1}天"
        if self.working_days:
            worked = "、".join(_short_date(d, self.first, weekday=True) for d in self.working_days)
            text += f"；{worked}上班"
        return text + "。"


def _short_date(day: date, reference: date, *, weekday: bool = False) -> str:
    text = cn_date(day, weekday=weekday)
    return text if day.year != reference.year else text.removeprefix(f"{day.year}年")


@dataclass(frozen=True)
class Notice:
    year: int
    holidays: tuple[HolidayRange, ...]
    title: str = ""
    number: str = ""  # 文号, e.g. 国办发明电〔2024〕12号
    issued_on: date | None = None
    note: str = ""

    def special_days(self) -> dict[date, tuple[bool, str]]:
        """Each rearranged day → (is a working day, holiday name). Assumes a valid notice."""
        days: dict[date, tuple[bool, str]] = {}
        for holiday in self.holidays:
            days.update(dict.fromkeys(holiday.days_off(), (False, holiday.name)))
            days.update(dict.fromkeys(holiday.working_days, (True, holiday.name)))
        return days

    def schedule(self) -> YearSchedule:
        days = self.special_days()
        return YearSchedule(
            self.year,
            frozenset(d for d, (working, _) in days.items() if not working),
            frozenset(d for d, (working, _) in days.items() if working),
        )


def validate(notice: Notice, *, years: range, locked: Mapping[date, int] | None = None) -> list[str]:
    """Every problem of ``notice``, in Chinese. ``years``: the years that may be entered;
    ``locked``: days already fixed by a later year's schedule (day → that year)."""
    if notice.year not in years:
        return [f"年度{notice.year}无效：只能录入{years.start}年至{years.stop - 1}年的节假日安排"]
    if not notice.holidays:
        return [f"{notice.year}年的安排中没有任何放假日期"]
    errors: list[str] = []
    for holiday in notice.holidays:
        errors += _holiday_errors(notice.year, holiday)
    if errors:
        return errors
    return _overlap_errors(notice.holidays) + _locked_errors(notice, locked or {})


def _holiday_errors(year: int, holiday: HolidayRange) -> list[str]:
    where = holiday.where
    if not holiday.name.strip():
        return [f"{where}：节日名称不能为空"]
    if len(holiday.name) > NAME_MAX_LENGTH:
        return [f"{where}：节日名称不能超过{NAME_MAX_LENGTH}个字"]
    if holiday.first > holiday.last:
        return [f"{where}：放假开始日期（{cn_date(holiday.first)}）晚于结束日期（{cn_date(holiday.last)}）"]
    first, last = schedule_span(year)
    span = f"{year}年的安排只能包含{cn_date(first)}至{cn_date(last)}的日期"
    errors = [f"{where}：{cn_date(d)}不在{year}年范围内（{span}）"
              for d in (holiday.first, holiday.last, *holiday.working_days) if not first <= d <= last]
    if (holiday.last - holiday.first).days >= MAX_RANGE_DAYS:
        errors.append(f"{where}：放假时间超过{MAX_RANGE_DAYS}天，请核对开始和结束日期")
    for day in holiday.working_days:
        if not is_weekend(day):
            errors.append(f"{where}：调休上班日{cn_date(day, weekday=True)}不是周末，调休上班日只能是星期六或星期日")
        if holiday.first <= day <= holiday.last:
            errors.append(f"{where}：{cn_date(day)}既是放假日又是调休上班日")
    if len(set(holiday.working_days)) < len(holiday.working_days):
        errors.append(f"{where}：调休上班日有重复")
    return errors


def _overlap_errors(holidays: Iterable[HolidayRange]) -> list[str]:
    errors = []
    for a, b in combinations(holidays, 2):
        low, high = max(a.first, b.first), min(a.last, b.last)
        if low <= high:
            span = cn_date(low) if low == high else f"{cn_date(low)}至{cn_date(high)}"
            errors.append(f"{a.where}与{b.where}的放假日期重叠（{span}）")
        for day in sorted(set(a.working_days) & set(b.working_days)):
            errors.append(f"调休上班日{cn_date(day)}在{a.where}和{b.where}中重复填写")
        for off, working in ((a, b), (b, a)):
            for day in working.working_days:
                if off.first <= day <= off.last:
                    errors.append(f"{cn_date(day)}既是{off.where}的放假日，又是{working.where}的调休上班日")
    return errors


def _locked_errors(notice: Notice, locked: Mapping[date, int]) -> list[str]:
    return [f"{cn_date(day)}已由{locked[day]}年的节假日安排确定，不能在{notice.year}年的安排中修改"
            for day in sorted(notice.special_days()) if day in locked]


def holidays_from_days(days: Mapping[date, tuple[bool, str]]) -> tuple[HolidayRange, ...]:
    """Group stored special days back into holidays (for display and for editing a year).

    Days off form one range across gaps of plain weekend days; adjoining holidays merge under
    both names, as the notices word them (国庆节、中秋节：10月1日至8日放假). Each 调休 working day
    joins the nearest range of its holiday.
    """
    ranges: list[tuple[list[str], list[date], list[date]]] = []  # names, [first, last], working days
    for day in sorted(d for d, (working, _) in days.items() if not working):
        name = days[day][1]
        if ranges and _only_weekends_between(ranges[-1][1][1], day, days):
            names, span, _ = ranges[-1]
            span[1] = day
            if name not in names:
                names.append(name)
        else:
            ranges.append(([name], [day, day], []))
    for day in sorted(d for d, (working, _) in days.items() if working):
        candidates = [r for r in ranges if days[day][1] in r[0]] or ranges
        if candidates:
            min(candidates, key=lambda r: min(abs((day - r[1][0]).days), abs((day - r[1][1]).days)))[2].append(day)
    return tuple(HolidayRange("、".join(names), first, last, tuple(worked)) for names, (first, last), worked in ranges)


def _only_weekends_between(last: date, day: date, days: Mapping[date, tuple[bool, str]]) -> bool:
    gap = [last + timedelta(days=i) for i in range(1, (day - last).days)]
    return all(is_weekend(d) and d not in days for d in gap)
