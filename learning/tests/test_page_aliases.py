"""Issue 21, item 3: a page created in the admin gets its aliases in the other languages (wagtail-localize's
locale synchronisation) at its first publication, not when its draft is saved or autosaved: an abandoned
draft leaves nothing in the English, Spanish and Kreyòl trees. Published (directly, or by the committee's
approval), the lesson appears in each of them, before the module's quiz (learning.page_aliases)."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.synctree import synchronize_tree

from learning.models import LessonPage
from learning.tests.test_workflow import approve
from tests.helpers import make_quiz, new_lesson_form

OTHER_LANGUAGES = ("en", "es", "ht")


@pytest.fixture
def module(course_tree):
    """Module 1 (lessons 1 to 3, then its quiz), in every language's tree as wagtail-localize keeps them."""
    make_quiz(course_tree["module"], title="Quiz du module 1", slug="quiz")
    french = Locale.objects.get(language_code="fr")
    for code in OTHER_LANGUAGES:
        synchronize_tree(french, Locale.objects.get(language_code=code))
    return course_tree["module"]


def add_url(module):
    return reverse("wagtailadmin_pages:add", args=["learning", "lessonpage", module.pk])


def languages_of(lesson):
    """The languages in which `lesson` (French) has a page: itself, its translations and aliases."""
    return set(
        Page.objects.filter(translation_key=lesson.translation_key).values_list(
            "locale__language_code", flat=True
        )
    )


def steps_in_every_language(module):
    """Each language's module, as the titles of its steps in their order."""
    return {
        page.locale.language_code: [step.title for step in page.get_children().order_by("path")]
        for page in Page.objects.filter(translation_key=module.translation_key)
    }


def autosave(client, module, title, slug):
    """What Wagtail's autosave sends when an editor types in a new page's form (a JSON answer wanted)."""
    response = client.post(
        add_url(module), new_lesson_form(title, slug), headers={"accept": "application/json"}
    )
    assert response.status_code == 200
    assert response.json()["success"] is True
    return LessonPage.objects.get(pk=response.json()["pk"])


def test_a_saved_draft_has_no_alias_in_the_other_languages(client, editor, module):
    client.force_login(editor)

    response = client.post(add_url(module), new_lesson_form("Qu'est-ce que l'OIT ?", "oit"))

    assert response.status_code == 302
    lesson = module.get_children().get(slug="oit")
    assert languages_of(lesson) == {"fr"}
    assert steps_in_every_language(module)["fr"] == [
        "Leçon 1",
        "Leçon 2",
        "Leçon 3",
        "Qu'est-ce que l'OIT ?",
        "Quiz du module 1",
    ]
    for code in OTHER_LANGUAGES:
        assert steps_in_every_language(module)[code] == ["Leçon 1", "Leçon 2", "Leçon 3", "Quiz du module 1"]


def test_four_abandoned_autosaves_leave_no_alias_and_deleting_them_leaves_nothing(
    client, editor, committee_member, module
):
    client.force_login(editor)
    last_entry = PageLogEntry.objects.order_by("pk").last().pk
    drafts = [autosave(client, module, "Qu'est-ce que l'OIT ?", f"oit-{n}") for n in range(4)]

    assert [languages_of(draft) for draft in drafts] == [{"fr"}] * 4
    assert not Page.objects.filter(alias_of__in=drafts).exists()
    history = PageLogEntry.objects.filter(pk__gt=last_entry)
    assert set(history.values_list("page_id", flat=True)) == {draft.pk for draft in drafts}  # no alias's

    client.force_login(committee_member)
    for draft in drafts:
        response = client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
        assert response.status_code == 302
    keys = [draft.translation_key for draft in drafts]
    assert not Page.objects.filter(translation_key__in=keys).exists()
    assert steps_in_every_language(module) == {
        code: ["Leçon 1", "Leçon 2", "Leçon 3", "Quiz du module 1"] for code in ("fr", *OTHER_LANGUAGES)
    }


def test_publishing_the_draft_makes_its_aliases_before_the_quiz_in_every_language(
    client, editor, committee_member, module
):
    client.force_login(editor)
    lesson = autosave(client, module, "Leçon 4", "lecon-4")
    assert languages_of(lesson) == {"fr"}
    client.force_login(committee_member)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        {**new_lesson_form("Leçon 4", "lecon-4"), "action-publish": "action-publish"},
    )

    assert response.status_code == 302
    assert languages_of(lesson) == {"fr", *OTHER_LANGUAGES}
    assert steps_in_every_language(module) == {
        code: ["Leçon 1", "Leçon 2", "Leçon 3", "Leçon 4", "Quiz du module 1"]
        for code in ("fr", *OTHER_LANGUAGES)
    }
    for alias in Page.objects.filter(alias_of=lesson):
        assert alias.live


def test_the_committees_approval_makes_the_aliases_before_the_quiz(client, editor, committee_member, module):
    client.force_login(editor)
    response = client.post(
        add_url(module), {**new_lesson_form("Leçon 4", "lecon-4"), "action-submit": "action-submit"}
    )
    assert response.status_code == 302
    lesson = module.get_children().get(slug="lecon-4")
    assert languages_of(lesson) == {"fr"}

    approve(client, committee_member, lesson)

    lesson.refresh_from_db()
    assert lesson.live
    assert languages_of(lesson) == {"fr", *OTHER_LANGUAGES}
    assert steps_in_every_language(module) == {
        code: ["Leçon 1", "Leçon 2", "Leçon 3", "Leçon 4", "Quiz du module 1"]
        for code in ("fr", *OTHER_LANGUAGES)
    }
