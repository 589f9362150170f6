"""Who may run a live workshop: the Facilitators and Editors groups, and superusers.

The group names are the ones accounts' migration 0002 creates; pedagogy_tools.access names them too
(quizzes may not import pedagogy_tools, nor accounts). Keep the two lists in step.
"""

FACILITATOR_GROUPS = ("Facilitators", "Editors")


def can_facilitate(user):
    """Whether `user` may start and run live sessions (one query, then cached on the user)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_solidaire_live_access", None)
    if cached is None:
        cached = user.groups.filter(name__in=FACILITATOR_GROUPS).exists()
        user._solidaire_live_access = cached
    return cached
