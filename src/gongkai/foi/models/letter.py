import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models

from gongkai.documents.letters import LetterKind
from gongkai.foi.models.choices import DecisionCategory


def letter_storage() -> FileSystemStorage:
    """Sent letters live under ``GONGKAI_HOME/documents/``."""
    return FileSystemStorage(location=settings.DOCUMENTS_DIR)


def letter_path(instance: "SentLetter", filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1]
    return f"letters/{instance.issued_on.year}/{instance.token}.{extension}"


class SentLetterQuerySet(models.QuerySet):
    def for_applicant(self) -> "SentLetterQuerySet":
        """The letters addressed to the applicant (not the consultation letters to third parties)."""
        return self.filter(to_applicant=True).order_by("issued_on", "pk")


class AppendOnlyLetterError(Exception):
    """A sent letter is kept exactly as sent: never changed, never removed."""


class SentLetter(models.Model):
    """A letter as it was sent: the DOCX and PDF bytes stored once, with their SHA-256, and the
    preview HTML the case worker confirmed. Later changes to the request never touch it."""

    application = models.ForeignKey("foi.Application", verbose_name="申请", on_delete=models.PROTECT,
                                    related_name="letters")
    event = models.OneToOneField("foi.Event", verbose_name="办理环节", on_delete=models.PROTECT,
                                 related_name="letter")
    kind = models.CharField("文书类型", max_length=32, choices=LetterKind.choices)
    category = models.CharField("答复类别", max_length=32, blank=True, choices=DecisionCategory.choices)
    title = models.CharField("标题", max_length=100)
    addressee = models.CharField("主送", max_length=120)
    to_applicant = models.BooleanField("致申请人", default=True)
    issued_on = models.DateField("成文日期")
    token = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    html = models.TextField("预览内容")
    docx = models.FileField("Word文件", storage=letter_storage, upload_to=letter_path)
    docx_sha256 = models.CharField("Word文件SHA-256", max_length=64)
    pdf = models.FileField("PDF文件", storage=letter_storage, upload_to=letter_path)
    pdf_sha256 = models.CharField("PDF文件SHA-256", max_length=64)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="发送人", on_delete=models.PROTECT,
                                related_name="+")
    sent_at = models.DateTimeField("发送时间", auto_now_add=True)

    objects = SentLetterQuerySet.as_manager()

    class Meta:
        verbose_name = "已发送文书"
        verbose_name_plural = "已发送文书"
        ordering = ["application", "issued_on", "pk"]

    def __str__(self) -> str:
        return f"{self.title}（{self.issued_on:%Y-%m-%d}）"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyLetterError("a sent letter cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyLetterError("a sent letter cannot be deleted")

    @property
    def scope_unit(self):
        return self.application.unit
