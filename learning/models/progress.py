"""Learner progress, keyed by translation_key so that it is the same in every language."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Learner(models.Model):
    """One person learning. `user` is empty for an anonymous visitor, whose learner id is in the session."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="learner",
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_active_at = models.DateTimeField(_("last active at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("learner")
        verbose_name_plural = _("learners")

    def __str__(self):
        return f"learner {self.pk}" + (f" ({self.user})" if self.user_id else "")


class LessonCompletion(models.Model):
    """A learner finished a lesson (in whichever language): one row per learner and lesson."""

    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="lesson_completions", verbose_name=_("learner")
    )
    lesson_key = models.UUIDField(_("lesson translation key"))
    course_key = models.UUIDField(_("course translation key"), db_index=True)
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson_key"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.learner} finished {self.lesson_key}"
