"""The toolkits' collection named in the admin's four languages, French first ("Toolkits" before): a
collection's name is data, which Wagtail shows as it is stored, with no translation (issue 21, item 12).
pedagogy_tools.access.TOOLKITS_COLLECTION is the new name."""

from django.db import migrations

OLD = "Toolkits"
NEW = "Trousses pédagogiques · Kits pedagógicos · Bwat zouti · Toolkits"


def name_it_in_four_languages(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=2, name=OLD).update(name=NEW)


def name_it_in_english(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=2, name=NEW).update(name=OLD)


class Migration(migrations.Migration):
    dependencies = [("pedagogy_tools", "0006_toolkit_permissions")]

    operations = [migrations.RunPython(name_it_in_four_languages, name_it_in_english)]
