"""Sending a phone's queue as queue-store.js does: a token first, then the actions in order."""

import json
import uuid

from django.urls import reverse
from django.utils import timezone, translation

from learning.models import LessonCompletion
from offline.models import OfflineAction
from quizzes.models import Answer, QuizAttempt


def sync_url(language="fr"):
    with translation.override(language):
        return reverse("offline_sync")


def token_url(language="fr"):
    with translation.override(language):
        return reverse("offline_token")


def identity(client):
    """The identity the phone stores its actions under, as the token address gives it now."""
    return client.get(token_url()).json()["identity"]


def action(kind, target, payload=None, who=None, key=None, stored_at=None):
    return {
        "key": str(key or uuid.uuid4()),
        "kind": kind,
        "target": target.pk if hasattr(target, "pk") else target,
        "payload": payload or {},
        "identity": who,
        "stored_at": (stored_at or timezone.now()).isoformat(),
    }


def send(client, actions, language="fr"):
    return client.post(sync_url(language), json.dumps({"actions": actions}), content_type="application/json")


def rows():
    """What the sync can write, counted."""
    return {
        "completions": LessonCompletion.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        "open": QuizAttempt.objects.filter(finished_at__isnull=True).count(),
        "answers": Answer.objects.count(),
        "actions": OfflineAction.objects.count(),
    }


def quiz_queue(quiz, questions, who=None, right=True, answer_data=None):
    """A whole quiz taken offline: start, each question answered, finish."""
    start = action("quiz_start", quiz, who=who)
    answers = [
        action(
            "quiz_answer",
            quiz,
            {"question": block["id"], "data": as_lists(answer_data(block, right)), "start": start["key"]},
            who=who,
        )
        for block in questions
    ]
    finish = action("quiz_finish", quiz, {"start": start["key"]}, who=who)
    return [start, *answers, finish]


def as_lists(data):
    return {name: value if isinstance(value, list) else [value] for name, value in data.items()}
