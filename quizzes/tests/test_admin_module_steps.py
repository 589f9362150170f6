"""Issue 21, item 2: a module's quiz closes it. A lesson an editor adds to a module goes before the module's
quiz (in every language's tree), and a module has one quiz: the admin does not offer a second, refuses one
asked for by its address, and the page itself refuses one added in code, with a message saying why."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from learning.models import LessonPage, ModulePage
from quizzes.models import QuizPage
from quizzes.tests.test_admin_quiz_checks import quiz_form, single
from tests.helpers import (
    lesson_body,
    make_quiz,
    make_user,
    message,
    new_lesson_form,
    parse,
    publish_child,
    text_of,
)

ONE_QUIZ = "This module already has its quiz, “%(title)s”: a module has one quiz. Add your questions to it."
BEFORE_QUIZ = "New lessons go before the module's quiz, “%(title)s”. A module has one quiz."


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def module(course_tree):
    """Module 1: lessons 1 to 3, then its quiz (step 4)."""
    make_quiz(course_tree["module"], title="Quiz du module 1", slug="quiz")
    return course_tree["module"]


def add_url(module, model):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, module.pk])


def steps(module):
    return [page.title for page in module.get_children().order_by("path")]


def test_a_new_lesson_goes_before_the_modules_quiz(signed_in, module):
    response = signed_in.post(add_url(module, LessonPage), new_lesson_form("Leçon 4", "lecon-4"))

    assert response.status_code == 302
    assert steps(module) == ["Leçon 1", "Leçon 2", "Leçon 3", "Leçon 4", "Quiz du module 1"]
    assert module.get_children().type(LessonPage).get(slug="lecon-4").title == "Leçon 4"


def test_a_lesson_published_on_creation_has_its_aliases_before_the_quiz_in_every_language(signed_in, module):
    french = Locale.objects.get(language_code="fr")
    for code in ("en", "es", "ht"):
        synchronize_tree(french, Locale.objects.get(language_code=code))

    signed_in.force_login(make_user("publisher", is_staff=True, is_superuser=True))
    response = signed_in.post(
        add_url(module, LessonPage), {**new_lesson_form("Leçon 4", "lecon-4"), "action-publish": "publish"}
    )

    assert response.status_code == 302
    for translation in Page.objects.filter(translation_key=module.translation_key).exclude(pk=module.pk):
        assert steps(translation) == ["Leçon 1", "Leçon 2", "Leçon 3", "Leçon 4", "Quiz du module 1"], (
            translation.locale.language_code
        )


def test_a_new_lesson_in_a_module_without_a_quiz_goes_last(signed_in, course_tree):
    module = course_tree["module"]

    response = signed_in.post(add_url(module, LessonPage), new_lesson_form("Leçon 4", "lecon-4"))

    assert response.status_code == 302
    assert steps(module) == ["Leçon 1", "Leçon 2", "Leçon 3", "Leçon 4"]


def test_a_new_quiz_in_a_module_without_one_goes_after_its_lessons(signed_in, course_tree):
    module = course_tree["module"]
    offered = {link["href"] for link in parse(signed_in.get(add_subpage_url(module))).select("a[href]")}
    assert {add_url(module, LessonPage), add_url(module, QuizPage)} <= offered

    response = signed_in.post(add_url(module, QuizPage), quiz_form([single(False, True)], title="Le quiz"))

    assert response.status_code == 302
    assert steps(module) == ["Leçon 1", "Leçon 2", "Leçon 3", "Le quiz"]


def add_subpage_url(module):
    return reverse("wagtailadmin_pages:add_subpage", args=[module.pk])


def test_adding_to_a_module_with_a_quiz_offers_a_lesson_only_and_says_why(signed_in, module):
    response = signed_in.get(add_subpage_url(module), follow=True)

    assert response.redirect_chain == [(add_url(module, LessonPage), 302)]
    notice = text_of(parse(response).select_one(".messages"))
    assert notice == message(BEFORE_QUIZ, title="Quiz du module 1")


def test_a_second_quiz_asked_for_by_its_address_is_refused(signed_in, module):
    url = add_url(module, QuizPage)

    assert signed_in.get(url).status_code == 302
    response = signed_in.post(url, quiz_form([single(False, True)], title="Deuxième quiz", slug="quiz-2"))

    assert response.status_code == 302
    assert steps(module) == ["Leçon 1", "Leçon 2", "Leçon 3", "Quiz du module 1"]
    assert not QuizPage.can_create_at(module)


def test_a_quiz_cannot_be_moved_into_a_module_that_has_one(module, course_tree):
    other = publish_child(course_tree["course"], ModulePage(title="Module 2", slug="module-2"))
    publish_child(other, LessonPage(title="Leçon 2.1", slug="lecon", body=lesson_body()))
    second = make_quiz(other, title="Quiz du module 2", slug="quiz")

    assert not second.can_move_to(module)


def test_a_second_quiz_added_in_code_is_refused_with_a_message(module):
    second = QuizPage(title="Deuxième quiz", slug="quiz-2", questions=[])

    with pytest.raises(ValidationError) as refused:
        module.add_child(instance=second)

    assert refused.value.messages == [message(ONE_QUIZ, title="Quiz du module 1")]
    assert steps(module) == ["Leçon 1", "Leçon 2", "Leçon 3", "Quiz du module 1"]
