"""Course certificates: a verification code anyone can check, and nothing more than the learner chose."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.models.learners import Learner

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: codes are read aloud and typed
CODE_LENGTH = 12


def new_code():
    """A random code such as 7KQX-M3PA-W9TD (60 bits of randomness)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(text):
    """The code as it is stored, from what a person typed or a link holds: any case, with or without the
    hyphens, with spaces anywhere (`7kqx m3pa w9td`). Every other character is dropped; what cannot be a
    code comes back in a form no stored code has. The check page and revocation both look codes up so."""
    kept = "".join(char for char in text.upper() if char in CODE_ALPHABET)[: CODE_LENGTH + 1]
    if len(kept) != CODE_LENGTH:
        return kept
    return "-".join(kept[i : i + 4] for i in range(0, CODE_LENGTH, 4))


class Certificate(models.Model):
    """A learner completed a course. The name printed on the PDF is stored only if the learner asks
    for it to be shown on the public verification page. Revoked or erased certificates keep only their
    code, so that checking it says "no longer valid" instead of "unknown"."""

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        ERASED = "erased", _("Erased")

    code = models.CharField(_("verification code"), max_length=20, unique=True, default=new_code)
    learner = models.ForeignKey(
        Learner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("learner"),
    )
    course_key = models.UUIDField(_("course translation key"), null=True, blank=True)
    issued_at = models.DateTimeField(_("issued at"), null=True, blank=True, default=timezone.now)
    public_name = models.CharField(
        _("name shown on the verification page"),
        max_length=120,
        blank=True,
        help_text=_("Empty unless the learner chose to show their name."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.VALID)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key"],
                condition=models.Q(status="valid"),
                name="one_valid_certificate_per_course",
            )
        ]

    def __str__(self):
        return self.code

    @property
    def is_valid(self):
        return self.status == self.Status.VALID

    def revoke(self):
        """Make the certificate invalid; the code stays so that checking it says so."""
        self.status = self.Status.REVOKED
        self.public_name = ""
        self.save(update_fields=["status", "public_name"])

    def erase(self):
        """Forget everything but the code: no learner, no course, no date, no name."""
        self.status = self.Status.ERASED
        self.learner = None
        self.course_key = None
        self.issued_at = None
        self.public_name = ""
        self.save()
