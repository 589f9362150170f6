"""The facilitator's side of the room made for a projector and a second device (issue 22): which buttons
each state offers and their keyboard shortcuts, the remote (the state and the controls only, for the
facilitator's phone), and the confirmation that ending the session asks for.

Every button is a plain form (post/redirect/get) carrying the version it was drawn at; the shortcuts
(static/js/presenter.js) only click those buttons. Ending (finish, or next on the last question) changes
nothing until a second POST carries `confirm=yes`, and that POST still carries the version the first
screen showed, so a confirmation from a stale screen is refused like any other stale click.
"""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy

SCREENS = {"room": "quizzes/live/room.html", "remote": "quizzes/live/remote.html"}
CONFIRMED = "yes"


@dataclass(frozen=True)
class Control:
    """One button: the `action` it posts, its `label`, and its `keys` as aria-keyshortcuts names them
    (the first is shown on the button)."""

    action: str
    label: str
    keys: str

    @property
    def key(self):
        return self.keys.split()[0]


OPEN = Control("open", gettext_lazy("Show the first question"), "N ArrowRight")
CLOSE = Control("close", gettext_lazy("Close answering"), "C")
REVEAL = Control("reveal", gettext_lazy("Reveal the answer"), "R")
NEXT = Control("next", gettext_lazy("Next question"), "N ArrowRight")
FINISH = Control("finish", gettext_lazy("Finish the session"), "F")
LOCK = Control("lock", gettext_lazy("Lock joining"), "L")
UNLOCK = Control("unlock", gettext_lazy("Unlock joining"), "L")
STEP_ON = Control("step-on", gettext_lazy("Ask for a second code"), "S")
STEP_OFF = Control("step-off", gettext_lazy("Turn off the second code"), "S")


def is_last_question(session, question_count):
    return session.current_index + 1 >= question_count


def main_controls(session, question_count):
    """The buttons that move the session on, in the order of a question's life. "Next question" is not
    offered on the last question: ending is the separate "Finish the session"."""
    last = is_last_question(session, question_count)
    return {
        "lobby": [OPEN],
        "open": [CLOSE, REVEAL],
        "closed": [REVEAL] if last else [REVEAL, NEXT],
        "revealed": [] if last else [NEXT],
    }.get(session.state, [])


def joining_controls(session):
    return [UNLOCK if session.joining_locked else LOCK, STEP_OFF if session.second_step else STEP_ON]


def controls_context(session, question_count, screen):
    return {
        "main_controls": main_controls(session, question_count),
        "joining_controls": joining_controls(session),
        "finish_control": FINISH,
        "screen": screen,
    }


def screen_of(request):
    """Which screen a control was clicked on ("room" or "remote"), to go back to it."""
    return "remote" if request.POST.get("screen") == "remote" else "room"


def screen_url(session, screen):
    return reverse("live_remote" if screen == "remote" else "live_room", args=[session.pk])


def ends_session(session, action, question_count):
    """Whether `action` would finish `session` (finish, or next on the last question), if it fits."""
    if session.is_finished:
        return False
    return action == "finish" or (
        action == "next"
        and session.state in ("closed", "revealed")
        and is_last_question(session, question_count)
    )


def confirmation(request, session, action, seen_version, question_count):
    """The page that asks before ending the session; nothing has changed. It posts the same action with
    `confirm=yes` and the version the clicked screen showed."""
    asked = 0 if session.state == "lobby" else session.current_index + 1
    screen = screen_of(request)
    return TemplateResponse(
        request,
        "quizzes/live/confirm_finish.html",
        {
            "session": session,
            "action": action,
            "seen_version": seen_version,
            "asked": asked,
            "question_count": question_count,
            "screen": screen,
            "back": screen_url(session, screen),
        },
    )


def refused_on_screen(request, refusal, context):
    """A refused action, shown on the screen it was clicked on with where the session is now."""
    context["error"] = refusal.message
    return TemplateResponse(request, SCREENS[screen_of(request)], context, status=refusal.status)
