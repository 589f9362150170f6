from django.urls import include, path

from quizzes import views

urlpatterns = [
    path("<id:quiz_id>/start/", views.start, name="quiz_start"),
    path("<id:quiz_id>/answer/<str:question_id>/", views.answer, name="quiz_answer"),
    path("<id:quiz_id>/finish/", views.finish, name="quiz_finish"),
    path("live/", include("quizzes.live.urls")),
]
