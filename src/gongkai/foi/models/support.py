"""Bookkeeping rows: serial counters, sent reminders, tracking attempts, online submissions per address."""

from django.db import models


class SerialCounter(models.Model):
    """The last serial number given out per unit and year; incremented under a row lock."""

    unit = models.ForeignKey("orgs.Unit", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "申请编号计数"
        verbose_name_plural = "申请编号计数"
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="serial_counter_unique")]

    def __str__(self) -> str:
        return f"{self.unit_id}/{self.year}: {self.last}"


class ReminderThreshold(models.TextChoices):
    FIVE = "5", "剩余5个工作日"
    TWO = "2", "剩余2个工作日"
    OVERDUE = "overdue", "已逾期"


class ReminderSent(models.Model):
    """One reminder per request, threshold and due date: the sweep may run any number of times."""

    application = models.ForeignKey("foi.Application", on_delete=models.CASCADE, related_name="reminders")
    threshold = models.CharField("提醒", max_length=8, choices=ReminderThreshold.choices)
    due_on = models.DateField("答复期限")
    sent_at = models.DateTimeField("发送时间", auto_now_add=True)
    recipients = models.JSONField("收件人", default=list)

    class Meta:
        verbose_name = "到期提醒"
        verbose_name_plural = "到期提醒"
        constraints = [models.UniqueConstraint(fields=["application", "threshold", "due_on"],
                                               name="reminder_once_per_threshold")]

    def __str__(self) -> str:
        return f"{self.application_id} {self.get_threshold_display()}"


class TrackingAttempt(models.Model):
    """Applicant tracking logins, to slow down guessing of secrets."""

    tracking_number = models.CharField(max_length=20, db_index=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    succeeded = models.BooleanField(default=False)
    client_ip = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        verbose_name = "查询记录"
        verbose_name_plural = "查询记录"
        indexes = [models.Index(fields=["client_ip", "at"])]

    def __str__(self) -> str:
        return f"{self.tracking_number} {'成功' if self.succeeded else '失败'}"


class OnlineSubmission(models.Model):
    """When an address submitted a request on /apply/: only for the per-address limit
    (``foi.throttle``), nothing else; rows older than the window are deleted as new ones come."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    client_ip = models.GenericIPAddressField()

    class Meta:
        verbose_name = "网上申请提交记录"
        verbose_name_plural = "网上申请提交记录"
        indexes = [models.Index(fields=["client_ip", "at"])]

    def __str__(self) -> str:
        return f"{self.client_ip} {self.at:%Y-%m-%d %H:%M}"
