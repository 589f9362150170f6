from django.urls import path

from quizzes.live import views

urlpatterns = [
    path("start/<id:quiz_id>/", views.start, name="live_start"),
    path("mine/", views.my_workshops, name="live_mine"),
    path("<id:pk>/", views.room, name="live_room"),
    path("<id:pk>/remote/", views.remote, name="live_remote"),
    path("<id:pk>/do/<str:action>/", views.control, name="live_control"),
    path("<id:pk>/people/", views.people, name="live_people"),
    path("<id:pk>/remove/<id:participant_id>/", views.remove, name="live_remove"),
    path("<id:pk>/summary/", views.summary, name="live_summary"),
    path("<id:pk>/summary.csv", views.summary_csv, name="live_summary_csv"),
    path("<id:pk>/summary.xlsx", views.summary_xlsx, name="live_summary_xlsx"),
    path("<id:pk>/summary.pdf", views.summary_pdf, name="live_summary_pdf"),
    path("<id:pk>/phone/", views.phone, name="live_phone"),
    path("<id:pk>/answer/<str:question_id>/", views.answer, name="live_answer"),
]
