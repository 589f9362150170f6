"""Add a member's circles to "download my data" (learning.privacy's `learner_data_requested`).

`export_circles(user)` is the one function that says what of the circles is exported about a person;
the receiver puts its sections into the export.
"""

from django.dispatch import receiver

from circles.models import Membership
from learning.privacy import iso, learner_data_requested


def export_circles(user):
    """{"circle_memberships": [...]}: each circle the user is a member of, their circle name, sharing
    choice and when they joined."""
    memberships = Membership.objects.filter(user=user).select_related("circle").order_by("joined_at")
    return {
        "circle_memberships": [
            {
                "circle": membership.circle.name,
                "course_key": str(membership.circle.course_key),
                "circle_name": membership.circle_name,
                "shares_progress": membership.shares_progress,
                "joined_at": iso(membership.joined_at),
            }
            for membership in memberships
        ]
    }


@receiver(learner_data_requested, dispatch_uid="circles.export_circles")
def export_circles_of_learner(sender, learner, **kwargs):
    """The learner's account's circles (an anonymous learner has none)."""
    if learner.user_id is None:
        return {}
    return export_circles(learner.user)
