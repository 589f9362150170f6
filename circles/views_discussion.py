"""A meeting's discussion on the web: the thread, and the forms that post, edit, delete, hide, show again
and report (the rules are circles.discussion's).

Every form works without JavaScript: it posts to its own address and the view answers with a redirect to
the thread, at the post's anchor (post/redirect/get), with the news in Django's messages. With htmx
(`HX-Request`), the same forms get the thread's partial (`circles/discussion.html#thread`) and the news
swapped out of band into the thread's live region. A refusal changes nothing and answers with its status and
its message: with htmx, in the live region; without, on the thread's page (the typed text kept), or on a
page with the message alone for someone who may not read the thread.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget

from circles import discussion
from circles.discussion import DiscussionRefused
from circles.models import Meeting, Post

THREAD = "circles/discussion.html#thread"
NEWS = "circles/discussion.html#news"
MESSAGE = "circles/discussion.html#message"


def find_meeting(circle_id, meeting_id):
    return get_object_or_404(Meeting.objects.select_related("circle"), pk=meeting_id, circle_id=circle_id)


def find_post(meeting, post_id):
    post = get_object_or_404(Post, pk=post_id, meeting=meeting)
    post.meeting = meeting  # the rules read the circle from it
    return post


def thread_address(meeting):
    """Where the thread is read: the meeting's page, which includes it (its own page, `circle_posts`, shows
    it alone and a refused post without JavaScript)."""
    return reverse("circles:meeting", args=[meeting.circle_id, meeting.pk])


def context_for(request, meeting, **extra):
    """What circles/discussion.html needs, as the meeting page includes it."""
    person = discussion.reader(request.user, meeting.circle)
    return {
        "meeting": meeting,
        "circle": meeting.circle,
        "membership": person.membership,
        "request": request,
        **extra,
    }


def refused(request, meeting, refusal, text=""):
    """The refusal's message and status, nothing changed. With htmx: the message into the thread's live
    region. Without: the thread's page with the message (and the text typed, for a new post), or, for
    someone who may not read the thread, a page with the message alone."""
    if request.htmx:
        news = render_to_string(MESSAGE, {"error": refusal.message}, request)
        response = HttpResponse(news, status=refusal.status)
        return reswap(retarget(response, f"#discussion-news-{meeting.pk}"), "innerHTML")
    try:
        context = context_for(request, meeting, error=refusal.message, text=text)
    except DiscussionRefused:
        context = {"error": refusal.message}
        return TemplateResponse(request, "circles/discussion_refused.html", context, status=refusal.status)
    return TemplateResponse(request, "circles/discussion_page.html", context, status=refusal.status)


def done(request, meeting, news, post=None):
    """After a change: the thread's partial and the news (htmx), else a redirect to the thread, at `post`
    if it is still there."""
    if request.htmx:
        context = context_for(request, meeting, news=news, focus_post=post and post.pk, oob=True)
        return HttpResponse(
            render_to_string(THREAD, context, request) + render_to_string(NEWS, context, request)
        )
    messages.success(request, news)
    anchor = f"post-{post.pk}" if post else f"thread-{meeting.pk}"
    return HttpResponseRedirect(f"{thread_address(meeting)}#{anchor}")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def posts(request, circle_id, meeting_id):
    """GET: the meeting's thread on a page of its own. POST: a new post in it."""
    meeting = find_meeting(circle_id, meeting_id)
    text = request.POST.get("text", "")
    try:
        if request.method != "POST":
            return TemplateResponse(request, "circles/discussion_page.html", context_for(request, meeting))
        post = discussion.post(request.user, meeting, text)
    except DiscussionRefused as refusal:
        return refused(request, meeting, refusal, text)
    return done(request, meeting, _("Your post is published."), post)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def edit(request, circle_id, meeting_id, post_id):
    """The author's form to edit their post (a page of its own), and its saving."""
    meeting = find_meeting(circle_id, meeting_id)
    post = find_post(meeting, post_id)
    text = request.POST.get("text", post.text)
    try:
        if request.method != "POST":
            discussion.may_edit(request.user, post)
            context = context_for(request, meeting, post=post, text=text)
            return TemplateResponse(request, "circles/discussion_edit.html", context)
        discussion.edit(request.user, post, text)
    except DiscussionRefused as refusal:
        return refused_edit(request, meeting, post, refusal, text)
    return done(request, meeting, _("Your post is changed."), post)


def refused_edit(request, meeting, post, refusal, text):
    """The edit form again with the message, for a text refused; any other refusal as elsewhere."""
    if refusal.status != 400:
        return refused(request, meeting, refusal)
    context = context_for(request, meeting, post=post, text=text, error=refusal.message)
    return TemplateResponse(request, "circles/discussion_edit.html", context, status=refusal.status)


def post_action(rule, news):
    """A POST view applying `rule(user, post, request)` to one post, then answering with `news`."""

    @login_required
    @require_POST
    @vary_on_headers("HX-Request")
    def view(request, circle_id, meeting_id, post_id):
        meeting = find_meeting(circle_id, meeting_id)
        post = find_post(meeting, post_id)
        try:
            kept = rule(request.user, post, request)
        except DiscussionRefused as refusal:
            return refused(request, meeting, refusal)
        return done(request, meeting, news(), post if kept else None)

    view.__doc__ = rule.__doc__
    return view


def delete_rule(user, post, request):
    """Delete one's own post, for good."""
    discussion.delete(user, post)
    return False


def hide_rule(user, post, request):
    """A facilitator hides a post, with the reason members will read."""
    return discussion.hide(user, post, request.POST.get("reason", ""))


def unhide_rule(user, post, request):
    """A facilitator shows a hidden post again."""
    return discussion.unhide(user, post)


def report_rule(user, post, request):
    """A member reports a post to the facilitators."""
    return discussion.report(user, post, request.POST.get("reason", ""))


delete = post_action(delete_rule, lambda: _("Your post is deleted."))
hide = post_action(hide_rule, lambda: _("The post is hidden from the members."))
unhide = post_action(unhide_rule, lambda: _("The post is shown again."))
report = post_action(report_rule, lambda: _("Thank you: the facilitators will look at this post."))
