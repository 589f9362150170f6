"""Deleting an account ends its sessions on every device, and leaves other people's sessions alone."""

from django.contrib.sessions.models import Session
from django.test import Client

from accounts.erasure import erase_account
from accounts.models import User
from tests.helpers import PASSWORD, make_user, url


def test_deleting_an_account_ends_its_sessions_on_other_devices(signed_in, user):
    phone = Client()
    phone.force_login(user)
    someone_else = Client()
    someone_else.force_login(make_user(username="other"))
    assert Session.objects.count() == 3

    response = signed_in.post(url("delete_account"), {"password": PASSWORD})

    assert response.status_code == 302
    remaining = [session.get_decoded() for session in Session.objects.all()]
    assert [data.get("_auth_user_id") for data in remaining if data.get("_auth_user_id")] == [
        str(someone_else.session["_auth_user_id"])
    ]
    assert phone.get(url("my_learning")).status_code == 302


def test_erasing_an_account_twice_says_so_the_second_time(user):
    """A second request that reaches erasure after the first (a double click) erases nothing more."""
    same_user_loaded_by_the_second_request = User.objects.get(pk=user.pk)

    assert erase_account(user) is True
    assert erase_account(same_user_loaded_by_the_second_request) is False
    assert not User.objects.filter(pk=user.pk).exists()
