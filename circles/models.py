"""Study circles: a group led through a course by a facilitator over several meetings.

A circle names its course by the course page's translation_key (progress is keyed the same way), so the
circle follows the course in every language. Members are accounts (a circle needs one); each chooses a
circle name for this circle and whether the facilitators see their progress under it (`shares_progress`,
off by default: counted in the group's totals only). Everything here but the counts is personal data:
exported with the account, deleted with it, and deleted `CIRCLE_RETENTION_DAYS` after the circle is
archived.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Circle(models.Model):
    name = models.CharField(_("name"), max_length=80)
    course_key = models.UUIDField(_("course translation key"), db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    time_zone = models.CharField(_("time zone"), max_length=64)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circles_led",
        verbose_name=_("facilitator"),
    )
    co_facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="circles_co_led",
        verbose_name=_("co-facilitator"),
    )
    code = models.CharField(_("join code"), max_length=8, unique=True)
    max_members = models.PositiveSmallIntegerField(_("maximum number of members"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)
    purged_at = models.DateTimeField(_("posts and members deleted at"), null=True, blank=True)
    members_at_purge = models.PositiveIntegerField(_("members when purged"), null=True, blank=True)

    class Meta:
        verbose_name = _("study circle")
        verbose_name_plural = _("study circles")
        ordering = ["-created_at"]
        permissions = [("lead_circles", _("Can create and lead study circles"))]

    def __str__(self):
        return self.name


class Meeting(models.Model):
    circle = models.ForeignKey(
        Circle, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("circle")
    )
    starts_at = models.DateTimeField(_("date and time"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    step_keys = models.JSONField(
        _("course steps to read before"), default=list, blank=True, help_text=_("Translation keys.")
    )
    toolkit_key = models.UUIDField(_("toolkit translation key"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    live_sessions = models.ManyToManyField(
        "quizzes.LiveSession",
        blank=True,
        related_name="circle_meetings",
        verbose_name=_("live quizzes run in it"),
    )

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at", "pk"]

    def __str__(self):
        return f"{self.circle} {self.starts_at:%Y-%m-%d %H:%M}"


class Membership(models.Model):
    circle = models.ForeignKey(
        Circle, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("circle")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circle_memberships",
        verbose_name=_("member"),
    )
    circle_name = models.CharField(_("circle name"), max_length=30)
    shares_progress = models.BooleanField(
        _("facilitators see my progress under my circle name"), default=False
    )
    joined_at = models.DateTimeField(_("joined at"), default=timezone.now)

    class Meta:
        verbose_name = _("circle membership")
        verbose_name_plural = _("circle memberships")
        ordering = ["circle_name"]
        constraints = [
            models.UniqueConstraint(fields=["circle", "user"], name="one_membership_per_circle"),
            models.UniqueConstraint(fields=["circle", "circle_name"], name="one_circle_name_per_circle"),
        ]

    def __str__(self):
        return self.circle_name


class Post(models.Model):
    """A message in a meeting's thread: plain text, at most POST_MAX_LENGTH characters."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="posts", verbose_name=_("meeting")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circle_posts",
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"), max_length=2000)
    created_at = models.DateTimeField(_("posted at"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden at"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hidden by"),
    )
    hidden_reason = models.CharField(_("reason for hiding"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:40]


class PostReport(models.Model):
    """A member telling the facilitators that a post should be looked at."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports", verbose_name=_("post"))
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)

    class Meta:
        verbose_name = _("post report")
        verbose_name_plural = _("post reports")
        constraints = [models.UniqueConstraint(fields=["post", "reporter"], name="one_report_per_member")]

    def __str__(self):
        return f"{self.post_id}: {self.reason}"
