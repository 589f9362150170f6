"""Explanations link the lesson to read again (issue 9, defect 5): chosen with a page chooser on the
question, shown after answering, in the learner's language."""

from wagtail.models import Page
from wagtail_localize.synctree import synchronize_tree

from quizzes.blocks import QuestionBlock
from tests.helpers import HTMX, answer_data, answer_url, make_quiz, parse, single_choice, start_url


def with_lesson(block, lesson):
    block["value"]["lesson"] = lesson.pk
    return block


def link_of(response, block):
    link = parse(response).select_one(f"#question-{block['id']} .feedback .see-lesson a")
    return (link["href"], link.get_text(strip=True)) if link else None


def test_every_question_type_can_choose_a_lesson_to_read_again():
    assert "lesson" in QuestionBlock.base_blocks
    assert QuestionBlock.base_blocks["lesson"].target_model.__name__ == "LessonPage"


def test_the_feedback_links_the_chosen_lesson(client, course_tree):
    lesson = course_tree["lessons"][1]
    block = with_lesson(single_choice(), lesson)
    quiz = make_quiz(course_tree["module"], questions=[block])
    client.post(start_url(quiz))

    before = parse(client.get(quiz.get_url())).select(".see-lesson")
    response = client.post(answer_url(quiz, block), answer_data(block, right=False), headers=HTMX)

    assert before == []  # nothing before answering
    assert link_of(response, block) == (lesson.url, lesson.title)
    assert link_of(client.get(quiz.get_url()), block) == (lesson.url, lesson.title)  # without htmx too


def test_the_link_leads_to_the_lesson_in_the_learners_language(
    client, course_tree, locales, django_capture_on_commit_callbacks
):
    lesson = course_tree["lessons"][0]
    block = with_lesson(single_choice(), lesson)
    quiz = make_quiz(course_tree["module"], questions=[block])
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["en"])
    english_quiz = quiz.get_translation(locales["en"])
    english_lesson = lesson.get_translation(locales["en"])
    client.post(start_url(english_quiz))

    response = client.post(answer_url(english_quiz, block), answer_data(block), headers=HTMX)

    assert link_of(response, block)[0] == english_lesson.url
    assert english_lesson.url.startswith("/en/")


def test_no_link_without_a_lesson_or_to_an_unpublished_one(client, course_tree):
    lesson = course_tree["lessons"][2]
    linked, plain = with_lesson(single_choice(name="linked"), lesson), single_choice(name="plain")
    quiz = make_quiz(course_tree["module"], questions=[linked, plain])
    Page.objects.get(pk=lesson.pk).specific.unpublish()
    client.post(start_url(quiz))

    first = client.post(answer_url(quiz, linked), answer_data(linked), headers=HTMX)
    second = client.post(answer_url(quiz, plain), answer_data(plain), headers=HTMX)

    assert link_of(first, linked) is None
    assert link_of(second, plain) is None
