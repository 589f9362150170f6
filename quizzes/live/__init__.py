"""Live workshops (issue 11): a facilitator runs a quiz in the room, participants answer on their phones.

- `access`: who may run a session (no imports from our apps, so quizzes.models can use it);
- `rules`: join codes, the state machine, joining, answering, results, the purge;
- `charts`: the results as server-drawn SVG;
- `views` and `urls`: the room's screen and controls, /join/, the phones.
"""
