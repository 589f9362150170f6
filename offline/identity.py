"""Who a phone's stored actions belong to.

The phone asks `/<lang>/offline/token/` when it is online and keeps the answer's identity, a signed token
naming the visitor's learner (or account) at that moment, with each action it stores. When the actions
reach the server, `learner_for` decides whose they are:

- no token (the visitor had no learner yet, or never fetched one): the visitor who sends them, made on
  demand as any first action makes one (`Learner.objects.for_request(request, create=True)`, within its
  network's bound);
- a signed-in visitor's token: that account only; anyone else is told to sign in with it (kept);
- an anonymous learner's token: that learner, or the learner it was merged into on sign-in
  (`FormerLearner`). If it is still anonymous and not the sender's (the session expired), a signed-in
  sender takes it over as sign-in does (learning.merging); an anonymous sender is told to sign in (kept).
  A learner forgotten since (learning.privacy) cannot be reached: refused, and said.

The token is signed with SECRET_KEY and never expires: an action kept a week on a phone still lands.
"""

from django.core import signing
from django.utils.translation import gettext as _

from learning.merging import merge_learners
from learning.models import TOO_MANY_NEW_VISITORS, Learner
from offline.models import FormerLearner

SALT = "offline.identity"


class Refused(Exception):
    """The action is not carried out; `status` says how (`KEPT` ones may be sent again later)."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = str(message)
        self.status = status


# Refusals the phone keeps and sends again later: who may send them, or the network's bound, may change.
KEPT = {401, 429}


def token_for(request):
    """The signed identity of this visitor's stored actions, or None (no learner yet)."""
    if request.user.is_authenticated:
        return signing.dumps({"u": request.user.pk}, salt=SALT, compress=True)
    learner = Learner.objects.for_request(request)
    return signing.dumps({"l": learner.pk}, salt=SALT, compress=True) if learner else None


def read_token(token):
    """The identity a token names ({} for none); raises signing.BadSignature for a forged one."""
    if token is None:
        return {}
    identity = signing.loads(token, salt=SALT)
    if not isinstance(identity, dict):
        raise signing.BadSignature("not an identity")
    return identity


def current_learner(request, create=True):
    """The sender's learner, made if `create` (None if not); Refused when their network made its share."""
    learner = Learner.objects.for_request(request, create=create)
    if learner is None and create:
        raise Refused(TOO_MANY_NEW_VISITORS, 429)
    return learner


def learner_for(request, identity, create=True):
    """The learner the actions stored under `identity` (read_token's) reach, or raises Refused. None when
    it is the sender, who has no learner yet, and not `create`."""
    user = request.user
    if "u" in identity:
        if user.is_authenticated and user.pk == identity["u"]:
            return current_learner(request, create)
        raise Refused(_("Saved while someone was signed in: sign in with that account to send it."), 401)
    if "l" not in identity:
        return current_learner(request, create)
    owner = Learner.objects.filter(pk=identity["l"]).first()
    if owner is None:
        former = FormerLearner.objects.filter(former_id=identity["l"]).select_related("learner").first()
        owner = former.learner if former else None
    if owner is None:
        raise Refused(_("Kept too long on this phone: the progress it belonged to was forgotten."), 410)
    sender = Learner.objects.for_request(request)
    if sender is not None and sender.pk == owner.pk:
        return current_learner(request)
    if owner.user_id is not None:  # merged into an account, which is not the sender's
        raise Refused(_("Saved while someone was signed in: sign in with that account to send it."), 401)
    if user.is_authenticated:  # the session that held it expired: signing in claims it, as at sign-in
        return merge_learners(owner, current_learner(request))
    raise Refused(_("Your session has expired: sign in to send it. It stays on this phone."), 401)
