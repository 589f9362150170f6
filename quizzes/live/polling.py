"""A phone's idle poll answered from the cache: no database query, no Django session (issue 22).

A phone's ETag names what it shows: the session, the participant, the session's version, the current
question's index and whether the participant has answered it (not the lobby's count: a phone does not show
it, so 300 phones joining do not redraw 300 phones at each join; the room's screen counts); it is signed
with a key derived from SECRET_KEY, so a poll can only claim an ETag the server gave. An htmx poll sends it
back in If-None-Match, and `current_phone_etag` says, from the cache alone, whether it is still what the
phone should show. If so the view answers 304 without knowing more; if not (or if the cache cannot say),
the view goes the full way (the Django session, the rows) and draws the phone, so nothing a phone is shown
ever comes from this module: a stale entry can delay a change, never show another participant's data.

What Django's "default" cache holds for this (Redis in production, shared by every process; without Redis
the database's cache table, one query per poll; the process's memory in development and tests):

- per session, its poll state (version, state, question index): read from the database on a
  miss and kept STATE_SECONDS; every change `rules` makes deletes it once committed (`forget`). A fill
  read just before a change and stored just after its delete, or a change made without `forget`, is
  stale for STATE_SECONDS at most;
- per open question, a mark that its answers are being noted (`asked`, set when the question opens), and
  a note per participant who answered it (`answered`, set as the answer is stored). A phone showing
  the open question unanswered is current only if the mark is there and its note is not: if the cache
  lost the mark (a Redis restart), the view asks the database. (The note matters only for a second tab of
  the same phone: the tab that answered got its new ETag with the answer.)
"""

import functools
import re

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponseNotModified
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from learning.converters import IdConverter
from quizzes.models import LiveSession

STATE_SECONDS = 1
MARK_SECONDS = 12 * 60 * 60  # a question stays open this long at most (rules.open_hours)


def state_key(session_pk):
    return f"live-poll:{session_pk}"


def asked_key(session_pk, index):
    return f"live-asked:{session_pk}:{index}"


def answered_key(session_pk, index, participant_id):
    return f"live-answered:{session_pk}:{index}:{participant_id}"


def signature(body):
    return salted_hmac("quizzes.live.polling.phone-etag", body).hexdigest()[:20]


def phone_etag(session, participant_id, answered):
    """The ETag of what a participant's phone shows of `session` (answered: the current question)."""
    body = f"p{session.pk}-{participant_id}-{session.version}-{session.current_index}"
    body = f"{body}-{int(bool(answered))}"
    return f'"{body}-{signature(body)}"'


def read_phone_etag(header, session_pk):
    """(participant id, version, question index, answered) from a phone's ETag, if it is one
    this server signed for this session; else None."""
    quoted = header.removeprefix("W/")
    if len(quoted) < 2 or quoted[0] != '"' or quoted[-1] != '"':
        return None
    body, _dash, sent_signature = quoted[1:-1].rpartition("-")
    if not constant_time_compare(sent_signature, signature(body)):
        return None
    session_part, *numbers = body.split("-")
    if session_part != f"p{session_pk}" or len(numbers) != 4:
        return None
    participant_id, version, index, answered = (int(number) for number in numbers)
    return participant_id, version, index, bool(answered)


def poll_state(session_pk, cached=None):
    """(version, state, question index) of the session: `cached` if given, else from the
    database (then kept STATE_SECONDS); None if there is no such session."""
    if cached is not None:
        return cached
    session = LiveSession.objects.filter(pk=session_pk).only("version", "state", "current_index")
    session = session.first()
    if session is None:
        return None
    state = (session.version, session.state, session.current_index)
    cache.add(state_key(session_pk), state, STATE_SECONDS)
    return state


def current_phone_etag(request, session_pk):
    """The ETag the htmx poll sent, if the cache shows it is still what the phone should show; else None
    (then the view decides, from the database). Reads neither the Django session nor, on a warm cache,
    the database: one round trip to the cache."""
    sent = request.headers.get("If-None-Match", "")
    claimed = read_phone_etag(sent, session_pk) if sent else None
    if claimed is None:
        return None
    participant_id, version, index, shown_answered = claimed
    note = answered_key(session_pk, index, participant_id)
    keys = (state_key(session_pk), asked_key(session_pk, index), note)
    found = cache.get_many(keys)
    state = poll_state(session_pk, found.get(keys[0]))
    if state is None or (state[0], state[2]) != (version, index):
        return None
    if shown_answered or state[1] != "open":
        return sent.removeprefix("W/")
    return sent.removeprefix("W/") if keys[1] in found and keys[2] not in found else None


def forget(session_pk):
    """Drop the session's poll state now, and again once the change being made is committed (a poll
    between the two may have stored the state from before it): every phone's next poll compares with the
    database's."""
    cache.delete(state_key(session_pk))
    transaction.on_commit(lambda: cache.delete(state_key(session_pk)))


def asked(session_pk, index):
    """The question at `index` is opening: from now on its answers are noted. (Set before the commit: a
    mark or a note that turns out wrong only sends a poll to the database.)"""
    cache.set(asked_key(session_pk, index), 1, MARK_SECONDS)


def answered(session_pk, index, participant_id):
    """The participant is answering the question at `index`."""
    cache.set(answered_key(session_pk, index, participant_id), 1, MARK_SECONDS)


def not_modified(etag):
    """The 304 of an idle poll: no body, the phone's ETag, and what the phone view's 304 carries."""
    response = HttpResponseNotModified()
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache, private"
    response["Vary"] = "HX-Request"
    return response


class IdlePhonePollMiddleware:
    """Answers a phone's idle htmx poll (GET of `live_phone` whose If-None-Match is still current) before
    the session, locale, CSRF, authentication and CSP middleware, which it does not need: a 304 has no
    body and reads nothing of the visitor's. It sits after SecurityMiddleware (HTTPS redirect, its
    headers). Every other request, and every poll it cannot answer, goes on as usual."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "GET"
            and "If-None-Match" in request.headers
            and request.headers.get("HX-Request") == "true"
        ):
            pk = phone_poll_session(request.path_info)
            etag = current_phone_etag(request, pk) if pk is not None else None
            if etag:
                return not_modified(etag)
        return self.get_response(request)


def phone_poll_session(path):
    """The session's pk if `path` is a phone's address (`live_phone`, in any language), else None."""
    match = phone_addresses().match(path)
    if match is None:
        return None
    try:
        return IdConverter().to_python(next(group for group in match.groups() if group is not None))
    except ValueError:
        return None


@functools.cache
def phone_addresses():
    """One regular expression for `live_phone`'s address in every language, made from `reverse` (cheaper
    than resolving each poll's path through the whole URL configuration)."""
    sample = "4242424242"
    patterns = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            before, after = reverse("live_phone", args=[int(sample)]).split(sample)
        patterns.append(f"{re.escape(before)}({IdConverter.regex}){re.escape(after)}")
    return re.compile("^(?:" + "|".join(patterns) + ")$")
