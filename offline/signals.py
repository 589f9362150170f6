"""Actions recorded from a phone follow the learner when an anonymous learner signs in (learning.merging),
which is remembered so that actions still waiting on the phone reach the account; both are in "download
my data"."""

from django.dispatch import receiver

from learning.merging import learner_merging
from learning.privacy import iso, learner_data_requested
from offline.models import FormerLearner, OfflineAction


@receiver(learner_merging)
def follow_the_learner(sender, source, target, **kwargs):
    OfflineAction.objects.filter(learner=source).update(learner=target)
    FormerLearner.objects.filter(learner=source).update(learner=target)
    FormerLearner.objects.update_or_create(former_id=source.pk, defaults={"learner": target})


@receiver(learner_data_requested)
def export_offline_actions(sender, learner, **kwargs):
    """What the learner's phones sent while offline, as the server recorded it."""
    actions = OfflineAction.objects.filter(learner=learner).order_by("received_at")
    return {
        "offline_actions": [
            {
                "key": str(action.key),
                "kind": action.kind,
                "target_key": str(action.target_key),
                "payload": action.payload,
                "outcome": action.outcome,
                "stored_at": iso(action.stored_at),
                "received_at": iso(action.received_at),
            }
            for action in actions
        ],
        "former_ids": [
            {"former_id": former.former_id, "merged_at": iso(former.merged_at)}
            for former in FormerLearner.objects.filter(learner=learner).order_by("merged_at")
        ],
    }
