"""Toolkit attachments are served only to facilitators and editors (the Toolkits collection)."""

from wagtail import hooks

from pedagogy_tools.access import can_use_toolkits, is_in_toolkits_collection, refuse


@hooks.register("before_serve_document", order=-10)
def protect_toolkit_documents(document, request):
    """Refuse a document of the Toolkits collection to anyone else: sign in first, or a 403 saying how
    to ask for access. Works because settings.WAGTAILDOCS_SERVE_METHOD is "serve_view": every document
    link goes through Wagtail's serve view, never straight to a media URL."""
    if is_in_toolkits_collection(document) and not can_use_toolkits(request.user):
        return refuse(request)
    return None
