"""The site's roles, as the groups that accounts' migration 0002 creates. Apps built on learning ask here
(learning is the one app all of them may import), so the group names are written once."""

FACILITATORS = "Facilitators"
EDITORS = "Editors"
COMMITTEE = "Pedagogical committee"


def in_groups(user, names):
    """Whether `user` is an active superuser or belongs to one of the groups `names`: one query per set
    of names, then kept on the user object for the rest of the request."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    names = tuple(sorted(names))
    cache = getattr(user, "_solidaire_roles", None)
    if cache is None:
        cache = {}
        user._solidaire_roles = cache  # set through request.user's lazy wrapper too
    if names not in cache:
        cache[names] = user.groups.filter(name__in=names).exists()
    return cache[names]


# Who sees the admin's reports (issue 10): the people who write and review courses see every report;
# facilitators see the aggregate reports of courses (counts, never a learner-level row); learners none.
REPORT_READERS = (EDITORS, COMMITTEE)
COURSE_REPORT_READERS = (*REPORT_READERS, FACILITATORS)


def can_see_all_reports(user):
    """Whether `user` may see every report, the learner-level ones included."""
    return in_groups(user, REPORT_READERS)


def can_see_course_reports(user):
    """Whether `user` may see the aggregate reports of courses."""
    return in_groups(user, COURSE_REPORT_READERS)


def is_only_facilitator(user):
    """Whether `user` comes to the admin only as a facilitator (for the course reports, nothing else)."""
    return (
        user.is_authenticated
        and not user.is_superuser
        and in_groups(user, (FACILITATORS,))
        and not can_see_all_reports(user)
    )
