from django.conf import settings
from django.db import models

from gongkai.foi.models.choices import DecisionCategory


class Decision(models.Model):
    """How a request was closed: its category in the report format (2021 rows; the 2019 table is a
    view of them), the legal basis cited and the reasons. Written once, by the closing service."""

    application = models.OneToOneField("foi.Application", verbose_name="申请", on_delete=models.CASCADE,
                                       related_name="decision")
    category = models.CharField("答复类别", max_length=32, choices=DecisionCategory.choices)
    basis = models.CharField("法律依据", max_length=200)
    reason = models.TextField("理由和说明", blank=True)
    referral = models.CharField("负责公开的机关及联系方式", max_length=200, blank=True,
                                help_text="不属于本机关负责公开的，告知负责公开的机关名称、联系方式（第三十六条第（五）项）")
    decided_on = models.DateField("答复日期")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="经办人", null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField("记录时间", auto_now_add=True)

    class Meta:
        verbose_name = "答复决定"
        verbose_name_plural = "答复决定"

    def __str__(self) -> str:
        return f"{self.get_category_display()}（{self.basis}）"

    @property
    def scope_unit(self):
        return self.application.unit
