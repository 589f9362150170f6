"""Sign-in and sign-up bring the learner back to the page they were on (issue 22, item 11): every link to
them carries it as `next`, both views redirect there once it is checked to be one of this site's, and the
anonymous progress comes along as before."""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user

from accounts.tests.visits import complete
from learning.models import Learner, LessonCompletion
from tests.helpers import PASSWORD, make_user, parse, url

pytestmark = pytest.mark.django_db

EXTERNAL = ["https://elsewhere.example/lesson/", "//elsewhere.example/", "javascript:alert(1)"]


def header_sign_in(response):
    return parse(response).select_one(".account a")["href"]


def sign_up_data(**extra):
    return {"username": "rosalie", "password1": PASSWORD, "password2": PASSWORD, **extra}


def test_the_sign_in_link_of_a_lesson_carries_the_lessons_address(client, course_tree):
    lesson = course_tree["lessons"][1]

    assert header_sign_in(client.get(lesson.get_url())) == f"{url('login')}?next={lesson.get_url()}"


def test_the_sign_in_link_of_a_lesson_served_from_the_shared_rendering_still_carries_its_own_address(
    client, course_tree
):
    first, second = course_tree["lessons"][:2]
    client.get(first.get_url())

    assert header_sign_in(client.get(first.get_url())) == f"{url('login')}?next={first.get_url()}"
    assert header_sign_in(client.get(second.get_url() + "?x=1")) == f"{url('login')}?next={second.get_url()}"


def test_moving_between_sign_in_and_sign_up_keeps_the_return_address(client, course_tree):
    lesson = course_tree["lessons"][0].get_url()

    login_page = parse(client.get(url("login"), {"next": lesson}))
    signup_page = parse(client.get(url("signup"), {"next": lesson}))

    assert (
        login_page.select_one(f'main a[href^="{url("signup")}"]')["href"] == f"{url('signup')}?next={lesson}"
    )
    assert login_page.select_one('main form input[name="next"]')["value"] == lesson
    assert (
        signup_page.select_one(f'main a[href^="{url("login")}"]')["href"] == f"{url('login')}?next={lesson}"
    )
    assert signup_page.select_one('main form input[name="next"]')["value"] == lesson


def test_signing_up_returns_to_the_lesson_with_the_anonymous_progress(client, course_tree):
    lesson = course_tree["lessons"][0]
    complete(client, lesson)

    response = client.post(url("signup"), sign_up_data(next=lesson.get_url()))

    assert response.status_code == 302
    assert response["Location"] == lesson.get_url()
    user = get_user(client)
    assert user.is_authenticated
    assert LessonCompletion.objects.get().learner == Learner.objects.get(user=user)


def test_signing_in_returns_to_the_lesson_with_the_anonymous_progress(client, course_tree):
    user = make_user()
    lesson = course_tree["lessons"][0]
    complete(client, lesson)

    response = client.post(
        url("login"), {"username": "rosalie", "password": PASSWORD, "next": lesson.get_url()}
    )

    assert response.status_code == 302
    assert response["Location"] == lesson.get_url()
    assert LessonCompletion.objects.get().learner == Learner.objects.get(user=user)


@pytest.mark.parametrize("address", EXTERNAL)
def test_an_external_return_address_is_refused_on_sign_up(client, address):
    response = client.post(url("signup"), sign_up_data(next=address))

    assert response.status_code == 302
    assert response["Location"] == url("my_learning")


@pytest.mark.parametrize("address", EXTERNAL)
def test_an_external_return_address_is_refused_on_sign_in(client, address):
    make_user()

    response = client.post(url("login"), {"username": "rosalie", "password": PASSWORD, "next": address})

    assert response.status_code == 302
    assert response["Location"] == url("my_learning")


@pytest.mark.parametrize("address", EXTERNAL)
def test_an_external_return_address_is_not_passed_on_by_the_account_pages(client, address):
    for name in ("login", "signup"):
        page = parse(client.get(url(name), {"next": address}))
        assert page.select_one('main form input[name="next"]') is None
        links = " ".join(a["href"] for a in page.select("main a, .account a"))
        assert quote(address, safe="") not in links
        assert address not in links


def test_a_refused_sign_up_keeps_the_return_address(client, course_tree):
    lesson = course_tree["lessons"][0].get_url()

    response = client.post(url("signup"), sign_up_data(password2="not-the-same-1917", next=lesson))

    assert response.status_code == 200
    assert parse(response).select_one('main form input[name="next"]')["value"] == lesson
    assert not get_user(client).is_authenticated


def test_the_finished_courses_account_links_return_to_the_course(client, course_tree):
    for lesson in course_tree["lessons"]:
        complete(client, lesson)
    course = course_tree["course"].get_url()

    panel = parse(client.get(course)).select_one(".completion-panel")

    assert panel.select_one(f'a[href^="{url("signup")}"]')["href"] == f"{url('signup')}?next={course}"
    assert panel.select_one(f'a[href^="{url("login")}"]')["href"] == f"{url('login')}?next={course}"


@pytest.mark.parametrize("address", ["9223372036854775808", "my_learning"])
def test_a_return_address_that_looks_like_a_view_name_is_an_address(client, address):
    client.force_login(make_user())

    response = client.post(url("signup"), sign_up_data(next=address))

    assert response.status_code == 302
    assert response["Location"] == address
