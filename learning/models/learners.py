"""Who is learning, and which lessons they finished: keyed by translation_key, so the same in every
language.

A visitor's Learner is the account's, or for an anonymous visitor the one whose id is in the session:
`Learner.objects.for_request(request)` finds it, and `Learner.objects.for_request(request, create=True)`
makes one when there is none yet (for anonymous visitors, within their network's bound:
learning.new_visitors). An anonymous learner is `provisional` from the action that made it until the
visitor acts again; a provisional learner is forgotten after settings.ONE_ACTION_LEARNER_RETENTION_HOURS
(learning.privacy). `visitor_lookup(request)` selects the visitor's rows of any model with a `learner`
foreign key without fetching the Learner first.
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.new_visitors import new_learner_allowed

SESSION_KEY = "solidaire_learner_id"
TOO_MANY_NEW_VISITORS = _(
    "Too many new visitors from your network: your progress could not be kept. Try again in a few minutes."
)


def visitor_lookup(request, prefix="learner"):
    """Lookups that select rows of the visitor's Learner through the `prefix` relation (one join instead
    of a query), or None when the visitor has no learner yet."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return {f"{prefix}__user": user}
    learner_id = request.session.get(SESSION_KEY)
    if learner_id is None:
        return None
    return {f"{prefix}_id": learner_id, f"{prefix}__user__isnull": True}


class LearnerManager(models.Manager):
    def for_request(self, request, create=False):
        """The request's Learner, or None when there is none and `create` is false, or when an anonymous
        visitor's network has made its share of new learners (learning.new_visitors). Kept on the request.
        Only POSTs create (a GET never makes a row), and `create` means the visitor is acting: a
        provisional learner found is kept from then on."""
        cached = getattr(request, "_solidaire_learner", None)
        if cached is not None:
            return cached
        learner = None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            learner = self.filter(user=user).first()
            if learner is None and create:
                learner, _ = self.get_or_create(user=user)
        else:
            learner_id = request.session.get(SESSION_KEY)
            if learner_id is not None:
                learner = self.filter(pk=learner_id, user__isnull=True).first()
            if learner is not None and create and learner.provisional:
                self.keep(learner.pk)
                learner.provisional = False
            if learner is None and create and new_learner_allowed(request):
                learner = self.create(provisional=True)
                request.session[SESSION_KEY] = learner.pk
        request._solidaire_learner = learner
        return learner

    def keep(self, learner_id):
        """The visitor acted again: their learner is no longer provisional (one query, once)."""
        self.filter(pk=learner_id, provisional=True).update(provisional=False)


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
    # Made by an anonymous visitor's first action and not used since: forgotten sooner (learning.privacy).
    provisional = models.BooleanField(_("provisional"), default=False)

    objects = LearnerManager()

    class Meta:
        verbose_name = _("learner")
        verbose_name_plural = _("learners")
        # Who sees the admin's reports on learners' progress (learning.reports.permissions).
        permissions = [
            ("see_course_reports", _("Can see the reports on courses (counts of learners only)")),
            ("see_all_reports", _("Can see every report, learner-level rows included")),
        ]

    def __str__(self):
        return f"learner {self.pk}" + (f" ({self.user})" if self.user_id else "")

    def touch(self):
        """Note that the learner did something now (anonymous learners are forgotten after a while)."""
        Learner.objects.filter(pk=self.pk).update(last_active_at=timezone.now())


class LessonCompletionManager(models.Manager):
    def record(self, learner, lesson_key, course_key, language=""):
        """Record that `learner` finished the lesson `lesson_key` (read in `language`, for the reports);
        a second call changes nothing. Returns the row."""
        try:
            with transaction.atomic():
                completion, _ = self.get_or_create(
                    learner=learner,
                    lesson_key=lesson_key,
                    defaults={"course_key": course_key, "language": language},
                )
        except IntegrityError:  # a concurrent request recorded it first
            completion = self.get(learner=learner, lesson_key=lesson_key)
        learner.touch()
        return completion

    def visitor_has_completed(self, request, lesson_key):
        """Whether the visitor has finished the lesson `lesson_key` (in any language), in one query."""
        lookup = visitor_lookup(request)
        return lookup is not None and self.filter(lesson_key=lesson_key, **lookup).exists()


class LessonCompletion(models.Model):
    """A learner finished a lesson (in whichever language): one row per learner and lesson."""

    learner = models.ForeignKey(
        Learner, on_delete=models.CASCADE, related_name="lesson_completions", verbose_name=_("learner")
    )
    lesson_key = models.UUIDField(_("lesson translation key"))
    course_key = models.UUIDField(_("course translation key"), db_index=True)
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)
    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        default="",
        help_text=_("The language the lesson was read in."),
    )

    objects = LessonCompletionManager()

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson_key"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.learner} finished {self.lesson_key}"
