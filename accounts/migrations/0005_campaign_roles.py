"""The pedagogical committee approves campaign adoptions (campaigns.approve_adoptions): accounts.roles'
table again, now that the campaigns app's migration has made the permission."""

from django.db import migrations


def grant_roles(apps, schema_editor):
    from importlib import import_module

    import_module("accounts.migrations.0004_roles_as_permissions").grant_roles(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_roles_as_permissions"),
        ("campaigns", "0001_campaigns_adoptions"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
