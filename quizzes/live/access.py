"""Who may run a live workshop: whoever holds RUN_LIVE_SESSIONS (declared on LiveSession; accounts.roles
gives it to facilitators and editors), checked with `user.has_perm`. Superusers hold every permission."""

RUN_LIVE_SESSIONS = "quizzes.run_live_sessions"
