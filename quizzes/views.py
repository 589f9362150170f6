"""The quiz's form views: start, answer, finish. Small functions at plain URLs (quizzes/urls.py), so the
answer endpoint costs a fixed handful of queries instead of a walk through the page tree.

Every form works with and without JavaScript: with htmx (`HX-Request`) the answer view returns the
question's feedback fragment plus an out-of-band progress bar; without it, the form posts to the quiz page
itself (`on_quiz_page`, from QuizPage.serve), which redirects back to the quiz (post/redirect/get) to show
the same feedback. Bad input gets a 4xx with a message and changes nothing; without JavaScript it is the quiz
page at its own address, so the address bar never shows an answer address.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget

from learning import page_cache
from learning.models import TOO_MANY_NEW_VISITORS, Learner, content_language
from quizzes.attempts import AnswerRefused, find_question, finish_attempt, record_answer, start_attempt
from quizzes.models import QuizAttempt, QuizPage
from quizzes.presentation import question_view


def live_quiz(request, quiz_id):
    """The published quiz the visitor may see, or Http404 (unpublished, unknown, or restricted). The page,
    and whether any view restriction applies to it, come from the cache (learning.page_cache) until a page
    changes; a restricted quiz's restrictions are checked against this request."""

    def find():
        quiz = QuizPage.objects.live().filter(pk=quiz_id).first()
        return quiz, quiz is not None and quiz.get_view_restrictions().exists()

    quiz, restricted = page_cache.cached(("live-quiz", quiz_id, page_cache.generation()), find)
    if quiz is None:
        raise Http404(_("This quiz is not published."))
    if restricted and any(not r.accept_request(request) for r in quiz.get_view_restrictions()):
        raise Http404(_("This quiz is not published."))
    quiz.share_questions()
    return quiz


def refuse(request, quiz, message, status, question_id=None):
    """A 4xx answer with a clear message, changing nothing. With htmx, a fragment swapped into the
    question's message area. Without it, the quiz page with the message beside the question (the form's
    action carries the question's anchor, so the browser lands on it), or at the top."""
    if request.htmx:
        context = quiz.fragment_context(error=message)
        response = HttpResponse(
            render_to_string(quiz.partial_template("error"), context, request), status=status
        )
        if question_id:
            response = reswap(retarget(response, f"#question-{question_id}-error"), "innerHTML")
        return response
    context = quiz.get_context(request)
    shown = context.get("attempt") is not None  # the questions are on the page: put the message beside one
    context.update(error=message, refused_question=question_id if shown else None)
    return TemplateResponse(request, quiz.template, context, status=status)


@require_POST
def start(request, quiz_id):
    """Start an attempt (or continue the open one) and go back to the quiz."""
    quiz = live_quiz(request, quiz_id)
    learner = Learner.objects.for_request(request, create=True)
    if learner is None:  # too many new visitors from this network (learning.new_visitors)
        return refuse(request, quiz, TOO_MANY_NEW_VISITORS, 429)
    start_attempt(learner, quiz, content_language(quiz))
    return redirect(quiz.get_url(request) + "#questions")


@require_POST
@vary_on_headers("HX-Request")
def answer(request, quiz_id, question_id):
    """Record the answer to one question: feedback fragment (htmx) or redirect (no JavaScript)."""
    quiz = live_quiz(request, quiz_id)
    number, question = find_question(quiz, question_id)
    if question is None:
        return refuse(request, quiz, _("This question is not part of this quiz."), 404)
    attempt = QuizAttempt.objects.latest_for_request(request, quiz)
    try:
        answers = record_answer(attempt, question, request.POST, content_language(quiz))
    except AnswerRefused as refusal:
        return refuse(request, quiz, refusal.message, refusal.status, question.id)
    if not request.htmx:
        return redirect(f"{quiz.get_url(request)}#question-{question.id}")
    question_count = len(quiz.questions.raw_data)
    context = quiz.fragment_context(
        attempt=attempt,
        question=question_view(quiz, number, question, answers[question.id], attempt.pk),
        answered_count=len(answers),
        question_count=question_count,
        progress_percent=round(100 * len(answers) / question_count),
        oob=True,
    )
    return HttpResponse(
        render_to_string(quiz.partial_template("question"), context, request)
        + render_to_string(quiz.partial_template("progress"), context, request)
    )


@require_POST
@vary_on_headers("HX-Request")
def finish(request, quiz_id):
    """Close the attempt, score it, and show the results. With questions left unanswered and no `confirm`
    in the form, nothing is finished: the quiz page lists them and asks (`finish_check`)."""
    quiz = live_quiz(request, quiz_id)
    attempt = QuizAttempt.objects.latest_for_request(request, quiz)
    if attempt is None or not attempt.is_open:
        return refuse(request, quiz, _("There is no quiz in progress to finish."), 409)
    if not request.POST.get("confirm") and attempt.answers.count() < len(quiz.questions.raw_data):
        context = quiz.get_context(request)
        unanswered = [question for question in context["questions"] if not question.answered]
        context.update(finish_check=True, unanswered=unanswered)
        return TemplateResponse(request, quiz.template, context)
    finish_attempt(attempt, quiz)
    return redirect(quiz.get_url(request) + "#results")


# The quiz's forms as the quiz page receives them without JavaScript: the hidden `quiz_action` names one.
PAGE_ACTIONS = {
    "start": lambda request, quiz: start(request, quiz.pk),
    "answer": lambda request, quiz: answer(request, quiz.pk, request.POST.get("question", "")),
    "finish": lambda request, quiz: finish(request, quiz.pk),
}


def on_quiz_page(request, quiz):
    """A quiz form posted to the quiz page itself (QuizPage.serve): the view its `quiz_action` names, whose
    refusals are then shown at the quiz's own address. Any other form is refused (400), changing nothing."""
    action = PAGE_ACTIONS.get(request.POST.get("quiz_action", ""))
    if action is None:
        return refuse(request, live_quiz(request, quiz.pk), _("This form does not belong to this quiz."), 400)
    return action(request, quiz)
