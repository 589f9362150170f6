"""When a source page last changed in a way its translations must follow (see learning.translation_review)."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import TranslationSource

NEEDS_SYNC = "sync"  # the source changed since the translation was last synchronised
NEEDS_PUBLISHING = "publish"  # synchronised, but not yet translated, reviewed and published


class SourceChange(models.Model):
    """The last time a page of the source language was published with content its translations do not
    have yet: the text of a segment, a synchronised value. One row per page (its translation key)."""

    translation_key = models.UUIDField(_("translation key"), unique=True)
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("source change")
        verbose_name_plural = _("source changes")

    def __str__(self):
        return f"{self.translation_key} {self.changed_at:%Y-%m-%d %H:%M}"


def state_from(changed_at, synced_at, published_at):
    """For a translation whose source changed at `changed_at` (None: never since it was translated),
    last synchronised at `synced_at` and last published at `published_at`: NEEDS_SYNC, NEEDS_PUBLISHING
    or None (up to date)."""
    if changed_at is None:
        return None
    if synced_at is None or synced_at < changed_at:
        return NEEDS_SYNC
    if published_at is None or published_at < synced_at:
        return NEEDS_PUBLISHING
    return None


def with_source_change(pages, page):
    """`pages` (a queryset fetching the translations of `page`) annotated with what
    `updated_source_date` needs: when the source of `page` (a page of its translation key in another
    locale) last changed, and when the translations were last synchronised from it. Both are subqueries
    that do not depend on the row, so the database runs each once: no query of their own."""
    change = SourceChange.objects.filter(translation_key=page.translation_key).exclude(
        locale_id=page.locale_id
    )
    synced = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=Subquery(change.values("locale_id")[:1])
    )
    return pages.annotate(
        updated_source_at=Subquery(change.values("changed_at")[:1]),
        updated_source_synced_at=Subquery(synced.values("last_updated_at")[:1]),
    )


def updated_source_date(page, translations=None):
    """When the source of `page` (a translated page) changed in a way it has not caught up with, else
    None. Read from `translations` when they were fetched `with_source_change` (the page's context does:
    no query), else one query; none for an alias (it shows its source as it is)."""
    if page.alias_of_id is not None or page.id is None:
        return None
    row = next((item for item in translations or () if hasattr(item, "updated_source_at")), None)
    if row is not None:
        changed_at, synced_at = row.updated_source_at, row.updated_source_synced_at
    else:
        synced = TranslationSource.objects.filter(
            object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
        )
        found = (
            SourceChange.objects.filter(translation_key=page.translation_key)
            .exclude(locale_id=page.locale_id)
            .annotate(synced_at=Subquery(synced.values("last_updated_at")[:1]))
            .values_list("changed_at", "synced_at")
            .first()
        )
        changed_at, synced_at = found if found else (None, None)
    if changed_at is None:
        return None
    return changed_at if state_from(changed_at, synced_at, page.last_published_at) else None


class WithheldAliases(models.Model):
    """A page created in the admin before its first publication: its aliases in the other languages wait
    for it (learning.page_aliases). The row goes when they are made, or with the page."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("page awaiting its aliases")
        verbose_name_plural = _("pages awaiting their aliases")

    def __str__(self):
        return str(self.page_id)
