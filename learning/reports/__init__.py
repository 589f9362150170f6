"""The admin's course reports (issue 10): who started and completed each course, in each language, and
where learners stop. Counts only (figures), as Wagtail report views with CSV and XLSX downloads (views),
registered in learning/wagtail_hooks.py. The quiz reports (quizzes.reports) build on the same base."""
