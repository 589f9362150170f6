"""The "my learning" page: courses in progress and completed, quiz results and certificates."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext
from pytest_django.asserts import assertRedirects

from accounts.tests.visits import complete
from learning.models import Certificate, Learner
from tests.helpers import (
    CONFIRM_FINISH,
    answer_data,
    answer_url,
    finish_url,
    make_quiz,
    parse,
    single_choice,
    start_url,
    url,
)

pytestmark = pytest.mark.django_db


def section(response, name):
    """The <section> of "my learning" labelled by the heading with id `name`."""
    found = parse(response).select_one(f'section[aria-labelledby="{name}"]')
    assert found is not None, name
    return found


def hrefs(element):
    return [a["href"] for a in element.select("a[href]")]


def take_quiz(client, quiz, question, right):
    """One whole attempt through the quiz's forms: start, answer the question, finish."""
    assert client.post(start_url(quiz)).status_code == 302
    assert client.post(answer_url(quiz, question), answer_data(question, right=right)).status_code == 302
    assert client.post(finish_url(quiz), CONFIRM_FINISH).status_code == 302


def test_my_learning_needs_sign_in(client):
    response = client.get(url("my_learning"))

    assertRedirects(response, f"{url('login')}?next={url('my_learning')}")


def test_my_learning_shows_a_course_in_progress_with_its_bar_and_continue_link(signed_in, course_tree):
    course, lessons = course_tree["course"], course_tree["lessons"]
    complete(signed_in, lessons[0])

    response = signed_in.get(url("my_learning"))

    in_progress = section(response, "in-progress")
    assert course.get_url() in hrefs(in_progress)
    bar = in_progress.select_one("progress")
    assert (bar["value"], bar["max"]) == ("1", "3")
    assert in_progress.select_one("a.button")["href"] == lessons[1].get_url()
    assert course.get_url() not in " ".join(hrefs(section(response, "completed")))


def test_a_course_begun_with_its_quiz_is_in_progress(signed_in, course_tree):
    course = course_tree["course"]
    question = single_choice("first")
    quiz = make_quiz(course_tree["module"], questions=[question], pass_mark=50)
    assert signed_in.post(start_url(quiz)).status_code == 302  # no lesson finished, no answer yet

    in_progress = section(signed_in.get(url("my_learning")), "in-progress")

    assert course.get_url() in hrefs(in_progress)
    assert in_progress.select_one("a.button")["href"] == course_tree["lessons"][0].get_url()


def test_my_learning_shows_a_completed_course(signed_in, course_tree):
    course = course_tree["course"]
    for lesson in course_tree["lessons"]:
        complete(signed_in, lesson)

    response = signed_in.get(url("my_learning"))

    assert course.get_url() + "#certificate" in hrefs(section(response, "completed"))
    assert course.get_url() not in hrefs(section(response, "in-progress"))


def test_my_learning_shows_the_best_quiz_score(signed_in, course_tree):
    question = single_choice("best")
    quiz = make_quiz(course_tree["module"], questions=[question], pass_mark=50)
    take_quiz(signed_in, quiz, question, right=True)
    take_quiz(signed_in, quiz, question, right=False)

    results = section(signed_in.get(url("my_learning")), "quiz-results")

    rows = results.select("tbody tr")
    assert len(rows) == 1
    cells = [cell.get_text(strip=True) for cell in rows[0].select("td")]
    assert rows[0].select_one("a")["href"] == quiz.get_url()
    assert cells[1] == "100%"


def test_my_learning_shows_certificates_with_their_public_check_link(signed_in, user, course_tree):
    learner = Learner.objects.create(user=user)
    certificate = Certificate.objects.create(
        learner=learner, course_key=course_tree["course"].translation_key
    )

    certificates = section(signed_in.get(url("my_learning")), "certificates")

    assert certificate.code in certificates.get_text()
    assert url("certificate_verify", certificate.code) in hrefs(certificates)
    assert certificates.select_one(f'form[action="{url("certificate_revoke", certificate.code)}"]')


def test_my_learning_shows_nothing_of_other_learners(signed_in, client, course_tree, django_user_model):
    other = django_user_model.objects.create_user("autre", password="another-long-pass-42")
    other_learner = Learner.objects.create(user=other)
    foreign = Certificate.objects.create(
        learner=other_learner, course_key=course_tree["course"].translation_key
    )

    response = signed_in.get(url("my_learning"))

    assert foreign.code not in response.content.decode()
    assert not section(response, "in-progress").select("progress")


def test_a_course_begun_with_its_quiz_is_started_on_its_own_page_too(signed_in, course_tree):
    """One definition of "started": the course page agrees with "my learning" and the home page."""
    question = single_choice()
    quiz = make_quiz(course_tree["module"], questions=[question])
    assert signed_in.post(start_url(quiz)).status_code == 302

    course_page = BeautifulSoup(signed_in.get(course_tree["course"].url).content.decode(), "html.parser")
    in_progress = section(signed_in.get(url("my_learning")), "in-progress")

    assert course_tree["course"].url in hrefs(in_progress)
    assert course_page.select_one(".course-progress progress") is not None
    with translation.override("fr"):
        assert (
            gettext("Continue where you left off") in course_page.select_one(".course-progress a.button").text
        )
        assert gettext("Start the course") not in course_page.get_text()


def test_no_course_in_progress_says_other_when_one_is_finished(signed_in, course_tree):
    for lesson in course_tree["lessons"]:
        complete(signed_in, lesson)

    in_progress = section(signed_in.get(url("my_learning")), "in-progress")
    completed = section(signed_in.get(url("my_learning")), "completed")

    assert course_tree["course"].url + "#certificate" in hrefs(completed)
    other = "No other course in progress. Pick your next one in the course list."
    none = "No course in progress. Pick one in the course list and finish a first lesson."
    with translation.override("fr"):
        assert gettext(other) in in_progress.get_text()
        assert gettext(none) not in in_progress.get_text()
