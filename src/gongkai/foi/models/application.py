from django.db import models

from gongkai.reportformat import applicant_types, decision_categories

# One definition: the report format's table 三 columns and result rows (gongkai.reportformat).
ApplicantType = models.TextChoices("ApplicantType", [(t.key.upper(), (t.key, t.label)) for t in applicant_types()])
DecisionCategory = models.TextChoices(
    "DecisionCategory", [(c.key.upper(), (c.key, c.full_label)) for c in decision_categories()]
)


class Channel(models.TextChoices):
    """How a request arrived; decides the receipt date (条例第31条)."""

    ONLINE = "online", "网上申请"
    IN_PERSON = "in_person", "当面提交"
    LETTER = "letter", "信函"
    FAX = "fax", "传真"
    EMAIL = "email", "电子邮件"


class Application(models.Model):
    """A 政府信息公开申请 to one unit.

    ``received_on``, ``closed_on`` and ``outcome`` are caches of the event log with a single
    writer (``gongkai.foi.services``); the annual report's table 三 groups by them:
    本年新收 = received in the year, 办理结果 = closed in the year, 结转 = open at the boundary.
    """

    unit = models.ForeignKey("orgs.Unit", verbose_name="受理机关", on_delete=models.PROTECT,
                             related_name="applications")
    year = models.PositiveSmallIntegerField("编号年度")
    serial = models.PositiveIntegerField("年度序号")
    applicant_type = models.CharField("申请人类型", max_length=20, choices=ApplicantType.choices)
    channel = models.CharField("申请渠道", max_length=16, choices=Channel.choices)
    received_on = models.DateField("收到申请日期", null=True, blank=True, db_index=True)
    closed_on = models.DateField("办结日期", null=True, blank=True, db_index=True)
    outcome = models.CharField("办理结果", max_length=32, choices=DecisionCategory.choices, blank=True)
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "政府信息公开申请"
        verbose_name_plural = "政府信息公开申请"
        constraints = [models.UniqueConstraint(fields=["unit", "year", "serial"], name="application_serial_unique")]
        indexes = [models.Index(fields=["unit", "received_on"]), models.Index(fields=["unit", "closed_on"])]

    def __str__(self) -> str:
        return f"{self.unit.short_name or self.unit.name}〔{self.year}〕{self.serial}号"

    @property
    def scope_unit(self):
        return self.unit
