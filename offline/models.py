"""What the phone did offline, as the server recorded it once (issue 25).

`OfflineAction`: one row per action the server carried out, under the key the phone gave it, with the
outcome it answered. The same key sent again gets that outcome back and changes nothing (offline.sync).
A refused action leaves no row: the phone may keep it and send it again later.

`FormerLearner`: an anonymous learner merged into another (learning.merging, on sign-in), so that actions
stored on a phone under the anonymous learner still reach the one it became.

Both are forgotten after settings.OFFLINE_ACTION_RETENTION_DAYS (`manage.py purge_offline_actions`).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.models import Learner


class OfflineAction(models.Model):
    """An action stored on a phone and carried out on the server once, under its key."""

    LESSON_DONE = "lesson_done"
    QUIZ_START = "quiz_start"
    QUIZ_ANSWER = "quiz_answer"
    QUIZ_FINISH = "quiz_finish"
    KINDS = [
        (LESSON_DONE, _("lesson finished")),
        (QUIZ_START, _("quiz started")),
        (QUIZ_ANSWER, _("answer")),
        (QUIZ_FINISH, _("quiz finished")),
    ]

    key = models.UUIDField(_("key"), unique=True)
    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="offline_actions", verbose_name=_("learner")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=KINDS)
    target_key = models.UUIDField(_("translation key of the lesson or quiz"))
    payload = models.JSONField(_("what the phone sent"), default=dict, blank=True)
    outcome = models.JSONField(_("what the server answered"), default=dict, blank=True)
    status = models.PositiveSmallIntegerField(_("status"), default=200)
    stored_at = models.DateTimeField(_("stored on the phone at"), null=True, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("offline action")
        verbose_name_plural = _("offline actions")

    def __str__(self):
        return f"{self.kind} {self.key}"


class FormerLearner(models.Model):
    """`former_id` was an anonymous learner's id until it was merged into `learner`."""

    former_id = models.PositiveBigIntegerField(_("former learner id"), unique=True)
    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="former_ids", verbose_name=_("learner")
    )
    merged_at = models.DateTimeField(_("merged at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("former learner")
        verbose_name_plural = _("former learners")

    def __str__(self):
        return f"{self.former_id} → {self.learner_id}"
