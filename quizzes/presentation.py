"""What the quiz page shows for each question, given the learner's attempt.

Nothing here reveals a right answer before the question is answered (except in an editor's preview):
choices carry only their ids and texts, and ordering steps are shuffled with a key the learner cannot
predict.
"""

import hashlib
import hmac
import random
from dataclasses import dataclass, field

from django.conf import settings


def shuffled(items, *seed_parts):
    """`items` in an order fixed by the seed but not predictable without the server's secret key."""
    seed = hmac.new(settings.SECRET_KEY.encode(), "|".join(map(str, seed_parts)).encode(), hashlib.sha256)
    order = list(items)
    random.Random(seed.hexdigest()).shuffle(order)  # noqa: S311 - not for security, only display order
    return order


@dataclass
class QuestionView:
    """A question as the template needs it."""

    number: int
    id: str
    kind: str
    value: object
    block: object
    answer: object = None
    options: list = field(default_factory=list)
    feedback: list = field(default_factory=list)
    show_key: bool = False

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
        value = self.value
        if self.kind in ("single_choice", "multiple_choice"):
            return [choice["text"] for choice in value["choices"] if choice["correct"]]
        if self.kind == "ordering":
            return list(value["steps"])
        if self.kind == "short_answer":
            return list(value["accepted_answers"])[:1]
        return []

    @property
    def positions(self):
        return range(1, len(self.options) + 1)

    @property
    def chosen(self):
        return self.answer.response if self.answer is not None else None


def question_view(quiz, number, question, answer, seed, show_key=False):
    """The QuestionView of one question (a StreamField child) given the learner's answer, if any."""
    block = question.block
    reveal = answer is not None or show_key
    options = []
    if block.name in ("single_choice", "multiple_choice"):
        options = [
            {
                "id": child.id,
                "text": child.value["text"],
                "correct": child.value["correct"] if reveal else None,
            }
            for child in question.value["choices"].bound_blocks
        ]
        if quiz.shuffle_choices:
            options = shuffled(options, seed, question.id)
    elif block.name == "ordering":
        in_order = [{"id": child.id, "text": child.value} for child in question.value["steps"].bound_blocks]
        options = shuffled(in_order, seed, question.id)
        if options == in_order and len(options) > 1:  # never show the answer by chance
            options = options[1:] + options[:1]
        if answer is not None:
            for option in options:
                option["position"] = answer.response.index(option["id"]) + 1
    return QuestionView(
        number=number,
        id=question.id,
        kind=block.name,
        value=question.value,
        block=block,
        answer=answer,
        options=options,
        feedback=block.feedback(question.value, answer.response) if answer is not None else [],
        show_key=show_key,
    )


def question_views(quiz, attempt, answers, show_key=False):
    """One QuestionView per question of `quiz`, in order, with the learner's answers from `answers`."""
    seed = attempt.pk if attempt is not None else "preview"
    return [
        question_view(quiz, number, question, answers.get(question.id), seed, show_key)
        for number, question in enumerate(quiz.questions, start=1)
    ]
