"""The "Toolkits" collection: documents kept there are served only to facilitators and editors
(pedagogy_tools.wagtail_hooks). Editors' document permissions on the root collection apply to it too."""

from django.db import migrations

TOOLKITS = "Toolkits"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # django-treebeard's materialised-path alphabet
STEPLEN = 4


def next_child_path(parent, children):
    """The path of a new last child of `parent` (treebeard's methods are not on historical models)."""
    last = max((child.path for child in children), default=None)
    number = int(last[-STEPLEN:], 36) + 1 if last else 1  # treebeard numbers children from 0001
    key = ""
    for _ in range(STEPLEN):
        number, digit = divmod(number, len(ALPHABET))
        key = ALPHABET[digit] + key
    return parent.path + key


def create_toolkits_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    if root is None or Collection.objects.filter(depth=2, name=TOOLKITS).exists():
        return
    children = Collection.objects.filter(depth=2, path__startswith=root.path)
    Collection.objects.create(name=TOOLKITS, path=next_child_path(root, children.all()), depth=2, numchild=0)
    root.numchild = children.all().count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("pedagogy_tools", "0001_toolkit_pages_and_kits"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_toolkits_collection, migrations.RunPython.noop)]
