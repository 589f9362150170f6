"""What the quiz page and the printed quiz show for each question, given the learner's attempt, and where
a passed attempt leads (`finish_line`).

A QuestionView gathers, for any question type, what that type's own template needs (see
quizzes/blocks.py: each block lists its options, gives its right answers and names its template). Nothing
here knows the question types, and nothing reveals a right answer before the question is answered
(except in an editor's preview and in the answer key).
"""

from dataclasses import dataclass, field
from functools import cached_property

from learning.models import CoursePage, CourseProgress, Learner


@dataclass
class QuestionView:
    """A question as the templates need it."""

    number: int
    id: str
    value: object
    block: object
    answer: object = None
    options: list = field(default_factory=list)
    feedback: list = field(default_factory=list)
    show_key: bool = False
    locale_id: int = None
    quiz: object = None

    @cached_property
    def lesson(self):
        """The lesson to read again, in the quiz's language (fetched only when the feedback shows, for
        every question of the quiz at once: QuizPage.question_lessons)."""
        lessons = getattr(self.quiz, "question_lessons", None)  # a QuizPage has them; a stand-in may not
        if lessons is not None:
            return lessons.get(self.id)
        return self.block.lesson_for(self.value, self.locale_id)

    @property
    def answered(self):
        return self.answer is not None

    @property
    def reveal(self):
        """Whether the right answer may be shown: after answering, or to an editor in preview."""
        return self.answered or self.show_key

    @property
    def correct_labels(self):
        """The right answer(s) as text, for the feedback and review."""
        return self.block.correct_labels(self.value)

    @property
    def positions(self):
        """1 to the number of options, for a question that asks for a rank."""
        return range(1, len(self.options) + 1)

    @property
    def chosen(self):
        return self.answer.response if self.answer is not None else None


def question_view(quiz, number, question, answer, seed, show_key=False):
    """The QuestionView of one question (a StreamField child) given the learner's answer, if any."""
    block = question.block
    response = answer.response if answer is not None else None
    return QuestionView(
        number=number,
        id=question.id,
        value=question.value,
        block=block,
        answer=answer,
        options=block.options(
            question.value,
            response,
            seed=(seed, question.id),
            reveal=answer is not None or show_key,
            shuffle=quiz.shuffle_choices,
        ),
        feedback=block.feedback(question.value, response) if answer is not None else [],
        show_key=show_key,
        locale_id=quiz.locale_id,
        quiz=quiz,
    )


def question_views(quiz, attempt, answers, show_key=False, seed=None):
    """One QuestionView per question of `quiz`, in order, with the learner's answers from `answers`.

    Choices are shown in an order that is the same throughout an attempt and differs between attempts
    (and so between learners): the attempt seeds it. Without an attempt, `seed` does (a kit's printed
    quiz and its answer key share one), else the editor's preview's."""
    if attempt is not None:
        seed = attempt.pk
    elif seed is None:
        seed = "preview"
    return [
        question_view(quiz, number, question, answers.get(question.id), seed, show_key)
        for number, question in enumerate(quiz.questions, start=1)
    ]


def finish_line(request, attempt, context):
    """Where a passed attempt leads, for the results (`context`: the quiz page's, with the course's steps
    and those the learner has done, from CourseStep.get_context). Nothing for an open, failed or missing
    attempt.

    - The course now complete (this quiz passed, every other step done): the completion panel's context
      (CoursePage.completion_context) and `course_progress`.
    - Else `way_on`: the next step of the course, or the first one not done if this was the last."""
    if attempt is None or attempt.is_open or not attempt.passed:
        return {}
    steps = context.get("steps_in_course") or []
    done = context.get("steps_done") or set()
    course = context.get("course")
    if steps and course is not None and all(step.translation_key in done for step in steps):
        course = CoursePage.objects.live().filter(pk=course.pk).first()
        if course is not None:
            learner = Learner.objects.for_request(request)
            return {
                **course.completion_context(request, learner, course.outline()),
                "course_progress": CourseProgress(steps=steps, done=done),
            }
    way_on = context.get("next_step") or next(
        (step for step in steps if step.translation_key not in done), None
    )
    return {"way_on": way_on}
