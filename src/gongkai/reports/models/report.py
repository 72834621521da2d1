from django.conf import settings
from django.db import models

from gongkai.orgs.models import Unit
from gongkai.reportformat import load

TemplateVersion = models.TextChoices(
    "TemplateVersion", [(f"V{v}", (v, f"{v}年格式（{load(v).doc_no}）")) for v in ("2019", "2021")]
)


class ScopeKind(models.TextChoices):
    UNIT = "unit", "本单位"
    SUBTREE = "subtree", "本单位及所属单位"
    GROUP = "group", "单位组"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "草稿"
    VALIDATED = "validated", "已校验"
    PUBLISHED = "published", "已发布"


class AnnualReportQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ReportStatus.PUBLISHED)


class AnnualReport(models.Model):
    """A 政府信息公开工作年度报告 for one scope (a unit, its subtree, or a named group) and year.

    While a draft its tables are computed from the database on demand; publishing freezes them
    (``snapshot``) with the rendered page (``snapshot_html``), and nothing changes afterwards.
    """

    unit = models.ForeignKey(Unit, verbose_name="编制单位", on_delete=models.PROTECT, related_name="annual_reports")
    scope = models.CharField("统计范围", max_length=16, choices=ScopeKind.choices)
    group = models.ForeignKey("reports.NamedGroup", verbose_name="单位组", null=True, blank=True,
                              on_delete=models.PROTECT, related_name="reports")
    year = models.PositiveSmallIntegerField("报告年度")
    template_version = models.CharField("报告格式", max_length=4, choices=TemplateVersion.choices)
    narrative = models.JSONField("正文", default=dict, blank=True)  # {section key: text}; keys from reportformat
    status = models.CharField("状态", max_length=16, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    override_reason = models.TextField("带问题发布的原因", blank=True)
    validated_at = models.DateTimeField("校验时间", null=True, blank=True)
    published_at = models.DateTimeField("发布时间", null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="发布人", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    snapshot = models.JSONField("发布时的统计表", null=True, blank=True)
    snapshot_html = models.TextField("发布时的页面", blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = AnnualReportQuerySet.as_manager()

    class Meta:
        verbose_name = "年度报告"
        verbose_name_plural = "年度报告"
        ordering = ["-year", "unit__path"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "scope", "year"], condition=models.Q(group__isnull=True),
                                    name="report_one_per_scope_year"),
            models.UniqueConstraint(fields=["group", "year"], condition=models.Q(group__isnull=False),
                                    name="report_one_per_group_year"),
            models.CheckConstraint(condition=models.Q(scope="group", group__isnull=False)
                                   | ~models.Q(scope="group") & models.Q(group__isnull=True),
                                   name="report_group_iff_group_scope"),
            models.CheckConstraint(condition=~models.Q(status="published")
                                   | models.Q(published_at__isnull=False, snapshot__isnull=False),
                                   name="report_published_has_snapshot"),
        ]
        indexes = [models.Index(fields=["year", "status"])]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}年 {self.get_scope_display()}"

    @property
    def scope_unit(self) -> Unit:
        return self.unit

    @property
    def is_published(self) -> bool:
        return self.status == ReportStatus.PUBLISHED
