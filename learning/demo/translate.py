"""Make real wagtail-localize translations: from a PO file (`import_translation`, the demo loader) or from an
unsaved example in the target language (`translate_like`, the tests).

`translate_like(source, locale, example)` gives `source` (a French page or snippet, already saved) a
translation in `locale` whose strings are taken from `example`: an unsaved instance of the same model with
the same structure (same StreamField block ids, same rich-text blocks) written in the target language.
The strings are stored as wagtail-localize StringTranslations, so the translation behaves exactly like one
made in the admin: editing the source marks it out of date, and a sync brings it up to date.
"""

from collections import defaultdict

from django.db import transaction
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class StructureMismatch(ValueError):
    """The example does not have the same strings, in the same places, as the source."""


def strings_by_path(instance):
    """The instance's translatable strings, grouped by their path, in document order."""
    grouped = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            grouped[segment.path].append(segment.string)
    return grouped


def translate_like(source, locale, example):
    """Create or update the translation of `source` into `locale` from `example`; return the target."""
    source_strings = strings_by_path(source)
    example_strings = strings_by_path(example)
    for path, strings in source_strings.items():
        found = len(example_strings.get(path, []))
        if found != len(strings):
            raise StructureMismatch(
                f"{source!r} → {locale.language_code}: {path!r} has {len(strings)} string(s) in the source "
                f"and {found} in the translation"
            )

    with transaction.atomic():
        translation_source, _ = TranslationSource.update_or_create_from_instance(source)
        translation, _ = Translation.objects.get_or_create(
            source=translation_source, target_locale=locale, defaults={"enabled": True}
        )
        counters = defaultdict(int)
        segments = translation_source.stringsegment_set.select_related("context", "string").order_by("order")
        for segment in segments:
            path = segment.context.path
            target = example_strings[path][counters[path]]
            counters[path] += 1
            StringTranslation.objects.update_or_create(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                defaults={
                    "data": target.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "has_error": False,
                    "field_error": "",
                },
            )
    translation.save_target(publish=True)
    return translation_source.get_translated_instance(locale)


class UnmatchedPoFile(ValueError):
    """A PO file names strings or places that the source does not have (its French changed since)."""


def import_translation(source, locale, po):
    """Create or update the translation of `source` into `locale` from `po` (a polib.POFile, as the
    translation editor's "Download PO file" gives it) through wagtail-localize's own PO import, then publish
    it; return the target. Strings the PO file leaves empty stay in French (wagtail-localize's fallback)."""
    with transaction.atomic():
        translation_source, _ = TranslationSource.update_or_create_from_instance(source)
        translation, _ = Translation.objects.get_or_create(
            source=translation_source, target_locale=locale, defaults={"enabled": True}
        )
        warnings = translation.import_po(po)
        if warnings:
            raise UnmatchedPoFile(f"{source!r} → {locale.language_code}: {', '.join(map(str, warnings))}")
        translation.save_target(publish=True)
    return translation_source.get_translated_instance(locale)
