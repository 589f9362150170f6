"""What phones sent is forgotten after settings.OFFLINE_ACTION_RETENTION_DAYS (offline.privacy,
`manage.py purge_offline_actions`); what the actions made stays with the learner."""

import io
import uuid
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from learning.models import Learner, LessonCompletion
from offline.models import FormerLearner, OfflineAction
from offline.tests.helpers import action, send

pytestmark = pytest.mark.django_db


def recorded(learner, days_ago):
    return OfflineAction.objects.create(
        key=uuid.uuid4(),
        learner=learner,
        kind="lesson_done",
        target_key=uuid.uuid4(),
        received_at=timezone.now() - timedelta(days=days_ago),
    )


def test_the_purge_forgets_old_actions_and_former_ids_only(settings):
    learner = Learner.objects.create()
    old, recent = recorded(learner, settings.OFFLINE_ACTION_RETENTION_DAYS + 1), recorded(learner, 1)
    FormerLearner.objects.create(
        former_id=1,
        learner=learner,
        merged_at=timezone.now() - timedelta(days=settings.OFFLINE_ACTION_RETENTION_DAYS + 1),
    )
    FormerLearner.objects.create(former_id=2, learner=learner)

    call_command("purge_offline_actions")

    assert list(OfflineAction.objects.all()) == [recent]
    assert list(FormerLearner.objects.values_list("former_id", flat=True)) == [2]
    assert Learner.objects.filter(pk=learner.pk).exists()
    assert old.pk != recent.pk


def test_the_purge_keeps_what_the_actions_made(client, course_tree):
    lesson = course_tree["lessons"][0]
    send(client, [action("lesson_done", lesson)])

    call_command("purge_offline_actions", days=1, stdout=io.StringIO())
    OfflineAction.objects.update(received_at=timezone.now() - timedelta(days=2))
    call_command("purge_offline_actions", days=1, stdout=io.StringIO())

    assert OfflineAction.objects.count() == 0
    assert LessonCompletion.objects.count() == 1


@pytest.mark.parametrize("days", [0, -3])
def test_the_purge_refuses_a_period_below_one_day(days):
    with pytest.raises(CommandError):
        call_command("purge_offline_actions", days=days)
