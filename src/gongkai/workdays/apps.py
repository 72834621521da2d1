from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate


class WorkdaysConfig(AppConfig):
    name = "gongkai.workdays"
    verbose_name = "工作日历"

    def ready(self):
        from gongkai.workdays import checks  # noqa: F401  (registers the settings check)

        post_migrate.connect(restore_official_calendar, sender=self)


def restore_official_calendar(sender, using="default", apps=None, **kwargs):
    """After ``migrate`` or ``flush``: an empty calendar table gets the official years back,
    so no database ever computes deadlines on an empty calendar. ``migrate`` passes its
    migration state as ``apps``; ``flush`` passes none (the installed models apply)."""
    from gongkai.workdays.seed import seed

    apps = apps or global_apps
    try:
        calendar_year, special_day = apps.get_model("workdays", "CalendarYear"), apps.get_model("workdays", "SpecialDay")
    except LookupError:  # migrated back to zero
        return
    seed(calendar_year, special_day, using=using)
