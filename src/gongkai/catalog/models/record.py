from django.conf import settings
from django.db import models

from gongkai.catalog.models.choices import RecordKind


class RecordBatch(models.Model):
    """One imported file of 结果公开 records. Only complete imports exist (all or nothing)."""

    unit = models.ForeignKey("orgs.Unit", verbose_name="导入单位", on_delete=models.PROTECT, related_name="+")
    file_name = models.CharField("文件名", max_length=200)
    row_count = models.PositiveIntegerField("记录数", default=0)
    imported_at = models.DateTimeField("导入时间", auto_now_add=True)
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="导入人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "结果公开导入批次"
        verbose_name_plural = "结果公开导入批次"
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.file_name}（{self.row_count}条）"

    @property
    def scope_unit(self):
        return self.unit


class DecisionRecordQuerySet(models.QuerySet):
    def decided_in(self, year: int):
        return self.filter(decided_on__year=year)


class DecisionRecord(models.Model):
    """A published 行政许可 / 行政处罚 / 行政强制 decision (结果公开, 条例第20条第（五）（六）项).

    ``unit`` is the deciding body; table 二 counts records by ``decided_on``.
    """

    unit = models.ForeignKey("orgs.Unit", verbose_name="决定机关", on_delete=models.PROTECT,
                             related_name="decision_records")
    kind = models.CharField("类别", max_length=16, choices=RecordKind.choices)
    decision_no = models.CharField("决定文书号", max_length=80)
    matter = models.CharField("事项名称", max_length=200)
    subject = models.CharField("行政相对人", max_length=200)
    subject_code = models.CharField("相对人统一社会信用代码", max_length=18, blank=True)
    decided_on = models.DateField("决定日期")
    content = models.CharField("决定内容", max_length=500, blank=True)
    batch = models.ForeignKey(RecordBatch, verbose_name="导入批次", null=True, blank=True, on_delete=models.CASCADE,
                              related_name="records")

    objects = DecisionRecordQuerySet.as_manager()

    class Meta:
        verbose_name = "结果公开记录"
        verbose_name_plural = "结果公开记录"
        ordering = ["-decided_on", "-id"]
        indexes = [
            models.Index(fields=["unit", "kind", "decided_on"]),
            models.Index(fields=["kind", "decided_on"]),
            models.Index(fields=["decision_no"]),
        ]

    def __str__(self) -> str:
        return f"{self.decision_no} {self.subject}"

    @property
    def scope_unit(self):
        return self.unit
