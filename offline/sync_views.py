"""The two addresses a phone's queue talks to (static/js/offline/queue-store.js).

- GET `/<lang>/offline/token/`: a fresh CSRF token and the identity to store actions under
  (offline.identity), never cached;
- POST `/<lang>/offline/sync/`: a JSON batch of stored actions (offline.sync), carried out in order. The
  answer is 200 with one result per action when the batch could be read (each result says whether its
  action was carried out, or why not), else 400 (not JSON, an action that cannot be read: a key that is
  not a UUID, a forged identity) or 413 (more than settings.OFFLINE_SYNC_MAX_ACTIONS) with a message,
  and nothing carried out.
"""

import json

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from offline.identity import token_for
from offline.sync import BadBatch, read_batch, sync


def private(response):
    add_never_cache_headers(response)  # no-store: a token or an outcome is this visitor's alone
    return response


@require_GET
def token(request):
    return private(
        JsonResponse(
            {
                "csrf": get_token(request),
                "identity": token_for(request),
                "signed_in": request.user.is_authenticated,
            }
        )
    )


@require_POST
def sync_queue(request):
    not_a_queue = JsonResponse({"message": _("This is not a list of actions saved on a phone.")}, status=400)
    if request.content_type != "application/json":  # a form's body may have been read as a form already
        return private(not_a_queue)
    try:
        actions = read_batch(json.loads(request.body))
    except (ValueError, UnicodeDecodeError):
        return private(not_a_queue)
    except BadBatch as bad:
        return private(JsonResponse({"message": bad.message}, status=bad.status))
    return private(JsonResponse({"results": sync(request, actions)}))
