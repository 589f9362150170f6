"""Who may use a toolkit in full: the guide, its attachments and the downloadable kit.

Facilitators (the group made by accounts' migration 0002) and the people who write toolkits (the Editors
and the Pedagogical committee groups, and superusers). Everyone else sees the toolkit's summary and how
to ask for access. The group names are the ones accounts' migration creates; pedagogy_tools does not
import accounts (see DESIGN.md, "Which part may use which").
"""

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse

FACILITATORS = "Facilitators"
EDITOR_GROUPS = ("Editors", "Pedagogical committee")
TOOLKITS_COLLECTION = "Toolkits"


def can_use_toolkits(user):
    """Whether `user` may read full guides and download attachments and kits (one query, then cached)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_solidaire_toolkit_access", None)
    if cached is None:
        cached = user.groups.filter(name__in=[FACILITATORS, *EDITOR_GROUPS]).exists()
        user._solidaire_toolkit_access = cached
    return cached


def is_toolkit_editor(user):
    """Whether `user` writes toolkits (and so may see a failed build's technical detail)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=EDITOR_GROUPS).exists()


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
