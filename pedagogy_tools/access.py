"""Who may use a toolkit in full: the guide, its attachments and the downloadable kit.

Facilitators and the people who write toolkits (the Editors and the Pedagogical committee groups, and
superusers); the groups are learning.roles'. Everyone else sees the toolkit's summary and how to ask for
access.
"""

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse

from learning.roles import COMMITTEE, EDITORS, FACILITATORS, in_groups

EDITOR_GROUPS = (EDITORS, COMMITTEE)
TOOLKITS_COLLECTION = "Toolkits"


def can_use_toolkits(user):
    """Whether `user` may read full guides and download attachments and kits."""
    return in_groups(user, (FACILITATORS, *EDITOR_GROUPS))


def is_toolkit_editor(user):
    """Whether `user` writes toolkits (and so may see a failed build's technical detail)."""
    return in_groups(user, EDITOR_GROUPS)


def refuse(request):
    """The response for someone who may not use toolkits: sign in first, or how to ask for access (403)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return TemplateResponse(request, "pedagogy_tools/access_denied.html", {}, status=403)


def is_in_toolkits_collection(document):
    """Whether `document` lives in the Toolkits collection or one of its sub-collections."""
    collection = document.collection
    if collection.name == TOOLKITS_COLLECTION and collection.depth == 2:
        return True
    return collection.get_ancestors().filter(depth=2, name=TOOLKITS_COLLECTION).exists()
