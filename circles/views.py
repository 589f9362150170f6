"""The circles' pages: my circles, a new circle, a circle (its facilitators' page, or its member's), its
meetings (add, edit or move, cancel, start a live quiz), joining, a member's choices, leaving, the meetings
as a calendar file.

Every refusal answers with its status and a message in the visitor's language, and changes nothing:
someone who does not lead the circle gets 403 on what leaders do; someone outside the circle gets 403 on
everything but the join form. Every change is a POST followed by a redirect (post/redirect/get).
"""

import hashlib

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from accounts.forms import SignUpForm
from circles import calendar, rules
from circles.access import leads, may_lead_circles, may_read, membership
from circles.following import course_in, group_progress
from circles.forms import CircleForm, MeetingForm, MembershipForm, toolkits_in
from circles.models import Circle, Meeting, Membership
from circles.rules import CircleRefused
from learning.models import CourseStep, Learner
from quizzes.live import rules as live_rules
from quizzes.live.access import RUN_LIVE_SESSIONS, may_view
from quizzes.live.charts import qr_code
from quizzes.models import QuizPage

QR_CACHE_SECONDS = 24 * 60 * 60


def refused(request, refusal, template="circles/refused.html", context=None):
    return TemplateResponse(
        request, template, {**(context or {}), "error": refusal.message}, status=refusal.status
    )


def not_yours():
    return CircleRefused(_("Only this circle's facilitators can do this."), 403)


def led_circle(request, circle_id):
    """The circle, if the signed-in user leads it; else a refusal (403)."""
    circle = get_object_or_404(Circle, pk=circle_id)
    if not leads(request.user, circle):
        raise not_yours()
    return circle


def open_circle(circle):
    """A refusal (409) for a change to an archived circle."""
    if circle.archived_at is not None:
        raise CircleRefused(_("This circle is archived: it cannot change any more."), 409)


def led_meeting(request, circle_id, meeting_id):
    circle = led_circle(request, circle_id)
    return circle, get_object_or_404(Meeting, pk=meeting_id, circle=circle)


def pages_by_key(keys, languages):
    """{translation key (str): live page} for `keys`, in the first of `languages` each is live in."""
    keys = [key for key in keys if key]
    if not keys:
        return {}
    rank = {code: order for order, code in enumerate(languages)}
    best = {}
    pages = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    for page in pages:
        order = rank.get(page.locale.language_code, len(rank))
        key = str(page.translation_key)
        if key not in best or order < best[key][0]:
            best[key] = (order, page)
    return {key: page for key, (_order, page) in best.items()}


def reading_languages(circle):
    return [translation.get_language(), circle.language]


def next_meeting(meetings):
    now = timezone.now()
    return next((m for m in meetings if m.cancelled_at is None and m.starts_at >= now), None)


def member_plan(request, circle, meetings):
    """Each meeting with its steps to read (pages in the visitor's language, else the circle's) and which
    the visitor has done: [(meeting, [(page, done)])]."""
    keys = {str(key) for meeting in meetings for key in meeting.step_keys}
    keys |= {str(meeting.toolkit_key) for meeting in meetings if meeting.toolkit_key}
    pages = pages_by_key(keys, reading_languages(circle))
    learner = Learner.objects.for_request(request)
    steps = [pages[key] for key in sorted(keys) if key in pages]
    done = {str(key) for key in CourseStep.completed_among(learner, steps)}
    plan = []
    for meeting in meetings:
        readings = [(pages[str(key)], str(key) in done) for key in meeting.step_keys if str(key) in pages]
        meeting.toolkit = pages.get(str(meeting.toolkit_key)) if meeting.toolkit_key else None
        plan.append((meeting, readings))
    return plan


# My circles.


@login_required
def mine(request):
    """The circles the user is a member of (each with its next meeting and what to read before it) and
    the circles they lead."""
    memberships = list(
        Membership.objects.filter(user=request.user, circle__purged_at__isnull=True)
        .select_related("circle")
        .prefetch_related("circle__meetings")
        .order_by("circle__name")
    )
    member_rows = []
    for member in memberships:
        meetings = list(member.circle.meetings.all())
        coming = next_meeting(meetings)
        plan = dict(member_plan(request, member.circle, [coming] if coming else []))
        member_rows.append((member, coming, plan.get(coming, [])))
    led = list(Circle.objects.filter(Q(facilitator=request.user) | Q(co_facilitator=request.user)))
    led.sort(key=lambda circle: (circle.archived_at is not None, circle.name.casefold()))
    context = {"member_rows": member_rows, "led": led, "may_lead": may_lead_circles(request.user)}
    return TemplateResponse(request, "circles/mine.html", context)


# A new circle.


@login_required
def new(request):
    if not may_lead_circles(request.user):
        return refused(request, CircleRefused(_("Only facilitators can create a study circle."), 403))
    form = CircleForm(
        request.POST or None, facilitator=request.user, initial={"language": translation.get_language()}
    )
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            circle = rules.create_circle(
                name=data["name"],
                course_key=data["course_page"].translation_key,
                language=data["language"],
                time_zone=data["time_zone"],
                facilitator=request.user,
                co_facilitator=data["co_facilitator"],
                max_members=data["max_members"],
            )
            messages.success(request, _("The circle is ready. Add its meetings, then invite its members."))
            return redirect("circles:circle", circle.pk)
        return TemplateResponse(request, "circles/new.html", {"form": form}, status=400)
    return TemplateResponse(request, "circles/new.html", {"form": form})


# A circle.


def join_link(request, circle):
    return request.build_absolute_uri(reverse("circles:join") + f"?code={circle.code}")


def join_qr_code(link):
    """The QR code of a circle's join link (drawn here by segno, as the live sessions' is), kept in the
    cache: drawing it takes about 20 ms, a third of the facilitators' page."""
    key = "circle-qr:" + hashlib.sha256(link.encode()).hexdigest()
    return mark_safe(cache.get_or_set(key, lambda: str(qr_code(link)), QR_CACHE_SECONDS))  # noqa: S308 - segno's SVG


@login_required
def circle_page(request, circle_id):
    """The facilitators' page (the group's progress, the meetings, the invitation) or the member's (the
    plan, what to read, their choices); 403 for anyone else."""
    circle = get_object_or_404(Circle, pk=circle_id)
    meetings = list(circle.meetings.all())
    if leads(request.user, circle):
        link = join_link(request, circle)
        context = {
            "circle": circle,
            "progress": group_progress(circle, meetings),
            "join_link": link,
            "qr": join_qr_code(link) if circle.archived_at is None else "",
            "max_members": circle.max_members,
            "retention_days": rules.retention_days(),
        }
        return TemplateResponse(request, "circles/circle_lead.html", context)
    member = membership(request.user, circle)
    if member is None:
        return refused(request, outsider())
    context = {
        "circle": circle,
        "member": member,
        "plan": member_plan(request, circle, meetings),
        "coming": next_meeting(meetings),
        "form": MembershipForm(
            initial={"circle_name": member.circle_name, "sharing": "share" if member.shares_progress else ""}
        ),
    }
    return TemplateResponse(request, "circles/circle_member.html", context)


def outsider():
    return CircleRefused(_("This circle is only for its members and facilitators."), 403)


@require_POST
@login_required
def archive(request, circle_id):
    try:
        circle = led_circle(request, circle_id)
    except CircleRefused as refusal:
        return refused(request, refusal)
    if circle.archived_at is None:
        rules.archive(circle)
        messages.success(
            request,
            _("The circle is archived. Its members and discussions will be deleted in %(days)s days.")
            % {"days": rules.retention_days()},
        )
    return redirect("circles:circle", circle.pk)


# Meetings.


def meeting_form(request, circle, meeting=None):
    course = course_in(circle.course_key, circle.language)
    steps = course.steps() if course is not None else []
    initial = {}
    if meeting is not None:
        local = rules.in_zone(meeting.starts_at, circle.time_zone)
        initial = {
            "day": local.date(),
            "time": local.time().replace(second=0, microsecond=0),
            "place": meeting.place,
            "steps": [str(key) for key in meeting.step_keys],
            "toolkit": str(meeting.toolkit_key or ""),
        }
    return MeetingForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        circle=circle,
        steps=steps,
        toolkits=toolkits_in(circle.language),
    )


def save_meeting(form, circle, meeting=None):
    data = form.cleaned_data
    meeting = meeting or Meeting(circle=circle)
    meeting.starts_at = data["starts_at"]
    meeting.place = data["place"]
    meeting.step_keys = list(data["steps"])
    meeting.toolkit_key = data["toolkit"] or None
    meeting.save()
    return meeting


@login_required
def meeting_new(request, circle_id):
    try:
        circle = led_circle(request, circle_id)
        open_circle(circle)
    except CircleRefused as refusal:
        return refused(request, refusal)
    form = meeting_form(request, circle)
    if request.method == "POST":
        if form.is_valid():
            save_meeting(form, circle)
            messages.success(request, _("The meeting is added."))
            return redirect("circles:circle", circle.pk)
        return TemplateResponse(
            request, "circles/meeting_form.html", {"circle": circle, "form": form}, status=400
        )
    return TemplateResponse(request, "circles/meeting_form.html", {"circle": circle, "form": form})


@login_required
def meeting_edit(request, circle_id, meeting_id):
    """Edit or move a meeting (its date and time are a field like the others)."""
    try:
        circle, meeting = led_meeting(request, circle_id, meeting_id)
        open_circle(circle)
    except CircleRefused as refusal:
        return refused(request, refusal)
    form = meeting_form(request, circle, meeting)
    context = {"circle": circle, "form": form, "meeting": meeting}
    if request.method == "POST":
        if form.is_valid():
            save_meeting(form, circle, meeting)
            messages.success(request, _("The meeting is saved."))
            return redirect("circles:circle", circle.pk)
        return TemplateResponse(request, "circles/meeting_form.html", context, status=400)
    return TemplateResponse(request, "circles/meeting_form.html", context)


@require_POST
@login_required
def meeting_cancel(request, circle_id, meeting_id):
    """Cancel a meeting (it stays in the plan, marked cancelled), or restore it (`restore`)."""
    try:
        circle, meeting = led_meeting(request, circle_id, meeting_id)
        open_circle(circle)
    except CircleRefused as refusal:
        return refused(request, refusal)
    if request.POST.get("restore"):
        Meeting.objects.filter(pk=meeting.pk).update(cancelled_at=None)
        messages.success(request, _("The meeting is on again."))
    else:
        Meeting.objects.filter(pk=meeting.pk, cancelled_at__isnull=True).update(cancelled_at=timezone.now())
        messages.success(request, _("The meeting is cancelled. Members see it marked so."))
    return redirect("circles:circle", circle.pk)


def course_quizzes(circle):
    """The course's quizzes in the circle's language (else any): [(translation key, page)]."""
    course = course_in(circle.course_key, circle.language)
    if course is None:
        return []
    keys = [str(step.translation_key) for step in course.steps()]
    pages = pages_by_key(keys, [circle.language])
    return [
        (key, pages[key]) for key in keys if key in pages and issubclass(pages[key].specific_class, QuizPage)
    ]


@login_required
def meeting_page(request, circle_id, meeting_id):
    """A meeting: when and where, what to read before it, its toolkit, its live quizzes; and its
    discussion (the `discussion` block of circles/meeting.html). Members and leaders only."""
    circle = get_object_or_404(Circle, pk=circle_id)
    meeting = get_object_or_404(Meeting, pk=meeting_id, circle=circle)
    leader = leads(request.user, circle)
    member = None if leader else membership(request.user, circle)
    if not leader and member is None:
        return refused(request, outsider())
    [(meeting, readings)] = member_plan(request, circle, [meeting])
    context = {
        "circle": circle,
        "meeting": meeting,
        "readings": readings,
        "leader": leader,
        "member": member,
        "live_sessions": list(meeting.live_sessions.order_by("created_at")),
        "quizzes": course_quizzes(circle) if leader and circle.archived_at is None else [],
        "may_run_live": leader and request.user.has_perm(RUN_LIVE_SESSIONS),
    }
    return TemplateResponse(request, "circles/meeting.html", context)


@require_POST
@login_required
def meeting_live(request, circle_id, meeting_id):
    """Start a live quiz of the course from the meeting, in the circle's language, keep it with the meeting
    and go to the room's screen."""
    try:
        circle, meeting = led_meeting(request, circle_id, meeting_id)
        open_circle(circle)
        if not request.user.has_perm(RUN_LIVE_SESSIONS):
            raise CircleRefused(_("Only facilitators can start a live session."), 403)
        pages = dict(course_quizzes(circle))
        page = pages.get(request.POST.get("quiz", ""))
        if page is None:
            raise CircleRefused(_("Choose one of the course's quizzes."), 400)
        quiz = page.specific
        if not may_view(request.user, quiz):
            raise CircleRefused(_("This quiz is not published."), 404)
    except CircleRefused as refusal:
        return refused(request, refusal)
    language = quiz.locale.language_code
    with transaction.atomic():
        session = live_rules.start_session(quiz, request.user, language)
        meeting.live_sessions.add(session)
    with translation.override(language):
        return redirect(reverse("live_room", args=[session.pk]))


@login_required
def meetings_ics(request, circle_id):
    """The circle's meetings as an iCalendar file, in the circle's time zone (members and leaders)."""
    circle = get_object_or_404(Circle, pk=circle_id)
    if not may_read(request.user, circle):
        return refused(request, outsider())
    response = HttpResponse(
        calendar.meetings_calendar(circle, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="circle-{circle.pk}.ics"'
    patch_cache_control(response, private=True, no_store=True)
    return response


# Members.


def join_context(circle, code, membership_form, signup_form=None, error=""):
    return {
        "circle": circle,
        "code": code,
        "form": membership_form,
        "signup_form": signup_form,
        "error": error,
        "max_name": rules.MAX_CIRCLE_NAME,
    }


def join(request):
    """Join a circle: the code alone (a GET form, so `?code=…`, the link's and the QR code's address, is its
    result), then the circle name and sharing choice, and for a visitor without an account, a username and
    a password (pseudonymous, no email). What the visitor did before is kept (learning.merging)."""
    code = request.POST.get("code") if request.method == "POST" else request.GET.get("code")
    if not code:
        return TemplateResponse(request, "circles/join.html", {"code": ""})
    try:
        circle = rules.find_open_circle(code)
        if membership(request.user, circle) is not None or leads(request.user, circle):
            return redirect("circles:circle", circle.pk)
        if circle.memberships.count() >= circle.max_members:
            raise CircleRefused(rules.FULL, 409)
    except CircleRefused as refusal:
        return refused(request, refusal, "circles/join.html", {"code": code})
    anonymous = not request.user.is_authenticated
    if request.method != "POST":
        return TemplateResponse(
            request,
            "circles/join.html",
            join_context(circle, circle.code, MembershipForm(), SignUpForm() if anonymous else None),
        )
    form = MembershipForm(request.POST)
    signup_form = SignUpForm(request.POST) if anonymous else None
    valid = form.is_valid() & (signup_form.is_valid() if signup_form is not None else True)
    if not valid:
        return TemplateResponse(
            request, "circles/join.html", join_context(circle, circle.code, form, signup_form), status=400
        )
    try:
        with transaction.atomic():
            user = request.user
            if anonymous:
                user = signup_form.save_unless_taken()
                if user is None:  # the username was taken meanwhile: said on the form
                    raise CircleRefused("", 400)
            rules.join(circle, user, form.cleaned_data["circle_name"], form.shares_progress)
    except CircleRefused as refusal:
        context = join_context(circle, circle.code, form, signup_form, refusal.message)
        return TemplateResponse(request, "circles/join.html", context, status=refusal.status)
    if anonymous:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(request, _("Welcome to the circle “%(name)s”.") % {"name": circle.name})
    return redirect("circles:circle", circle.pk)


@require_POST
@login_required
def change(request, circle_id):
    """A member's new circle name and sharing choice."""
    circle = get_object_or_404(Circle, pk=circle_id)
    member = membership(request.user, circle)
    if member is None:
        return refused(request, outsider())
    form = MembershipForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            rules.change_membership(member, form.cleaned_data["circle_name"], form.shares_progress)
        except CircleRefused as refusal:
            error = refusal.message
        else:
            messages.success(request, _("Your choices are saved."))
            return redirect("circles:circle", circle.pk)
    member.refresh_from_db()
    meetings = list(circle.meetings.all())
    context = {
        "circle": circle,
        "member": member,
        "plan": member_plan(request, circle, meetings),
        "coming": next_meeting(meetings),
        "form": form,
        "error": error,
    }
    return TemplateResponse(request, "circles/circle_member.html", context, status=409 if error else 400)


@require_POST
@login_required
def leave(request, circle_id):
    """Leave the circle at once: the membership is deleted."""
    circle = get_object_or_404(Circle, pk=circle_id)
    deleted, _rows = Membership.objects.filter(circle=circle, user=request.user).delete()
    if not deleted:
        return refused(request, outsider())
    messages.success(request, _("You have left the circle “%(name)s”.") % {"name": circle.name})
    return redirect("circles:mine")
