from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q

from gongkai.foi.models.choices import (
    ApplicantType,
    Channel,
    DecisionCategory,
    DeliveryForm,
    IdKind,
    LetterKind,
    Phase,
)
from gongkai.orgs.models import subtree_filter

OPEN_PHASES = (Phase.RUNNING, Phase.CORRECTION)


class ApplicationQuerySet(models.QuerySet):
    def for_units(self, units) -> "ApplicationQuerySet":
        return self.filter(unit__in=units)

    def in_subtree(self, unit) -> "ApplicationQuerySet":
        return self.filter(subtree_filter(unit))

    def open(self) -> "ApplicationQuerySet":
        """Received and not closed: the reply period runs, is paused, or waits for 补正."""
        return self.filter(phase__in=OPEN_PHASES)

    def open_for_units(self, units) -> "ApplicationQuerySet":
        """Open requests of these units, most urgent first (due date order = working days left order)."""
        return self.open().for_units(units).order_by(models.F("due_on").asc(nulls_last=True), "received_on", "pk")

    def pending_confirmation(self) -> "ApplicationQuerySet":
        """Online, e-mail and fax submissions whose receipt is not yet confirmed (第31条第(三)项)."""
        return self.filter(phase=Phase.PENDING)

    def running(self) -> "ApplicationQuerySet":
        """The reply period runs now (not paused, not waiting for 补正)."""
        return self.filter(phase=Phase.RUNNING, paused=False)

    def overdue(self, today: date) -> "ApplicationQuerySet":
        return self.running().filter(due_on__lt=today)

    def due_by(self, day: date) -> "ApplicationQuerySet":
        """Running and due on or before ``day`` (e.g. ``calendar.add_working_days(today, 3)``)."""
        return self.running().filter(due_on__lte=day)

    def awaiting_approval(self) -> "ApplicationQuerySet":
        """An extension waits for a 审核人's decision."""
        return self.filter(pending_approval=True)

    def received_in(self, year: int) -> "ApplicationQuerySet":
        return self.filter(received_on__year=year)

    def open_at(self, day: date) -> "ApplicationQuerySet":
        """Received by ``day`` and not closed by it (结转: open on 31 December)."""
        return self.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=day), received_on__lte=day)


class Application(models.Model):
    """A 政府信息公开申请 to one unit.

    ``received_on``, ``closed_on`` and ``outcome`` are caches of the event log with a single
    writer (``gongkai.foi.services``); the annual report's table 三 groups by them:
    本年新收 = received in the year, 办理结果 = closed in the year, 结转 = open at the boundary.
    ``phase``, ``due_on``, ``paused`` and ``pending_approval`` are caches of the clock for lists
    and sorting; the authoritative clock is ``gongkai.foi.workflow.clock_for``.
    """

    unit = models.ForeignKey("orgs.Unit", verbose_name="受理机关", on_delete=models.PROTECT,
                             related_name="applications")
    year = models.PositiveSmallIntegerField("编号年度")
    serial = models.PositiveIntegerField("年度序号")
    tracking_number = models.CharField("查询编号", max_length=20, unique=True)
    tracking_secret_hash = models.CharField("查询密码摘要", max_length=100, editable=False)
    channel = models.CharField("申请渠道", max_length=16, choices=Channel.choices)
    letter_kind = models.CharField("信函方式", max_length=16, blank=True, choices=LetterKind.choices)
    oral_transcribed = models.BooleanField("口头提出、代为填写", default=False,
                                           help_text="申请人书面形式确有困难，口头提出，由工作机构代为填写（第二十九条）")
    submitted_on = models.DateField("提交日期")

    # The applicant (条例第29条第(一)项). ID and phone numbers are encrypted; lists show the masks.
    applicant_type = models.CharField("申请人类型", max_length=20, choices=ApplicantType.choices)
    applicant_name = models.CharField("申请人姓名或名称", max_length=100)
    id_kind = models.CharField("身份证明类型", max_length=16, choices=IdKind.choices)
    id_number_cipher = models.TextField("身份证明号码（加密）", editable=False)
    id_number_masked = models.CharField("身份证明号码", max_length=32)
    applicant_key = models.CharField("申请人识别码", max_length=64, db_index=True, editable=False,
                                     help_text="身份证明号码的密钥散列，用于识别同一申请人，不可还原")
    contact_person = models.CharField("联系人", max_length=50, blank=True)
    phone_cipher = models.TextField("联系电话（加密）", editable=False)
    phone_masked = models.CharField("联系电话", max_length=20)
    phone_key = models.CharField("电话识别码", max_length=64, db_index=True, editable=False)
    email = models.EmailField("电子邮箱", blank=True)
    address = models.CharField("通信地址", max_length=200, blank=True)
    postcode = models.CharField("邮政编码", max_length=6, blank=True)

    # What is requested (第29条第(二)(三)项).
    subject = models.CharField("所需政府信息的名称、文号或特征描述", max_length=300)
    description = models.TextField("所需政府信息的详细描述", blank=True)
    delivery_form = models.CharField("获取信息的方式", max_length=20, choices=DeliveryForm.choices)

    received_on = models.DateField("收到申请日期", null=True, blank=True, db_index=True)
    closed_on = models.DateField("办结日期", null=True, blank=True, db_index=True)
    outcome = models.CharField("办理结果", max_length=32, choices=DecisionCategory.choices, blank=True)
    phase = models.CharField("办理状态", max_length=16, choices=Phase.choices, default=Phase.PENDING)
    due_on = models.DateField("答复期限", null=True, blank=True)
    paused = models.BooleanField("计时暂停", default=False)
    pending_approval = models.BooleanField("待审批延期", default=False)

    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                      on_delete=models.SET_NULL, related_name="+")
    transferred_from = models.OneToOneField("self", verbose_name="转自", null=True, blank=True,
                                            on_delete=models.SET_NULL, related_name="transferred_to")
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = "政府信息公开申请"
        verbose_name_plural = "政府信息公开申请"
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "serial"], name="application_serial_unique"),
            models.CheckConstraint(condition=Q(closed_on__isnull=True) | Q(received_on__isnull=True)
                                   | Q(closed_on__gte=models.F("received_on")), name="application_closed_after_receipt"),
            # An outcome exactly for the requests that were received and closed (table 三 counts them).
            models.CheckConstraint(condition=Q(outcome="", received_on__isnull=True) | Q(outcome="", closed_on__isnull=True)
                                   | Q(received_on__isnull=False, closed_on__isnull=False) & ~Q(outcome=""),
                                   name="application_outcome_iff_received_and_closed"),
        ]
        indexes = [
            models.Index(fields=["unit", "received_on"]),
            models.Index(fields=["unit", "closed_on"]),
            models.Index(fields=["unit", "phase", "due_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.unit.short_name or self.unit.name} {self.number}"

    @property
    def number(self) -> str:
        """The request's number within its unit: 〔2020〕第15号."""
        return f"〔{self.year}〕第{self.serial}号"

    @property
    def scope_unit(self):
        return self.unit

    @property
    def is_organisation(self) -> bool:
        return self.id_kind == IdKind.CREDIT_CODE
