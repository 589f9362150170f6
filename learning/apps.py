from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from learning import converters


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from learning import signals  # noqa: F401

        converters.register()
