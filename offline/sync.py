"""Carrying out a phone's stored actions, in order, each once (issue 25).

A phone sends its queue as a list of actions, each `{"key": a UUID the phone made, "kind": one of
OfflineAction.KINDS, "target": the lesson's or quiz's page id, "payload": {...}, "identity": the token it
was stored under (offline.identity), "stored_at": when}`. Each is carried out through the services the
online forms use (`LessonPage.record_done`; quizzes.attempts' start, record, finish), with their rules,
and recorded under its key with its outcome, in one transaction: a key already recorded gets its first
outcome back and writes nothing, even when two sends of one queue race (the key is unique). A refused
action writes nothing and is not recorded, so that the phone may send it again when it can be kept
(offline.identity.KEPT). How old an action is never matters.

Payloads: `quiz_answer` {"question": id, "data": {field: [values]}, and "start": the key of the phone's
own start action or "attempt": the attempt id the page showed}; `quiz_finish` the same without the
question, with "confirm"; `lesson_done` and `quiz_start` nothing.
"""

import uuid
from datetime import UTC, datetime

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.http import Http404, QueryDict
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from learning.converters import MAX_ID
from learning.models import LessonPage, content_language
from offline.identity import KEPT, Refused, learner_for, read_token
from offline.models import OfflineAction
from quizzes.attempts import AnswerRefused, find_question, finish_attempt, record_answer, start_attempt
from quizzes.models import QuizAttempt
from quizzes.presentation import question_view
from quizzes.views import live_quiz

KINDS = {kind for kind, _label in OfflineAction.KINDS}
# The first actions of a visitor make their learner, as the same forms do online.
CREATING = {OfflineAction.LESSON_DONE, OfflineAction.QUIZ_START}


class BadBatch(Exception):
    """The request as a whole cannot be read: nothing is carried out. `status` is 400 or 413."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = str(message)
        self.status = status


def read_batch(data):
    """The actions of a decoded JSON body, checked, in order; raises BadBatch (nothing carried out)."""
    actions = data.get("actions") if isinstance(data, dict) else None
    if not isinstance(actions, list):
        raise BadBatch(_("This is not a list of actions saved on a phone."))
    limit = settings.OFFLINE_SYNC_MAX_ACTIONS
    if len(actions) > limit:
        raise BadBatch(
            _("Too many actions at once: send at most %(count)s at a time.") % {"count": limit}, 413
        )
    return [read_action(number, action) for number, action in enumerate(actions, start=1)]


def read_action(number, action):
    def bad():
        return BadBatch(_("Action %(number)s cannot be read: nothing was saved.") % {"number": number})

    if not isinstance(action, dict) or action.get("kind") not in KINDS:
        raise bad()
    try:
        key = uuid.UUID(str(action.get("key")))
        identity = read_token(action.get("identity"))
        stored_at = datetime.fromisoformat(action["stored_at"]) if action.get("stored_at") else None
    except (ValueError, TypeError, signing.BadSignature):
        raise bad() from None
    target, payload = action.get("target"), action.get("payload") or {}
    if not is_id(target, MAX_ID) or not isinstance(payload, dict) or not is_id(payload.get("attempt", 1)):
        raise bad()
    if stored_at is not None and timezone.is_naive(stored_at):
        stored_at = timezone.make_aware(stored_at, UTC)
    return {
        "key": key,
        "kind": action["kind"],
        "target": target,
        "payload": payload,
        "identity": identity,
        "stored_at": stored_at,
    }


def is_id(value, largest=2**63 - 1):
    """A row id every database can look up (a larger number is an error on SQLite); a page's is 32-bit."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= largest


def sync(request, actions):
    """Carry out `actions` (read_batch's) in order; one result per action, in the same order."""
    return [carry_out(request, action) for action in actions]


def carry_out(request, action):
    """One action's result: `{"key", "kind", "status", "message", "html", "swap"}` (status 200 when
    carried out, now or before; else the refusal's)."""
    result = {"key": str(action["key"]), "kind": action["kind"], "target": action["target"]}
    page = None
    try:
        page = target_page(request, action)
        with translation.override(page.locale.language_code):
            learner = learner_for(request, action["identity"], create=action["kind"] in CREATING)
            recorded = recorded_for(action["key"], learner)
            if recorded is None:
                recorded = record(request, learner, page, action)
            result.update(status=recorded.status, outcome=recorded.outcome)
            result.update(rendered(request, page, action["kind"], recorded.outcome))
    except Refused as refusal:
        result.update(status=refusal.status, message=refusal.message, kept=refusal.status in KEPT)
        result.update(rendered(request, page, action["kind"], {}, refusal.message))
    return result


def record(request, learner, page, action):
    """Carry out the action and record it under its key, in one transaction; a concurrent send of the
    same key makes this one's insert fail: its work is undone and the first outcome returned."""
    try:
        with transaction.atomic():
            outcome = HANDLERS[action["kind"]](request, learner, page, action["payload"])
            return OfflineAction.objects.create(
                key=action["key"],
                learner=learner,
                kind=action["kind"],
                target_key=page.translation_key,
                payload=action["payload"],
                outcome=outcome,
                stored_at=action["stored_at"],
            )
    except IntegrityError:
        return recorded_for(action["key"], learner)


def recorded_for(key, learner):
    """The action recorded under `key`, or None; Refused when it is another learner's."""
    recorded = OfflineAction.objects.filter(key=key).first()
    if recorded is not None and (learner is None or recorded.learner_id != learner.pk):
        raise Refused(_("This action belongs to someone else: it was not counted."), 403)
    return recorded


def target_page(request, action):
    """The published lesson or quiz the action is about, or Refused (410)."""
    if action["kind"] == OfflineAction.LESSON_DONE:
        lesson = LessonPage.objects.live().filter(pk=action["target"]).first()
        if lesson is None or any(not r.accept_request(request) for r in lesson.get_view_restrictions()):
            raise Refused(_("This lesson is no longer published."), 410)
        return lesson
    try:
        return live_quiz(request, action["target"])
    except Http404:
        raise Refused(_("The quiz changed: it is no longer published."), 410) from None


def lesson_done(request, learner, lesson, payload):
    lesson.record_done(learner)
    return {}


def quiz_start(request, learner, quiz, payload):
    attempt = start_attempt(learner, quiz, content_language(quiz))
    return {"attempt": attempt.pk}


def quiz_answer(request, learner, quiz, payload):
    number, question = find_question(quiz, str(payload.get("question", "")))
    if question is None:
        raise Refused(_("The quiz changed: this question is no longer in it."), 409)
    attempt = attempt_for(learner, quiz, payload)
    data = QueryDict(mutable=True)
    for name, values in (payload.get("data") or {}).items():
        data.setlist(
            str(name), [str(value) for value in values] if isinstance(values, list) else [str(values)]
        )
    try:
        answers = record_answer(attempt, question, data, content_language(quiz))
    except AnswerRefused as refusal:
        raise Refused(refusal.message, refusal.status) from None
    return {"attempt": attempt.pk, "question": question.id, "correct": answers[question.id].is_correct}


def quiz_finish(request, learner, quiz, payload):
    attempt = attempt_for(learner, quiz, payload)
    unanswered = len(quiz.questions.raw_data) - attempt.answers.count()
    if unanswered and not payload.get("confirm"):
        raise Refused(_("Some questions were not answered: the quiz was not finished."), 409)
    finish_attempt(attempt, quiz)
    return {"attempt": attempt.pk, "score": attempt.score, "passed": attempt.passed}


HANDLERS = {
    OfflineAction.LESSON_DONE: lesson_done,
    OfflineAction.QUIZ_START: quiz_start,
    OfflineAction.QUIZ_ANSWER: quiz_answer,
    OfflineAction.QUIZ_FINISH: quiz_finish,
}


def attempt_for(learner, quiz, payload):
    """The open attempt an answer or a finish is about: the one the phone's own start made, else the one
    its page showed, else the learner's open one. Refused when it is someone else's or already closed."""
    if learner is None:
        raise Refused(_("There is no quiz in progress to finish."), 409)
    attempt = None
    if payload.get("start"):
        started = OfflineAction.objects.filter(key=str(payload["start"]), kind=OfflineAction.QUIZ_START)
        started = started.first() if is_uuid(payload["start"]) else None
        if started is not None and started.learner_id != learner.pk:
            raise Refused(_("This attempt belongs to someone else: it was not counted."), 403)
        attempt = QuizAttempt.objects.filter(pk=started.outcome.get("attempt")).first() if started else None
    elif isinstance(payload.get("attempt"), int):
        attempt = QuizAttempt.objects.filter(pk=payload["attempt"]).first()
        if attempt is not None and attempt.learner_id != learner.pk:
            raise Refused(_("This attempt belongs to someone else: it was not counted."), 403)
    else:
        attempt = QuizAttempt.objects.filter(
            learner=learner, quiz_key=quiz.translation_key, finished_at__isnull=True
        ).first()
    if attempt is None or attempt.quiz_key != quiz.translation_key:
        raise Refused(_("There is no quiz in progress to finish."), 409)
    if not attempt.is_open:
        raise Refused(_("This attempt was finished on another device: this was not counted."), 409)
    return attempt


def is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def rendered(request, page, kind, outcome, message=""):
    """The result's line for the phone's panel, and for an answer the question as the page shows it
    answered (`swap`: the id of the element it replaces and its HTML), in the page's language."""
    if page is None:
        return {"html": render_to_string("offline/sync_result.html", {"message": message}, request)}
    context = {"page": page, "kind": kind, "outcome": outcome, "message": message}
    swap = None
    if kind == OfflineAction.QUIZ_ANSWER and outcome:
        attempt = QuizAttempt.objects.filter(pk=outcome["attempt"]).first()
        number, question = find_question(page, outcome["question"])
        answer = attempt.answers.filter(question_id=outcome["question"]).first() if attempt else None
        if answer is not None and question is not None:
            shown = question_view(page, number, question, answer, attempt.pk)
            context["question"] = shown
            html = render_to_string(
                page.partial_template("question"),
                page.fragment_context(attempt=attempt, question=shown),
                request,
            )
            swap = {"id": f"question-{question.id}", "html": html}
    return {"html": render_to_string("offline/sync_result.html", context, request), "swap": swap}
