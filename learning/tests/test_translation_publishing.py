"""Issue 20, finding 1: wagtail-localize's own endpoints publish nothing for someone who may not publish.

Each test is a probe an Editors member sends with wagtail-localize's URLs (submit, sync, convert to alias,
restart, PO upload, a string's PUT then the editor's own publish or submit) and checks that the public page,
fetched by an anonymous visitor, is as it was, that nobody published in the editor's name, and that the
editor's work is a draft waiting for the committee (or, for the conversion to an alias, refused)."""

import json
from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.synctree import synchronize_tree

from learning.tests.test_workflow import approve
from tests.helpers import message, parse, text_of, translate_into_english

EDITED = "The editor's unreviewed words."


@pytest.fixture
def site(locales, course_tree, django_capture_on_commit_callbacks):
    """The course in French; its chain and first lesson translated into English; the other lessons
    English aliases; the whole tree Spanish aliases. {"fr": [lessons], "en": [lessons], "module": ...}."""
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    french = course_tree["lessons"]
    translate_into_english([*chain, french[0]], locales["en"], django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["es"])
    return {
        "fr": french,
        "en": [lesson.get_translation(locales["en"]).specific for lesson in french],
        "es": [lesson.get_translation(locales["es"]).specific for lesson in french],
        "module": course_tree["module"],
    }


def public_text(page):
    """What the public page says (its title and content), as an anonymous visitor gets it. (While a first
    translation waits for the committee, the page is no longer an alias: its "not yet translated" notice
    goes, the French text stays: docs/editing.md.)"""
    response = Client().get(Page.objects.get(pk=page.pk).get_url())
    assert response.status_code == 200
    html = parse(response)
    return " | ".join(text_of(node) for node in html.select("h1, .lesson-body, .intro"))


def published_by(user):
    return PageLogEntry.objects.filter(action="wagtail.publish", user=user).exists()


def in_review(page):
    """Whether `page` waits for the committee: a workflow in progress on a draft revision."""
    page = Page.objects.get(pk=page.pk)
    return page.workflow_in_progress and page.current_workflow_task_state is not None


def remember(french, locale, french_text, text, user):
    """A string of `french` translated into `locale` in wagtail-localize's translation memory (a PUT made
    earlier on a translation since converted back to an alias, or another page's same segment)."""
    source, _ = TranslationSource.get_or_create_from_instance(french)
    segment = StringSegment.objects.get(source=source, string__data=french_text)
    StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale=locale,
        context_id=segment.context_id,
        defaults={"data": text, "translation_type": "manual", "last_translated_by": user},
    )


def translation_of(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)


def put_string(client, page, french_text, text):
    """The translation editor's PUT of one segment (wagtail-localize's JSON API)."""
    translation = translation_of(page)
    segment = StringSegment.objects.get(source=translation.source, string__data=french_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content
    return response


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def submit_translation(client, french, locale, subtree=False):
    data = {"locales": [locale.id], **({"include_subtree": "on"} if subtree else {})}
    return client.post(reverse("wagtail_localize:submit_page_translation", args=[french.id]), data)


def review(client, page, action="submit"):
    return client.post(edit_url(page), {"translation-review": action})


def refused_publish(client, page):
    """The translation editor's own "Publish" (action=publish), which wagtail-localize refuses to someone
    who may not publish: Wagtail's admin answers a refusal with a redirect to its dashboard."""
    response = client.post(edit_url(page), {"action": "publish"})
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_an_editors_translation_of_a_live_page_waits_for_the_committee(
    client, site, locales, editor, committee_member, django_capture_on_commit_callbacks
):
    french, alias = site["fr"][1], site["en"][1]
    remember(french, locales["en"], "Texte 2.", EDITED, editor)
    before = public_text(alias)
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = submit_translation(client, french, locales["en"])

    assert response.status_code == 302
    assert public_text(alias) == before
    assert EDITED not in public_text(alias)
    assert not published_by(editor)
    assert in_review(alias)
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, committee_member, Page.objects.get(pk=alias.pk))
    assert EDITED in public_text(alias)


def test_an_editors_subtree_translation_publishes_no_page(
    client, site, locales, editor, django_capture_on_commit_callbacks
):
    remember(site["fr"][0], locales["es"], "Texte 1.", EDITED, editor)
    spanish_module = site["module"].get_translation(locales["es"])
    before = {page.pk: public_text(page) for page in [spanish_module, *site["es"]]}
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = submit_translation(client, site["module"], locales["es"], subtree=True)

    assert response.status_code == 302
    assert {page.pk: public_text(page) for page in [spanish_module, *site["es"]]} == before
    assert "Texte 1." in before[site["es"][0].pk]
    assert not published_by(editor)
    assert all(in_review(page) for page in [spanish_module, *site["es"]])


def test_an_editors_sync_with_publish_publishes_nothing(
    client, site, locales, editor, django_capture_on_commit_callbacks
):
    french, english = site["fr"][0], site["en"][0]
    french.body = [*french.body.raw_data, {"type": "paragraph", "value": "<p>Un ajout.</p>"}]
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    put_string_later = translation_of(english)
    before = public_text(english)
    client.force_login(editor)
    url = reverse("wagtail_localize:update_translations", args=[put_string_later.source_id])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    assert public_text(english) == before
    assert not published_by(editor)
    put_string(client, english, "Un ajout.", "An addition.")
    with django_capture_on_commit_callbacks(execute=True):
        review(client, english)
    assert in_review(english)
    assert "An addition." not in public_text(english)


def test_an_editor_may_not_turn_a_live_translation_back_into_an_alias(
    client, site, editor, django_capture_on_commit_callbacks
):
    english = site["en"][0]
    before = public_text(english)
    client.force_login(editor)
    put_string(client, english, "Texte 1.", EDITED)
    url = reverse("wagtail_localize:convert_to_alias", args=[english.id])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)

    assert response.redirect_chain[0] == (edit_url(english), 302)
    assert message(
        "Only the pedagogical committee can turn a translation back into an alias: the live page would "
        "change at once. Nothing was changed."
    ) in text_of(parse(response).select_one(".messages"))
    assert public_text(english) == before
    assert Page.objects.get(pk=english.pk).alias_of_id is None
    assert Translation.objects.filter(pk=translation_of(english).pk).exists()
    assert not published_by(editor)
    assert client.get(url).url == edit_url(english)  # no confirmation page either


def convert_buttons(client, page):
    """The "Convert to alias page" action of Wagtail's editor (a page whose translation was stopped)."""
    return parse(client.get(edit_url(page))).select("button[name='localize-convert-to-alias']")


def test_only_a_publisher_is_offered_to_turn_a_stopped_translation_into_an_alias(
    client, site, editor, committee_member
):
    english = site["en"][0]
    Translation.objects.filter(pk=translation_of(english).pk).update(enabled=False)

    client.force_login(editor)
    assert convert_buttons(client, english) == []
    client.force_login(committee_member)
    assert convert_buttons(client, english)


def test_a_publisher_still_turns_a_translation_back_into_an_alias(
    client, site, committee_member, django_capture_on_commit_callbacks
):
    english = site["en"][0]
    client.force_login(committee_member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtail_localize:convert_to_alias", args=[english.id]))

    assert response.status_code == 302
    assert Page.objects.get(pk=english.pk).alias_of_id == site["fr"][0].pk


def editor_props(client, page):
    """The props wagtail-localize's translation editor is drawn from (its element's data-props)."""
    return json.loads(parse(client.get(edit_url(page))).select_one(".js-translation-editor")["data-props"])


def test_the_translation_editors_props_say_who_may_publish_and_where_to_convert(
    client, site, editor, committee_member
):
    """static/js/solidaire-admin.js takes "Convert to alias page" out of the editor for those who may not
    publish, from these two props (docs/upgrading.md)."""
    english = site["en"][0]
    client.force_login(editor)
    props = editor_props(client, english)
    assert props["perms"]["canPublish"] is False
    assert props["links"]["convertToAliasUrl"] == reverse(
        "wagtail_localize:convert_to_alias", args=[english.id]
    )
    client.force_login(committee_member)
    assert editor_props(client, english)["perms"]["canPublish"] is True


def test_an_editors_restarted_translation_waits_for_the_committee(
    client, site, editor, django_capture_on_commit_callbacks
):
    english = site["en"][0]
    Translation.objects.filter(pk=translation_of(english).pk).update(enabled=False)
    before = public_text(english)
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(english), {"localize-restart-translation": "on"})

    assert response.status_code == 302
    assert public_text(english) == before
    put_string(client, english, "Texte 1.", EDITED)
    assert refused_publish(client, english)
    with django_capture_on_commit_callbacks(execute=True):
        assert review(client, english).status_code == 302
    assert public_text(english) == before
    assert not published_by(editor)
    assert in_review(english)


def test_an_editors_po_upload_waits_for_the_committee(
    client, site, editor, django_capture_on_commit_callbacks
):
    english = site["en"][0]
    before = public_text(english)
    client.force_login(editor)
    translation = translation_of(english)
    po = polib.pofile(
        client.get(reverse("wagtail_localize:download_pofile", args=[translation.id])).content.decode()
    )
    for entry in po:
        if entry.msgid == "Texte 1.":
            entry.msgstr = EDITED
    upload = SimpleUploadedFile("lesson.po", str(po).encode(), content_type="text/x-gettext-translation")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.id]),
            {"file": upload, "next": edit_url(english)},
        )

    assert response.status_code == 302
    assert public_text(english) == before
    assert refused_publish(client, english)
    with django_capture_on_commit_callbacks(execute=True):
        review(client, english)
    assert public_text(english) == before
    assert not published_by(editor)
    assert in_review(english)


def test_an_editors_string_edit_then_publish_or_submit_waits_for_the_committee(
    client, site, editor, django_capture_on_commit_callbacks
):
    english = site["en"][0]
    before = public_text(english)
    client.force_login(editor)

    assert put_string(client, english, "Texte 1.", EDITED).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert refused_publish(client, english)
        assert review(client, english).status_code == 302

    assert public_text(english) == before
    assert not published_by(editor)
    assert in_review(english)


def test_an_editor_translates_a_page_not_yet_published(
    client, site, locales, editor, django_capture_on_commit_callbacks
):
    french = site["fr"][2]
    with django_capture_on_commit_callbacks(execute=True):
        french.unpublish()
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = submit_translation(client, french, locales["en"])

    assert response.status_code == 302
    english = Page.objects.get(pk=site["en"][2].pk)
    assert english.alias_of_id is None
    assert not english.live
    assert not published_by(editor)
    assert Client().get(english.get_url() or "/en/nowhere/").status_code == 404
