from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PedagogyToolsConfig(AppConfig):
    name = "pedagogy_tools"
    verbose_name = _("Toolkits")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pedagogy_tools import signals  # noqa: F401
