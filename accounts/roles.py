"""The site's roles: which group holds which permission. The one module of the site that names the groups.

The code never asks whether someone is in a group: it asks `user.has_perm(name)` (superusers hold every
permission; Django keeps a user's permissions on the user object for the rest of the request). Each app
declares its own permissions on a model (`Meta.permissions`) and names them where it checks them:

- `learning.see_course_reports`, `learning.see_all_reports` (on Learner): the admin's reports
  (learning.reports.permissions);
- `quizzes.run_live_sessions` (on LiveSession): start and run a live workshop (quizzes.live.access);
- `pedagogy_tools.use_toolkits` (on ToolkitPage): a toolkit's full guide, attachments and kit, and
  `pedagogy_tools.see_kit_build_errors` (on KitBuild): why a kit could not be built (pedagogy_tools.access);
- `campaigns.approve_adoptions` (on Adoption): approve or reject the organisations that adopted a
  campaign's model policy (campaigns.admin_views);
- `circles.lead_circles` (on Circle): create and lead study circles (circles.access);
- `wagtailadmin.access_admin`, Wagtail's: enter the admin.

Accounts' migration 0004 runs `grant_role_permissions`; when ROLE_PERMISSIONS changes, a new migration runs
it again, so that existing deployments get the change on `migrate` (accounts/tests/test_roles.py holds
the same table as behaviour, with the names the apps check). Editors' and the committee's page,
image, document and snippet permissions are Wagtail's (migration 0002; the admin's Settings > Groups).
"""

FACILITATORS = "Facilitators"
EDITORS = "Editors"
COMMITTEE = "Pedagogical committee"

ACCESS_ADMIN = "wagtailadmin.access_admin"
COURSE_REPORTS = "learning.see_course_reports"
ALL_REPORTS = "learning.see_all_reports"
RUN_LIVE_SESSIONS = "quizzes.run_live_sessions"
USE_TOOLKITS = "pedagogy_tools.use_toolkits"
SEE_KIT_BUILD_ERRORS = "pedagogy_tools.see_kit_build_errors"
APPROVE_ADOPTIONS = "campaigns.approve_adoptions"
LEAD_CIRCLES = "circles.lead_circles"

# Facilitators run workshops and enter the admin for the course reports only (counts, never a learner);
# editors write courses and toolkits and may try a quiz live; the committee reviews what editors write
# and approves the organisations that adopt a campaign's policy.
ROLE_PERMISSIONS = {
    FACILITATORS: {ACCESS_ADMIN, COURSE_REPORTS, RUN_LIVE_SESSIONS, USE_TOOLKITS, LEAD_CIRCLES},
    EDITORS: {ACCESS_ADMIN, ALL_REPORTS, RUN_LIVE_SESSIONS, USE_TOOLKITS, SEE_KIT_BUILD_ERRORS, LEAD_CIRCLES},
    COMMITTEE: {ACCESS_ADMIN, ALL_REPORTS, USE_TOOLKITS, SEE_KIT_BUILD_ERRORS, APPROVE_ADOPTIONS},
}


def grant_role_permissions(apps):
    """Make the groups of ROLE_PERMISSIONS that do not exist and add to each the permissions it lacks,
    with the models of `apps` (a migration's, or `django.apps.apps`). Idempotent; never takes a permission
    away. A permission whose model a later migration brings is left for the migration that runs this
    again after it (tests check that every group holds its permissions once migrated)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        for name in sorted(names):
            app_label, codename = name.split(".")
            found = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            group.permissions.add(*found)
