"""A quiz under a restricted course is refused through the quiz's own form views too (they are plain
URLs, outside Wagtail's page serving, so they check the page's view restrictions themselves), and through
the live session's views (issue 20, finding 5)."""

from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from quizzes.live import rules
from quizzes.models import LiveAnswer, LiveParticipant, LiveSession, QuizAttempt
from tests.helpers import HTMX, answer_data, make_user, message, start_url, text_of, url


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


# Live sessions: a session starts, and shows its quiz, only while its facilitator may view the quiz.


def restrict_to_editors(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Editors"))
    return restriction


def live_rows():
    return (
        list(LiveSession.objects.order_by("pk").values_list()),
        list(LiveParticipant.objects.order_by("pk").values_list()),
        list(LiveAnswer.objects.order_by("pk").values_list()),
    )


def test_a_facilitator_outside_the_group_cannot_start_a_live_session_of_the_quiz(client, quiz):
    restrict_to_editors(quiz)
    client.force_login(make_user("facilitatrice", group="Facilitators"))
    assert client.get(quiz.get_url()).status_code != 200
    before = live_rows()

    response = client.post(url("live_start", quiz.pk), {"language": "fr"})

    assert response.status_code == 404
    assert live_rows() == before == ([], [], [])


def test_a_facilitator_in_the_group_starts_a_live_session_of_the_quiz(client, quiz):
    restrict_to_editors(quiz)
    client.force_login(make_user("redactrice", group="Editors"))

    response = client.post(url("live_start", quiz.pk), {"language": "fr"})

    assert response.status_code == 302
    assert LiveSession.objects.count() == 1


def test_a_quiz_behind_a_password_is_not_run_live(client, quiz):
    """The phones never typed the password: the quiz would reach whoever has the code."""
    PageViewRestriction.objects.create(
        page=quiz, restriction_type=PageViewRestriction.PASSWORD, password="secret-words"
    )
    client.force_login(make_user("facilitatrice", group="Facilitators"))

    response = client.post(url("live_start", quiz.pk), {"language": "fr"})

    assert response.status_code == 404
    assert not LiveSession.objects.exists()


def test_a_quiz_restricted_after_its_session_started_no_longer_reaches_the_room_or_the_phones(
    client, quiz, course_tree, questions
):
    """The choice: the session shows its quiz only while its facilitator may view it. Once the quiz is
    restricted to a group the facilitator is not in, the phones, the room and the summary show none of
    it, and an answer is refused and not stored."""
    owner = make_user("facilitatrice", group="Facilitators")
    session = rules.start_session(quiz, owner, "fr")
    client.post(url("live_join"), {"code": session.code, "nickname": "Ana"})
    facilitator = Client()
    facilitator.force_login(owner)
    facilitator.post(url("live_control", session.pk, "open"), {"version": session.version})
    first = questions[0]
    prompt = first["value"]["prompt"]
    assert prompt in client.get(url("live_phone", session.pk)).content.decode()

    restrict_to_editors(course_tree["course"])
    before = live_rows()

    phone = client.get(url("live_phone", session.pk))
    poll = client.get(url("live_phone", session.pk), headers=HTMX)
    answered = client.post(url("live_answer", session.pk, first["id"]), answer_data(first), headers=HTMX)
    without_js = client.post(url("live_answer", session.pk, first["id"]), answer_data(first))
    room = facilitator.get(url("live_room", session.pk))
    summary = facilitator.get(url("live_summary", session.pk))

    assert phone.status_code == poll.status_code == room.status_code == summary.status_code == 200
    assert answered.status_code == 409
    assert without_js.status_code == 302 and without_js["Location"] == url("live_phone", session.pk)
    for response in (phone, poll, answered, room, summary):
        assert prompt not in response.content.decode()
    assert message("This quiz is no longer shown in this session.") in text_of(phone)
    assert message("This quiz is no longer shown in this session.") in text_of(room)
    assert live_rows() == before
