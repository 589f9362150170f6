"""Study circles and the account's rights: a member's circles, posts and reports in "download my data"
(learning.privacy's `account_data_requested`, sent for every account, with or without a progress record).
Deleting the account deletes them with it: Membership.user, Post.author and PostReport.reporter cascade.

`export_circles(user)` is the one function that says what of the circles is exported about a person.
"""

from django.dispatch import receiver

from circles.models import Membership, Post, PostReport
from learning.privacy import account_data_requested, iso


def export_circles(user):
    """{"circle_memberships": [...]}: each circle the user is a member of, their circle name, sharing
    choice and when they joined."""
    memberships = Membership.objects.filter(user=user).select_related("circle").order_by("joined_at")
    return {
        "circle_memberships": [
            {
                "circle": membership.circle.name,
                "course_key": str(membership.circle.course_key),
                "circle_name": membership.circle_name,
                "shares_progress": membership.shares_progress,
                "joined_at": iso(membership.joined_at),
            }
            for membership in memberships
        ]
    }


@receiver(account_data_requested, dispatch_uid="circles.export_circles")
def export_circles_of_account(sender, user, **kwargs):
    return export_circles(user)


@receiver(account_data_requested, dispatch_uid="circles.export_posts")
def export_posts(sender, user, **kwargs):
    """The account's posts in circles' discussions: the text, the meeting and the circle it was posted in."""
    posts = Post.objects.filter(author=user).select_related("meeting__circle").order_by("created_at", "pk")
    return {
        "circle_posts": [
            {
                "circle_name": post.meeting.circle.name,
                "meeting_starts_at": iso(post.meeting.starts_at),
                "text": post.text,
                "posted_at": iso(post.created_at),
                "edited_at": iso(post.edited_at),
                "hidden_reason": post.hidden_reason if post.hidden_at else None,
            }
            for post in posts
        ]
    }


@receiver(account_data_requested, dispatch_uid="circles.export_post_reports")
def export_post_reports(sender, user, **kwargs):
    """The posts the account reported to a circle's facilitators, and the reasons given."""
    reports = PostReport.objects.filter(reporter=user).select_related("post__meeting__circle")
    return {
        "circle_post_reports": [
            {
                "circle_name": report.post.meeting.circle.name,
                "meeting_starts_at": iso(report.post.meeting.starts_at),
                "reason": report.reason,
                "reported_at": iso(report.created_at),
            }
            for report in reports.order_by("created_at", "pk")
        ]
    }
