"""How many new anonymous learners one client network may make: the bound on the rows a flood can make,
without a site-wide count that one client could use up for everyone.

Anonymous progress is kept from a visitor's first POST (finishing a lesson, starting a quiz), when the
browser may not have a session cookie yet: a client that drops its cookies makes a Learner per POST. So
new anonymous learners are counted per client network, in the shared cache (every app server sees it),
for settings.NEW_ANONYMOUS_LEARNERS_WINDOW_MINUTES: at most settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK
in a window. A room of people behind one address (a conference's Wi-Fi) shares one network, so the bound
is set well above a room's size; a learner made by one action and never used again is forgotten after
settings.ONE_ACTION_LEARNER_RETENTION_HOURS (learning.privacy), so what a flood leaves is bounded too.

The network is the client's IPv4 address, or its IPv6 /64 (one host may hold a whole /64). Behind the
proxy (settings.PROXY_ADDRESSES), it is the last address of X-Forwarded-For that is not a proxy's. No
address is stored: the cache key holds a keyed hash of the network (salted_hmac, SECRET_KEY), kept for
the window only. Visitors who already have a learner, and accounts, are never counted."""

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

from learning.client_network import network_key

COUNT_KEY = "solidaire:new-learners:{network}:{window}"


def now_seconds():
    return timezone.now().timestamp()


def new_learner_allowed(request):
    """Whether the request's network may make one more anonymous Learner in this window (and count it if
    so)."""
    cache = caches["shared"]
    window = settings.NEW_ANONYMOUS_LEARNERS_WINDOW_MINUTES * 60
    network = network_key(request, "solidaire.new_visitors")
    key = COUNT_KEY.format(network=network, window=int(now_seconds() // window))
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # the row expired between add() and incr()
        cache.set(key, 1, timeout=window + 60)
        count = 1
    return count <= settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK
