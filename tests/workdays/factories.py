"""Factories for the workdays tests. ``NoticeFactory`` builds a HYPOTHETICAL 2027 notice (2027's
real schedule is not published yet): 元旦 1/1–1/3, 春节 2/6–2/13 with Sunday 1/31 and Saturday
2/20 worked."""

from datetime import date

import factory

from gongkai.workdays.notice import HolidayRange, Notice


class HolidayRangeFactory(factory.Factory):
    class Meta:
        model = HolidayRange

    name = "元旦"
    first = date(2027, 1, 1)
    last = date(2027, 1, 3)
    working_days = ()
    label = factory.Sequence(lambda n: f"第{n + 1}行")


class NoticeFactory(factory.Factory):
    class Meta:
        model = Notice

    year = 2027
    title = "国务院办公厅关于2027年部分节假日安排的通知（测试用，非正式安排）"
    number = "国办发明电〔2026〕99号"
    issued_on = date(2026, 11, 20)
    holidays = factory.LazyFunction(lambda: (
        HolidayRangeFactory(name="元旦", first=date(2027, 1, 1), last=date(2027, 1, 3), label="第1行"),
        HolidayRangeFactory(name="春节", first=date(2027, 2, 6), last=date(2027, 2, 13),
                            working_days=(date(2027, 1, 31), date(2027, 2, 20)), label="第2行"),
    ))
