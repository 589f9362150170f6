"""The root collection (every image and document) named "Solidaire", the site's name, which reads the same in
every language of the admin, where Wagtail names it "Root" in English. A collection's name is data, which
Wagtail shows as it is stored (issue 21, item 12)."""

from django.db import migrations

NAME = "Solidaire"


def name_the_root_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name="Root").update(name=NAME)


def name_it_root_again(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name=NAME).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0011_withheld_aliases"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(name_the_root_collection, name_it_root_again)]
