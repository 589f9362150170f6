"""Translations reviewed like any change (issue 10, parts 1-3), through the admin's real POSTs: an editor
saves and submits a translation, the committee approves it; out-of-date translations are marked in the
page listing, the translation editor, the translations report and on the public page."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation

from learning.models import SourceChange
from learning.tests.html import get
from learning.tests.test_workflow import approve, submit_for_review
from tests.helpers import main_text, message, parse, text_of, translate_into_english

NEW_FRENCH = "Un paragraphe réécrit par l'éditrice."
NEW_ENGLISH = "A paragraph rewritten by the editor."


@pytest.fixture
def translated(locales, course_tree, django_capture_on_commit_callbacks):
    """The course tree's chain and its first lesson, translated into English: (French, English) lesson."""
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    french = course_tree["lessons"][0]
    english = translate_into_english([*chain, french], locales["en"], django_capture_on_commit_callbacks)[-1]
    return french, english


def change_french(client, editor, committee_member, french, capture):
    """The editor rewrites the French lesson's paragraph and submits it; the committee approves."""
    submit_for_review(client, editor, french, NEW_FRENCH)
    french.refresh_from_db()
    with capture(execute=True):
        approve(client, committee_member, french)
    french.refresh_from_db()


def translation_of(english):
    return Translation.objects.get(source__object_id=english.translation_key, target_locale=english.locale)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def sync(client, user, english, publish=False):
    translation = translation_of(english)
    client.force_login(user)
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    data = {"publish_translations": "on"} if publish else {}
    response = client.post(f"{url}?{urlencode({'next': edit_url(english)})}", data)
    assert response.status_code == 302, response
    return translation


def translate_segment(client, english, french_text, english_text):
    """What the translation editor sends when a segment is typed in (its JSON API, a PUT)."""
    translation = translation_of(english)
    segment = StringSegment.objects.get(source=translation.source, string__data=french_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(
        url, urlencode({"value": english_text}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def review_action(client, english, action):
    return client.post(edit_url(english), {"translation-review": action})


def test_publishing_a_changed_french_page_marks_its_translation_out_of_date(
    client, translated, editor, committee_member, django_capture_on_commit_callbacks
):
    french, english = translated
    assert updated_notice(client, english) is None

    change_french(client, editor, committee_member, french, django_capture_on_commit_callbacks)

    assert SourceChange.objects.filter(translation_key=french.translation_key).exists()
    notice = updated_notice(client, english)
    assert notice is not None
    assert "The French version was updated on" in notice
    assert "Text 1." in main_text(get(client, english.get_url()))


def test_publishing_the_french_page_without_a_change_marks_nothing(
    client, translated, django_capture_on_commit_callbacks
):
    french, english = translated
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()

    assert not SourceChange.objects.exists()
    assert updated_notice(client, english) is None


def updated_notice(client, page):
    node = parse(get(client, page.get_url())).select_one(".source-updated")
    return text_of(node) if node else None


def test_the_listing_the_editor_and_the_report_say_out_of_date_with_a_sync(
    client, translated, editor, committee_member, django_capture_on_commit_callbacks
):
    french, english = translated
    change_french(client, editor, committee_member, french, django_capture_on_commit_callbacks)
    client.force_login(editor)

    listing = parse(client.get(reverse("wagtailadmin_explore", args=[english.get_parent().id])))
    state = listing.select_one(".solidaire-translation-state")
    assert state["data-state"] == "sync"
    assert message("Out of date") in text_of(state)
    sync_form = state.select_one("form")
    assert sync_form["action"].startswith(
        reverse("wagtail_localize:update_translations", args=[translation_of(english).source_id])
    )
    french_listing = parse(client.get(reverse("wagtailadmin_explore", args=[french.get_parent().id])))
    assert french_listing.select_one(".solidaire-translation-state")["data-state"] == "source"

    editor_page = parse(client.get(edit_url(english)))
    panel = editor_page.select_one(".solidaire-review-panel")
    assert message("Out of date") in text_of(panel)
    assert panel.select_one("form[action^='/admin/localize/update/'] button")

    report = parse(client.get(reverse("wagtail_localize:translations_report_results")))
    assert report.select_one(".solidaire-out-of-date [data-state='sync']")


def test_an_editor_syncs_translates_and_submits_and_the_committee_publishes(
    client, translated, editor, committee_member, django_capture_on_commit_callbacks
):
    french, english = translated
    change_french(client, editor, committee_member, french, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        sync(client, editor, english)
    translate_segment(client, english, NEW_FRENCH, NEW_ENGLISH)
    response = review_action(client, english, "save")
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.has_unpublished_changes
    assert NEW_ENGLISH not in main_text(get(client, english.get_url()))  # a draft: the live page as it was

    with django_capture_on_commit_callbacks(execute=True):
        response = review_action(client, english, "submit")
    assert response.status_code == 302
    english = Page.objects.get(pk=english.pk).specific
    assert english.workflow_in_progress
    assert NEW_ENGLISH not in main_text(get(client, english.get_url()))
    client.force_login(committee_member)
    dashboard = text_of(parse(client.get(reverse("wagtailadmin_home"))))
    assert english.title in dashboard

    with django_capture_on_commit_callbacks(execute=True):
        approve(client, committee_member, english)

    english.refresh_from_db()
    assert not english.workflow_in_progress
    public = main_text(get(client, english.get_url()))
    assert NEW_ENGLISH in public
    assert NEW_FRENCH not in public
    assert updated_notice(client, english) is None


def test_an_editor_cannot_publish_through_the_sync(
    client, translated, editor, committee_member, django_capture_on_commit_callbacks
):
    french, english = translated
    change_french(client, editor, committee_member, french, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        sync(client, editor, english, publish=True)

    english.refresh_from_db()
    assert NEW_FRENCH not in main_text(get(client, english.get_url()))
    assert updated_notice(client, english) is not None


def test_the_translation_editor_offers_an_editor_save_and_submit(client, translated, editor):
    _french, english = translated
    client.force_login(editor)

    page = parse(client.get(edit_url(english)))

    buttons = {
        button["value"]: text_of(button) for button in page.select("button[name='translation-review']")
    }
    assert set(buttons) == {"save", "submit"}
    assert buttons["submit"] == message("Submit to the pedagogical committee")


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("fr", "Soumettre au comité pédagogique"),
        ("en", "Submit to the pedagogical committee"),
        ("es", "Enviar al comité pedagógico"),
        ("ht", "Soumèt bay komite pedagojik la"),
    ],
)
def test_the_submit_button_names_the_committee_in_the_admin_language(
    client, course_tree, editor, language, label
):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)

    page = parse(client.get(edit_url(course_tree["lessons"][0])))

    submit = page.select_one("button[name='action-submit']")
    assert text_of(submit) == label


def test_the_workflow_status_names_the_task_in_the_admin_language(
    client, course_tree, editor, django_capture_on_commit_callbacks
):
    lesson = course_tree["lessons"][0]
    submit_for_review(client, editor, lesson, "Un changement.")
    client.force_login(editor)

    page = text_of(parse(client.get(edit_url(lesson))))

    assert "Approbation du comité pédagogique" in page
    assert "Pedagogical committee approval" not in page


def test_the_committees_comment_is_above_the_translation_editor(
    client, translated, editor, committee_member, django_capture_on_commit_callbacks
):
    """Issue 21, item 7: "request changes" on a translation, its comment where the translator works."""
    from learning.tests.test_editors_day import request_changes

    _french, english = translated
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        assert review_action(client, english, "submit").status_code == 302
    request_changes(client, committee_member, english, "Traduisez aussi le titre.")
    client.force_login(editor)

    panel = parse(get(client, edit_url(english))).select_one(".solidaire-review-panel")

    assert "Traduisez aussi le titre." in text_of(panel)
    assert message("Changes requested by %(user)s", user="comite") in text_of(panel)
