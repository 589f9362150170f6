"""CourseStep: a page two levels under a course (a lesson, a quiz), and the contract through which the
course asks its steps how far a learner has got.

Every concrete step type inherits the three questions below with empty answers and overrides those it
can answer, each in a fixed number of queries whatever the number of keys:

- `completed_keys(learner, keys)`: which of these translation keys the learner has completed;
- `started_keys(learner)`: the translation keys of the steps of this type the learner has begun;
- `best_results(learner)`: {translation key: (best score %, passed)} for scored steps;
- `best_results_among(learner_ids)`: the same for several learners at once, {learner id: {...}};
- `step_events(keys)`: for the reports, every learner's records on these steps, as a queryset with the
  fields `learner_id`, `step_key`, `language`, `begun_at` and `done_at` (empty while not done), or None.

`learning` asks every step type (`step_types()`) and never imports the apps that define them.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from wagtail.models import Page

from learning import page_cache
from learning.models.base import SolidairePage
from learning.models.learners import Learner
from learning.models.translations import with_source_change

STEP_FIELDS = (
    "id",
    "title",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "content_type_id",
    "alias_of_id",
)


class CourseStep(SolidairePage):
    """A page two levels under a course: breadcrumbs and previous/next across the course, and progress."""

    #: A step type that closes its module (a quiz): one per module, after the other steps, which a new
    #: step is put before (`ModulePage.place_new_step`).
    closes_module = False

    class Meta:
        abstract = True

    # -- the step contract -------------------------------------------------------------------------

    @classmethod
    def completed_keys(cls, learner, keys):
        """The translation keys among `keys` (steps of this type) that `learner` has completed."""
        return set()

    @classmethod
    def started_keys(cls, learner):
        """The translation keys of the steps of this type that `learner` has begun, done or not."""
        return set()

    @classmethod
    def best_results(cls, learner):
        """{translation key: (best score %, passed)} for the scored steps of this type `learner` did."""
        return {}

    @classmethod
    def best_results_among(cls, learner_ids):
        """{learner id: {translation key: (best score %, passed)}} for the scored steps of this type that
        the learners `learner_ids` did, in one query whatever their number (a circle's page)."""
        return {}

    @classmethod
    def step_events(cls, keys):
        """For the reports: a queryset of every learner's records on the steps `keys` of this type, each
        with `learner_id`, `step_key` (the step's translation key), `language` (the language the step
        was taken in), `begun_at` and `done_at` (None while not done); None when the type keeps none.
        The reports aggregate it in the database (learning.reports)."""
        return None

    # -- asking every step type ---------------------------------------------------------------------

    @classmethod
    def step_types(cls):
        """Every concrete step type (the non-abstract subclasses, however deep)."""
        found, pending = [], list(cls.__subclasses__())
        while pending:
            model = pending.pop(0)
            pending.extend(model.__subclasses__())
            if not model._meta.abstract and not model._meta.proxy:
                found.append(model)
        return found

    @staticmethod
    def completed_among(learner, pages):
        """The translation keys of `pages` (any step types) that `learner` has completed: one question
        (one query) per step type present."""
        if learner is None:
            return set()
        by_type = {}
        for page in pages:
            by_type.setdefault(page.content_type_id, []).append(page.translation_key)
        done = set()
        for content_type_id, keys in by_type.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None and issubclass(model, CourseStep):
                done |= model.completed_keys(learner, keys)
        return done

    @classmethod
    def started_by(cls, learner):
        """The translation keys of every step `learner` has begun, of every step type."""
        keys = set()
        for model in cls.step_types():
            keys |= model.started_keys(learner)
        return keys

    @classmethod
    def results_among(cls, learner_ids):
        """{learner id: {translation key: (best score %, passed)}} over every scored step type."""
        results = {}
        for model in cls.step_types():
            for learner_id, best in model.best_results_among(learner_ids).items():
                results.setdefault(learner_id, {}).update(best)
        return results

    @classmethod
    def results_for(cls, learner):
        """{translation key: (best score %, passed)} over every scored step type."""
        results = {}
        for model in cls.step_types():
            results |= model.best_results(learner)
        return results

    # -- place in the course -------------------------------------------------------------------------

    @staticmethod
    def course_path(path, depth):
        """The tree path of the course that the step at `path`, `depth` belongs to (two levels up)."""
        return path[: Page.steplen * (depth - 2)]

    def tree_context(self):
        """Breadcrumbs, previous/next steps and the course's outline, from one query: the ancestors
        (by path prefix), the course's modules and steps (the pages one and two levels below the
        course), the page's translations and the header's sections. The same for every visitor: kept in
        the cache until a page changes (learning.page_cache).

        A step that is not live (a draft, or a new page, in its preview) is numbered and outlined where
        it will be once published, among the live steps by its place in the tree (a new page: last of
        its module); its context is never cached, as it holds the editor's unsaved page."""
        if not self.live or self.pk is None:
            return self.fetch_tree_context()
        return page_cache.cached(("tree", self.pk, page_cache.generation()), self.fetch_tree_context)

    def fetch_tree_context(self):
        steplen = self.steplen
        ancestor_paths = [self.path[:end] for end in range(2 * steplen, len(self.path), steplen)]
        course_path = self.course_path(self.path, self.depth)
        home_path = self.path[: 2 * steplen]
        pages = (
            Page.objects.filter(
                Q(path__in=ancestor_paths)
                | Q(live=True, path__startswith=course_path, depth__in=(self.depth - 1, self.depth))
                | Q(translation_key=self.translation_key)
                | Q(live=True, show_in_menus=True, path__startswith=home_path, depth=3)
            )
            .annotate(language_code=F("locale__language_code"))
            .order_by("path")
            .only(*STEP_FIELDS, "live", "show_in_menus")
        )
        # Each row also says when the source of this page changed (the "French version updated" notice).
        pages = list(with_source_change(pages, self))
        ancestors = [page for page in pages if page.path in ancestor_paths]
        in_course = [page for page in pages if page.live and page.path.startswith(course_path)]
        steps = [page for page in in_course if page.depth == self.depth]
        if not any(step.pk == self.pk for step in steps):  # a draft or a new page, in its preview
            steps = sorted([*steps, self], key=lambda page: page.path)
        modules = [page for page in in_course if page.depth == self.depth - 1]
        translations = [page for page in pages if page.translation_key == self.translation_key]
        menu_pages = [page for page in pages if page.depth == 3 and page.show_in_menus and page.live]
        module = ancestors[-1] if ancestors else None
        course = ancestors[-2] if len(ancestors) >= 2 else None
        position = next((i for i, step in enumerate(steps) if step is self or step.pk == self.pk), None)
        previous_step = steps[position - 1] if position else None
        next_step = steps[position + 1] if position is not None and position + 1 < len(steps) else None
        return {
            "steps_in_course": steps,
            "breadcrumbs": ancestors[1:],
            "course": course,
            "module": module,
            "previous_step": previous_step,
            "next_step": next_step,
            "step_number": (position or 0) + 1,
            "step_count": len(steps),
            "translations": translations,
            "menu_pages": menu_pages,
            "outline_modules": modules,
        }

    def get_context(self, request, *args, **kwargs):
        """The page's context, with the course's outline beside it (`course_outline`): the modules, each
        with its steps marked done, current or next for this visitor."""
        context = super().get_context(request, *args, **kwargs)
        steps = context.get("steps_in_course") or []
        done = self.completed_among(Learner.objects.for_request(request), steps)
        context["steps_done"] = done
        context["course_outline"] = outline_of(context.get("outline_modules", []), steps, done, self)
        return context


def outline_of(modules, steps, done, current):
    """The modules (pages) with their `steps`, each step marked `done` (its translation key is in the set
    `done`), `is_current` and `is_next` (the first step not done), for the course outline beside a step."""
    next_step = next((step for step in steps if step.translation_key not in done), None)
    by_module = {module.path: module for module in modules}
    for module in modules:
        module.steps = []
    for step in steps:
        step.done = step.translation_key in done
        step.is_current = step.pk == current.pk
        step.is_next = next_step is not None and step.pk == next_step.pk
        module = by_module.get(step.path[: -Page.steplen])
        if module is not None:
            module.steps.append(step)
    for module in modules:
        module.done = bool(module.steps) and all(step.done for step in module.steps)
    return modules
