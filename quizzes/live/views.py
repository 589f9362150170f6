"""The live session's web side: the room's screen and its controls (the facilitator), /join/ and the phones
(the participants), the summary, its CSV, XLSX and PDF, and the facilitator's "my workshops".

Keeping up to date is htmx polling with conditional requests: the polled element carries the ETag of what
it shows in `hx-headers` (If-None-Match), so a poll when nothing changed gets a 304 with no body (a
phone's from the cache alone, in quizzes.live.polling's middleware), and htmx leaves the page alone.
Without JavaScript the pages refresh themselves (a meta refresh inside <noscript>, to the page's own
address; a phone's more slowly while its question waits for an answer) and have a "refresh" link, until the
session is over. Every refusal answers with its status and a message (a phone's answer without JavaScript:
a redirect to the phone's page, and the message), and changes nothing.
"""

import json
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from learning import page_cache
from learning.models import Learner
from learning.spreadsheets import csv_response, xlsx_response
from quizzes.live import charts, guessing, polling, presenter, rules
from quizzes.live.access import RUN_LIVE_SESSIONS, may_view
from quizzes.live.rules import LiveRefused
from quizzes.models import RANKINGS, LiveAnswer, LiveParticipant, LiveSession, QuizPage
from quizzes.presentation import QuestionView

POLL_INTERVAL = "1s"
# Without JavaScript a phone reloads itself: often while it waits, seldom while its participant may be
# choosing an answer (a reload drops a choice not yet sent), and slowly while it shows a message.
REFRESH_WHILE_WAITING = 4
REFRESH_WHILE_ANSWERING = 15
QUESTION_CACHE_SECONDS = 15 * 60
SESSION_KEY = "live_participants"


def refused(request, refusal, template="quizzes/live/refused.html", context=None):
    return TemplateResponse(
        request, template, {**(context or {}), "error": refusal.message}, status=refusal.status
    )


def conditional(request, etag, render):
    """304 if the poller already shows `etag`, else the response `render()` makes, with its ETag."""
    sent = request.headers.get("If-None-Match", "").removeprefix("W/")
    response = HttpResponseNotModified() if sent == etag else render()
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache, private"
    return response


def poll_headers(etag):
    return json.dumps({"If-None-Match": etag})


def join_address(request):
    return f"{request.scheme}://{request.get_host()}/join/"


# The facilitator.


def own_session(request, pk):
    """The session, if the signed-in user is its facilitator; else a refusal (403)."""
    if not request.user.has_perm(RUN_LIVE_SESSIONS):
        raise LiveRefused(_("Only the session's facilitator can do this."), 403)
    session = get_object_or_404(LiveSession, pk=pk)
    if session.facilitator_id != request.user.pk:
        raise LiveRefused(_("This session belongs to another facilitator."), 403)
    return session


@require_POST
def start(request, quiz_id):
    """Start a session of a quiz in the chosen room language, and go to its room screen. A quiz the
    facilitator may not view (access.may_view) is not found."""
    if not request.user.has_perm(RUN_LIVE_SESSIONS):
        return refused(request, LiveRefused(_("Only facilitators can start a live session."), 403))
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id).specific
    if not may_view(request.user, quiz):
        return refused(request, LiveRefused(_("This quiz is not published."), 404))
    language = request.POST.get("language", "")
    ranking = request.POST.get("ranking", "")
    try:
        if language not in dict(quiz.languages()):
            raise LiveRefused(_("Choose one of the quiz's languages for the room."), 400)
        if ranking not in dict(RANKINGS):
            raise LiveRefused(_("Choose one of the rankings offered."), 400)
        teams = rules.clean_teams(request.POST.get("teams", "")) if ranking == "team" else []
    except LiveRefused as refusal:
        chosen = {
            "live_quiz": quiz,
            "live_languages": quiz.room_languages(),
            "live_language": language,
            "live_ranking": ranking,
            "live_teams": request.POST.get("teams", ""),
        }
        return refused(request, refusal, "quizzes/live/start.html", chosen)
    session = rules.start_session(quiz, request.user, language, ranking=ranking, teams=teams)
    with translation.override(language):
        return redirect(reverse("live_room", args=[session.pk]))


def screen_etag(session):
    """What the room's screen shows: the session's version and counts, and the second step's window."""
    step = rules.step_window() if session.second_step else 0
    return f'"s{session.pk}-{session.version}-{session.joined_count}-{session.answered_count}-{step}"'


def people_etag(session):
    return f'"l{session.pk}-{session.version}-{session.joined_count}"'


def people_context(session):
    """The participants still in the session, for the facilitator's list with its "remove" buttons."""
    return {
        "session": session,
        "people": session.participants.filter(removed_at__isnull=True)
        .exclude(nickname__startswith=rules.ERASED)
        .order_by("nickname"),
        "people_headers": poll_headers(people_etag(session)),
    }


def screen_context(request, session, screen="room"):
    """What the room's screen (or the facilitator's remote: `screen`) shows, its controls included."""
    quiz = rules.shown_quiz(session, translation.get_language())
    question = rules.question_at(quiz, session.current_index) if session.state != "lobby" else None
    result = rules.live_result(session, quiz, session.current_index) if question is not None else None
    reveal = session.state == "revealed"
    etag = screen_etag(session)
    address = join_address(request)
    joining = not (session.joining_locked or session.is_finished)
    question_count = len(quiz.questions) if quiz is not None else 0
    return {
        "session": session,
        "quiz": quiz,
        "question": live_question_view(quiz, session, question, None) if question else None,
        "question_count": question_count,
        "result": result,
        "reveal": reveal,
        "chart": charts.bar_chart(result, reveal=reveal, chart_id="live-chart") if result else None,
        "etag": etag,
        "poll_headers": poll_headers(etag),
        "join_address": address,
        "qr": charts.qr_code(f"{address}?code={session.code}")
        if session.state == "lobby" and joining
        else None,
        "joining": joining,
        "step_code": rules.second_step_code(session, rules.step_window())
        if joining and session.second_step
        else "",
        "step_seconds": rules.STEP_SECONDS,
        "idle_notice": idle_notice(session),
        **presenter.controls_context(session, question_count, screen),
        **people_context(session),
    }


@vary_on_headers("HX-Request")
def room(request, pk):
    """The room's screen: the join address, code and QR code, then the question, live counts and chart."""
    try:
        session = own_session(request, pk)
    except LiveRefused as refusal:
        return refused(request, refusal)
    if request.htmx:
        return conditional(
            request,
            screen_etag(session),
            lambda: TemplateResponse(
                request, "quizzes/live/room.html#screen", screen_context(request, session)
            ).render(),
        )
    session = ended_if_idle(session)
    return TemplateResponse(request, "quizzes/live/room.html", screen_context(request, session))


def ended_if_idle(session):
    """`session`, ended first if nobody touched it for its expiry time (rules.end_idle_sessions): what a
    screen opened afresh shows. Polls do not ask (they would pay a query each second)."""
    if not session.is_finished and rules.end_idle_sessions(LiveSession.objects.filter(pk=session.pk)):
        session.refresh_from_db()
    return session


@vary_on_headers("HX-Request")
def remote(request, pk):
    """The facilitator's remote, for a second device: the session's state and the controls only (the
    projector's screen follows by polling). Polled like the room's screen, with the same ETag."""
    try:
        session = own_session(request, pk)
    except LiveRefused as refusal:
        return refused(request, refusal)
    if not request.htmx:
        session = ended_if_idle(session)
    template = "quizzes/live/remote.html#remote" if request.htmx else "quizzes/live/remote.html"

    def render():
        return TemplateResponse(request, template, screen_context(request, session, "remote")).render()

    return conditional(request, screen_etag(session), render) if request.htmx else render()


@require_POST
def control(request, pk, action):
    """One of the facilitator's buttons: open, close, reveal, next, finish, or lock / unlock joining and
    turn the second step on / off (post/redirect/get, back to the screen it was clicked on: the room's or
    the remote). Only the first five need the version the screen showed: the others set a value, so a
    click from a stale screen does what it says. Ending the session first asks for a confirmation
    (presenter.confirmation) and changes nothing until it comes."""
    screen = presenter.screen_of(request)
    try:
        session = own_session(request, pk)
        if action in rules.JOINING_SETTINGS:
            rules.change_joining(session, action)
            return redirect(presenter.screen_url(session, screen))
        try:
            seen_version = int(request.POST.get("version", ""))
        except ValueError:
            raise LiveRefused(
                _("The session has already moved on: here is where it is now. Nothing was changed."),
                409,
            ) from None
        quiz = rules.quiz_for(session, session.language)
        question_count = len(quiz.questions) if quiz is not None else 0
        if request.POST.get("confirm") != presenter.CONFIRMED and presenter.ends_session(
            session, action, question_count
        ):
            return presenter.confirmation(request, session, action, seen_version, question_count)
        rules.advance(session, action, seen_version, quiz)
    except LiveRefused as refusal:
        if refusal.status == 403 or not LiveSession.objects.filter(pk=pk).exists():
            return refused(request, refusal)
        session = LiveSession.objects.get(pk=pk)
        return presenter.refused_on_screen(request, refusal, screen_context(request, session, screen))
    if session.is_finished:
        return redirect("live_summary", pk=session.pk)
    return redirect(presenter.screen_url(session, screen))


@require_POST
def remove(request, pk, participant_id):
    """Remove a participant (the facilitator's button by their nickname): seat freed, answers deleted."""
    try:
        session = own_session(request, pk)
        rules.remove_participant(session, participant_id)
    except LiveRefused as refusal:
        return refused(request, refusal)
    return redirect(f"{reverse('live_room', args=[pk])}#live-people")


@vary_on_headers("HX-Request")
def people(request, pk):
    """The list of participants on the room's screen, each with a "remove" button (polled by htmx; without
    JavaScript it is drawn with the room's screen)."""
    try:
        session = own_session(request, pk)
    except LiveRefused as refusal:
        return refused(request, refusal)
    if not request.htmx:
        return redirect(f"{reverse('live_room', args=[pk])}#live-people")
    return conditional(
        request,
        people_etag(session),
        lambda: TemplateResponse(request, "quizzes/live/room.html#people", people_context(session)).render(),
    )


def asked_line(asked, total):
    """How many of the quiz's questions the session asked, if not all of them; else ""."""
    if asked >= total:
        return ""
    if not asked:
        return _("No question was asked: the session ended before the first one.")
    return ngettext(
        "%(asked)s of %(total)s questions asked: the session ended before the other one.",
        "%(asked)s of %(total)s questions asked: the session ended before the other %(left)s.",
        total - asked,
    ) % {"asked": asked, "total": total, "left": total - asked}


def idle_line(session):
    """What "my workshops" and the summary say of a session that ended by itself; else ""."""
    if not session.ended_idle:
        return ""
    hours = rules.open_hours()
    return ngettext(
        "ended by itself after %(hours)s hour without activity",
        "ended by itself after %(hours)s hours without activity",
        hours,
    ) % {"hours": hours}


def idle_notice(session):
    """The summary's sentence about a session that ended by itself; else ""."""
    if not session.ended_idle:
        return ""
    hours = rules.open_hours()
    return ngettext(
        "This session ended by itself after %(hours)s hour without activity.",
        "This session ended by itself after %(hours)s hours without activity.",
        hours,
    ) % {"hours": hours}


def summary_context(session):
    """What the summary page and its PDF show: the questions asked only, and what is worth discussing by
    the rule they state (rules.DISCUSS)."""
    quiz = rules.shown_quiz(session, translation.get_language())
    results = rules.results(session, quiz)
    answered = [result for result in results if result.answered]
    total = len(quiz.questions) if quiz is not None else 0
    return {
        "session": session,
        "quiz": quiz,
        "results": results,
        "rows": [(r, charts.bar_chart(r, reveal=True, chart_id=f"chart-{r.number}")) for r in results],
        "percent_correct": round(sum(r.percent_correct for r in answered) / len(answered)) if answered else 0,
        "asked_line": asked_line(len(results), total) if quiz is not None else "",
        "idle_notice": idle_notice(session),
        "to_discuss": rules.worth_discussing(results),
        "discuss_rule": rules.DISCUSS.describe(),
        "ranking": rules.ranking(session) if session.purged_at is None else [],
    }


def summary(request, pk):
    """The end summary: participation, share correct per question asked, most chosen wrong answers, what
    to discuss and by which rule, the ranking, each question's chart; CSV, XLSX and PDF downloads. A
    session nobody touched for its expiry time ends first (rules.end_idle_sessions)."""
    try:
        session = own_session(request, pk)
    except LiveRefused as refusal:
        return refused(request, refusal)
    session = ended_if_idle(session)
    return TemplateResponse(request, "quizzes/live/summary.html", summary_context(session))


def summary_rows(session):
    """The summary as the rows of a spreadsheet: a row per question asked, then the number of
    participants and of questions not asked."""
    rows = [
        [
            _("Question"),
            _("Prompt"),
            _("Answers"),
            _("Right answers"),
            _("Share right, in percent"),
            _("Most chosen wrong answer"),
            _("Worth discussing"),
        ]
    ]
    quiz = rules.quiz_for(session, translation.get_language())
    results = rules.results(session, quiz)
    discussed = {result.number for result in rules.worth_discussing(results)}
    for result in results:
        top = result.top_wrong
        rows.append(
            [
                result.number,
                result.prompt,
                result.answered,
                result.correct,
                result.percent_correct,
                f"{top.label} ({top.count})" if top else "",
                _("yes") if result.number in discussed else "",
            ]
        )
    not_asked = max(len(quiz.questions) - len(results), 0) if quiz is not None else 0
    return [
        *rows,
        [],
        [_("Participants"), session.joined_count],
        [_("Questions not asked"), not_asked],
        [_("Worth discussing"), rules.DISCUSS.describe()],
    ]


def summary_csv(request, pk):
    """The summary as CSV (learning.spreadsheets: no cell runs as a formula, UTF-8 with its mark)."""
    try:
        session = own_session(request, pk)
    except LiveRefused as refusal:
        return refused(request, refusal)
    return csv_response(f"solidaire-live-{session.code}.csv", summary_rows(session))


def summary_xlsx(request, pk):
    """The summary as an Excel workbook: the same cells as the CSV, texts as texts, numbers as numbers."""
    try:
        session = own_session(request, pk)
    except LiveRefused as refusal:
        return refused(request, refusal)
    return xlsx_response(
        f"solidaire-live-{session.code}.xlsx", summary_rows(session), sheet=_("Live workshop summary")
    )


def summary_document(request, session):
    """The summary laid out on A4 by WeasyPrint (a Document: its `pages`, its `write_pdf()`); nothing is
    fetched while rendering."""
    from weasyprint import HTML  # noqa: PLC0415 - imported here: WeasyPrint loads Pango, only PDFs need it
    from weasyprint.urls import URLFetcher  # noqa: PLC0415

    html = render_to_string("quizzes/live/summary_pdf.html", summary_context(session), request)
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).render()


def summary_pdf(request, pk):
    """The summary on one A4 page, for the union's report."""
    try:
        session = own_session(request, pk)
    except LiveRefused as refusal:
        return refused(request, refusal)
    response = HttpResponse(
        summary_document(request, session).write_pdf(pdf_tags=True), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="solidaire-live-{session.code}.pdf"'
    return response


@login_required
def my_workshops(request):
    """The facilitator's own sessions, newest first; those nobody touched for their expiry time end first
    (rules.end_idle_sessions) and say so."""
    if not request.user.has_perm(RUN_LIVE_SESSIONS):
        return refused(request, LiveRefused(_("Only facilitators run live sessions."), 403))
    rules.end_idle_sessions(LiveSession.objects.filter(facilitator=request.user))
    sessions = LiveSession.objects.filter(facilitator=request.user)
    titles = dict(
        QuizPage.objects.filter(
            translation_key__in={session.quiz_key for session in sessions},
            locale__language_code=translation.get_language(),
        ).values_list("translation_key", "title")
    )
    fallback = dict(
        QuizPage.objects.filter(translation_key__in={s.quiz_key for s in sessions}).values_list(
            "translation_key", "title"
        )
    )
    rows = [(s, titles.get(s.quiz_key) or fallback.get(s.quiz_key, ""), idle_line(s)) for s in sessions]
    return TemplateResponse(request, "quizzes/live/mine.html", {"rows": rows})


# The participants.


def join_redirect(request):
    """/join/ (the address on the screen) leads to /<visitor's language>/join/, keeping the code."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        url = reverse("live_join")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(f"{url}?{query}" if query else url)


def my_participant_id(request, session_pk):
    return request.session.get(SESSION_KEY, {}).get(str(session_pk))


def too_many_guesses(request, context, wait):
    """429: this address sent too many wrong codes this minute (quizzes.live.guessing)."""
    message = _(
        "Too many wrong codes were sent from your connection. Wait %(seconds)s seconds, then type the code "
        "shown on the room's screen."
    ) % {"seconds": wait}
    response = refused(request, LiveRefused(message, 429), "quizzes/live/join.html", context)
    response["Retry-After"] = str(wait)
    return response


def join(request):
    """The join form, in two steps: the code on the screen first (a GET form, the QR code's address), then
    a nickname, and a team if the session is ranked by team, and the second code if the facilitator asked
    for it: each is asked from that form's first display, so no one is refused for a field they could not
    see. No account, nothing else. A code is looked up only if this address has not sent too many wrong
    ones; a wrong one is refused with its status on either step."""
    code = rules.clean_code(request.POST.get("code", request.GET.get("code", "")))
    context = {
        "code": code,
        "nickname": request.POST.get("nickname", ""),
        "team": request.POST.get("team", ""),
        "teams": [],
        "ask_step": False,
        "max_nickname": rules.MAX_NICKNAME,
    }
    session = wrong_code = None
    if code:
        wait = guessing.wait_seconds(request)
        if wait:
            return too_many_guesses(request, context, wait)
        try:
            session = rules.find_open_session(code)
        except LiveRefused as refusal:
            guessing.count_wrong(request)
            wrong_code = refusal
        else:
            context["teams"] = session.teams if session.ranking == "team" else []
            context["ask_step"] = session.second_step and not session.joining_locked
    context["session_known"] = session is not None
    if request.method != "POST":
        if wrong_code is not None:
            return refused(request, wrong_code, "quizzes/live/join.html", context)
        return TemplateResponse(request, "quizzes/live/join.html", context)
    try:
        if session is None:
            raise wrong_code or LiveRefused(_("Type the code shown on the room's screen."), 400)
        known = my_participant_id(request, session.pk)
        if (
            known
            and LiveParticipant.objects.filter(pk=known, session=session, removed_at__isnull=True).exists()
        ):
            return redirect("live_phone", pk=session.pk)
        try:
            rules.check_second_step(session, request.POST.get("step", ""))
        except rules.WrongSecondCode:
            guessing.count_wrong(request)
            raise
        learner = None
        if request.user.is_authenticated and request.POST.get("progress") == "on":
            learner = Learner.objects.for_request(request, create=True)
        participant = rules.join(
            session, request.POST.get("nickname", ""), learner=learner, team=request.POST.get("team", "")
        )
    except LiveRefused as refusal:
        return refused(request, refusal, "quizzes/live/join.html", context)
    joined = request.session.get(SESSION_KEY, {})
    joined[str(session.pk)] = participant.pk
    request.session[SESSION_KEY] = joined
    return redirect("live_phone", pk=session.pk)


@dataclass
class LiveQuestionView(QuestionView):
    """A question as the block's own templates draw it, where the right answer shows when the facilitator
    reveals it (not as soon as the participant has answered, as on the quiz page)."""

    revealed: bool = False

    @property
    def reveal(self):
        return self.revealed


def live_question_view(quiz, session, question, answer):
    """The question as the room's screen and every phone show it: choices in one order per session, the
    same in every hand (the screen's chart keeps the authored order, and names each choice)."""
    revealed = session.state == "revealed"
    response = answer.response if answer is not None else None
    return LiveQuestionView(
        number=session.current_index + 1,
        id=question.id,
        value=question.value,
        block=question.block,
        answer=answer,
        options=question.block.options(
            question.value,
            response,
            seed=(f"live-{session.pk}", question.id),
            reveal=revealed,
            shuffle=quiz.shuffle_choices,
        ),
        feedback=question.block.feedback(question.value, response) if revealed and answer else [],
        revealed=revealed,
    )


@dataclass
class OpenQuestion:
    """What the phone's page needs of the open question when its fields come from the cache."""

    number: int
    id: str


def open_question_fields(request, session):
    """The open question's fields as every phone that has not answered shows them, rendered once per
    session version, language and pages generation (the burst of polls after the facilitator's click reads
    the cache; a new view restriction changes the generation), or None if the session's quiz has no such
    question any more, or is no longer shown (rules.shown_quiz)."""
    language = translation.get_language()
    key = f"live-question:{session.pk}:{session.code}:{session.version}:{language}:{page_cache.generation()}"
    fields = cache.get(key)
    if fields is None:
        quiz = rules.shown_quiz(session, language)
        question = rules.question_at(quiz, session.current_index)
        if question is None:
            return None
        view = live_question_view(quiz, session, question, None)
        fields = render_to_string(
            "quizzes/live/question.html#fields", {"session": session, "question": view}, request
        )
        cache.set(key, fields, QUESTION_CACHE_SECONDS)
    return fields


def phone_context(request, session, participant, quiz=None, answer=None):
    """The phone's page. `answer`: the participant's answer to the current question if the caller has it
    (else it is looked up). A removed participant's phone says so, and stops polling."""
    if participant.removed_at is not None:
        return {"session": session, "participant": participant, "removed": rules.REMOVED, "refresh": False}
    if answer is None and session.state != "lobby":
        answer = LiveAnswer.objects.filter(participant=participant, question_id=session.question_id).first()
    view = fields = None
    if session.state == "open" and answer is None and quiz is None:
        fields = open_question_fields(request, session)
        view = OpenQuestion(session.current_index + 1, session.question_id) if fields is not None else None
    elif session.state != "lobby":
        quiz = quiz or rules.shown_quiz(session, translation.get_language())
        question = rules.question_at(quiz, session.current_index)
        if question is not None:
            view = live_question_view(quiz, session, question, answer)
    etag = polling.phone_etag(session, participant.pk, answer is not None)
    answering = session.state == "open" and answer is None
    return {
        "session": session,
        "participant": participant,
        "question": view,
        "question_fields": fields,
        "answer": answer,
        "chosen": answer.response if answer is not None else None,
        "etag": etag,
        "poll_headers": poll_headers(etag),
        "refresh": not session.is_finished,
        "refresh_seconds": REFRESH_WHILE_ANSWERING if answering else REFRESH_WHILE_WAITING,
        "slow_refresh": REFRESH_WHILE_ANSWERING,
        "poll_interval": POLL_INTERVAL,
    }


def find_participant(request, pk):
    session = get_object_or_404(LiveSession, pk=pk)
    participant_id = my_participant_id(request, pk)
    if not participant_id:
        return session, None
    participant = LiveParticipant.objects.filter(pk=participant_id, session=session).first()
    return session, participant


@cache_control(private=True, no_cache=True)
@vary_on_headers("HX-Request")
def phone(request, pk):
    """A participant's phone: the lobby, the current question, their answer, right or wrong once revealed.
    An idle poll (If-None-Match still current) is answered from the cache before it gets here
    (polling.IdlePhonePollMiddleware), without the database or the Django session; one that reaches this
    view goes the full way: the live session, the Django session, whether this participant answered. The
    page and its polls name the participant: `private`, for no shared cache to keep them."""
    session = get_object_or_404(LiveSession, pk=pk)
    participant_id = my_participant_id(request, pk)
    if not participant_id:
        return redirect("live_join")  # never with the code: a session's number must not reveal it

    def render(template):
        participant = LiveParticipant.objects.filter(pk=participant_id, session=session).first()
        if participant is None:
            return redirect("live_join")
        return TemplateResponse(request, template, phone_context(request, session, participant)).render()

    if not request.htmx:
        return render("quizzes/live/phone.html")
    answered = (
        session.state != "lobby"
        and LiveAnswer.objects.filter(participant_id=participant_id, question_id=session.question_id).exists()
    )
    return conditional(
        request,
        polling.phone_etag(session, participant_id, answered),
        lambda: render("quizzes/live/phone.html#phone"),
    )


@cache_control(private=True, no_cache=True)
@vary_on_headers("HX-Request")
def answer(request, pk, question_id):
    """Record the participant's answer to the open question (once), and show it. Without JavaScript every
    outcome is a redirect to the phone's page (post/redirect/get), which shows where the session is now
    and, after a refusal, why the answer was not counted (one of Django's messages); a GET here
    (a reload, a bookmark) leads there too."""
    if request.method != "POST":
        return redirect("live_phone", pk=pk)
    session, participant = find_participant(request, pk)
    if participant is None:
        return refused(request, LiveRefused(_("Join the session first, with its code and a nickname."), 403))
    quiz = rules.shown_quiz(session, translation.get_language())
    try:
        recorded = rules.record_answer(session, participant, quiz, question_id, request.POST)
    except LiveRefused as refusal:
        if not request.htmx:
            messages.error(request, f"{refusal.message} {_('This answer was not counted.')}")
            return redirect("live_phone", pk=session.pk)
        session.refresh_from_db()
        context = phone_context(request, session, participant, quiz)
        context["error"] = refusal.message
        return TemplateResponse(request, "quizzes/live/phone.html#phone", context, status=refusal.status)
    if not request.htmx:
        return redirect("live_phone", pk=session.pk)
    # Answering changes neither the session's state nor its version: the phone is drawn from what we have.
    context = phone_context(request, session, participant, quiz, answer=recorded)
    return TemplateResponse(request, "quizzes/live/phone.html#phone", context)
