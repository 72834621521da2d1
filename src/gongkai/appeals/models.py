from django.db import models


class AppealKind(models.TextChoices):
    REVIEW = "review", "行政复议"
    LITIGATION = "litigation", "行政诉讼"


class LitigationRoute(models.TextChoices):
    DIRECT = "direct", "未经复议直接起诉"
    AFTER_REVIEW = "after_review", "复议后起诉"


class AppealOutcome(models.TextChoices):
    MAINTAINED = "maintained", "结果维持"
    CORRECTED = "corrected", "结果纠正"
    OTHER = "other", "其他结果"


class Appeal(models.Model):
    """A 行政复议 or 行政诉讼 against a unit over government information disclosure.

    Year rule for table 四: a case counts in the year it was filed (``filed_on``); its column is
    its outcome if decided by 31 December of that year, otherwise 尚未审结.
    """

    unit = models.ForeignKey("orgs.Unit", verbose_name="被申请人/被告", on_delete=models.PROTECT,
                             related_name="appeals")
    application = models.ForeignKey("foi.Application", verbose_name="所涉申请", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="appeals")
    kind = models.CharField("类型", max_length=16, choices=AppealKind.choices)
    route = models.CharField("起诉方式", max_length=16, choices=LitigationRoute.choices, blank=True)
    filed_on = models.DateField("申请/立案日期", db_index=True)
    decided_on = models.DateField("审结日期", null=True, blank=True)
    outcome = models.CharField("结果", max_length=16, choices=AppealOutcome.choices, blank=True)

    class Meta:
        verbose_name = "行政复议/行政诉讼"
        verbose_name_plural = "行政复议/行政诉讼"
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(kind="review", route="") | models.Q(kind="litigation") & ~models.Q(route="")),
                name="appeal_route_only_for_litigation",
            ),
            models.CheckConstraint(
                condition=models.Q(decided_on__isnull=True, outcome="")
                | models.Q(decided_on__isnull=False) & ~models.Q(outcome=""),
                name="appeal_outcome_iff_decided",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.unit} {self.filed_on}"

    @property
    def scope_unit(self):
        return self.unit
