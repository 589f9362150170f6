"""In Chromium, on a phone and a desktop: after a wrong answer the question is in view below the sticky
progress bar, marked (the learner's choice and the right one, in words), and radio buttons sit beside
their labels, not above them."""

import pytest

from tests.helpers import make_course_tree, make_quiz, settle, single_choice, wrong_choice_ids

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("width", [360, 1280])
def test_a_wrong_answer_keeps_its_question_in_view_and_marked(home, live_server, page, width):
    questions = [single_choice(name=f"q{n}", count=4) for n in range(4)]
    quiz = make_quiz(make_course_tree(home)["module"], questions=questions)
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(live_server.url + quiz.get_url())
    page.locator("form.start").get_by_role("button").click()
    block = questions[2]
    box = page.locator(f"#question-{block['id']}")
    box.wait_for()

    radio = page.locator(f"#choice-{wrong_choice_ids(block)[0]}")
    label = page.locator(f"label[for=choice-{wrong_choice_ids(block)[0]}]")
    radio_box, label_box = radio.bounding_box(), label.bounding_box()
    assert radio_box["x"] + radio_box["width"] <= label_box["x"]  # beside, on the left
    assert (
        radio_box["y"] < label_box["y"] + label_box["height"] / 2 + radio_box["height"]
    )  # on its first line

    radio.check()
    box.get_by_role("button").click()
    box.locator(".feedback.wrong").wait_for()
    # The page's script focuses the feedback and scrolls the question into view after the swap.
    page.wait_for_function("() => document.activeElement.classList.contains('feedback')")
    settle(page)

    bar = page.locator("#quiz-progress").bounding_box()
    title = box.locator("h2").bounding_box()
    assert title["y"] >= bar["y"] + bar["height"] - 1  # not under the sticky bar
    assert title["y"] < 740
    assert box.locator(".wrong-choice .mark-chosen").is_visible()
    assert box.locator(".right-answer .mark-right").count() == 1
    assert page.evaluate("document.activeElement.classList.contains('feedback')")
