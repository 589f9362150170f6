"""Question blocks. Each block is a whole question type: it reads a learner's answer from a form, grades
it, shows itself (on the quiz page, in its feedback, on the printed quiz and in the answer key), counts its
answers (in a live session and in the item analysis) and makes a sample answer.

Contract for every question block:
- `parse(value, data)` turns submitted form data into a JSON-serialisable response, or raises
  `InvalidAnswer` with a message for the learner (nothing is saved then);
- `is_correct(value, response)` grades a parsed response;
- `feedback(value, response)` lists the per-choice feedback to show for that response;
- `options(value, response, seed=, reveal=, shuffle=)` lists what the learner picks from, in the order
  shown (choices, steps; none for a question answered in words), with no hint of the right answer
  unless `reveal`;
- `correct_labels(value)` gives the right answer(s) as the content's text, for the feedback and the key;
- `question_template` names the type's template, whose partials `form`, `right-answer`, `print` and `key`
  render it in those four places (see templates/quizzes/questions/ and quizzes/presentation.py);
- `count_responses(value, responses)` and `chart_bars(value, counts, answered)`: a live session's counts
  (kept once it finishes) and the bars of its chart (quizzes/live/rules.py);
- `report_options(raw, responses)` and `most_chosen_wrong(options, responses)`: what the item analysis
  counts the answers under, from the raw value (quizzes/reports/figures.py);
- `sample_answer(value, correct=True, rng=None)`: the form data of a right (or a wrong) answer, for
  tests, benchmarks and the operations checks;
- `answer_errors(value)`: what makes the question impossible to get right (no right choice, one step...),
  as {field name: message}; `clean` shows each on its field when the quiz is submitted or published.
`QuestionBlock` counts right and wrong answers and lists no option; a type whose learners pick among
options overrides the counting methods.

Adding a question type is one block class here (added to `QuestionsBlock`) and its template
(templates/quizzes/questions/<block name>.html); nothing else in the project names the types.

Question and choice ids are StreamField/ListBlock ids, which wagtail-localize keeps across translations,
so an answer given on the French page is valid on the English one.
"""

import functools
import hashlib
import hmac
import itertools
import random
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from learning.blocks import RICH_TEXT_FEATURES, LabourStandardBlock
from learning.validators import has_control_characters

MAX_TEXT_ANSWER = 200
WRONG_TEXTS = ("wrong answer", "another answer", "I do not know")  # sample wrong short answers


class InvalidAnswer(ValueError):
    """The submitted data is not a valid answer to this question; the message says why."""


def normalise(text):
    """Compare short answers without regard to case, accents or surrounding spaces."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def shuffled(items, *seed_parts):
    """`items` in an order fixed by the seed but not predictable without the server's secret key."""
    seed = hmac.new(settings.SECRET_KEY.encode(), "|".join(map(str, seed_parts)).encode(), hashlib.sha256)
    order = list(items)
    random.Random(seed.hexdigest()).shuffle(order)  # noqa: S311 - not for security, only display order
    return order


EXHAUSTIVE_UP_TO = 6  # 720 orders: few enough to weigh them all


def giveaway(positions):
    """How much an order (the right positions of the items as shown) tells of the right order: the items
    in their own place, then the neighbours still in sequence."""
    in_place = sum(1 for at, position in enumerate(positions) if at == position)
    in_sequence = sum(1 for a, b in zip(positions, positions[1:], strict=False) if b == a + 1)
    return (in_place, in_sequence)


@functools.cache
def least_telling_orders(count):
    """Every order of `count` items that tells the least (see giveaway), as tuples of positions."""
    orders = list(itertools.permutations(range(count)))
    least = min(map(giveaway, orders))
    return [order for order in orders if giveaway(order) == least]


def scrambled(items, *seed_parts):
    """`items` in a seeded order (see `shuffled`) that gives the right order away as little as possible:
    up to six items, one of the least telling orders of all, chosen by the seed (a derangement without
    successions from four items on); beyond, the least telling of a few dozen seeded shuffles."""
    items = list(items)
    if len(items) < 2:
        return items
    if len(items) <= EXHAUSTIVE_UP_TO:
        order = shuffled(least_telling_orders(len(items)), *seed_parts)[0]
        return [items[position] for position in order]
    candidates = (shuffled(range(len(items)), *seed_parts, attempt) for attempt in range(64))
    return [items[position] for position in min(candidates, key=giveaway)]


@dataclass
class Bar:
    """One bar of a live session's chart: an option (a choice, true or false) or, for a question answered
    in words or by order, its right or its other answers (`is_option` False)."""

    label: str
    count: int
    percent: int
    correct: bool
    is_option: bool = True


@dataclass
class Option:
    """One thing a learner could pick, in the item analysis, with how many did."""

    id: object
    label: str
    correct: bool
    count: int = 0


def share(count, answered):
    """`count` as a whole percentage of `answered` (0 when nobody answered)."""
    return round(100 * count / answered) if answered else 0


def with_message(error, text):
    """A list field's `error` (None, or Wagtail's ListBlockValidationError) with the message `text` added
    above its items."""
    items, messages = {}, []
    if isinstance(error, ListBlockValidationError):
        items, messages = error.block_errors, error.non_block_errors.as_data()
    elif error is not None:
        messages = [error]
    return ListBlockValidationError(block_errors=items, non_block_errors=[*messages, ValidationError(text)])


def picked(items, rng):
    """One of `items`: chosen by `rng` (a random.Random) if given, else the first."""
    return rng.choice(items) if rng is not None else items[0]


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=gettext_lazy("Choice"))
    correct = blocks.BooleanBlock(label=gettext_lazy("Correct"), required=False)
    feedback = blocks.TextBlock(label=gettext_lazy("Feedback for this choice"), required=False)

    class Meta:
        icon = "radio-empty"
        label = gettext_lazy("Choice")


class QuestionBlock(blocks.StructBlock):
    """Fields every question shares; subclasses add the answer fields, the grading and the template."""

    #: One template per question type, named after the block, with four partials: `form` (the answer
    #: fields inside the quiz page's fieldset, with the right answer marked once `question.reveal`),
    #: `right-answer` (in the feedback when the learner's answer is not right), `print` (the
    #: participants' printed quiz) and `key` (the facilitator's answer key). Each gets `question`, a
    #: quizzes.presentation.QuestionView, and the page's context.
    question_template = None

    prompt = blocks.TextBlock(label=gettext_lazy("Question"))
    explanation = blocks.RichTextBlock(
        label=gettext_lazy("Explanation shown after answering"), features=RICH_TEXT_FEATURES
    )
    standard = LabourStandardBlock(required=False, label=gettext_lazy("Related labour standard"))
    lesson = blocks.PageChooserBlock(
        page_type="learning.LessonPage",
        required=False,
        label=gettext_lazy("Lesson to read again"),
        help_text=gettext_lazy("Linked after the explanation, in the learner's language."),
    )

    def clean(self, value):
        """Wagtail's checks of each field, then the type's own (`answer_errors`), each error on the field
        it names. The type's checks wait while a draft is saved (the editor's "Save draft" and the
        admin's autosave), as Wagtail's required fields do: they refuse a submission or a publication."""
        try:
            value, errors = super().clean(value), {}
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        if not self.is_deferred_validation:
            for name, text in self.answer_errors(value).items():
                errors[name] = with_message(errors.get(name), text)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def answer_errors(self, value):
        """{field name: message} of what keeps a learner from answering rightly; none here."""
        return {}

    def parse(self, value, data):
        raise NotImplementedError

    def is_correct(self, value, response):
        raise NotImplementedError

    def feedback(self, value, response):
        return []

    def options(self, value, response=None, *, seed=(), reveal=False, shuffle=False):
        """What the learner picks from, in the order shown: dicts with an `id` and a `text`, and what the
        type's template needs besides. `response` is the learner's parsed answer (None before
        answering); `seed` the parts of the shuffling seed (the attempt, the question); `reveal` whether
        the right answer may be marked; `shuffle` whether the quiz shuffles its choices."""
        return []

    def correct_labels(self, value):
        """The right answer(s) as the content's text, for the feedback and the answer key."""
        return []

    def sample_answer(self, value, correct=True, rng=None):
        """The form data a learner would post to answer rightly, or wrongly if not `correct` (a wrong
        answer chosen by `rng`, a random.Random, when there are several; else the first)."""
        raise NotImplementedError

    def count_responses(self, value, responses):
        """{key: number of answers} for a live session's question, from (response, is_correct) pairs; the
        keys are strings (the counts are kept as JSON once the session finishes). Here: "right" and
        "wrong", as for answers in words, whose text is not kept."""
        counts = {"right": 0, "wrong": 0}
        for _response, is_correct in responses:
            counts["right" if is_correct else "wrong"] += 1
        return counts

    def chart_bars(self, value, counts, answered):
        """[Bar] of a live session's chart, labelled in the language of `value`, from `count_responses`'s
        counts (possibly kept from a session in another language) and the number who answered."""
        right, wrong = counts.get("right", 0), counts.get("wrong", 0)
        return [
            Bar(_("Right answer"), right, share(right, answered), True, is_option=False),
            Bar(_("Other answer"), wrong, share(wrong, answered), False, is_option=False),
        ]

    def report_options(self, raw, responses):
        """[Option] the item analysis counts answers under, with their counts; [] (here) for a question
        answered in words or by order. `raw` is the block's raw JSON value (the report reads every
        translation and fetches no snippet or page); `responses` is {(response, is_correct): count},
        a list response as a tuple."""
        return []

    def most_chosen_wrong(self, options, responses):
        """(label, count) of the most chosen wrong option of `report_options`, or (None, 0)."""
        wrong = [option for option in options if not option.correct]
        top = max(wrong, key=lambda option: option.count, default=None)
        return (top.label, top.count) if top is not None and top.count else (None, 0)

    def lesson_for(self, value, locale_id):
        """The lesson the explanation points to, as a live page in the quiz's locale (its translation or
        alias there), else as chosen; None when none is chosen or it is not published."""
        lesson = value.get("lesson")
        if lesson is None:
            return None
        if lesson.locale_id != locale_id:
            lesson = lesson.get_translation_or_none(locale_id) or lesson
        return lesson if lesson.live else None

    @property
    def form_template(self):
        return f"{self.question_template}#form"

    @property
    def right_answer_template(self):
        return f"{self.question_template}#right-answer"

    @property
    def print_template(self):
        return f"{self.question_template}#print"

    @property
    def key_template(self):
        return f"{self.question_template}#key"

    def choice_items(self, value):
        """(id, choice) pairs in editor order, for blocks that have choices."""
        return [(child.id, child.value) for child in value["choices"].bound_blocks]


class SingleChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), label=gettext_lazy("Choices"))

    question_template = "quizzes/questions/single_choice.html"

    def answer_errors(self, value):
        """At least two choices, and exactly one right."""
        choices = list(value["choices"])
        right = sum(1 for choice in choices if choice["correct"])
        if len(choices) < 2:
            return {"choices": _("Give at least two choices.")}
        if right == 0:
            return {"choices": _("Tick the right choice: a single-choice question has exactly one.")}
        if right > 1:
            return {"choices": _("A single-choice question has exactly one right choice: untick the others.")}
        return {}

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

    def options(self, value, response=None, *, seed=(), reveal=False, shuffle=False):
        """The choices, in the editor's order unless the quiz shuffles them; `correct` is None until
        `reveal`, so that nothing in the page tells the right one before the question is answered."""
        options = [
            {"id": id, "text": choice["text"], "correct": choice["correct"] if reveal else None}
            for id, choice in self.choice_items(value)
        ]
        return shuffled(options, *seed) if shuffle else options

    def correct_labels(self, value):
        return [choice["text"] for choice in value["choices"] if choice["correct"]]

    def choice_ids(self, value, correct):
        """The ids of the right choices (or, if not `correct`, of the wrong ones), in editor order."""
        return [id for id, choice in self.choice_items(value) if bool(choice["correct"]) is correct]

    def sample_answer(self, value, correct=True, rng=None):
        """The first right choice, or a wrong one."""
        if correct:
            return {"choice": self.choice_ids(value, True)[0]}
        return {"choice": picked(self.choice_ids(value, False), rng)}

    def count_responses(self, value, responses):
        """Per choice id, how many ticked it."""
        counts = {id: 0 for id, _choice in self.choice_items(value)}
        for response, _correct in responses:
            for chosen in response:
                if chosen in counts:
                    counts[chosen] += 1
        return counts

    def chart_bars(self, value, counts, answered):
        """One bar per choice, in the editor's order."""
        return [
            Bar(choice["text"], counts.get(id, 0), share(counts.get(id, 0), answered), choice["correct"])
            for id, choice in self.choice_items(value)
        ]

    def report_options(self, raw, responses):
        """The choices, each with how many ticked it."""
        options = [
            Option(item["id"], item["value"]["text"], bool(item["value"]["correct"]))
            for item in raw["choices"]
        ]
        by_id = {option.id: option for option in options}
        for (response, _correct), count in responses.items():
            for chosen in response if isinstance(response, tuple) else ():
                if chosen in by_id:
                    by_id[chosen].count += count
        return options

    class Meta:
        icon = "radio-full"
        label = gettext_lazy("Single choice")
        description = gettext_lazy("One right answer among several choices.")


class MultipleChoiceQuestionBlock(SingleChoiceQuestionBlock):
    question_template = "quizzes/questions/multiple_choice.html"

    def answer_errors(self, value):
        """At least two choices, at least one of them right."""
        choices = list(value["choices"])
        if len(choices) < 2:
            return {"choices": _("Give at least two choices.")}
        if not any(choice["correct"] for choice in choices):
            return {"choices": _("Tick at least one right choice.")}
        return {}

    def parse(self, value, data):
        chosen = data.getlist("choice") if hasattr(data, "getlist") else data.get("choice", [])
        known = dict(self.choice_items(value))
        if not chosen or any(id not in known for id in chosen) or len(set(chosen)) != len(chosen):
            raise InvalidAnswer(_("Tick one or more of the answers."))
        return sorted(chosen, key=list(known).index)

    def sample_answer(self, value, correct=True, rng=None):
        """Every right choice, or one wrong one."""
        if correct:
            return {"choice": self.choice_ids(value, True)}
        return {"choice": [picked(self.choice_ids(value, False), rng)]}

    class Meta:
        icon = "tick-inverse"
        label = gettext_lazy("Multiple choice")
        description = gettext_lazy("All that apply: several right answers.")


class TrueFalseQuestionBlock(QuestionBlock):
    answer = blocks.BooleanBlock(label=gettext_lazy("The statement is true"), required=False)

    question_template = "quizzes/questions/true_false.html"

    def parse(self, value, data):
        answer = data.get("answer", "")
        if answer not in ("true", "false"):
            raise InvalidAnswer(_("Answer true or false."))
        return answer == "true"

    def is_correct(self, value, response):
        return bool(value["answer"]) is response

    def sample_answer(self, value, correct=True, rng=None):
        return {"answer": "true" if bool(value["answer"]) is correct else "false"}

    def count_responses(self, value, responses):
        """How many said true, how many false."""
        counts = {"true": 0, "false": 0}
        for response, _correct in responses:
            counts["true" if response else "false"] += 1
        return counts

    def chart_bars(self, value, counts, answered):
        truth = bool(value["answer"])
        said_true, said_false = counts.get("true", 0), counts.get("false", 0)
        return [
            Bar(_("True"), said_true, share(said_true, answered), truth),
            Bar(_("False"), said_false, share(said_false, answered), not truth),
        ]

    def report_options(self, raw, responses):
        """True and false, each with how many said it."""
        truth = bool(raw["answer"])
        options = [Option(True, _("True"), truth), Option(False, _("False"), not truth)]
        for (response, _correct), count in responses.items():
            for option in options:
                if response is option.id:
                    option.count += count
        return options

    class Meta:
        icon = "success"
        label = gettext_lazy("True or false")
        description = gettext_lazy("A statement the learner says is true or false.")


class ShortAnswerQuestionBlock(QuestionBlock):
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(label=gettext_lazy("Accepted answer")),
        label=gettext_lazy("Accepted answers"),
        help_text=gettext_lazy("Compared without regard to case, accents or surrounding spaces."),
    )

    question_template = "quizzes/questions/short_answer.html"

    def answer_errors(self, value):
        """At least one accepted answer."""
        if not list(value["accepted_answers"]):
            return {"accepted_answers": _("Give at least one accepted answer.")}
        return {}

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

    def correct_labels(self, value):
        """The first accepted answer: the one the editor gave as the answer (the key lists them all)."""
        return list(value["accepted_answers"])[:1]

    def sample_answer(self, value, correct=True, rng=None):
        """The first accepted answer, or a text that is not accepted."""
        if correct:
            return {"answer": list(value["accepted_answers"])[0]}
        wrong = [text for text in WRONG_TEXTS if not self.is_correct(value, text)]
        return {"answer": picked(wrong, rng)}

    def most_chosen_wrong(self, options, responses):
        """The wrong answer most often written (compared as `is_correct` compares them), or (None, 0)."""
        texts = {}
        for (response, correct), count in responses.items():
            if not correct and isinstance(response, str):
                texts[normalise(response)] = texts.get(normalise(response), 0) + count
        if not texts:
            return None, 0
        return max(texts.items(), key=lambda item: (item[1], item[0]))

    class Meta:
        icon = "edit"
        label = gettext_lazy("Short answer")
        description = gettext_lazy("A word, a number or a code the learner types.")


class OrderingQuestionBlock(QuestionBlock):
    steps = blocks.ListBlock(
        blocks.CharBlock(label=gettext_lazy("Step")),
        label=gettext_lazy("Steps, in the right order"),
        help_text=gettext_lazy("Learners see them shuffled."),
    )

    question_template = "quizzes/questions/ordering.html"

    def answer_errors(self, value):
        """At least two steps: one step is always in order."""
        if len(list(value["steps"])) < 2:
            return {"steps": _("Give at least two steps to put in order.")}
        return {}

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

    def options(self, value, response=None, *, seed=(), reveal=False, shuffle=False):
        """The steps, always scrambled so that their order gives nothing away; with the `position` the
        learner gave each once answered."""
        in_order = [{"id": child.id, "text": child.value} for child in value["steps"].bound_blocks]
        options = scrambled(in_order, *seed)
        if response is not None:
            for option in options:
                option["position"] = response.index(option["id"]) + 1
        return options

    def correct_labels(self, value):
        return list(value["steps"])

    def sample_answer(self, value, correct=True, rng=None):
        """The steps in the right order, or in the reverse order."""
        ids = self.step_ids(value)
        order = ids if correct else ids[::-1]
        return {f"position-{id}": str(order.index(id) + 1) for id in ids}

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
