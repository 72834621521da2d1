import uuid

from django.conf import settings
from django.db import models


class AttachmentPurpose(models.TextChoices):
    IDENTITY = "identity", "身份证明"
    REQUEST = "request", "申请材料"
    CORRECTION = "correction", "补正材料"


def attachment_path(instance: "Attachment", filename: str) -> str:
    """Random names under foi/<year>/: the original name is kept in the row, never in the path."""
    return f"foi/{instance.application.year}/{uuid.uuid4().hex}.{instance.extension}"


class Attachment(models.Model):
    """A file sent with a request; its type was decided from its content, not its name."""

    application = models.ForeignKey("foi.Application", verbose_name="申请", on_delete=models.CASCADE,
                                    related_name="attachments")
    purpose = models.CharField("用途", max_length=16, choices=AttachmentPurpose.choices)
    file = models.FileField("文件", upload_to=attachment_path)
    original_name = models.CharField("原文件名", max_length=200)
    content_type = models.CharField("文件类型", max_length=100)
    extension = models.CharField("扩展名", max_length=10)
    size = models.PositiveIntegerField("大小（字节）")
    sha256 = models.CharField("SHA-256", max_length=64)
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="上传人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "申请附件"
        verbose_name_plural = "申请附件"

    def __str__(self) -> str:
        return self.original_name

    @property
    def scope_unit(self):
        return self.application.unit
