"""Who may see or act on which circle: the one place that answers it (views and other modules import these).

A circle is *led* by its facilitator and its co-facilitator; it is *read* by them and by its members.
Nobody else sees anything of a circle but its join form.
"""

from .models import Membership

LEAD_CIRCLES = "circles.lead_circles"


def may_lead_circles(user):
    """Whether `user` may create circles and co-lead them: the `circles.lead_circles` permission."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(LEAD_CIRCLES))


def leads(user, circle):
    """Whether `user` is the circle's facilitator or co-facilitator."""
    if not user.is_authenticated:
        return False
    return user.pk in (circle.facilitator_id, circle.co_facilitator_id)


def membership(user, circle):
    """The `user`'s Membership in `circle`, or None (anonymous visitors are never members)."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(circle=circle, user=user).first()


def may_read(user, circle):
    """Whether `user` may see the circle's meetings and discussions: a member or a leader."""
    return leads(user, circle) or membership(user, circle) is not None
