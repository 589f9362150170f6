"""Editors, Facilitators and the Pedagogical committee, and the review workflow on the whole page tree.

Editors write and translate but cannot publish; the committee approves (and so publishes) their changes.
Facilitators have no admin access: they use the site.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
FACILITATORS = "Facilitators"
COMMITTEE = "Pedagogical committee"
WORKFLOW = "Pedagogical committee review"
SNIPPET_MODELS = ["theme", "labourstandard", "glossaryterm"]
COLLECTION_PERMISSIONS = {
    "learning": ["add_customimage", "change_customimage", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}


def ensure_model_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups_and_workflow(apps, schema_editor):
    ensure_model_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    committee, _ = Group.objects.get_or_create(name=COMMITTEE)
    Group.objects.get_or_create(name=FACILITATORS)

    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    shared = [perm("wagtailadmin", "access_admin")]
    shared += [
        perm("learning", f"{action}_{model}")
        for model in SNIPPET_MODELS
        for action in ("add", "change", "delete")
    ]
    for group, page_actions in ((editors, ["add", "change"]), (committee, ["add", "change", "publish"])):
        group.permissions.add(*shared, perm("wagtail_localize", "submit_translation"))
        for action in page_actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=perm("wagtailcore", f"{action}_page")
            )
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm(app_label, codename)
                )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Pedagogical committee approval", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(committee)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("learning", "0002_locales_and_home_page"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_groups_and_workflow, migrations.RunPython.noop)]
