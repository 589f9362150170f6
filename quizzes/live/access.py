"""Who may run a live workshop, and of which quiz.

- Whoever holds RUN_LIVE_SESSIONS (declared on LiveSession; accounts.roles gives it to facilitators and
  editors), checked with `user.has_perm`. Superusers hold every permission.
- A session shows its quiz (to the room, the phones and the summary) only while its facilitator may view
  the quiz by Wagtail's view restrictions (`may_view`): a quiz restricted to a group the facilitator is not
  in is never started, and one restricted after its session started no longer reaches anyone in it.
"""

from django.http import HttpRequest

from learning import page_cache

RUN_LIVE_SESSIONS = "quizzes.run_live_sessions"


def may_view(user, page):
    """Whether `user` passes every view restriction of `page` (its ancestors', and those of the page it is
    an alias of), as Wagtail's `accept_request` judges a request made by `user`. Such a request has typed
    no password: a page behind a password is refused, since the room's phones never typed it either.
    Whether the page is restricted at all comes from the cache until a page or a restriction changes."""
    restricted = page_cache.cached(
        ("view-restricted", page.pk, page_cache.generation()),
        lambda: page.get_view_restrictions().exists(),
    )
    if not restricted:
        return True
    request = HttpRequest()
    request.user, request.session = user, {}
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
