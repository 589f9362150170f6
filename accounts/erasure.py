"""Erasing an account: the user, their learner, every row that refers to them, their sessions and their
sign-in failures."""

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.security import clear_lockout


def sessions_of(user):
    """The user's unexpired sessions on every device (sessions are not indexed by user: decode them)."""
    user_id = str(user.pk)
    return [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(session.get_decoded().get(SESSION_KEY)) == user_id
    ]


@transaction.atomic
def erase_account(user):
    """Delete the user's sessions, then the user; the learner, progress, attempts and answers go with it
    (foreign keys cascade), certificates keep only their code (learning.signals.erase_certificates) and
    live participations lose their nickname and the text of their answers (quizzes.signals).
    The failed sign-ins counted for the username go too.

    Return False, and do nothing, when the account is already erased: a simultaneous request (a double
    click) erased it first. The user's row is locked until the end (SQLite: the IMMEDIATE transaction
    holds the write lock), so only one of them erases it."""
    if not User.objects.select_for_update().filter(pk=user.pk).exists():
        return False
    Session.objects.filter(pk__in=sessions_of(user)).delete()
    user.delete()
    clear_lockout(user.get_username())
    return True
