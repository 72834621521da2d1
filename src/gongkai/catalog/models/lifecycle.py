from django.conf import settings
from django.db import models

from gongkai.catalog.models.choices import DecisionKind


class ValidityDecision(models.Model):
    """A recorded decision that changes one document's 效力状态, naming the deciding document.

    E.g. 淄政字〔2020〕103号 continued 30 expired documents: 30 rows of kind 继续执行 with that
    ``decided_by_number``. Append-only: the current state is a cache on ``InfoItem``.
    """

    item = models.ForeignKey("catalog.InfoItem", verbose_name="所涉文件", on_delete=models.CASCADE,
                             related_name="validity_decisions")
    kind = models.CharField("决定类型", max_length=16, choices=DecisionKind.choices)
    decided_by_number = models.CharField("决定文件文号", max_length=60)
    decided_by_title = models.CharField("决定文件标题", max_length=300)
    decided_by = models.ForeignKey("catalog.InfoItem", verbose_name="决定文件", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="validity_decisions_made")
    effective_on = models.DateField("生效日期", db_index=True)
    new_expires_on = models.DateField("新的有效期至", null=True, blank=True)
    amended_by = models.ForeignKey("catalog.InfoItem", verbose_name="修改后的文件", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    note = models.CharField("说明", max_length=300, blank=True)
    recorded_at = models.DateTimeField("登记时间", auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "效力状态决定"
        verbose_name_plural = "效力状态决定"
        ordering = ["effective_on", "id"]
        indexes = [models.Index(fields=["kind", "effective_on"]), models.Index(fields=["decided_by_number"])]

    def __str__(self) -> str:
        return f"{self.decided_by_number} {self.get_kind_display()} {self.item}"

    @property
    def scope_unit(self):
        return self.item.unit
