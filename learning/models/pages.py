"""The course tree: HomePage > CourseIndexPage > CoursePage > ModulePage > LessonPage, and StandardPage.

Each page type states where it may live (`parent_page_types`) and what it may hold (`subpage_types`),
so editors can only build the tree docs/architecture.md describes ("The page tree").
"""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from learning import page_cache
from learning.blocks import RICH_TEXT_FEATURES, LessonBodyBlock
from learning.models.base import HtmxPartialMixin, SolidairePage, content_language, tabs
from learning.models.certificates import Certificate
from learning.models.learners import Learner, LessonCompletion
from learning.models.progress import CourseProgress
from learning.models.snippets import Theme, in_locale
from learning.models.steps import STEP_FIELDS, CourseStep, outline_of


def routes_match(model, path_components):
    """Whether the page class `model` has a route of its own (RoutablePageMixin) for this path."""
    if model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in path_components))
    except Http404:
        return False
    return True


class HomePage(SolidairePage):
    """The home page of one language: /fr/, /en/, /es/, /ht/."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)

    parent_page_types = ["wagtailcore.Page"]
    # Labels, not imports: learning imports none of the apps built on it.
    subpage_types = [
        "learning.CourseIndexPage",
        "learning.StandardPage",
        "pedagogy_tools.ToolkitIndexPage",
        "campaigns.CampaignIndexPage",
        "missions.CountryIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Find the page for a URL by its url_path (one query, then its specific row), instead of walking
        down the tree one level (two queries) at a time; learning.routing keeps the answer in the cache.
        What is left of the path goes to that page's own route() (routable pages: a quiz's answer URL, a
        lesson's "complete" URL).

        As in Wagtail's own walk down the tree, a routable page's routes win over a child page with the
        same slug: /course/certificate/ is the course's certificate even if a module is slugged
        "certificate"."""
        if not path_components:
            return super().route(request, path_components)
        page, depth = self.find_route(path_components)
        return page.specific.route(request, path_components[depth - self.depth :])

    def find_route(self, path_components):
        """(the page a path leads to, its depth): the deepest page whose url_path matches, unless a
        routable page above it has a route for the rest."""
        prefixes = [
            self.url_path + "".join(f"{part}/" for part in path_components[:length])
            for length in range(len(path_components), 0, -1)
        ]
        pages = list(Page.objects.filter(url_path__in=prefixes, path__startswith=self.path).order_by("depth"))
        if not pages:
            raise Http404
        for page in pages[:-1]:
            rest = path_components[page.depth - self.depth :]
            if page.live and routes_match(page.specific_class, rest):
                return page, page.depth
        return pages[-1], pages[-1].depth

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("cover_image")
            .prefetch_related("cover_image__renditions")
            .order_by("path")
        )
        in_progress = CoursePage.in_progress_for(Learner.objects.for_request(request), self.locale_id)
        context["courses_in_progress"] = in_progress
        # The "continue" card: the first course begun and not finished, and its next step.
        context["continue_course"] = next(
            ((course, progress) for course, progress in in_progress if progress.next_step is not None), None
        )
        context["catalogue"] = CourseIndexPage.objects.child_of(self).live().first()
        return context


class CourseIndexPage(HtmxPartialMixin, SolidairePage):
    """The catalogue. Filters by theme and level with a GET form; htmx swaps only the results."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)

    parent_page_types = ["learning.HomePage"]
    subpage_types = ["learning.CoursePage"]
    max_count_per_parent = 1
    htmx_partial = "course-results"

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = Theme.objects.filter(locale_id=self.locale_id)
        levels = settings.LEARNING_LEVELS
        chosen_theme = request.GET.get("theme", "")
        chosen_level = request.GET.get("level", "")
        courses = (
            CoursePage.objects.child_of(self)
            .live()
            .public()
            .select_related("cover_image")
            .prefetch_related("themes", "cover_image__renditions")
            .order_by("path")
        )
        theme = next((t for t in themes if t.slug == chosen_theme), None)
        if theme is not None:
            courses = courses.filter(themes__translation_key=theme.translation_key)
        if chosen_level in dict(levels):
            courses = courses.filter(level=chosen_level)
        local_themes = {t.translation_key: t for t in themes}
        courses = list(courses.distinct())
        for course in courses:
            course.local_themes = [local_themes.get(t.translation_key, t) for t in course.themes.all()]
        context.update(
            courses=courses,
            themes=themes,
            levels=levels,
            chosen_theme=theme.slug if theme else "",
            chosen_level=chosen_level if chosen_level in dict(levels) else "",
        )
        return context


class CoursePage(RoutablePageMixin, SolidairePage):
    """A course: what it teaches, to whom, how long it takes, and its modules in order."""

    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for the catalogue."))
    objectives = RichTextField(
        _("learning objectives"), features=["ul", "bold", "italic"], help_text=_("A bulleted list.")
    )
    audience = models.TextField(_("audience"), blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=60)
    level = models.CharField(_("level"), max_length=20, choices=settings.LEARNING_LEVELS, default="beginner")
    themes = ParentalManyToManyField("learning.Theme", blank=True, verbose_name=_("themes"))
    standards = ParentalManyToManyField(
        "learning.LabourStandard", blank=True, verbose_name=_("labour standards covered")
    )
    cover_image = models.ForeignKey(
        "learning.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("audience"),
    ]
    details_panels = [
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("level")], heading=_("Duration and level")
        ),
        FieldPanel("themes"),
        FieldPanel("standards"),
        FieldPanel("cover_image"),
    ]
    edit_handler = tabs(content_panels, details_panels)
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
    ]

    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = ["learning.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @path("")
    def course(self, request):
        return self.render(request)

    @path("certificate/")
    def certificate(self, request):
        from learning.views import certificate  # a page's route calling its own app's view

        return certificate(request, self)

    def tree_pages(self):
        """The course's live modules and steps (the pages one and two levels down), in tree order: the
        one query behind the outline and the progress."""
        return (
            Page.objects.live()
            .descendant_of(self)
            .filter(depth__lte=self.depth + 2)
            .order_by("path")
            .only(*STEP_FIELDS)
        )

    def steps(self, pages=None):
        """The course's steps (lessons, quizzes) in order, from `pages` (tree_pages()) if fetched."""
        pages = self.tree_pages() if pages is None else pages
        return [page for page in pages if page.depth == self.depth + 2]

    def outline(self, pages=None):
        """The course's modules, each with its steps in `steps`, from `pages` (tree_pages()) if fetched."""
        pages = self.tree_pages() if pages is None else pages
        modules = []
        for page in pages:
            if page.depth == self.depth + 1:
                page.steps = []
                modules.append(page)
            elif page.depth == self.depth + 2 and modules and page.path.startswith(modules[-1].path):
                modules[-1].steps.append(page)
        return modules

    def progress_of(self, learner, begun=None):
        """The learner's CourseProgress in this course (in any language); see CourseProgress.of."""
        return CourseProgress.of(learner, self.steps(), begun)

    @classmethod
    def started_keys_for(cls, learner, step_keys=None):
        """The translation keys of the courses in which `learner` finished a lesson or began a step
        (`step_keys`: the steps begun, CourseStep.started_by, if already known)."""
        keys = set(LessonCompletion.objects.filter(learner=learner).values_list("course_key", flat=True))
        step_keys = CourseStep.started_by(learner) if step_keys is None else step_keys
        if step_keys:
            steps = Page.objects.filter(translation_key__in=step_keys).values_list("path", "depth")
            course_paths = {CourseStep.course_path(path, depth) for path, depth in steps}
            keys |= set(cls.objects.filter(path__in=course_paths).values_list("translation_key", flat=True))
        return keys

    @classmethod
    def in_progress_for(cls, learner, locale):
        """[(course, progress)] for each course `learner` has started, as live pages of `locale`."""
        if learner is None:
            return []
        begun = CourseStep.started_by(learner)
        keys = cls.started_keys_for(learner, begun)
        if not keys:
            return []
        courses = (
            cls.objects.live()
            .filter(translation_key__in=keys, locale=locale)
            .select_related("cover_image")
            .prefetch_related("cover_image__renditions")
            .order_by("path")
        )
        return [(course, course.progress_of(learner, begun)) for course in courses]

    def follow_ups(self, modules=()):
        """The live pages of this course's language that are built on it or on one of its `modules`: pages
        of any type (a toolkit to run a workshop on it...) with a page chooser named `course`. Found by
        that convention, without importing the apps that define them; one query per such page type."""
        targets = [self.pk, *(module.pk for module in modules)]
        found = []
        for model in get_page_models():
            field = next((f for f in model._meta.concrete_fields if f.name == "course"), None)
            if field is None or not field.is_relation or not issubclass(self.__class__, field.related_model):
                continue
            if field.model is not model:  # inherited: the concrete model that declares it is asked
                continue
            found += model.objects.live().public().filter(locale_id=self.locale_id, course_id__in=targets)
        return sorted(found, key=lambda page: page.path)

    def next_course(self):
        """The next live course of the same catalogue, if any."""
        return (
            CoursePage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .filter(path__gt=self.path)
            .order_by("path")
            .first()
        )

    def completion_context(self, request, learner, modules=()):
        """What the completion panel (templates/includes/course_complete.html) shows a learner who finished
        this course, on its page or under the quiz that completed it: the pages built on it or on its
        `modules`, the next course (else the catalogue), and the learner's valid certificate with the
        address of its public check page, to share if they wish."""
        certificate = None
        if learner is not None and request.user.is_authenticated:
            certificate = Certificate.objects.filter(
                learner=learner, course_key=self.translation_key, status=Certificate.Status.VALID
            ).first()
        next_course = self.next_course()
        return {
            "finished_course": self,
            "follow_ups": self.follow_ups(modules),
            "next_course": next_course,
            "catalogue": None if next_course else self.get_parent(),
            "course_certificate": certificate,
            "certificate_check_url": request.build_absolute_uri(
                reverse("certificate_verify", args=[certificate.code])
            )
            if certificate
            else "",
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = list(self.tree_pages())
        modules = self.outline(pages)
        learner = Learner.objects.for_request(request)
        progress = CourseProgress.of(learner, self.steps(pages))
        for module in modules:
            module.done = bool(module.steps) and all(progress.is_done(step) for step in module.steps)
            for step in module.steps:
                step.done = progress.is_done(step)
        if progress.complete:
            context.update(self.completion_context(request, learner, modules))
        context.update(
            modules=modules,
            progress=progress,
            course_themes=in_locale(self.themes.all(), self.locale_id),
            course_standards=in_locale(self.standards.all(), self.locale_id),
        )
        return context


class ModulePage(SolidairePage):
    """A chapter of a course: lessons, then usually a quiz, which closes it (one per module): a new lesson
    goes before it (`place_new_step`)."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["learning.CoursePage"]
    subpage_types = ["learning.LessonPage", "quizzes.QuizPage"]  # a label, not an import

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.get_children().live().order_by("path")
        return context

    def closing_step(self):
        """The step that closes this module (its quiz: a type whose `closes_module` is true), or None."""
        closing_types = [model for model in CourseStep.step_types() if model.closes_module]
        return self.get_children().type(*closing_types).order_by("path").first()

    def place_new_step(self, page):
        """Put `page`, a step just added (as the last child), before the step that closes the module,
        unless it is of a closing type itself or the module has none."""
        if getattr(page.specific_class, "closes_module", False):
            return
        closing = self.closing_step()
        if closing is not None and closing.path < page.path:
            page.move(closing, pos="left")
            page.refresh_from_db(fields=["path", "url_path"])  # the move changed them in the database


class LessonPage(RoutablePageMixin, CourseStep):
    """One lesson: a StreamField of self-describing blocks, with previous/next across the course."""

    summary = models.TextField(_("summary"), blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=10)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    details_panels = [FieldPanel("estimated_minutes")]
    edit_handler = tabs(content_panels, details_panels)
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["learning.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @path("")
    def lesson(self, request):
        """The lesson, from its rendering shared by every visitor (learning.page_cache) with this
        visitor's outline marks, "finished" box and CSRF token put in. A preview, an htmx request or a
        page with messages to show is rendered in full."""
        if (
            request.method not in ("GET", "HEAD")
            or getattr(request, "is_preview", False)
            or getattr(request, "htmx", False)
            or page_cache.has_messages(request)
        ):
            return self.render(request)
        tree = self.tree_context()
        steps = tree["steps_in_course"]
        untranslated = self.untranslated_language(tree["translations"])
        done = self.completed_among(Learner.objects.for_request(request), steps)
        done &= {step.translation_key for step in steps}

        def render_shared(overrides):
            context = self.get_context(request)
            context.update(overrides, lesson_done=False, steps_done=set())
            return render_to_string(self.get_template(request), context, request)

        def outline():
            context = {
                "course_outline": outline_of(tree["outline_modules"], steps, done, self),
                "course": tree["course"],
                "untranslated_language": untranslated,
            }
            parts = ("outline", self.pk, tuple(sorted(done)), untranslated)
            return page_cache.cached_fragment(parts, "includes/course_outline.html", context, request)

        def completion():
            lesson_done = self.translation_key in done
            context = {
                "page": self,
                "self": self,
                "untranslated_language": untranslated,
                "lesson_done": lesson_done,
            }
            context["csrf_token"] = page_cache.csrf_placeholder()  # the response puts the visitor's own in
            parts = ("completion", self.pk, lesson_done, untranslated)
            return page_cache.cached_fragment(parts, self.partial_template("completion"), context, request)

        holes = {"completion": completion, "outline": outline}
        return page_cache.shared_page(request, self, ("lesson",), render_shared, holes)

    def record_done(self, learner):
        """Record that `learner` finished this lesson (in its course, read in the request's language):
        the one rule behind the "finished" button and a "finished" sent from a phone (offline.sync)."""
        course = (
            Page.objects.filter(path=self.course_path(self.path, self.depth)).only("translation_key").first()
        )
        return LessonCompletion.objects.record(
            learner,
            self.translation_key,
            course.translation_key if course else self.translation_key,
            content_language(self),
        )

    @path("complete/")
    def complete(self, request):
        from learning.views import mark_lesson_done  # a page's route calling its own app's view

        return mark_lesson_done(request, self)

    @classmethod
    def completed_keys(cls, learner, keys):
        """The lessons among `keys` (translation keys) that `learner` has finished, in one query."""
        return set(
            LessonCompletion.objects.filter(learner=learner, lesson_key__in=keys).values_list(
                "lesson_key", flat=True
            )
        )

    @classmethod
    def step_events(cls, keys):
        """A lesson is begun and done when it is marked finished: one completion row per learner."""
        return LessonCompletion.objects.filter(lesson_key__in=keys).annotate(
            step_key=models.F("lesson_key"),
            begun_at=models.F("completed_at"),
            done_at=models.F("completed_at"),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lesson_done"] = self.translation_key in context["steps_done"]  # from the course outline
        return context


class StandardPage(SolidairePage):
    """A plain page under the home page: about, privacy policy..."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), features=["h2", "h3", *RICH_TEXT_FEATURES])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    edit_handler = tabs(content_panels)
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["learning.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
