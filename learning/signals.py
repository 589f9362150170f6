"""The learning app's signal receivers (connected when the app is ready)."""

from django.contrib.auth.signals import user_logged_in
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from learning import page_aliases, page_cache, review_workflow
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


PAGE_CACHE_MODELS = (Page, PageViewRestriction, Site, Locale)


def forget_cached_pages(sender, **kwargs):
    """A page changed (saved, published, unpublished, moved, deleted, or its view restrictions), or a site
    or a locale: what the cache holds about pages is out of date (learning.page_cache)."""
    instance = kwargs.get("instance")
    if sender in PAGE_CACHE_MODELS or isinstance(instance, PAGE_CACHE_MODELS):
        page_cache.pages_changed()


PAGE_SIGNALS = {
    "post_save": post_save,
    "post_delete": post_delete,
    "page_published": page_published,
    "page_unpublished": page_unpublished,
    "post_page_move": post_page_move,
}
for signal_name, page_signal in PAGE_SIGNALS.items():
    page_signal.connect(forget_cached_pages, dispatch_uid=f"learning.forget_cached_pages.{signal_name}")
request_started.connect(page_cache.request_started, dispatch_uid="learning.page_cache.request_started")
request_finished.connect(page_cache.request_finished, dispatch_uid="learning.page_cache.request_finished")


@receiver(page_published, dispatch_uid="learning.record_source_change")
def note_source_change(sender, instance, **kwargs):
    """A source page published with new content: its translations are out of date from now on
    (learning.translation_review)."""
    record_source_change(instance, when=instance.last_published_at)


@receiver(page_published, dispatch_uid="learning.make_withheld_aliases")
def make_withheld_aliases(sender, instance, **kwargs):
    """A page created in the admin gets its aliases in the other languages at its first publication
    (learning.page_aliases)."""
    page_aliases.page_published(instance)
