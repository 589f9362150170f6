"""The learning app's signal receivers (connected when the app is ready)."""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from learning import review_workflow
from learning.merging import attach_session_learner
from learning.models import Learner
from learning.translation_review import record_source_change

review_workflow.connect()


@receiver(user_logged_in, dispatch_uid="learning.merge_on_sign_in")
def merge_on_sign_in(sender, request, user, **kwargs):
    """Signing in keeps what the visitor did anonymously (see learning.merging)."""
    if request is not None and hasattr(request, "session"):
        attach_session_learner(request, user)


@receiver(pre_delete, sender=Learner, dispatch_uid="learning.erase_certificates")
def erase_certificates(sender, instance, **kwargs):
    """Before a Learner is deleted (account erasure, purge of inactive visitors): its certificates keep
    only their code, so that checking one says it is no longer valid."""
    for certificate in instance.certificates.all():
        certificate.erase()


@receiver(page_published, dispatch_uid="learning.record_source_change")
def note_source_change(sender, instance, **kwargs):
    """A source page published with new content: its translations are out of date from now on
    (learning.translation_review)."""
    record_source_change(instance, when=instance.last_published_at)
