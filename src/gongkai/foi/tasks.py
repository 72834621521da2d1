"""Background tasks (django-tasks): the daily reminder sweep, enqueued by ``gongkai foi remind
--enqueue`` (cron) and run by the database worker."""

from datetime import date

from django_tasks import task


@task()
def send_due_reminders(on: str | None = None) -> dict:
    from gongkai.foi import reminders

    result = reminders.sweep(date.fromisoformat(on) if on else None)
    return {"checked": result.checked, "sent": len(result.sent)}
