"""The project's own User, in place from the first migration so that it can grow without a swap."""

from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A Solidaire account. A username is enough; the email address is optional."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs):
        """A new password (a completed reset, a change, one set in the admin) lifts the username's
        sign-in lock: the lock page offers a reset as the way out."""
        new_password = self._password is not None
        super().save(*args, **kwargs)
        if new_password:
            from accounts.security import clear_lockout  # noqa: PLC0415 - security imports auth, which needs this model

            clear_lockout(self.get_username())
