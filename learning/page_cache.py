"""What the public pages share between visitors, kept in Django's `default` cache: the process's memory
in development and tests (one process), and in production a cache every process of every app server
shares, Redis or the database (config.settings.production), under keys prefixed with the release
(config.release). It keeps: the page an address leads to (learning.routing), the course tree around a
step (breadcrumbs, outline, previous/next, translations, the header's sections), the header's sections of
other pages, a lesson's rendered body, and a lesson page rendered once for everyone with holes for what
belongs to one visitor.

Every key carries the *pages generation*, a number in the shared cache that any change to a page (a save,
a publish, an unpublish, a move, a deletion, a view restriction) or to a site or locale replaces, at once
and again when the transaction commits (so that a page rendered from the old rows while the change was
being made is not kept under the new number). Keys for one page's content also carry its live revision
and the time it was last published.

What is never cached, and never leaves the request it belongs to: the CSRF token (the shared page holds a
placeholder that each response replaces with its own token), the visitor's progress (the outline's marks
and the lesson's "finished" box are rendered per visitor, the outline shared only between visitors with
the same steps done), messages (a page with messages to show is rendered in full), and who is signed in
(the page differs only by signed-in or not: the header names no one).

Two layers: each process keeps what it read or stored in its own memory (pickled, so every caller gets
its own copy to mark up), in front of the shared cache. That is safe because every key carries the
generation: an entry never changes under its key, it only stops being asked for. A request reads the
generation from the shared cache once, when it starts (`request_started`), so it costs one round trip
to the shared cache whatever it renders; work outside a request (a worker, a shell) reads it every time.
"""

import hashlib
import pickle
import threading
import time

from django.contrib.messages import get_messages
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.safestring import mark_safe

CACHE_SECONDS = 600
GENERATION_KEY = "solidaire:pages-generation"
MEMORY_BYTES = 32 * 1024 * 1024  # what one process keeps in its own memory before starting afresh

_memory = {}  # key -> pickled value, this process's layer in front of the shared cache
_memory_size = [0]
_request = threading.local()  # .generation: the current request's, read once when it started


def cache():
    return caches["default"]


def generation():
    """The current pages generation: the request's, read once when it started, or the cache's. A missing
    one (first use, eviction, a cleared cache) starts from the clock, so it never comes back to a number
    that older entries were stored under."""
    value = getattr(_request, "generation", None)
    if value is not None:
        return value
    value = cache().get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        if not cache().add(GENERATION_KEY, value, timeout=None):
            value = cache().get(GENERATION_KEY, value)
    if getattr(_request, "active", False):
        _request.generation = value
    return value


def request_started(**kwargs):
    """A request begins: it will read the generation once (connected in learning.signals)."""
    _request.active, _request.generation = True, None


def request_finished(**kwargs):
    _request.active, _request.generation = False, None


def _replace_generation():
    value = time.time_ns()
    cache().set(GENERATION_KEY, value, timeout=None)
    if getattr(_request, "active", False):
        _request.generation = value


def pages_changed():
    """Forget everything cached about pages: now, and again once the current transaction commits."""
    _replace_generation()
    transaction.on_commit(_replace_generation)


def forget_memory():
    """Empty this process's layer (tests start from nothing; the shared cache is cleared apart)."""
    _memory.clear()
    _memory_size[0] = 0
    _shared_objects.clear()


def key(*parts):
    """A cache key from `parts`, short and safe for every backend (memcached refuses spaces)."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
    return f"solidaire:{parts[0]}:{digest}"


def _remember(cache_key, value):
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    if _memory_size[0] + len(data) > MEMORY_BYTES:
        forget_memory()  # entries of older generations go with the rest; the shared cache still has these
    _memory[cache_key] = data
    _memory_size[0] += len(data)


def get(parts):
    """The value cached under `parts` (a tuple whose first item names the kind, and which carries the
    generation), from this process's memory or the shared cache; None if neither has it."""
    cache_key = key(*parts)
    data = _memory.get(cache_key)
    if data is not None:
        return pickle.loads(data)  # noqa: S301 - pickled by this process, from our own values
    value = cache().get(cache_key)
    if value is not None:
        _remember(cache_key, value)
    return value


def put(parts, value):
    """Keep `value` under `parts`, in the shared cache and this process's memory."""
    cache_key = key(*parts)
    cache().set(cache_key, value, CACHE_SECONDS)
    _remember(cache_key, value)


def cached(parts, compute):
    """The value cached under `parts`, or `compute()` stored (unless it is None: nothing is kept)."""
    value = get(parts)
    if value is None:
        value = compute()
        if value is not None:
            put(parts, value)
    return value


_shared_objects = {}
SHARED_OBJECTS = 500


def shared_object(parts, compute):
    """`compute()`, made once per process under `parts` (which carry the generation) and then handed to
    every request of this process as the same object: for what is costly to rebuild and cannot be
    pickled cheaply (a StreamField converted with the pages and snippets it points to). Callers must
    only read it."""
    cache_key = key(*parts)
    value = _shared_objects.get(cache_key)
    if value is None:
        value = compute()
        if len(_shared_objects) >= SHARED_OBJECTS:
            _shared_objects.clear()
        _shared_objects[cache_key] = value
    return value


def content_version(page):
    """What identifies the content a visitor sees of `page`: its id, live revision, last publication and
    the pages generation."""
    published = page.last_published_at.timestamp() if page.last_published_at else None
    return (page.pk, page.live_revision_id, page.latest_revision_id, published, generation())


def site_of(request):
    """The scheme and host the page is rendered for (absolute URLs in <head> carry them)."""
    return (request.scheme, request.get_host()) if request is not None else None


# -- the holes of a shared page -------------------------------------------------------------------------


def csrf_placeholder():
    """A stand-in for the CSRF token in a page rendered for everyone: the same in every process of a
    deployment (derived from SECRET_KEY, so a page's text cannot guess it), replaced in every response."""
    return "csrf" + salted_hmac("solidaire.page_cache.csrf", "placeholder").hexdigest()[:40]


def hole(name):
    """The marker a shared page holds where the per-visitor `name` part goes."""
    return mark_safe(f"<!--solidaire-hole:{name}:{csrf_placeholder()[4:16]}-->")  # noqa: S308 - a fixed comment


def has_messages(request):
    """Whether a message waits for this visitor (counting them does not mark them shown)."""
    return bool(len(get_messages(request)))


def shared_page(request, page, parts, render_shared, holes):
    """A response of `page` built from its shared rendering plus per-visitor parts.

    `render_shared(context_overrides)` renders the page for everyone with `csrf_token` and the hole
    markers given in context_overrides; it is cached under `parts` (with the content version, the
    language, the site and whether someone is signed in). `holes` maps each hole's name to a function
    returning its per-visitor HTML for this request. The response's CSRF token is this request's own."""
    user = getattr(request, "user", None)
    signed_in = bool(user is not None and user.is_authenticated)
    shared_parts = (
        "page",
        *parts,
        *content_version(page),
        translation.get_language(),
        site_of(request),
        signed_in,
    )
    placeholder = csrf_placeholder()
    markers = {name: hole(name) for name in holes}
    overrides = {"csrf_token": placeholder, "messages": (), "shared_holes": markers}
    html = cached(shared_parts, lambda: render_shared(overrides))
    for name, render in holes.items():
        html = html.replace(hole(name), render())
    html = html.replace(placeholder, get_token(request))
    return HttpResponse(html)


def cached_fragment(parts, template, context, request):
    """`template` rendered with `context`, cached under `parts` (plus the language and site). The context
    must hold nothing of one visitor that the parts do not name; a form in it carries the CSRF placeholder
    (`csrf_token` in the context), which `shared_page` replaces with the visitor's token."""
    return cached(
        ("fragment", template, *parts, generation(), translation.get_language(), site_of(request)),
        lambda: mark_safe(render_to_string(template, context, request)),  # noqa: S308 - our template's output
    )
