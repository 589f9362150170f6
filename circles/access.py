"""Who may do what in a study circle (issue 24).

- Leading circles is a permission, `circles.lead_circles` (declared on Circle), asked with `user.has_perm`.
- A circle's facilitators are its `facilitator` and its `co_facilitator`; its members are its Membership rows.
- A circle is read (its meetings, its discussion, its members by circle name) by its facilitators and its
  members only.
"""

from circles.models import Membership

LEAD_CIRCLES = "circles.lead_circles"


def may_lead_circles(user):
    """Whether `user` may create and lead study circles."""
    return user.is_authenticated and user.has_perm(LEAD_CIRCLES)


def leads(user, circle):
    """Whether `user` is the circle's facilitator or co-facilitator."""
    return user.is_authenticated and user.pk in (circle.facilitator_id, circle.co_facilitator_id)


def membership(user, circle):
    """The user's Membership of the circle, or None."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(circle=circle, user=user).first()


def may_read(user, circle):
    """Whether `user` may read the circle: one of its facilitators, or a member."""
    return leads(user, circle) or membership(user, circle) is not None
