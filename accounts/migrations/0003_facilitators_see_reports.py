"""Facilitators enter the admin for the course reports only (issue 10): "access admin" and nothing else.
They have no page, image, document or snippet permission, so the admin shows them the reports that
learning.roles allows them (learning/wagtail_hooks.py hides the rest of the menu)."""

from django.db import migrations

FACILITATORS = "Facilitators"


def let_facilitators_in(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=FACILITATORS).first()
    access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if group is not None and access is not None:
        group.permissions.add(access)


def keep_facilitators_out(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=FACILITATORS).first()
    access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if group is not None and access is not None:
        group.permissions.remove(access)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_groups_and_review_workflow")]

    operations = [migrations.RunPython(let_facilitators_in, keep_facilitators_out)]
