"""The calendar table: the source of truth for working days.

Only ``gongkai.workdays.service`` writes these rows (and the seed, ``gongkai.workdays.seed``).
"""

from datetime import date

from django.conf import settings
from django.db import connections, models
from django.utils import timezone

from gongkai.workdays.notice import Notice, holidays_from_days
from gongkai.workdays.rules import YearSchedule


class Source(models.TextChoices):
    """Where a year's schedule came from."""

    PACKAGE = "package", "chinesecalendar 官方数据"
    FORM = "form", "表单录入"
    FILE = "file", "文件导入"


class DayKind(models.TextChoices):
    OFF = "off", "放假"
    WORKING = "working", "调休上班"  # a Saturday or Sunday worked instead


class CalendarYearQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed=True)

    def stamp(self) -> tuple:
        """Changes whenever any year's schedule changes: the cache key of ``current_calendar``.

        Plain SQL: it runs on every ``current_calendar()`` call, and the ORM's query compilation
        would cost several times the query itself.
        """
        table = connections[self.db].ops.quote_name(self.model._meta.db_table)
        with connections[self.db].cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*), MAX(updated_at) FROM {table}")  # a fixed table name, no input
            return tuple(cursor.fetchone())

    def schedules(self) -> list[YearSchedule]:
        """The schedules of the confirmed years, for ``rules.WorkCalendar``."""
        off: dict[int, set[date]] = {}
        working: dict[int, set[date]] = {}
        for year in self.confirmed().values_list("year", flat=True):
            off[year], working[year] = set(), set()
        rows = SpecialDay.objects.filter(calendar_year__confirmed=True)
        for year, day, kind in rows.values_list("calendar_year__year", "date", "kind"):
            (working if kind == DayKind.WORKING else off)[year].add(day)
        return [YearSchedule(year, frozenset(off[year]), frozenset(working[year])) for year in sorted(off)]


class CalendarYear(models.Model):
    """One year's holiday schedule (国务院办公厅关于YYYY年部分节假日安排的通知).

    Confirmed years carry their special days; a year with no row, or one whose confirmation was
    withdrawn, is 待确认 and counted with weekends only.
    """

    year = models.PositiveSmallIntegerField("年度", unique=True)
    confirmed = models.BooleanField("已确认", default=False)
    notice_title = models.CharField("通知标题", max_length=200, blank=True)
    notice_number = models.CharField("文号", max_length=64, blank=True)
    notice_date = models.DateField("发布日期", null=True, blank=True)
    note = models.CharField("备注", max_length=200, blank=True)
    source = models.CharField("来源", max_length=16, choices=Source.choices)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="录入人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    entered_at = models.DateTimeField("录入时间", default=timezone.now)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = CalendarYearQuerySet.as_manager()

    class Meta:
        verbose_name = "年度节假日安排"
        verbose_name_plural = "年度节假日安排"
        ordering = ["-year"]

    def __str__(self) -> str:
        return f"{self.year}年节假日安排"

    @property
    def entered_by_label(self) -> str:
        if self.entered_by is not None:
            return self.entered_by.get_full_name() or self.entered_by.get_username()
        return "系统初始数据" if self.source == Source.PACKAGE else "命令行导入"

    def special_days(self) -> dict[date, tuple[bool, str]]:
        return {row.date: (row.kind == DayKind.WORKING, row.name) for row in self.days.all()}

    def notice(self) -> Notice:
        """The schedule as a notice, for display and as the starting point of an edit."""
        return Notice(year=self.year, holidays=holidays_from_days(self.special_days()),
                      title=self.notice_title, number=self.notice_number,
                      issued_on=self.notice_date, note=self.note)


class SpecialDay(models.Model):
    """A day whose status differs from the plain week or that belongs to a holiday period."""

    date = models.DateField("日期", unique=True)
    calendar_year = models.ForeignKey(CalendarYear, verbose_name="所属年度安排", on_delete=models.CASCADE,
                                      related_name="days")
    kind = models.CharField("类型", max_length=8, choices=DayKind.choices)
    name = models.CharField("节日", max_length=32)

    class Meta:
        verbose_name = "节假日"
        verbose_name_plural = "节假日"
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date} {self.name}{self.get_kind_display()}"
