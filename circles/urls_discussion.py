"""A meeting's discussion, under circles.urls at `<id:circle_id>/meetings/<id:meeting_id>/posts/`.

`<id:...>` (learning.converters): an id too large for the database is a 404, not an OverflowError (a 500).
"""

from django.urls import path

from circles import views_discussion as views

urlpatterns = [
    path("", views.posts, name="circle_posts"),
    path("<id:post_id>/edit/", views.edit, name="circle_post_edit"),
    path("<id:post_id>/delete/", views.delete, name="circle_post_delete"),
    path("<id:post_id>/hide/", views.hide, name="circle_post_hide"),
    path("<id:post_id>/show/", views.unhide, name="circle_post_unhide"),
    path("<id:post_id>/report/", views.report, name="circle_post_report"),
]
