"""Deadline reminders: the case workers of the unit at 5 and at 2 working days left, the
审核人 once a request is overdue. One e-mail per request, threshold and due date, however often
the sweep runs (``ReminderSent`` is unique on them); a failed send is retried by the next sweep."""

import logging
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from gongkai.foi.models import Application, ReminderSent, ReminderThreshold
from gongkai.foi.rules.clock import Clock
from gongkai.foi.rules.transitions import cn_date
from gongkai.foi.services.common import refresh, state_of, today
from gongkai.foi.workflow import clock_for
from gongkai.orgs.models import Membership, Role

logger = logging.getLogger(__name__)


@dataclass
class SweepResult:
    checked: int = 0
    sent: list[tuple[int, str]] = field(default_factory=list)  # (application id, threshold)


def threshold_for(clock: Clock) -> str | None:
    if clock.overdue:
        return ReminderThreshold.OVERDUE
    if clock.days_left is not None and clock.days_left <= 2:
        return ReminderThreshold.TWO
    if clock.days_left is not None and clock.days_left <= 5:
        return ReminderThreshold.FIVE
    return None


def recipients(application: Application, threshold: str) -> list[str]:
    role = Role.REVIEWER if threshold == ReminderThreshold.OVERDUE else Role.CLERK
    return sorted(set(Membership.objects.active().filter(unit=application.unit, role=role).exclude(
        user__email="").values_list("user__email", flat=True)))


def message(application: Application, clock: Clock, threshold: str) -> tuple[str, str]:
    due = cn_date(clock.due_on) + ("（涉及尚未公布的节假日安排，待确认）" if not clock.confirmed else "")
    if threshold == ReminderThreshold.OVERDUE:
        subject = f"【政府信息公开】申请{application.number}已超过答复期限"
        status = f"答复期限为{due}，已逾期{-clock.days_left}个工作日，请督促尽快答复。" if clock.days_left < 0 else \
            f"答复期限为{due}，已逾期，请督促尽快答复。"
    else:
        subject = f"【政府信息公开】申请{application.number}距答复期限还剩{clock.days_left}个工作日"
        status = (f"答复期限为{due}，还剩{clock.days_left}个工作日。请在期限内作出答复；如需延长答复期限，"
                  "应在期限届满前经审核人同意并告知申请人（《中华人民共和国政府信息公开条例》第三十三条）。")
    body = "\n".join([
        f"{application.unit.name}：",
        f"您单位办理的政府信息公开申请{application.number}（{application.subject}），"
        f"收到申请日期为{cn_date(application.received_on)}，{status}",
        "",
        "本邮件由政府信息公开平台自动发送，请勿直接回复。",
    ])
    return subject, body


def refresh_open(on: date | None = None) -> int:
    """Recompute the cached clock fields of every open request as of ``on`` (paused due dates
    move daily; a newly entered holiday schedule changes due dates)."""
    count = 0
    for application in Application.objects.open().prefetch_related("events"):
        refresh(application, state_of(list(application.events.all())), on=on or today())
        count += 1
    return count


def _remind(application: Application, clock: Clock, threshold: str) -> bool:
    if ReminderSent.objects.filter(application=application, threshold=threshold, due_on=clock.due_on).exists():
        return False
    to = recipients(application, threshold)
    try:
        with transaction.atomic():
            ReminderSent.objects.create(application=application, threshold=threshold, due_on=clock.due_on,
                                               recipients=to)
            if to:
                subject, body = message(application, clock, threshold)
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
            else:
                logger.warning("no recipient for reminder %s of application %s", threshold, application.pk)
    except IntegrityError:
        return False  # sent meanwhile by a concurrent sweep
    return True


def sweep(on: date | None = None) -> SweepResult:
    """Send the reminders due ``on`` (default today). Safe to run any number of times a day."""
    on = on or today()
    refresh_open(on)
    result = SweepResult()
    for application in Application.objects.running().select_related("unit"):
        result.checked += 1
        clock = clock_for(application, on)
        threshold = threshold_for(clock)
        if threshold and _remind(application, clock, threshold):
            result.sent.append((application.pk, threshold))
    return result
