"""The roles as permissions: each group gets the permissions accounts.roles gives it (the reports, live
sessions, toolkits and, for facilitators, the admin's door), on existing deployments as on new ones."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from accounts.roles import grant_role_permissions


def create_model_permissions(apps):
    """The permissions of every model of `apps`, which Django makes only after `migrate` (post_migrate)."""
    for app_config in apps.get_app_configs():
        without_models = getattr(app_config, "models_module", None) is None
        if without_models:  # a migration's app states have no models module: create_permissions skips them
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        if without_models:
            app_config.models_module = None


def grant_roles(apps, schema_editor):
    create_model_permissions(apps)
    grant_role_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_facilitators_see_reports"),
        ("learning", "0009_report_permissions"),
        ("quizzes", "0008_live_session_permission"),
        ("pedagogy_tools", "0006_toolkit_permissions"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
