from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        user_logged_in.connect(merge_on_sign_in, dispatch_uid="learning.merge_on_sign_in")


def merge_on_sign_in(sender, request, user, **kwargs):
    """Signing in keeps what the visitor did anonymously (see learning.progress)."""
    from learning.progress import attach_session_learner

    if request is not None and hasattr(request, "session"):
        attach_session_learner(request, user)
