"""Who may use a toolkit in full: the guide, its attachments and the downloadable kit.

Whoever holds USE_TOOLKITS (declared on ToolkitPage; accounts.roles gives it to facilitators, editors and
the committee), checked with `user.has_perm`; superusers hold every permission. Everyone else sees the
toolkit's summary and how to ask for access. SEE_KIT_BUILD_ERRORS (declared on KitBuild: the people who
write toolkits) shows why a kit could not be built.
"""

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse

USE_TOOLKITS = "pedagogy_tools.use_toolkits"
SEE_KIT_BUILD_ERRORS = "pedagogy_tools.see_kit_build_errors"
# Its name in the admin's four languages (a collection's name has no translation: migration 0007).
TOOLKITS_COLLECTION = "Trousses pédagogiques · Kits pedagógicos · Bwat zouti · Toolkits"


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
