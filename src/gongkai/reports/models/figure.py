from django.conf import settings
from django.db import models

from gongkai.orgs.models import Unit


class FigureSource(models.TextChoices):
    IMPORT = "import", "文件导入"
    OVERRIDE = "override", "人工修改"


class ImportedFigureQuerySet(models.QuerySet):
    def current(self):
        """The figure in force for each (unit, year, cell): the one nothing has replaced."""
        return self.filter(replaced_at__isnull=True)


class ImportedFigure(models.Model):
    """A table 二 figure the platform does not hold (行政许可, 行政处罚, 收费, 集中采购 …), per unit
    and year, with where it came from. Never edited: a new value replaces the old row
    (``replaced_at``), so the history stays; replacing a value needs a logged reason.

    ``cell`` is a report cell address in the format's keys ("t2.art20_5.admin_license.decisions");
    a cell that exists in both formats is stored once.
    """

    unit = models.ForeignKey(Unit, verbose_name="单位", on_delete=models.PROTECT, related_name="report_figures")
    year = models.PositiveSmallIntegerField("年度")
    cell = models.CharField("单元格", max_length=64)
    value = models.DecimalField("数值", max_digits=20, decimal_places=4)
    source = models.CharField("来源", max_length=16, choices=FigureSource.choices)
    file_name = models.CharField("导入文件", max_length=200, blank=True)
    file_row = models.PositiveIntegerField("文件行号", null=True, blank=True)
    reason = models.TextField("修改原因", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="操作人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("录入时间", auto_now_add=True)
    replaced_at = models.DateTimeField("被替换时间", null=True, blank=True)

    objects = ImportedFigureQuerySet.as_manager()

    class Meta:
        verbose_name = "导入数据"
        verbose_name_plural = "导入数据"
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "cell"], condition=models.Q(replaced_at__isnull=True),
                                    name="figure_one_current_value"),
        ]
        indexes = [models.Index(fields=["year", "cell"]), models.Index(fields=["unit", "year"])]

    def __str__(self) -> str:
        return f"{self.unit} {self.year} {self.cell} = {self.value}"

    @property
    def scope_unit(self) -> Unit:
        return self.unit

    @property
    def provenance(self) -> str:
        """Where the value came from, in words: 「文件 x.xlsx 第3行」 or 「人工修改：原因」."""
        if self.source == FigureSource.OVERRIDE:
            return f"人工修改：{self.reason}"
        where = f"文件“{self.file_name}”" + (f"第{self.file_row}行" if self.file_row else "")
        return where + (f"（修改原因：{self.reason}）" if self.reason else "")
