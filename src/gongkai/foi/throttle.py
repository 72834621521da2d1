"""Per-address limits on the public request pages, counted in the database so that every worker
sees the same counts (like the login lock-out, and with its notion of the visitor's address,
``orgs.auth.client_ip``). No CAPTCHA: an address over the limit gets HTTP 429 with a Chinese
message saying when to try again, and the page keeps what was typed.

- /apply/: at most ``settings.APPLY_LIMIT_PER_HOUR`` requests submitted per address in an hour.
- /track/: at most ``settings.TRACK_FAILURE_LIMIT_PER_HOUR`` failed tries per address in an hour
  (counted by ``services.tracking`` with the per-number lock).

The first refusal of an address in a window is written to the audit trail (``foi.throttled``);
later ones in the same window are not, so a script hammering the form cannot flood the trail.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from gongkai.core import audit
from gongkai.core.models import AuditEntry
from gongkai.foi.models import OnlineSubmission

WINDOW = timedelta(hours=1)
AUDIT_ACTION = "foi.throttled"
FORM_NAMES = {"apply": "网上申请", "track": "申请查询"}


def since() -> datetime:
    return timezone.now() - WINDOW


def free_at(recent, limit: int) -> datetime | None:
    """When fewer than ``limit`` of the ``recent`` rows (this window's) remain, or ``None`` if
    that is already so (or there is no limit)."""
    if not limit or recent.count() < limit:
        return None
    return recent.order_by("-at").values_list("at", flat=True)[limit - 1] + WINDOW


def submissions_exhausted(client_ip: str | None) -> datetime | None:
    """When this address may submit again, or ``None`` while it is within the limit."""
    if client_ip is None:
        return None
    recent = OnlineSubmission.objects.filter(client_ip=client_ip, at__gte=since())
    return free_at(recent, settings.APPLY_LIMIT_PER_HOUR)


def count_submission(client_ip: str | None) -> None:
    if client_ip is None or not settings.APPLY_LIMIT_PER_HOUR:
        return
    OnlineSubmission.objects.filter(at__lt=since()).delete()  # kept no longer than the limit needs
    OnlineSubmission.objects.create(client_ip=client_ip)


def retry_text(when: datetime | None) -> str:
    if when is None:
        return "请一小时后再试"
    return f"请于{timezone.localtime(when):%H:%M}后再试"


def refused(form: str, client_ip: str | None, *, unit=None, **context) -> None:
    """Audit the first refusal of this address for this form in the window (``unit``: the one
    applied to)."""
    earlier = AuditEntry.objects.filter(action=AUDIT_ACTION, at__gte=since(), context__form=form,
                                        context__client_ip=client_ip)
    if not earlier.exists():
        audit.record(AUDIT_ACTION, unit=unit, summary=f"{FORM_NAMES[form]}：{client_ip or '未知地址'} 超过每小时次数限制",
                     form=form, client_ip=client_ip, **context)
