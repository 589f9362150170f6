"""Security helpers that keep what the site knows about a visitor to the minimum, and the sign-in
lockout (django-axes, keyed by username only) that every password check goes through."""

from axes.utils import reset
from django.contrib.auth import authenticate


def no_client_ip(request):
    """django-axes asks for the client's IP address; Solidaire never reads or stores it."""
    return None


def password_is_right(request, user, password):
    """Check `user`'s password as signing in does, through authenticate(): a wrong one counts with the
    failed sign-ins of the username, and while the username is locked nothing is checked (django-axes
    then answers the request with the lock page). A right one does not reset the count: only signing in
    does."""
    return authenticate(request, username=user.get_username(), password=password) is not None


def clear_lockout(username):
    """Forget the failed sign-ins counted for `username`, and so its lock: after a new password is set,
    and when the account is erased (the cache key is a hash of the username)."""
    reset(username=username)
