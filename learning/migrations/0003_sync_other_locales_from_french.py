"""Keep the en, es and ht page trees in step with the French one: every new French page appears there
as a synchronised alias (with a "not yet translated" notice) until it is translated."""

from django.db import migrations


def sync_from_french(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    french = Locale.objects.get(language_code="fr")
    for locale in Locale.objects.exclude(pk=french.pk):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": french})


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0002_locales_and_home_page"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(sync_from_french, migrations.RunPython.noop)]
