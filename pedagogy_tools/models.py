"""Toolkits: ToolkitIndexPage > ToolkitPage (a workshop plan), and KitBuild (one downloadable kit).

A toolkit's summary is public; the full guide, its attachments and its kit are for whoever holds
USE_TOOLKITS (pedagogy_tools.access: facilitators and editors). A kit is built once per (toolkit
revision, locale) by a background task (pedagogy_tools.tasks) and kept as a KitBuild row plus a zip file
in private storage.
"""

import datetime

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import QueryDict
from django.shortcuts import resolve_url
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from learning.blocks import RICH_TEXT_FEATURES
from learning.models import CoursePage, HtmxPartialMixin, ModulePage, SolidairePage, tabs
from learning.review_workflow import ChangesRequestedPanel
from pedagogy_tools.access import USE_TOOLKITS
from pedagogy_tools.agenda import kit_start, timetable
from pedagogy_tools.blocks import AgendaBlock, AttachmentsBlock, DiscussionQuestionsBlock
from pedagogy_tools.forms import StartTimeForm
from quizzes.live.access import RUN_LIVE_SESSIONS

LINKED_COURSE_TYPES = ["learning.CoursePage", "learning.ModulePage"]
DEFAULT_START = datetime.time(9, 0)


class ToolkitIndexPage(SolidairePage):
    """The list of toolkits of one language."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)

    parent_page_types = ["learning.HomePage"]
    subpage_types = ["pedagogy_tools.ToolkitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toolkit index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toolkits"] = ToolkitPage.objects.child_of(self).live().public().order_by("path")
        return context


class ToolkitPage(HtmxPartialMixin, RoutablePageMixin, SolidairePage):
    """A workshop plan for facilitators, and the kit to run it (guide, handouts, quiz, lessons offline).

    Public: title, summary, audience, duration, group size, objectives, the course it goes with.
    Facilitators and editors only: materials, preparation, the agenda, discussion questions, attachments
    and the kit.
    """

    summary = models.TextField(_("summary"), help_text=_("Two or three sentences, shown to everyone."))
    audience = models.TextField(_("audience"), blank=True)
    group_size_min = models.PositiveSmallIntegerField(_("smallest group"), null=True, blank=True)
    group_size_max = models.PositiveSmallIntegerField(_("largest group"), null=True, blank=True)
    objectives = RichTextField(
        _("objectives"),
        features=["ul", "bold", "italic"],
        help_text=_("What participants will be able to do."),
    )
    materials = RichTextField(_("materials"), features=RICH_TEXT_FEATURES, blank=True)
    preparation = RichTextField(_("preparation"), features=RICH_TEXT_FEATURES, blank=True)
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"))
    discussion_questions = StreamField(
        DiscussionQuestionsBlock(), verbose_name=_("discussion questions"), blank=True
    )
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("attachments"), blank=True)
    course = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("course or module"),
        help_text=_("Its lessons go into the kit, as an offline copy."),
    )
    quiz = models.ForeignKey(
        "quizzes.QuizPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("quiz"),
        help_text=_("Printed in the kit, with its answer key."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("group_size_min"), FieldPanel("group_size_max")], heading=_("Group size")),
        FieldPanel("objectives"),
    ]
    guide_panels = [
        FieldPanel("materials"),
        FieldPanel("preparation"),
        FieldPanel("agenda"),
        FieldPanel("discussion_questions"),
    ]
    resources_panels = [
        FieldPanel("attachments"),
        MultiFieldPanel(
            [PageChooserPanel("course", LINKED_COURSE_TYPES), PageChooserPanel("quiz", "quizzes.QuizPage")],
            heading=_("Goes with"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList([ChangesRequestedPanel(), *content_panels], heading=_("Summary")),
            ObjectList(guide_panels, heading=_("Guide")),
            ObjectList(resources_panels, heading=_("Resources")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    # Only what everyone may read is indexed: search results must not reveal the facilitators' guide.
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("objectives"),
    ]

    parent_page_types = ["pedagogy_tools.ToolkitIndexPage"]
    htmx_partial = "agenda"
    subpage_types = []

    class Meta:
        verbose_name = _("toolkit")
        permissions = [("use_toolkits", _("Can read full toolkits, their attachments and kits"))]

    def clean(self):
        super().clean()
        errors = {}
        if self.group_size_min and self.group_size_max and self.group_size_min > self.group_size_max:
            errors["group_size_max"] = _("The largest group cannot be smaller than the smallest.")
        if (
            self.course_id is not None
            and not Page.objects.filter(pk=self.course_id).type(CoursePage, ModulePage).exists()
        ):
            errors["course"] = _("Choose a course or one of its modules.")
        if errors:
            raise ValidationError(errors)

    # -- what the page shows ---------------------------------------------------------------------

    @property
    def total_minutes(self):
        return sum(child.value["minutes"] or 0 for child in self.agenda)

    def schedule(self, start=DEFAULT_START):
        return timetable(self.agenda, start)

    def linked_page(self, name, locale_id=None):
        """The page chosen in the field `name` ("course" or "quiz"), in this toolkit's language (or in
        `locale_id`'s): its live translation or alias there, else the chosen page itself if it is live,
        else None. Page choosers are synchronised across translations, so they point at the source
        language's page; a page deleted since this revision was made also gives None."""
        try:
            page = getattr(self, name)
        except ObjectDoesNotExist:
            return None
        if page is None:
            return None
        translation = page.get_translation_or_none(locale_id or self.locale_id)
        if translation is not None and translation.live:
            return translation.specific
        return page.specific if page.live else None

    @cached_property
    def localized_course(self):
        return self.linked_page("course")

    @cached_property
    def localized_quiz(self):
        return self.linked_page("quiz")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        allowed = request.user.has_perm(USE_TOOLKITS)
        context["can_use_toolkit"] = allowed
        if not allowed:
            query = QueryDict(mutable=True)
            query[REDIRECT_FIELD_NAME] = request.get_full_path()
            context["login_url"] = f"{resolve_url(settings.LOGIN_URL)}?{query.urlencode(safe='/')}"
        else:
            form = StartTimeForm(request.GET or None, initial={"start": DEFAULT_START})
            start = form.cleaned_data["start"] if form.is_valid() and form.cleaned_data["start"] else None
            start = start or DEFAULT_START
            context.update(
                start_form=form,
                start=start,
                start_value="" if start == DEFAULT_START else start.strftime("%H:%M"),
                schedule=self.schedule(start),
                kit=self.current_kit(start),
                kit_translations=self.get_translations()
                .live()
                .select_related("locale")
                .order_by("locale_id"),
            )
        if request.user.has_perm(RUN_LIVE_SESSIONS) and self.localized_quiz is not None:  # run its quiz live
            context.update(live_quiz=self.localized_quiz, live_languages=self.localized_quiz.room_languages())
        return context

    def htmx_partial_for(self, request):
        """The agenda alone (the start-time form's answer) for facilitators; others get the page."""
        return super().htmx_partial_for(request) if request.user.has_perm(USE_TOOLKITS) else None

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.has_perm(USE_TOOLKITS):
            patch_cache_control(response, private=True)
        return response

    # -- routes ------------------------------------------------------------------------------------

    @path("")
    def guide(self, request):
        return self.render(request)

    @path("kit/")
    def kit(self, request):
        from pedagogy_tools import views  # a page's route calling its own app's views

        return views.kit(request, self)

    @path("kit/download/")
    def download_kit(self, request):
        from pedagogy_tools import views  # a page's route calling its own app's views

        return views.download_kit(request, self)

    # -- kits --------------------------------------------------------------------------------------

    def current_kit(self, start=DEFAULT_START):
        """The KitBuild of this page's current revision in its locale, for a workshop starting at
        `start` (the kit of its quarter hour), or None."""
        revision_id = self.kit_revision_id()
        if revision_id is None:
            return None
        return KitBuild.objects.filter(
            revision_id=revision_id, locale_id=self.locale_id, start=kit_start(start)
        ).first()

    def kit_revision_id(self):
        """The revision a kit of this page is made from: the live revision, or for an alias (which has
        no revisions of its own) its source's. None while the toolkit has never been published."""
        if self.alias_of_id is not None:
            return Page.objects.filter(pk=self.alias_of_id).values_list("live_revision_id", flat=True).first()
        return self.live_revision_id


def kit_storage():
    """Where kit files are kept: settings.STORAGES["toolkit_kits"] when a deployment defines one (a
    private bucket, say), else the default storage, under toolkit-kits/, which is never served as is."""
    return storages["toolkit_kits" if "toolkit_kits" in settings.STORAGES else "default"]


class KitBuild(models.Model):
    """The kit of one toolkit revision in one locale, for a workshop starting at one time of day (the
    guide's timetable gives clock times): its build's progress, then its zip file."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be built")
        BUILDING = "building", _("Building")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    toolkit = models.ForeignKey(ToolkitPage, on_delete=models.CASCADE, related_name="kits")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    start = models.TimeField(_("workshop starts at"), default=DEFAULT_START)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    step = models.CharField(_("current step"), max_length=20, blank=True)
    file = models.FileField(_("file"), storage=kit_storage, max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size (bytes)"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("toolkit kit")
        verbose_name_plural = _("toolkit kits")
        permissions = [("see_kit_build_errors", _("Can see why a kit could not be built"))]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "locale", "start"], name="one_kit_per_revision_locale_and_start"
            )
        ]

    def __str__(self):
        return (
            f"Kit of {self.toolkit_id} r{self.revision_id} {self.locale_id} {self.start:%H:%M}: {self.status}"
        )

    @property
    def is_ready(self):
        return self.status == self.Status.READY

    @property
    def is_failed(self):
        return self.status == self.Status.FAILED

    @property
    def in_progress(self):
        return self.status in (self.Status.PENDING, self.Status.BUILDING)

    @property
    def is_retrying(self):
        """Waiting or building again after a failed attempt (pedagogy_tools.kit_building)."""
        return self.in_progress and bool(self.error)

    @property
    def is_stalled(self):
        """Pending or building with no news for settings.KIT_BUILD_STALLED_SECONDS: the worker died or
        none is running (pedagogy_tools.kit_building.recover_stalled_kits queues it again)."""
        stalled_after = datetime.timedelta(seconds=settings.KIT_BUILD_STALLED_SECONDS)
        return self.in_progress and timezone.now() - self.updated_at > stalled_after
