"""Question blocks. Each block knows how to read a learner's answer from a form, and how to grade it.

Contract for every question block:
- `parse(value, data)` turns submitted form data into a JSON-serialisable response, or raises
  `InvalidAnswer` with a message for the learner (nothing is saved then);
- `is_correct(value, response)` grades a parsed response;
- `feedback(value, response)` lists the per-choice feedback to show for that response.

Question and choice ids are StreamField/ListBlock ids, which wagtail-localize keeps across translations,
so an answer given on the French page is valid on the English one.
"""

import unicodedata

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from learning.blocks import RICH_TEXT_FEATURES, LabourStandardBlock
from learning.validators import has_control_characters

MAX_TEXT_ANSWER = 200


class InvalidAnswer(ValueError):
    """The submitted data is not a valid answer to this question; the message says why."""


def normalise(text):
    """Compare short answers without regard to case, accents or surrounding spaces."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=gettext_lazy("Choice"))
    correct = blocks.BooleanBlock(label=gettext_lazy("Correct"), required=False)
    feedback = blocks.TextBlock(label=gettext_lazy("Feedback for this choice"), required=False)

    class Meta:
        icon = "radio-empty"
        label = gettext_lazy("Choice")


class QuestionBlock(blocks.StructBlock):
    """Fields every question shares; subclasses add the answer fields and the grading."""

    prompt = blocks.TextBlock(label=gettext_lazy("Question"))
    explanation = blocks.RichTextBlock(
        label=gettext_lazy("Explanation shown after answering"), features=RICH_TEXT_FEATURES
    )
    standard = LabourStandardBlock(required=False, label=gettext_lazy("Related labour standard"))

    def parse(self, value, data):
        raise NotImplementedError

    def is_correct(self, value, response):
        raise NotImplementedError

    def feedback(self, value, response):
        return []

    def choice_items(self, value):
        """(id, choice) pairs in editor order, for blocks that have choices."""
        return [(child.id, child.value) for child in value["choices"].bound_blocks]


class SingleChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), label=gettext_lazy("Choices"), min_num=2)

    def parse(self, value, data):
        chosen = data.get("choice", "")
        if chosen not in dict(self.choice_items(value)):
            raise InvalidAnswer(_("Choose one of the answers."))
        return [chosen]

    def is_correct(self, value, response):
        return {id for id, choice in self.choice_items(value) if choice["correct"]} == set(response)

    def feedback(self, value, response):
        return [
            choice["feedback"]
            for id, choice in self.choice_items(value)
            if id in response and choice["feedback"]
        ]

    class Meta:
        icon = "radio-full"
        label = gettext_lazy("Single choice")
        description = gettext_lazy("One right answer among several choices.")


class MultipleChoiceQuestionBlock(SingleChoiceQuestionBlock):
    def parse(self, value, data):
        chosen = data.getlist("choice") if hasattr(data, "getlist") else data.get("choice", [])
        known = dict(self.choice_items(value))
        if not chosen or any(id not in known for id in chosen) or len(set(chosen)) != len(chosen):
            raise InvalidAnswer(_("Tick one or more of the answers."))
        return sorted(chosen, key=list(known).index)

    class Meta:
        icon = "tick-inverse"
        label = gettext_lazy("Multiple choice")
        description = gettext_lazy("All that apply: several right answers.")


class TrueFalseQuestionBlock(QuestionBlock):
    answer = blocks.BooleanBlock(label=gettext_lazy("The statement is true"), required=False)

    def parse(self, value, data):
        answer = data.get("answer", "")
        if answer not in ("true", "false"):
            raise InvalidAnswer(_("Answer true or false."))
        return answer == "true"

    def is_correct(self, value, response):
        return bool(value["answer"]) is response

    class Meta:
        icon = "success"
        label = gettext_lazy("True or false")
        description = gettext_lazy("A statement the learner says is true or false.")


class ShortAnswerQuestionBlock(QuestionBlock):
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(label=gettext_lazy("Accepted answer")),
        label=gettext_lazy("Accepted answers"),
        help_text=gettext_lazy("Compared without regard to case, accents or surrounding spaces."),
        min_num=1,
    )

    def parse(self, value, data):
        answer = " ".join(data.get("answer", "").split())
        if not answer:
            raise InvalidAnswer(_("Write an answer."))
        if len(answer) > MAX_TEXT_ANSWER:
            raise InvalidAnswer(_("Your answer is too long."))
        if has_control_characters(answer):
            raise InvalidAnswer(_("Remove the control characters from your answer."))
        return answer

    def is_correct(self, value, response):
        return normalise(response) in {normalise(accepted) for accepted in value["accepted_answers"]}

    class Meta:
        icon = "edit"
        label = gettext_lazy("Short answer")
        description = gettext_lazy("A word, a number or a code the learner types.")


class OrderingQuestionBlock(QuestionBlock):
    steps = blocks.ListBlock(
        blocks.CharBlock(label=gettext_lazy("Step")),
        label=gettext_lazy("Steps, in the right order"),
        help_text=gettext_lazy("Learners see them shuffled."),
        min_num=2,
    )

    def step_ids(self, value):
        return [child.id for child in value["steps"].bound_blocks]

    def parse(self, value, data):
        ids = self.step_ids(value)
        positions = {}
        for id in ids:
            try:
                positions[id] = int(data.get(f"position-{id}", ""))
            except ValueError:
                raise InvalidAnswer(_("Give every step a position.")) from None
        if sorted(positions.values()) != list(range(1, len(ids) + 1)):
            raise InvalidAnswer(
                _("Give each step a different position, from 1 to %(count)s.") % {"count": len(ids)}
            )
        return sorted(ids, key=positions.get)

    def is_correct(self, value, response):
        return response == self.step_ids(value)

    class Meta:
        icon = "list-ol"
        label = gettext_lazy("Ordering")
        description = gettext_lazy("Put the steps in the right order.")


class QuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    short_answer = ShortAnswerQuestionBlock()
    ordering = OrderingQuestionBlock()
