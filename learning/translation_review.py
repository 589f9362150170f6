"""Translations reviewed like any change, and kept visibly in step with their French source.

- A source page published with content its translations do not have (a segment's text, a synchronised
  value) is recorded in `SourceChange` (`record_source_change`, on `page_published`).
- A translation is then out of date until it has been synchronised (its TranslationSource refreshed) and
  published since: `state_of(page)` says which step it waits for, on pages annotated by
  `annotate_states` (the page listing, the translations report); `updated_source_date(page)`
  (learning.models.translations) is the public page's one query.
- An editor without publishing rights saves a translation as a draft revision (`save_draft`) and submits
  it to the page's workflow (`submit_for_review`), as Wagtail's editor does for a French page; the
  committee approves, which publishes it. wagtail-localize's own editor only offers "Publish" (its
  issue #655); its `save_target(publish=False)` would write the draft into the live page's row.
"""

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments.extract import extract_segments

from learning.models import SourceChange
from learning.models.translations import state_from

SOURCE_CHANGED = "source"  # a source page whose translations need a sync


def content_changed(page, source):
    """Whether `page` (the source page, as published) holds content that `source` (its TranslationSource,
    what the translations were made from) does not: compared segment by segment, so that publishing
    with no change to a translatable text or a synchronised value changes nothing."""
    return extract_segments(page.specific) != extract_segments(source.as_instance())


def record_source_change(page, when=None):
    """On publishing `page`: if it is the source of translations and its content changed since their
    last sync, record when. Returns whether it did."""
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None or not source.translations.filter(enabled=True).exists():
        return False
    if not content_changed(page, source):
        return False
    SourceChange.objects.update_or_create(
        translation_key=page.translation_key,
        defaults={"locale_id": page.locale_id, "changed_at": when or timezone.now()},
    )
    return True


def annotate_states(pages):
    """`pages` (a page queryset) with what `state_of` reads: when their source last changed, in which
    locale, and when their translations were last synchronised (two subqueries, no extra query)."""
    changes = SourceChange.objects.filter(translation_key=OuterRef("translation_key"))
    sources = TranslationSource.objects.filter(object_id=OuterRef("translation_key")).order_by(
        "-last_updated_at"
    )
    return pages.annotate(
        source_changed_at=Subquery(changes.values("changed_at")[:1]),
        source_locale_id=Subquery(changes.values("locale_id")[:1]),
        source_synced_at=Subquery(sources.values("last_updated_at")[:1]),
        translation_source_id=Subquery(sources.values("id")[:1]),
    )


def state_of(page):
    """The translation state of a page annotated by `annotate_states`: SOURCE_CHANGED for a source page
    whose translations need a sync, NEEDS_SYNC or NEEDS_PUBLISHING for a translation, None when there is
    nothing to do (an alias follows its source by itself)."""
    changed_at = getattr(page, "source_changed_at", None)
    if changed_at is None or page.alias_of_id is not None:
        return None
    synced_at = page.source_synced_at
    if page.locale_id == page.source_locale_id:
        return SOURCE_CHANGED if synced_at is None or synced_at < changed_at else None
    return state_from(changed_at, synced_at, page.last_published_at)


def sync_source(page):
    """The TranslationSource of source page `page`, refreshed from the page as it is (what "Sync
    translated pages" does before it writes anything), or None if it has none."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None:
        source.update_from_db()
    return source


def save_draft(translation, user):
    """A new revision of the translated `page` with the translation's current segments, leaving the live
    page as it is (its row is not written, only its latest revision). Raises ValidationError."""
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    with transaction.atomic():
        return draft.save_revision(user=user, log_action=True)


def submit_for_review(translation, page, user):
    """Save the draft (`save_draft`) and send it to the page's workflow, as Wagtail's "Submit" does:
    a workflow waiting for changes resumes, one in progress starts again on the new revision. Returns the
    workflow, or None if the page has none (nothing is submitted then)."""
    workflow = page.get_workflow()
    if workflow is None:
        return None
    with transaction.atomic():
        save_draft(translation, user)
        page = type(page).objects.get(pk=page.pk)
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        else:
            if state is not None:
                state.cancel(user=user)
            workflow.start(page, user)
    return workflow
