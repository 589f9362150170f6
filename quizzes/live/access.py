"""Who may run a live workshop: facilitators and editors (and superusers); see learning.roles."""

from learning.roles import EDITORS, FACILITATORS, in_groups

FACILITATOR_GROUPS = (FACILITATORS, EDITORS)


def can_facilitate(user):
    """Whether `user` may start and run live sessions."""
    return in_groups(user, FACILITATOR_GROUPS)
