"""When a Learner row is made (issue 14, item 15): never on a GET, and a client that drops its cookies
cannot grow the database without bound."""

from django.test import Client

from learning.models import TOO_MANY_NEW_VISITORS, Learner
from tests.helpers import url


def test_get_requests_of_a_signed_in_person_make_no_learner(signed_in, course_tree):
    for name in ("my_learning", "export_my_data", "delete_account"):
        assert signed_in.get(url(name)).status_code == 200, name
    assert signed_in.get(course_tree["lessons"][0].get_url()).status_code == 200

    assert not Learner.objects.exists()


def test_an_account_that_did_nothing_exports_no_learner(signed_in):
    response = signed_in.get(url("export_my_data"))

    assert response.json()["learner"] is None


def test_cookie_less_posts_make_a_bounded_number_of_learners(settings, course_tree):
    settings.ANONYMOUS_LEARNERS_PER_MINUTE = 5
    lesson = course_tree["lessons"][0]

    for _ in range(20):
        assert Client().post(lesson.get_url() + "complete/").status_code == 302

    assert Learner.objects.count() == 5


def test_over_the_bound_a_visitor_is_told_and_visitors_with_a_learner_go_on(settings, course_tree):
    settings.ANONYMOUS_LEARNERS_PER_MINUTE = 1
    first, second = course_tree["lessons"][:2]
    known = Client()
    known.post(first.get_url() + "complete/")

    response = Client().post(second.get_url() + "complete/", follow=True)

    assert Learner.objects.count() == 1
    assert str(TOO_MANY_NEW_VISITORS) in [str(message) for message in response.context["messages"]]
    assert known.post(second.get_url() + "complete/").status_code == 302
    assert Learner.objects.get().lesson_completions.count() == 2
