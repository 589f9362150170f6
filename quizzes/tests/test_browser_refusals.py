"""In Chromium: "check my answer" with nothing filled in shows its message in the question's own message
area, without a reload, under DEBUG (where django-htmx's debug handler replaces the page with any 400,
403, 404 or 500 response) and under production-like settings; the learner can then answer."""

import pytest

from tests.helpers import make_course_tree, make_quiz, message, right_choice_ids, single_choice

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("debug", [True, False], ids=["debug", "no-debug"])
def test_an_empty_answer_with_htmx_keeps_the_page_and_says_what_is_missing(
    home, live_server, page, settings, debug
):
    settings.DEBUG = debug
    question = single_choice()
    quiz = make_quiz(make_course_tree(home)["module"], questions=[question])
    box = f"#question-{question['id']}"

    page.goto(live_server.url + quiz.get_url())
    page.locator("form.start").get_by_role("button").click()
    page.locator(box).wait_for()
    page.evaluate("window.__marker = 1")  # gone if the page is replaced or reloaded
    page.locator(box).get_by_role("button").click()

    error = page.locator(f"{box}-error .form-error")
    error.wait_for()
    assert error.inner_text().strip() == message("Choose one of the answers.")
    assert page.evaluate("window.__marker") == 1
    assert page.locator("main h1").inner_text() == quiz.title

    page.locator(f"#choice-{right_choice_ids(question)[0]}").check()
    page.locator(box).get_by_role("button").click()
    page.locator(f"{box} .feedback").wait_for()
    assert page.evaluate("window.__marker") == 1
