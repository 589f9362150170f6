"""The roles as permissions (accounts.roles): once migrated, each group holds the permissions the code
checks for its role, and none of the others; running the migration again changes nothing and gives back
a permission a group lost."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accounts.roles import ROLE_PERMISSIONS
from campaigns.models import APPROVE_ADOPTIONS
from circles.access import LEAD_CIRCLES
from learning.reports.permissions import ALL_REPORTS, COURSE_REPORTS
from pedagogy_tools.access import SEE_KIT_BUILD_ERRORS, USE_TOOLKITS
from quizzes.live.access import RUN_LIVE_SESSIONS
from tests.helpers import make_user, parse

ACCESS_ADMIN = "wagtailadmin.access_admin"
CHECKED = [
    ACCESS_ADMIN,
    COURSE_REPORTS,
    ALL_REPORTS,
    RUN_LIVE_SESSIONS,
    USE_TOOLKITS,
    SEE_KIT_BUILD_ERRORS,
    APPROVE_ADOPTIONS,
    LEAD_CIRCLES,
]
# What each role may do, among the permissions the code checks.
EXPECTED = {
    "Facilitators": {ACCESS_ADMIN, COURSE_REPORTS, RUN_LIVE_SESSIONS, USE_TOOLKITS, LEAD_CIRCLES},
    "Editors": {
        ACCESS_ADMIN,
        ALL_REPORTS,
        RUN_LIVE_SESSIONS,
        USE_TOOLKITS,
        SEE_KIT_BUILD_ERRORS,
        LEAD_CIRCLES,
    },
    "Pedagogical committee": {
        ACCESS_ADMIN,
        ALL_REPORTS,
        USE_TOOLKITS,
        SEE_KIT_BUILD_ERRORS,
        APPROVE_ADOPTIONS,
    },
}
grant_roles = importlib.import_module("accounts.migrations.0004_roles_as_permissions").grant_roles


def held(user):
    return {name for name in CHECKED if user.has_perm(name)}


def test_the_roles_module_gives_each_group_what_its_role_may_do():
    assert ROLE_PERMISSIONS == EXPECTED


@pytest.mark.parametrize("group", EXPECTED)
def test_each_role_holds_its_permissions_once_migrated(db, group):
    assert held(make_user("member", group=group)) == EXPECTED[group]


def test_every_permission_the_code_checks_is_in_the_database(db):
    for name in CHECKED:
        app_label, codename = name.split(".")
        assert Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists(), name


def test_a_learner_holds_none_an_inactive_member_none_and_a_superuser_all(db):
    assert held(make_user("learner")) == set()
    assert held(make_user("gone", group="Editors", is_active=False)) == set()
    assert held(make_user("admin", is_superuser=True)) == set(CHECKED)


def test_a_member_of_two_groups_holds_what_either_gives(db):
    user = make_user("both", group="Facilitators")
    user.groups.add(Group.objects.get(name="Pedagogical committee"))
    assert held(user) == EXPECTED["Facilitators"] | EXPECTED["Pedagogical committee"]


def test_the_migration_runs_again_without_change_and_gives_back_a_lost_permission(db):
    def permissions():
        return {
            group.name: set(group.permissions.values_list("content_type__app_label", "codename"))
            for group in Group.objects.filter(name__in=EXPECTED)
        }

    migrated = permissions()
    facilitators = Group.objects.get(name="Facilitators")
    facilitators.permissions.remove(Permission.objects.get(codename="run_live_sessions"))
    assert permissions() != migrated

    grant_roles(django_apps, None)
    grant_roles(django_apps, None)

    assert permissions() == migrated


def test_the_admins_groups_page_gives_the_permissions_the_code_checks(client, db):
    """Settings > Groups lists them (Wagtail's `register_permissions`), checked for the groups that hold
    them, so that an administrator may give a role's permission to another group."""
    client.force_login(make_user("root", is_superuser=True, is_staff=True))
    facilitators = Group.objects.get(name="Facilitators")
    response = client.get(reverse("wagtailusers_groups:edit", args=[facilitators.pk]))
    assert response.status_code == 200
    offered = response.context["form"].fields["permissions"].queryset
    assert {f"{row.content_type.app_label}.{row.codename}" for row in offered} >= set(CHECKED)
    boxes = parse(response).select('input[name="permissions"]')
    boxes = {box["value"]: box.has_attr("checked") for box in boxes}
    for row in offered.filter(codename__in=[name.split(".")[1] for name in CHECKED]):
        name = f"{row.content_type.app_label}.{row.codename}"
        assert boxes[str(row.pk)] is (name in EXPECTED["Facilitators"]), name
