from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    """One state change, who made it and when: the platform's audit trail.

    Domain apps with legal clocks keep their own event tables (``foi``); everything else
    (imports, calendar changes, publishing, role changes, reads of protected data) lands here.
    """

    at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="操作人", null=True, blank=True, on_delete=models.SET_NULL
    )
    action = models.CharField("操作", max_length=64, db_index=True)
    unit = models.ForeignKey(
        "orgs.Unit", verbose_name="单位", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_type = models.CharField("对象类型", max_length=64, blank=True)
    target_id = models.CharField("对象编号", max_length=64, blank=True)
    summary = models.CharField("摘要", max_length=255, blank=True)
    context = models.JSONField("详情", default=dict, blank=True)

    class Meta:
        verbose_name = "操作日志"
        verbose_name_plural = "操作日志"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.summary}"
