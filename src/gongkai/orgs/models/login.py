from django.db import models


class LoginAttempt(models.Model):
    """Failed and successful logins, kept in the database so the lock-out holds across workers."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    username = models.CharField(max_length=150, db_index=True)
    client_ip = models.GenericIPAddressField(null=True, blank=True)
    succeeded = models.BooleanField(default=False)

    class Meta:
        verbose_name = "登录记录"
        verbose_name_plural = "登录记录"
        indexes = [models.Index(fields=["client_ip", "at"])]

    def __str__(self) -> str:
        return f"{self.username} {'成功' if self.succeeded else '失败'} {self.at:%Y-%m-%d %H:%M}"
