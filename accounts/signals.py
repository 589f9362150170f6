"""The accounts app's signal receivers (connected when the app is ready)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.models import User
from accounts.security import clear_lockout


@receiver(post_save, sender=User, dispatch_uid="accounts.new_password_lifts_the_lock")
def new_password_lifts_the_lock(sender, instance, **kwargs):
    """A new password (a completed reset, a change, one set in the admin) lifts the username's sign-in
    lock: the lock page offers a reset as the way out. `_password` holds the new password from
    set_password() until the save has finished."""
    if instance._password is not None:
        clear_lockout(instance.get_username())
