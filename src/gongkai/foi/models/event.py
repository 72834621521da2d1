from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from gongkai.foi.models.choices import EventKind
from gongkai.foi.rules.state import ClockEvent


class AppendOnlyError(Exception):
    """Events are the legal record: they are added, never changed or removed."""


class Event(models.Model):
    """One step in a request's life, with the legal date it carries (``on``) and when and by whom
    it was recorded. Append-only; the clock and the cached fields of ``Application`` derive from it."""

    application = models.ForeignKey("foi.Application", verbose_name="申请", on_delete=models.CASCADE,
                                    related_name="events")
    seq = models.PositiveIntegerField("序号")
    kind = models.CharField("环节", max_length=32, choices=EventKind.choices)
    on = models.DateField("日期")
    at = models.DateTimeField("记录时间", auto_now_add=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="经办人", null=True, blank=True,
                              on_delete=models.PROTECT, related_name="+")
    data = models.JSONField("内容", default=dict, blank=True, encoder=DjangoJSONEncoder)
    note = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "办理记录"
        verbose_name_plural = "办理记录"
        ordering = ["application", "seq"]
        constraints = [models.UniqueConstraint(fields=["application", "seq"], name="event_seq_unique")]

    def __str__(self) -> str:
        return f"{self.on} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("an event cannot be changed once recorded")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("an event cannot be deleted")

    def as_clock_event(self) -> ClockEvent:
        return ClockEvent(kind=self.kind, on=self.on, data=self.data)
