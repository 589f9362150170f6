"""A real translation follows its French source: a sync keeps what is translated and adds what is new."""

from wagtail_localize.models import Translation, TranslationSource

from tests.helpers import translate_into_english


def block_values(page):
    return {block["id"]: block["value"] for block in page.body.raw_data}


def add_paragraph(page, text):
    """Append a paragraph to the French page's body, keep the other blocks as they are, and publish."""
    page.body = [*page.body.raw_data, {"type": "paragraph", "value": text}]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def sync(page, locale):
    """What the editor's "Sync translated pages" does: refresh the source, then rewrite the translation."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)
    return source


def test_sync_keeps_translated_blocks_and_adds_new_ones_in_french(
    locales, course_tree, django_capture_on_commit_callbacks
):
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    french = course_tree["lessons"][0]
    english = translate_into_english([*chain, french], locales["en"], django_capture_on_commit_callbacks)[-1]
    french = add_paragraph(french, "<p>Un paragraphe ajouté.</p>")

    with django_capture_on_commit_callbacks(execute=True):
        sync(french, locales["en"])

    english.refresh_from_db()
    french_values, english_values = block_values(french), block_values(english)
    assert list(english_values) == list(french_values)
    assert "<p>Text 1.</p>" in english_values.values()
    assert "<p>Texte 1.</p>" not in english_values.values()
    assert english_values[list(french_values)[-1]] == "<p>Un paragraphe ajouté.</p>"
    assert english.live
    assert not english.has_unpublished_changes


def test_updating_the_source_marks_it_changed(locales, course_tree, django_capture_on_commit_callbacks):
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    french = course_tree["lessons"][0]
    translate_into_english([*chain, french], locales["en"], django_capture_on_commit_callbacks)
    source = TranslationSource.objects.get_for_instance(french)
    before = source.last_updated_at
    french = add_paragraph(french, "<p>Un paragraphe ajouté.</p>")

    TranslationSource.update_or_create_from_instance(french)

    source.refresh_from_db()
    assert source.last_updated_at > before
