"""A quiz's questions are converted once per process and revision (QuizPage.share_questions) and its
page comes from the cache (learning.routing): an editor's preview still shows the unsaved questions, a
publication shows at once, and the shared questions are never changed by a learner's answers."""

import copy

from django.test import Client

from quizzes.models import QuizPage
from tests.helpers import answer_data, answer_url, parse, start_url


def prompts(response):
    return [legend.get_text(strip=True) for legend in parse(response).select(".question legend")]


def started(quiz):
    client = Client()
    assert client.post(start_url(quiz)).status_code == 302
    return client


def test_a_preview_shows_the_editors_questions_not_the_shared_ones(quiz, questions):
    started(quiz).get(quiz.url)  # the live questions are now shared in this process
    quiz.questions[0].value["prompt"] = "Une question en cours de rédaction ?"

    preview = quiz.make_preview_request(preview_mode=QuizPage.ANSWER_KEY)  # it shows every prompt

    assert preview.status_code == 200
    assert "Une question en cours de rédaction ?" in preview.content.decode()
    assert "Une question en cours de rédaction ?" not in started(quiz).get(quiz.url).content.decode()


def test_a_published_question_shows_at_once(quiz, questions):
    learner = started(quiz)
    assert questions[0]["value"]["prompt"] in prompts(learner.get(quiz.url))
    changed = copy.deepcopy(questions)
    changed[0]["value"]["prompt"] = "Quelle convention protège la liberté syndicale ?"
    quiz.questions = changed
    quiz.save_revision().publish()

    shown = prompts(learner.get(quiz.url))

    assert "Quelle convention protège la liberté syndicale ?" in shown
    assert questions[0]["value"]["prompt"] not in shown


def test_one_learners_answer_leaves_the_shared_questions_as_they_were(quiz, questions):
    alice, bob = started(quiz), started(quiz)
    block = questions[0]
    assert alice.post(answer_url(quiz, block), answer_data(block), HTTP_HX_REQUEST="true").status_code == 200

    bob_page = parse(bob.get(quiz.url))

    section = bob_page.select_one(f"#question-{block['id']}")
    assert section.select_one(".feedback") is None, "Bob has not answered: no feedback, no verdict"
    assert section.select_one("button[type=submit]") is not None
