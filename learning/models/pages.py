"""The course tree: HomePage > CourseIndexPage > CoursePage > ModulePage > LessonPage, and StandardPage.

Each page type states where it may live (`parent_page_types`) and what it may hold (`subpage_types`),
so editors can only build the tree DESIGN.md describes.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.http import Http404
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from learning.blocks import RICH_TEXT_FEATURES, LessonBodyBlock
from learning.models.progress import LessonCompletion
from learning.models.snippets import Theme, in_locale


def tabs(content, details=None):
    """The editor's tabs: content first, then details when the page has them, then Wagtail's own."""
    panels = [ObjectList(content, heading=_("Content"))]
    if details:
        panels.append(ObjectList(details, heading=_("Details")))
    panels += [
        ObjectList(Page.promote_panels, heading=_("Promote")),
        ObjectList(Page.settings_panels, heading=_("Settings")),
    ]
    return TabbedInterface(panels)


class SolidairePage(Page):
    """Behaviour every page of the site shares: the "not yet translated" notice for aliases."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.tree_context())
        context["untranslated_language"] = self.untranslated_language(context.get("translations"))
        return context

    def tree_context(self):
        """Context about the page's place in the tree; page types that need it override this."""
        return {}

    def get_view_restrictions(self):
        """Wagtail's rule in one query instead of two: the restrictions on this page and its ancestors,
        where an alias (which cannot have its own) counts as the page it is an alias of."""
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        ).distinct()

    def untranslated_language(self, translations=None):
        """The language code this page's content is really in, when it is an alias in another locale.
        `translations` (pages annotated with `language_code`) spares the query when already fetched."""
        if self.alias_of_id is None:
            return None
        if translations is not None:
            languages = {page.pk: page.language_code for page in translations}
            if self.alias_of_id in languages and self.pk in languages:
                source_language = languages[self.alias_of_id]
                return source_language if source_language != languages[self.pk] else None
        language = (
            Page.objects.filter(pk=self.alias_of_id)
            .exclude(locale_id=self.locale_id)
            .values_list("locale__language_code", flat=True)
            .first()
        )
        return language


class HomePage(SolidairePage):
    """The home page of one language: /fr/, /en/, /es/, /ht/."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)

    parent_page_types = ["wagtailcore.Page"]
    # Labels, not imports: learning imports none of the apps built on it.
    subpage_types = ["learning.CourseIndexPage", "learning.StandardPage", "pedagogy_tools.ToolkitIndexPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Find the page for a URL in one query by its url_path, instead of walking down the tree one
        level (two queries) at a time; what is left of the path goes to that page's own route()
        (routable pages: a quiz's answer URL, a lesson's "complete" URL)."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{part}/" for part in path_components[:length])
            for length in range(len(path_components), 0, -1)
        ]
        page = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path).order_by("-depth").first()
        )
        if page is None:
            raise Http404
        return page.specific.route(request, path_components[page.depth - self.depth :])

    def get_context(self, request, *args, **kwargs):
        from learning.progress import courses_in_progress, get_learner

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.live().public().filter(locale_id=self.locale_id).order_by("path")
        )
        context["courses_in_progress"] = courses_in_progress(get_learner(request), self.locale_id)
        context["catalogue"] = CourseIndexPage.objects.child_of(self).live().first()
        return context


class CourseIndexPage(SolidairePage):
    """The catalogue. Filters by theme and level with a GET form; htmx swaps only the results."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)

    parent_page_types = ["learning.HomePage"]
    subpage_types = ["learning.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_template(self, request, *args, **kwargs):
        template = super().get_template(request, *args, **kwargs)
        htmx = getattr(request, "htmx", None)
        if htmx and not htmx.history_restore_request:
            return f"{template}#course-results"
        return template

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])
        return response

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
            .prefetch_related("themes")
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
        from learning.views import certificate

        return certificate(request, self)

    def outline(self):
        """The course's modules, each with its live child pages, from one query, in tree order."""
        pages = (
            Page.objects.live()
            .descendant_of(self)
            .filter(depth__lte=self.depth + 2)
            .order_by("path")
            .only("id", "title", "path", "depth", "url_path", "translation_key", "content_type_id")
        )
        modules = []
        for page in pages:
            if page.depth == self.depth + 1:
                page.steps = []
                modules.append(page)
            elif modules and page.path.startswith(modules[-1].path):
                modules[-1].steps.append(page)
        return modules

    def get_context(self, request, *args, **kwargs):
        from learning.progress import course_progress, get_learner

        context = super().get_context(request, *args, **kwargs)
        modules = self.outline()
        steps = [step for module in modules for step in module.steps]
        progress = course_progress(get_learner(request), self, steps=steps)
        for module in modules:
            module.done = bool(module.steps) and all(progress.is_done(step) for step in module.steps)
            for step in module.steps:
                step.done = progress.is_done(step)
        context.update(
            modules=modules,
            progress=progress,
            course_themes=in_locale(self.themes.all(), self.locale_id),
            course_standards=in_locale(self.standards.all(), self.locale_id),
        )
        return context


class ModulePage(SolidairePage):
    """A chapter of a course: lessons, then usually a quiz."""

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


class CourseStep(SolidairePage):
    """A page two levels under a course (a lesson, a quiz): breadcrumbs and previous/next across it."""

    class Meta:
        abstract = True

    @staticmethod
    def course_path(path, depth):
        """The tree path of the course that the step at `path`, `depth` belongs to (two levels up)."""
        return path[: Page.steplen * (depth - 2)]

    def course_context(self):
        """Breadcrumbs and previous/next steps across the whole course, from one query: the ancestors
        (by path prefix) and the course's steps (the pages two levels below the course)."""
        steplen = self.steplen
        ancestor_paths = [self.path[:end] for end in range(2 * steplen, len(self.path), steplen)]
        course_path = self.course_path(self.path, self.depth)
        home_path = self.path[: 2 * steplen]
        pages = list(
            Page.objects.filter(
                Q(path__in=ancestor_paths)
                | Q(live=True, path__startswith=course_path, depth=self.depth)
                | Q(translation_key=self.translation_key)
                | Q(live=True, show_in_menus=True, path__startswith=home_path, depth=3)
            )
            .annotate(language_code=F("locale__language_code"))
            .order_by("path")
            .only(
                "id",
                "title",
                "path",
                "depth",
                "url_path",
                "content_type_id",
                "translation_key",
                "live",
                "show_in_menus",
                "alias_of_id",
            )
        )
        ancestors = [page for page in pages if page.path in ancestor_paths]
        steps = [page for page in pages if page.depth == self.depth and page.path.startswith(course_path)]
        steps = [page for page in steps if page.live]
        translations = [page for page in pages if page.translation_key == self.translation_key]
        menu_pages = [page for page in pages if page.depth == 3 and page.show_in_menus and page.live]
        module = ancestors[-1] if ancestors else None
        course = ancestors[-2] if len(ancestors) >= 2 else None
        position = next((i for i, step in enumerate(steps) if step.pk == self.pk), None)
        previous_step = steps[position - 1] if position else None
        next_step = steps[position + 1] if position is not None and position + 1 < len(steps) else None
        return {
            "breadcrumbs": ancestors[1:],
            "course": course,
            "module": module,
            "previous_step": previous_step,
            "next_step": next_step,
            "step_number": (position or 0) + 1,
            "step_count": len(steps),
            "translations": translations,
            "menu_pages": menu_pages,
        }

    def tree_context(self):
        return self.course_context()


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
        return self.render(request)

    @path("complete/")
    def complete(self, request):
        from learning.views import complete_lesson

        return complete_lesson(request, self)

    @classmethod
    def completed_keys(cls, learner, keys):
        """The lessons among `keys` (translation keys) that `learner` has finished, in one query."""
        return set(
            LessonCompletion.objects.filter(learner=learner, lesson_key__in=keys).values_list(
                "lesson_key", flat=True
            )
        )

    def get_context(self, request, *args, **kwargs):
        from learning.progress import has_completed

        context = super().get_context(request, *args, **kwargs)
        context["lesson_done"] = has_completed(request, self)
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
