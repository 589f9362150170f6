"""The network a request comes from, as the proxy in front saw it: what the bounds on new anonymous
learners (learning.new_visitors) and on join-code guessing (quizzes.live.guessing) count by, under a keyed
hash. Nothing here stores an address.

The address is REMOTE_ADDR, or, behind the proxy (settings.PROXY_ADDRESSES: production reads
GUNICORN_FORWARDED_ALLOW_IPS, what gunicorn trusts), the last address of X-Forwarded-For that is not a
proxy's. The network is that IPv4 address, or its IPv6 /64 (one host may hold a whole /64).
"""

import ipaddress

from django.conf import settings
from django.utils.crypto import salted_hmac


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


def network_key(request, purpose):
    """A keyed hash (SECRET_KEY) of the request's network for `purpose`: the same network gives the same
    key, and without the SECRET_KEY the key gives nothing back."""
    return salted_hmac(purpose, client_network(request)).hexdigest()[:32]
