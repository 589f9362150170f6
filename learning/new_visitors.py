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

import ipaddress

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone
from django.utils.crypto import salted_hmac

COUNT_KEY = "solidaire:new-learners:{network}:{window}"


def parse_address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_proxy(address):
    proxies = settings.PROXY_ADDRESSES
    return any(proxy == "*" or address in ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or behind a proxy the last forwarded address not a proxy's (a
    REMOTE_ADDR that is no address, gunicorn on a Unix socket, is a proxy on this machine)."""
    address = parse_address(request.META.get("REMOTE_ADDR", ""))
    forwarded = [parse_address(text) for text in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed(forwarded):
        if (address is not None and not is_proxy(address)) or hop is None:
            break
        address = hop
    return address


def client_network(request):
    """The network the request comes from, as text: an IPv4 address or an IPv6 /64 ("" when unknown)."""
    address = client_address(request)
    if address is None:
        return ""
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def new_learner_allowed(request):
    """Whether the request's network may make one more anonymous Learner in this window (and count it if
    so)."""
    cache = caches["shared"]
    window = settings.NEW_ANONYMOUS_LEARNERS_WINDOW_MINUTES * 60
    network = salted_hmac("solidaire.new_visitors", client_network(request)).hexdigest()[:32]
    key = COUNT_KEY.format(network=network, window=int(timezone.now().timestamp() // window))
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # the row expired between add() and incr()
        cache.set(key, 1, timeout=window + 60)
        count = 1
    return count <= settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK
