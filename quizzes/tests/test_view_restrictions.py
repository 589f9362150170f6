"""A quiz under a restricted course is refused through the quiz's own form views too (they are plain
URLs, outside Wagtail's page serving, so they check the page's view restrictions themselves)."""

from wagtail.models import PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from quizzes.models import QuizAttempt
from tests.helpers import start_url


def test_starting_a_quiz_of_a_restricted_course_is_not_found(client, quiz, course_tree):
    PageViewRestriction.objects.create(page=course_tree["course"], restriction_type=PageViewRestriction.LOGIN)

    response = client.post(start_url(quiz))

    assert response.status_code == 404
    assert not QuizAttempt.objects.exists()


def test_starting_the_alias_of_a_restricted_quiz_is_not_found(
    client, quiz, course_tree, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["ht"])
    PageViewRestriction.objects.create(page=course_tree["course"], restriction_type=PageViewRestriction.LOGIN)
    alias = quiz.get_translation(locales["ht"])

    response = client.post(start_url(alias))

    assert response.status_code == 404
    assert not QuizAttempt.objects.exists()


def test_a_signed_in_visitor_starts_the_restricted_quiz(client, quiz, course_tree, django_user_model):
    PageViewRestriction.objects.create(page=course_tree["course"], restriction_type=PageViewRestriction.LOGIN)
    client.force_login(django_user_model.objects.create_user(username="lea", password="x-y-z-1-2-3"))

    response = client.post(start_url(quiz))

    assert response.status_code == 302
    assert QuizAttempt.objects.count() == 1
