"""The offline app's addresses in each language (i18n_patterns, config/urls.py)."""

from django.urls import path

from offline import views

urlpatterns = [
    path("manifest.webmanifest", views.web_app_manifest, name="offline_web_app_manifest"),
    path("offline/", views.saved_courses, name="offline_saved_courses"),
    path("offline/unavailable/", views.unavailable, name="offline_unavailable"),
    path("offline/courses/<uuid:key>/manifest.json", views.course_manifest, name="offline_course_manifest"),
]
