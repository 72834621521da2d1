"""System check: ``settings.WORKDAY_COUNTING`` names a known counting rule."""

from django.conf import settings
from django.core.checks import Error, register

from gongkai.workdays.rules import COUNTING_RULES


@register()
def check_workday_counting(app_configs, **kwargs):
    value = getattr(settings, "WORKDAY_COUNTING", None)
    if value in COUNTING_RULES:
        return []
    return [Error(f"WORKDAY_COUNTING is {value!r}; it must be one of {', '.join(COUNTING_RULES)}",
                  hint="Set GONGKAI_WORKDAY_COUNTING to next_day (民法典第201条, the default) or same_day.",
                  id="workdays.E001")]
