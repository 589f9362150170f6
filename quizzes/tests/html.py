"""Reading one question of a quiz page or fragment in tests."""

from tests.helpers import parse, text_of


def section(response, question_id):
    """The <section> of one question, in a page or a fragment."""
    return parse(response).select_one(f"#question-{question_id}")


def feedback_text(response, question_id):
    found = section(response, question_id).select_one(".feedback")
    return text_of(found) if found is not None else None
