"""Create the four locales and replace Wagtail's placeholder page with the French HomePage."""

from django.db import migrations

LANGUAGES = ["fr", "en", "es", "ht"]


def create_locales_and_home(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")
    HomePage = apps.get_model("learning", "HomePage")

    Locale.objects.filter(language_code__in=["fr-fr", "fr-ca"]).update(language_code="fr")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    french = Locale.objects.get(language_code="fr")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    home_type, _ = ContentType.objects.get_or_create(app_label="learning", model="homepage")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="Solidaire",
        draft_title="Solidaire",
        slug="accueil",
        content_type=home_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=french,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Solidaire")


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, migrations.RunPython.noop)]
