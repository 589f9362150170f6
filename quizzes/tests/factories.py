"""What only the quiz tests build and read: many questions at once, the raw blocks' ids and texts, and the
rows a refused answer must leave unchanged. The question blocks themselves come from tests.helpers."""

from quizzes.models import Answer, QuizAttempt
from tests.helpers import multiple_choice, ordering, short_answer, single_choice, true_false


def many_questions(count):
    """`count` questions cycling through the five types, with distinct names."""
    makers = [single_choice, multiple_choice, true_false, short_answer, ordering]
    return [makers[i % len(makers)](name=f"q{i}") for i in range(count)]


def choice_ids(block):
    return [item["id"] for item in block["value"]["choices"]]


def feedback_texts(block):
    return [item["value"]["feedback"] for item in block["value"].get("choices", [])]


def row_counts():
    """What a refused answer must leave unchanged."""
    return (Answer.objects.count(), QuizAttempt.objects.count(), list(Answer.objects.values_list()))
