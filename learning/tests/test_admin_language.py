"""The admin in one language for a French editor (issue 21, items 8 and 12), through real requests: the
committee's workflow named in French in the page's and the site's history, the admin search counting
"pages", languages called languages, and the translations report's out-of-date box on its first page."""

import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection
from wagtail_localize.views.report import TranslationsReportView

from learning.tests.html import get
from learning.tests.test_translation_review import change_french
from learning.tests.test_translation_review import translated as translated_lesson
from learning.tests.test_workflow import submit_for_review
from tests.helpers import make_user, parse, text_of

translated = translated_lesson  # the fixture: the course tree's first lesson, in French and English


def main_of(client, url):
    response = get(client, url)
    return text_of(parse(response).select_one("main"))


@pytest.mark.parametrize("history", ["page", "site"])
def test_the_history_names_the_committees_workflow_in_french(
    client, translated, editor, committee_member, django_capture_on_commit_callbacks, history
):
    french, _english = translated
    change_french(client, editor, committee_member, french, django_capture_on_commit_callbacks)
    client.force_login(committee_member)
    url = (
        reverse("wagtailadmin_pages:history", args=[french.id])
        if history == "page"
        else reverse("wagtailadmin_reports:site_history")
    )

    text = main_of(client, url)

    assert "« Relecture par le comité pédagogique » a été commencé" in text
    assert "Approuvé à « Approbation du comité pédagogique »" in text
    assert "Pedagogical committee" not in text


def test_the_admin_search_counts_pages_in_french(client, course_tree, editor):
    client.force_login(editor)

    text = main_of(client, reverse("wagtailadmin_pages:search") + "?q=Le%C3%A7on")

    assert "1-3 sur 3 pages" in text
    assert "None" not in text


def test_the_page_status_panel_calls_languages_languages(client, translated, editor):
    _french, english = translated
    client.force_login(editor)

    text = text_of(get(client, reverse("wagtailadmin_pages:edit", args=[english.id])))

    assert "Langue : Anglais" in text
    assert "Disponible en 2 langues" in text
    assert "Statut : Publié" in text
    assert "Région" not in text
    assert "régions" not in text
    assert "Status :" not in text


def test_the_translations_report_lists_the_out_of_date_ones_on_its_first_page(
    client, translated, editor, committee_member, django_capture_on_commit_callbacks, monkeypatch
):
    """Five translations, two a page: the English lesson's, made last, is on page 3 of the list; its
    out-of-date box is at the top of page 1, and only there."""
    french, english = translated
    change_french(client, editor, committee_member, french, django_capture_on_commit_callbacks)
    monkeypatch.setattr(TranslationsReportView, "paginate_by", 2)
    client.force_login(editor)
    url = reverse("wagtail_localize:translations_report")

    first = parse(get(client, url))
    last = parse(get(client, f"{url}?p=3"))

    box = first.select_one(".solidaire-out-of-date")
    assert box is not None
    assert "Traductions pas à jour" in text_of(box)
    assert english.title in text_of(box)
    assert box.select_one("[data-state='sync'] form")
    assert english.title in text_of(last.select_one("table.listing:not(.solidaire-out-of-date table)"))
    assert last.select_one(".solidaire-out-of-date") is None


def test_the_status_panel_says_since_when_a_page_awaits_the_committee_in_french(client, course_tree, editor):
    """Wagtail writes the time since a page was submitted with Django's `naturaltime`, whose words are in
    django.contrib.humanize's catalogue ("25 seconds ago" when that app is not installed)."""
    lesson = course_tree["lessons"][0]
    submit_for_review(client, editor, lesson, "Le texte corrigé.")
    client.force_login(editor)

    text = text_of(get(client, reverse("wagtailadmin_pages:edit", args=[lesson.id])))

    when = re.findall(r"Envoyé vers Approbation du comité pédagogique (\S+ \S+)", text)
    assert when  # in the status panel and its workflow dialog
    assert all(words.startswith(("maintenant", "il y a")) for words in when), when
    assert " ago" not in text


@pytest.mark.parametrize("listing", ["wagtailimages:index", "wagtaildocs:index"])
def test_the_collections_have_names_a_french_editor_reads(client, home, listing):
    client.force_login(make_user("admin-user", is_staff=True, is_superuser=True))

    page = parse(get(client, reverse(listing)))

    names = [text_of(option) for option in page.select("select[name=collection_id] option")]
    assert "Solidaire" in names
    assert any(name.startswith("↳ Trousses pédagogiques") for name in names)
    assert "Root" not in names
    assert "↳ Toolkits" not in names
    assert Collection.objects.get(depth=1).name == "Solidaire"


# Our apps whose models the admin names (the site history's "Type"). circles is left to its own issue.
OUR_APPS = ["accounts", "learning", "quizzes", "pedagogy_tools", "offline"]
# Words that are the same in English and in that language.
SAME_WORD = {
    "fr": {"image", "images", "module", "modules", "quiz", "quizzes", "participant", "participants"},
    "es": set(),
    "ht": set(),
}


def name_in(language, name):
    with translation.override(language):
        return str(name)


@pytest.mark.parametrize("language", ["fr", "es", "ht"])
def test_each_of_our_models_is_named_in_the_editors_language(language):
    """The site history names the type of what changed with its model's verbose name (Wagtail's
    get_content_type_label): each of ours is translated, the plural too."""
    untranslated = [
        f"{model._meta.label}: {name_in('en', name)}"
        for app in OUR_APPS
        for model in apps.get_app_config(app).get_models()
        for name in (model._meta.verbose_name, model._meta.verbose_name_plural)
        if name_in(language, name) == name_in("en", name) and name_in("en", name) not in SAME_WORD[language]
    ]

    assert untranslated == []
