"""The rules of a live session. Views call these; they hold the rules.

- A join code is 6 characters from an alphabet without look-alikes (no 0/O, no 1/I/L), unique among the
  sessions that are not finished (a database constraint; a collision draws again).
- The state machine: lobby -> open (question 1) -> closed -> revealed -> open (next question) ... ->
  finished. Each change is one conditional UPDATE on the version the facilitator saw, so two clicks at
  once (or a click on a stale screen) change the session once; the other gets a refusal.
- Joining and answering take the session's row lock through a conditional UPDATE of its counters, so a
  full session, a closed question or a second answer changes nothing.
- The facilitator may lock joining (those in the room go on), turn on a second join step (a short code
  on the room's screen, changing every STEP_SECONDS, derived from the time and a per-session key), and
  remove a participant: their seat is free again and their answers leave every count.
- When a session finishes, the counts of the questions it asked are stored (LiveQuestionResult): they are
  what stays when `purge_live_sessions` deletes nicknames and answers after LIVE_SESSION_RETENTION_DAYS.
- A session nobody touched (no join, no answer) for `open_hours()` ends by itself (`end_idle_sessions`,
  called when "my workshops" or a summary is read, and by `purge_live_sessions`), marked `ended_idle`.
- The summary's "worth discussing" is a selection by the rule DISCUSS states.
"""

import hmac
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max, Q
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from quizzes.blocks import InvalidAnswer
from quizzes.live import polling
from quizzes.live.access import may_view
from quizzes.models import (
    Answer,
    LiveAnswer,
    LiveParticipant,
    LiveQuestionResult,
    LiveSession,
    QuizAttempt,
    QuizPage,
)

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, no 1/I/L
CODE_LENGTH = 6
MAX_NICKNAME = 30
MAX_TEAM_NAME = 40
TEAM_COUNT = (2, 12)  # a session ranked by team has this many teams, at least and at most
STEP_SECONDS = 20  # the second step's code changes this often; the one before is still taken
STEP_DIGITS = 4
LOCKED = _lazy("Joining is closed: the facilitator has locked this session. Ask them if you should be in.")
REMOVED = _lazy("The facilitator removed you from this session.")


def max_participants():
    return getattr(settings, "LIVE_SESSION_MAX_PARTICIPANTS", 300)


def retention_days():
    return getattr(settings, "LIVE_SESSION_RETENTION_DAYS", 30)


def open_hours():
    """After this many hours a session that was never finished no longer takes anyone (its code expired)."""
    return getattr(settings, "LIVE_SESSION_OPEN_HOURS", 12)


class LiveRefused(Exception):
    """The action is refused and nothing changed; `message` says why, `status` is the HTTP status."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


class WrongSecondCode(LiveRefused):
    """A wrong (or too old) second-step code: counted like a wrong join code (quizzes.live.guessing)."""


# Join codes.


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def clean_code(text):
    """What a participant typed, as a code: upper case, without spaces or dashes."""
    return "".join(text.split()).replace("-", "").upper()[:20]


def clean_teams(text):
    """The team names a facilitator typed, one per line, in order and without repeats; or a refusal."""
    teams = []
    for line in (text or "").splitlines():
        name = unicodedata.normalize("NFKC", line)
        if has_hidden_characters(name):
            raise LiveRefused(_("Remove the invisible or control characters from the team names."), 400)
        name = " ".join(name.split())
        if not name or name.casefold() in {team.casefold() for team in teams}:
            continue
        if len(name) > MAX_TEAM_NAME:
            raise LiveRefused(
                _("A team name is too long: %(max)s characters at most.") % {"max": MAX_TEAM_NAME}, 400
            )
        teams.append(name)
    least, most = TEAM_COUNT
    if not least <= len(teams) <= most:
        raise LiveRefused(
            _("A ranking by team needs between %(least)s and %(most)s team names, one per line.")
            % {"least": least, "most": most},
            400,
        )
    return teams


def start_session(quiz, facilitator, language, ranking="", teams=()):
    """A new session of `quiz` (any translation) in the lobby, with a fresh join code. `ranking`: "" (none,
    the default), "nickname" or "team" (then `teams` are the team names, from `clean_teams`)."""
    for _attempt in range(20):
        try:
            with transaction.atomic():
                return LiveSession.objects.create(
                    quiz_key=quiz.translation_key,
                    language=language,
                    facilitator=facilitator,
                    code=new_code(),
                    max_participants=max_participants(),
                    ranking=ranking,
                    teams=list(teams) if ranking == "team" else [],
                )
        except IntegrityError:  # the code is taken by an open session: draw again
            continue
    raise RuntimeError("no free join code after 20 draws")


def is_expired(session):
    """Whether the session's join code no longer takes anyone: `open_hours()` after it was made."""
    return not session.is_finished and session.created_at < timezone.now() - timedelta(hours=open_hours())


def end_idle_sessions(sessions):
    """End, as `end_idle` does, each session of the queryset `sessions` that is not finished and that nobody
    touched for `open_hours()`: made, last joined and last answered that long ago. Returns how many ended.
    Only sessions made that long ago are looked at (one query)."""
    cutoff = timezone.now() - timedelta(hours=open_hours())
    candidates = (
        sessions.exclude(state="finished")
        .filter(created_at__lt=cutoff)
        .annotate(
            last_join=Max("participants__created_at"), last_answer=Max("participants__answers__answered_at")
        )
    )
    idle = [
        session
        for session in candidates
        if all(moment is None or moment < cutoff for moment in (session.last_join, session.last_answer))
    ]
    return sum(end_idle(session) for session in idle)


def end_idle(session):
    """Finish `session` as one nobody touched: state finished, marked `ended_idle`, its counts stored and
    its learners credited, as a facilitator's "end" does. One conditional UPDATE decides: if the session
    had already finished (another request ended it first), nothing happens and the result is False."""
    with transaction.atomic():
        changed = (
            LiveSession.objects.filter(pk=session.pk)
            .exclude(state="finished")
            .update(state="finished", ended_idle=True, finished_at=timezone.now(), version=F("version") + 1)
        )
        if not changed:
            return False
        polling.forget(session.pk)
        session.refresh_from_db()
        quiz = quiz_for(session, session.language)
        store_results(session, quiz)
        credit_learners(session, quiz)
    return True


# The quiz in a language.


def quiz_for(session, language):
    """The session's quiz in `language` if it is live in it, else in the room's language (or any)."""
    pages = QuizPage.objects.live().filter(translation_key=session.quiz_key)
    wanted = [language, session.language]
    found = {
        page.locale.language_code: page
        for page in pages.filter(locale__language_code__in=wanted).select_related("locale")
    }
    return found.get(language) or found.get(session.language) or pages.first()


def shown_quiz(session, language):
    """The quiz as `quiz_for` finds it, if the session's facilitator may still view it (access.may_view);
    else None, as for an unpublished quiz: a quiz restricted after its session started no longer reaches
    the room, the phones or the summary. The state machine and the stored counts use `quiz_for`."""
    quiz = quiz_for(session, language)
    facilitator = SimpleLazyObject(lambda: session.facilitator)  # loaded only if the quiz is restricted
    return quiz if quiz is None or may_view(facilitator, quiz) else None


def question_at(quiz, index):
    """The question at `index` (from 0), or None; only questions of its type are converted."""
    if quiz is None or not 0 <= index < len(quiz.questions.raw_data):
        return None
    return quiz.questions[index]


# The state machine.

ACTIONS = {
    # action: (states it may start from, state it leads to)
    "open": (("lobby",), "open"),
    "close": (("open",), "closed"),
    "reveal": (("open", "closed"), "revealed"),
    "next": (("closed", "revealed"), "open"),
    "finish": (("lobby", "open", "closed", "revealed"), "finished"),
}


def advance(session, action, seen_version, quiz):
    """Apply `action` if the session is still at `seen_version` and the action fits its state; return the
    session reloaded. One conditional UPDATE: of two clicks at once, one wins and the other is refused."""
    if action not in ACTIONS:
        raise LiveRefused(_("This is not something a session can do."), 404)
    sources, target = ACTIONS[action]
    updates = {"state": target, "version": F("version") + 1}
    question_count = len(quiz.questions) if quiz is not None else 0
    if action == "open":
        if question_count == 0:
            raise LiveRefused(_("This quiz has no questions."), 409)
        updates.update(current_index=0, answered_count=0, question_id=question_at(quiz, 0).id)
    elif action == "next":
        if session.current_index + 1 >= question_count:
            target = "finished"
            updates["state"] = target
        else:
            following = session.current_index + 1
            updates.update(
                current_index=following, answered_count=0, question_id=question_at(quiz, following).id
            )
    if target == "finished":
        updates["finished_at"] = timezone.now()
    with transaction.atomic():
        changed = LiveSession.objects.filter(
            pk=session.pk, version=seen_version, state__in=sources, current_index=session.current_index
        ).update(**updates)
        if not changed:
            raise LiveRefused(
                _("The session has already moved on: here is where it is now. Nothing was changed."), 409
            )
        polling.forget(session.pk)
        session.refresh_from_db()
        if session.state == "open":
            polling.asked(session.pk, session.current_index)
        if session.is_finished:
            store_results(session, quiz)
            credit_learners(session, quiz)
    return session


# Joining.


# Control, format (zero-width, bidirectional), private-use and surrogate characters, line and paragraph
# separators: a nickname holding one hides, reorders or breaks the text around it on every screen.
REFUSED_IN_NICKNAMES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def has_hidden_characters(text):
    """Whether `text` holds a control, format (bidi override, zero-width), private-use or line-separator
    character: names shown to the room must read as they look."""
    return any(unicodedata.category(char) in REFUSED_IN_NICKNAMES for char in text)


def clean_nickname(text):
    """The nickname as stored and shown: NFKC-normalised (a fullwidth "Ａ" is "A"), its spaces collapsed;
    or a refusal (empty, an invisible or control character, longer than MAX_NICKNAME: never cut)."""
    nickname = unicodedata.normalize("NFKC", text or "")
    if has_hidden_characters(nickname):
        raise LiveRefused(_("Remove the invisible or control characters from your nickname."), 400)
    nickname = " ".join(nickname.split())
    if not nickname:
        raise LiveRefused(_("Choose a nickname: it is all the session asks of you."), 400)
    if len(nickname) > MAX_NICKNAME:
        raise LiveRefused(
            _("Your nickname is too long: %(max)s characters at most.") % {"max": MAX_NICKNAME}, 400
        )
    return nickname


def nickname_taken(session, nickname):
    """Whether someone in `session` has `nickname` whatever its case ("alice" is "Alice"). The database's
    constraint sees only the exact same text, so `join` asks this while it holds the session's row."""
    wanted = nickname.casefold()
    return any(name.casefold() == wanted for name in session.participants.values_list("nickname", flat=True))


def find_open_session(code):
    """The open session with this code, or a refusal saying whether the code is wrong or has ended."""
    code = clean_code(code or "")
    if not code:
        raise LiveRefused(_("Type the code shown on the room's screen."), 400)
    session = LiveSession.objects.filter(code=code).exclude(state="finished").first()
    if session is not None and not is_expired(session):
        return session
    if session is not None or LiveSession.objects.filter(code=code).exists():
        raise LiveRefused(_("This session has ended. Ask the facilitator for the new code."), 410)
    raise LiveRefused(_("No session has this code. Check the code on the room's screen."), 404)


def clean_team(session, team):
    """The team a participant chose, if the session is ranked by team ("" otherwise), or a refusal."""
    if session.ranking != "team":
        return ""
    if team not in session.teams:
        raise LiveRefused(_("Choose your team in the list."), 400)
    return team


def join(session, nickname, learner=None, team=""):
    """Add a participant to `session`, or refuse (session full or finished, nickname taken, no team chosen
    in a session ranked by team). `learner`: a signed-in learner who chose to count the session toward
    their own progress (credit_learners)."""
    nickname = clean_nickname(nickname)
    team = clean_team(session, team)
    with transaction.atomic():
        counted = (
            LiveSession.objects.filter(
                pk=session.pk, joined_count__lt=F("max_participants"), joining_locked=False
            )
            .exclude(state="finished")
            .update(joined_count=F("joined_count") + 1)
        )
        if not counted:
            if LiveSession.objects.filter(pk=session.pk, state="finished").exists():
                raise LiveRefused(_("This session has ended. Ask the facilitator for the new code."), 410)
            if LiveSession.objects.filter(pk=session.pk, joining_locked=True).exists():
                raise LiveRefused(str(LOCKED), 403)
            raise LiveRefused(_("This session is full: no more participants can join."), 409)
        if nickname_taken(session, nickname):  # the counter's UPDATE above holds the session's row
            raise taken_refusal()
        try:
            with transaction.atomic():
                return LiveParticipant.objects.create(
                    session=session, nickname=nickname, learner=learner, team=team
                )
        except IntegrityError:
            raise taken_refusal() from None


def taken_refusal():
    return LiveRefused(_("Someone in the session already has this nickname: choose another one."), 409)


# What the facilitator may change about joining.

JOINING_SETTINGS = {
    "lock": {"joining_locked": True},
    "unlock": {"joining_locked": False},
    "step-on": {"second_step": True},
    "step-off": {"second_step": False},
}


def change_joining(session, action):
    """Lock or unlock joining, turn the second step on or off (one of JOINING_SETTINGS); the version
    changes, so the room's screen and the phones redraw. Refused once the session is finished."""
    changed = (
        LiveSession.objects.filter(pk=session.pk)
        .exclude(state="finished")
        .update(**JOINING_SETTINGS[action], version=F("version") + 1)
    )
    polling.forget(session.pk)
    if not changed:
        raise LiveRefused(_("This session has ended. Ask the facilitator for the new code."), 410)


def remove_participant(session, participant_id):
    """Remove a participant: their seat is free again, their answers are deleted (so they leave the
    charts, the summary and the ranking), and their phone says they were removed. Refused (404) for
    someone not in the session, or already removed."""
    with transaction.atomic():
        session = LiveSession.objects.select_for_update().get(pk=session.pk)
        removed = LiveParticipant.objects.filter(
            pk=participant_id, session=session, removed_at__isnull=True
        ).update(removed_at=timezone.now())
        if not removed:
            raise LiveRefused(_("This participant is not in the session."), 404)
        answers = LiveAnswer.objects.filter(participant_id=participant_id)
        current = answers.filter(question_id=session.question_id).count() if session.state != "lobby" else 0
        answers.delete()
        LiveSession.objects.filter(pk=session.pk).update(
            joined_count=Greatest(F("joined_count") - 1, 0),
            answered_count=Greatest(F("answered_count") - current, 0),
            version=F("version") + 1,
        )
        polling.forget(session.pk)


# The second join step.


def step_window():
    """The number of the current STEP_SECONDS window."""
    return int(timezone.now().timestamp()) // STEP_SECONDS


def second_step_code(session, window):
    """The second step's code in `window`: STEP_DIGITS digits from an HMAC keyed by the SECRET_KEY and
    this session (nothing to store; no one without the key can work it out from codes seen before)."""
    digest = salted_hmac("quizzes.live.second-step", f"{session.pk}:{session.code}:{window}").hexdigest()
    return f"{int(digest, 16) % 10**STEP_DIGITS:0{STEP_DIGITS}d}"


def check_second_step(session, typed):
    """Nothing if the session has no second step, or `typed` is its code now or in the window before
    (the code may change while it is typed); else a refusal: 400 if nothing was typed, 403 if wrong. A
    locked session is refused first (403, not counted as a wrong code): no step opens it."""
    if session.joining_locked:
        raise LiveRefused(str(LOCKED), 403)
    if not session.second_step:
        return
    typed = "".join((typed or "").split())
    if not typed:
        raise LiveRefused(_("Now type the second code, shown on the room's screen under the join code."), 400)
    window = step_window()
    if not any(hmac.compare_digest(typed, second_step_code(session, window - n)) for n in (0, 1)):
        raise WrongSecondCode(
            _("This second code is wrong or has changed: type the one on the room's screen now."), 403
        )


# Answering.


def record_answer(session, participant, quiz, question_id, data):
    """Record `participant`'s answer to the open question, once; refuse anything else."""
    if participant.removed_at is not None:
        raise LiveRefused(str(REMOVED), 403)
    question = question_at(quiz, session.current_index)
    if question is None or question.id != question_id:
        raise LiveRefused(_("This is not the question on the screen now."), 409)
    try:
        response = question.block.parse(question.value, data)
    except InvalidAnswer as invalid:
        raise LiveRefused(str(invalid), 400) from None
    correct = question.block.is_correct(question.value, response)
    if LiveAnswer.objects.filter(participant=participant, question_id=question_id).exists():
        raise LiveRefused(_("You have already answered this question: your first answer counts."), 409)
    with transaction.atomic():
        counted = LiveSession.objects.filter(
            pk=session.pk, state="open", current_index=session.current_index
        ).update(answered_count=F("answered_count") + 1)
        if not counted:
            raise LiveRefused(_("Answering is closed for this question."), 409)
        polling.answered(session.pk, session.current_index, participant.pk)
        try:
            with transaction.atomic():
                return LiveAnswer.objects.create(
                    participant=participant, question_id=question_id, response=response, is_correct=correct
                )
        except IntegrityError:
            raise LiveRefused(
                _("You have already answered this question: your first answer counts."), 409
            ) from None


# Results.


def count_responses(question, responses):
    """{key: number of answers} for one question (a StreamField child), from (response, is_correct) pairs:
    its block counts them (a choice id per choice, "true"/"false", or "right"/"wrong": no free text is
    kept)."""
    return question.block.count_responses(question.value, responses)


@dataclass
class QuestionResult:
    number: int
    id: str
    prompt: str
    question: object
    answered: int
    correct: int
    counts: dict = field(default_factory=dict)
    bars: list = field(default_factory=list)

    @property
    def percent_correct(self):
        return round(100 * self.correct / self.answered) if self.answered else 0

    @property
    def top_wrong(self):
        """The most chosen wrong option (a choice, true or false), or None."""
        wrong = [bar for bar in self.bars if bar.is_option and not bar.correct and bar.count]
        return max(wrong, key=lambda bar: bar.count, default=None)

    @property
    def worth_discussing(self):
        """Whether this question meets DISCUSS's rule on its own (`worth_discussing()` keeps the weakest)."""
        return DISCUSS.meets(self)


@dataclass(frozen=True)
class DiscussionRule:
    """Which questions the summary calls worth discussing; the summary states it with `describe()`."""

    below_percent: int  # fewer than this share of those who answered got it right
    wrong_percent: int  # or this share of them, or more, chose the same wrong answer
    at_most: int  # and no more than this many questions: the ones with the fewest right

    def meets(self, result):
        if not result.answered:
            return False
        top = result.top_wrong
        return result.percent_correct < self.below_percent or (
            top is not None and 100 * top.count >= self.wrong_percent * result.answered
        )

    def describe(self):
        return _(
            "A question is worth discussing if fewer than %(below)s%% of those who answered got it right, or "
            "if %(wrong)s%% or more of them chose the same wrong answer; %(most)s questions at most, those "
            "with the fewest right answers."
        ) % {"below": self.below_percent, "wrong": self.wrong_percent, "most": self.at_most}


DISCUSS = DiscussionRule(below_percent=60, wrong_percent=30, at_most=3)


def worth_discussing(results):
    """The results DISCUSS selects, in question order: those meeting its rule, the weakest first if there
    are too many (fewest right, then the most chosen wrong answer)."""
    met = [result for result in results if DISCUSS.meets(result)]
    weakest = sorted(
        met,
        key=lambda r: (r.percent_correct, -(r.top_wrong.count if r.top_wrong else 0), r.number),
    )[: DISCUSS.at_most]
    return sorted(weakest, key=lambda result: result.number)


def bars_for(question, counts, answered):
    """The chart's bars for one question, labelled in the language of `question` (a StreamField child)."""
    return question.block.chart_bars(question.value, counts, answered)


def question_result(number, question, counts, answered, correct):
    return QuestionResult(
        number=number,
        id=question.id,
        prompt=question.value["prompt"],
        question=question,
        answered=answered,
        correct=correct,
        counts=counts,
        bars=bars_for(question, counts, answered),
    )


def live_result(session, quiz, index):
    """The result of one question so far, from the answers (one query)."""
    question = question_at(quiz, index)
    if question is None:
        return None
    responses = list(
        LiveAnswer.objects.filter(
            participant__session=session, participant__removed_at__isnull=True, question_id=question.id
        ).values_list("response", "is_correct")
    )
    correct = sum(1 for _response, is_correct in responses if is_correct)
    return question_result(index + 1, question, count_responses(question, responses), len(responses), correct)


def asked_count(session):
    """How many questions the session asked: none before the first was opened, else up to the current one
    (a session ended early asked only those)."""
    return session.current_index + 1 if session.question_id else 0


def results(session, quiz):
    """The result of each question the session asked (asked_count), in order: the stored counts once the
    session finished, else from the answers."""
    stored = {result.question_id: result for result in session.results.all()}
    if not stored:
        answers = {}
        for question_id, response, is_correct in LiveAnswer.objects.filter(
            participant__session=session, participant__removed_at__isnull=True
        ).values_list("question_id", "response", "is_correct"):
            answers.setdefault(question_id, []).append((response, is_correct))
    out = []
    asked = list(quiz.questions)[: asked_count(session)] if quiz is not None else []
    for number, question in enumerate(asked, start=1):
        if stored:
            result = stored.get(question.id)
            counts, answered, correct = (
                (result.counts, result.answered, result.correct) if result else ({}, 0, 0)
            )
        else:
            responses = answers.get(question.id, [])
            counts = count_responses(question, responses)
            answered, correct = len(responses), sum(1 for _r, c in responses if c)
        out.append(question_result(number, question, counts, answered, correct))
    return out


def store_results(session, quiz):
    """Keep the per-question counts of a finished session (idempotent)."""
    if session.results.exists() or quiz is None:
        return
    LiveQuestionResult.objects.bulk_create(
        LiveQuestionResult(
            session=session,
            position=result.number,
            question_id=result.id,
            answered=result.answered,
            correct=result.correct,
            counts=result.counts,
        )
        for result in results(session, quiz)
    )


@dataclass
class Rank:
    """One line of a ranking: a nickname (members 1) or a team, its right answers, and (for a team, whose
    size differs from the others') its average right answers per member, which orders the teams.
    `answering`: how many of its members answered at least once."""

    name: str
    right: int
    members: int = 1
    answering: int = 1

    @property
    def per_member(self):
        """The average number of right answers per member, or None for a team nobody joined."""
        return self.right / self.members if self.members else None


def ranking(session):
    """The session's ranking, best first: the top 10 nicknames (an erased participant's is not one), or
    every team; [] without a ranking."""
    right = Count("answers", filter=Q(answers__is_correct=True))
    present = session.participants.filter(removed_at__isnull=True)
    if session.ranking == "nickname":
        rows = (
            present.exclude(nickname__startswith=ERASED)
            .annotate(right=right)
            .order_by("-right", "nickname")[:10]
        )
        return [Rank(row.nickname, row.right) for row in rows]
    if session.ranking != "team":
        return []
    totals = {
        row["team"]: row
        for row in present.values("team").annotate(
            members=Count("pk", distinct=True),
            right=right,
            answering=Count("pk", filter=Q(answers__isnull=False), distinct=True),
        )
    }
    ranks = [
        Rank(team, totals[team]["right"], totals[team]["members"], totals[team]["answering"])
        if team in totals
        else Rank(team, 0, 0, 0)
        for team in session.teams
    ]
    return sorted(ranks, key=lambda rank: (rank.per_member is None, -(rank.per_member or 0), -rank.right))


def credit_learners(session, quiz):
    """For each participant who chose, when joining, to count the session toward their own progress: a
    finished attempt on the quiz with their answers, scored like any other (the best attempt counts)."""
    if quiz is None:
        return
    question_count = len(quiz.questions.raw_data)
    participants = session.participants.filter(learner__isnull=False, removed_at__isnull=True)
    participants = participants.prefetch_related("answers")
    for participant in participants:
        answers = list(participant.answers.all())
        score = round(100 * sum(a.is_correct for a in answers) / question_count) if question_count else 0
        attempt = QuizAttempt.objects.create(
            learner_id=participant.learner_id,
            quiz_key=session.quiz_key,
            started_at=participant.created_at,
            finished_at=timezone.now(),
            score=score,
            passed=score >= quiz.pass_mark,
        )
        Answer.objects.bulk_create(
            Answer(attempt=attempt, question_id=a.question_id, response=a.response, is_correct=a.is_correct)
            for a in answers
        )


# Retention.

# Begins the nickname of a participant whose account was erased: `clean_nickname` refuses it (a format
# character), so no one can type it, and each such nickname stays unique in its session.
ERASED = "\u2060"


def erase_learner(learner):
    """Forget what live sessions keep about `learner`, whose account is being erased: each of their
    participants loses its nickname (ERASED and its number take its place, and it is no longer ranked),
    its link to them, and the text of its answers in words (a string response, whose counts are "right"
    and "wrong" only). Its answers and choices still count: the sessions' counts stay."""
    for participant in LiveParticipant.objects.filter(learner=learner).prefetch_related("answers"):
        worded = [answer for answer in participant.answers.all() if isinstance(answer.response, str)]
        for answer in worded:
            answer.response = ""
        LiveAnswer.objects.bulk_update(worded, ["response"])
        LiveParticipant.objects.filter(pk=participant.pk).update(
            nickname=f"{ERASED}{participant.pk}", learner=None
        )


def purge_old_sessions(days=None):
    """Delete the nicknames and answers of sessions older than the retention period, keeping their
    counts; sessions never finished end first, as idle ones do (`end_idle`). Returns how many sessions
    were purged."""
    cutoff = timezone.now() - timedelta(days=days or retention_days())
    purged = 0
    for session in LiveSession.objects.filter(created_at__lt=cutoff, purged_at__isnull=True):
        with transaction.atomic():
            if not session.is_finished:
                end_idle(session)
                session.refresh_from_db()
            store_results(session, quiz_for(session, session.language))
            session.participants.all().delete()
            LiveSession.objects.filter(pk=session.pk).update(purged_at=timezone.now())
            purged += 1
    return purged
