"""The quiz's views, served as routes of QuizPage (so their URLs live in each language's tree).

Every form works with and without JavaScript: with htmx (`HX-Request`) the answer view returns the
question's feedback fragment plus an out-of-band progress bar; without it, it redirects back to the quiz
(post/redirect/get), which shows the same feedback.
"""

from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from learning.progress import get_learner
from quizzes.attempts import (
    AnswerRefused,
    find_question,
    finish_attempt,
    latest_attempt,
    record_answer,
    start_attempt,
)
from quizzes.presentation import question_views

TEMPLATE = "quizzes/quiz_page.html"


def quiz_context(request, quiz):
    """The template context for the whole quiz page, for the current learner."""
    learner = get_learner(request)
    attempt = latest_attempt(learner, quiz)
    answers = {answer.question_id: answer for answer in attempt.answers.all()} if attempt else {}
    show_key = bool(getattr(request, "is_preview", False))
    questions = question_views(quiz, attempt, answers, show_key)
    context = quiz.get_context(request)
    context.update(
        attempt=attempt,
        questions=questions,
        answered_count=len(answers),
        question_count=len(questions),
        progress_percent=round(100 * len(answers) / len(questions)) if questions else 0,
        show_key=show_key,
    )
    return context


def show_quiz(request, quiz):
    response = TemplateResponse(request, TEMPLATE, quiz_context(request, quiz))
    patch_vary_headers(response, ["Cookie"])
    return response


def refuse(request, quiz, message, status, question_id=None):
    """A 4xx answer with a clear message, changing nothing: with htmx a fragment swapped into the
    question's message area; without it the quiz page with the message at the top."""
    if request.htmx:
        response = TemplateResponse(request, f"{TEMPLATE}#error", {"error": message}, status=status)
        if question_id:
            response["HX-Retarget"] = f"#question-{question_id}-error"
            response["HX-Reswap"] = "innerHTML"
        return response
    context = quiz_context(request, quiz)
    context["error"] = message
    return TemplateResponse(request, TEMPLATE, context, status=status)


def start(request, quiz):
    """POST: start an attempt (or continue the open one) and go back to the quiz."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    start_attempt(get_learner(request, create=True), quiz)
    return redirect(quiz.get_url(request) + "#questions")


def answer(request, quiz, question_id):
    """POST: record the answer to one question; feedback fragment (htmx) or redirect (no JavaScript)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    question = find_question(quiz, question_id)
    if question is None:
        return refuse(request, quiz, _("This question is not part of this quiz."), 404)
    learner = get_learner(request)
    attempt = latest_attempt(learner, quiz)
    try:
        record_answer(attempt, question, request.POST)
    except AnswerRefused as refusal:
        return refuse(request, quiz, refusal.message, refusal.status, question.id)
    if not request.htmx:
        return redirect(f"{quiz.get_url(request)}#question-{question.id}")
    context = quiz_context(request, quiz)
    context["question"] = next(q for q in context["questions"] if q.id == question.id)
    context["oob"] = True
    response = HttpResponse(
        TemplateResponse(request, f"{TEMPLATE}#question", context).render().content
        + TemplateResponse(request, f"{TEMPLATE}#progress", context).render().content
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


def finish(request, quiz):
    """POST: close the attempt, score it, and show the results."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    attempt = latest_attempt(get_learner(request), quiz)
    if attempt is None or not attempt.is_open:
        return refuse(request, quiz, _("There is no quiz in progress to finish."), 409)
    finish_attempt(attempt, quiz)
    return redirect(quiz.get_url(request) + "#results")
