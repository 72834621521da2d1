"""The staff header: the modules this person can open, decided by the permission layer."""

from dataclasses import dataclass

from django.urls import reverse

from gongkai.orgs.access import is_staff_member, is_sysadmin, memberships_of
from gongkai.orgs.models import UNIT_ROLES, Role


@dataclass(frozen=True)
class Section:
    label: str
    url: str


def sections_for(user) -> list[Section]:
    if not user.is_authenticated or not is_staff_member(user):
        return []
    roles = {m.role for m in memberships_of(user)}
    handles = bool(roles & {str(r) for r in UNIT_ROLES})
    oversees = Role.SUPERVISOR in roles or is_sysadmin(user)
    sections = [Section("工作台", reverse("workbench:home"))]
    if handles:
        sections.append(Section("依申请公开", reverse("foi:list")))
        sections.append(Section("主动公开", reverse("catalog:items")))
    elif oversees:
        sections.append(Section("依申请公开", reverse("foi:oversight")))
    sections.append(Section("年度报告", reverse("reports:list")))
    if oversees:
        sections.append(Section("监督检查", reverse("oversight:report_deadlines")))
    sections.append(Section("年报核查", reverse("reportcheck:check")))
    if is_sysadmin(user):
        sections.append(Section("工作日历", reverse("workdays:years")))
    return sections


def current(sections: list[Section], path: str) -> Section | None:
    """The section whose URL is the longest prefix of ``path``."""
    matches = [s for s in sections if path.startswith(s.url)]
    return max(matches, key=lambda s: len(s.url), default=None)
