from django.urls import path

from offline import sync_views

urlpatterns = [
    path("token/", sync_views.token, name="offline_token"),
    path("sync/", sync_views.sync_queue, name="offline_sync"),
]
