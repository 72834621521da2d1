from django.apps import AppConfig
from django.core import checks


class FoiConfig(AppConfig):
    name = "gongkai.foi"
    verbose_name = "依申请公开"

    def ready(self):
        checks.register(check_field_keys, checks.Tags.security)


def check_field_keys(app_configs=None, **kwargs):
    """Production must configure the keys that encrypt ID and phone numbers."""
    from django.core.exceptions import ImproperlyConfigured

    from gongkai.foi import privacy

    try:
        privacy.configured_keys()
        privacy.encrypt("check")
    except ImproperlyConfigured as exc:
        return [checks.Error(str(exc), id="gongkai.foi.E001")]
    return []
