from django.urls import path

from circles import views

app_name = "circles"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("new/", views.new, name="new"),
    path("join/", views.join, name="join"),
    path("<id:circle_id>/", views.circle_page, name="circle"),
    path("<id:circle_id>/archive/", views.archive, name="archive"),
    path("<id:circle_id>/me/", views.change, name="change"),
    path("<id:circle_id>/leave/", views.leave, name="leave"),
    path("<id:circle_id>/meetings.ics", views.meetings_ics, name="ics"),
    path("<id:circle_id>/meetings/new/", views.meeting_new, name="meeting_new"),
    path("<id:circle_id>/meetings/<id:meeting_id>/", views.meeting_page, name="meeting"),
    path("<id:circle_id>/meetings/<id:meeting_id>/edit/", views.meeting_edit, name="meeting_edit"),
    path("<id:circle_id>/meetings/<id:meeting_id>/cancel/", views.meeting_cancel, name="meeting_cancel"),
    path("<id:circle_id>/meetings/<id:meeting_id>/live/", views.meeting_live, name="meeting_live"),
]
