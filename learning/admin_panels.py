"""The admin dashboard's panels of our own.

`AwaitingReviewPanel`: Wagtail's "Awaiting your review" (the same rows, from Wagtail's panel class), drawn by
templates/learning/admin/awaiting_review.html with the task's one-step "Approve" as a button of its own:
upstream, every action sits in the row's "..." menu (two clicks and JavaScript). learning.admin_views
confirms what the action did. It takes the place of Wagtail's panel (learning.wagtail_hooks)."""

from wagtail.admin.views.home import WorkflowObjectsToModeratePanel


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    template_name = "learning/admin/awaiting_review.html"
