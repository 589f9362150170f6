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
- wagtail-localize's "Translate" publishes every translation of a live page at once, in the name of
  whoever asked (its TranslationCreator, WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE). For someone who
  may not publish, `translate_for_review` does the same work without publishing: a live translation
  (an alias is first made an ordinary page, content and live status as they are) gets the translation as
  a draft submitted to its workflow; a page not live yet gets wagtail-localize's own draft.
"""

import contextlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
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


def may_publish(user, page):
    return page.permissions_for_user(user).can_publish()


def translate_for_review(page, locales, user, include_subtree=False):
    """wagtail-localize's "Translate" (`page`, and its descendants with `include_subtree`, into `locales`),
    publishing nothing, for someone who may not publish: see `translate_into`. Returns the pages now
    waiting for the committee."""
    pages = [page.specific]
    if include_subtree:
        pages += [child.specific for child in page.get_descendants().order_by("path")]
    related = TranslationCreator(user, locales)
    waiting = []
    with transaction.atomic():
        for source_page in pages:
            source, _ = TranslationSource.get_or_create_from_instance(source_page)
            for segment in source.relatedobjectsegment_set.all():  # snippets, as wagtail-localize does
                instance = segment.object.get_instance(source_page.locale)
                if not isinstance(instance, Page):
                    related.create_translations(instance, include_related_objects=False)
            for locale in locales:
                if locale.pk != source.locale_id:
                    waiting += filter(None, [translate_into(source, source_page, locale, user)])
    return waiting


def translate_into(source, source_page, locale, user):
    """The translation of `source_page` into `locale` started or brought up to date, live page untouched.
    A live translation (an alias is first made an ordinary page with its content and live status, as
    Wagtail's "Convert to ordinary page" does) gets a draft submitted to its workflow, unless the draft
    would change nothing; a translation not live (or not made yet) gets wagtail-localize's draft. Returns
    the page submitted, if any."""
    translation, _ = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    target = source_page.get_translation_or_none(locale)
    if target is None or not target.live:
        with contextlib.suppress(ValidationError):  # as wagtail-localize: the editor shows what is missing
            translation.save_target(user=user, publish=False)
        return None
    target = target.specific
    if target.alias_of_id is not None:
        target = ConvertAliasPageAction(target, user=user).execute().specific
    elif not differs(translation, target):
        return None
    if submit_for_review(translation, target, user) is None:
        save_draft(translation, user)
    return target


def differs(translation, page):
    """Whether the translation's current segments would change the live `page`."""
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    return extract_segments(draft) != extract_segments(page)
