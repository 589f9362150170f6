from django.urls import path

from quizzes.live import views

urlpatterns = [
    path("start/<int:quiz_id>/", views.start, name="live_start"),
    path("mine/", views.my_workshops, name="live_mine"),
    path("<int:pk>/", views.room, name="live_room"),
    path("<int:pk>/do/<str:action>/", views.control, name="live_control"),
    path("<int:pk>/summary/", views.summary, name="live_summary"),
    path("<int:pk>/summary.csv", views.summary_csv, name="live_summary_csv"),
    path("<int:pk>/summary.pdf", views.summary_pdf, name="live_summary_pdf"),
    path("<int:pk>/phone/", views.phone, name="live_phone"),
    path("<int:pk>/answer/<str:question_id>/", views.answer, name="live_answer"),
]
