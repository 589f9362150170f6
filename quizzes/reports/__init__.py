"""The admin's quiz reports (issue 10): item analysis of each question (figures), the quizzes' list and
the finished attempts (views), registered in quizzes/wagtail_hooks.py on learning.reports' base."""
