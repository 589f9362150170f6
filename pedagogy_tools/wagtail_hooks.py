"""Toolkit attachments (the Toolkits collection) are served only to whoever holds USE_TOOLKITS."""

from wagtail import hooks

from learning.permissions import named
from pedagogy_tools.access import SEE_KIT_BUILD_ERRORS, USE_TOOLKITS, is_in_toolkits_collection, refuse


@hooks.register("before_serve_document", order=-10)
def protect_toolkit_documents(document, request):
    """Refuse a document of the Toolkits collection to anyone else: sign in first, or a 403 saying how
    to ask for access. Works because settings.WAGTAILDOCS_SERVE_METHOD is "serve_view": every document
    link goes through Wagtail's serve view, never straight to a media URL."""
    if is_in_toolkits_collection(document) and not request.user.has_perm(USE_TOOLKITS):
        return refuse(request)
    return None


@hooks.register("register_permissions")
def register_toolkit_permissions():
    """The toolkits' permissions, which the admin's Settings > Groups may give (accounts.roles gives them)."""
    return named([USE_TOOLKITS, SEE_KIT_BUILD_ERRORS])
