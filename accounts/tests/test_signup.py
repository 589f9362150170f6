"""Sign up with a username and a password only; progress made before signing up or in comes along."""

import pytest
from django.contrib.auth import get_user

from accounts.models import User
from accounts.tests.visits import complete
from learning.models import Learner, LessonCompletion
from tests.helpers import PASSWORD, make_user, url

pytestmark = pytest.mark.django_db


def sign_up(client, username="rosalie", password=PASSWORD, password2=None, **extra):
    return client.post(
        url("signup"),
        {"username": username, "password1": password, "password2": password2 or password, **extra},
    )


def sign_in(client, username="rosalie", password=PASSWORD):
    return client.post(url("login"), {"username": username, "password": password})


def form_errors(response):
    return response.context["form"].errors


def test_sign_up_with_username_and_password_only_creates_the_account_and_signs_in(client):
    response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == url("my_learning")
    user = User.objects.get(username="rosalie")
    assert user.email == ""
    assert user.check_password(PASSWORD)
    assert get_user(client) == user
    assert client.get(url("my_learning")).status_code == 200


def test_sign_up_form_asks_for_no_email_and_no_real_name(client):
    form = client.get(url("signup")).context["form"]

    assert set(form.fields) == {"username", "email", "password1", "password2"}
    assert not form.fields["email"].required


def test_sign_up_with_an_email_stores_it(client):
    sign_up(client, email="rosalie@example.org")

    assert User.objects.get(username="rosalie").email == "rosalie@example.org"


def test_sign_up_with_mismatched_passwords_creates_no_user(client):
    response = sign_up(client, password=PASSWORD, password2=PASSWORD + "x")

    assert response.status_code == 200
    assert "password2" in form_errors(response)
    assert not User.objects.exists()
    assert not get_user(client).is_authenticated


def test_sign_up_with_a_too_short_password_creates_no_user(client):
    response = sign_up(client, password="x7!q")

    assert response.status_code == 200
    assert form_errors(response)
    assert not User.objects.exists()


def test_sign_up_with_a_taken_username_creates_no_second_user(client):
    make_user("rosalie")

    response = sign_up(client, username="rosalie")

    assert "username" in form_errors(response)
    assert User.objects.count() == 1


def test_anonymous_progress_is_kept_after_sign_up(client, course_tree):
    lessons = course_tree["lessons"][:2]
    for lesson in lessons:
        complete(client, lesson)
    anonymous = Learner.objects.get()
    assert anonymous.user is None

    sign_up(client)

    user = User.objects.get(username="rosalie")
    assert set(user.learner.lesson_completions.values_list("lesson_key", flat=True)) == {
        lesson.translation_key for lesson in lessons
    }
    assert LessonCompletion.objects.count() == 2
    assert not Learner.objects.filter(user__isnull=True).exists()


def test_signing_in_merges_anonymous_progress_into_the_account_without_duplicates(client, course_tree):
    first, second, _third = course_tree["lessons"]
    account = make_user("rosalie")
    account_learner = Learner.objects.create(user=account)
    LessonCompletion.objects.create(
        learner=account_learner,
        lesson_key=first.translation_key,
        course_key=course_tree["course"].translation_key,
    )
    complete(client, first)
    complete(client, second)
    anonymous = Learner.objects.get(user__isnull=True)

    response = sign_in(client)

    assert response.status_code == 302
    assert get_user(client) == account
    assert sorted(account_learner.lesson_completions.values_list("lesson_key", flat=True)) == sorted(
        [first.translation_key, second.translation_key]
    )
    assert LessonCompletion.objects.count() == 2
    assert not Learner.objects.filter(pk=anonymous.pk).exists()
    assert Learner.objects.get() == account_learner


def test_progress_made_after_signing_in_goes_to_the_account(signed_in, user, course_tree):
    complete(signed_in, course_tree["lessons"][0])

    assert Learner.objects.get().user == user
    assert user.learner.lesson_completions.count() == 1


def test_sign_out_is_post_only(signed_in, user):
    response = signed_in.get(url("logout"))

    assert response.status_code == 405
    assert get_user(signed_in) == user

    response = signed_in.post(url("logout"))

    assert response.status_code == 302
    assert not get_user(signed_in).is_authenticated


def test_signed_in_visitor_is_sent_from_sign_up_to_my_learning(signed_in):
    response = signed_in.get(url("signup"))

    assert response.status_code == 302
    assert response["Location"] == url("my_learning")


# Issue 9: what is wrong with the password is said beside the password, and the focus goes there.


def test_a_weak_password_is_refused_beside_the_password_field(client):
    response = sign_up(client, password="12345678")

    errors = form_errors(response)
    assert "password1" in errors
    assert "password2" not in errors
    assert not User.objects.exists()
    html = response.content.decode()
    password_field = html[html.index('id="id_password1"') : html.index('id="id_password2"')]
    assert 'id="id_password1_error"' in password_field


def test_the_focus_goes_to_the_first_field_in_error(client):
    response = sign_up(client, password="12345678")

    form = response.context["form"]
    assert "autofocus" not in form.fields["username"].widget.attrs
    assert form.fields["password1"].widget.attrs.get("autofocus") is True
    assert "id_password1_error" in form.fields["password1"].widget.attrs["aria-describedby"].split()
    html = response.content.decode()
    focused = html[: html.index("autofocus")]
    assert focused.rindex("<input") == focused.rindex('<input type="password" name="password1"')


def test_mismatched_passwords_are_said_beside_the_confirmation(client):
    response = sign_up(client, password=PASSWORD, password2=PASSWORD + "x")

    errors = form_errors(response)
    assert list(errors) == ["password2"]
    assert response.context["form"].fields["password2"].widget.attrs.get("autofocus") is True


def test_a_fresh_sign_up_form_starts_on_the_username(client):
    form = client.get(url("signup")).context["form"]

    assert form.fields["username"].widget.attrs.get("autofocus") is True
