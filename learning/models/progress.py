"""How far a learner is in a course, computed from the steps' own answers (see CourseStep)."""

from dataclasses import dataclass, field

from learning.models.steps import CourseStep


@dataclass
class CourseProgress:
    """How far a learner is in a course: the steps done and the next one to take."""

    steps: list = field(default_factory=list)
    done: set = field(default_factory=set)

    @classmethod
    def of(cls, learner, steps):
        """The learner's progress over `steps` (any language): one query per step type present."""
        return cls(steps=steps, done=CourseStep.completed_among(learner, steps))

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
        return self.done_count > 0

    @property
    def complete(self):
        return bool(self.total) and self.done_count == self.total

    @property
    def next_step(self):
        return next((step for step in self.steps if step.translation_key not in self.done), None)

    def is_done(self, page):
        return page.translation_key in self.done
