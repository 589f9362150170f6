"""A meeting's discussion, under circles.urls at `<int:circle_id>/meetings/<int:meeting_id>/posts/`."""

from django.urls import path

from circles import views_discussion as views

urlpatterns = [
    path("", views.posts, name="circle_posts"),
    path("<int:post_id>/edit/", views.edit, name="circle_post_edit"),
    path("<int:post_id>/delete/", views.delete, name="circle_post_delete"),
    path("<int:post_id>/hide/", views.hide, name="circle_post_hide"),
    path("<int:post_id>/show/", views.unhide, name="circle_post_unhide"),
    path("<int:post_id>/report/", views.report, name="circle_post_report"),
]
