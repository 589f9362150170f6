"""Quiz pages for tests: raw StreamField blocks with fixed ids, and the form data that answers them.

Every question helper returns one raw block of `QuizPage.questions` (`{"type", "id", "value"}`). Block
and list-item ids are fixed (derived from the `name` given), as Wagtail and wagtail-localize keep them:
a ListBlock item without an id would be read in the old list format and come out empty.
Each text is distinctive (`"<name>: feedback 1"`...) so that a test can look for it in the HTML.
"""

import copy
import uuid

from django.urls import reverse
from django.utils import translation

from quizzes.models import QuizPage

NAMESPACE = uuid.UUID("6f1d2a52-3c1e-4e4b-9a53-6d2b0f0c9e11")


def block_id(*parts):
    """A fixed uuid4-shaped id for a block, from its name."""
    return str(uuid.uuid5(NAMESPACE, "/".join(map(str, parts))))


def items(name, values):
    return [
        {"type": "item", "value": value, "id": block_id(name, "item", i)} for i, value in enumerate(values)
    ]


def question(kind, name, prompt=None, explanation=None, **fields):
    return {
        "type": kind,
        "id": block_id(name),
        "value": {
            "prompt": prompt or f"{name}: prompt?",
            "explanation": f"<p>{explanation or name + ': explanation'}</p>",
            "standard": None,
            **fields,
        },
    }


def choice_question(kind, name, correct, count=4, **kwargs):
    choices = [
        {"text": f"{name}: choice {i}", "correct": i in correct, "feedback": f"{name}: feedback {i}"}
        for i in range(count)
    ]
    return question(kind, name, choices=items(name, choices), **kwargs)


def single_choice(name="single", correct=1, count=4, **kwargs):
    """One right choice (index `correct`) among `count`."""
    return choice_question("single_choice", name, {correct}, count, **kwargs)


def multiple_choice(name="multiple", correct=(0, 2), count=4, **kwargs):
    """Several right choices ("all that apply")."""
    return choice_question("multiple_choice", name, set(correct), count, **kwargs)


def true_false(name="truefalse", answer=False, **kwargs):
    return question("true_false", name, answer=answer, **kwargs)


def short_answer(name="short", accepted=("ete", "l'été"), **kwargs):
    return question("short_answer", name, accepted_answers=items(name, list(accepted)), **kwargs)


def ordering(name="ordering", count=4, **kwargs):
    """Steps given in the right order."""
    return question(
        "ordering", name, steps=items(name, [f"{name}: step {i}" for i in range(count)]), **kwargs
    )


def one_of_each():
    """Five questions, one of each type, in this order: single, multiple, true/false, short, ordering."""
    return [single_choice(), multiple_choice(), true_false(), short_answer(), ordering()]


def many_questions(count):
    """`count` questions cycling through the five types, with distinct names."""
    makers = [single_choice, multiple_choice, true_false, short_answer, ordering]
    return [makers[i % len(makers)](name=f"q{i}") for i in range(count)]


def make_quiz(module, questions=None, pass_mark=70, title="Quiz", slug="quiz", shuffle_choices=False):
    """A published QuizPage under `module`, reloaded from the database."""
    quiz = QuizPage(
        title=title,
        slug=slug,
        intro="<p>Intro du quiz.</p>",
        pass_mark=pass_mark,
        shuffle_choices=shuffle_choices,
        questions=copy.deepcopy(questions if questions is not None else one_of_each()),
    )
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


# Reading the raw blocks back.


def choice_ids(block):
    return [item["id"] for item in block["value"]["choices"]]


def right_choice_ids(block):
    return [item["id"] for item in block["value"]["choices"] if item["value"]["correct"]]


def wrong_choice_ids(block):
    return [item["id"] for item in block["value"]["choices"] if not item["value"]["correct"]]


def step_ids(block):
    return [item["id"] for item in block["value"]["steps"]]


def feedback_texts(block):
    return [item["value"]["feedback"] for item in block["value"].get("choices", [])]


def explanation_text(block):
    return block["value"]["explanation"].removeprefix("<p>").removesuffix("</p>")


def answer_data(block, right=True):
    """POST data answering `block` rightly or wrongly, as the quiz page's form sends it."""
    kind = block["type"]
    if kind == "single_choice":
        return {"choice": (right_choice_ids(block) if right else wrong_choice_ids(block))[0]}
    if kind == "multiple_choice":
        return {"choice": right_choice_ids(block) if right else wrong_choice_ids(block)[:1]}
    if kind == "true_false":
        return {"answer": "true" if block["value"]["answer"] is right else "false"}
    if kind == "short_answer":
        return {"answer": block["value"]["accepted_answers"][0]["value"] if right else "wrong answer"}
    if kind == "ordering":
        ids = step_ids(block) if right else list(reversed(step_ids(block)))
        return {f"position-{id}": str(ids.index(id) + 1) for id in step_ids(block)}
    raise ValueError(kind)


# URLs of the quiz's form views, in the quiz's own language.


def quiz_url(name, quiz, *args):
    with translation.override(quiz.locale.language_code):
        return reverse(name, args=[quiz.pk, *args])


def start_url(quiz):
    return quiz_url("quiz_start", quiz)


def answer_url(quiz, block_or_id):
    question_id = block_or_id if isinstance(block_or_id, str) else block_or_id["id"]
    return quiz_url("quiz_answer", quiz, question_id)


def finish_url(quiz):
    return quiz_url("quiz_finish", quiz)


HTMX = {"HX-Request": "true"}
