"""Facilitators and editors lead study circles: accounts.roles gives them `circles.lead_circles`, on
existing deployments as on new ones (the roles' migration run again; it only adds)."""

import importlib

from django.db import migrations

grant_roles = importlib.import_module("accounts.migrations.0004_roles_as_permissions").grant_roles


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_campaign_roles"),
        ("circles", "0001_circles_meetings_members_posts"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
