"""The offline app's addresses outside the language prefix: the service worker, at the root scope."""

from django.urls import path

from offline import views

urlpatterns = [
    path("sw.js", views.service_worker, name="offline_service_worker"),
]
