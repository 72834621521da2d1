from datetime import date

from django.conf import settings
from django.db import models

from gongkai.orgs.models import subtree_filter


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


class AppealQuerySet(models.QuerySet):
    def in_subtree(self, unit) -> "AppealQuerySet":
        return self.filter(subtree_filter(unit))

    def filed_in(self, year: int) -> "AppealQuerySet":
        return self.filter(filed_on__year=year)

    def pending_at(self, day: date) -> "AppealQuerySet":
        """Filed by ``day`` and not decided by it (尚未审结 as of that day)."""
        return self.filter(models.Q(decided_on__isnull=True) | models.Q(decided_on__gt=day), filed_on__lte=day)


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
    organ = models.CharField("复议机关/受理法院", max_length=100)
    case_number = models.CharField("案号", max_length=60, blank=True)
    appellant = models.CharField("申请人/原告", max_length=100)
    review = models.ForeignKey("self", verbose_name="此前的行政复议", null=True, blank=True,
                               on_delete=models.PROTECT, related_name="litigations",
                               limit_choices_to={"kind": "review"})
    note = models.TextField("说明", blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    objects = AppealQuerySet.as_manager()

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
            models.CheckConstraint(condition=models.Q(decided_on__isnull=True)
                                   | models.Q(decided_on__gte=models.F("filed_on")), name="appeal_decided_after_filing"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.unit} {self.filed_on}"

    @property
    def scope_unit(self):
        return self.unit
