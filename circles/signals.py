"""Study circles and the account's rights: a member's posts and reports in "download my data" (the account's
deletion deletes them with it: Post.author and PostReport.reporter cascade)."""

from django.dispatch import receiver

from circles.models import Post, PostReport
from learning.privacy import account_data_requested, iso


@receiver(account_data_requested)
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


@receiver(account_data_requested)
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
