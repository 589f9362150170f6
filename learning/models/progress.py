"""How far a learner is in a course, computed from the steps' own answers (see CourseStep)."""

from dataclasses import dataclass, field

from learning.models.steps import CourseStep


@dataclass
class CourseProgress:
    """How far a learner is in a course: the steps done, the steps begun, and the next one to take.

    A course is started once one of its steps is done or begun (a quiz attempted, passed or not): the one
    definition that the course page, the home page and "my learning" share."""

    steps: list = field(default_factory=list)
    done: set = field(default_factory=set)
    begun: set = field(default_factory=set)

    @classmethod
    def of(cls, learner, steps, begun=None):
        """The learner's progress over `steps` (any language): one query per step type. `begun` (the
        keys of every step the learner began: CourseStep.started_by) spares those queries if known."""
        if learner is None:
            return cls(steps=steps)
        begun = CourseStep.started_by(learner) if begun is None else begun
        keys = {step.translation_key for step in steps}
        return cls(steps=steps, done=CourseStep.completed_among(learner, steps), begun=begun & keys)

    @property
    def total(self):
        return len(self.steps)

    @property
    def done_count(self):
        return sum(1 for step in self.steps if step.translation_key in self.done)

    @property
    def percent(self):
        return round(100 * self.done_count / self.total) if self.total else 0

    @property
    def started(self):
        return self.done_count > 0 or bool(self.begun)

    @property
    def complete(self):
        return bool(self.total) and self.done_count == self.total

    @property
    def next_step(self):
        return next((step for step in self.steps if step.translation_key not in self.done), None)

    def is_done(self, page):
        return page.translation_key in self.done
