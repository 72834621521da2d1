import re
import uuid
from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q

from gongkai.catalog import indexno
from gongkai.catalog.docnumber import DocNumber
from gongkai.catalog.models.choices import (
    IN_FORCE,
    LIFECYCLE_TYPES,
    POLICY_TYPES,
    DisclosureMode,
    DocType,
    Genre,
    Status,
    Topic,
    Validity,
)
from gongkai.orgs.models import subtree_filter

# Art. 26: proactive information is published within 20 working days; the expiry alert horizon.
EXPIRY_ALERT_DAYS = 90


class InfoItemQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def public(self):
        """What the portal shows: published items, with their unit."""
        return self.published().select_related("unit", "node")

    def in_subtree(self, unit):
        return self.filter(subtree_filter(unit))

    def policies(self):
        return self.filter(doc_type__in=POLICY_TYPES)

    def lifecycle(self):
        return self.filter(doc_type__in=LIFECYCLE_TYPES)

    def in_force_on(self, day: date):
        """有效 (or 已修改, still in force) on ``day``: published by then, 实施 by then, not ended by a
        废止/失效 decision effective by then, and not past its 有效期 (the current one: a 继续执行
        decision extends it, so a gap between expiry and continuation is not reconstructed)."""
        return self.lifecycle().published().filter(
            Q(published_on__lte=day),
            Q(effective_from__isnull=True) | Q(effective_from__lte=day),
            Q(ended_on__isnull=True) | Q(ended_on__gt=day),
            Q(expires_on__isnull=True) | Q(expires_on__gte=day),
        )

    def shown_as(self, validity: str, day: date):
        """Items whose 效力状态 shown on ``day`` is ``validity`` (see ``InfoItem.validity_on``)."""
        not_yet_ended = Q(ended_on__gt=day)  # a 废止/失效 decision recorded ahead of its effective day
        lapsed = (Q(validity__in=IN_FORCE) | not_yet_ended) & Q(expires_on__lt=day)
        started = Q(validity=Validity.PENDING, effective_from__lte=day)
        if validity == Validity.EXPIRED:
            return self.filter((Q(validity=Validity.EXPIRED) & ~not_yet_ended) | lapsed)
        if validity == Validity.VALID:
            return self.filter(((Q(validity=Validity.VALID) | not_yet_ended) & ~lapsed) | started)
        if validity == Validity.PENDING:
            return self.filter(validity=Validity.PENDING).exclude(started)
        if validity == Validity.AMENDED:
            return self.filter(validity=Validity.AMENDED).exclude(lapsed)
        return self.filter(validity=validity).exclude(not_yet_ended)

    def expiring(self, today: date, days: int = EXPIRY_ALERT_DAYS):
        """In force today with a 有效期 that ends within ``days``: the expiry alert."""
        return self.lifecycle().published().filter(
            validity__in=IN_FORCE, expires_on__gte=today, expires_on__lte=today + timedelta(days=days)
        )

    def without_interpretation(self):
        """Published policy documents with no published 解读 linked to them."""
        interpreted = InfoItem.objects.published().filter(interprets__isnull=False).values("interprets_id")
        return self.published().filter(doc_type__in=(DocType.RULE, DocType.NORMATIVE)).exclude(pk__in=interpreted)

    def with_doc_number(self, number: DocNumber):
        return self.filter(doc_code=number.code, doc_year=number.year, doc_seq=number.seq)

    def of_government(self, government):
        """Made by a government and its own departments (same level: a city government's catalog
        leaves out the districts, a county's leaves out its towns)."""
        return self.in_subtree(government).filter(unit__level=government.level)

    def published_in_quarter(self, year: int, quarter: int):
        first = date(year, 3 * quarter - 2, 1)
        last = date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1) - timedelta(days=1)
        return self.filter(published_on__range=(first, last))

    def column_updates(self, unit) -> dict[int, tuple[int, date]]:
        """{column id: (published items, last 发布日期)} of one unit: one GROUP BY."""
        rows = (self.published().filter(unit=unit).values("node_id")
                .annotate(n=models.Count("pk"), last=models.Max("published_on")).order_by())
        return {row["node_id"]: (row["n"], row["last"]) for row in rows}


class InfoItem(models.Model):
    """A piece of government information (政府信息) that a unit discloses.

    索引号 is assigned at publication (``index_year``/``index_serial``, unique per unit and year);
    文号 is stored parsed (机关代字, 年份, 序号) and absent for documents without one.
    ``validity``, ``ended_on`` and ``expires_on`` are caches of the ``ValidityDecision`` log
    with a single writer (``catalog.services.lifecycle``).
    """

    unit = models.ForeignKey("orgs.Unit", verbose_name="发布机构", on_delete=models.PROTECT, related_name="info_items")
    node = models.ForeignKey("catalog.CatalogNode", verbose_name="目录栏目", on_delete=models.PROTECT,
                             related_name="items")
    title = models.CharField("标题", max_length=300)
    doc_type = models.CharField("信息类型", max_length=16, choices=DocType.choices, default=DocType.GENERAL)
    topic = models.CharField("主题分类", max_length=24, choices=Topic.choices, default=Topic.GENERAL_AFFAIRS)
    genre = models.CharField("体裁", max_length=16, choices=Genre.choices, default=Genre.OTHER)
    doc_code = models.CharField("发文机关代字", max_length=40, blank=True)
    doc_year = models.PositiveSmallIntegerField("文号年份", null=True, blank=True)
    doc_seq = models.PositiveIntegerField("文号序号", null=True, blank=True)
    written_on = models.DateField("成文日期")
    published_on = models.DateField("发布日期", null=True, blank=True)
    index_year = models.PositiveSmallIntegerField("索引号年份", null=True, blank=True, editable=False)
    index_serial = models.PositiveIntegerField("索引号序号", null=True, blank=True, editable=False)
    # The 索引号 as assigned at publication: it identifies the item for good, so a later change of
    # the format setting or of the unit's credit code does not renumber what was published.
    index_code = models.CharField("索引号", max_length=80, blank=True, editable=False)
    summary = models.CharField("内容概述", max_length=500, blank=True)
    body = models.TextField("正文", blank=True, help_text="经过清理的 HTML")
    disclosure_mode = models.CharField("公开方式", max_length=16, choices=DisclosureMode.choices,
                                       default=DisclosureMode.PROACTIVE)
    status = models.CharField("状态", max_length=16, choices=Status.choices, default=Status.DRAFT)
    validity = models.CharField("效力状态", max_length=16, choices=Validity.choices, blank=True)
    effective_from = models.DateField("实施日期", null=True, blank=True)
    expires_on = models.DateField("有效期至", null=True, blank=True)
    # The day a 废止 or 宣布失效 decision took effect; the item was in force before it.
    ended_on = models.DateField("废止或失效日期", null=True, blank=True, editable=False)
    interprets = models.ForeignKey("self", verbose_name="所解读的文件", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="interpretations")
    video_url = models.URLField("视频解读链接", blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="创建人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    objects = InfoItemQuerySet.as_manager()

    class Meta:
        verbose_name = "政府信息"
        verbose_name_plural = "政府信息"
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "index_year", "index_serial"], name="info_item_index_unique",
                                    condition=Q(index_serial__isnull=False)),
            # A 文号 is used once per unit, in every state: a withdrawn item is republished as itself
            # (退回草稿, then 发布), so it keeps its 文号 and no second item needs it.
            models.UniqueConstraint(fields=["unit", "doc_code", "doc_year", "doc_seq"],
                                    name="info_item_doc_number_unique", condition=Q(doc_seq__isnull=False)),
            models.CheckConstraint(condition=Q(doc_seq__isnull=True) | (Q(doc_year__isnull=False) & ~Q(doc_code="")),
                                   name="info_item_doc_number_complete"),
            models.CheckConstraint(condition=Q(status__in=["draft", "review"]) | Q(published_on__isnull=False),
                                   name="info_item_published_has_date"),
        ]
        indexes = [
            models.Index(fields=["status", "published_on"]),
            models.Index(fields=["unit", "status", "published_on"]),
            models.Index(fields=["doc_type", "status", "published_on"]),
            models.Index(fields=["doc_code", "doc_year", "doc_seq"]),
            models.Index(fields=["node", "status", "published_on"]),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def scope_unit(self):
        return self.unit

    @property
    def doc_number(self) -> DocNumber | None:
        if self.doc_seq is None:
            return None
        return DocNumber(code=self.doc_code, year=self.doc_year, seq=self.doc_seq)

    @property
    def index_no(self) -> str:
        """The 索引号, or "" before publication (templates show that state in words)."""
        if self.index_serial is None:
            return ""
        return self.index_code or self.format_index_no()

    def format_index_no(self) -> str:
        """The 索引号 this item's serial gives under the current format (stored at publication)."""
        return indexno.format_index(self.unit.credit_code, self.index_year, self.index_serial,
                                    settings.CATALOG_INDEX_FORMAT)

    @property
    def content_is_public(self) -> bool:
        """依申请公开 items are catalogued by name and 索引号 only: their text and attachments are
        given to an applicant, not to every visitor."""
        return self.status == Status.PUBLISHED and self.disclosure_mode == DisclosureMode.PROACTIVE

    @property
    def public_interprets(self) -> "InfoItem | None":
        """The interpreted document, when the public may see it (a 解读 may be published before
        its policy, or outlive its withdrawal: then neither its title nor its link is shown)."""
        target = self.interprets
        return target if target is not None and target.status == Status.PUBLISHED else None

    @property
    def has_lifecycle(self) -> bool:
        return self.doc_type in LIFECYCLE_TYPES

    def validity_on(self, day: date) -> str:
        """The 效力状态 shown on ``day``. A 有效期 ending on D is 有效 through D and 失效 from D+1;
        a 废止/失效 decision effective on D shows from D (有效 before it, even when recorded
        earlier); a document not yet 实施 is 尚未生效 until its 实施日期."""
        if not self.has_lifecycle:
            return ""
        recorded = Validity.VALID if self.ended_on and day < self.ended_on else self.validity
        if recorded in IN_FORCE and self.expires_on and self.expires_on < day:
            return Validity.EXPIRED
        if recorded == Validity.PENDING and self.effective_from and self.effective_from <= day:
            return Validity.VALID
        return recorded

    def validity_label_on(self, day: date) -> str:
        value = self.validity_on(day)
        return Validity(value).label if value else ""


def attachment_path(instance, filename: str) -> str:
    """A generated file name: the uploaded one (kept in ``Attachment.name`` and given back on
    download) may be longer than a file system allows (255 bytes: 85 Chinese characters)."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    suffix = f".{suffix}" if re.fullmatch(r"[a-z0-9]{1,10}", suffix) else ""
    return f"catalog/{instance.item.unit_id}/{instance.item_id}/{uuid.uuid4().hex}{suffix}"


class Attachment(models.Model):
    """A file published with an item (PDF, DOCX, OFD…); its text is extracted for search."""

    item = models.ForeignKey(InfoItem, verbose_name="信息", on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField("文件", upload_to=attachment_path, max_length=255)
    name = models.CharField("文件名", max_length=200)
    kind = models.CharField("文件类型", max_length=16)
    size = models.PositiveIntegerField("大小（字节）", default=0)
    text = models.TextField("提取的文本", blank=True)
    text_note = models.CharField("文本提取说明", max_length=200, blank=True)
    is_illustration = models.BooleanField("图解", default=False)
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)

    class Meta:
        verbose_name = "附件"
        verbose_name_plural = "附件"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name

    @property
    def scope_unit(self):
        return self.item.unit
