from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import pre_delete

        from learning.models import Learner
        from learning.progress import erase_certificates

        user_logged_in.connect(merge_on_sign_in, dispatch_uid="learning.merge_on_sign_in")
        pre_delete.connect(erase_certificates, sender=Learner, dispatch_uid="learning.erase_certificates")


def merge_on_sign_in(sender, request, user, **kwargs):
    """Signing in keeps what the visitor did anonymously (see learning.progress)."""
    from learning.progress import attach_session_learner

    if request is not None and hasattr(request, "session"):
        attach_session_learner(request, user)
