from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import AdminLoginView
from learning import admin_views, routing
from learning import views as learning_views
from quizzes.live import views as live_views


def not_found(request):
    raise Http404


# The admin's URLs that Wagtail offers no other way to change (docs/upgrading.md): they come before
# Wagtail's own, which Django would otherwise find first.
urlpatterns = [
    # Wagtail's admin raises an error on purpose at failwhale/ (to test error reports): no 500 on demand.
    path("admin/failwhale/", not_found),
    path("admin/login/", AdminLoginView.as_view(), name="wagtailadmin_login"),
    # A workflow's and a task's forms show and save their stored names, not the admin's translation.
    path(
        "admin/workflows/edit/<int:pk>/",
        admin_views.edit_workflow,
        name="solidaire_edit_workflow",
    ),
    path("admin/workflows/tasks/edit/<int:pk>/", admin_views.edit_task, name="solidaire_edit_task"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # The address on a live workshop's screen: leads to the join form in the visitor's language.
    path("join/", live_views.join_redirect, name="live_join_redirect"),
    path("", include("offline.urls")),  # the service worker, at the root scope
]

if settings.DEBUG:
    import posixpath

    from django.http import Http404
    from django.urls import re_path
    from django.views.static import serve

    def serve_public_media(request, path):
        """Development only: media files, except documents (Wagtail serves them through /documents/, with
        its permission checks) and toolkit kits (downloaded through their toolkit page)."""
        path = posixpath.normpath(path).lstrip("/")
        if path.split("/", 1)[0] in ("documents", "toolkit-kits"):
            raise Http404(path)
        return serve(request, path, document_root=settings.MEDIA_ROOT)

    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_public_media)]

urlpatterns += i18n_patterns(
    path("search/", learning_views.search, name="search"),
    path("certificates/<str:code>/", learning_views.verify_certificate, name="certificate_verify"),
    path("certificates/<str:code>/revoke/", learning_views.revoke_certificate, name="certificate_revoke"),
    path("accounts/", include("accounts.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("join/", live_views.join, name="live_join"),
    path("circles/", include("circles.urls")),
    path("circles/<id:circle_id>/meetings/<id:meeting_id>/posts/", include("circles.urls_discussion")),
    path("", include("offline.lang_urls")),  # the web app manifest, saving courses, the offline pages
    path("offline/", include("offline.sync_urls")),
    path("", include(routing)),  # Wagtail's pages, their route from the cache
    prefix_default_language=True,
)

# A server error: the site's page in the visitor's language, without the database (learning.views).
handler500 = "learning.views.server_error"
