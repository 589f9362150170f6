"""Make the Toolkits collection private with Wagtail's own collection privacy: its documents are for the
Facilitators, Editors and Pedagogical committee groups. pedagogy_tools.wagtail_hooks answers first with a
friendlier page; this restriction keeps the documents private even if the collection is renamed, and shows
editors the collection as private in the admin."""

from django.db import migrations

TOOLKITS = "Toolkits"
GROUPS = ("Facilitators", "Editors", "Pedagogical committee")


def restrict_toolkits_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")
    collection = Collection.objects.filter(depth=2, name=TOOLKITS).first()
    if collection is None or CollectionViewRestriction.objects.filter(collection=collection).exists():
        return
    restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type="groups")
    restriction.groups.set([Group.objects.get_or_create(name=name)[0] for name in GROUPS])


class Migration(migrations.Migration):
    dependencies = [
        ("pedagogy_tools", "0002_toolkits_collection"),
        ("accounts", "0002_groups_and_review_workflow"),
    ]

    operations = [migrations.RunPython(restrict_toolkits_collection, migrations.RunPython.noop)]
