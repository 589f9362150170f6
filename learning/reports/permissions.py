"""Who sees the admin's reports: two Django permissions declared on learning.Learner, which accounts.roles
gives to the groups, checked with `user.has_perm`.

- COURSE_REPORTS: the course reports (counts, never a learner-level row);
- ALL_REPORTS: every report, the learner-level ones included (so the course reports too).

Someone whose only permission in the admin is the course reports (a facilitator) enters the admin for
them alone (`enters_admin_for_course_reports_only`; learning.middleware and the menus in
learning.wagtail_hooks)."""

from wagtail.admin.auth import user_has_any_page_permission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

COURSE_REPORTS = "learning.see_course_reports"
ALL_REPORTS = "learning.see_all_reports"
COURSE_REPORT_READERS = [COURSE_REPORTS, ALL_REPORTS]  # either permission opens the course reports

# Django's permissions on a model's rows, whose codenames begin with the action; any of them opens a part
# of the admin (snippets, users, workflows, settings...).
MODEL_ACTIONS = ("add_", "change_", "delete_", "view_")
COLLECTION_ACTIONS = ["add", "change", "delete"]  # as Wagtail's menu: choosing alone opens no admin page


def enters_admin_for_course_reports_only(user):
    """Whether `user` may see the course reports and nothing else of the admin: not every report, no model
    permission, no page permission, no image or document permission (Wagtail's policies). Superusers are
    never limited."""
    if user.is_superuser or not user.has_perm(COURSE_REPORTS) or user.has_perm(ALL_REPORTS):
        return False
    if any(name.partition(".")[2].startswith(MODEL_ACTIONS) for name in user.get_all_permissions()):
        return False
    if user_has_any_page_permission(user):
        return False
    return not any(
        policy_registry.get_by_type(model).user_has_any_permission(user, COLLECTION_ACTIONS)
        for model in (get_image_model(), get_document_model())
    )
