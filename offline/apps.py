from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflineConfig(AppConfig):
    name = "offline"
    verbose_name = _("Learning offline")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from offline import signals  # noqa: F401
