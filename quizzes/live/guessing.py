"""Slowing down the guessing of join codes, per sending address, without keeping any address.

A join code is 6 characters of 31 (887 million codes); before this, every guess was answered at once.
Now each address may send settings.LIVE_WRONG_CODES_PER_MINUTE wrong codes (100 by default) in a
calendar minute; after that, every join from it is answered 429 with Retry-After (the seconds left in the
minute) and its code is not even looked up, so a right guess is not told apart either. Only WRONG codes
count (a code no open session has, or a wrong second-step code): the 300 phones of a room behind one
Wi-Fi address type the right code, and join at whatever pace the room sets.

The counts are rows of LiveWrongCodes, one per (sender, minute), raised by a conditional UPDATE
(`count = count + 1`), which every database applies atomically; the shared cache's database backend,
which a deployment without Redis (or with Redis down) uses, makes `incr` a read then a write, so
concurrent guesses would be lost from the count. `sender` is an HMAC of the address with the SECRET_KEY
(django.utils.crypto.salted_hmac): no address is stored, and rows are deleted after two minutes
(`forget_old_counts`).

The sender is the request's network as the proxy in front saw it (learning.client_network: an IPv4
address or an IPv6 /64, which one host may hold whole).
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from learning.client_network import network_key
from quizzes.models import LiveWrongCodes

WINDOW_SECONDS = 60


def wrong_codes_per_minute():
    return getattr(settings, "LIVE_WRONG_CODES_PER_MINUTE", 100)


def sender(request):
    """A keyed hash of the request's network: the same network gives the same hash, and without the
    SECRET_KEY the hash gives nothing back."""
    return network_key(request, "quizzes.live.guessing")


def now_seconds():
    return int(timezone.now().timestamp())


def wait_seconds(request):
    """0 if the request's address may try a code now; else how many seconds until it may."""
    now = now_seconds()
    blocked = LiveWrongCodes.objects.filter(
        sender=sender(request), minute=now // WINDOW_SECONDS, count__gte=wrong_codes_per_minute()
    ).exists()
    return WINDOW_SECONDS - now % WINDOW_SECONDS if blocked else 0


def forget_old_counts():
    """Delete the counts of minutes before the previous one (on each new count, and daily by
    `manage.py purge_live_sessions`, so that none is kept after a last guess)."""
    LiveWrongCodes.objects.filter(minute__lt=now_seconds() // WINDOW_SECONDS - 1).delete()


def count_wrong(request):
    """Count one wrong code from the request's address this minute."""
    key, minute = sender(request), now_seconds() // WINDOW_SECONDS
    raise_count = LiveWrongCodes.objects.filter(sender=key, minute=minute)
    if raise_count.update(count=F("count") + 1):
        return
    forget_old_counts()
    try:
        with transaction.atomic():
            LiveWrongCodes.objects.create(sender=key, minute=minute, count=1)
    except IntegrityError:  # made at the same moment by another request from the same address
        raise_count.update(count=F("count") + 1)
