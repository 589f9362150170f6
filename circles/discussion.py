"""A meeting's discussion: one thread per meeting, read and written by the circle's members and facilitators.

Each rule below checks who may act, then what was typed, and raises `DiscussionRefused` (a message in the
visitor's language and an HTTP status) before changing anything:

- members and facilitators post, and edit and delete their own posts (plain text, at most
  POST_MAX_LENGTH characters, line breaks allowed, no other control character);
- facilitators hide a post with a reason, and show it again; a hidden post shows its reason instead of its
  text to members (its author included), and cannot be edited;
- members report another member's or a facilitator's post, once per post, with an optional reason;
- an archived circle's thread is read-only.

`thread()` is what a reader sees, in a fixed number of queries whatever the number of posts.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from circles.access import leads, membership
from circles.models import Membership, Post, PostReport
from learning.validators import has_control_characters

POST_MAX_LENGTH = Post._meta.get_field("text").max_length
REASON_MAX_LENGTH = Post._meta.get_field("hidden_reason").max_length


class DiscussionRefused(Exception):
    def __init__(self, message, status):
        super().__init__(message)
        self.message, self.status = message, status


@dataclass
class Reader:
    """Who reads the thread: one of the circle's facilitators, or a member (`membership`)."""

    user: object
    circle: object
    leads: bool
    membership: object

    @property
    def writes(self):
        return self.circle.archived_at is None


def reader(user, circle):
    """The reader of `circle`'s discussion, or DiscussionRefused (403) for anyone else."""
    leading = leads(user, circle)
    member = None if leading else membership(user, circle)
    if not leading and member is None:
        raise DiscussionRefused(_("Only the circle's members and facilitators can read its discussion."), 403)
    return Reader(user, circle, leading, member)


def writer(user, circle):
    """The reader of `circle`, if the thread may still change; else DiscussionRefused (403)."""
    person = reader(user, circle)
    if not person.writes:
        raise DiscussionRefused(
            _("This circle is archived: its discussion can be read, no longer changed."), 403
        )
    return person


def clean_text(text):
    """The post's text, line breaks as "\\n" and spaces around it trimmed; or DiscussionRefused (400)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise DiscussionRefused(_("Write something before posting."), 400)
    if len(text) > POST_MAX_LENGTH:
        raise DiscussionRefused(
            _("A post is %(max)s characters at most; this one has %(count)s.")
            % {"max": POST_MAX_LENGTH, "count": len(text)},
            400,
        )
    if has_control_characters(text.replace("\n", "")):
        raise DiscussionRefused(_("Remove the invisible or control characters from your post."), 400)
    return text


def clean_reason(reason, required):
    """A reason (for hiding or reporting), on one line; or DiscussionRefused (400)."""
    reason = (reason or "").strip()
    if required and not reason:
        raise DiscussionRefused(_("Say why the post is hidden: the members will read it."), 400)
    if len(reason) > REASON_MAX_LENGTH:
        raise DiscussionRefused(
            _("A reason is %(max)s characters at most.") % {"max": REASON_MAX_LENGTH}, 400
        )
    if has_control_characters(reason):
        raise DiscussionRefused(_("Remove the invisible or control characters from the reason."), 400)
    return reason


def changed(post, **fields):
    """`post` with `fields` stored; DiscussionRefused (404) if its author deleted it meanwhile."""
    if not Post.objects.filter(pk=post.pk).update(**fields):
        raise DiscussionRefused(_("This post no longer exists: its author deleted it."), 404)
    for name, value in fields.items():
        setattr(post, name, value)
    return post


def post(user, meeting, text):
    """A new post by `user` in `meeting`'s thread."""
    writer(user, meeting.circle)
    return Post.objects.create(meeting=meeting, author=user, text=clean_text(text))


def may_edit(user, post):
    """Nothing, if `user` may edit `post`: its author, while it is not hidden; else DiscussionRefused."""
    writer(user, post.meeting.circle)
    if post.author_id != user.pk:
        raise DiscussionRefused(_("You can only edit your own posts."), 403)
    if post.hidden_at is not None:
        raise DiscussionRefused(_("A hidden post cannot be edited."), 409)


def edit(user, post, text):
    """The author changes the text of their own post (not once it is hidden)."""
    may_edit(user, post)
    return changed(post, text=clean_text(text), edited_at=timezone.now())


def delete(user, post):
    """The author deletes their own post, for good (its reports go with it)."""
    writer(user, post.meeting.circle)
    if post.author_id != user.pk:
        raise DiscussionRefused(_("You can only delete your own posts."), 403)
    post.delete()


def hide(user, post, reason):
    """A facilitator of the circle hides the post; members see `reason` in its place."""
    if not writer(user, post.meeting.circle).leads:
        raise DiscussionRefused(_("Only the circle's facilitators can hide a post."), 403)
    return changed(
        post, hidden_reason=clean_reason(reason, required=True), hidden_at=timezone.now(), hidden_by=user
    )


def unhide(user, post):
    """A facilitator of the circle shows a hidden post again."""
    if not writer(user, post.meeting.circle).leads:
        raise DiscussionRefused(_("Only the circle's facilitators can show a hidden post again."), 403)
    return changed(post, hidden_reason="", hidden_at=None, hidden_by=None)


def report(user, post, reason):
    """A member reports someone else's post to the facilitators, once."""
    person = writer(user, post.meeting.circle)
    if person.leads:
        raise DiscussionRefused(_("Facilitators hide a post rather than report it."), 403)
    if post.author_id == user.pk:
        raise DiscussionRefused(_("You cannot report your own post: edit or delete it."), 400)
    reason = clean_reason(reason, required=False)
    try:
        with transaction.atomic():
            return PostReport.objects.create(post=post, reporter=user, reason=reason)
    except IntegrityError:
        raise DiscussionRefused(_("You have already reported this post."), 409) from None


# What a reader sees.


@dataclass
class PostView:
    post: Post
    author: str  # a member's circle name, a facilitator's username, or "" for someone no longer in it
    by_facilitator: bool
    mine: bool
    reported: bool = False  # by this reader
    reasons: list = field(default_factory=list)  # the reports' reasons, for facilitators


@dataclass
class Thread:
    meeting: object
    reader: Reader
    posts: list


def thread(person, meeting):
    """The posts of `meeting` as `person` (a Reader) sees them, in four queries."""
    circle = meeting.circle
    posts = list(meeting.posts.order_by("created_at", "pk"))
    authors = {row.author_id for row in posts}
    names = dict(
        Membership.objects.filter(circle=circle, user_id__in=authors).values_list("user_id", "circle_name")
    )
    leaders = {circle.facilitator_id, circle.co_facilitator_id} - {None}
    usernames = dict(get_user_model().objects.filter(pk__in=leaders).values_list("pk", "username"))
    reported, reasons = set(), {}
    if person.leads:
        for post_id, reason in PostReport.objects.filter(post__meeting=meeting).values_list(
            "post_id", "reason"
        ):
            reasons.setdefault(post_id, []).append(reason)
    else:
        reported = set(
            PostReport.objects.filter(post__meeting=meeting, reporter=person.user).values_list(
                "post_id", flat=True
            )
        )
    views = [
        PostView(
            post=row,
            author=usernames.get(row.author_id) or names.get(row.author_id, ""),
            by_facilitator=row.author_id in leaders,
            mine=row.author_id == person.user.pk,
            reported=row.pk in reported,
            reasons=reasons.get(row.pk, []),
        )
        for row in posts
    ]
    return Thread(meeting=meeting, reader=person, posts=views)
