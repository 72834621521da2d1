from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    """Staff roles. Only SUPERVISOR reaches below its own unit, and only to read."""

    CLERK = "clerk", "经办人"
    REVIEWER = "reviewer", "审核人"
    UNIT_ADMIN = "unit_admin", "单位管理员"
    SUPERVISOR = "supervisor", "监督员"
    SYSADMIN = "sysadmin", "系统管理员"


# Roles that handle a unit's own work; they see their unit only.
UNIT_ROLES = (Role.CLERK, Role.REVIEWER, Role.UNIT_ADMIN)


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True, user__is_active=True)


class Membership(models.Model):
    """A person's role in a unit. A person may hold several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="人员", on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey("orgs.Unit", verbose_name="单位", on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField("角色", max_length=16, choices=Role.choices)
    active = models.BooleanField("有效", default=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = "人员角色"
        verbose_name_plural = "人员角色"
        constraints = [models.UniqueConstraint(fields=["user", "unit", "role"], name="membership_unique_role")]

    def __str__(self) -> str:
        return f"{self.user} · {self.unit} · {self.get_role_display()}"

    @property
    def scope_unit(self):
        return self.unit
